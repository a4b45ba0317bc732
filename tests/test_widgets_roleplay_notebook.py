"""Lesson 09 notebook: built from content/lessons/09_role_play.md, stripped, short code cells,
and the exact text its printed cells teach.

(nbval's NBVAL_CHECK_OUTPUT has nothing to compare against in a stripped notebook, so the
printed text is asserted here.)
"""

from __future__ import annotations

from pathlib import Path

import nbformat

from commonground import method
from commonground.lessons.role_play import EXAMPLE_LINES, describe_readings, meeting_steps_text

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "09_role_play.ipynb"


def test_notebook_is_built_stripped_and_short():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert all(line.startswith(("from ", "import ")) for line in code[0].source.splitlines())
    for cell in code[1:]:
        lines = [x for x in cell.source.splitlines() if not x.startswith("# NBVAL")]
        assert len(lines) <= 3, cell.source
    sources = "\n".join(c.source for c in code)
    for call in (
        'lesson_header("09")',
        "roleplay_player()",
        "roleplay_summary(player)",
        'self_check("09")',
        'lesson_footer("09")',
    ):
        assert call in sources


def test_lesson_text_cites_its_rule_of_thumb():
    text = "\n".join(
        c.source for c in nbformat.read(NOTEBOOK, 4).cells if c.cell_type == "markdown"
    ).lower()
    assert "moveon" in text and "rule of thumb" in text
    assert "resume my last play" in text and "your own words" in text


def test_printed_steps_are_the_method_meeting_steps():
    lines = meeting_steps_text().splitlines()
    titles = [s.title for s in method.load().meeting_steps()]
    # Listening is not numbered among the steps: it is scored as running throughout.
    assert lines[0] == "Throughout the meeting: Listen and notice connections"
    assert lines[1:] == [f"{n}. {t}" for n, t in enumerate(titles, 1)]
    assert len(lines) == 9 and not any("Listen" in line for line in lines[1:])


def test_printed_readings_teach_kinds_and_ask_parts():
    rows = describe_readings().splitlines()[2:]
    assert len(rows) == len(EXAMPLE_LINES)
    cells = [(row[:17].strip(), row[18:40].strip()) for row in rows]
    assert cells == [
        ("factual question", "-"),
        ("closed question", "-"),
        ("open question", "-"),
        ("advice", "-"),
        ("ask", "activity, time, place"),
        ("ask", "-"),
    ]
    for row, line in zip(rows, EXAMPLE_LINES, strict=True):
        assert row.endswith(line)
