"""Planners (pure logic): prep plan checks, the prep card, story, follow-up, reflection."""

from __future__ import annotations

import pytest

from commonground import method, storage
from commonground.planners import reading
from commonground.planners.campaign_pitch import CampaignPitch, check_pitch
from commonground.planners.findings import Finding
from commonground.planners.follow_up import Commitment, check_commitment, compose_follow_up
from commonground.planners.prep import PrepPlan, check_plan, render_prep_card, save_prep_card
from commonground.planners.reflection import check_reflection, prompts
from commonground.planners.story import (
    WORDS_PER_MINUTE,
    StoryParts,
    assemble_story,
    length_summary,
    spoken_seconds,
    story_feedback,
)


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def good_plan() -> PrepPlan:
    return PrepPlan(
        contact="A neighbour from the third floor (tenants' association)",
        introduction="I'm Sam from 4B; we met at the laundry room meeting.",
        purpose="get_to_know",
        date="2026-12-05",
        time="10:00",
        place="Cafe on the corner of Elm Street",
        length_min=30,
        hope_to_get="Learn whether repairs matter to her and whether she'd join the committee.",
        what_you_know="She has lived here eleven years and raised two kids here.",
        hope_to_find_out="What she cares about most in the building, and what she enjoys doing.",
        questions=[
            "How long have you lived in the building?",
            "What has this place meant to you over the years?",
            "How have the repairs affected your family?",
        ],
        ask="Would you come to the tenants' meeting this Thursday at 7pm at the library?",
        alternatives=["The meeting after, on the 18th", "Help us knock on doors on floor 3"],
    )


SETUP_AND_PREPARE = [e.id for e in method.load().in_part("setup")] + [
    e.id for e in method.load().in_part("prepare")
]


def test_good_plan_has_no_findings():
    assert check_plan(good_plan()) == []


def test_empty_plan_names_every_setup_and_prepare_element():
    found = check_plan(PrepPlan())
    assert {f.element for f in found} == set(SETUP_AND_PREPARE)
    assert all(f.severity == "missing" for f in found)
    order = [SETUP_AND_PREPARE.index(f.element) for f in found]
    assert order == sorted(order), "findings follow the method's order"


@pytest.mark.parametrize(
    ("change", "element", "severity", "words"),
    [
        ({"purpose": "chat"}, "explain_purpose", "missing", "why"),
        ({"time": "", "place": " "}, "date_time_place", "missing", "time and the place"),
        ({"length_min": 90}, "expected_length", "warning", "longer than the usual 20-45"),
        ({"length_min": 10}, "expected_length", "warning", "10 minutes"),
        ({"hope_to_get": "stuff"}, "hope_to_get", "vague", "a little more"),
        (
            {"questions": ["Do you like it here?", "Are you busy?"]},
            "your_questions",
            "vague",
            "open-ended",
        ),
        (
            {"ask": "Can you help out sometime?"},
            "specific_ask_ready",
            "vague",
            "the activity, the day and time or the place",
        ),
        ({"alternatives": ["", "  "]}, "alternatives_ready", "missing", "alternative"),
        ({"introduction": ""}, "contact", "missing", "introduce yourself"),
    ],
)
def test_each_gap_is_named(change, element, severity, words):
    plan = good_plan()
    for key, value in change.items():
        setattr(plan, key, value)
    found = check_plan(plan)
    assert [(f.element, f.severity) for f in found] == [(element, severity)]
    assert words in found[0].message


def test_boundary_lengths_are_fine():
    for minutes in (20, 45):
        plan = good_plan()
        plan.length_min = minutes
        assert check_plan(plan) == []


def test_plan_round_trips_through_dict():
    plan = good_plan()
    again = PrepPlan.from_dict({**plan.to_dict(), "unknown": 1})
    assert again == plan


def test_prep_card_is_printable_escaped_and_saved(home):
    plan = good_plan()
    plan.contact = "<script>alert(1)</script>"
    card = render_prep_card(plan)
    assert "<script>alert" not in card and "&lt;script&gt;" in card
    assert "@media print" in card and "max-width: 180mm" in card
    assert "Getting to know each other" in card
    assert "Still to do" not in card
    path = save_prep_card(plan)
    assert path.parent == home / "prep_cards" and path.read_text() == card
    todo = render_prep_card(PrepPlan())
    assert "Still to do" in todo and "Write the ask you have ready." in todo


