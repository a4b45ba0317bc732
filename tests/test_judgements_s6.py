"""Judgements a learner sees outside the role-play, on lines volunteers really type.

Each fix has good and bad examples: a mistake must not be praised, and a right answer
worded unusually (lower case, curly apostrophes, shorthand) must not be marked wrong.
"""

from __future__ import annotations

import pytest

from commonground import method
from commonground.lessons.response_rounds import all_response_drills, judge_typed
from commonground.planners.asks import score_ask
from commonground.planners.campaign_pitch import CampaignPitch, check_pitch
from commonground.planners.follow_up import Commitment, check_commitment, remembers_conversation
from commonground.planners.prep import PrepPlan, check_plan
from commonground.planners.questions import add_question
from commonground.planners.reflection import check_reflection, prompts
from commonground.planners.story import StoryParts, reads_as_resume, story_feedback
from commonground.planners.when import hedge, vague_field, when_gaps, when_problem
from commonground.questions import loading
from commonground.roleplay import load_scenario


def _question(qid: str):
    lesson = qid.split(".")[0]
    found = {
        q.id: q
        for q in (*loading.self_check_questions(lesson), *loading.exercise_questions(lesson))
    }
    return found[qid]


def _correct(qid: str, answer) -> bool:
    return _question(qid).evaluate(answer).correct


# ---- when: a day and a time of day, nothing left open ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Would you canvass with me this Saturday at 10am from the library?",
        "sat 10am",
        "Could you come tonight?",
        "Tuesday morning",
        "on the 3rd at 6:30",
        "Would you give $50 to the clinic fund by Friday?",
        "Thursday at seven in the evening",
    ],
)
def test_firm_whens_have_no_gaps(text):
    assert when_gaps(text) == ()
    assert when_problem(text) == ""


@pytest.mark.parametrize(
    ("text", "gaps"),
    [
        ("Would you canvass with me at 10am from the library?", ("day",)),
        ("We meet at the library on Saturday.", ("time of day",)),
        ("sometime this weekend", ("day", "time of day")),
        ("I sat with her at 10", ("day",)),  # "sat" the verb is not Saturday
    ],
)
def test_open_whens_name_their_gap(text, gaps):
    assert when_gaps(text) == gaps
    assert when_problem(text)


@pytest.mark.parametrize("text", ["tomorrow-ish at 6pm", "Saturday, time TBD", "sometime Friday"])
def test_hedges_leave_a_when_open(text):
    assert hedge(text)
    assert "open" in when_problem(text)


@pytest.mark.parametrize("text", ["English class on Tuesday at 6pm", "the parish hall", "10am"])
def test_words_ending_in_ish_are_not_hedges(text):
    assert hedge(text) == ""


@pytest.mark.parametrize(
    ("text", "vague"), [("maybe Tuesday", True), ("?", True), ("10ish", True), ("10am", False)]
)
def test_vague_fields(text, vague):
    assert bool(vague_field(text)) is vague


# ---- asks: self-checks, the prep plan, the ask builder ------------------------------


@pytest.mark.parametrize(
    ("answer", "ok"),
    [
        ("Would you canvass with me this Saturday at 10am, starting from the library?", True),
        ("could u knock doors w/ us sat 10am from the office?", True),
        ("Would you canvass with me at 10am from the library?", False),  # which day?
        ("Would you canvass with us on Saturday from the library?", False),  # what time?
        ("Would you canvass tomorrow-ish in the evening from the library?", False),
    ],
)
def test_specific_ask_question_needs_a_firm_when(answer, ok):
    assert _correct("06.q1", answer) is ok


def test_a_deadline_day_is_enough_for_a_gift():
    assert _correct("06.q5", "Would you donate $50 to the clinic fund by Friday?")
    assert not _correct("06.q5", "Would you donate $50 to the clinic fund sometime?")


