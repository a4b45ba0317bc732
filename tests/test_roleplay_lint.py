"""The scenario linter catches each class of error, with the file and the node."""

from __future__ import annotations

import pytest

from commonground.roleplay.lint import lint_file, lint_paths
from commonground.roleplay.loader import scenario_paths, scenarios_dir
from commonground.roleplay.starter import starter_text

BASE = starter_text("fixture")
LIMBO = "\n  - id: limbo\n    say: Hm.\n"


def write(tmp_path, text, name="fixture"):
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def errors(path):
    return [i for i in lint_file(path) if i.level == "error"]


def one_edit(old, new, count=1):
    assert old in BASE, old
    return BASE.replace(old, new, count)


def findings(issues):
    """Errors and warnings, leaving out "the reader takes its line as ..." warnings: they
    follow the line reader's rules, which evolve separately (see the authoring guide)."""
    return [str(i) for i in issues if "the reader takes its line" not in i.message]


def test_every_shipped_scenario_passes_lint():
    assert len(scenario_paths()) >= 4
    assert [str(i) for i in lint_paths() if i.level == "error"] == []


@pytest.mark.parametrize(
    "name", ["retired_teacher", "night_shift_nurse", "longtime_volunteer", "pta_parent"]
)
def test_the_first_scenarios_have_no_warnings_either(name):
    found = findings(lint_paths([scenarios_dir() / f"{name}.yaml"]))
    # Deliberate: after an activity no, the same activity offered on another day; the
    # persona's answer follows the ask's activity conflict, so the ask is the right one.
    known = {
        "choice offer_press_later: its text names the time",
        "choice offer_raffle_later: its text names the time",
        "choice offer_canvass_sunday: its text names the",
    }
    assert [f for f in found if not any(k in f for k in known)] == []


def test_the_starter_has_no_warnings(tmp_path):
    assert findings(lint_file(write(tmp_path, BASE))) == []


def test_an_example_heard_as_another_choice_is_an_error(tmp_path):
    text = one_edit(
        "          - Is it you who takes them across?",
        "          - What are those mornings like for you, getting the kids to school?",
    )
    found = [i for i in errors(write(tmp_path, text)) if i.where.endswith("choice ask_closed")]
    assert len(found) == 1 and found[0].where == "node questions, choice ask_closed"
    assert "is heard as ask_mornings, not as this choice" in found[0].message


def test_an_ask_node_without_a_vague_reply_is_an_error(tmp_path):
    text = one_edit(
        """    vague:
      say: Help with what, exactly?
      feedback: A clear ask names what you want Alex to do, and when and where.
      trust: 0
      minutes: 1
""",
        "",
    )
    found = errors(write(tmp_path, text))
    assert [(i.where, i.message.split(" but")[0]) for i in found] == [
        ("node ask_point", "takes asks")
    ]


@pytest.mark.parametrize(
    ("old", "new", "node", "needs"),
    [
        (
            "text: Is it the Saturday, or the stall itself?",
            "text: Oh, okay.",
            "node no_timing",
            "asking whether it is the time or the activity",
        ),
        (
            "text: What would you need to know to decide?",
            "text: Okay, have a think.",
            "node said_maybe",
            "asking what the maybe depends on",
        ),
    ],
)
def test_a_reply_to_a_no_or_a_maybe_must_offer_the_methods_reply(tmp_path, old, new, node, needs):
    found = errors(write(tmp_path, one_edit(old, new)))
    assert any(i.where == node and needs in i.message for i in found), found


def test_a_reply_to_a_yes_must_confirm_the_details(tmp_path):
    text = one_edit(
        "text: Great. So that's Tuesday at 8:30 by the main entrance. Does that still work for you?",
        "text: Great stuff.",
    ).replace(
        "        examples:\n          - brilliant, tuesday 8.30 at the main entrance then, is that still ok?\n",
        "",
    )
    found = errors(write(tmp_path, text))
    assert any(i.where == "node said_yes" and "confirming the details" in i.message for i in found)


