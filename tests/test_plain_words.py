"""Plain words everywhere: no rendered lesson, printout, role-play debrief, journal export
or trainer report shows an internal id, ``None``, ``True`` or ``False``.

Every notebook in notebooks/ is run headless (two kernels at a time; a cell that raises fails
that notebook's test; `make test` also runs the lessons under nbval, as the course's standard
asks, and that run reads nothing of what they show). After its last
cell, every empty text box gets a line to read, and, for a few rounds, every button that appeared is pressed once and every untouched
choice list moved to its second option, so the feedback they show is read too. What is
read is what a person sees: the lesson's own text (code spans, typed as written, left
out); each output's richest form (a widget, else HTML, else plain text); the values,
labels, options and captured outputs in the stored widget state. HTML is read as text
(tags, scripts and styles left out), so ids in attributes are fine. Every scenario's
printed cards, a pairing plan page, and random role-plays (debrief, history table,
journal export) are read too. The trainer report (``commonground report`` on the sample
log and on a trainer's own log) is read with :func:`find_leaks` in
tests/test_report_readable.py, on the reports that file makes: one run of each, not two.
The exercise notebooks are not: they ask for code, in the data's own spelling.

The ids looked for are the snake_case ones the course knows: every id the label table
words (:func:`commonground.labels.all_ids`), the method's parts, purposes and elements,
and each scenario's name, nodes, asks and hidden facts. ``None``, ``True`` and ``False``
count unless a lowercase word follows ("None of your questions is open" is English).
"""

from __future__ import annotations

import html.parser
import os
import re
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))

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


def _output_texts(output: dict) -> list[str]:
    if "text" in output:  # a stream
        return [output["text"]]
    data = output.get("data", {})
    for form in SHOWN_FORMS:
        if form in data:
            return [] if "widget" in form else [html_text(data[form])]
    return [data["text/plain"]] if "text/plain" in data else []


def _widget_texts(state: dict) -> list[str]:
    texts = []
    for key in SHOWN_KEYS:
        value = state.get(key)
        values = value if isinstance(value, list) else [value]
        texts += [html_text(v) for v in values if isinstance(v, str) and v]
    for output in state.get("outputs") or []:
        texts += _output_texts(output)
    return texts


def _kernel_manager(folder: str):
    from jupyter_client.manager import KernelManager

    # Socket files, not TCP ports (as conftest does for nbval): no port race.
    return KernelManager(transport="ipc", ip=os.path.join(tempfile.mkdtemp(dir=folder), "k"))


def shown_texts(notebook: Path, sockets: str) -> list[str]:
    """Run ``notebook``, press each button, and return every text a person would see."""
    from nbclient import NotebookClient

    nb = nbformat.read(notebook, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PRESS_EVERY_BUTTON))
    km = _kernel_manager(sockets)
    client = NotebookClient(
        nb,
        timeout=180,
        km=km,
        store_widget_state=True,
        resources={"metadata": {"path": str(notebook.parent)}},
    )
    try:
        client.execute()
    finally:
        # nbclient stops only the kernels it made itself: this one was left running (13
        # idle kernels per session, held until the worker exited).
        if km.has_kernel:
            km.shutdown_kernel(now=True)
    texts = [t for cell in nb.cells for o in cell.get("outputs", []) for t in _output_texts(o)]
    texts += [_CODE.sub(" ", c.source) for c in nb.cells if c.cell_type == "markdown"]
    widgets = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json")
    for model in (widgets or {}).get("state", {}).values():
        texts += _widget_texts(model["state"])
    return texts


def printout_texts(folder: Path) -> dict[str, list[str]]:
    """The text of the workshop printouts: each scenario's cards and a pairing plan page."""
    from commonground.roleplay import list_scenarios
    from commonground.workshop import pairing, plan_page, printing

    found = {}
    for info in list_scenarios():
        html_path, _ = printing.write_round(info.name, folder, groups=2)
        found[f"cards for {info.name}"] = [html_text(html_path.read_text(encoding="utf-8"))]
    plan = pairing.schedule([f"P{i}" for i in range(7)], rounds=3, trios=True)
    html_path, _ = plan_page.write_plan(plan, folder / "plan", trios=True)
    found["pairing plan"] = [html_text(html_path.read_text(encoding="utf-8"))]
    return found


def test_workshop_printouts_are_in_plain_words(tmp_path):
    found = printout_texts(tmp_path)
    assert len(found) >= 10 and all(texts[0].strip() for texts in found.values())
    leaks = [
        f"{name}: {leak}" for name, texts in found.items() for t in texts for leak in find_leaks(t)
    ]
    assert not leaks, "\n".join(sorted(set(leaks)))


