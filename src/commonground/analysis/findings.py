"""Plain-language findings, careful about uncertainty.

Each sentence states a size and its 95% interval, and says "no clear difference" when
the interval includes no difference. Nothing here names a person.
"""

from __future__ import annotations

import math

import pandas as pd

from commonground.analysis.conversion import MIN_GROUP_N
from commonground.labels import FIELDS, label

#: How a practice reads in a sentence: (with it, without it).
PRACTICE_PHRASES: dict[str, tuple[str, str]] = {
    "ask_specific": ("Specific asks", "vague ones"),
    "ask_fit": ("Asks that fit what was learned about the person", "asks that did not"),
    "prepared": ("Meetings the organizer had prepared for", "unprepared ones"),
    "story_shared": ("Meetings where the organizer shared their own story", "those without"),
    "common_ground": ("Meetings where common ground was named out loud", "those where it was not"),
}
#: How a categorical column reads in "meetings whose ... was".
COLUMN_WORDS = FIELDS  # the one table: commonground.labels
ADJUSTED_FOR = "after allowing for ask type and setting"


def _num(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"


def _pct(value: float) -> str:
    return f"{value:.0%}"


def _usable(*values) -> bool:
    return all(v is not None and not (isinstance(v, float) and math.isnan(v)) for v in values)


def _phrases(term: str, references: dict | None) -> tuple[str, str]:
    if term in PRACTICE_PHRASES:
        return PRACTICE_PHRASES[term]
    if term == "open_questions":
        return "Each extra open-ended question", "one fewer"
    if "=" in term:
        column, level = term.split("=", 1)
        nice = COLUMN_WORDS.get(column, column.replace("_", " "))
        if references and column in references:
            reference = f"“{label(references[column], column)}”"
        else:
            reference = "the most common kind"
        return (
            f"Meetings whose {nice} was “{label(level, column)}”",
            f"those whose {nice} was {reference}",
        )
    return f"Meetings with {term}", "those without"


def adjusted_sentence(
    term: str, odds_ratio, ci_low, ci_high, references: dict | None = None
) -> str:
    """One sentence for one practice's adjusted odds ratio.

    Parameters
    ----------
    term
        A practice (``ask_specific``), ``open_questions`` or a level (``purpose=check_in``).
    odds_ratio, ci_low, ci_high
        The estimate and its 95% interval (``None`` when not estimable).
    references
        Reference level of each categorical column, for ``column=level`` terms.
    """
    with_it, without = _phrases(term, references)
    if not _usable(odds_ratio, ci_low, ci_high):
        return f"{with_it}: no odds ratio could be estimated from this log."
    ci = f"95% CI {_num(ci_low)} to {_num(ci_high)}"
    if ci_low > 1:
        return (
            f"{with_it} had {_num(odds_ratio)} times the odds of a yes of {without} "
            f"({ci}), {ADJUSTED_FOR}."
        )
    if ci_high < 1:
        return (
            f"{with_it} had lower odds of a yes than {without}: {_num(odds_ratio)} times "
            f"the odds ({ci}), {ADJUSTED_FOR}."
        )
    return (
        f"{with_it} showed no clear difference from {without} (odds ratio "
        f"{_num(odds_ratio)}, {ci}: the interval includes no difference), {ADJUSTED_FOR}."
    )


def _share(row: dict) -> str:
    """A funnel rate with its 95% interval; a count, not a percentage, when n is small.

    "100%" of two asks reads as a certainty; "2 of 2 (95% CI 34% to 100%; too few to
    rely on)" says what the log can and cannot tell.
    """
    ci = f"95% CI {_pct(row['ci_low'])} to {_pct(row['ci_high'])}"
    if row["n"] < MIN_GROUP_N:
        return f"{row['converted']} of {row['n']} ({ci}; too few to rely on)"
    return f"{_pct(row['rate'])} ({ci})"


def funnel_sentence(funnel: pd.DataFrame) -> str | None:
    """Summarise the overall three-step funnel in one sentence, every rate with its interval."""
    steps = {r["step"]: r for r in funnel.to_dict("records") if r["group"] == "all"}
    first = steps.get("ask_yes")
    if not first or not first["n"]:
        return None
    asks = "ask" if first["n"] == 1 else "asks"
    text = f"Of {first['n']} {asks}, {_share(first)} got a yes straight away"
    after = steps.get("ask_yes_after_adjusting")
    if after and after["n"]:
        text += f" and {_share(after)} by the end of the meeting"
    shown = steps.get("yes_showed_up")
    if shown and shown["n"]:
        yeses = "final yes" if shown["n"] == 1 else "final yeses"
        text += f"; of {shown['n']} {yeses} whose outcome is known, {_share(shown)} showed up"
    return text + "."


def win_back_sentences(table: pd.DataFrame) -> list[str]:
    """Compare winning back with and without an alternative, per first answer."""
    out = []
    for group, part in table.groupby("group", sort=False):
        rows = {r["alternative_offered"]: r for r in part.to_dict("records")}
        yes_row, no_row = rows.get("true"), rows.get("false")
        if not yes_row or not no_row or not yes_row["n"] or not no_row["n"]:
            continue
        apart = yes_row["ci_low"] > no_row["ci_high"] or no_row["ci_low"] > yes_row["ci_high"]
        verdict = "" if apart else " (the intervals overlap: no clear difference)"
        out.append(
            f"After a first answer of {label(group, 'response')}, {_pct(yes_row['rate'])} ended in a yes when an "
            f"alternative was offered ({yes_row['n']} meetings) against "
            f"{_pct(no_row['rate'])} when none was ({no_row['n']} meetings){verdict}."
        )
    return out


def follow_up_sentence(table: pd.DataFrame) -> str | None:
    """Compare show-up after each kind of follow-up with no follow-up."""
    rows = {r["group"]: r for r in table.to_dict("records") if r["n"]}
    if "none" not in rows or len(rows) < 2:
        return None
    parts = [
        f"{label(g, 'follow_up').lower()} {_pct(r['rate'])} ({_pct(r['ci_low'])} to {_pct(r['ci_high'])})"
        for g, r in rows.items()
        if g != "unknown"
    ]
    return "Show-up by follow-up after a yes: " + "; ".join(parts) + "."


def all_findings(funnel, adjusted_practices, win_back, follow_up, references=None) -> list[str]:
    """Every finding, funnel first, then the adjusted practices, win-back and follow-up."""
    out = []
    first = funnel_sentence(funnel)
    if first:
        out.append(first)
    for row in adjusted_practices.to_dict("records"):
        out.append(
            adjusted_sentence(
                row["term"], row["odds_ratio"], row["ci_low"], row["ci_high"], references
            )
        )
    out.extend(win_back_sentences(win_back))
    follow = follow_up_sentence(follow_up)
    if follow:
        out.append(follow)
    return out
