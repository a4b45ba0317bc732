"""The role-play player's panels as HTML: pure functions of the scenario, state and turn.

No ipywidgets here, so every panel can be tested (and reused, e.g. in a printed
debrief) without a kernel. All text from scenarios and learners is escaped.
"""

from __future__ import annotations

from commonground import labels, method
from commonground.roleplay.debrief import HARMFUL_CAP
from commonground.widgets._common import esc, note, quality_card, quality_words

ROUTED_WORDS = {
    "choice": "you picked a listed line",
    "typed": "your words were heard as a move the conversation could take",
    "fallback": "not understood: nothing at this point of the conversation is close to it",
    "unclear": "unclear: it is as close to two different moves",
    "vague": "an ask that names no activity: they asked what you mean",
    "too_soon": "an ask before the meeting got there: they do not know you or the campaign yet",
    "maybe_as_yes": "a maybe taken as a yes: they said it was only a maybe",
    "leading": "a leading question: it tells them the answer you want",
}
HEARD_WORDS = {
    "verbatim": "the words of a listed line",
    "meaning": "closest in meaning to a listed line",
    "ask": "closest to an ask you prepared",
    "own_ask": "an ask of your own, judged on what it names and what it runs into",
}


def first_name(scenario) -> str:
    """The persona's first name, for headings ("What you have learned about Margaret")."""
    return scenario.persona.name.split()[0] if scenario.persona.name.strip() else "them"


def step_title(element_id: str) -> str:
    """A method element's title, or the id when it is not in the method."""
    try:
        return method.load().element(element_id).title
    except KeyError:
        return element_id.replace("_", " ")


def scenario_intro_html(scenario) -> str:
    """Who you meet, why, and what you already know, shown when a play starts."""
    meeting = scenario.meeting
    known = "".join(f"<li>{esc(f)}</li>" for f in scenario.persona.public_facts)
    place = f" {esc(meeting.place)}" if meeting.place else ""
    return (
        f"<h3>{esc(scenario.title)}</h3>"
        f"<p>{esc(scenario.summary)}</p>"
        f"<p><b>The meeting:</b> about {meeting.planned_minutes} minutes.{place}</p>"
        f"<p><b>What you know before you go:</b></p><ul>{known}</ul>"
        + (f"<p><i>{esc(meeting.organizer_note)}</i></p>" if meeting.organizer_note else "")
        + "<p><small>Everyone in this scenario is invented (synthetic).</small></p>"
    )


def _bubble(who: str, text: str, side: str) -> str:
    return (
        f'<li class="cg-bubble cg-bubble--{side}">'
        f'<p class="cg-bubble__who">{esc(who)}</p><p>{esc(text)}</p></li>'
    )


def chat_html(scenario, state) -> str:
    """The conversation as a chat: their lines left, yours right, each saying who spoke.

    A list in speaking order inside a log that stays scrolled to its end, so the newest
    line is in view. The persona's opening line shows even before anything is said.
    """
    name = first_name(scenario)
    said = list(state.transcript)
    if not any(speaker == "persona" for speaker, _text in said):
        opening = scenario.node(state.node).say if not state.finished else ""
        if opening:
            said.insert(0, ("persona", opening))
    bubbles = "".join(
        _bubble(
            "You said" if speaker == "organizer" else f"{name} said",
            text,
            "you" if speaker == "organizer" else "them",
        )
        for speaker, text in said
    )
    body = (
        f'<ol class="cg-chat__log">{bubbles}</ol>'
        if bubbles
        else ('<p class="cg-chat__empty">Nothing said yet.</p>')
    )
    label = esc(f"Your conversation with {name}")
    return (
        f"<h4>{label}</h4>"
        f'<div class="cg-chat" role="log" aria-label="{label}" tabindex="0">{body}</div>'
    )


def trust_words(trust: int, needed: int, name: str = "They") -> str:
    """How the persona feels about you, in words (never the number)."""
    if trust < 0:
        return f"{name} is guarded: something you said put them on edge."
    if trust == 0:
        return f"{name} is polite, but still sizing you up."
    if trust < needed:
        return f"{name} is warming to you."
    return f"{name} trusts you enough that a good ask could get a yes."


