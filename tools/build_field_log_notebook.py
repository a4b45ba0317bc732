"""Write notebooks/log_a_1on1.ipynb (outputs stripped): the "Log a 1:1 I held" page.

A short notebook for app mode (``commonground app``): the form alone, with a few lines
of plain words. Run from the repository root:
``.venv/bin/python tools/build_field_log_notebook.py``; a test checks the committed
notebook matches.
"""

from __future__ import annotations

import sys
from pathlib import Path

from commonground.lessons.notebook_source import code, md, write_lessons

ROOT = Path(__file__).resolve().parents[1]

CELLS = [
    md("""
# Log a 1:1 I held

After a real one-on-one, answer the questions below and press **Save this meeting**. It
takes about two minutes. Your log stays on this computer until you export it for your
team (`commonground log export -o my_log.csv`).

* The person's **name is never saved**: it becomes their initials and a code.
* Keep **phone numbers and e-mail addresses** out of the notes: the form refuses them.
* When the day of what they agreed to has passed, this page asks whether they came.
"""),
    code("from commonground.widgets.field_log import log_meeting_form\n\nlog_meeting_form()"),
]

NOTEBOOKS = {"log_a_1on1": CELLS}


def main(argv: list[str]) -> int:
    for path in write_lessons(NOTEBOOKS, ROOT / "notebooks"):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