def test_two_moves_too_close_to_tell_apart_is_a_warning(tmp_path):
    text = one_edit(
        "text: Do you walk them yourself?", "text: What are those mornings like for you?!"
    )
    found = [i for i in lint_file(write(tmp_path, text)) if "too close" in i.message]
    assert found and found[0].level == "warning" and "node questions" in found[0].where


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    text = BASE.replace("title: ", "title: : oops [", 1)
    found = errors(write(tmp_path, text))
    assert len(found) == 1
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "oops" in t)
    assert found[0].line == line and "YAML syntax error" in found[0].message
    assert str(found[0]).startswith(f"{tmp_path / 'fixture.yaml'}:{line}:")


def test_schema_error_names_node_choice_and_line(tmp_path):
    text = one_edit("quality: strong", "quality: great")
    found = errors(write(tmp_path, text))
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "great" in t)
    assert [(i.line, i.where) for i in found] == [(line, "node hello, choice ask_how_long")]
    assert "'great' is not one of" in found[0].message


def test_choice_pointing_nowhere(tmp_path):
    found = errors(write(tmp_path, one_edit("next: story", "next: nowhere")))
    assert any("unknown node 'nowhere'" in i.message and "node hello" in i.where for i in found)


def test_unreachable_node(tmp_path):
    text = BASE + "\n  - id: orphan\n    say: Hi.\n    ending:\n      debrief: Never seen.\n"
    found = errors(write(tmp_path, text))
    assert any(i.where == "node orphan" and "unreachable" in i.message for i in found)


def test_dead_end(tmp_path):
    text = one_edit("next: end_yes", "next: limbo") + LIMBO
    found = errors(write(tmp_path, text))
    assert any(i.where == "node limbo" and "dead end" in i.message for i in found)


def test_loop_with_no_way_out(tmp_path):
    loop = """
  - id: loop_a
    say: Round we go.
    choices:
      - id: go_b
        text: And again.
        kind: other
        step: listening
        quality: weak
        feedback: Going in circles.
        next: loop_b
  - id: loop_b
    say: And round.
    choices:
      - id: go_a
        text: Once more.
        kind: other
        step: listening
        quality: weak
        feedback: Going in circles.
        next: loop_a
"""
    text = one_edit("next: end_maybe", "next: loop_a") + loop
    found = errors(write(tmp_path, text))
    stuck = {i.where for i in found if "loop with no way out" in i.message}
    # closing_maybe only leads into the loop, so it is stuck too
    assert stuck == {"node loop_a", "node loop_b", "node closing_maybe"}


def test_ending_with_no_debrief(tmp_path):
    text = one_edit(
        "      debrief: Alex said no. Was it the time or the activity, and what alternative fits?",
        "      reflect: What now?",
    )
    found = errors(write(tmp_path, text))
    assert [(i.where, i.message) for i in found] == [
        ("node end_no", "ending with no debrief (add ending: debrief: ...)")
    ]


def test_claimed_step_never_practised(tmp_path):
    text = one_edit("  offer_alternative]", "  offer_alternative, thank_them]")
    found = errors(write(tmp_path, text))
    assert [i.message for i in found] == ["practises 'thank_them', but no choice practises it"]


def test_unknown_method_ids(tmp_path):
    text = one_edit("step: listening", "step: listenning").replace(
        "practises: [", "practises: [active_listening, ", 1
    )
    found = {(i.where, i.message) for i in errors(write(tmp_path, text))}
    assert (
        "node listening, choice follow_up",
        "unknown method step 'listenning'; did you mean 'listening'?",
    ) in found
    practises = [m for w, m in found if m.startswith("practises: unknown method id")]
    assert practises[0].startswith("practises: unknown method id 'active_listening'; ")
    assert "'listening'" in practises[0]


def test_an_unknown_step_with_nothing_close_lists_the_valid_ones(tmp_path):
    found = errors(write(tmp_path, one_edit("step: listening", "step: zzqx")))
    message = next(i.message for i in found if "'zzqx'" in i.message)
    assert "valid ids: " in message
    for step in ("listening", "open_questions", "ask", "common_ground"):
        assert f"{step}," in message or message.endswith(step)


