"""A text cut at the cap is said where the learner looks: in the box's own label.

In a real browser, a page pasted into a lesson box is cut to the box's limit by the
kernel, and the label beside the box (its accessible name) says how much was left out
and where it began; a tooltip alone is seen by nobody on a phone or with a screen reader.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from commonground.widgets._text import MAX_TEXT_CHARS

pytestmark = pytest.mark.slow  # a Voila server and a browser: tens of seconds


def test_a_pasted_page_is_cut_and_the_label_says_so(voila, page):
    page.goto(voila.url("/voila/render/03_opening_and_your_story.ipynb"))
    box = page.get_by_label("What happened that made me care:")
    expect(box).to_be_visible(timeout=90_000)
    pasted = "the bus to my daughter's school was cut. " * 120 + "THE LAST WORDS"
    box.fill(pasted)
    box.blur()
    said = re.compile(rf"Cut: the last {len(pasted) - MAX_TEXT_CHARS:,} characters")
    label = page.get_by_text(said)
    expect(label).to_be_visible(timeout=30_000)  # on screen, not in a tooltip
    cut = page.get_by_label(said)  # and the box's accessible name
    expect(cut).to_have_value(pasted[:MAX_TEXT_CHARS])
