"""The plain-words scan: what a person sees holds no internal id, ``None``, ``True`` or
``False``; and the scan of every lesson, run in nbval's own kernel.

:func:`find_leaks` finds those in a text. The ids looked for are the snake_case ones the
course knows: every id the label table words (:func:`commonground.labels.all_ids`), the
method's parts, purposes and elements, and each scenario's name, nodes, asks and hidden
facts. ``None``, ``True`` and ``False`` count unless a lowercase word follows ("None of
your questions is open" is English).

The lessons (``notebooks/*.ipynb``) are read in the run nbval makes of them in `make
test`, not in a second run of their own: tests/nbval_runs.py (called by the root
``conftest.py``) adds one more test to each lesson nbval collects, ``plain words``
(:class:`LessonScan`), after its last cell, in the same kernel. nbval's kernel messages
are recorded as they pass, so the scan reads every output the lesson printed or
displayed and every widget state the kernel sent (as nbclient keeps them for a saved
notebook: the latest state of every widget ever opened). The scan then writes a question and an ask in
every empty text box, presses every button, and every button that appeared (a
role-play's next lines...), and moves each untouched choice list to its second option,
for a few rounds: the feedback those show is read too. What is read is what a person
sees: the lesson's own text (code spans, typed as written, left out); each output's
richest form (a widget, else HTML, else plain text); the values, labels, options and
captured outputs in the widget states. HTML is read as text (tags, scripts and styles
left out), so ids in attributes are fine.
"""

from __future__ import annotations

import html.parser
import re
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Run after a lesson's last cell: write a question and an ask in every empty text box,
#: then press every enabled button, then every button that appeared (a role-play's next
#: lines...), and move each untouched choice list to its second option, for a few
#: rounds: the feedback those show is read too.
PRESS_EVERY_BUTTON = """
import ipywidgets as _widgets
for _model in list(_widgets.Widget.widgets.values()):
    if (isinstance(_model, (_widgets.Text, _widgets.Textarea))
            and not _model.disabled and not _model.value):
        _model.value = (
            "What brought you to the tenants union? "
            "Would you phone bank with me on Tuesday at 6pm at the library?"
        )
_pressed = set()
for _round in range(4):
    _all = list(_widgets.Widget.widgets.values())
    _new = [m for m in _all if isinstance(m, _widgets.Button) and not m.disabled
            and m.model_id not in _pressed]
    if not _new:
        break
    for _model in _new:
        _pressed.add(_model.model_id)
        _model.click()
    for _model in list(_widgets.Widget.widgets.values()):
        if (isinstance(_model, (_widgets.Dropdown, _widgets.RadioButtons))
                and len(_model.options) > 1 and _model.index in (None, 0)
                and not _model.disabled):
            _model.index = 1
"""
#: Widget-state keys whose text a person sees.
SHOWN_KEYS = ("value", "description", "tooltip", "placeholder", "_options_labels", "titles")
#: Output forms, richest first: a browser shows the first one present.
SHOWN_FORMS = ("application/vnd.jupyter.widget-view+json", "text/html", "text/markdown")
#: Texts a lesson's scan must have read: the proof that it reads widgets (their labels,
#: not only printed text) and the feedback shown only after a button is pressed.
MUST_READ = {
    "09_role_play.ipynb": ("Start", "Imam Yusuf"),
    "02_set_up_and_prepare.ipynb": ("Saved to your journal", "Download the prep card to print"),
}
#: Name of the test added to each lesson.
SCAN_NAME = "plain words"


class _Text(html.parser.HTMLParser):
    """The text of an HTML fragment, without scripts and styles."""

    def __init__(self):
        super().__init__()
        self.parts, self._hidden = [], 0

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def html_text(fragment: str) -> str:
    """What a reader sees of ``fragment``: its text, one space between pieces."""
    parser = _Text()
    parser.feed(fragment)
    return " ".join(parser.parts)