def test_a_schema_error_in_a_fact_names_the_fact_not_its_position(tmp_path):
    text = one_edit("      blocks: timing                # a", "      # a")
    found = errors(write(tmp_path, text))
    assert len(found) == 1
    assert found[0].where == "persona hidden fact 'works_weekends'"
    assert "/" not in found[0].where and "2" not in found[0].where
    text = one_edit("      ask_type: attend_event\n", "      ask_type: attend_evnt\n")
    found = errors(write(tmp_path, text))
    assert [i.where for i in found] == ["campaign ask 'council_speech'"]


def test_a_missing_answer_says_it_belongs_under_answers(tmp_path):
    text = one_edit(
        'answers: {"yes": said_yes, maybe: said_maybe, no_timing: no_timing, '
        "no_activity: no_activity}",
        'answers: {"yes": said_yes, maybe: said_maybe, no_timing: no_timing}',
    )
    found = errors(write(tmp_path, text))
    assert len(found) == 1 and found[0].where == "node ask_point, under answers:"
    assert "'no_activity' is a required property" in found[0].message
    # an answer written beside answers: rather than inside it
    text = one_edit(
        'answers: {"yes": said_yes, maybe: said_maybe, no_timing: no_timing, '
        "no_activity: no_activity}",
        "no_activity: no_activity",
    )
    found = errors(write(tmp_path, text))
    assert any("belong under 'answers:'" in i.message for i in found), found


def test_ending_that_no_play_can_reach(tmp_path):
    # structurally reachable through the no_timing branch, but no ask is ever refused
    # for timing once the stall's conflict is gone
    text = one_edit("no_timing: no_timing, no_activity", "no_timing: end_never, no_activity")
    assert "conflicts: [works_weekends]" in text
    text = text.replace("conflicts: [works_weekends]", "conflicts: []", 1)
    text += "\n  - id: end_never\n    say: Hm.\n    ending:\n      debrief: Never happens.\n"
    found = lint_file(write(tmp_path, text))
    messages = {(i.where, i.message, i.level) for i in found}
    assert (
        "node end_never",
        "ending cannot be reached in play (no sequence of choices gets here)",
        "error",
    ) in messages
    assert ("", "no ask ever gets the answer 'no_timing'", "warning") in messages


def test_duplicate_ids_and_keys(tmp_path):
    path = write(tmp_path, one_edit("id: ask_closed", "id: ask_mornings"))
    found = errors(path)
    first = 1 + path.read_text().splitlines().index("      - id: ask_mornings")
    assert any(
        f"duplicate choice id 'ask_mornings' (the first is at line {first})" in i.message
        for i in found
    ), found
    text = BASE.replace("    - id: likes_talking", "    - id: walks_kids", 1)
    path = write(tmp_path, text)
    first = 1 + text.splitlines().index("    - id: walks_kids")
    found = errors(path)
    dup = [i for i in found if "duplicate fact id 'walks_kids'" in i.message]
    assert dup and f"(the first is at line {first})" in dup[0].message
    assert dup[0].line == first + 4  # the second copy's own line
    text = one_edit("title: ", 'summary: "again"\ntitle: ')
    found = errors(write(tmp_path, text))
    assert len(found) == 1 and "duplicate key 'summary'" in found[0].message


@pytest.mark.parametrize("bad", ["schema_version: 2", "schema_version: 0"])
def test_unknown_schema_version(tmp_path, bad):
    found = errors(write(tmp_path, one_edit("schema_version: 1", bad)))
    assert found[0].line == 5 and "unsupported schema_version" in found[0].message


