"""`commonground scenarios`: list, lint, play (auto and interactive), new; exit codes."""

from __future__ import annotations

import io
import json

import pytest

from commonground import cli
from commonground.roleplay.loader import SCENARIOS_ENV


def run(capsys, *argv):
    code = cli.main(["scenarios", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list(capsys):
    code, out, _ = run(capsys, "list")
    assert code == 0 and "retired_teacher" in out and "(Check in, video call)" in out
    assert "check_in" not in out  # the purpose in words, the name kept to type
    code, out, _ = run(capsys, "list", "--json")
    assert {"retired_teacher", "night_shift_nurse"} <= {i["name"] for i in json.loads(out)}


def test_lint_all_passes(capsys):
    code, out, _ = run(capsys, "lint")
    assert code == 0 and out.strip().endswith("(all files checked)")
    assert out.splitlines()[-1].startswith("0 errors")


def test_lint_broken_file_fails_with_file_and_node(capsys, tmp_path):
    code, _, _ = run(capsys, "new", "broken", "-o", str(tmp_path))
    path = tmp_path / "broken.yaml"
    path.write_text(path.read_text().replace("next: story", "next: nowhere", 1))
    code, out, _ = run(capsys, "lint", str(path))
    assert code == 1
    assert f"{path}:" in out and "node hello, choice ask_how_long" in out and "nowhere" in out


def test_play_auto_json_is_one_object_and_seeded(capsys):
    code, out, _ = run(capsys, "play", "retired_teacher", "--auto", "40", "--seed", "7", "--json")
    assert code == 0
    report = json.loads(out)
    assert sum(report["endings"].values()) + report["unfinished"] == 40
    assert set(report["answers"]) == {"yes", "maybe", "no_timing", "no_activity"}
    assert report["score"]["min"] <= report["score"]["mean"] <= report["score"]["max"]
    assert sum(report["answers"].values()) + report["no_ask"] == 40
    _, again, _ = run(capsys, "play", "retired_teacher", "--auto", "40", "--seed", "7", "--json")
    assert again == out


def test_play_auto_says_why_asks_got_their_answers(capsys):
    from commonground.roleplay import load_scenario
    from commonground.roleplay.engine import choose, start

    code, out, _ = run(capsys, "play", "pta_parent", "--auto", "60", "--json")
    assert code == 0
    report = json.loads(out)
    why = report["why"]
    # every ask made is explained, under the answer it got
    made = sum(sum(c.values()) for c in why.values())
    assert made >= sum(report["answers"].values())
    assert set(why) <= {"yes", "maybe", "no_timing", "no_activity"}
    scenario = load_scenario("pta_parent")
    constraints = {f.id: f.blocks for f in scenario.persona.constraints}
    for answer, counts in why.items():
        for reason in counts:
            if reason.startswith("constraint:"):
                assert answer == f"no_{constraints[reason.split(':')[1]]}"
            elif answer == "yes":
                assert reason == "specific_fitting_trusted"
            else:
                assert reason in {"trust_too_low", "no_fit_discovered", "not_specific"}
    assert any(r.startswith("constraint:") for r in why.get("no_timing", {}))
    # one example path per ending, and replaying it really ends there
    assert {"end_yes", "end_no", "end_maybe"} <= set(report["example_paths"])
    for ending, path in report["example_paths"].items():
        state = start(scenario)
        for choice_id in path:
            state = choose(scenario, state, choice_id).state
        assert state.finished and state.ending == ending
    code, text, _ = run(capsys, "play", "pta_parent", "--auto", "60")
    assert "why asks got their answers" in text and "ran into the timing constraint" in text
    assert "end_yes: " + " > ".join(report["example_paths"]["end_yes"]) in text


def test_reasons_follow_the_answer_rules():
    from commonground.roleplay.autoplay import reasons_for
    from commonground.roleplay.state import AskRecord

    def record(answer, specific, fit, reason=""):
        return AskRecord("a", "canvass", "t", specific, fit, answer, reason)

    assert reasons_for(record("maybe", True, True)) == ["trust_too_low"]
    assert reasons_for(record("maybe", True, False)) == ["no_fit_discovered"]
    assert reasons_for(record("maybe", False, True)) == ["not_specific"]
    assert reasons_for(record("no_activity", False, False)) == [
        "not_specific",
        "no_fit_discovered",
    ]
    assert reasons_for(record("no_timing", True, True, "works")) == ["constraint:works"]
    assert reasons_for(record("yes", True, True)) == ["specific_fitting_trusted"]


def test_play_unknown_name_is_one_line_error(capsys):
    code, out, err = run(capsys, "play", "nobody", "--auto", "3")
    assert code == 1 and out == ""
    assert err.startswith("commonground: error:") and "no scenario named 'nobody'" in err
    assert "Traceback" not in err


def test_play_unknown_name_suggests_the_path_and_the_nearest_name(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "play", "retired_teachr", "--auto", "3")
    assert code == 1 and "did you mean 'retired_teacher'?" in err
    assert "give its path (e.g. path/to/retired_teachr.yaml)" in err
    assert "known: " in err and "night_shift_nurse" in err
    # a scenario written here with `scenarios new`, played by name from this folder
    (tmp_path / "food_bank.yaml").write_text("x: 1\n", encoding="utf-8")
    code, _, err = run(capsys, "play", "food_bank", "--auto", "3")
    assert code == 1 and "played by its path: ./food_bank.yaml" in err


def test_play_auto_needs_a_positive_count(capsys):
    code, _, err = run(capsys, "play", "retired_teacher", "--auto", "0")
    assert code == 1 and "at least 1" in err


def test_interactive_play_with_numbers_and_typed_lines(capsys, monkeypatch):
    moves = ["1", "My daughter did her homework at the library every day, so I got involved."]
    moves += ["2", "1", "1", "1", "1", "1", "1"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(moves) + "\n"))
    code, out, _ = run(capsys, "play", "retired_teacher")
    assert code == 0
    assert "(read as story;" in out
    assert "=== Debrief" in out and "Overall score" in out
    assert "Margaret Osei (synthetic):" in out


def test_interactive_play_can_stop_early(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    code, out, _ = run(capsys, "play", "night_shift_nurse", "--json")
    assert code == 0 and "Stopped before the end" in out
    assert json.loads(out.strip().splitlines()[-1])["ending"] == ""


def test_new_writes_a_starter_that_lints_and_refuses_to_overwrite(capsys, tmp_path):
    code, out, _ = run(capsys, "new", "food_bank", "-o", str(tmp_path))
    assert code == 0 and (tmp_path / "food_bank.yaml").is_file()
    code, out, _ = run(capsys, "lint", str(tmp_path / "food_bank.yaml"))
    assert code == 0 and out.splitlines()[-1].startswith("0 errors")
    code, _, err = run(capsys, "new", "food_bank", "-o", str(tmp_path))
    assert code == 1 and "already exists" in err
    assert (tmp_path / "food_bank.yaml").stat().st_mode & 0o777 == 0o644 & ~_umask()
    code, _, err = run(capsys, "new", "Bad-Name", "-o", str(tmp_path))
    assert code == 1 and "lower-case" in err


def _umask():
    import os

    current = os.umask(0o022)
    os.umask(current)
    return current


def test_new_writes_a_file_others_can_read_under_the_umask(capsys, tmp_path):
    import os

    old = os.umask(0o027)
    try:
        run(capsys, "new", "shared", "-o", str(tmp_path))
    finally:
        os.umask(old)
    assert (tmp_path / "shared.yaml").stat().st_mode & 0o777 == 0o640


def test_new_help_names_the_default_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv(SCENARIOS_ENV, str(tmp_path))
    with pytest.raises(SystemExit):
        cli.main(["scenarios", "new", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "data/scenarios/" in out and "current folder" in out
    assert str(tmp_path) in out.replace(" ", "") or str(tmp_path) in out


def test_new_defaults_to_the_scenarios_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv(SCENARIOS_ENV, str(tmp_path))
    code, _, _ = run(capsys, "new", "mine")
    assert code == 0 and (tmp_path / "mine.yaml").is_file()
    code, out, _ = run(capsys, "list")
    assert "mine" in out


@pytest.mark.parametrize("argv", [["scenarios"], []])
def test_scenarios_without_action_prints_help(capsys, argv):
    code = cli.main(argv)
    assert code in (0, 2)
    assert "usage" in capsys.readouterr().out
