"""Session 14: Excel text-formula ids (``="00123"``) anywhere in a file, and lesson 11's
upload naming no sheet title that may name someone.

Before: the ``="`` check looked at a file's first MiB only, so a cell guarded after it (a
log pasted together from exports, ids guarded only from some row on) stayed
``="00123"``: a contact of its own, never matched with the ``00123`` of another file.
The upload's refusal of a sheet the workbook does not have listed every sheet's title,
and a sheet per organizer is titled with their name, on a screen that may be projected.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from cli_run import run_cli

from commonground.outcomes import read_log, read_log_bytes
from commonground.outcomes.loading.sources import HEAD_BYTES

DATA = Path(__file__).parent / "data" / "field13"
HEADER = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"

# --- 1. ="00123" after the first MiB -----------------------------------------------------


def _long_log(last: str, ragged: bool = False) -> str:
    """A log longer than the first MiB read for sniffing, ending with the row ``last``."""
    row = "m{0},2026-03-01,o-1,c{0},canvass,true,yes"
    count = HEAD_BYTES // len(row.format(0)) + 100
    lines = [HEADER, *(row.format(i) for i in range(count))]
    if ragged:  # one row too short: the exact (Python) path reads the file
        lines.append("short,2026-03-01")
    return "\n".join([*lines, last]) + "\n"


LATE = 'late,2026-03-02,o-1,"=""00123""",canvass,true,yes'


@pytest.mark.parametrize("ragged", [False, True])  # pyarrow's path, and the exact one
def test_a_text_formula_after_the_first_mib_is_read_as_its_text(tmp_path, ragged):
    path = tmp_path / "log.csv"
    path.write_text(_long_log(LATE, ragged))
    assert path.stat().st_size > HEAD_BYTES and path.read_bytes().index(b'="') > HEAD_BYTES
    for result in (read_log(path), read_log_bytes(path.read_bytes(), "log.csv")):
        accepted = result.accepted.set_index("meeting_id")
        assert accepted.loc["late", "contact"] == "00123"
        assert any("read as the text inside: contact (1)" in n for n in result.notices)


def test_a_formula_that_is_no_text_after_the_first_mib_is_kept_as_written(tmp_path):
    path = tmp_path / "log.csv"  # near misses: a sum, and a bare ="" with nothing inside?
    path.write_text(_long_log("late,2026-03-02,o-1,=SUM(A1:A2),canvass,true,yes"))
    result = read_log(path)
    assert result.accepted.set_index("meeting_id").loc["late", "contact"] == "=SUM(A1:A2)"
    assert not any("text formulas" in n for n in result.notices)


def test_an_import_reads_a_text_formula_after_the_first_mib(tmp_path, capsys):
    export = tmp_path / "van.csv"
    row = "{0},{1},Canvass,Scheduled,2026-03-01"
    count = HEAD_BYTES // len(row.format(1000, 2000)) + 100
    lines = ["Event Signup ID,VANID,Event Type,Status,Date Created"]
    lines += [row.format(100000 + i, 200000 + i) for i in range(count)]
    lines.append('"=""0571""","=""00502""",Canvass,Scheduled,2026-03-01')
    export.write_text("\n".join(lines) + "\n")
    out = tmp_path / "log.csv"
    code, text = run_cli(capsys, "log", "import", "--from", "van-signups", export, "-o", out)
    imported = pd.read_csv(out, dtype=str)
    assert imported["contact"].iloc[-1] == "00502"
    assert imported["meeting_id"].iloc[-1] == "van-0571"
    assert "read as the text inside: Event Signup ID (1), VANID (1)" in text