def learned_html(scenario, state, with_trust: bool = False) -> str:
    """The panel "What you have learned about <name>": the facts discovered so far.

    With ``with_trust`` it ends with how the persona feels about you, in words.
    """
    persona = scenario.persona
    items = "".join(f"<li>{esc(persona.fact(f).text)}</li>" for f in state.facts)
    body = f"<ul>{items}</ul>" if items else "<p><i>Nothing yet: ask, and listen.</i></p>"
    html = f"<h4>What you have learned about {esc(first_name(scenario))}</h4>{body}"
    if with_trust:
        html += trust_html(scenario, state)
    return html


def trust_html(scenario, state) -> str:
    """Trust in words, as a short paragraph."""
    words = trust_words(state.trust, scenario.persona.trust_needed, first_name(scenario))
    return f"<p><b>How it is going:</b> {esc(words)}</p>"


def minutes_text(used: float, planned: int) -> str:
    """The minutes meter's caption (whole minutes)."""
    used = round(used)
    over = f", {used - planned} over" if used > planned else ""
    return f"{used} of {planned} planned minutes{over}"


def turn_record(turn, said: str) -> dict:
    """A JSON-ready record of one turn (what was said and the feedback on it)."""
    return {
        "said": said,
        "routed": turn.routed,
        "step": turn.step,
        "quality": turn.quality,
        "feedback": turn.feedback,
        "read_as": turn.read_as,
    }


def feedback_html(record: dict) -> str:
    """Feedback on one turn as a card: its verdict in words, the method step, and why."""
    quality = record.get("quality") or ""
    detail = step_title(record.get("step", "")) if quality and record.get("step") else ""
    return quality_card(quality, f"<p>{esc(record.get('feedback', ''))}</p>", detail=detail)


def held_feedback_html(records: list[dict]) -> str:
    """Every turn's feedback, numbered, for the debrief (or for at-the-end mode)."""
    if not records:
        return ""
    items = "".join(
        f"<li><p>You said: <i>{esc(r.get('said', ''))}</i></p>{feedback_html(r)}</li>"
        for r in records
    )
    return f"<h4>Feedback on each of your lines</h4><ol>{items}</ol>"


def reading_html(turn, scenario, with_tip: bool = True) -> str:
    """For a typed line: how the reader read it, and the branch the conversation took.

    ``with_tip=False`` leaves out the reader's suggestion (feedback held to the end).
    """
    reading = turn.reading
    if reading is None:
        return ""
    kind = labels.LINE_KINDS.get(getattr(reading, "kind", "") or "other", "other")
    parts = [f"<b>Read as:</b> {esc(kind)}"]
    named = tuple(getattr(reading, "specific_parts", ()) or ())
    if getattr(reading, "kind", "") == "ask":
        missing = [p for p in ("activity", "time", "place") if p not in named]
        parts.append(
            f"<b>Ask names:</b> {esc(', '.join(named) or 'none of activity, time, place')}"
            + (f" (missing: {esc(', '.join(missing))})" if missing else "")
        )
    branch = ROUTED_WORDS.get(turn.routed, turn.routed)
    heard = getattr(turn, "heard", None)
    if heard is not None and heard.how in HEARD_WORDS and turn.routed == "typed":
        branch = HEARD_WORDS[heard.how]
    own_ask = heard is not None and heard.how == "own_ask"
    if turn.choice_id and not own_ask:
        _node, choice = scenario.choice(turn.choice_id)
        branch += f": heard like <i>“{esc(choice.text)}”</i>"
    parts.append(f"<b>Branch taken:</b> {branch}")
    hint = getattr(reading, "suggestion", "")
    if hint and with_tip:
        parts.append(f"<b>Tip:</b> {esc(hint)}")
    return "<h4>How your line was read</h4>" + "".join(
        f'<p class="cg-tight">{p}</p>' for p in parts
    )


def _ask_html(ask: dict | None) -> str:
    if ask is None:
        return "<p><b>Your ask:</b> you made none.</p>"
    yes_no = {True: "yes", False: "no"}
    answer = labels.label(ask["answer"], "play_answer")
    final = labels.label(ask["final_answer"], "play_answer")
    tail = (
        f" After {ask['alternatives_tried']} more ask(s), the final answer was {esc(final)}."
        if ask["alternatives_tried"]
        else ""
    )
    return (
        f"<p><b>Your ask:</b> “{esc(ask['text'])}”<br>Specific: {yes_no[ask['specific']]}; "
        f"fits what you learned: {yes_no[ask['fit']]}. Answer: <b>{esc(answer)}</b>.{tail}</p>"
    )


