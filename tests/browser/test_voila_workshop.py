"""Workshop tools in app mode (Voila): the round timer ticks, the observer sheet becomes a row."""

from __future__ import annotations

import re

from playwright.sync_api import expect

GUIDE = "/voila/render/10_facilitator_guide.ipynb"


def test_timer_ticks_and_observer_sheet_becomes_a_log_row(voila, page):
    page.goto(voila.url(GUIDE))
    start_observing = page.get_by_role("button", name=re.compile(r"Start observing"))
    expect(start_observing).to_be_visible(timeout=90_000)

    # Round timer: the labelled Start button drives the hidden Play control.
    progress = page.locator(".widget-hprogress, .widget-progress").first
    page.get_by_role("button", name=re.compile(r"^\W*Start$")).first.click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.progress-bar')].some(b => parseFloat(b.style.width) > 0)",
        timeout=15_000,
    )
    page.get_by_role("button", name=re.compile(r"^\W*Pause$")).click()
    assert progress.count() >= 1

    # Observer checklist: start, tick steps, record the ask and answers, save.
    start_observing.click()
    page.get_by_label("Open with factual questions").check()
    page.get_by_label("Share your story").check()
    page.get_by_role("button", name=re.compile(r"\+1 open question")).click()
    page.get_by_label("Kind of ask:").fill("canvass")
    page.get_by_label("Kind of ask:").press("Tab")
    page.get_by_label("Specific (what, when, where)?").select_option(label="yes")
    page.get_by_label("Fits what they said?").select_option(label="yes")
    page.get_by_label("First answer:").select_option(label="yes")
    page.get_by_label("Final answer:").select_option(label="yes")
    page.get_by_role("button", name=re.compile(r"Finish and save")).click()
    expect(page.get_by_text(re.compile(r"^Saved \("))).to_be_visible()
    row = page.locator("details", has_text="outcome-log row")
    expect(row).to_be_visible()
    expect(row.locator("td", has_text=re.compile(r"^ask_type$"))).to_be_visible()
    expect(row.locator("td", has_text=re.compile(r"^canvass$"))).to_be_visible()


def test_printed_cards_are_offered_as_downloads_that_work_in_voila(voila, page, axe_source):
    page.goto(voila.url(GUIDE))
    write = page.get_by_role("button", name=re.compile(r"Write the cards to print"))
    expect(write).to_be_visible(timeout=90_000)
    write.click()
    link = page.get_by_role("link", name="Download the cards (PDF)")
    expect(link).to_be_visible()
    shown = link.locator("xpath=..").inner_text()  # the line the links sit in
    assert shown.startswith("Cards ready to print:") and "/" not in shown  # no path
    # The links are plain, named links: axe finds nothing serious about them.
    page.add_script_tag(content=axe_source)
    found = page.evaluate(
        "async () => (await axe.run('a[download]', {resultTypes: ['violations']})).violations"
    )
    assert [v["id"] for v in found if v["impact"] in ("serious", "critical")] == []
    with page.expect_download() as caught:
        link.click()
    download = caught.value
    assert download.suggested_filename == "retired_teacher.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
