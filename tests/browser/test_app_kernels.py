"""A walk through the lessons in one browser tab leaves at most two kernels running.

``commonground app`` is started as a learner would, with the culling times shortened
(they are minutes by default). One tab opens lesson after lesson; the kernels of the
lessons it left must go (Voila's own shutdown when a page is left, and culling for the
rest) while the lesson still open keeps its kernel and its widgets keep working.
"""

from __future__ import annotations

import re
import sys
import time

import psutil
import pytest
from playwright.sync_api import expect
from processes import kernels

from commonground.serving import voila_config
from tests.browser import servers

pytestmark = pytest.mark.slow  # a Voila server, a browser and five lessons

WALK = (
    "01_what_and_why",
    "02_set_up_and_prepare",
    "03_opening_and_your_story",
    "04_open_questions_and_listening",
    "05_common_ground_and_the_campaign",
)
IDLE_SECONDS = 4


@pytest.fixture
def culling_app(tmp_path, monkeypatch):
    monkeypatch.setenv(voila_config.KERNEL_IDLE_ENV, str(IDLE_SECONDS))
    monkeypatch.setenv(voila_config.CULL_INTERVAL_ENV, "1")
    port = servers.free_port()
    command = [sys.executable, "-m", "commonground", "app", "--no-browser", "--port", str(port)]
    server = servers.start([*command, "--home", str(tmp_path / "home")], tmp_path, port, "", "/")
    yield server
    server.stop()


def _kernels(server) -> list[psutil.Process]:
    return kernels(psutil.Process(server.process.pid).children(recursive=True))


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.5)
    return True


def test_a_walk_through_the_lessons_leaves_at_most_two_kernels(culling_app, page):
    most = 0  # kernels seen at once during the walk
    for lesson in WALK:
        page.goto(culling_app.url(f"/voila/render/{lesson}.ipynb"))
        expect(page.get_by_role("heading", name=re.compile(r"Lesson \d\d"))).to_be_visible(
            timeout=90_000
        )
        expect(page.locator(".jupyter-widgets").first).to_be_visible(timeout=90_000)
        most = max(most, len(_kernels(culling_app)))
    assert most >= 1, "the walk started no kernel"
    assert _wait_for(lambda: len(_kernels(culling_app)) <= 2, seconds=60), (
        f"{len(_kernels(culling_app))} kernels still running after a walk in one tab"
    )
    time.sleep(IDLE_SECONDS + 3)  # longer than the idle time: the open lesson is not culled
    config = page.locator("#jupyter-config-data").text_content()
    open_kernel = re.search(r'"kernelId":\s*"([0-9a-f-]{36})"', config).group(1)
    running = _kernels(culling_app)
    assert 1 <= len(running) <= 2
    assert any(open_kernel in " ".join(p.cmdline()) for p in running), "open lesson culled"
