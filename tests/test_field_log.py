"""A volunteer's own log: the form's rules, pseudonyms, notes check, store, CLI."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from commonground import cli
from commonground.field_log import contacts, form, store
from commonground.outcomes import read_log

GOOD = {
    "date": "2025-05-01",
    "organizer": "vol-1",
    "contact_name": "Maria Lopez",
    "ask_type": "canvass",
    "ask_words": "Would you canvass with me this Saturday at 10 from the library?",
    "response": "yes",
    "event_date": "2025-05-03",
}


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMONGROUND_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_pseudonym_is_initials_and_salted_hash_never_the_name(home):
    name = contacts.pseudonym("Maria Lopez")
    assert name.startswith("ML-") and len(name) == 11
    assert contacts.pseudonym("  maria   lopez ") == name  # same person
    assert contacts.pseudonym("Maria Lopes") != name
    assert contacts.pseudonym("Maria Lopez", salt="other") != name
    salt_file = home / contacts.SALT_FILE
    assert oct(salt_file.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(Exception, match="never saved"):
        contacts.pseudonym("123")


def test_saved_row_is_valid_and_has_no_name(home):
    row = store.add_meeting(dict(GOOD, notes="talked about the library"))
    assert row["ask_specific"] == "true"
    text = store.log_path().read_text(encoding="utf-8")
    assert "Maria" not in text and "Lopez" not in text
    exported, count = store.export(home / "out.csv")
    assert count == 1
    result = read_log(exported)
    assert result.ok and result.accepted["contact"].iloc[0] == row["contact"]
    assert "talked about" not in exported.read_text(encoding="utf-8")  # notes stay home


def test_vague_ask_is_read_as_not_specific():
    row = form.build_row(dict(GOOD, ask_words="Could you help out sometime?"), salt="s")
    assert row["ask_specific"] == "false"


@pytest.mark.parametrize(
    "notes", ["call her on 555-201-3344", "maria@example.org", "+44 7700 900123"]
)
def test_notes_with_phone_or_email_are_refused(notes):
    with pytest.raises(form.FormError) as caught:
        store.add_meeting(dict(GOOD, notes=notes))
    assert "phone number or an e-mail" in caught.value.problems["notes"]
    assert not store.log_path().exists()


def test_notes_with_a_date_are_fine():
    store.add_meeting(dict(GOOD, notes="see her again on 2025-06-01"))


@pytest.mark.parametrize(
    "change, key",
    [
        ({"date": "2999-01-01"}, "date"),
        ({"response": "perhaps"}, "response"),
        ({"contact_name": ""}, "contact_name"),
        ({"duration_min": "0"}, "duration_min"),
        ({"event_date": "next week"}, "event_date"),
    ],
)
def test_rows_breaking_the_rules_are_not_saved(change, key):
    with pytest.raises(form.FormError) as caught:
        store.add_meeting(dict(GOOD, **change))
    assert key in caught.value.problems
    assert len(store.load()) == 0


def test_no_reason_only_asked_after_a_no():
    row = form.build_row(dict(GOOD, response="yes", no_reason="timing"), salt="s")
    assert row["no_reason"] == ""  # not asked after a yes: never saved
    row = form.build_row(dict(GOOD, response="no", no_reason="timing"), salt="s")
    assert row["no_reason"] == "timing" and row["event_date"] == ""


def test_reminder_after_the_event_then_showed_up():
    row = store.add_meeting(GOOD)
    assert len(store.due_for_showed_up(today=dt.date(2025, 5, 3))) == 0  # the day itself
    due = store.due_for_showed_up(today=dt.date(2025, 5, 4))
    assert list(due["meeting_id"]) == [row["meeting_id"]]
    store.record_showed_up(row["meeting_id"], False)
    assert len(store.due_for_showed_up(today=dt.date(2025, 5, 4))) == 0
    assert store.load()["showed_up"].iloc[0] == "false"


def test_showed_up_refused_after_a_no():
    row = store.add_meeting(dict(GOOD, response="no"))
    with pytest.raises(Exception, match="only recorded after a yes"):
        store.record_showed_up(row["meeting_id"], True)


def test_save_is_atomic_no_temp_files_left(home):
    store.add_meeting(GOOD)
    store.add_meeting(dict(GOOD, contact_name="Sam Reed"))
    leftovers = [n for n in os.listdir(home) if n.endswith(".tmp")]
    assert leftovers == [] and len(store.load()) == 2


def _flags(answers):
    out = []
    for key, value in answers.items():
        out += ["--" + key.replace("_", "-"), value]
    return out


def test_cli_add_export_merge_analyse(home, tmp_path, capsys):
    assert cli.main(["log", "add", "--no-input", *_flags(GOOD)]) == 0
    assert "saved meeting" in capsys.readouterr().out
    assert cli.main(["log", "add", "--no-input", *_flags(dict(GOOD, response=""))]) == 1
    assert "--response: please answer" in capsys.readouterr().err
    mine = tmp_path / "mine.csv"
    assert cli.main(["log", "export", "-o", str(mine)]) == 0
    other = tmp_path / "other.csv"
    assert cli.main(["log", "generate", "--rows", "40", "--seed", "3", "-o", str(other)]) == 0
    team = tmp_path / "team.csv"
    assert cli.main(["log", "merge", str(mine), str(other), "-o", str(team)]) == 0
    assert len(read_log(team).accepted) == 41
    # the same log twice: reported by file and row, kept once, nothing silently gone
    code = cli.main(["log", "merge", str(mine), str(other), str(mine), "-o", str(team)])
    out = capsys.readouterr().out
    assert code == 1 and "file 3 row 2" in out and "same meeting as file 1 row 2" in out
    quarantine = team.with_suffix(".quarantine.csv").read_text(encoding="utf-8")
    assert "same meeting as" in quarantine


def test_cli_merge_reports_conflicting_rows(tmp_path, capsys):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    header = "meeting_id,date,organizer,contact,ask_type,ask_specific,response\n"
    a.write_text(header + "M1,2025-01-02,o1,c1,canvass,true,yes\n", encoding="utf-8")
    b.write_text(header + "M2,2025-01-02,o2,c2,canvass,true,no\nM1,2025-01-02,o1,c1,canvass,true,no\n",
                 encoding="utf-8")  # fmt: skip
    assert cli.main(["log", "merge", str(a), str(b), "-o", str(tmp_path / "t.csv")]) == 1
    out = capsys.readouterr().out
    assert "file 2 row 3" in out and "conflicts with file 1 row 2" in out and "response" in out


def test_cli_showed_up(capsys):
    row = store.add_meeting(GOOD)
    assert cli.main(["log", "showed-up"]) == 0
    assert row["meeting_id"] in capsys.readouterr().out
    assert cli.main(["log", "showed-up", row["meeting_id"], "yes"]) == 0
    assert store.load()["showed_up"].iloc[0] == "true"


def test_cli_add_asks_in_plain_words_when_interactive(monkeypatch, capsys):
    store.add_meeting(dict(GOOD, date="2025-04-01", event_date="2025-04-02"))  # now due
    replies = iter(
        [
            "y",  # the reminder: did they come?
            "2025-05-02",  # date
            "vol-9",  # organizer
            "Ann Bell",  # name
            "1",  # purpose: get to know
            "",  # setting: skip
            "30",  # minutes
            "1", "1", "4", "2",  # prepared yes, story yes, 4 open questions, ground no
            "2",  # ask type: phone bank
            "Would you phone bank with me on Tuesday at 6pm at the office?",
            "",  # fit: skip
            "3",  # answer: no
            "1",  # reason: timing
            "1",  # alternative offered: yes
            "1",  # final answer: yes
            "2025-05-09",  # event date
            "2",  # follow-up: a confirmation
            "1",  # days
            "",  # notes
        ]
    )  # fmt: skip
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": next(replies))
    assert cli.main(["log", "add"]) == 0
    out = capsys.readouterr().out
    assert "Did " in out and "recorded" in out and "reads as specific" in out
    log = store.load()
    assert log["showed_up"].iloc[0] == "true"
    row = log.iloc[1]
    assert (row["response"], row["no_reason"], row["final_response"]) == ("no", "timing", "yes")
    assert (row["ask_type"], row["purpose"], row["follow_up"]) == (
        "phone_bank",
        "get_to_know",
        "confirmation",
    )
    assert row["contact"].startswith("AB-") and row["open_questions"] == "4"


def test_a_team_id_is_kept_so_attendance_can_be_matched(home, tmp_path, capsys):
    from pathlib import Path

    answers = dict(GOOD, contact_name="", contact_id="4401", event_date="2025-03-08")
    row = store.add_meeting(answers)
    assert row["contact"] == "4401"
    with pytest.raises(form.FormError) as caught:
        store.add_meeting(dict(answers, contact_id="ana@example.org"))
    assert "not an id" in caught.value.problems["contact_id"]
    with pytest.raises(form.FormError) as caught:
        store.add_meeting(dict(answers, contact_id=""))
    assert "who you met" in caught.value.problems["contact_name"]
    mine = tmp_path / "mine.csv"
    store.export(mine)
    attendance = Path(__file__).parent / "data" / "imports" / "mobilize.json"
    out = tmp_path / "filled.csv"
    code = cli.main(["log", "import", "--from", "mobilize", str(attendance),
                     "--fill-log", str(mine), "-o", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr()
    assert read_log(out).accepted["showed_up"].tolist() == [True]