def _plan(**change) -> PrepPlan:
    plan = PrepPlan(
        contact="Marcus",
        introduction="Ana from the tenants' association",
        purpose="get_to_know",
        date="Thursday 12 June",
        time="6pm",
        place="the cafe on Elm Street",
        length_min=30,
        hope_to_get="see whether he would join the repairs campaign",
        what_you_know="retired teacher, twenty years in the building",
        hope_to_find_out="what he cares about most in the building",
        questions=["How long have you lived here?", "What has changed over the years?"],
        ask="Would you help run a tenant meeting in the community room next Tuesday at 7pm?",
        alternatives=["Would you knock on doors on your floor on Saturday at 11am?"],
    )
    for key, value in change.items():
        setattr(plan, key, value)
    return plan


def test_a_ready_plan_has_no_findings():
    assert check_plan(_plan()) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date": "tomorrow-ish"}, "date"),
        ({"date": "next week"}, "date"),
        ({"time": "whenever suits"}, "time"),
        ({"time": "10ish"}, "time"),
        ({"place": "TBD"}, "place"),
        ({"ask": "Would you help run a tenant meeting in the community room at 7pm?"}, "ask"),
        ({"alternatives": ["?"]}, "alternatives"),
        ({"alternatives": [_plan().ask.upper()]}, "alternatives"),  # the ask again
    ],
)
def test_prep_plan_flags_what_is_left_open(change, field):
    found = check_plan(_plan(**change))
    assert [f.field for f in found] == [field]
    assert found[0].severity == "vague"


@pytest.mark.parametrize(
    "change",
    [
        {"date": "Sat 14 June", "time": "ten in the morning"},
        {"date": "tomorrow", "time": "after work"},
        {"alternatives": ["Saturday instead"]},
    ],
)
def test_prep_plan_accepts_firm_details_worded_differently(change):
    assert check_plan(_plan(**change)) == []


def test_prep_exercise_fails_an_ask_with_no_day():
    answer = {
        "hope_to_find_out": "what he cares about most and what he enjoys",
        "questions": ["How long have you lived here?", "What would you most like fixed?"],
        "ask": "Would you help run a tenant meeting in the community room at 7pm?",
        "alternatives": ["Would you knock on doors on your floor on Saturday at 11am?"],
    }
    assert not _correct("02.q5", answer)
    answer["ask"] = "Would you help run a tenant meeting in the community room Tuesday at 7pm?"
    assert _correct("02.q5", answer)


def test_ask_builder_counts_a_time_with_no_day_as_missing():
    scenario = load_scenario("night_shift_nurse")
    firm = score_ask(
        scenario, "Could you knock on doors with me on Saturday at 2pm from the union hall?"
    )
    loose = score_ask(scenario, "Could you knock on doors with me at 2pm from the union hall?")
    assert "time" not in firm.missing
    assert "time" in loose.missing
    assert any("which day" in m for m in loose.messages)


# ---- lesson 07: confirming a yes, and the typed-reply drills --------------------------


@pytest.mark.parametrize(
    ("answer", "ok"),
    [
        ("Great! We meet at the library at 10am on Saturday. Does that still work for you?", True),
        ("great!! we meet 10am saturday at the library, that still ok?", True),
        ("Great! We meet at the library on Saturday. Does that still work for you?", False),
    ],
)
def test_confirming_a_yes_needs_the_time_too(answer, ok):
    assert _correct("07.q6", answer) is ok


def _drill(case: str, stage: str):
    return next(d for d in all_response_drills() if d.case == case and d.stage == stage)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Great! We meet Saturday at 10am at the library. Does that still work?", True),
        ("great!! ill text u the address tonight. still good for sat 10am?", True),
        ("Great, see you then!", False),
        ("Great, I'll send you details sometime.", False),
    ],
)
def test_typed_yes_reply_needs_details(text, ok):
    assert judge_typed(_drill("yes", "answer"), text)[0] is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Would you phone bank from home on Sunday at 2pm instead?", True),
        ("Would you help at 10am instead?", False),
        ("Would you do it next week sometime-ish?", False),
    ],
)
def test_typed_alternative_must_be_firm(text, ok):
    assert judge_typed(_drill("no_timing", "reason"), text)[0] is ok


