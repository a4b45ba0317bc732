"""Feedback on a typed line is about the learner's own words.

A listed choice's feedback was written for its words. A typed line gets that feedback
only when it is close to them; a looser line is told what its own words did and shown
the listed line to compare, never praised for what it did not say. An ask typed before
the meeting has reached the ask gets the persona's "too soon" reply.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from roleplay_states import first_state_at_each_node, reachable_states

from commonground import roleplay
from commonground.roleplay import apply_choice, engine
from commonground.roleplay.feedback import CLOSE_WORDING, ask_feedback, choice_feedback, covered
from commonground.roleplay.line_checks import Judgement
from commonground.roleplay.model import DEFAULT_TOO_SOON, Choice, Effects
from commonground.roleplay.starter import starter_text

NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]
SCENARIOS = {name: roleplay.load_scenario(name) for name in NAMES}


def at(scenario, node_id):
    """A play standing at ``node_id`` (as if the learner had got there)."""
    return replace(roleplay.start(scenario), node=node_id, transcript=())


def listed(**overrides) -> Choice:
    fields = dict(
        id="thanks_and_unit",
        text="Thanks for calling after a night shift. I'll keep it to twenty minutes. Which unit?",
        kind="factual_question",
        step="factual_questions",
        quality="strong",
        feedback="You named the time limit and opened with an easy factual question.",
        effects=Effects(),
        next="x",
    )
    fields.update(overrides)
    return Choice(**fields)


# ---- the wording rules, one by one ---------------------------------------------------------


def test_a_close_line_gets_the_feedback_written_for_the_listed_line():
    text = choice_feedback(listed(), Judgement("strong", True, "", True), CLOSE_WORDING)
    assert text.startswith("Heard as “Thanks for calling")
    assert "You named the time limit" in text


def test_a_loose_line_is_told_what_its_own_words_did_not_the_listed_lines_praise():
    text = choice_feedback(listed(), Judgement("strong", True, "", True), CLOSE_WORDING - 0.01)
    assert "time limit" not in text
    assert text.startswith("Your words did this step: open with factual questions.")
    assert text.endswith("a listed line for this moment: “" + listed().text + "”")


def test_a_loose_line_on_a_step_with_no_check_is_not_said_to_have_done_it():
    choice = listed(step="offer_alternative", feedback="You offered the stall on Sunday.")
    text = choice_feedback(choice, Judgement("strong", True, "", False), 0.2)
    assert "Your words did" not in text and "Sunday" not in text
    assert text.startswith("Heard as a move for this step: offer an alternative you prepared.")


def test_a_loose_line_heard_as_a_mistake_keeps_the_warning():
    choice = listed(quality="weak", feedback="A résumé is not a story.", step="your_story")
    text = choice_feedback(choice, Judgement("weak", True, "", True), 0.2)
    assert text.startswith("Heard as close to “") and "A résumé is not a story." in text


def test_words_that_fell_short_are_told_what_the_step_needs_and_shown_a_line_that_does_it():
    need = "Your words did not do this step: it needs a question."
    text = choice_feedback(listed(), Judgement("weak", False, need, False), 0.9)
    assert text.startswith(need) and "time limit" not in text
    assert text.endswith("A listed line that does it: “" + listed().text + "”")


@pytest.mark.parametrize(
    ("answer", "quality", "words"),
    [
        (dict(specific=True, fit=True, reason=""), "strong", "grows out of what they told you"),
        (dict(specific=True, fit=True, reason="works_weekends"), "weak", "runs into"),
        (dict(specific=False, fit=True, reason=""), "weak", "name the activity"),
        (dict(specific=True, fit=False, reason=""), "weak", "tie it to something"),
        (dict(specific=False, fit=False, reason=""), "weak", "Too vague"),
    ],
)
def test_a_typed_ask_is_judged_by_how_it_is_answered(answer, quality, words):
    class Answer:
        pass

    found = Answer()
    found.__dict__.update(answer)
    got_quality, text = ask_feedback(found)
    assert got_quality == quality and words in text


# ---- in the scenarios ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "node", "line", "unearned"),
    [
        ("night_shift_nurse", None, "so how long have you been a nurse?", "time limit"),
        ("night_shift_nurse", None, "Hi Dana, how long have you been nursing?", "time limit"),
        ("student", None, "What course are you doing?", "respected her time"),
        ("student", None, "What year are you in?", "respected her time"),
        ("faith_leader", None, "How long have you been the imam?", "thanked him"),
        ("small_business_owner", None, "How many years have you run this place?", "time limit"),
    ],
)
def test_a_bare_question_is_not_praised_for_the_thanks_and_time_limit_it_left_out(
    name, node, line, unearned
):
    scenario = SCENARIOS[name]
    state = at(scenario, node) if node else roleplay.start(scenario)
    turn = roleplay.free_text(scenario, state, line)
    _node, choice = scenario.choice(turn.choice_id)
    assert unearned in choice.feedback  # the listed line's feedback does praise it
    assert covered(scenario, choice, line) < CLOSE_WORDING
    assert turn.quality == "strong" and unearned not in turn.feedback
    assert turn.feedback.startswith("Your words did this step: open with factual questions.")


def example_cases():
    for name, scenario in SCENARIOS.items():
        for node in scenario.nodes.values():
            for choice in node.choices:
                if choice.ask:
                    continue
                for example in choice.examples:
                    yield name, node.id, choice.id, example


def test_an_example_gets_its_choices_feedback_only_when_it_says_most_of_the_choice():
    """An example that says most of its choice's text hears that choice's own feedback; a
    shorter one (kept so more wordings are heard) is told what its words did instead,
    and never the praise written for the fuller line."""
    close, loose, wrong = 0, 0, []
    for name, node_id, choice_id, example in example_cases():
        scenario = SCENARIOS[name]
        turn = roleplay.free_text(scenario, at(scenario, node_id), example)
        _node, choice = scenario.choice(choice_id)
        if turn.choice_id != choice_id or turn.quality != choice.quality:
            continue  # heard as another move, or its words fell short: tested elsewhere
        if covered(scenario, choice, example) >= CLOSE_WORDING:
            close += 1
            if choice.feedback not in turn.feedback:
                wrong.append((name, choice_id, example, turn.feedback))
        elif choice.quality == "strong":
            loose += 1
            if choice.feedback in turn.feedback or not turn.feedback.endswith(f"“{choice.text}”"):
                wrong.append((name, choice_id, example, turn.feedback))
    assert close > 500 and loose > 100
    assert wrong == []


def test_a_loose_ask_answered_as_the_authored_one_is_judged_on_that_answer(monkeypatch, tmp_path):
    path = tmp_path / "alex.yaml"
    path.write_text(starter_text("alex"), encoding="utf-8")
    alex = roleplay.load_scenario(path)
    state = roleplay.start(alex)
    for choice_id in ("ask_how_long", "share_story", "ask_mornings", "follow_up", "name_it"):
        state = roleplay.choose(alex, state, choice_id).state
    state = roleplay.choose(alex, state, "explain").state
    line = "could you chat with the other parents at the gate with me, tuesday 8:30, main entrance?"
    close = roleplay.free_text(alex, state, line)
    assert close.heard.how == "ask" and close.feedback.startswith("Heard as “Would you talk")
    monkeypatch.setattr(apply_choice, "CLOSE_WORDING", 1.01)  # every typed ask is now loose
    loose = roleplay.free_text(alex, state, line)
    assert loose.answer == close.answer and loose.quality == "strong"
    assert loose.feedback.startswith("A clear, specific ask that grows out of what they told you.")
    _node, choice = alex.choice(close.choice_id)
    assert choice.feedback not in loose.feedback


# ---- an ask before the meeting has got there ---------------------------------------------


EARLY_ASK = "Would you come to our phone bank on Tuesday at 6pm at the campaign office?"


@pytest.mark.parametrize("name", NAMES)
def test_an_ask_before_the_meeting_got_there_is_too_soon(name):
    scenario = SCENARIOS[name]
    state = roleplay.start(scenario)
    turn = roleplay.free_text(scenario, state, EARLY_ASK)
    if turn.routed == "typed":
        # heard as the scenario's own "ask too early" move: it must be a mistake
        assert turn.quality != "strong"
        return
    assert turn.routed == "too_soon"
    assert turn.reply == scenario.too_soon.say != DEFAULT_TOO_SOON.say
    assert turn.state.node == state.node and turn.state.trust < state.trust
    record = turn.state.steps[-1]
    assert (record.step, record.credited) == ("ask", False)
    assert roleplay.debrief(scenario, turn.state).score < 100


def test_too_soon_is_only_before_any_ask():
    scenario = SCENARIOS["night_shift_nurse"]
    state = roleplay.start(scenario)
    asked = replace(state, asks=(object(),))  # an ask was made: a new one is not "too soon"
    turn = roleplay.free_text(scenario, asked, EARLY_ASK)
    assert turn.routed != "too_soon"


def test_a_scenario_without_its_own_too_soon_uses_the_default(tmp_path):
    text = starter_text("alex")
    start = text.index("too_soon:")
    end = text.index("start: hello")
    path = tmp_path / "alex.yaml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    alex = roleplay.load_scenario(path)
    assert alex.too_soon == DEFAULT_TOO_SOON
    # at the story node, where no listed move is an ask
    state = roleplay.choose(alex, roleplay.start(alex), "ask_how_long").state
    turn = roleplay.free_text(alex, state, EARLY_ASK)
    assert turn.routed == "too_soon" and turn.reply == DEFAULT_TOO_SOON.say
    assert "The guide's order" in turn.feedback


# ---- a push is harmful wherever it is heard once an ask is made ----------------------------


def test_a_push_where_no_listed_push_is_offered_is_still_harmful_and_costs_trust(tmp_path):
    path = tmp_path / "alex.yaml"
    path.write_text(starter_text("alex"), encoding="utf-8")
    alex = roleplay.load_scenario(path)
    # after Alex's maybe, where no listed move is a push
    state = first_state_at_each_node(reachable_states(alex))["maybe_reason"]
    node = alex.node(state.node)
    assert state.asks and not any(c.quality == "harmful" for c in node.choices)
    turn = roleplay.free_text(alex, state, "Are you sure? It would really help us")
    assert turn.routed == "fallback" and turn.quality == "harmful"
    assert turn.state.trust <= state.trust + engine.PUSH_TRUST
    assert "presses them" in turn.feedback and turn.state.node == state.node
    assert turn.state.steps[-1].quality == "harmful" and not turn.state.steps[-1].credited


def test_pressing_words_before_any_ask_lead_and_cost_no_more_than_a_line_not_understood(
    tmp_path,
):
    path = tmp_path / "alex.yaml"
    path.write_text(starter_text("alex"), encoding="utf-8")
    alex = roleplay.load_scenario(path)
    state = roleplay.choose(alex, roleplay.start(alex), "ask_how_long").state
    turn = roleplay.free_text(alex, state, "Are you sure? It would really help us")
    assert turn.routed == "fallback" and turn.quality == "weak"
    assert turn.state.trust == state.trust + alex.fallback.trust
    assert "presses them" not in turn.feedback and "steers them" in turn.feedback
    assert not turn.state.steps[-1].credited


def test_coverage_is_one_sided_a_part_says_little_of_the_whole():
    scenario = SCENARIOS["night_shift_nurse"]
    _node, choice = scenario.choice("thank_and_time")
    assert covered(scenario, choice, choice.text) == pytest.approx(1.0)
    part = "how long have you been there?"
    whole = choice.text + " " + "And what do you like about the unit?"
    assert covered(scenario, choice, part) < CLOSE_WORDING
    assert covered(scenario, choice, whole) > 0.9  # saying more loses nothing


def test_a_question_after_a_no_is_never_heard_as_accepting_the_no():
    """A question asks something: it is not "OK, fair enough", so it is never told "You
    stopped at the no" (it may be a probe, or not understood)."""
    checked, wrong = 0, []
    for name, scenario in SCENARIOS.items():
        for node_id, state in first_state_at_each_node(reachable_states(scenario)).items():
            choices = scenario.node(node_id).choices
            if not any(c.step == "respond_no" for c in choices):
                continue
            turn = roleplay.free_text(
                scenario, state, "what would you need to see before it's a yes?"
            )
            checked += 1
            if turn.choice_id and scenario.choice(turn.choice_id)[1].kind not in (
                "open_question",
                "closed_question",
                "factual_question",
                "leading_question",
                "ask",
            ):
                wrong.append((name, node_id, turn.choice_id))
    assert checked >= 9
    assert wrong == []


@pytest.mark.parametrize(
    ("line", "must_not"),
    [
        ("see you", ("Thanks, but", "You thanked", "thanked her", "thanked him")),
        ("cheers, bye", ("No thanks",)),
    ],
)
def test_a_loose_close_is_told_what_it_carried_not_what_the_listed_close_did(line, must_not):
    checked, wrong = 0, []
    for name, scenario in SCENARIOS.items():
        for node_id, state in first_state_at_each_node(reachable_states(scenario)).items():
            steps = {c.step for c in scenario.node(node_id).choices}
            if "close_conversation" not in steps:
                continue
            turn = roleplay.free_text(scenario, state, line)
            checked += 1
            if turn.quality == "strong" or any(words in turn.feedback for words in must_not):
                wrong.append((name, node_id, turn.choice_id, turn.feedback[:80]))
    assert checked >= 20
    assert wrong == []
