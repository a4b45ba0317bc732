"""The outcome-log API other modules build on: schema, read_log, generate."""

import re
from pathlib import Path

import pandas as pd
import pytest

from commonground import method
from commonground.outcomes import (
    COLUMN_NAMES,
    COLUMNS,
    REQUIRED,
    TRUTH,
    generate,
    read_log,
    validate_frame,
    write_log,
)
from commonground.outcomes.schema import column

# The repository's own copy of the outcome-log contract (its "The columns" table).
SPEC = Path(__file__).resolve().parents[1] / "docs" / "outcome-data.md"


def _spec_rows():
    text = SPEC.read_text(encoding="utf-8").split("\n## The columns\n", 1)[1]
    return re.findall(r"^\| `(\w+)` \| (\w+) \|(.*)\| (yes|no) \|", text, re.M)


def test_columns_follow_the_spec_table_in_order():
    rows = _spec_rows()
    assert len(rows) == len(COLUMNS)
    assert [(c.name, c.kind, c.required) for c in COLUMNS] == [
        (name, kind, req == "yes") for name, kind, _values, req in rows
    ]


def test_category_values_follow_the_spec_table():
    for name, kind, values, _req in _spec_rows():
        if kind == "category" and name != "ask_type":  # ask_type: an open vocabulary
            listed = tuple(re.findall(r"`(\w+)`", values))
            assert column(name).values == listed, name


def test_required_columns_are_the_contract_ones():
    assert REQUIRED == (
        "meeting_id", "date", "organizer", "contact", "ask_type", "ask_specific", "response"
    )  # fmt: skip


def test_purpose_values_are_the_method_purpose_ids():
    assert column("purpose").values == tuple(p.id for p in method.load().purposes)


def test_generate_is_valid_complete_and_deterministic():
    first = generate(2000, seed=3)
    assert list(first.columns) == list(COLUMN_NAMES)
    pd.testing.assert_frame_equal(first, generate(2000, seed=3))
    assert not first.equals(generate(2000, seed=4))
    result = validate_frame(first)
    assert result.n_read == 2000 and len(result.accepted) == 2000, result.problems[:3]


def test_generated_ids_look_synthetic():
    df = generate(300, seed=1)
    assert df["contact"].str.fullmatch(r"C\d{5,}").all()
    assert df["organizer"].str.fullmatch(r"org_\d{2}").all()
    assert df["notes"].dropna().str.startswith("Synthetic note").all()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_every_format_reads_back_what_was_written(tmp_path, suffix):
    df = generate(400, seed=5)
    path = write_log(df, tmp_path / f"log{suffix}")
    result = read_log(path)
    assert result.n_read == 400 and result.ok
    assert result.accepted["row"].tolist() == list(range(2, 402))
    pd.testing.assert_frame_equal(
        result.accepted.drop(columns="row"), df.drop(columns="notes"), check_dtype=True
    )


def test_accepted_dtypes_are_the_documented_ones(tmp_path):
    result = read_log(write_log(generate(50, seed=2), tmp_path / "log.csv"))
    kinds = {
        "boolean": "boolean",
        "integer": "Int64",
        "category": "str",
        "text": "str",
    }
    for col in COLUMNS:
        if col.name == "notes":
            assert "notes" not in result.accepted.columns
        elif col.kind == "date":
            assert pd.api.types.is_datetime64_any_dtype(result.accepted[col.name])
        else:
            assert str(result.accepted[col.name].dtype) == kinds[col.kind], col.name


def test_truth_documents_every_effect_on_the_log_odds_scale():
    y = TRUTH["yes_logit"]
    assert y["setting"]["in_person"] > y["setting"]["video"] > y["setting"]["phone"] == 0
    assert set(y["ask_type"]) >= {"canvass", "attend_event", "lead_role"}
    assert TRUTH["winback_logit"]["no_timing"] > TRUTH["winback_logit"]["no_activity"]
    assert TRUTH["show_logit"]["intercept"] == 0.0  # half of yeses show without follow-up
    assert TRUTH["show_logit"]["confirmation"] > 0