# ---- lesson 08: closing, the follow-up message, one change ----------------------------


@pytest.mark.parametrize(
    ("answer", "ok"),
    [
        ("Thank you so much for your time, Gloria. I’ll text you tomorrow with the details.", True),
        ("thanks gloria! ill call u monday w/ details", True),
        ("Thanks for this. You'll get an email from me tonight.", True),
        ("I won't follow up, thank you.", False),
        ("Thanks so much. Let me know if you ever want to follow up.", False),
        ("Thanks, bye!", False),
    ],
)
def test_close_needs_the_speakers_own_promise(answer, ok):
    assert _correct("08.q2", answer) is ok


_MESSAGE = {
    "activity": "reading with second graders",
    "date": "Tuesday 14 May",
    "time": "10am",
    "place": "the Oak Street library",
    "contact_person": "Ana, 555-0102",
    "thanks": "Thank you for telling me about reading with your grandkids.",
}


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"time": "ten in the morning"},
        {"time": "10:00"},
        {"thanks": "Gracias por contarme sobre la lectura con sus nietos."},
    ],
)
def test_follow_up_message_accepts_good_details(change):
    assert _correct("08.q3", {**_MESSAGE, **change})


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date": "tomorrow-ish"}, "date"),
        ({"date": "next week"}, "date"),
        ({"time": "10ish maybe"}, "time"),
        ({"time": "morning"}, "time"),
        ({"place": "tbd"}, "place"),
        ({"thanks": "thanks thanks thanks thanks thanks thanks"}, "thanks"),
        ({"thanks": "Thanks a lot for your time, see you then okay"}, "thanks"),
    ],
)
def test_follow_up_message_flags_open_details_and_generic_thanks(change, field):
    assert not _correct("08.q3", {**_MESSAGE, **change})
    found = check_commitment(Commitment.from_dict({**_MESSAGE, **change}))
    assert [(f.field, f.severity) for f in found] == [(field, "vague")]


def test_a_personal_thank_you_remembers_something():
    assert remembers_conversation("Thanks for sharing your story about the bus route")
    assert not remembers_conversation("Thank you so much for your time today, it was great")


@pytest.mark.parametrize(
    ("answer", "ok"),
    [
        ("Next time I will talk less and listen more, asking her questions early on.", True),
        ("Next time I’ll ask her what she cares about in the first ten minutes.", True),
        ("Next time I will shut up and let her speak first, asking about her family.", True),
        ("Next time I will talk even more so she hears the whole campaign plan.", False),
        ("Next time I will explain the campaign in more detail first.", False),
        ("Next time I'll make the ask sooner so we have time for the details.", False),
        ("it went fine, nothing to change really", False),
    ],
)
def test_one_change_answers_the_note(answer, ok):
    assert _correct("08.q5", answer) is ok


# ---- prepared questions: repeats and stubs ---------------------------------------------


@pytest.mark.parametrize(
    ("qid", "lines", "ok"),
    [
        (
            "02.q4",
            [
                "how long have you lived here?",
                "what do you miss about teaching?",
                "What would you change about the building?",
            ],
            True,
        ),
        (
            "02.q4",
            [
                "How long have you lived here?",
                "What do you think about repairs?",
                "what do you think about repairs",
            ],
            False,
        ),
        (
            "04.q3",
            [
                "What excites you about the campaign?",
                "What excites you about the campaign!",
                "What do you enjoy doing?",
            ],
            False,
        ),
        ("04.q3", ["What?", "Why?", "How?"], False),
    ],
)
def test_question_lists_catch_repeats_and_stubs(qid, lines, ok):
    assert _correct(qid, lines) is ok