def test_mostly_closed_questions_are_vague():
    plan = good_plan()
    plan.questions = [
        "What do you love about the building?",
        "Do you know the landlord?",
        "Are you on the committee?",
    ]
    found = check_plan(plan)
    assert [f.element for f in found] == ["your_questions"]
    assert "2 of your questions are yes/no or leading" in found[0].message


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Wouldn't you agree the housing office is useless?", "which answer you want"),
        ("You're sick of the mould, aren't you?", "which answer you want"),
        ("Why didn't you come to the last meeting?", "puts them on the spot"),
        ("how come u never reply to the group chat", "puts them on the spot"),
    ],
)
def test_a_leading_or_blaming_question_is_named_among_open_ones(question, said):
    """Mostly open questions pass the count, but a question that leads or blames is still
    named, with the workshop's reason (and its rewrite, when there is one)."""
    plan = good_plan()
    plan.questions = [*plan.questions, question]
    found = [f for f in check_plan(plan) if f.element == "your_questions"]
    assert len(found) == 1 and found[0].severity == "vague"
    assert question in found[0].message and said in found[0].message
    if "answer you want" in said:
        assert "Try: 'How do you" in found[0].message


def test_good_questions_are_not_named():
    plan = good_plan()
    plan.questions = [
        *plan.questions,
        "Why did you decide to stay in the building?",
        "What would you change about the repairs process?",
    ]
    assert check_plan(plan) == []


@pytest.mark.parametrize("alternative", ["n/a", "None yet", "TBD", "-", "idk", "no", "?", "..."])
def test_an_alternative_that_says_nothing_is_vague(alternative):
    plan = good_plan()
    plan.alternatives = [alternative]
    found = check_plan(plan)
    assert [(f.element, f.severity) for f in found] == [("alternatives_ready", "vague")]


@pytest.mark.parametrize(
    "alternative",
    ["Same meeting but another day", "Sign the repairs petition", "Later in the week, at 6"],
)
def test_a_real_alternative_passes(alternative):
    plan = good_plan()
    plan.alternatives = [alternative]
    assert check_plan(plan) == []


def test_suggest_open_rewrites_only_closed_or_leading_questions():
    assert reading.suggest_open("What do you enjoy?", "open_question") == ""
    tip = reading.suggest_open("Do you like volunteering?", "closed_question")
    assert tip.startswith("What") and tip.endswith("?")


def test_planners_read_with_the_reader():
    assert reading.classify_question("What brought you to the parish?") == "open_question"
    assert reading.classify_question("Do you like the new rota?") == "closed_question"
    assert reading.classify_question("What do you do for a living?") == "factual_question"
    parts = reading.ask_parts("Would you phone bank with us Tuesday 6pm at the union hall?")
    assert {"activity", "time", "place"} <= parts
    assert "place" not in reading.ask_parts("Would you help out sometime?")
    assert check_plan(good_plan()) == []


def test_story_assembly_and_length():
    parts = StoryParts(
        "when the bus line to my kids' school was cut",
        "I went to a school board meeting and spoke",
        "this campaign can bring the route back",
    )
    story = assemble_story(parts)
    assert story.startswith("When the bus line") and story.count(".") == 3
    assert spoken_seconds(" ".join(["word"] * WORDS_PER_MINUTE)) == 60
    assert length_summary("one two three") == (
        f"3 words, about 1 seconds at {WORDS_PER_MINUTE} words a minute"
    )
    found = story_feedback(parts)
    lengths = [f for f in found if f.severity == "warning"]
    assert len(lengths) == 1 and "short" in lengths[0].message
    long = StoryParts("x " * 150, "y " * 100, "z " * 50)
    assert "long" in story_feedback(long)[-1].message
    right = StoryParts("a " * 80, "b " * 80, "c " * 50)  # 210 words ~ 97 s
    assert [f for f in story_feedback(right) if f.severity == "warning"] == []
    missing = story_feedback(StoryParts(what_happened="my rent doubled"))
    assert [f.field for f in missing if f.severity == "missing"] == ["what_you_chose", "why_now"]
    assert all(f.element == "your_story" for f in missing)


