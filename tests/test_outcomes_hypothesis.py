"""Random malformed logs never crash the reader and never lose a row.

Invariant: ``len(accepted) + len(quarantine) == n_read``, and the row numbers of the
two parts are exactly the non-empty data rows of the file.
"""

from __future__ import annotations

import csv
import io
import string

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commonground.errors import InputFileError
from commonground.outcomes import COLUMN_NAMES, read_log, validate_frame

VALID_BITS = [
    "", "yes", "no", "maybe", "true", "FALSE", "y", "0", "1", "2024-03-01", "2999-01-01",
    "in_person", "timing", "canvass", "30", "-1", "1e30", "3.5", "M1", "M2", "C1",
    "=1+1", "@x", "ann@example.org", "+44 20 7946 0958", " ", "\t", "org_01", "none",
]  # fmt: skip
junk = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=12,
)
cell = st.one_of(st.sampled_from(VALID_BITS), junk)
columns = st.lists(
    st.sampled_from([*COLUMN_NAMES, "extra", "Phone", "Meeting ID"]), min_size=1, max_size=12,
    unique=True,
)  # fmt: skip

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _check(result, expected_rows):
    assert len(result.accepted) + len(result.quarantine) == result.n_read
    got = sorted(result.accepted["row"].tolist() + result.quarantine["row"].tolist())
    assert got == expected_rows
    assert set(result.accepted["row"]).isdisjoint(set(result.quarantine["row"]))


@pytest.mark.slow
@SETTINGS
@given(
    extra_columns=columns,
    data=st.lists(st.lists(cell, min_size=25, max_size=25), min_size=1, max_size=25),
    ragged=st.lists(st.integers(0, 24), max_size=3),
)
def test_random_csv_never_crashes_or_loses_rows(tmp_path_factory, extra_columns, data, ragged):
    required = [
        "meeting_id",
        "date",
        "organizer",
        "contact",
        "ask_type",
        "ask_specific",
        "response",
    ]
    header = required + [c for c in extra_columns if c not in required]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # quotes cells holding CR or LF
    writer.writerow(header)
    records = []
    for i, row in enumerate(data):
        record = row[: len(header)]
        if i in ragged:
            record = record + ["surplus"]
        records.append(record)
        writer.writerow(record)
    path = tmp_path_factory.mktemp("h") / "log.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))

    ignored = {"notes", "phone"}
    expected = [
        n + 2
        for n, rec in enumerate(records)
        if len(rec) != len(header)
        or any(v.strip() for v, h in zip(rec, header, strict=True) if h.lower() not in ignored)
    ]
    try:
        result = read_log(path)
    except InputFileError as exc:
        assert ("no data rows" in str(exc) and not expected) or "appears twice" in str(exc)
        return
    _check(result, expected)


frame_value = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(string.printable, max_size=8),
    st.sampled_from(VALID_BITS),
)


@pytest.mark.slow
@SETTINGS
@given(values=st.lists(st.lists(frame_value, min_size=7, max_size=7), min_size=1, max_size=20))
def test_random_frames_of_mixed_objects_never_crash(values):
    names = ["meeting_id", "date", "organizer", "contact", "ask_type", "ask_specific", "response"]
    extra = [
        "duration_min",
        "prepared",
        "showed_up",
        "final_response",
        "no_reason",
        "setting",
        "notes",
    ]
    df = pd.DataFrame(values, columns=names, dtype=object)
    for i, name in enumerate(extra):
        df[name] = df[names[i]]
    try:
        result = validate_frame(df)
    except InputFileError as exc:
        assert "no data rows" in str(exc)
        return
    rows = list(range(2, len(df) + 2))
    kept = sorted(result.accepted["row"].tolist() + result.quarantine["row"].tolist())
    assert set(kept) <= set(rows)
    assert len(result.accepted) + len(result.quarantine) == result.n_read
