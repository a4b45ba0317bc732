"""``commonground coach "TEXT"``: what kind of 1:1 line this is, and how to improve it."""

from __future__ import annotations

import json

from commonground.errors import CommonGroundError


def register(subparsers) -> None:
    """Add the ``coach`` subcommand."""
    parser = subparsers.add_parser(
        "coach",
        help="read one line you might say in a 1:1 and suggest how to improve it",
        description=(
            "Say what kind of 1:1 line TEXT is (open question, ask, story...), which parts "
            "of a specific ask it names, and one way to improve it. Rule-based, offline."
        ),
    )
    parser.add_argument("text", metavar="TEXT", help="the line, in quotes")
    parser.add_argument("--json", action="store_true", help="print the verdict as JSON")
    parser.add_argument(
        "--fit",
        action="append",
        default=[],
        metavar="FACT=WORD,WORD",
        help="something you learned about them, e.g. likes_walking=walk,canvass (repeatable)",
    )
    parser.add_argument(
        "--conflict",
        action="append",
        default=[],
        metavar="FACT=WORD,WORD",
        help="a known constraint, e.g. works_nights=evening,night (repeatable)",
    )
    parser.set_defaults(func=_run)


def parse_keywords(values: list[str], option: str) -> dict[str, list[str]] | None:
    """Turn ``["fact=w1,w2", ...]`` into ``{"fact": ["w1", "w2"]}`` (None when empty)."""
    if not values:
        return None
    keywords: dict[str, list[str]] = {}
    for value in values:
        fact, sep, words = value.partition("=")
        listed = [w.strip() for w in words.split(",") if w.strip()]
        if not sep or not fact.strip() or not listed:
            raise CommonGroundError(
                f"{option} {value!r}: expected FACT=WORD,WORD (e.g. likes_walking=walk,canvass)"
            )
        keywords.setdefault(fact.strip(), []).extend(listed)
    return keywords


def firm_when_note(text: str, reading) -> str:
    """For an ask whose time is not yet firm ("at 10am" with no day, "tomorrow-ish"), what
    to add; ``""`` otherwise. The reader counts any day or clock time as "time"; the
    self-checks and planners ask for the day and the time of day, and so does the coach."""
    from commonground.planners.when import when_problem

    if reading.kind != "ask" or "time" not in reading.specific_parts:
        return ""
    return when_problem(text)


def coach_lines(text: str, reading) -> list[str]:
    """The reader's verdict lines, with the firm-when note for an ask that needs it."""
    from commonground.reader.verdict import verdict_lines

    lines = verdict_lines(reading)
    note = firm_when_note(text, reading)
    if note:
        nothing = "Nothing to add: this line does its job."
        if nothing in lines:
            lines[lines.index(nothing)] = f"Suggestion: {note}"
        else:
            lines.insert(len(lines) - 1, f"Also: {note}")
    return lines


def _run(args) -> int:
    from commonground.reader import read_line

    text = (args.text or "").strip()
    if not text:
        raise CommonGroundError("TEXT is empty: give the line to read, in quotes")
    reading = read_line(
        text,
        fit_keywords=parse_keywords(args.fit, "--fit"),
        conflict_keywords=parse_keywords(args.conflict, "--conflict"),
    )
    if args.json:
        data = {**reading.as_dict(), "when_problem": firm_when_note(text, reading)}
        print(json.dumps(data, ensure_ascii=False))
    else:
        print("\n".join(coach_lines(text, reading)))
    return 0
