"""The prep plan of lesson 02: what to settle and think through before a 1:1.

A :class:`PrepPlan` holds the set-up (who, why, when, where, how long) and the
preparation (hopes, what you know, what to find out, questions, the ask and its
alternatives). :func:`check_plan` names what is missing or vague, one
:class:`~commonground.planners.findings.Finding` per problem, keyed by the method's
setup and prepare element ids. :func:`render_prep_card` turns a plan into a printable
HTML card; :func:`save_prep_card` writes it under ``data_home()/prep_cards``.
"""

from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path

from commonground import method, storage, stylesheet
from commonground.planners.findings import Finding, word_count
from commonground.planners.questions import ON_THE_SPOT, review_question
from commonground.planners.reading import ask_parts, classify_question, needed_parts
from commonground.planners.when import (
    names_day,
    names_time_of_day,
    vague_field,
    when_problem,
)

_PART_WORDS = {"activity": "the activity", "time": "the day and time", "place": "the place"}


@dataclass
class PrepPlan:
    """Everything to settle before a 1:1 (all text fields may be empty while drafting).

    ``questions`` and ``alternatives`` are lists of lines; ``length_min`` is minutes.
    """

    contact: str = ""
    introduction: str = ""
    purpose: str = ""
    date: str = ""
    time: str = ""
    place: str = ""
    length_min: int | None = None
    hope_to_get: str = ""
    what_you_know: str = ""
    hope_to_find_out: str = ""
    questions: list[str] = field(default_factory=list)
    ask: str = ""
    alternatives: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """A JSON-ready dict (for the journal)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> PrepPlan:
        """Rebuild a plan from :meth:`to_dict` output, ignoring unknown keys."""
        data = data or {}
        known = {f.name for f in fields(cls)}
        plan = cls(**{k: v for k, v in data.items() if k in known})
        plan.questions = [str(q) for q in plan.questions or []]
        plan.alternatives = [str(a) for a in plan.alternatives or []]
        return plan


def _blank(text: str) -> bool:
    return not str(text or "").strip()


def _thin(element: str, text: str, field_name: str, what: str) -> list[Finding]:
    if _blank(text):
        return [Finding(element, "missing", f"Write down {what}.", field_name)]
    if word_count(text) < 3:
        return [Finding(element, "vague", f"Say a little more about {what}.", field_name)]
    return []


def _check_setup(plan: PrepPlan, low: int, high: int) -> list[Finding]:
    out = []
    if _blank(plan.contact):
        out.append(Finding("contact", "missing", "Who are you meeting?", "contact"))
    if _blank(plan.introduction):
        out.append(
            Finding(
                "contact",
                "missing",
                "Write how you will introduce yourself (your name and how you are connected).",
                "introduction",
            )
        )
    purposes = method.load().purpose_ids()
    if plan.purpose not in purposes:
        out.append(Finding("explain_purpose", "missing", "Choose why you want to meet.", "purpose"))
    gaps = [name for name in ("date", "time", "place") if _blank(getattr(plan, name))]
    if gaps:
        out.append(
            Finding("date_time_place", "missing", f"Agree the {' and the '.join(gaps)}.", gaps[0])
        )
    out += _firm_details(plan)
    if plan.length_min is None or plan.length_min <= 0:
        out.append(
            Finding(
                "expected_length", "missing", "Say how long it will take, in minutes.", "length_min"
            )
        )
    elif not low <= plan.length_min <= high:
        # The range is the guide's; why it is that range is our advice, and says so.
        side = "longer" if plan.length_min > high else "shorter"
        out.append(
            Finding(
                "expected_length",
                "warning",
                f"{plan.length_min} minutes is {side} than the usual {low}-{high}. Our advice: "
                f"{low}-{high} is long enough to go past small talk, short enough to respect "
                "their time.",
                "length_min",
            )
        )
    return out


def _firm_details(plan: PrepPlan) -> list[Finding]:
    """Date, time and place that are there but leave it open ("tomorrow-ish", "TBD")."""
    out = []
    for name in ("date", "time", "place"):
        value = getattr(plan, name)
        word = vague_field(value)
        if word:
            out.append(
                Finding(
                    "date_time_place",
                    "vague",
                    f"'{word}' leaves the {name} open: agree a firm one before you meet.",
                    name,
                )
            )
        elif name == "date" and not _blank(value) and not names_day(value):
            out.append(
                Finding("date_time_place", "vague", "Which day? Give the day or the date.", "date")
            )
        elif name == "time" and not _blank(value) and not names_time_of_day(value):
            out.append(
                Finding("date_time_place", "vague", "At what time? Give a time (e.g. 6pm).", "time")
            )
    return out


def _check_questions(questions: list[str]) -> list[Finding]:
    asked = [q for q in questions if q.strip()]
    if not asked:
        return [Finding("your_questions", "missing", "Draft a few questions.", "questions")]
    kinds = [classify_question(q) for q in asked]
    n_open = kinds.count("open_question")
    n_closed = kinds.count("closed_question") + kinds.count("leading_question")
    if n_open == 0:
        return [
            Finding(
                "your_questions",
                "vague",
                "None of your questions is open-ended yet: add some that start with what, "
                "how, why or tell me about.",
                "questions",
            )
        ]
    out = []
    if n_closed > n_open:
        out.append(
            Finding(
                "your_questions",
                "vague",
                f"{n_closed} of your questions are yes/no or leading; most should be open-ended.",
                "questions",
            )
        )
    return out + _questions_to_change(asked)


def _questions_to_change(asked: list[str]) -> list[Finding]:
    """One finding for each question that leads or puts them on the spot, with a rewrite
    where the reader has one (the same words as the question workshop's)."""
    out = []
    for question in asked:
        review = review_question(question)
        if review.kind != "leading_question" and review.why != ON_THE_SPOT:
            continue
        rewrite = f" Try: '{review.rewrite}'" if review.rewrite else ""
        out.append(
            Finding(
                "your_questions", "vague", f"'{review.text}': {review.why}{rewrite}", "questions"
            )
        )
    return out


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _check_ask(ask: str, alternatives: list[str]) -> list[Finding]:
    out = []
    if _blank(ask):
        out.append(Finding("specific_ask_ready", "missing", "Write the ask you have ready.", "ask"))
    else:
        found = ask_parts(ask)
        needed = needed_parts(ask, tuple(_PART_WORDS))  # no place for a call or a signature
        gaps = [
            words for part, words in _PART_WORDS.items() if part in needed and part not in found
        ]
        if gaps:
            out.append(
                Finding(
                    "specific_ask_ready",
                    "vague",
                    f"Your ask does not name {_or_list(gaps)} yet.",
                    "ask",
                )
            )
        open_when = when_problem(ask) if "time" in found else ""
        if open_when:
            out.append(Finding("specific_ask_ready", "vague", f"Your ask: {open_when}", "ask"))
    out += _check_alternatives(ask, alternatives)
    return out


def _same(a: str, b: str) -> bool:
    return _words(a) == _words(b)


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", str(text or "").lower()))


# Words that hold a place without saying anything ("n/a", "none yet", "tbd", "idk").
_PLACEHOLDER_WORDS = frozenset(
    [
        "n",
        "a",
        "na",
        "none",
        "nothing",
        "no",
        "nope",
        "nil",
        "tbd",
        "tbc",
        "tba",
        "idk",
        "dunno",
        "not",
        "sure",
        "yet",
        "same",
        "as",
        "above",
        "ditto",
        "etc",
        "x",
        "xx",
        "xxx",
        "todo",
        "to",
        "do",
        "later",
        "maybe",
        "something",
        "think",
        "of",
        "one",
        "alternative",
    ]
)


def _placeholder(text: str) -> bool:
    """True when an alternative has no words, or only words that hold a place."""
    return all(word in _PLACEHOLDER_WORDS for word in _words(text))


def _check_alternatives(ask: str, alternatives: list[str]) -> list[Finding]:
    """At least one real alternative: words, not a mark, and not the ask again."""
    written = [a for a in alternatives if a.strip()]
    if not written:
        return [
            Finding(
                "alternatives_ready",
                "missing",
                "Prepare at least one alternative: another date, or another kind of task.",
                "alternatives",
            )
        ]
    real = [a for a in written if not _placeholder(a) and not _same(a, ask)]
    if not real:
        return [
            Finding(
                "alternatives_ready",
                "vague",
                "An alternative changes something: another date, or another kind of task. "
                "Yours says nothing yet ('n/a', 'none', 'tbd') or is the same as your ask.",
                "alternatives",
            )
        ]
    return []


def check_plan(plan: PrepPlan) -> list[Finding]:
    """Name what is missing or vague in a prep plan, in the order of the method.

    Parameters
    ----------
    plan
        The plan to check.

    Returns
    -------
    list of Finding
        Empty when the plan is ready. ``element`` is a setup or prepare element id:
        contact, explain_purpose, date_time_place, expected_length, hope_to_get,
        what_you_know, hope_to_find_out, your_questions, specific_ask_ready,
        alternatives_ready.
    """
    low, high = method.load().meeting_length_min
    out = _check_setup(plan, low, high)
    out += _thin("hope_to_get", plan.hope_to_get, "hope_to_get", "what you hope to get from it")
    out += _thin(
        "what_you_know", plan.what_you_know, "what_you_know", "what you already know about them"
    )
    out += _thin(
        "hope_to_find_out",
        plan.hope_to_find_out,
        "hope_to_find_out",
        "what you hope to find out about them",
    )
    out += _check_questions(plan.questions)
    out += _check_ask(plan.ask, plan.alternatives)
    return out


# ---- the printable card ------------------------------------------------------------


def _row(label: str, value: object) -> str:
    shown = html.escape(str(value)) if value not in (None, "") else "<i>(not yet)</i>"
    return f"<dt>{html.escape(label)}</dt><dd>{shown}</dd>"


def _items(values: list[str]) -> str:
    kept = [v for v in values if v.strip()]
    if not kept:
        return "<p><i>(not yet)</i></p>"
    return "<ul>" + "".join(f"<li>{html.escape(v)}</li>" for v in kept) + "</ul>"


def render_prep_card(plan: PrepPlan, findings: list[Finding] | None = None) -> str:
    """A self-contained, printable HTML page (fits A4 and US Letter) for a plan."""
    findings = check_plan(plan) if findings is None else findings
    purposes = {p.id: p.title for p in method.load().purposes}
    length = f"{plan.length_min} minutes" if plan.length_min else ""
    todo = ""
    if findings:
        items = "".join(f"<li>{html.escape(f.message)}</li>" for f in findings)
        todo = f'<h2>Still to do</h2><ul class="todo">{items}</ul>'
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>1:1 prep card</title><style>{stylesheet.section('print')}</style></head>"
        "<body class='cg-prep-card'>"
        "<div class='card'><h1>My 1:1 prep card</h1>"
        "<h2>Setting it up</h2><dl>"
        + _row("Meeting", plan.contact)
        + _row("Introduce myself", plan.introduction)
        + _row("Why we meet", purposes.get(plan.purpose, plan.purpose))
        + _row("When", " ".join(x for x in (plan.date, plan.time) if x))
        + _row("Where", plan.place)
        + _row("How long", length)
        + "</dl><h2>Preparing</h2><dl>"
        + _row("I hope to get", plan.hope_to_get)
        + _row("I already know", plan.what_you_know)
        + _row("I want to find out", plan.hope_to_find_out)
        + "</dl><h2>My questions</h2>"
        + _items(plan.questions)
        + "<h2>My ask</h2><dl>"
        + _row("Ask", plan.ask)
        + "</dl><h2>Alternatives</h2>"
        + _items(plan.alternatives)
        + todo
        + "</div></body></html>\n"
    )


def save_prep_card(plan: PrepPlan, path: str | Path | None = None) -> Path:
    """Write the prep card atomically; by default to ``data_home()/prep_cards/``.

    Returns
    -------
    Path
        The file written (``prep-card-<UTC timestamp>.html`` by default).
    """
    if path is None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
        path = storage.data_home() / "prep_cards" / f"prep-card-{stamp}.html"
    return storage.atomic_write_text(path, render_prep_card(plan))