# ---- the story ---------------------------------------------------------------------------

_GOOD_STORY = {
    "what_happened": "When my mum got evicted in 2019 I watched her cry at the kitchen table",
    "what_you_chose": "I joined the tenants union and started knocking doors",
    "why_now": "That's why this campaign matters to me: nobody should go through that",
}


def test_a_story_passes_and_a_resume_or_stub_does_not():
    assert _correct("03.q3", _GOOD_STORY)
    resume = {
        "what_happened": "I have 10 years of experience as a community organizer and served "
        "as chair of the tenants board",
        "what_you_chose": "I managed a team of 20 volunteers and I am certified in mediation",
        "why_now": "I want to bring my skills to this campaign",
    }
    assert reads_as_resume(" ".join(resume.values()))
    assert not reads_as_resume(" ".join(_GOOD_STORY.values()))
    assert not _correct("03.q3", resume)
    stub = {"what_happened": "my landlord did not fix the heat", "what_you_chose": "i joined",
            "why_now": "because"}  # fmt: skip
    assert not _correct("03.q3", stub)
    fields = {f.field for f in story_feedback(StoryParts.from_dict(stub))}
    assert {"what_you_chose", "why_now"} <= fields


def test_story_first_person_is_found_next_to_punctuation():
    # "me." and "I’m" are first person: the story must not be told to "use I, my or we".
    story = {**_GOOD_STORY, "what_you_chose": "The one who started the petition? That was me."}
    result = _question("03.q3").evaluate(story)
    assert "use I, my or we" not in str(result)


# ---- reflection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "vague"),
    [
        ("it went fine", True),
        ("Good.", True),
        ("nothing really, all ok", True),
        ("She opened up when I asked about her son", False),
        ("Le importa mucho el autobús", False),  # another language is still an answer
        ("Ask about her kids earlier", False),
    ],
)
def test_reflection_flags_answers_that_say_nothing(answer, vague):
    found = check_reflection({"went_well": answer, "learned_about_them": "She cares about the bus",
                              "change_next_time": "Ask more open questions before my story"})  # fmt: skip
    assert [(f.field, f.severity) for f in found] == ([("went_well", "vague")] if vague else [])


def test_reflection_hint_from_our_advice_is_labelled():
    hint = prompts()[1].hint
    assert hint.startswith("Our advice: ")
    assert prompts()[0].hint == method.load().element("reflect_on_meeting").teach


# ---- lesson 05 campaign explainer and lesson 04 question workshop ----------------------


@pytest.mark.parametrize(
    ("pitch", "fields"),
    [
        (
            CampaignPitch(
                "We're pushing the council to fix the 42 bus",
                "because it is late every day and people lose shifts",
                "You told me you missed work twice last month because of the 42",
            ),
            [],
        ),
        (
            CampaignPitch("We're pushing the council to fix the buses", "so yeah", "you"),
            ["why", "link"],
        ),  # fmt: skip
        (CampaignPitch("stuff", "it matters", "your thing"), ["what", "why", "link"]),
    ],
)
def test_pitch_parts_must_say_something(pitch, fields):
    assert [f.field for f in check_pitch(pitch)] == fields


def test_question_workshop_spots_repeats_and_stubs():
    kept, message = add_question(["What do you enjoy about this?"], "what do you enjoy about this")
    assert kept == ["What do you enjoy about this?"] and message == "Already on your list."
    kept, message = add_question([], "What?")
    assert kept == [] and message.startswith("Not added")
    kept, _ = add_question([], "What keeps you up at night about the building?")
    assert kept == ["What keeps you up at night about the building?"]


# ---- choice and label answers typed the way people type them --------------------------


