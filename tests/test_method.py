"""The method model covers every element of the seed text, and its API holds together."""

import pytest

from commonground import method

# Each line of the method's source text (the seed, which is not ours to ship) that teaches
# something, and the element (or purpose) id that carries it. Edit this list only when the
# seed changes.
SEED_CHECKLIST = [
    ("It is an INTENTIONAL CONVERSATION ... to build a relationship", "intentional_conversation"),
    ("understand the issues ... interests, values and experiences", "understand_person"),
    ("can also be used to maintain a relationship", "maintain_relationship"),
    ("common ground can be identified", "common_ground_why"),
    ("the organizer knows what will motivate them to take action", "motivation"),
    ("more likely to do something when asked by someone they know and trust", "trusted_ask"),
    (
        "shares their story and asks questions that allow the person to open up",
        "connection_not_interview",
    ),
    (
        "build a connection, not to interview ... or help them work through something",
        "connection_not_interview",
    ),
    ("ask questions, listen intently, and notice the connections", "ask_listen_notice"),
    ("Contact the person, introduce yourself", "contact"),
    ("explain that you would like to sit down with them and why", "explain_purpose"),
    ("Is it to get to know each other?", "purpose:get_to_know"),
    ("Is it to discuss the possibility of working together?", "purpose:explore_working_together"),
    ("Is it to get to know them better?", "purpose:deepen_relationship"),
    ("Is it to check in on the work they have been doing?", "purpose:check_in"),
    ("Set a date, time and location", "date_time_place"),
    ("Share the length of time ... (20-45 minutes is common)", "expected_length"),
    ("what you hope to get out of the conversation", "hope_to_get"),
    ("what you know about the person", "what_you_know"),
    ("what you hope to find out", "hope_to_find_out"),
    ("the questions you will ask", "your_questions"),
    ("a clear and specific ask ready", "specific_ask_ready"),
    ("as well as alternatives", "alternatives_ready"),
    ("Start with some factual questions", "factual_questions"),
    ("Share your story and why you got involved", "your_story"),
    ("Pivot to open-ended questions (with example questions)", "open_questions"),
    ("listen intently, notice the connections", "listening"),
    ("Acknowledge common ground", "common_ground"),
    ("sharing what it is the campaign is doing and why", "campaign_work"),
    ("Make a clear and specific ask ... makes sense based on what you have learned", "ask"),
    ("Respond to the response", "respond"),
    ("If yes, share details and confirm interest", "respond_yes"),
    ("If maybe, find out what that means and adjust ask", "respond_maybe"),
    ("If no, determine if it is ... date or time or ... the activity", "respond_no"),
    ("Have alternatives ready", "offer_alternative"),
    ("make sure the person knows that there will be follow up", "promise_follow_up"),
    ("and thank them", "thank_them"),
    ("Confirmation of committed action", "confirm_commitment"),
    ("Thanking them again", "thank_again"),
    ("Reflect on how the 1:1 went", "reflect_on_meeting"),
    ("make necessary adjustments before the next one", "adjust_next_time"),
]

MEETING_ORDER = [
    "factual_questions",
    "your_story",
    "open_questions",
    "listening",
    "common_ground",
    "campaign_work",
    "ask",
    "respond",
    "close_conversation",
]


@pytest.fixture(scope="module")
def model():
    return method.load()


@pytest.mark.parametrize(("seed_item", "entry"), SEED_CHECKLIST)
def test_every_seed_item_has_an_entry(model, seed_item, entry):
    if entry.startswith("purpose:"):
        assert entry.split(":", 1)[1] in model.purpose_ids(), seed_item
    else:
        element = model.element(entry)
        assert element.teach and element.done_well, f"{entry} needs teaching text and done-well"


def test_every_element_is_on_the_seed_checklist(model):
    # The reverse direction: nothing in the model that the seed does not ask for.
    listed = {entry for _, entry in SEED_CHECKLIST}
    extras = set(model.ids()) - listed - {"close_conversation"}
    assert not extras, f"elements with no seed item: {sorted(extras)}"


def test_meeting_steps_in_the_seed_order(model):
    assert [e.id for e in model.meeting_steps()] == MEETING_ORDER


def test_ids_unique_and_parts_known(model):
    ids = model.ids()
    assert len(ids) == len(set(ids))
    part_ids = {p.id for p in model.parts}
    assert {e.part for e in model.elements} <= part_ids
    assert all(model.in_part(p) for p in part_ids), "every part has elements"


def test_purposes_match_the_outcome_log_vocabulary(model):
    assert model.purpose_ids() == [
        "get_to_know",
        "explore_working_together",
        "deepen_relationship",
        "check_in",
    ]


def test_meeting_length_is_the_seed_range(model):
    assert model.meeting_length_min == (20, 45)


def test_open_question_examples_present(model):
    assert len(model.element("open_questions").examples) >= 3


def test_checklist_covers_meeting_respond_and_close(model):
    ids = [e.id for e in model.checklist()]
    assert ids[: len(MEETING_ORDER)] == MEETING_ORDER
    assert {"respond_yes", "respond_maybe", "respond_no", "promise_follow_up"} <= set(ids)


def test_unknown_ids_raise_with_the_known_ones(model):
    with pytest.raises(KeyError, match="factual_questions"):
        model.element("no_such_step")
    with pytest.raises(KeyError):
        model.in_part("nowhere")


#: Where a developer who has the seed text points this check (the file is not shipped).
SEED_ENV = "COMMONGROUND_SEED_TEXT"


def test_teaching_text_is_not_copied_from_the_seed(model):
    # Our own words: no teaching text repeats a run of 8+ words from the seed.
    import os
    from pathlib import Path

    seed_file = Path(os.environ.get(SEED_ENV, "")).expanduser()
    if not os.environ.get(SEED_ENV) or not seed_file.is_file():
        pytest.skip(f"the method's seed text is not shipped: set {SEED_ENV} to its path to check")
    seed = " ".join(seed_file.read_text(encoding="utf-8").lower().split())
    for element in model.elements:
        words = element.teach.lower().replace(",", "").split()
        for i in range(len(words) - 7):
            run = " ".join(words[i : i + 8])
            assert run not in seed.replace(",", ""), f"{element.id} copies the seed: {run!r}"
