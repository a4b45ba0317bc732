"""How fast the role-play engine takes a turn, and how long linting every scenario takes.

Baseline, measured in the same run: ``copy.deepcopy`` of the same mid-play state (what
a turn would cost if it simply copied the state before changing it). Cases:

* ``choose()``: one listed choice, on every turn of the teacher's strong path;
* ``choose()`` at the ask: the turn that also works out the persona's answer;
* ``free_text()``: a typed line heard through the real reader and the scenario's TF-IDF
  index (:mod:`commonground.roleplay.hearing`): a listed line word for word, a line in
  the learner's own words, and an ask in the learner's own words; the index is built
  once per scenario on the first typed line (reported separately, with the import of
  numpy and scipy.sparse it needs);
* linting every shipped scenario (schema, graph, the play search and every example heard
  as a typed line) in this process, warm (after one run) and first (index and schema
  built afresh);
* ``commonground scenarios lint`` in a fresh process, as an author runs it, on a copy
  of the scenarios: with no cache (a first run ever, keeping none: the cache folder
  set to nothing), the same first run keeping its caches (an empty cache folder, as a
  new author's first run, which ends by writing the readings it made), with the caches
  a previous run left and one file edited (a comment line added: that file is linted again, its
  wordings known), and with every file unchanged (each file's stored findings,
  :mod:`commonground.roleplay.lint_results`). ``--against SRC`` runs another checkout's
  code the same way in the same rounds. Baseline, alternated with them round by round:
  a fresh process that only imports scikit-learn's text features (which the linter
  itself imported until it computed TF-IDF without scikit-learn). Median and range of
  the rounds, wall and CPU. A first run reads every authored wording with the reader
  (``tests/test_reader_golden.py`` holds the readings fixed while the reader gets faster).

Each per-turn figure is the best of several rounds. Run:
``.venv/bin/python benchmarks/bench_roleplay.py [--rounds N] [--fresh N] [--only-fresh]
[--against OTHER/src]``
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from commonground import roleplay
from commonground.roleplay import loader
from commonground.roleplay.lint import lint_paths
from commonground.roleplay.wording_cache import CACHE_ENV

PATH = (
    "ask_work",
    "share_story",
    "ask_enjoy",
    "follow_up_evenings",
    "name_common_ground",
    "explain_tied",
    "ask_homework_club",
    "confirm_details",
    "close_yes_full",
)
LINE = "What did you do for work before you retired?"
OWN_WORDS = "so what kind of work were you doing before you retired?"
OWN_ASK = "would you run the reading table at the homework club, tuesday 3:30, at the library?"


def _best(func, rounds: int, inner: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(inner):
            func()
        best = min(best, (time.perf_counter() - start) / inner)
    return best


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Measure and print the figures; return seconds by case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--fresh", type=int, default=5, help="fresh-process lint rounds")
    parser.add_argument(
        "--against", metavar="SRC", help="also lint with another checkout's src folder"
    )
    parser.add_argument(
        "--only-fresh", action="store_true", help="only the fresh-process lint figures"
    )
    args = parser.parse_args(argv)
    if args.only_fresh:
        return _fresh_lint(args.fresh, args.against)
    scenario = roleplay.load_scenario("retired_teacher")
    states = [roleplay.start(scenario)]
    for choice_id in PATH:
        states.append(roleplay.choose(scenario, states[-1], choice_id).state)
    at_ask = states[PATH.index("ask_homework_club")]
    mid = states[5]
    from commonground.roleplay.similarity import index_for

    first = _timed(lambda: index_for(scenario))

    def every_turn():
        for state, choice_id in zip(states[:-1], PATH, strict=True):
            roleplay.choose(scenario, state, choice_id)

    n = len(PATH)
    results = {
        "baseline: deepcopy(state)": _best(lambda: copy.deepcopy(mid), args.rounds, 2000),
        "choose() per turn": _best(every_turn, args.rounds, 300) / n,
        "choose() at the ask": _best(
            lambda: roleplay.choose(scenario, at_ask, "ask_homework_club"), args.rounds, 2000
        ),
        "free_text() word for word": _best(
            lambda: roleplay.free_text(scenario, states[0], LINE), args.rounds, 300
        ),
        "free_text() own words": _best(
            lambda: roleplay.free_text(scenario, states[0], OWN_WORDS), args.rounds, 300
        ),
        "free_text() own-words ask": _best(
            lambda: roleplay.free_text(scenario, at_ask, OWN_ASK), args.rounds, 300
        ),
    }
    print(f"first typed line of a session (index build, numpy import): {first:.2f} s")
    results["index build (first typed line)"] = first
    base = results["baseline: deepcopy(state)"]
    print(f"{'case':<28} {'us':>9} {'x baseline':>11}")
    for name, seconds in results.items():
        if name.startswith("index"):
            continue
        print(f"{name:<28} {seconds * 1e6:9.1f} {seconds / base:11.2f}")

    loader._load_cached.cache_clear()
    os.environ[CACHE_ENV] = ""  # the linting work itself, not findings kept on disk
    start = time.perf_counter()
    lint_paths()
    cold = time.perf_counter() - start
    warm = min(_timed(lint_paths) for _ in range(max(1, args.rounds // 2)))
    count = len(loader.scenario_paths())
    print(f"lint all {count} scenarios: {cold * 1e3:.0f} ms first run, {warm * 1e3:.0f} ms warm")
    results["lint all (first run)"] = cold
    results["lint all (warm)"] = warm
    results.update(_fresh_lint(args.fresh, args.against))
    return results


BASELINE = [sys.executable, "-c", "import sklearn.feature_extraction.text"]
LINT = [sys.executable, "-m", "commonground", "scenarios", "lint", "--quiet"]


def _run(command: list[str], env: dict) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{command} failed ({child.returncode})")
    return wall, usage.ru_utime + usage.ru_stime


def _fresh_lint(rounds: int, against: str | None = None) -> dict[str, float]:
    """``scenarios lint`` in fresh processes: no cache, one file edited, all unchanged.

    The scenarios are linted from a copy, so that one of them can be edited: before each
    "edited" run a comment line is added to one file (new bytes, the same wordings).
    ``against``: another checkout's ``src`` folder, run the same way in the same rounds.
    """
    codes = {"this code": {}}
    if against:
        codes["--against"] = {"PYTHONPATH": against}
    with tempfile.TemporaryDirectory() as folder:
        scenarios = Path(folder) / "scenarios"
        shutil.copytree(loader.scenarios_dir(), scenarios)
        edited = sorted(scenarios.glob("*.yaml"))[0]

        def env(code: str, cache: str) -> dict:
            extra = {"COMMONGROUND_SCENARIOS": str(scenarios), CACHE_ENV: cache}
            return {**os.environ, **codes[code], **extra}

        caches = {code: str(Path(folder) / f"cache {n}") for n, code in enumerate(codes)}
        for code in codes:
            _run(LINT, env(code, caches[code]))  # fills the caches
        runs: dict[str, list[tuple[float, float]]] = {"baseline": []}
        for number in range(max(1, rounds)):
            runs["baseline"].append(_run(BASELINE, env("this code", "")))
            for code in codes:
                runs.setdefault(f"{code}: no cache (first run)", []).append(
                    _run(LINT, env(code, ""))
                )
                empty = Path(folder) / f"empty {number} {code}"
                runs.setdefault(f"{code}: first run, caches kept", []).append(
                    _run(LINT, env(code, str(empty)))
                )
                with edited.open("a", encoding="utf-8") as out:
                    out.write(f"# edit {number} {code}\n")
                runs.setdefault(f"{code}: one file edited", []).append(
                    _run(LINT, env(code, caches[code]))
                )
                runs.setdefault(f"{code}: all unchanged", []).append(
                    _run(LINT, env(code, caches[code]))
                )
    wall = {k: statistics.median(w for w, _ in v) for k, v in runs.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in runs.items()}
    base = wall["baseline"]
    print(f"fresh process, {edited.name} edited, median [range] of {rounds} (wall / CPU):")
    print(
        f"  baseline: import sklearn.feature_extraction.text  {base:.2f} s / {cpu['baseline']:.2f} s"
    )
    for key, values in runs.items():
        if key == "baseline":
            continue
        low, high = min(w for w, _ in values), max(w for w, _ in values)
        print(
            f"  scenarios lint, {key}: {wall[key]:.2f} s [{low:.2f}-{high:.2f}] / {cpu[key]:.2f} s"
            f" ({wall[key] / base:.2f}x baseline wall, {cpu[key] / cpu['baseline']:.2f}x CPU)"
        )
    return {"baseline: fresh import of scikit-learn": base} | {
        f"scenarios lint, fresh, {key}": wall[key] for key in runs if key != "baseline"
    }


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
