"""How fast the line reader reads a typed line, against a named baseline in the same run.

Baseline: ``normalise(text)`` on the same lines, uncached (lowercase, quotes, shorthand,
fillers: the cheapest step every reading already does). The reader remembers what it
worked out for each text (``normalise``, sentence splits, ask parts); every cache is
cleared before every round so each line is read cold. Cases: ``read_line`` with no keywords, with
fit and conflict keywords as the role-play engine passes them, and ``ask_phrases``. Each figure is the
best of several rounds over every line in the shipped tables, per line.

Run: ``.venv/bin/python benchmarks/bench_reader.py [--rounds N]``
"""

from __future__ import annotations

import argparse
import time

from commonground.reader import clear_caches, read_line
from commonground.reader.ask_phrases import ask_phrases
from commonground.reader.evaluate import DEFAULT_TABLES, load_examples
from commonground.reader.text import normalise

FIT = {"loves_teaching_kids": ["teach", "kids", "tutor"], "likes_walking": ["walk", "canvass"]}
CONFLICT = {"works_nights": ["evening", "night"]}


def _best_per_line(func, lines, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        clear_caches()  # every round reads the lines cold, as a new line would be
        start = time.perf_counter()
        for line in lines:
            func(line)
        best = min(best, (time.perf_counter() - start) / len(lines))
    return best


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Measure and print the reader figures; return seconds per line by case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    lines = [ex.text for table in DEFAULT_TABLES for ex in load_examples(table)]
    cases = {
        "baseline: normalise()": normalise.__wrapped__,
        "read_line()": read_line,
        "read_line(fit+conflict)": lambda t: read_line(
            t, fit_keywords=FIT, conflict_keywords=CONFLICT
        ),
        "ask_phrases()": ask_phrases,
    }
    results = {name: _best_per_line(f, lines, args.rounds) for name, f in cases.items()}
    base = results["baseline: normalise()"]
    print(f"{len(lines)} lines, best of {args.rounds} rounds")
    print(f"{'case':<26} {'us/line':>9} {'x baseline':>11}")
    for name, seconds in results.items():
        print(f"{name:<26} {seconds * 1e6:9.1f} {seconds / base:11.1f}")
    return results


if __name__ == "__main__":
    main()
