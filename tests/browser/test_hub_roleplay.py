"""Through the hub, in a real browser: sign in with a name and the code, play one turn."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from commonground.hub.config import find_proxy, write_hub
from commonground.hub.launch import free_loopback_port, settings_for

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import hub_client  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CODE = "TURNK7MX"
CHOICE = "button[title^='Say: ']"


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    if find_proxy() is None:
        pytest.skip("configurable-http-proxy not installed (run `npm ci`)")
    folder = tmp_path_factory.mktemp("hub")
    port = free_loopback_port()
    write_hub(settings_for(folder, ROOT / "notebooks", port), code=CODE)
    running = hub_client.RunningHub(folder, port)
    try:
        running.wait_ready()
        yield running
    finally:
        running.stop()


def test_sign_in_and_play_one_role_play_turn(hub, page):
    page.goto(f"{hub.base}/hub/login")
    page.get_by_label(re.compile("Your name")).fill("Zhang Wei")
    page.get_by_label(re.compile("Access code")).fill(CODE.lower())
    page.get_by_role("button", name="Sign in").click()
    # The hub starts this person's server and opens the course's start page.
    page.wait_for_url(re.compile(r"/user/zhang-wei/voila/render/00_start_here"), timeout=180_000)
    page.goto(f"{hub.base}/user/zhang-wei/voila/render/09_role_play.ipynb")
    start = page.get_by_role("button", name=re.compile(r"^\W*Start$"))
    expect(start).to_be_visible(timeout=120_000)
    start.click()
    choice = page.locator(CHOICE).first
    expect(choice).to_be_visible(timeout=60_000)
    said = choice.get_attribute("title")
    old = choice.element_handle()
    choice.click()
    page.wait_for_function("el => !el.isConnected", arg=old, timeout=60_000)
    assert said and said.startswith("Say: ")
    assert (hub.hub_dir / "people" / "zhang-wei" / "commonground").is_dir()
