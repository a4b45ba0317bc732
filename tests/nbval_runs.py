"""Checks that read nbval's own run of a notebook, so the notebook is not run again for them.

nbval (``make test`` runs ``pytest --nbval-lax ... notebooks exercises solutions``) runs
each notebook's cells in a kernel of its own, one test per cell. :func:`add_checks`,
called by the root ``conftest.py``, records every message those cells read from the
kernel (:class:`Recorder`) and adds one test after a notebook's last cell:

* each lesson in ``notebooks/``: ``plain words`` (:class:`plain_words.LessonScan`), which
  presses every button in that kernel and reads all the lesson showed;
* each exercise notebook in ``exercises/`` and its solved copy in ``solutions/``:
  ``check results`` (:class:`CheckResults`): every check displayed one machine-readable
  result, question by question in order, ``not_attempted`` in an exercise and
  ``correct`` in a solution.

A notebook of which only some cells were chosen (``notebook.ipynb::Cell 3``) gets
neither: they read the whole run.
"""

from __future__ import annotations

import pytest

from tests.plain_words import ROOT, SCAN_NAME, LessonScan, output_texts, widget_texts

RESULTS_NAME = "check results"
LESSONS = ROOT / "notebooks"
#: Folder -> the status each check shows when its notebook runs top to bottom.
EXERCISES = {ROOT / "exercises": "not_attempted", ROOT / "solutions": "correct"}


class Recorder:
    """Records each iopub message an nbval notebook's cells read from its kernel.

    Outputs are kept as messages (``display_data``, ``execute_result``,
    ``update_display_data``, ``stream``): every one the kernel sent, even one a later
    ``clear_output`` took off the screen. Widget states are merged as nbclient merges them
    for a saved notebook: each ``comm_open`` and ``comm_msg`` with a ``state`` updates its
    widget's, and a closed widget's last state stays.
    """

    OUTPUTS = ("display_data", "execute_result", "update_display_data", "stream")

    def __init__(self, get_message):
        self._get_message = get_message
        self.outputs: list[dict] = []
        self.widgets: dict[str, dict] = {}

    def __call__(self, *args, **kwargs):
        msg = self._get_message(*args, **kwargs)
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream" and self.outputs and self.outputs[-1].get("name") == content["name"]:
            # one stream's pieces as one text, as a saved notebook keeps them
            self.outputs[-1] = {**content, "text": self.outputs[-1]["text"] + content["text"]}
        elif kind in self.OUTPUTS:
            self.outputs.append(content)
        elif kind in ("comm_open", "comm_msg") and "state" in content.get("data", {}):
            self.widgets.setdefault(content["comm_id"], {}).update(content["data"]["state"])
        return msg

    def texts(self) -> list[str]:
        """What a person saw of the recorded messages: outputs, then widgets."""
        texts = [t for content in self.outputs for t in output_texts(content)]
        for state in self.widgets.values():
            texts += widget_texts(state)
        return texts


class CheckResults(pytest.Item):
    """Every check of an exercise notebook displayed its machine-readable result."""

    def __init__(self, *, recorder: Recorder, **kwargs):
        super().__init__(**kwargs)
        self.recorder = recorder

    def runtest(self):
        from commonground.exercises import catalog
        from commonground.questions.kit import RESULT_MIME

        shown = [
            c["data"][RESULT_MIME]
            for c in self.recorder.outputs
            if RESULT_MIME in c.get("data", {})
        ]
        questions = catalog.questions_of(catalog.NOTEBOOKS[self.path.stem])
        assert questions, f"{self.path.stem}: no question in the catalog"
        status = EXERCISES[self.path.parent]
        asked = [q.id for q in questions]
        got = [(r["question"], r["status"]) for r in shown]
        assert got == [(q, status) for q in asked], f"{self.path}: checks showed {got}"

    def reportinfo(self):
        return self.path, None, f"{self.path.name}::{RESULTS_NAME}"


def add_checks(items: list) -> None:
    """After the last cell of each notebook nbval collected whole, add its check."""
    try:
        from nbval.plugin import IPyNbCell
    except ImportError:  # nbval not installed: no notebook is collected as tests
        return
    cells: dict = {}
    for index, item in enumerate(items):
        if isinstance(item, IPyNbCell):
            cells.setdefault(item.parent, []).append(index)
    for notebook, indexes in sorted(cells.items(), key=lambda pair: -pair[1][-1]):
        folder = notebook.path.parent
        if folder == LESSONS:
            check, name = LessonScan, SCAN_NAME
        elif folder in EXERCISES:
            check, name = CheckResults, RESULTS_NAME
        else:
            continue
        if len(indexes) != sum(c.cell_type == "code" for c in notebook.nb.cells):
            continue  # some cells chosen: no whole run to read
        recorder = Recorder(notebook.get_kernel_message)
        notebook.get_kernel_message = recorder
        items.insert(indexes[-1] + 1, check.from_parent(notebook, name=name, recorder=recorder))
