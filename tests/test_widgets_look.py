"""One look for the widgets: the role-play as a chat, feedback as cards with words, one
stylesheet (package data) with text colours that meet WCAG AA, proportional text boxes."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import ipywidgets as w
import pytest

from commonground import resources, roleplay, storage, stylesheet
from commonground.roleplay.model import QUALITIES
from commonground.widgets import _common, roleplay_panels
from commonground.widgets._style import WIDGET_CLASS, CourseBox, style_tag, style_widget
from commonground.widgets.roleplay_player import roleplay_player

CARD_WORDS = {"strong": "Strong", "weak": "Could be stronger", "harmful": "Did not land"}


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))


class _Bubbles(HTMLParser):
    """Each chat bubble as (side, who, text), in document order."""

    def __init__(self):
        super().__init__()
        self.bubbles: list[list[str]] = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if "cg-bubble" in classes:
            side = "you" if "cg-bubble--you" in classes else "them"
            self.bubbles.append([side, "", ""])
        elif tag == "p" and self.bubbles and self._in is None:
            self._in = "who" if "cg-bubble__who" in classes else "text"

    def handle_endtag(self, tag):
        if tag == "p" or tag == "li":
            self._in = None

    def handle_data(self, data):
        if self._in == "who":
            self.bubbles[-1][1] += data
        elif self._in == "text":
            self.bubbles[-1][2] += data


def bubbles(markup: str) -> list[tuple[str, str, str]]:
    parser = _Bubbles()
    parser.feed(markup)
    return [tuple(b) for b in parser.bubbles]


def card_label(markup: str) -> str:
    found = re.search(r'<p class="cg-card__label">(.*?)</p>', markup)
    assert found, f"no feedback card in {markup[:200]!r}"
    return html.unescape(found.group(1))


# ---- the chat ------------------------------------------------------------------------
def test_chat_shows_every_line_in_order_with_the_speaker_in_words():
    player = roleplay_player("retired_teacher")
    player.start_button.click()
    scenario = player.scenario
    opening = bubbles(player.chat.value)
    assert opening == [("them", "Margaret said", roleplay.current_line(scenario, player.state))]
    for _ in range(3):
        player.choice_buttons[0].click()
    player.free_text.value = "What did you teach, all those years?"
    player.say_button.click()
    expected = [
        ("you", "You said", text) if speaker == "organizer" else ("them", "Margaret said", text)
        for speaker, text in player.state.transcript
    ]
    assert len(expected) == 9
    assert bubbles(player.chat.value) == expected
    assert bubbles(player.chat.value)[-2][2] == "What did you teach, all those years?"
    # The persona's current line is the last bubble; line and transcript are the chat.
    assert player.line is player.chat is player.transcript
    assert bubbles(player.chat.value)[-1][2] == roleplay.current_line(scenario, player.state)


def test_chat_is_a_labelled_log_anchored_at_its_newest_line():
    player = roleplay_player("retired_teacher")
    player.start_button.click()
    markup = player.chat.value
    assert 'role="log"' in markup and 'aria-label="Your conversation with Margaret"' in markup
    assert 'tabindex="0"' in markup  # the scrolling log can be reached from the keyboard
    rules = stylesheet.section("widgets")
    chat_rule = re.search(r"\.cg-chat \{([^}]*)\}", rules).group(1)
    assert "column-reverse" in chat_rule and "overflow-y: auto" in chat_rule


def test_chat_escapes_typed_lines():
    player = roleplay_player("retired_teacher")
    player.start_button.click()
    player.free_text.value = "<b>Nice weather</b>"
    player.say_button.click()
    assert "&lt;b&gt;Nice weather&lt;/b&gt;" in player.chat.value
    assert "<b>Nice weather</b>" not in player.chat.value


def test_input_follows_the_chat_and_feedback():
    player = roleplay_player("retired_teacher")
    order = list(player.play_box.children)
    assert order.index(player.chat) < order.index(player.feedback) < order.index(player.input_box)


# ---- feedback cards ------------------------------------------------------------------
def _a_choice_of_each_quality():
    """quality -> (scenario, the choice ids that lead to it, ending with one of it)."""
    found = {}
    for info in roleplay.list_scenarios():
        if info.error:
            continue
        scenario = roleplay.load_scenario(info.name)
        state, path = roleplay.start(scenario), []
        while not state.finished and len(path) < 60:
            offered = roleplay.choices(scenario, state)
            for choice in offered:
                found.setdefault(choice.quality, (info.name, [*path, choice.id]))
            best = next((c for c in offered if c.quality == "strong"), offered[0])
            state = roleplay.choose(scenario, state, best.id).state
            path.append(best.id)
    return found


def test_every_engine_quality_has_card_words():
    assert set(QUALITIES) == set(CARD_WORDS)
    for quality, words in CARD_WORDS.items():
        assert _common.quality_words(quality) == words
        record = {"quality": quality, "feedback": "Because <why>.", "step": "open_questions"}
        markup = roleplay_panels.feedback_html(record)
        assert card_label(markup).startswith(words + " · ")
        assert "Because &lt;why&gt;." in markup


def test_a_line_that_did_the_step_no_good_did_not_land():
    markup = roleplay_panels.feedback_html({"quality": "", "feedback": "Not understood."})
    assert card_label(markup) == "Did not land" and "cg-card--missed" in markup


def test_player_shows_the_card_words_of_the_move_played():
    found = _a_choice_of_each_quality()
    assert set(found) == set(QUALITIES)
    for quality, (name, path) in found.items():
        player = roleplay_player(name)
        player.start_button.click()
        for choice_id in path:
            offered = [c.id for c in roleplay.choices(player.scenario, player.state)]
            player.choice_buttons[offered.index(choice_id)].click()
        label = card_label(player.feedback.value)
        assert label.startswith(CARD_WORDS[quality] + " · "), (name, label)


def test_held_feedback_in_the_debrief_is_cards_too():
    records = [
        {"said": "Hi", "quality": "strong", "feedback": "Good.", "step": "open_questions"},
        {"said": "So?", "quality": "weak", "feedback": "Meh.", "step": "open_questions"},
    ]
    markup = roleplay_panels.held_feedback_html(records)
    labels = re.findall(r'<p class="cg-card__label">(.*?) ·', markup)
    assert labels == ["Strong", "Could be stronger"]
    assert "You said: <i>Hi</i>" in markup


def test_card_helper_words_colours_and_escaping():
    for verdict, words in _common.VERDICTS.items():
        markup = _common.card(verdict, "<p>why</p>")
        assert f'class="cg-card cg-card--{verdict}"' in markup
        assert card_label(markup) == words
        assert f".cg-card--{verdict} " in stylesheet.section("widgets")
    assert card_label(_common.card("strong", "", label="Right", detail="<x>")) == "Right · <x>"
    assert "&lt;x&gt;" in _common.card("strong", "", detail="<x>")
    with pytest.raises(KeyError, match="unknown verdict"):
        _common.card("great", "")


def test_findings_and_right_or_not_use_the_card():
    class Finding:
        message = "Name a <day>."

    assert card_label(_common.findings_html([], "All good")) == "Strong"
    could = _common.findings_html([Finding()], "All good")
    assert card_label(could) == "Could be stronger" and "Name a &lt;day&gt;." in could
    assert card_label(_common.right_or_not(True, "Yes.")) == "Right"
    assert card_label(_common.right_or_not(False, "No.")) == "Not quite"


def test_other_verdict_widgets_give_cards():
    from commonground.widgets import (
        ask_practice,
        open_question_workshop,
        responding_drills,
        story_builder,
    )

    ab = ask_practice()
    ab.persona.value = "night_shift_nurse"
    ab.ask.value = "Could you come canvassing with us Saturday at 10am from the office?"
    ab.check_button.click()
    assert card_label(ab.feedback.value) == "Could be stronger"
    ab.ask.value = "Could you canvass with us this Tuesday at 5pm from the office on Fulton Street?"
    ab.check_button.click()
    assert card_label(ab.feedback.value) == "Strong"

    qw = open_question_workshop()
    qw.question.value = "Do you like canvassing?"
    qw.check_button.click()
    assert card_label(qw.feedback.value) == "Could be stronger"
    qw.use_rewrite_button.click()
    assert card_label(qw.feedback.value) == "Strong"

    rd = responding_drills(seed=0)
    wrong = next(i for i, o in enumerate(rd.drill.options) if not o.right)
    rd.reply.index = wrong
    rd.check_button.click()
    assert card_label(rd.feedback.value) == "Did not land"
    rd.reply.index = next(i for i, o in enumerate(rd.drill.options) if o.right)
    rd.check_button.click()
    assert card_label(rd.feedback.value) == "Strong"

    sb = story_builder()
    sb.build_button.click()
    assert card_label(sb.feedback.value) == "Could be stronger"


# ---- one stylesheet, in the package --------------------------------------------------
def test_stylesheet_is_package_data_with_a_widgets_section():
    path = resources.stylesheet()
    assert path.name == "commonground.css" and path.is_file()
    assert "/* == widgets == */" in path.read_text(encoding="utf-8")
    tag = style_tag()
    assert tag.startswith("<style>") and ".cg-card" in tag and "/* == " not in tag
    with pytest.raises(KeyError, match="no section 'nope'"):
        stylesheet.section("nope")
    other = "/* == shell == */ a{} /* == widgets == */ b{} /* == later == */ c{}"
    assert stylesheet.section("widgets", other) == "b{}"


def _modules_with_markup():
    src = resources.stylesheet().parent.parent
    return [
        *(src / "widgets").glob("*.py"),
        src / "planners" / "prep.py",
        *(src / "questions").glob("*.py"),
        src / "workshop" / "printing.py",
        src / "workshop" / "plan_page.py",
        src / "workshop" / "room.py",
        *(src / "analysis").glob("*.py"),
    ]


def test_no_style_strings_left_in_python():
    for module in _modules_with_markup():
        # Only the stylesheet's own text may follow a <style> tag (or a docstring's ``).
        assert not re.search(r"<style>[^{`]", module.read_text(encoding="utf-8")), module
        assert not re.search(r"style=[\"'][^\"']*color:", module.read_text(encoding="utf-8")), (
            module
        )


#: A CSS declaration as written in a style string (``margin: 2px 0;``, ``color:#555``).
CSS_DECLARATION = re.compile(
    r"\b(?:margin|padding|border(?:-[a-z]+)*|(?:background-)?color|background|font-[a-z]+"
    r"|white-space|display|width|height|min-height|text-align|page-break-[a-z]+"
    r"|break-[a-z]+|flex(?:-[a-z]+)?)\s*:\s*[#\w.-]+[^:;\"'{}]*;"
)


def test_no_inline_styles_in_the_markup_python_writes():
    for module in _modules_with_markup():
        text = module.read_text(encoding="utf-8")
        # An HTML style attribute (not ipywidgets' button_style= or style=STYLE) ...
        assert not re.search(r"<\w+[^>]*\sstyle=", text), module.name
        assert not re.search(r"[\"']style=[\"']", text), module.name  # ... split over lines
        # ... or CSS declarations written in Python.
        assert not re.search(CSS_DECLARATION, text), module.name


def _widgets():
    from commonground import widgets

    made = []
    for name in widgets.__all__:
        factory = getattr(widgets, name)
        if name[0].islower() and name not in ("read_saved", "read_entries", "save_entry"):
            if name in ("lesson_header", "lesson_footer", "key_points", "self_check"):
                made.append(factory("01"))
            else:
                made.append(factory())
    made.append(roleplay_player())
    return made


def test_every_widget_carries_the_stylesheet_once_per_kernel():
    boxes = [m for m in _widgets() if isinstance(m, w.Box)]
    assert len(boxes) >= 15
    shared = style_widget()
    for box in boxes:
        assert isinstance(box, CourseBox), type(box).__name__
        assert WIDGET_CLASS in box._dom_classes
        assert box.children[0] is shared  # one model for the kernel, not one per widget
    assert shared.value == style_tag()


def test_every_description_has_the_same_width():
    def labelled(widget):
        found = [widget] if getattr(widget, "description", "") and hasattr(widget, "style") else []
        for child in getattr(widget, "children", ()):
            found += labelled(child)
        return found

    player = roleplay_player()
    widths = {
        c.style.description_width for c in labelled(player) if hasattr(c.style, "description_width")
    }
    assert widths == {_common.LABEL_WIDTH}
    rules = stylesheet.section("widgets")
    assert f"width: {_common.LABEL_WIDTH} !important" in rules


def test_text_boxes_use_a_proportional_font():
    rules = _rules(stylesheet.section("widgets"))
    fonts = {sel: d["font-family"] for sel, d in rules if "font-family" in d}
    assert fonts[".cg-widget textarea"] == "inherit"
    assert fonts['.cg-widget input[type="text"]'] == "inherit"
    assert "sans-serif" in fonts[".cg-widget"]
    assert not any("monospace" in f for f in fonts.values())


# ---- contrast ------------------------------------------------------------------------
def _rules(css: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, declarations) for every rule, one per selector (media blocks opened)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media[^{]*\{((?:[^{}]*\{[^}]*\})*)\s*\}", r"\1", css)
    out = []
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        decls = {}
        for decl in body.split(";"):
            if ":" in decl:
                key, value = decl.split(":", 1)
                decls[key.strip()] = " ".join(value.split())
        for selector in selectors.split(","):
            out.append((" ".join(selector.split()), decls))
    return out


def _rgb(colour: str) -> tuple[float, float, float]:
    colour = colour.strip().lstrip("#")
    if len(colour) == 3:
        colour = "".join(c * 2 for c in colour)
    assert re.fullmatch(r"[0-9a-fA-F]{6}", colour), f"not a hex colour: {colour}"
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))


def _luminance(colour: str) -> float:
    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast("#fff", "#fff") == pytest.approx(1.0)


def test_every_text_colour_meets_wcag_aa_on_every_background():
    rules = _rules(stylesheet.section("widgets"))
    texts = {d["color"] for _s, d in rules if "color" in d}
    backgrounds = {(d.get("background") or d.get("background-color")) for _s, d in rules} - {None}
    backgrounds |= {"#ffffff"}  # the page
    assert len(texts) >= 10 and len(backgrounds) >= 6
    low = [
        f"{t} on {b}: {contrast(t, b):.2f}"
        for t in texts
        for b in backgrounds
        if contrast(t, b) < 4.5
    ]
    assert low == []


def test_note_colours_in_python_match_the_stylesheet_and_pass():
    rules = dict(_rules(stylesheet.section("widgets")))
    for tone, colour in _common.COLOURS.items():
        assert rules[f".cg-note--{tone}"]["color"] == colour
        assert contrast(colour, "#ffffff") >= 4.5


def test_print_section_is_scoped_and_dark_on_white():
    """The printable pages' rules never restyle the app (which links the whole file)."""
    rules = _rules(stylesheet.section("print"))
    assert len(rules) >= 30
    for selector, _decls in rules:
        scoped = (".cg-prep-card", ".cg-printout", ".cg-paper-", "@page cg-")  # named pages
        assert selector.startswith(scoped), selector
    texts = {d["color"] for _s, d in rules if "color" in d}
    assert {"#111111", "#8a4500"} <= texts
    assert all(contrast(t, "#ffffff") >= 4.5 for t in texts), texts


