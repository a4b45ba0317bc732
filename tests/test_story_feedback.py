"""Lesson 03's story feedback reads what the story says, not only how long it is: a
moment, a feeling, why you got involved, a turn to the other person; a résumé, a
speech and a one-liner are told what they lack, a good story is left alone."""

import pytest

from commonground.planners.story import OURS, StoryParts, content_feedback, story_feedback

GOOD_SHORT = StoryParts(
    "one night last winter our heating broke and the landlord did not answer for nine days; "
    "I sat in my kitchen in my coat and felt completely powerless",
    "I knocked on my neighbours' doors, found out half the building was in the same spot, "
    "so we started a tenants' group",
    "that's why I'm in this campaign: nobody should be cold in their own home. What about "
    "you, what brought you here?",
)
GOOD_LONG = StoryParts(
    "when I was fourteen my mum lost her shifts at the hospital laundry, and I remember "
    "the evening she sat at the kitchen table with the bills spread out, trying not to cry "
    "in front of us. I was scared and angry at the same time, and I didn't know who to be "
    "angry with",
    "years later, when the union came to my own workplace, I went to the first meeting "
    "because I recognised that feeling in the room. I started by handing out leaflets and "
    "now I help new members find their feet",
    "I care about this campaign because fair scheduling would have kept my mum's shifts. "
    "I'd love to hear what brings you to it, though: how has work been for you?",
)
#: Good stories in other words: a feeling shown rather than named, other turns back.
MORE_GOOD = [
    StoryParts(
        "three years ago my dad had a stroke and the nearest clinic had a six-week wait. I "
        "remember sitting in the car park with him, my hands shaking, not knowing who to call",
        "I started going to the health board's public meetings and found other families who "
        "had waited just as long",
        "that's why I'm part of this campaign for a walk-in clinic. How about you? What got "
        "you interested?",
    ),
    StoryParts(
        "the summer I turned sixteen, the pool in our neighbourhood closed for good. I was "
        "heartbroken; it was the one place all of us kids could go",
        "last year I joined the parks committee because I didn't want my own kids to lose the "
        "library the same way",
        "I care about this because public places are where neighbours meet. I'd love to hear "
        "what brings you here.",
    ),
    StoryParts(
        "in March my landlord texted that the rent was going up by four hundred dollars. I sat "
        "on the kitchen floor and cried, honestly",
        "so I knocked on every door in my building and we found out we were all getting the "
        "same notice",
        "now we're organizing as a tenants' union, and that's why I called you. What's it been "
        "like in your building?",
    ),
]
RESUME = StoryParts(
    "I have ten years of experience in nonprofit management and served as volunteer "
    "coordinator at the food bank",
    "I was a board member of the tenants association since 2015 and managed a team of twenty",
    "I bring strong organizing skills to this campaign",
)
SPEECH = StoryParts(
    "the housing crisis affects millions of families across this country, and rents have "
    "risen faster than wages for a decade. " * 5,
    "everyone deserves a safe and affordable home, and the council must act now to protect "
    "tenants from eviction. " * 5,
    "this campaign will win rent stabilisation if people come together and demand it from "
    "the people in power. " * 5,
)
ONE_LINER = StoryParts("I care about housing", "", "")


def messages(parts):
    return [f.message for f in story_feedback(parts)]


@pytest.mark.parametrize(
    "parts", [GOOD_SHORT, GOOD_LONG, *MORE_GOOD], ids=["short", "long", "clinic", "pool", "rent"]
)
def test_a_good_story_gets_no_findings(parts):
    assert story_feedback(parts) == []


def test_a_resume_is_told_to_tell_something_that_happened():
    found = " ".join(messages(RESUME))
    assert "résumé" in found
    assert "moment someone could picture" in found
    assert "how it felt" in found
    assert "turning to them" in found


def test_a_speech_is_told_to_be_your_own_and_shorter():
    found = " ".join(messages(SPEECH))
    assert "your own story, with I and my" in found
    assert "moment" in found and "how it felt" in found
    assert "long" in found


def test_a_one_liner_is_told_every_thing_it_lacks():
    found = story_feedback(ONE_LINER)
    fields = [f.field for f in found if f.severity == "missing"]
    assert fields == ["what_you_chose", "why_now"]
    text = " ".join(f.message for f in found)
    assert "moment" in text and "how it felt" in text and "turning to them" in text
    assert "short" in text


def test_each_element_is_checked_on_its_own():
    """Take one element out of the good story at a time: only that one is reported."""
    no_feeling = StoryParts(
        GOOD_SHORT.what_happened.replace(" and felt completely powerless", ""),
        GOOD_SHORT.what_you_chose,
        GOOD_SHORT.why_now,
    )
    assert ["how it felt" in f.message for f in content_feedback(no_feeling)] == [True]
    no_turn = StoryParts(
        GOOD_SHORT.what_happened,
        GOOD_SHORT.what_you_chose,
        "that's why I'm in this campaign: nobody should be cold in their own home",
    )
    assert [f.field for f in content_feedback(no_turn)] == ["why_now"]
    assert "turning to them" in content_feedback(no_turn)[0].message
    no_moment = StoryParts(
        "rents in my town are too high and I feel angry about it",
        "I joined the tenants' union",
        "it matters to me. What about you?",
    )
    assert ["moment" in f.message for f in content_feedback(no_moment)] == [True]


def test_our_advice_is_labelled_as_ours():
    found = story_feedback(RESUME)
    ours = [f.message for f in found if f.message.startswith(OURS)]
    assert any("moment" in m for m in ours) and any("turning to them" in m for m in ours)
    # the source's own advice (why you got involved) is not labelled as ours
    why = [f.message for f in story_feedback(SPEECH) if "why you got involved" in f.message]
    assert why and not why[0].startswith(OURS)


def test_the_widget_shows_what_the_story_says():
    from commonground.widgets import story_builder

    builder = story_builder()
    for name, value in RESUME.to_dict().items():
        builder.parts[name].value = value
    builder.build_button.click()
    assert "résumé" in builder.feedback.value
    for name, value in GOOD_SHORT.to_dict().items():
        builder.parts[name].value = value
    builder.build_button.click()
    assert "résumé" not in builder.feedback.value
    assert "a moment, a feeling" in builder.feedback.value
