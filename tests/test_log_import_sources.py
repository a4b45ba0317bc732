"""Every import source, end to end: import the synthetic export, write the log, read it
back under the outcome-log rules, and analyse it. Each fixture carries messy cases."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from commonground.analysis.summary import analyze_file
from commonground.outcomes import read_log
from commonground.outcomes.importers import SOURCES
from commonground.outcomes.importers.custom import load_mapping
from commonground.outcomes.importers.mapper import Options
from commonground.outcomes.importers.run import import_files, write_import

DATA = Path(__file__).parent / "data" / "imports"

# source -> (files, {row reason fragments that must be quarantined}, accepted count)
CASES = {
    "van-signups": (
        ["van_signups.csv", "van_signups.json"],
        ["'Left Msg'", "'Tentative' is not one", "status is empty", "'Rescheduled' is not one"],
        13,
    ),
    "van-bulk": (
        ["van_bulk.csv"],
        ["'Not Home'", "'Refused'", "'Call me in June'", "no answer"],
        4,
    ),
    "mobilize": (
        ["mobilize.json", "mobilize.csv"],
        ["'WAITLISTED' is not one", "attended, but the signup was cancelled", "'maybe' is not"],
        9,
    ),
    "action-network": (["action_network.json", "action_network.csv"], ["'interested'"], 8),
    "empower": (
        ["empower.json", "empower.csv"],
        ["someone else responded", "no answer", "'7' is not one", "is empty"],
        7,
    ),
    "tracking-sheet": (
        ["tracking_sheet.csv"],
        [
            "no commitment was asked",
            "commitment made is blank",
            "'maybe' is not Y or N",
            "empty row",
            "purpose: not one of",
        ],
        4,
    ),  # fmt: skip
    "mapping": (["custom.csv"], ["'Perhaps' is not in the mapping"], 4),
}


def _options(source: str) -> Options:
    if source == "mapping":
        return Options(mapping=load_mapping(DATA / "custom_map.yaml"))
    return Options()


def test_every_source_has_a_case():
    assert set(CASES) == set(SOURCES)


@pytest.mark.parametrize("source", list(CASES))
def test_import_validate_analyse(source, tmp_path):
    files, reasons, n_accepted = CASES[source]
    result = import_files(source, [DATA / f for f in files], options=_options(source))
    assert len(result.accepted) + len(result.quarantine) == result.n_read
    assert len(result.accepted) == n_accepted
    joined = " | ".join(result.quarantine["reason"])
    for fragment in reasons:
        assert fragment in joined, (fragment, joined)
    assert len(result.quarantine) == len(reasons)
    assert set(result.quarantine["file"]) <= {str(DATA / f) for f in files}
    out, _ = write_import(result, tmp_path / "log.csv")
    back = read_log(out)
    assert back.ok, back.problems
    assert len(back.accepted) == n_accepted
    summary = analyze_file(out)
    assert summary["n_accepted"] == n_accepted and summary["n_quarantined"] == 0
    assert summary["funnel"]
    text = out.read_text(encoding="utf-8")
    for secret in ("@example.org", "555-", "Ruiz", "Quinn", "Bell"):
        assert secret not in text, secret
    q_text = (tmp_path / "log.quarantine.csv").read_text(encoding="utf-8")
    assert "@example.org" not in q_text and "555-201" not in q_text


def test_van_statuses_mean_what_the_docs_say():
    result = import_files("van-signups", [DATA / "van_signups.csv"])
    rows = result.accepted.set_index("meeting_id")
    assert rows.loc["van-5001", "showed_up"] is True or rows.loc["van-5001", "showed_up"] == True  # noqa: E712
    assert rows.loc["van-5002", "showed_up"] == False  # noqa: E712  No Show
    assert rows.loc["van-5004", "final_response"] == "no"  # Cancelled
    assert pd.isna(rows.loc["van-5004", "showed_up"])
    assert rows.loc["van-5005", "response"] == "no"  # Declined
    assert rows.loc["van-5006", "response"] == "maybe"  # Invited
    assert rows.loc["van-5008", "showed_up"] == True  # noqa: E712  Walk In
    # mixed date formats: ISO with offset keeps the local day; 03/01/2025 is US
    assert str(rows.loc["van-5001", "date"].date()) == "2025-03-01"
    assert str(rows.loc["van-5002", "date"].date()) == "2025-03-01"
    assert str(rows.loc["van-5010", "date"].date()) == "2025-03-05"
    assert rows.loc["van-5001", "event_date"] == "2025-03-08"


def test_van_status_ids_from_the_api():
    result = import_files("van-signups", [DATA / "van_signups.json"])
    rows = result.accepted.set_index("meeting_id")
    assert rows.loc["van-7003", "response"] == "yes"  # statusId 11 Confirmed, no name
    assert rows.loc["van-7001", "ask_type"] == "canvass"


def test_mobilize_blank_attended_is_unknown_not_no():
    result = import_files("mobilize", [DATA / "mobilize.json", DATA / "mobilize.csv"])
    rows = result.accepted.set_index("meeting_id")
    assert pd.isna(rows.loc["mobilize-81003", "showed_up"])  # null
    assert pd.isna(rows.loc["mobilize-91002", "showed_up"])  # blank CSV cell
    assert rows.loc["mobilize-81002", "showed_up"] == False  # noqa: E712
    assert rows.loc["mobilize-81001", "event_date"] == "2025-03-08"  # Unix seconds
    assert rows.loc["mobilize-81004", "final_response"] == "no"


def test_action_network_leaves_showed_up_empty_and_says_so():
    result = import_files("action-network", [DATA / "action_network.json"])
    assert result.accepted["showed_up"].isna().all()
    assert any("no attendance" in line for line in result.report())
    assert "showed_up" in result.files[0].left_empty


def test_e_mail_contacts_are_pseudonymised():
    result = import_files("action-network", [DATA / "action_network.csv"], salt="s")
    assert result.accepted["contact"].str.startswith("p_").all()


def test_empower_milliseconds():
    result = import_files("empower", [DATA / "empower.json"])
    rows = result.accepted.set_index("meeting_id")
    assert str(rows.loc["empower-cr-1", "date"].date()) == "2025-03-01"
    assert rows.loc["empower-cr-1", "organizer"] == "u-10"


def test_tracking_sheet_reader_judges_specificity():
    result = import_files("tracking-sheet", [DATA / "tracking_sheet.csv"])
    rows = result.accepted.set_index("contact")
    assert rows.loc["C-101", "ask_specific"] == True  # noqa: E712  activity, time, place
    assert rows.loc["C-102", "ask_specific"] == False  # noqa: E712  "sometime"
    assert rows.loc["C-101", "ask_type"] == "phone_bank"
    assert rows.loc["C-104", "ask_type"] == "host_house_party"


def test_xlsx_reads_like_csv(tmp_path):
    frame = pd.read_csv(DATA / "tracking_sheet.csv", dtype=str, keep_default_na=False)
    frame.to_excel(tmp_path / "sheet.xlsx", index=False)
    from_xlsx = import_files("tracking-sheet", [tmp_path / "sheet.xlsx"])
    from_csv = import_files("tracking-sheet", [DATA / "tracking_sheet.csv"])
    assert list(from_xlsx.accepted["contact"]) == list(from_csv.accepted["contact"])


def test_two_files_with_the_same_ids_are_reported_not_dropped(tmp_path):
    shutil.copy(DATA / "mobilize.json", tmp_path / "again.json")
    result = import_files("mobilize", [DATA / "mobilize.json", tmp_path / "again.json"])
    assert len(result.accepted) + len(result.quarantine) == result.n_read
    same = result.quarantine[result.quarantine["reason"].str.contains("same meeting as")]
    assert len(same) == 5
    assert same["file"].eq(str(tmp_path / "again.json")).all()


def test_header_matching_ignores_case_spaces_and_underscores(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text(
        "USER EID,Contact_Eid,ACTION type,initial prompt response,CreatedMts\n"
        "u1,c1,vote,1,1740830400000\n",
        encoding="utf-8",
    )
    result = import_files("empower", [path])
    assert len(result.accepted) == 1 and result.accepted["organizer"].iloc[0] == "u1"


def test_ragged_csv_rows_are_quarantined_with_their_row(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(
        "id,user_id,event_type,timeslot_start_date,status,attended\n"
        "1,9,CANVASS,1741435200,CONFIRMED,true\n"
        "2,9,CANVASS,1741435200\n"
        "3,8,CANVASS,1741435200,REGISTERED,\n",
        encoding="utf-8",
    )
    result = import_files("mobilize", [path])
    assert result.n_read == 3 and len(result.accepted) == 2
    assert result.quarantine["row"].tolist() == [3]
    assert "has 4 cells" in result.quarantine["reason"].iloc[0]


def test_connector_underscore_names_and_xlsx(tmp_path):
    frame = pd.DataFrame(
        {
            "event_signup_id": ["1", "2"],
            "person_van_id": ["11", "12"],
            "status_name": ["Completed", "No Show"],
            "status_status_id": ["2", "6"],
            "date_created": ["2025-03-01T10:00:00-05:00", "2025-03-02"],
            "event_event_type_name": ["Canvass", "Phone Bank"],
        }
    )
    frame.to_excel(tmp_path / "van.xlsx", index=False)
    result = import_files("van-signups", [tmp_path / "van.xlsx"])
    assert result.ok, result.quarantine
    rows = result.accepted.set_index("meeting_id")
    assert list(rows["contact"]) == ["11", "12"]
    assert list(rows["ask_type"]) == ["canvass", "phone_bank"]
    assert list(rows["showed_up"]) == [True, False]
