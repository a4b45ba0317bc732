"""What a typed line is told: feedback about the learner's own words.

A listed choice's feedback was written for that choice's words ("You named the time
limit and opened with an easy factual question"). A typed line heard as the choice may
say only part of them ("so how long have you been a nurse?"), so the choice's feedback
is repeated only for a line that says most of the choice's own text (:func:`covered`,
:data:`CLOSE_WORDING`):

* a **close** line gets the choice's feedback, introduced by the listed line it is about;
* a **looser** line heard as a strong choice is told what its own words did (the
  method's step, checked by :mod:`.line_checks`) and shown the listed line to compare;
  the listed line's praise is never given to words that may not have earned it;
* a looser line heard as a weak or harmful choice keeps that choice's warning, since the
  line was heard as that mistake;
* a line whose words did not do the step is told what the step needs, with a listed
  line that does it.

Typed asks are judged by how the persona answers them (:func:`ask_feedback`).
"""

from __future__ import annotations

from commonground.roleplay.model import Choice

#: A typed line that says this much of a choice's own text (see :func:`covered`) is
#: given the feedback written for it. On the typed plays in tests/plays, every line heard
#: as a strong choice whose feedback praises thanks or a time limit the line left out
#: says at most 0.35 of the choice's text.
CLOSE_WORDING = 0.5


def covered(scenario, choice: Choice, text: str, row=None) -> float:
    """How much of a choice's own ``text`` (what its feedback was written for) the typed
    ``text`` says, from 0 to 1 (see
    :meth:`commonground.roleplay.similarity.SceneIndex.coverage`).

    Only the choice's text counts, not its ``examples``: an example kept for hearing
    ("what are you studying here") may leave out what the feedback praises (the thanks),
    and n-grams as common as "thank you" weigh too little to tell. ``row`` is the
    line's TF-IDF row when already made.
    """
    from commonground.roleplay.similarity import index_for

    index = index_for(scenario)
    rows = index.rows_of("choice", choice.id)[:1]  # the text is the choice's first row
    if row is None:
        row = index.vectors([text])
    return max(index.coverage(row, rows), default=0.0)


def _step_title(step: str) -> str:
    from commonground import method

    try:
        title = method.load().element(step).title
    except KeyError:
        return step.replace("_", " ")
    return title[0].lower() + title[1:]


#: The close steps, whose feedback on a loose line is told from what the words carry.
CLOSE_STEPS = frozenset({"close_conversation", "thank_them", "promise_follow_up"})


def close_feedback(signals) -> str:
    """What a close did, from the reader's ``thanks`` and ``follow_up`` signals."""
    thanks, follow = "thanks" in signals, "follow_up" in signals
    if thanks and follow:
        return "You thanked them and said when you will be in touch."
    if thanks:
        return "You thanked them, but did not say when you will be in touch again."
    if follow:
        return "You said when you will be in touch, but did not thank them."
    return "No thanks, and no word of when you will be in touch."


def choice_feedback(choice: Choice, judged, closeness: float, signals=()) -> str:
    """Feedback for a typed line heard (by meaning) as ``choice``.

    Parameters
    ----------
    choice
        The listed choice the line was heard as.
    judged
        The judgement of the line's own words (:class:`.line_checks.Judgement`).
    closeness
        How much of the choice's own text the line says (:func:`covered`).
    signals
        The reader's signals for the line: a loose close is told what it carried
        (:func:`close_feedback`), since a listed close's feedback ("Thanks, but ...")
        names parts the typed one may not have.
    """
    listed = f"“{choice.text}”"
    if judged.quality != choice.quality:
        # The words fell short of the step, or pushed: say so, and show a line that works.
        model = f" A listed line that does it: {listed}" if choice.quality == "strong" else ""
        return f"{judged.note}{model}".strip()
    note = f" {judged.note}" if judged.note else ""
    if closeness >= CLOSE_WORDING:
        return f"Heard as {listed}. {choice.feedback}{note}"
    if choice.step in CLOSE_STEPS:
        said = f"{close_feedback(signals)}{note}"
        if choice.quality != "strong":
            return said
        return f"{said} To compare, a listed line for this moment: {listed}"
    if choice.quality != "strong":
        return f"Heard as close to {listed}. {choice.feedback}{note}"
    if judged.checked:
        said = f"Your words did this step: {_step_title(choice.step)}."
    else:
        said = f"Heard as a move for this step: {_step_title(choice.step)}."
    return f"{said}{note} To compare, a listed line for this moment: {listed}"


def ask_feedback(answer) -> tuple[str, str]:
    """``(quality, feedback)`` of a typed ask, from how the persona answers it."""
    if answer.specific and answer.fit and not answer.reason:
        return "strong", "A clear, specific ask that grows out of what they told you."
    if answer.reason:
        return "weak", "The ask runs into something they told you (or would have, if asked)."
    if answer.fit:
        return "weak", "It fits them, but name the activity, the day and time, and the place."
    if answer.specific:
        return "weak", "Clear, but tie it to something they told you they care about."
    return "weak", "Too vague and not tied to them: name what, when, where, and why them."
