"""Plain-word answers in exports (``Y``, ``Will volunteer``, ``Not sure``) as log values."""

from __future__ import annotations

#: Answer words -> yes / maybe / no (compared trimmed, lower-case).
RESPONSE_WORDS = {
    **dict.fromkeys(
        ["yes", "y", "1", "true", "will", "will volunteer", "committed", "agreed", "accepted",
         "signed up", "yes - will volunteer", "confirmed"],
        "yes",
    ),
    **dict.fromkeys(
        ["maybe", "m", "undecided", "unsure", "not sure", "later", "tentative", "thinking",
         "call back", "maybe later"],
        "maybe",
    ),
    **dict.fromkeys(
        ["no", "n", "0", "false", "won't", "will not", "declined", "refused",
         "not interested", "no thanks"],
        "no",
    ),
}  # fmt: skip

#: Yes/no words -> true / false.
BOOLEAN_WORDS = {
    **dict.fromkeys(
        ["yes", "y", "true", "1", "x", "✓", "done", "came", "attended", "checked"], "true"
    ),
    **dict.fromkeys(
        ["no", "n", "false", "0", "didn't", "did not", "no show", "unchecked"], "false"
    ),
}

#: Answers in other languages a team's form or sheet may use (Spanish, French, German,
#: Portuguese; our list). Only ``--suggest`` reads them, as guesses the trainer checks:
#: an import maps only what a mapping file or the tool's own words say.
OTHER_LANGUAGE_ANSWERS = {
    **dict.fromkeys(["sí", "si", "oui", "ja", "sim"], "yes"),
    **dict.fromkeys(["tal vez", "quizás", "quizá", "quizas", "peut-être", "peut être",
                     "vielleicht", "talvez"], "maybe"),
    **dict.fromkeys(["no", "non", "nein", "não"], "no"),
}  # fmt: skip

#: Ask words (in a free-text commitment) -> an ask_type of the samples' vocabulary.
ASK_TYPE_WORDS = (
    ("host_house_party", ("host", "house party", "house meeting")),
    ("phone_bank", ("phone bank", "phonebank", "phone-bank", "calls", "call ")),
    ("canvass", ("canvass", "door knock", "doorknock", "knock doors", "doors")),
    ("recruit_friends", ("bring", "recruit", "invite friends", "invite a friend")),
    ("lead_role", ("lead", "chair", "captain", "coordinate", "facilitate")),
    ("join_team", ("join", "team", "committee")),
    ("donate", ("donat", "give $", "chip in", "contribut", "$")),
    ("next_one_on_one", ("1:1", "one-on-one", "one on one", "coffee", "meet again")),
    ("attend_event", ("attend", "come to", "event", "meeting", "rally", "training", "march")),
)


def ask_type_of(text: str) -> str:
    """The sample vocabulary's ask type a commitment's words point to (``other`` if none).

    Examples
    --------
    >>> ask_type_of("Phone bank Tuesday 6pm"), ask_type_of("Knit scarves")
    ('phone_bank', 'other')
    """
    lower = f" {str(text).lower()} "
    for ask_type, words in ASK_TYPE_WORDS:
        if any(word in lower for word in words):
            return ask_type
    return "other"
