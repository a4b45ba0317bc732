"""``commonground coach``: the reader's verdict from the shell."""

from __future__ import annotations

import json

from commonground.cli import main


def test_coach_json_has_the_agreed_keys(capsys):
    assert main(["coach", "Would you canvass with me this Saturday at 10?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"kind", "specific_parts", "suggestion", "rules", "fits"} <= set(data)
    assert data["kind"] == "ask"
    assert data["specific_parts"] == ["activity", "time"]
    assert "place" in data["suggestion"]
    assert data["fits"] is None


def test_coach_text_is_a_plain_language_verdict(capsys):
    assert main(["coach", "Do you like volunteering?"]) == 0
    out = capsys.readouterr().out
    assert "closed question" in out
    assert "What do you like about volunteering?" in out
    assert "Why:" in out


def test_coach_text_for_an_ask_lists_its_parts(capsys):
    line = "Will you phone bank for two hours on Tuesday at 6pm at the union hall?"
    assert main(["coach", line]) == 0
    out = capsys.readouterr().out
    assert "It names: activity, time, place, amount." in out
    assert "Nothing to add" in out


def test_coach_asks_for_a_firm_day_and_time(capsys):
    # The reader counts "Tuesday" alone, or "at 10am" alone, as a time; the coach, like
    # the self-checks, asks for the other half (test_judgements_s6.py has more).
    assert main(["coach", "Will you phone bank for two hours on Tuesday at the union hall?"]) == 0
    out = capsys.readouterr().out
    assert "Nothing to add" not in out
    assert "at what time?" in out
    assert main(["coach", "Would you canvass with me at 10am from the library?", "--json"]) == 0
    assert "which day" in json.loads(capsys.readouterr().out)["when_problem"]


def test_coach_empty_text_is_a_one_line_error(capsys):
    assert main(["coach", "   "]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "TEXT is empty" in captured.err
    assert "Traceback" not in captured.err


def test_coach_fit_and_conflict_options(capsys):
    line = "Would you canvass with me Tuesday at 7pm from the library?"
    assert main(["coach", line, "--json", "--fit", "likes_walking=walk,canvass"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fits"] is True and data["fit_matches"] == ["likes_walking"]
    args = ["coach", line, "--fit", "likes_walking=canvass", "--conflict", "works_nights=evening"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "does not fit" in out and "works_nights" in out


def test_coach_malformed_keywords_are_a_one_line_error(capsys):
    assert main(["coach", "Will you host?", "--fit", "likes_walking"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--fit 'likes_walking'" in err and "FACT=WORD" in err


def test_verdict_lines_are_shared_with_widgets():
    from commonground.reader import KINDS, read_line
    from commonground.reader.verdict import KIND_DESCRIPTIONS, verdict_lines

    assert set(KIND_DESCRIPTIONS) == set(KINDS)
    lines = verdict_lines(read_line("What excites you about this?"))
    assert lines[0] == "This reads as an open question that invites them to talk."
    assert lines[1] == "It also: turns the conversation to them."
    assert lines[2] == "Nothing to add: this line does its job."
    assert lines[3].startswith("Why: starts with 'what'")
