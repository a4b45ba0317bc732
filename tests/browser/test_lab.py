"""JupyterLab in a real browser: open the start notebook, run it, use its widgets."""

from __future__ import annotations

import re

from playwright.sync_api import expect


def test_start_notebook_runs_in_jupyterlab(lab, page):
    page.goto(lab.url("/lab/tree/notebooks/00_start_here.ipynb"))
    heading = page.get_by_role("heading", name="Welcome to Common Ground")
    expect(heading).to_be_visible(timeout=60_000)
    # Wait for the kernel to be idle, then Run > Run All Cells, as the notebook tells learners.
    idle = page.get_by_role("button", name=re.compile(r"Python 3 \(ipykernel\) \| Idle"))
    expect(idle).to_be_visible(timeout=90_000)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()
    hello = page.get_by_role("button", name="Say hello")
    hello.wait_for(state="attached", timeout=90_000)
    hello.scroll_into_view_if_needed()
    expect(hello).to_be_visible()
    # The curriculum overview printed by the first code cell.
    expect(page.get_by_text("Volunteer, on your own").first).to_be_visible()
    # Lab has no course template: the widget brought the course's stylesheet itself
    # (labels wrap within one width, text boxes in the widgets' proportional font).
    name = page.get_by_label("Your name")
    assert "mono" not in name.evaluate("el => getComputedStyle(el).fontFamily").lower()
    label = page.locator(".cg-widget .widget-label", has_text="Your name")
    assert label.evaluate("el => getComputedStyle(el).whiteSpace") == "normal"
    name.fill("Sam")
    hello.click()
    expect(page.get_by_text("Hello, Sam!")).to_be_visible()
    # The progress view renders its table of lessons.
    expect(page.get_by_role("button", name=re.compile(r"^\W*Refresh$"))).to_be_visible()