@lru_cache(maxsize=1)
def known_ids() -> frozenset[str]:
    """Every snake_case id the course knows (labels, method, scenarios)."""
    from commonground import labels, method
    from commonground.roleplay import list_scenarios, load_scenario

    ids = labels.all_ids()
    loaded = method.load()
    ids |= {e.id for e in loaded.elements} | {p.id for p in loaded.parts}
    ids |= set(loaded.purpose_ids())
    for info in list_scenarios():
        scenario = load_scenario(info.name)
        ids |= {info.name, *scenario.nodes}
        ids |= {a.id for a in scenario.campaign.asks}
        ids |= {f.id for f in scenario.persona.hidden_facts}
    return frozenset(i for i in ids if "_" in i)


@lru_cache(maxsize=1)
def _leak_pattern() -> re.Pattern:
    ids = "|".join(re.escape(i) for i in sorted(known_ids(), key=len, reverse=True))
    return re.compile(rf"(?<![\w./-])(?:(?:{ids})(?![\w/-])|(?:None|True|False)(?!\w| [a-z]))")


#: A Python dict or list printed as it is (``{'done': 1}``, ``['a', 'b']``).
_REPR = re.compile(r"\{'[^'\n]*': |\['[^'\n]*'(?:, '[^'\n]*')*\]")


def find_leaks(text: str) -> list[str]:
    """Each id, ``None``, ``True``, ``False`` or dict/list repr in ``text``, in context."""
    found = []
    for match in [*_leak_pattern().finditer(text), *_REPR.finditer(text)]:
        around = text[max(0, match.start() - 50) : match.end() + 50]
        found.append(f"{match.group(0)!r} in ...{' '.join(around.split())}...")
    return found


#: Code in a lesson's text (a command to type) is spelled as typed: not read.
_CODE = re.compile(r"```.*?```|`[^`]*`", re.S)


def output_texts(output: dict) -> list[str]:
    """The text a person sees of one output (a stream, or its richest display form)."""
    if "text" in output:  # a stream
        return [output["text"]]
    data = output.get("data", {})
    for form in SHOWN_FORMS:
        if form in data:
            return [] if "widget" in form else [html_text(data[form])]
    return [data["text/plain"]] if "text/plain" in data else []


def widget_texts(state: dict) -> list[str]:
    """The text a person sees of one widget: its values, labels, options, outputs."""
    texts = []
    for key in SHOWN_KEYS:
        value = state.get(key)
        values = value if isinstance(value, list) else [value]
        texts += [html_text(v) for v in values if isinstance(v, str) and v]
    for output in state.get("outputs") or []:
        texts += output_texts(output)
    return texts


def markdown_texts(cells) -> list[str]:
    """A notebook's own text: its markdown cells, code spans left out."""
    return [_CODE.sub(" ", c.source) for c in cells if c.cell_type == "markdown"]


class LessonScan(pytest.Item):
    """Press every button of a lesson nbval has run, then read all it showed for leaks."""

    def __init__(self, *, recorder, **kwargs):
        super().__init__(**kwargs)
        self.recorder = recorder

    def runtest(self):
        notebook = self.parent
        kernel = notebook.kernel
        if kernel is None or not kernel.is_alive():
            raise AssertionError(f"{self.path.name}: its kernel is not running (see its cells)")
        msg_id = kernel.execute_cell_input(PRESS_EVERY_BUTTON, allow_stdin=False)
        kernel.await_reply(msg_id, timeout=180)
        error = None
        while True:  # its outputs, up to the kernel's idle after it
            msg = notebook.get_kernel_message(timeout=30)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "error":
                error = "\n".join(msg["content"]["traceback"])
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        assert error is None, f"{self.path.name}: pressing its buttons raised:\n{error}"
        texts = [*markdown_texts(notebook.nb.cells), *self.recorder.texts()]
        assert texts, f"{self.path.name}: nothing read; the scan would prove nothing"
        leaks = [leak for text in texts for leak in find_leaks(text)]
        assert not leaks, f"{self.path.name} shows:\n" + "\n".join(sorted(set(leaks)))
        for expected in MUST_READ.get(self.path.name, ()):
            assert any(expected in text for text in texts), f"{expected!r} never read"

    def reportinfo(self):
        return self.path, None, f"{self.path.name}::{SCAN_NAME}"