def test_role_play_debriefs_history_and_journal_are_in_plain_words(tmp_path, monkeypatch):
    """Random plays of every scenario: the debrief (page and terminal), what was learned,
    the table of plays and the journal export they are saved to."""
    import io
    import random

    from commonground import roleplay_history, storage
    from commonground.journal import export_markdown
    from commonground.roleplay import debrief, list_scenarios, load_scenario
    from commonground.roleplay.autoplay import play_once
    from commonground.roleplay.terminal import print_debrief
    from commonground.widgets import roleplay_panels as panels

    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path))
    found = []
    for info in list_scenarios():
        scenario = load_scenario(info.name)
        for seed in range(3):
            state, _, _ = play_once(scenario, random.Random(seed))
            report = debrief(scenario, state).as_dict()
            terminal = io.StringIO()
            print_debrief(scenario, state, terminal)
            texts = [
                html_text(panels.debrief_html(report)),
                html_text(panels.learned_html(scenario, state, True)),
                terminal.getvalue(),
            ]
            found += [f"{info.name}: {leak}" for t in texts for leak in find_leaks(t)]
            roleplay_history.record_play(scenario, state)
    rows = roleplay_history.play_summary()
    assert len(rows) == 3 * len(list_scenarios())
    found += [f"plays: {leak}" for leak in find_leaks(html_text(panels.summary_html(rows)))]
    found += [f"journal: {leak}" for leak in find_leaks(export_markdown())]
    assert not found, "\n".join(sorted(set(found)))


@pytest.fixture(scope="module")
def runs():
    """Each notebook's run, two kernels at a time: the texts it showed, or the error that
    stopped it (each notebook's own test reports its own error)."""
    sockets = tempfile.mkdtemp(prefix="cg-words-")
    jobs = {name: (shown_texts, ROOT / "notebooks" / name, sockets) for name in NOTEBOOKS}
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(*job) for name, job in jobs.items()}
        return {name: future.exception() or future.result() for name, future in futures.items()}


@pytest.fixture(scope="module")
def shown(runs):
    """Texts shown by each notebook; a notebook that did not run fails the test using it."""

    class _Shown(dict):
        def __missing__(self, name):
            pytest.fail(f"{name} did not run:\n{runs[name]}")

    return _Shown({name: run for name, run in runs.items() if isinstance(run, list)})


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_lesson_notebook_runs_in_a_kernel_without_an_error(runs, name):
    """The lessons run top to bottom in a real kernel, as a learner's would, and a lesson
    that stops is named here, by its own test (nbval's run in `make test` checks the same;
    this one is also what the scan reads). nbclient stops at the first cell that raises."""
    run = runs[name]
    assert not isinstance(run, BaseException), f"{name} stopped with:\n{run}"
    assert run, f"{name}: ran, but showed nothing"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_no_internal_ids_none_true_or_false_shown(shown, name):
    assert shown[name], f"{name}: nothing read; the scan would prove nothing"
    leaks = [leak for text in shown[name] for leak in find_leaks(text)]
    assert not leaks, f"{name} shows:\n" + "\n".join(sorted(set(leaks)))


def test_the_scan_reads_widgets_and_their_outputs(shown):
    # Lesson 09 is widgets: their labels are read, not only printed text.
    assert any("Start" in text for text in shown["09_role_play.ipynb"])
    assert any("Imam Yusuf" in text for text in shown["09_role_play.ipynb"])
    # Feedback shown only after a button is pressed (lesson 02's plan, saved).
    lesson_02 = shown["02_set_up_and_prepare.ipynb"]
    assert any("Saved to your journal" in text for text in lesson_02)
    assert any("Download the prep card to print" in text for text in lesson_02)


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("Purpose: get_to_know", "get_to_know"),
        ("- [your_questions] (vague) Ask more", "your_questions"),
        ("ask: next_one_on_one.", "next_one_on_one"),
        ("Scenario faith_leader", "faith_leader"),
        ("Shared a story: True", "True"),
        ("Follow-up: None", "None"),
        ("Done: False", "False"),
        ("{'done': 1}", "{'done': "),
        ("Kinds: ['story', 'ask']", "['story', 'ask']"),
    ],
)
def test_the_scan_finds_ids_and_python_values(text, leak):
    assert [found.split(" in ")[0] for found in find_leaks(text)] == [repr(leak)]


@pytest.mark.parametrize(
    "text",
    [
        "None of your questions is open-ended yet.",
        "Get to know them; another 1:1 next week.",
        "written to /tmp/cards/faith_leader.html",  # a path is a different complaint
        "get_to_know_them_better",  # not an id: a longer word
    ],
)
def test_the_scan_leaves_plain_words_alone(text):
    assert find_leaks(text) == []


def test_known_ids_cover_labels_method_and_scenarios():
    ids = known_ids()
    assert {"next_one_on_one", "get_to_know", "faith_leader", "ask_fit"} <= ids
    assert {"intentional_conversation", "your_story"} <= ids