def test_follow_up_checks_and_composes():
    c = Commitment(
        activity="phone bank for the climate ballot measure",
        date="Tuesday 9 December",
        time="6pm",
        place="the Green Hub office, 12 Mill Road",
        contact_person="Jo at the Green Hub office",
        thanks="Thanks for sharing how the floods changed your street.",
    )
    assert check_commitment(c) == []
    text = compose_follow_up(c)
    for piece in (
        "phone bank",
        "Tuesday 9 December, 6pm",
        "12 Mill Road",
        "Jo at",
        "floods changed",
    ):
        assert piece in text
    bad = Commitment(activity="canvass")
    found = check_commitment(bad)
    assert [f.field for f in found] == ["date", "time", "place", "contact_person", "thanks"]
    assert found[-1].element == "thank_again"
    assert {f.element for f in found[:-1]} == {"confirm_commitment"}
    assert "When:" not in compose_follow_up(bad)


@pytest.mark.parametrize(
    "activity",
    ["help", "help out", "get involved", "stuff", "show up", "lend a hand", "support the campaign"],
)
def test_a_commitment_to_nothing_in_particular_is_vague(activity):
    found = check_commitment(_commitment(activity))
    assert [(f.field, f.severity) for f in found] == [("activity", "vague")]
    assert "name the task" in found[0].message


@pytest.mark.parametrize(
    "activity",
    [
        "door knocking",
        "phone bank",
        "host a house meeting",
        "sign the petition",
        "the vigil",
        "reading with second graders",
        "tutoring",
        "help with the food bank",
    ],
)
def test_a_named_task_is_a_firm_commitment(activity):
    assert check_commitment(_commitment(activity)) == []


def _commitment(activity: str) -> Commitment:
    """A commitment with every detail firm but the activity."""
    return Commitment(
        activity=activity,
        date="Tuesday 9 December",
        time="6pm",
        place="the Green Hub office",
        contact_person="Jo",
        thanks="Thanks for telling me about the floods on your street.",
    )


def test_reflection_prompts_come_from_method():
    ps = prompts()
    assert [p.element for p in ps] == [
        "reflect_on_meeting",
        "reflect_on_meeting",
        "adjust_next_time",
    ]
    assert ps[0].hint == method.load().element("reflect_on_meeting").teach
    went_well = {"went_well": "She opened up about her son's school"}
    assert [f.field for f in check_reflection(went_well)] == [
        "learned_about_them",
        "change_next_time",
    ]
    assert check_reflection({p.key: "She talked about the bus route" for p in ps}) == []
    # "good" answers the prompt without saying anything yet (see test_judgements_s6.py)
    assert [f.severity for f in check_reflection({p.key: "good" for p in ps})] == ["vague"] * 3


def test_finding_rejects_unknown_severity():
    with pytest.raises(ValueError):
        Finding("ask", "bad", "x")


_WHAT = "We're asking the council to fund repairs in every block on the estate this year."
_WHY = "Because damp and mould are making kids sick, and the landlord ignores us."


@pytest.mark.parametrize(
    "link",
    [
        "You told me your daughter's asthma got worse since the mould came back.",
        "Like you said, the night bus is the only way home after your shift.",
        "Your son's school lost its crossing guard, and this gets it back.",
        "When you talked about the damp in the bathroom, that's exactly this.",
        "you said ur kids cant play outside cos of the rats",
    ],
)
def test_a_link_to_what_they_said_passes(link):
    assert check_pitch(CampaignPitch(_WHAT, _WHY, link)) == []


@pytest.mark.parametrize(
    ("link", "said"),
    [
        ("You should care about this as a parent, you know.", "tells them what to do"),
        ("You need to think about your kids here.", "tells them what to do"),
        ("You probably want to help us win this fight.", "something they told you"),
        ("It affects you too, honestly.", "something they told you"),
        ("This matters to you and everyone in your community.", "something they told you"),
        ("We need your help and your support on this.", "something they told you"),
    ],
)
def test_a_link_that_points_at_nothing_they_said_is_vague(link, said):
    found = check_pitch(CampaignPitch(_WHAT, _WHY, link))
    assert [(f.field, f.severity) for f in found] == [("link", "vague")]
    assert said in found[0].message


@pytest.mark.parametrize("answer", ["stuff", "things", "idk, stuff", "lots of things"])
def test_a_reflection_of_filler_words_is_vague(answer):
    answers = {p.key: "She talked about the bus route" for p in prompts()}
    answers["learned_about_them"] = answer
    found = check_reflection(answers)
    assert [(f.field, f.severity) for f in found] == [("learned_about_them", "vague")]
