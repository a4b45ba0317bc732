"""The analysis dictionary: keys, record shapes, valid JSON, findings, no personal data."""

import json

import pandas as pd
import pytest
from analysis_frames import normalised_log

from commonground.analysis import findings, summary, text

CONVERSION_KEYS = {"group", "n", "converted", "rate", "ci_low", "ci_high"}


@pytest.fixture(scope="module")
def result():
    return summary.summarize(normalised_log(), n_quarantined=3, warnings=["from reading"])


def test_top_level_keys(result):
    for key in (
        "n_rows", "n_quarantined", "funnel", "by_ask_type", "by_practice", "adjusted",
        "win_back", "follow_up", "organizers", "warnings",
    ):  # fmt: skip
        assert key in result
    assert result["n_rows"] == 2003 and result["n_accepted"] == 2000
    assert result["n_quarantined"] == 3
    assert result["warnings"][0] == "from reading"
    assert any("3 rows quarantined" in w for w in result["warnings"])


def test_record_shapes(result):
    for key in ("funnel", "by_ask_type", "by_practice", "win_back", "follow_up"):
        assert result[key], key
        for record in result[key]:
            assert set(record) >= CONVERSION_KEYS, key
    assert {r["group"] for r in result["by_ask_type"]} == {"canvass", "phone_bank", "donate"}
    assert sum(r["n"] for r in result["by_ask_type"]) == 2000
    assert {r["group"] for r in result["follow_up"]} == {"none", "confirmation", "thanks", "both"}
    terms = {r["term"] for r in result["adjusted"]}
    assert terms == {
        "prepared", "story_shared", "common_ground", "ask_specific", "ask_fit",
        "purpose=explore_working_together",
    }  # fmt: skip
    for record in result["adjusted"]:
        assert {"term", "odds_ratio", "ci_low", "ci_high"} <= set(record)
        assert record["ci_low"] < record["odds_ratio"] < record["ci_high"]
    # 40 rows have no ask_fit: complete cases, counted
    assert result["adjusted_model"]["n_used"] == 1960
    assert result["adjusted_model"]["n_dropped"] == 40


def test_json_is_valid_with_nan_as_null():
    df = normalised_log(200)
    df["showed_up"] = pd.array([pd.NA] * len(df), dtype="boolean")  # step 3 has no rows
    out = summary.summarize(df)
    text_json = json.dumps(out, allow_nan=False)
    step3 = [r for r in json.loads(text_json)["funnel"] if r["step"] == "yes_showed_up"]
    assert step3 == [] or step3[0]["rate"] is None


def test_no_personal_data_anywhere(result):
    dumped = json.dumps(result) + text.render(result)
    assert "SECRET-CONTACT" not in dumped


def test_findings_state_size_and_uncertainty(result):
    specific = next(f for f in result["findings"] if f.startswith("Specific asks"))
    assert "times the odds of a yes of vague ones (95% CI" in specific
    assert "after allowing for ask type and setting" in specific
    assert result["findings"][0].startswith("Of 2000 asks,")


def test_finding_wording_for_each_direction():
    up = findings.adjusted_sentence("ask_specific", 2.4, 1.8, 3.1)
    assert up == (
        "Specific asks had 2.40 times the odds of a yes of vague ones (95% CI 1.80 to 3.10), "
        "after allowing for ask type and setting."
    )
    assert "no clear difference" in findings.adjusted_sentence("prepared", 1.1, 0.8, 1.5)
    assert "lower odds" in findings.adjusted_sentence("prepared", 0.5, 0.3, 0.8)
    assert "could be estimated" in findings.adjusted_sentence("prepared", None, None, None)


def test_text_render_mentions_every_section(result):
    out = text.render(result)
    for heading in ("Findings:", "Funnel:", "by ask type", "Adjusted odds ratios", "Organizers"):
        assert heading in out
    assert "organizer 1 " in out and "org-0" not in out  # ids are pseudonymised too


def test_empty_log_summarises_without_crashing():
    empty = normalised_log(50).iloc[0:0]
    out = summary.summarize(empty)
    json.dumps(out, allow_nan=False)
    assert out["adjusted"] == []
    assert any("nothing to analyse" in w for w in out["warnings"])


def test_only_required_columns_still_summarise():
    df = pd.DataFrame(
        {
            "meeting_id": ["a", "b", "c"],
            "organizer": ["o1", "o2", "o1"],
            "contact": ["x", "y", "z"],
            "ask_type": ["canvass", "donate", "canvass"],
            "ask_specific": pd.array([True, False, True], dtype="boolean"),
            "response": ["yes", "no", "maybe"],
        }
    )
    out = summary.summarize(df)
    json.dumps(out, allow_nan=False)
    assert out["follow_up"] == [] and out["win_back"]
    assert any("too little data" in w for w in out["warnings"])
    assert text.render(out).startswith("Outcome log: 3 rows read")
