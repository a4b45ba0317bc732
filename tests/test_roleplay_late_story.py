"""A story of one's own told where the meeting had no place for it is still a story.

At a node that offers no story move, a line heard as another move (or as none) that
also tells the learner's own story credits the story step too, judged on the story's own
words, with a note; a complaint, the campaign pitched, a résumé, a life told stage by
stage or words about this meeting are no story, and a story already shared is not
credited twice. The stories are about nothing any scenario mentions, and each is tried
at every node of all nine scenarios where it applies.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from roleplay_states import reachable_states

from commonground import roleplay
from commonground.reader import read_line
from commonground.roleplay.debrief import debrief
from commonground.roleplay.hearing.late_story import late_story, offers_a_story, told_story

NAMES = [info.name for info in roleplay.list_scenarios() if not info.error]

STORIES = [
    "When my dad lost his job at the plant we nearly lost the house, and that's when I started "
    "going to meetings.",
    "a few years ago my neighbour got evicted with two days notice and i watched her kids carry "
    "their stuff out. i felt useless, so i signed up",
    "My little brother has asthma, and the night he ended up in hospital I was terrified. "
    "That's why I'm here.",
    "um so my gran raised me, and when her bus route got cut she basically stopped going out. "
    "seeing her stuck at home is why i got involved",
    # a moment with one's own people, no feeling named
    "I remember when my dad took me to the swimming baths every Sunday, it's where I learned "
    "to swim.",
]
NOT_STORIES = [
    # a complaint in the first person
    "I'm so angry about what the council is doing to this place, it's a disgrace.",
    "I'm really fed up with the people in charge, they never listen to anyone round here.",
    # the campaign pitched
    "We're campaigning to stop the cuts because the council wants to save money on the "
    "services people use.",
    # a résumé
    "I'm a project manager, I've got a degree in politics and I sit on two charity boards.",
    # a life told stage by stage
    "ok so I was born in Leeds, then I went to school there, then college, then I worked in a "
    "bank, then I moved here and then I started volunteering.",
    # news of the campaign in the first person: a moment, nothing of why you care
    "I was reading about the budget last week and it said they want to cut the hours on Thursdays.",
    # words about this meeting
    "You're right, and I'm sorry; I came here to listen and I started by talking too much.",
    "I want to know what made you decide to get into that line of work in the first place?",
]


def _states_without_a_story_node(scenario, shared: bool):
    """One state at each unfinished node that offers no story move, with the story
    shared (``shared``) or not yet shared (a reachable one when there is, else the first
    state there with its story records taken away)."""
    every = reachable_states(scenario)
    for node_id in dict.fromkeys(s.node for s in every):
        node = scenario.node(node_id)
        if node.ending or offers_a_story(node):
            continue
        here = [s for s in every if s.node == node_id]
        found = [s for s in here if s.story_shared == shared]
        if found:
            yield found[0]
        elif not shared:
            steps = tuple(r for r in here[0].steps if r.step != "your_story")
            yield replace(here[0], story_shared=False, steps=steps)


def _with(choice, said: str) -> str:
    """A listed move and ``said`` in one line: said before a question, after a statement
    (with a full stop between them, where ``said`` has none)."""
    said = said if said.endswith((".", "!", "?")) else f"{said}."
    if choice.text.rstrip().endswith("?"):
        return f"{said} {choice.text}"
    return f"{choice.text} {said}"


def _moves(scenario, state):
    return [c for c in scenario.node(state.node).choices if not c.ask and c.quality == "strong"]


def _story_records(state):
    return [r for r in state.steps if r.step == "your_story"]


def typed_in_turn(scenario, lines: list[str]):
    """``(state, choice, line, turn)``: at every state with no story planned, each move
    typed with one of ``lines`` (taken in turn) in place of its words."""
    for state in _states_without_a_story_node(scenario, shared=False):
        for i, choice in enumerate(_moves(scenario, state)):
            line = lines[(i + len(state.steps)) % len(lines)]
            yield state, choice, line, roleplay.free_text(scenario, state, _with(choice, line))


@pytest.mark.parametrize("name", NAMES)
def test_a_late_story_is_credited_with_the_move_it_was_heard_as(name):
    scenario = roleplay.load_scenario(name)
    wrong, tried = [], 0
    for state, choice, story, turn in typed_in_turn(scenario, STORIES):
        if turn.routed not in ("typed", "fallback", "unclear", "leading"):
            continue
        tried += 1
        added = _story_records(turn.state)[len(_story_records(state)) :]
        report = debrief(scenario, turn.state)
        if not (
            len(added) == 1
            and added[0].credited
            and added[0].quality == "strong"
            and turn.state.story_shared
            and "You shared your story" in turn.feedback
            and "your_story" not in report.skipped
        ):
            wrong.append((state.node, choice.id, turn.routed, turn.choice_id, story[:30]))
    assert tried >= 10
    assert wrong == []


def credited_as_stories(scenario, lines: list[str]) -> list[tuple]:
    """Where one of ``lines`` (taken in turn), typed as a move with no story planned, was
    credited as a story: ``(node, choice, line)`` for each."""
    wrong = []
    for state, choice, line, turn in typed_in_turn(scenario, lines):
        before = [r for r in _story_records(state) if r.credited]
        after = [r for r in _story_records(turn.state) if r.credited]
        if len(after) != len(before) or "You shared your story" in turn.feedback:
            wrong.append((state.node, choice.id, line[:30]))
    return wrong


@pytest.mark.parametrize("name", NAMES)
def test_complaints_pitches_resumes_life_stories_and_meeting_talk_are_not_late_stories(name):
    assert credited_as_stories(roleplay.load_scenario(name), NOT_STORIES) == []


@pytest.mark.parametrize("name", NAMES)
def test_a_story_already_shared_is_not_credited_again(name):
    scenario = roleplay.load_scenario(name)
    wrong, tried = [], 0
    for state in _states_without_a_story_node(scenario, shared=True):
        for choice in _moves(scenario, state)[:2]:
            tried += 1
            turn = roleplay.free_text(scenario, state, _with(choice, STORIES[0]))
            score = next(s.score for s in debrief(scenario, state).steps if s.step == "your_story")
            after = next(
                s.score for s in debrief(scenario, turn.state).steps if s.step == "your_story"
            )
            if _story_records(turn.state) != _story_records(state) or after != score:
                wrong.append((state.node, choice.id))
    assert tried >= 3
    assert wrong == []


@pytest.mark.parametrize("name", NAMES)
def test_no_authored_move_at_a_node_without_a_story_is_taken_for_a_late_story(name):
    """Every listed wording (text and examples) of a move that is not the story: none
    is judged a story told besides it."""
    scenario = roleplay.load_scenario(name)
    wrong = []
    for node in scenario.nodes.values():
        if offers_a_story(node):
            continue
        for choice in node.choices:
            for said in (choice.text, *choice.examples):
                heard = SimpleNamespace(choice=choice, reading=read_line(said))
                judged = late_story(node, heard, said, read_line, False)
                if judged is not None and judged.credited:
                    wrong.append((node.id, choice.id, said[:40]))
    assert wrong == []


def test_a_story_node_is_left_to_the_story_move():
    scenario = roleplay.load_scenario("retired_teacher")
    state = replace(roleplay.start(scenario), node="settled")
    turn = roleplay.free_text(scenario, state, STORIES[0])
    assert turn.step == "your_story"
    assert len(_story_records(turn.state)) == 1
    assert "You shared your story" not in turn.feedback


def test_the_reported_play_shares_the_story_after_her_answer():
    """The lead's play: the learner's story follows her words given back, at a node whose
    moves are open questions; the debrief shows the story step done."""
    scenario = roleplay.load_scenario("retired_teacher")
    state = roleplay.start(scenario)
    for line in (
        "How long have you lived on Elm Street?",
        "what did you teach?",
        "wow. what made you go into teaching in the first place?",
        "that sounds like it really mattered to you. my mum was a dinner lady and she always "
        "said the kids who got fed learned more - that's why I got into the library campaign.",
    ):
        turn = roleplay.free_text(scenario, state, line)
        state = turn.state
    assert "later than the method's order" in turn.feedback
    assert "Our advice:" in turn.feedback
    report = debrief(scenario, state)
    assert "your_story" not in report.skipped
    story = next(s for s in report.steps if s.step == "your_story")
    assert story.qualities[-1] == "strong"
    assert report.story_shared


def test_a_story_told_at_the_opener_is_earlier_than_the_method_order():
    scenario = roleplay.load_scenario("retired_teacher")
    line = f"{STORIES[2]} How long have you lived on Elm Street?"
    turn = roleplay.free_text(scenario, roleplay.start(scenario), line)
    assert turn.step == "factual_questions"
    assert "earlier than the method's order" in turn.feedback
    assert [r.quality for r in _story_records(turn.state)] == ["strong"]


LONG = (
    "When I was nineteen my flat flooded and I lost everything, and I was furious, and the "
    "council did nothing, so I wrote letters for months, and I went to every meeting, and I "
    "learned all about drainage, and the history of the council, and the budget process, and "
    "the different committees, and how the votes work, and who sits on which panel, and I "
    "joined the coalition and became treasurer and chair of the comms group and I started "
    "running the training for new members, and I've been doing that for six years now and I'm "
    "very proud of all of it and of everything we have done together over those years."
)


def test_a_late_speech_is_weak_with_our_advice_and_one_that_turns_to_them_is_not():
    scenario = roleplay.load_scenario("student")
    state = next(_states_without_a_story_node(scenario, shared=False))
    node = scenario.node(state.node)
    for line, quality in ((LONG, "weak"), (f"{LONG} What about you?", "strong")):
        heard = SimpleNamespace(choice=node.choices[0], reading=read_line(line))
        judged = late_story(node, heard, line, read_line, False)
        assert (judged.credited, judged.quality) == (True, quality)
        assert ("speech, not a story" in judged.note) == (quality == "weak")


def test_the_story_is_judged_without_the_words_around_it():
    said = (
        "So it all falls on you. When my shifts got cut in 2019 I couldn't pay the rent, and "
        "that's why I joined the union. Have I got that right about you?"
    )
    assert told_story(said) == (
        "when my shifts got cut in 2019 i couldn't pay the rent, and that's why i joined the union."
    )
    assert told_story("The coalition started years ago with four groups, then we grew.") == ""
