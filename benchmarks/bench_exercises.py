"""How long building the exercise notebooks and checking answers take, against baselines.

Build. Baseline: reading every exercise text (``content/exercises/*.md``) with jupytext
and writing it as a notebook with nbformat, the least a builder based on them would do.
Case: the real build plan for the same files (both variants, every step, answers filled
from the questions), i.e. what ``commonground build --check`` computes for exercises.
Import time is not included.

Check. Baseline: ``read_line`` on each free-text model answer (the reader alone). Case:
``question.evaluate`` on the same answers (reader plus the kit's judging and feedback).

Each figure is the best of several rounds, measured in the same run.

Run: ``.venv/bin/python benchmarks/bench_exercises.py [--rounds N]``
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import jupytext
import nbformat

from commonground.build import pipeline
from commonground.exercises import catalog
from commonground.reader import read_line

ROOT = Path(__file__).resolve().parents[1]


def _best(func, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Measure and print the figures; return seconds by case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    texts = sorted((ROOT / "content" / "exercises").glob("*.md"))
    text_questions = [q for q in catalog.all_questions() if q.input_kind == "text"]

    def read_and_write():
        for path in texts:
            nbformat.writes(jupytext.read(path))

    def reader_only():
        for q in text_questions:
            read_line(q.solution_text)

    def evaluate_all():
        for q in text_questions:
            q.evaluate(q.solution_text)

    build_base = _best(read_and_write, args.rounds)
    names = {path.stem for path in texts}
    build_case = _best(lambda: pipeline.plan(ROOT / "content", names), args.rounds)
    check_base = _best(reader_only, args.rounds)
    check_case = _best(evaluate_all, args.rounds)
    print(
        f"{len(texts)} exercise texts, {len(text_questions)} free-text answers, best of {args.rounds}"
    )
    print(f"{'case':<44} {'ms':>8} {'x baseline':>11}")
    rows = [
        ("baseline: read texts + write notebooks", build_base, build_base),
        ("build plan (exercise + solution variants)", build_case, build_base),
        ("baseline: read_line on each model answer", check_base, check_base),
        ("question.evaluate on each model answer", check_case, check_base),
    ]
    for name, seconds, base in rows:
        print(f"{name:<44} {seconds * 1e3:8.1f} {seconds / base:11.2f}")
    return {name: seconds for name, seconds, _ in rows}


if __name__ == "__main__":
    main()