def test_choice_level_answers_are_checked(tmp_path):
    text = one_edit(
        "        ask: gate_talks\n",
        "        ask: gate_talks\n"
        '        answers: {"yes": nowhere, maybe: said_maybe, no_timing: no_timing,'
        " no_activity: no_activity}\n",
    )
    found = errors(write(tmp_path, text))
    assert any(
        i.where == "node ask_point, choice ask_gate, under answers:"
        and "unknown node 'nowhere'" in i.message
        for i in found
    )
    text = one_edit(
        "        next: story\n",
        '        next: story\n        answers: {"yes": story, maybe: story, no_timing: story,'
        " no_activity: story}\n",
    )
    found = errors(write(tmp_path, text))
    assert [i.message for i in found] == ["'answers' on a choice needs 'ask'"]


def test_an_ask_choice_may_leave_out_its_text(tmp_path):
    from commonground.roleplay.engine import choose, start
    from commonground.roleplay.loader import load_scenario

    ask_text = (
        "Would you talk to parents at the school gate with me on Tuesday at 8:30am, "
        "by the main entrance?"
    )
    text = one_edit(f"      - id: ask_gate\n        text: {ask_text}\n", "      - id: ask_gate\n")
    path = write(tmp_path, text)
    assert findings(lint_file(path)) == []
    scenario = load_scenario(path)
    choice = next(c for c in scenario.node("ask_point").choices if c.id == "ask_gate")
    assert choice.text == ask_text and choice.ask == "gate_talks"
    state = start(scenario)
    assert choose(scenario, state, "ask_how_long").state.node == "story"


def test_a_choice_without_an_ask_still_needs_text(tmp_path):
    text = one_edit("        text: What are those mornings like for you?\n", "", 1)
    found = errors(write(tmp_path, text))
    assert [(i.where, i.message) for i in found] == [
        ("node questions, choice ask_mornings", "'text' is a required property")
    ]


def test_a_choice_whose_text_differs_from_its_ask_is_flagged(tmp_path):
    text = one_edit(
        "      - id: ask_gate\n        text: Would you talk to parents at the school gate with me "
        "on Tuesday at 8:30am, by the main entrance?",
        "      - id: ask_gate\n        text: Would you talk to parents at the school gate with me "
        "on Saturday at 8:30am, by the main entrance?",
    )
    found = [i for i in lint_file(write(tmp_path, text)) if "its text names" in i.message]
    assert len(found) == 1 and found[0].level == "warning"
    assert found[0].where == "node ask_point, choice ask_gate"
    assert "the time" in found[0].message and "'gate_talks'" in found[0].message
    # the same ask in other words agrees
    text = one_edit(
        "      - id: ask_gate\n        text: Would you talk to parents at the school gate with me "
        "on Tuesday at 8:30am, by the main entrance?",
        "      - id: ask_gate\n        text: Could you chat with the parents at the school gate "
        "next Tuesday at 8:30am? We'd meet by the main entrance.",
    )
    assert [i for i in lint_file(write(tmp_path, text)) if "its text names" in i.message] == []


@pytest.mark.parametrize(
    ("ask", "said", "part"),
    [
        (
            "Could you phone bank on Monday at 6pm at the union office?",
            "Could you phone bank on Thursday at 6pm at the union office?",
            "time",
        ),
        (
            "Could you phone bank on Monday at 6pm at the union office?",
            "Could you phone bank on Monday at 6pm at the library?",
            "place",
        ),
        (
            "Could you hand out flyers on Monday at 6pm at the library?",
            "Could you bake cakes on Monday at 6pm at the library?",
            "activity",
        ),
    ],
)
def test_differing_parts_on_other_texts(ask, said, part):
    from commonground.roleplay.lint_ask_text import differing_parts

    assert list(differing_parts(ask, said)) == [part]
    assert differing_parts(ask, ask) == {}


def test_a_move_that_takes_no_time_is_refused(tmp_path):
    """A zero-minute move that loops back, with no trust cost, would circle forever: every
    move takes at least a minute, so the time limit always ends a loop."""
    text = one_edit("effects: {trust: 1, minutes: 2}", "effects: {trust: 0, minutes: 0}")
    found = errors(write(tmp_path, text))
    assert any("effects" in i.where and "minimum of 1" in i.message for i in found), found
