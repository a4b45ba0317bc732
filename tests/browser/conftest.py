"""Fixtures for the browser tests: Debian's chromium driven by Playwright.

Outside CI, a machine without chromium skips these tests with a message that says how to
install it; in CI (``CI=true``) a missing browser is a failure, never a silent skip.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.browser import servers

CHROMIUM = os.environ.get("COMMONGROUND_CHROMIUM", "/usr/bin/chromium")
AXE = servers.ROOT / "node_modules" / "axe-core" / "axe.min.js"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = (
    "Debian's chromium is needed for the browser tests: sudo apt-get install chromium "
    "(or set COMMONGROUND_CHROMIUM to a Chromium binary)"
)


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} (CI must run the browser tests)")
    pytest.skip(what)


HERE = Path(__file__).parent


def _in_here(item) -> bool:
    return HERE in Path(str(item.fspath)).parents


def pytest_collection_modifyitems(items):
    for item in items:
        if _in_here(item):
            item.add_marker(pytest.mark.browser)


class _Chromium:
    """One chromium per test worker, shared by the browser test files that run in a row.

    Playwright's sync API keeps an event loop running in this thread while it is open, so
    a non-browser test's ``asyncio.run()`` (test_room_security) would fail beside it: the
    browser is closed after the last browser test before any other test, and launched
    again if a browser test comes later. Each test still gets a new context (``page``).
    """

    def __init__(self) -> None:
        self._playwright = None
        self._browser = None

    def get(self):
        if self._browser is None:
            from playwright.sync_api import sync_playwright

            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS
            )
        return self._browser

    def close(self) -> None:
        if self._playwright is not None:
            try:
                if self._browser is not None:
                    self._browser.close()
            finally:
                self._playwright.stop()
                self._playwright = self._browser = None


_CHROMIUM = _Chromium()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    try:
        return (yield)
    finally:
        if nextitem is None or not _in_here(nextitem):
            _CHROMIUM.close()


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _missing(INSTALL_HINT)
    return _CHROMIUM.get()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    server = servers.start_lab(tmp_path_factory.mktemp("lab"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        _missing("axe-core is not installed: run `npm ci` in the repository (needs npm)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def voila_server(tmp_path_factory):
    """One Voila over ``notebooks/`` per test worker: starting one takes seconds of CPU.

    Each test file gets it through ``voila`` below, with an empty learner home.
    """
    server = servers.start_voila(tmp_path_factory.mktemp("voila"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def voila(voila_server):
    """The worker's Voila, its learner home emptied for this file (as a new server's is).

    Every page opens a kernel of its own that reads the home when it starts, so a file
    sees nothing an earlier file saved.
    """
    servers.empty_home(voila_server)
    return voila_server