def _stronger_html(stronger: dict | None) -> str:
    if stronger is None:
        return ""
    if stronger["already_made"]:
        return "<p><b>Your ask was the one that fits best.</b></p>"
    fits = "".join(f"<li>{esc(f)}</li>" for f in stronger["fits"])
    text = f"<p><b>A stronger ask that would have fitted:</b> “{esc(stronger['text'])}”</p>"
    text += f"<p>It grows out of:</p><ul>{fits}</ul>"
    if stronger["needs_learning"]:
        missed = "".join(f"<li>{esc(f)}</li>" for f in stronger["needs_learning"])
        text += f"<p>To make it, you needed to learn first:</p><ul>{missed}</ul>"
    return text


def _move_words(quality: str) -> str:
    """A move's quality in the feedback cards' words (``"not done"`` stays as it is)."""
    return quality_words(quality).lower() if quality in ("strong", "weak", "harmful") else quality


def _score_words(step: dict) -> str:
    """A step's score cell: its score, or why it has none (never tried, or not done)."""
    if step["score"] is not None:
        return str(step["score"])
    return "not done" if step["qualities"] else "skipped"


def debrief_html(report: dict, held: list[dict] | None = None) -> str:
    """The whole debrief (from :meth:`Debrief.as_dict`) as HTML, with held feedback."""
    rows = "".join(
        f"<tr><td>{esc(s['title'])}</td>"
        f"<td>{_score_words(s)}</td>"
        f"<td>{esc(', '.join(_move_words(q) for q in s['qualities']))}</td></tr>"
        for s in report["steps"]
    )
    head = "".join(f"<th>{h}</th>" for h in ("Method step", "Score", "Your moves"))
    table = f"<table class='cg-table'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    titles = {s["step"]: s["title"] for s in report["steps"]}
    skipped = ", ".join(titles.get(s, s) for s in report["skipped"])
    tried = ", ".join(titles.get(s, s) for s in report.get("not_done", ()))
    learned_ids = {f["id"] for f in report["facts_learned"]}
    missed = [f for f in report["facts_available"] if f["id"] not in learned_ids]
    learned = "".join(f"<li>{esc(f['text'])}</li>" for f in report["facts_learned"])
    still = "".join(f"<li>{esc(f['text'])}</li>" for f in missed)
    parts = [
        f"<h3>Debrief: {report['score']} out of 100</h3>",
        f"<p>{esc(report['ending_text'])}</p>" if report["ending_text"] else "",
        table,
        "<p><small>Strong counts 1, could be stronger ½, did not land 0; a typed line "
        "whose words did not do the step (“not done”) and a skipped step count 0; a play "
        f"with a move that did not land scores at most {HARMFUL_CAP}.</small></p>",
        note(f"Steps you skipped: {skipped}.", "problem") if skipped else "",
        note(f"Steps you tried, but your words did not do them: {tried}.", "problem")
        if tried
        else "",
        "" if skipped or tried else note("You practised every step of the meeting.", "ok"),
        f"<p><b>Facts learned:</b> {len(report['facts_learned'])} of "
        f"{len(report['facts_available'])} there were to learn.</p>",
        f"<ul>{learned}</ul>" if learned else "",
        f"<p>Still to find out:</p><ul>{still}</ul>" if still else "",
        f"<p><b>Minutes:</b> {esc(minutes_text(report['minutes_used'], report['minutes_planned']))}"
        ".</p>",
        f"<p><b>Talk time:</b> {esc(report.get('talk_note') or 'no lines yet')}</p>",
        f"<p><b>Your story:</b> {'shared' if report['story_shared'] else 'not shared'}. "
        f"<b>Common ground named:</b> "
        f"{esc('; '.join(report['common_ground'])) if report['common_ground'] else 'none'}.</p>",
        _ask_html(report["ask"]),
        _stronger_html(report["stronger_ask"]),
        held_feedback_html(held or []),
    ]
    return "".join(parts)


def summary_html(rows: list[dict]) -> str:
    """The table of all plays so far (from :func:`roleplay_history.play_summary`)."""
    if not rows:
        return "<p><i>No finished plays yet.</i></p>"
    head = "".join(
        f"<th>{h}</th>"
        for h in ("#", "Scenario", "Date", "Answer", "Final answer", "Score", "Minutes", "Facts")
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{esc(r[k] if r[k] is not None else '')}</td>"
            for k in (
                "play",
                "scenario",
                "date",
                "answer",
                "final_answer",
                "score",
                "minutes",
                "facts",
            )
        )
        + "</tr>"
        for r in rows
    )
    return f"<table class='cg-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
