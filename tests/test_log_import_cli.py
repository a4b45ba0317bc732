"""``commonground log import``: report, exit codes, --suggest, --fill-log, bad input."""

from __future__ import annotations

from pathlib import Path

import yaml

from commonground import cli
from commonground.outcomes import read_log

DATA = Path(__file__).parent / "data" / "imports"


def test_import_prints_what_it_mapped_and_left_empty(tmp_path, capsys):
    out = tmp_path / "log.csv"
    code = cli.main(["log", "import", "--from", "action-network", str(DATA / "action_network.json"),
                     "-o", str(out)])  # fmt: skip
    printed = capsys.readouterr().out
    assert code == 1  # one row quarantined
    assert "mapped   response" in printed and "left empty:" in printed
    assert "showed_up" in printed.split("left empty:")[1].splitlines()[0]
    assert "records no attendance" in printed
    assert read_log(out).ok
    quarantine = (tmp_path / "log.quarantine.csv").read_text(encoding="utf-8").splitlines()
    assert len(quarantine) == 2 and "'interested' is not one" in quarantine[1]


def test_clean_import_exits_zero(tmp_path):
    path = tmp_path / "e.json"
    path.write_text('[{"userEid": "u", "contactEid": "c", "actionType": "VOTE", '
                    '"initialPromptResponse": 1, "createdMts": 1740830400000}]')  # fmt: skip
    assert (
        cli.main(["log", "import", "--from", "empower", str(path), "-o", str(tmp_path / "o.csv")])
        == 0
    )


def test_bad_inputs_are_one_line_and_non_zero(tmp_path, capsys):
    out = str(tmp_path / "o.csv")
    assert (
        cli.main(["log", "import", "--from", "mobilize", str(tmp_path / "nope.csv"), "-o", out])
        == 2
    )
    assert "file not found" in capsys.readouterr().err
    (tmp_path / "x.json").write_text('{"foo": 1}')
    assert (
        cli.main(["log", "import", "--from", "mobilize", str(tmp_path / "x.json"), "-o", out]) == 2
    )
    assert "'data' list" in capsys.readouterr().err
    assert (
        cli.main(["log", "import", "--from", "mapping", str(DATA / "custom.csv"), "-o", out]) == 2
    )  # options that do not go together: a usage error
    assert "--mapping" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("columns:\n  favourite_colour: Ref\n")
    assert cli.main(["log", "import", "--from", "mapping", "--mapping", str(bad),
                     str(DATA / "custom.csv"), "-o", out]) == 2  # fmt: skip
    assert "favourite_colour" in capsys.readouterr().err


def test_suggest_drafts_a_mapping_that_imports_once_corrected(tmp_path, capsys):
    draft = tmp_path / "map.yaml"
    assert cli.main(["log", "import", "--suggest", str(DATA / "custom.csv"), "-o", str(draft)]) == 0
    mapping = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert mapping["columns"]["response"] == "Answer"
    assert mapping["columns"]["date"] == "When we met"
    assert mapping["values"]["response"]["Thinking"] == "maybe"
    assert mapping["values"]["setting"]["Cafe"] == "?"  # left for the trainer
    # the trainer corrects the guesses
    mapping["values"]["setting"]["Cafe"] = "in_person"
    mapping["values"]["response"]["Perhaps"] = "maybe"
    mapping["values"]["showed_up"]["Didn't come"] = False
    mapping["date_order"] = "dmy"
    mapping["constants"] = {"ask_specific": True}
    draft.write_text(yaml.safe_dump(mapping), encoding="utf-8")
    out = tmp_path / "log.csv"
    code = cli.main(["log", "import", "--from", "mapping", "--mapping", str(draft),
                     str(DATA / "custom.csv"), "-o", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr()
    accepted = read_log(out).accepted
    assert len(accepted) == 5 and accepted["date"].iloc[0].strftime("%Y-%m-%d") == "2025-02-03"


def test_fill_log_from_attendance(tmp_path, capsys):
    log = tmp_path / "ones.csv"
    log.write_text(
        "meeting_id,date,organizer,contact,ask_type,ask_specific,response,showed_up,event_date\n"
        "A1,2025-03-01,o1,4401,canvass,true,yes,,2025-03-08\n"
        "A2,2025-03-01,o1,4402,canvass,true,yes,,2025-03-08\n"
        "A3,2025-03-01,o1,4403,canvass,true,yes,,2025-03-12\n"
        "A4,2025-03-01,o1,9999,canvass,true,yes,,2025-03-08\n"
        "A5,2025-03-01,o1,4406,canvass,true,no,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "filled.csv"
    code = cli.main(["log", "import", "--from", "mobilize", str(DATA / "mobilize.json"),
                     "--fill-log", str(log), "-o", str(out)])  # fmt: skip
    printed = capsys.readouterr().out
    filled = read_log(out).accepted.set_index("meeting_id")["showed_up"]
    assert filled["A1"] == True and filled["A2"] == False  # noqa: E712
    assert filled.isna()["A3"] and filled.isna()["A4"]  # null in the export / not there
    assert "row 4: contact 4403" in printed and "row 5: contact 9999" in printed
    assert "contact not in it" in printed
    assert code == 1


def test_formula_cells_are_neutralised_in_the_imported_log(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text(
        "userEid,contactEid,actionType,initialPromptResponse,createdMts\n"
        '"=HYPERLINK(""http://x"")",c1,VOTE,1,1740830400000\n'
        "@org,c2,VOTE,0,1740830400000\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.csv"
    assert cli.main(["log", "import", "--from", "empower", str(path), "-o", str(out)]) == 0
    organizers = list(read_log(out).accepted["organizer"])
    assert organizers == ['\'=HYPERLINK("http://x")', "'@org"]


def test_header_only_export_is_refused_and_missing_required_fields_are_named(tmp_path, capsys):
    path = tmp_path / "h.csv"
    path.write_text("id,user_id,status\n", encoding="utf-8")
    out = str(tmp_path / "o.csv")
    assert cli.main(["log", "import", "--from", "mobilize", str(path), "-o", out]) == 2
    assert "no data rows" in capsys.readouterr().err
    path.write_text("id,user_id,status\n1,2,CONFIRMED\n", encoding="utf-8")
    assert cli.main(["log", "import", "--from", "mobilize", str(path), "-o", out]) == 1
    printed = capsys.readouterr().out
    assert "required field(s) with no column in this export: date" in printed
    assert "date: required value is missing" in (tmp_path / "o.quarantine.csv").read_text()
