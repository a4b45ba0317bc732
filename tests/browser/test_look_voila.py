"""One look in app mode (Voila): the role-play is a chat, its feedback cards carry words,
the stylesheet's colours reach the page with AA contrast, text boxes are not monospace,
labels line up, and axe-core stays clean."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.test_widgets_roleplay_browser import button, press, serious_axe_violations

LESSON = "/voila/render/09_role_play.ipynb"
CARD_WORDS = re.compile(r"^(Strong|Could be stronger|Did not land)( · .+)?$")
CONTRAST = """el => {
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => rgb(c).map(v => v / 255)
    .map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  let bg = el, back = 'rgba(0, 0, 0, 0)';
  while (bg && (back = getComputedStyle(bg).backgroundColor).endsWith(', 0)')) bg = bg.parentElement;
  if (!bg) back = 'rgb(255, 255, 255)';
  const [hi, lo] = [lum(getComputedStyle(el).color), lum(back)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}"""


def _turn(page, act) -> None:
    old = page.locator("button.cg-choice").first.element_handle()
    act()
    page.wait_for_function("el => !el.isConnected", arg=old, timeout=30_000)


def test_role_play_is_a_chat_with_feedback_cards(voila, page, axe_source):
    page.set_viewport_size({"width": 900, "height": 900})
    page.goto(voila.url(LESSON))
    start = button(page, "Start")
    expect(start).to_be_visible(timeout=90_000)
    press(start)

    chat = page.get_by_role("log")
    them = chat.locator(".cg-bubble--them")
    expect(them.first).to_be_visible()
    expect(them.first.locator(".cg-bubble__who")).to_have_text(re.compile(r"^\w+ said$"))

    # Their line and mine: mine on the right, named in words.
    _turn(page, lambda: press(page.locator("button.cg-choice").first))
    you = chat.locator(".cg-bubble--you")
    expect(you.first.locator(".cg-bubble__who")).to_have_text("You said")
    them_box, you_box = them.first.bounding_box(), you.first.bounding_box()
    assert (
        them_box["x"] < you_box["x"]
        and you_box["x"] + you_box["width"] > them_box["x"] + them_box["width"]
    )

    # The feedback is a card whose words say the verdict; its colours pass AA.
    label = page.locator(".cg-card__label").first
    expect(label).to_be_visible()
    assert CARD_WORDS.match(label.inner_text().strip()), label.inner_text()
    assert label.evaluate(CONTRAST) >= 4.5
    assert you.first.locator("p").last.evaluate(CONTRAST) >= 4.5
    assert them.first.locator(".cg-bubble__who").evaluate(CONTRAST) >= 4.5

    # Typed from the keyboard: fill the box, Tab to "Say it", Enter.
    box = page.get_by_label("Your own words")
    font = box.evaluate("el => getComputedStyle(el).fontFamily")
    assert "mono" not in font.lower(), font
    box.fill("What did you do for work before you retired?")
    _turn(page, lambda: (page.keyboard.press("Tab"), page.keyboard.press("Enter")))
    expect(you.last).to_contain_text("What did you do for work before you retired?")

    # Labels line up: every description has the same width.
    labels = page.locator(".cg-widget .widget-label:visible")
    widths = {
        text: round(labels.filter(has_text=re.compile(f"^{text}$")).first.bounding_box()["width"])
        for text in ("Scenario", "Your own words", "Minutes used", "Feedback:")
    }
    assert len(set(widths.values())) == 1, widths

    # Play on until the chat scrolls: the newest line is still in view.
    for _ in range(12):
        if chat.evaluate("el => el.scrollHeight > el.clientHeight + 4"):
            break
        if not page.locator("button.cg-choice").count():
            break
        _turn(page, lambda: press(page.locator("button.cg-choice").first))
    assert chat.evaluate("el => el.scrollHeight > el.clientHeight + 4"), "the chat never scrolled"
    log_box = chat.bounding_box()
    newest = chat.locator(".cg-bubble").last.bounding_box()
    assert newest["y"] >= log_box["y"] - 1
    assert newest["y"] + newest["height"] <= log_box["y"] + log_box["height"] + 1
    assert serious_axe_violations(page, axe_source) == []
