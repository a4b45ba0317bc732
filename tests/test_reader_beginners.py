"""Forty lines a beginner volunteer would type, read as the move they are (session 11).

Lower case, no punctuation, typos, text-speak ("u", "r", "tmrw"), spoken fillers, run-on
sentences, learners' English, the over-polite and the pushy: one table over every kind of
line the method names (factual, open, closed and leading questions, a story, common
ground, the campaign told, asks vague and specific, a confirmation after a yes, a probe of
a no or a maybe, a push, a close, advice, other). Each line was written and labelled from
the definitions in docs/reader.md and committed before the reader was run on it; the
first-sight and final counts are in docs/reader.md ("Session 11: a beginner's typing").

First sight, with the checks as first committed: 3 of the 40 misread ("excuse me sir may i
know which school your childrens are going" read as other, a hedged "i was wondering if
maybe you could possibly help hand out flyers..." read as a story, "ok whats making you not
sure" not heard as a probe of a maybe). Read by eye, a fourth: "is it ok in ur building"
was a closed question given ``confirm_details`` and no advice; the check for a closed
question now also asks for the advice to open it up. Final: 0 of 40.
"""

from __future__ import annotations

import pytest

from commonground.reader import read_line

# (want, text, ask parts): the ask parts are checked for asks only.
BEGINNERS = [
    ("factual", "so how long u been living in the building", ()),
    ("factual", "wat do you do for work", ()),
    ("factual", "excuse me sir may i know which school your childrens are going", ()),
    ("factual", "how many ppl live in ur flat", ()),
    ("open", "um so like what made you wanna come tonight", ()),
    ("open", "whats it been like for u since the rent went up", ()),
    ("open", "tell me more about that pls i am interested", ()),
    ("open", "and how did that make you feel when they didnt fix it", ()),
    ("closed", "do u like working there", ()),
    ("closed", "is it ok in ur building", ()),
    ("closed", "you have been to a meeting before?", ()),
    ("leading", "the landlord is so greedy dont u think", ()),
    ("leading", "u must be so angry about the cuts right", ()),
    ("leading", "isnt it crazy how they treat the nurses", ()),
    ("story", "i got into this when my hours got cut last year and i couldnt pay rent", ()),
    ("story", "my mom worked at the factory for 20 yrs and they just fired her no warning", ()),
    (
        "story",
        "for me it started when i seen the state of the school toilets, i was like no way my kid is using that",
        (),
    ),
    ("common_ground", "omg same my landlord never fixes nothing either", ()),
    ("common_ground", "we both got kids at lincoln then", ()),
    ("common_ground", "i feel the same way honestly about the buses", ()),
    (
        "campaign",
        "so basically we r fighting to keep the library open bc the council wants to close it in june",
        (),
    ),
    ("campaign", "our union is pushing the company for safe staffing ratios", ()),
    ("ask", "would u like to get involved", ()),
    ("ask", "can you help us out sometime", ()),
    ("ask", "u should come to our next meeting", ("activity",)),
    (
        "ask",
        "would you be able to knock doors with me saturday 10am from the community centre",
        ("activity", "time", "place"),
    ),
    (
        "ask",
        "can u come phone bank tues at 6 at the union hall for like 2 hrs",
        ("activity", "time", "place", "amount"),
    ),
    (
        "ask",
        "i was wondering if maybe you could possibly help hand out flyers at the school gates on friday after pick up if its not too much trouble",
        ("activity", "time", "place"),
    ),
    ("confirm", "great so thats saturday 10am at the centre yeah", ()),
    ("confirm", "perfect ill put u down for thursday at 6 at the library is that still good", ()),
    (
        "probe_no",
        "ok no worries is it the day thats bad or u just dont want to do the canvassing",
        (),
    ),
    ("probe_no", "thats fine, is it more the time or the phone banking thing", ()),
    ("probe_maybe", "what would u need to know to say yes", ()),
    ("probe_maybe", "ok whats making you not sure", ()),
    ("push", "come onnn its only 2 hours pleaseee", ()),
    ("push", "but u said u care about this so why not", ()),
    ("close", "thanks so much for ur time ill text u tmrw with the details", ()),
    (
        "close",
        "ok i let you go now, thank you very much for meeting with me, i will call you on monday",
        (),
    ),
    ("advice", "u should just call the city and complain", ()),
    ("other", "ah ok that makes sense", ()),
]


# Written after the fixes above and labelled before the reader was run on them: other
# beginners' lines, never used for a fix: 12 of 12 read right on first sight (docs/reader.md).
AFTER = [
    (
        "ask",
        "theres a vigil fri night outside the town hall would u be able to come",
        ("activity", "time", "place"),
    ),
    ("ask", "hiya we are doing a litter pick sunday morning u wanna help", ("activity", "time")),
    ("factual", "when did u start at the hospital", ()),
    ("factual", "may i know how long you are living here", ()),
    ("open", "what was that like for you when the lift broke", ()),
    ("closed", "do u go to the meetings", ()),
    (
        "story",
        "when we lost our jobs at the plant we nearly lost the house too thats why we joined the union",
        (),
    ),
    ("common_ground", "same my kids are at that school too", ()),
    ("probe_maybe", "whats making u unsure about it", ()),
    ("push", "pleeease its literally one hour", ()),
    ("close", "thank u sooo much for ur time ill msg u tmrw", ()),
    ("ask", "could u sign the petition now its just here", ("activity", "time", "place")),
]


def _right(want: str, text: str, parts: tuple[str, ...]) -> bool:
    reading = read_line(text)
    kind, signals, advice = reading.kind, set(reading.signals), reading.suggestion
    if want == "confirm":
        return (
            "confirm_details" in signals
            and "push" not in signals
            and not advice.startswith(("Open it up", "Take out"))
        )
    if want in {"probe_no", "probe_maybe"}:
        return want in signals and kind == "open_question" and not advice
    if want == "push":
        return "push" in signals and advice.startswith("If they have just said no")
    if want == "campaign":
        return kind == "other" and "campaign" in advice
    if want == "ask":
        return kind == "ask" and reading.specific_parts == parts
    if want == "closed":  # a closed question is told to open it up (added after first sight)
        return kind == "closed_question" and advice.startswith("Open it up")
    names = {
        "factual": "factual_question",
        "open": "open_question",
        "closed": "closed_question",
        "leading": "leading_question",
    }
    return kind == names.get(want, want)


@pytest.mark.parametrize(("want", "text", "parts"), BEGINNERS, ids=[t for _, t, _ in BEGINNERS])
def test_each_beginner_line_is_read_as_its_move(want, text, parts):
    assert _right(want, text, parts)


@pytest.mark.parametrize(("want", "text", "parts"), AFTER, ids=[t for _, t, _ in AFTER])
def test_each_later_beginner_line_is_read_as_its_move(want, text, parts):
    assert _right(want, text, parts)


def test_the_table_covers_every_kind_of_line():
    wanted = {w for w, _, _ in BEGINNERS}
    assert wanted >= {
        "factual",
        "open",
        "closed",
        "leading",
        "story",
        "common_ground",
        "campaign",
        "ask",
        "confirm",
        "probe_no",
        "probe_maybe",
        "push",
        "close",
        "advice",
        "other",
    }
    assert len(BEGINNERS) == 40
    assert any(w == "ask" and not p for w, _, p in BEGINNERS)  # vague asks
    assert any(w == "ask" and {"activity", "time", "place"} <= set(p) for w, _, p in BEGINNERS)