def test_print_sizes_match_the_pdfs():
    from commonground.workshop import printing

    css = stylesheet.section("print")
    for paper, size in (("a4", "A4"), ("letter", "letter")):
        page = re.search(rf"@page cg-{paper} \{{([^}}]*)\}}", css).group(1)
        assert f"size: {size};" in page and f"margin: {printing.MARGIN_MM}mm;" in page
        fills = dict(_rules(css))[f".cg-paper-{paper} .card.fills"]["min-height"]
        expected = printing.PAGE_HEIGHT_MM[paper] - 2 * printing.MARGIN_MM - 12
        assert float(fills.removesuffix("mm")) == pytest.approx(expected)
    rules = dict(_rules(css))
    assert rules[".cg-printout .writing .rule"]["height"] == f"{printing.RULE_MM}mm"
    assert rules[".cg-printout .box"]["width"] == f"{printing.BOX_MM}mm"


@pytest.mark.parametrize(
    "name,scope",
    [("report", ("table.commonground-table", "figure.cg-figure")), ("room", (".cg-room-page",))],
)
def test_report_and_room_sections_are_scoped_and_dark_on_white(name, scope):
    rules = _rules(stylesheet.section(name))
    assert len(rules) >= 2
    assert all(selector.startswith(scope) for selector, _d in rules), rules
    assert all(contrast(d["color"], "#ffffff") >= 4.5 for _s, d in rules if "color" in d)


def test_the_room_page_and_report_pieces_use_the_stylesheet():
    import matplotlib.pyplot as plt
    import pandas as pd

    from commonground.analysis import plots, report_tables
    from commonground.workshop import room_pages

    page = room_pages.name_form_page("That name is taken.")
    assert f"<style>{stylesheet.section('room')}</style>" in page
    assert 'class="cg-alert"' in page and "cg-room-page" in page
    fig = plt.figure()
    try:
        figure = plots.figure_html(fig, "A chart.")
    finally:
        plt.close(fig)
    assert figure.startswith(f"<style>{stylesheet.section('report')}</style>")
    assert '<figure class="cg-figure">' in figure and "<figcaption>A chart.</figcaption>" in figure
    table = report_tables.Table(pd.DataFrame({"a": ["x"]}))._repr_html_()
    assert '<table class="commonground-table">' in table
