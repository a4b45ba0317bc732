"""The key points a lesson shows keep the source guide's points and our advice apart.

Every statement of :mod:`commonground.method` says whose it is; the key points widget
shows each under "The guide says" or "Our advice", so a learner never reads the course's
additions (a time limit, a quota, a detail) as the guide's. Tested headless on the HTML
the widget shows, read back with the standard library's HTML parser.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from commonground import curriculum, method
from commonground.widgets import key_points
from commonground.widgets.lesson import key_points_html

LESSONS = [lesson.id for lesson in curriculum.LESSONS if lesson.teaches]


class _Shown(HTMLParser):
    """Collects, per element and source, the list items shown, and the heading labels."""

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], list[str]] = {}
        self.labels: dict[tuple[str, str], str] = {}
        self.titles: dict[str, str] = {}
        self._element = self._source = None
        self._tag = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-element" in attrs:
            self._element, self._source = attrs["data-element"], None
        if "data-source" in attrs:
            self._source = attrs["data-source"]
        self._tag, self._text = tag, ""

    def handle_data(self, data):
        self._text += data

    def handle_endtag(self, tag):
        text = " ".join(self._text.split())
        key = (self._element, self._source)
        if tag == "li" and self._source:
            self.items.setdefault(key, []).append(text)
        elif tag == "i" and self._source:
            self.labels[key] = text
        elif tag == "b" and self._element and not self._source:
            self.titles[self._element] = text
        self._text = ""


def shown(lesson_id: str) -> _Shown:
    parser = _Shown()
    parser.feed(key_points_html(lesson_id))
    return parser


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_every_statement_is_shown_under_its_own_source(lesson_id):
    view = shown(lesson_id)
    m = method.load()
    for element_id in curriculum.lesson(lesson_id).teaches:
        e = m.element(element_id)
        assert view.titles[element_id] == e.label
        for source in method.SOURCES:
            expected = [s.text for s in e.teaching_by(source) + e.done_well_by(source)]
            assert view.items.get((element_id, source), []) == expected, (element_id, source)
            if expected:
                assert view.labels[(element_id, source)] == method.SOURCE_LABELS[source] + ":"
            else:
                assert (element_id, source) not in view.labels  # no empty heading


def test_the_course_additions_are_shown_as_our_advice_not_the_guides():
    for lesson_id, element_id, phrase in (
        ("03", "your_story", "a minute or two"),
        ("05", "campaign_work", "under a minute"),
        ("07", "respond_yes", "who to contact"),
        ("08", "confirm_commitment", "within a couple of days"),
    ):
        view = shown(lesson_id)
        ours = " ".join(view.items[(element_id, "ours")])
        guide = " ".join(view.items.get((element_id, "guide"), []))
        assert phrase in ours and phrase not in guide, (lesson_id, element_id)
        assert view.labels[(element_id, "ours")] == "Our advice:"
        assert view.labels[(element_id, "guide")] == "The guide says:"


def test_no_lesson_calls_our_advice_the_methods_key_points():
    for lesson_id in LESSONS:
        html = key_points_html(lesson_id).lower()
        assert "method's key points" not in html and "from the method" not in html
        assert "<h3>key points: the guide and our advice</h3>" in html


def test_listening_is_marked_as_running_throughout_the_meeting():
    view = shown("04")
    assert view.titles["listening"] == "Listen and notice connections (throughout the meeting)"
    guide = " ".join(view.items[("listening", "guide")])
    assert "runs through the whole meeting" in guide


def test_the_widget_shows_the_same_html():
    widget = key_points("07")
    assert widget.value == key_points_html("07")
    assert "Our advice:" in widget.value and "The guide says:" in widget.value
