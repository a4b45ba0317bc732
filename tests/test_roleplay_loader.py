"""Loading scenarios: safe YAML, errors that name the file and the line, listing."""

from __future__ import annotations

import pytest

from commonground.errors import InputFileError
from commonground.roleplay import list_scenarios, load_scenario
from commonground.roleplay.loader import SCENARIOS_ENV, scenarios_dir
from commonground.roleplay.starter import starter_text

BASE = starter_text("fixture")


def write(folder, text, name="fixture"):
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text, marker):
    return next(n for n, t in enumerate(text.splitlines(), 1) if marker in t)


def test_loads_by_name_and_by_path():
    by_name = load_scenario("retired_teacher")
    by_path = load_scenario(scenarios_dir() / "retired_teacher.yaml")
    assert by_name.id == by_path.id == "retired_teacher"
    assert by_name.meeting.purpose == "get_to_know"
    assert by_name.persona.constraints and all(c.blocks for c in by_name.persona.constraints)


def test_broken_yaml_names_file_and_line(tmp_path):
    text = BASE.replace("summary: A first", "summary: [A first", 1)
    path = write(tmp_path, text)
    with pytest.raises(InputFileError) as info:
        load_scenario(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert "YAML syntax error" in message
    assert "line " in message


def test_schema_error_names_line_and_node(tmp_path):
    text = BASE.replace("kind: story", "kind: anecdote", 1)
    with pytest.raises(InputFileError) as info:
        load_scenario(write(tmp_path, text))
    line = line_of(text, "kind: anecdote")
    assert f"line {line}: node story, choice share_story: 'anecdote' is not one of" in str(
        info.value
    )


def test_reference_error_names_line(tmp_path):
    text = BASE.replace("next: questions", "next: questionz", 1)
    with pytest.raises(InputFileError, match=rf"line {line_of(text, 'questionz')}: .*questionz"):
        load_scenario(write(tmp_path, text))


def test_unquoted_yes_key_is_read_as_the_answer_yes(tmp_path):
    text = BASE.replace('{"yes": said_yes, maybe: said_maybe', "{yes: said_yes, maybe: said_maybe")
    assert text != BASE
    scenario = load_scenario(write(tmp_path, text))
    assert scenario.node("ask_point").answers["yes"] == "said_yes"


def test_unquoted_yes_as_text_gets_a_hint(tmp_path):
    text = BASE.replace("reply: Six years now.", "reply: yes", 1)
    with pytest.raises(InputFileError, match="put the text in quotes"):
        load_scenario(write(tmp_path, text))


def test_python_tags_are_refused(tmp_path):
    text = BASE.replace("summary: A first", "summary: !!python/object/apply:os.system [ls]", 1)
    with pytest.raises(InputFileError, match="YAML syntax error"):
        load_scenario(write(tmp_path, text))


def test_unknown_name_lists_known_ones():
    with pytest.raises(InputFileError, match="known: .*retired_teacher"):
        load_scenario("no_such_scenario")


def test_list_scenarios_uses_env_override_and_reports_broken_files(tmp_path, monkeypatch):
    write(tmp_path, BASE, "good_one")
    write(tmp_path, "title: [", "broken_one")
    monkeypatch.setenv(SCENARIOS_ENV, str(tmp_path))
    found = {info.name: info for info in list_scenarios()}
    assert set(found) == {"good_one", "broken_one"}
    assert found["good_one"].purpose == "get_to_know" and not found["good_one"].error
    assert "broken_one.yaml: line " in found["broken_one"].error


def test_default_library_is_listed():
    names = [info.name for info in list_scenarios()]
    assert {"retired_teacher", "night_shift_nurse", "longtime_volunteer"} <= set(names)
    assert names == sorted(names)