@pytest.mark.parametrize("typed", ["b", "B", "b)", "(b)", "b.", "option b", "Option B:", " b "])
def test_a_choice_letter_is_read_however_it_is_wrapped(typed):
    q = _question("02.s1")
    right = "abcdefgh"[q.shown().index(q.right)]
    assert q.evaluate(typed.replace("b", right).replace("B", right.upper())).correct
    assert q.evaluate(f'"{q.right.text}."').correct


def test_a_wrong_choice_is_still_wrong():
    q = _question("02.s1")
    wrong = next("abcdefgh"[i] for i, o in enumerate(q.shown()) if not o.right)
    assert q.evaluate(f"({wrong})").status == "incorrect"
    assert "Not that one" in q.evaluate(f"{wrong}.").message


def test_questions_typed_on_one_line_are_read_as_lines():
    one_line = (
        "What excites you about the campaign? What would you like to work on? "
        "What do you enjoy doing?"
    )
    assert _correct("04.q3", one_line)
    assert not _correct("04.q3", "Do you like the campaign? Will you help? Are you free?")
    assert _question("04.q3").evaluate("What excites you about the campaign?").status == (
        "incorrect"
    )


@pytest.mark.parametrize(
    ("minutes", "severity", "words"),
    [
        (90, "warning", "longer than the usual 20-45. Our advice:"),
        (10, "warning", "shorter than the usual 20-45. Our advice:"),
        (0, "missing", "in minutes"),
        (-5, "missing", "in minutes"),
    ],
)
def test_meeting_length_direction_and_label(minutes, severity, words):
    found = [f for f in check_plan(_plan(length_min=minutes)) if f.field == "length_min"]
    assert [f.severity for f in found] == [severity]
    assert words in found[0].message


@pytest.mark.parametrize("minutes", [20, 30, 45])
def test_usual_meeting_lengths_pass(minutes):
    assert check_plan(_plan(length_min=minutes)) == []


@pytest.mark.parametrize(
    ("text", "gaps"),
    [
        ("Would you canvass Saturday 10-12 from the library?", ()),
        ("Saturday 2-4pm", ()),
        ("Would you knock 20-30 doors on Saturday?", ("time of day",)),
        ("Saturday for 2-3 hours", ("time of day",)),
    ],
)
def test_time_ranges_are_clock_times_and_counts_are_not(text, gaps):
    assert when_gaps(text) == gaps


@pytest.mark.parametrize(
    ("text", "gaps"),
    [
        ("Saturday at 6.30", ()),
        ("Would you come at 6.30 to the library?", ("day",)),  # 6.30 is a time, not a date
        ("14.5.2026 at 10", ()),
        ("5/14 at 6pm", ()),
    ],
)
def test_dotted_times_and_dates(text, gaps):
    assert when_gaps(text) == gaps


@pytest.mark.parametrize(("typed", "ok"), [("6", True), ("18:30", True), ("6 people", False)])
def test_a_bare_hour_in_a_time_field_is_a_time(typed, ok):
    found = [f for f in check_plan(_plan(time=typed)) if f.field == "time"]
    assert (found == []) is ok
    message = {**_MESSAGE, "time": typed}
    assert _correct("08.q3", message) is ok


def test_a_resume_with_years_in_it_is_still_a_resume():
    resume = {
        "what_happened": "I have served as chair of the tenants board since 2015 and have 10 "
        "years of experience in housing.",
        "what_you_chose": "In 2019 I managed a team of 20 volunteers and got certified.",
        "why_now": "I want to bring my skills and track record to this campaign.",
    }
    assert not _correct("03.q3", resume)
    assert "lists roles" in " ".join(_question("03.q3").evaluate(resume).details)
    story = {
        "what_happened": "When I was a board member of the tenants union, a coordinator told "
        "me my neighbour was being evicted and I felt sick.",
        "what_you_chose": "I started knocking on doors with the manager of the food bank.",
        "why_now": "That is why this campaign matters to me. What about you?",
    }
    assert _correct("03.q3", story)
    assert not any("résumé" in f.message for f in story_feedback(StoryParts.from_dict(story)))
