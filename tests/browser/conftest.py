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


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


# Module scope, not session: Playwright's sync API keeps an event loop running in this thread
# while it is open, so a later non-browser test's asyncio.run() (test_room_security) fails.
@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _missing(INSTALL_HINT)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS
        )
        yield launched
        launched.close()


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


@pytest.fixture(scope="module")
def voila(tmp_path_factory):
    server = servers.start_voila(tmp_path_factory.mktemp("voila"))
    yield server
    server.stop()