def test_accepted_rows_can_be_validated_again():
    first = validate_frame(generate(30, seed=1))
    again = validate_frame(first.accepted)
    assert again.ok and again.accepted["row"].tolist() == list(range(2, 32))
    assert any("input column(s) row ignored" in n for n in again.notices)
    pd.testing.assert_frame_equal(again.accepted, first.accepted)


def test_categories_option_gives_the_same_rows_values_and_problems(tmp_path):
    """``read_log(categories=True)`` (what analyze uses) only changes the dtype."""
    df = generate(300, seed=8).astype({"response": "object", "setting": "object"})
    df.loc[3, "response"] = " Yes "  # trimmed and lower-cased to yes
    df.loc[4, "setting"] = "In-Person"  # normalised to in_person
    df.loc[5, "setting"] = "zoom"  # not in the closed vocabulary: quarantined
    df.loc[6, "response"] = "   "  # blank required cell: quarantined
    df.loc[7, "ask_type"] = "Phone Bank"  # open vocabulary: normalised, kept
    df.loc[8, "organizer"] = "jane@example.org"  # personal: pseudonymised either way
    path = write_log(df, tmp_path / "messy.csv")
    as_text = read_log(path, pseudonymise_salt="s")
    as_codes = read_log(path, pseudonymise_salt="s", categories=True)
    assert [str(p) for p in as_codes.problems] == [str(p) for p in as_text.problems]
    assert as_codes.quarantine["row"].tolist() == [7, 8]
    for col in COLUMNS:
        if col.kind == "category":
            assert isinstance(as_codes.accepted[col.name].dtype, pd.CategoricalDtype)
            assert str(as_text.accepted[col.name].dtype) == "str"
    assert str(as_text.accepted["organizer"].dtype) == "str"
    as_str = {c.name: "str" for c in COLUMNS if c.kind == "category" or c.name == "organizer"}
    pd.testing.assert_frame_equal(as_codes.accepted.astype(as_str), as_text.accepted)
    accepted = as_codes.accepted.set_index("row")
    assert accepted.loc[10, "organizer"].startswith("p_")
    assert "jane" not in " ".join(accepted["organizer"].astype(str))
    assert accepted.loc[5, "response"] == "yes" and accepted.loc[6, "setting"] == "in_person"
    assert accepted.loc[9, "ask_type"] == "phone_bank"


@pytest.mark.parametrize(
    ("ids", "repeats"),
    [
        (["M1", "M2", "M3", "M4"], []),  # increasing: the one-pass check says unique
        (["M1", None, "M2", "M3"], []),  # increasing apart from a blank
        (["M1", "M2", "M2", "M3"], [(4, 3)]),  # sorted but with a repeat: still caught
        (["M3", "M2", "M1", "M2"], [(5, 3)]),  # out of order
        (["M1", None, "M1"], [(4, 2)]),
    ],
)
def test_duplicate_ids_are_found_in_any_order(ids, repeats):
    df = generate(len(ids), seed=1)
    df["meeting_id"] = pd.array(ids, dtype="str")
    result = validate_frame(df)
    found = [
        (p.row, int(p.message.rsplit(" ", 1)[1]))
        for p in result.problems
        if p.message.startswith("duplicate meeting_id")
    ]
    assert found == repeats


def test_typed_dates_keep_only_the_day():
    """Timestamps with a time of day (Parquet, a DataFrame) become that day at midnight."""
    df = generate(3, seed=2)
    df["date"] = pd.to_datetime(["2024-03-01 09:30", "1969-12-31 23:59", "2024-03-02 00:00"])
    result = validate_frame(df)
    assert result.accepted["date"].dt.strftime("%Y-%m-%d %H:%M").tolist() == [
        "2024-03-01 00:00",
        "1969-12-31 00:00",
        "2024-03-02 00:00",
    ]
