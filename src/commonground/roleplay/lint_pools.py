"""The linter's processes: many scenario files linted at once (``scenarios lint -j N``).

:func:`lint_in_pools` shares the files among standard-library process pools in two
rounds, so that what only one process can do (importing numpy, scipy and the reader)
is done beside work that needs none of it. The findings are those of
:func:`.lint.lint_file`, file by file, whatever the number of processes.
"""

from __future__ import annotations

import gc
import multiprocessing
from pathlib import Path

from commonground import method
from commonground.roleplay.build import build
from commonground.roleplay.lint import (
    LintIssue,
    _check,
    _parse,
    _play_checks,
    _structure_checks,
)


def lint_in_pools(paths: list[Path], wordings, jobs: int, done: dict) -> None:
    """Lint ``paths`` in two rounds of processes, filling ``done`` with their findings.

    The first round (``jobs - 1`` processes, forked at once) parses each file, checks it
    against the schema and checks its graph: work that needs neither numpy and scipy
    nor the reader. This process imports those meanwhile, about a third of a second
    that one processor spent alone before. While it is still importing, the first
    round goes on to search the plays of the files it parsed (clicked choices need no
    reader), and stops when told: the second round has that much less to do. The
    second round (``jobs`` processes, forked then, sharing those imports) hears the
    wordings of the files that passed, and searches the plays not searched yet,
    largest file first.
    """
    from concurrent.futures import ProcessPoolExecutor

    stored = None if wordings is None else wordings[0]
    order = sorted(paths, key=_size, reverse=True)
    prepared: dict[Path, tuple] = {}
    stop = multiprocessing.Event()
    # As Python's documentation of gc.freeze advises before a fork: the objects made so
    # far (modules, compiled patterns) are left out of collections, so that a collection
    # in a pool process does not write to, and so copy, every page of them.
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max(1, min(jobs - 1, len(paths))),
            initializer=_worker_start,
            initargs=(stored, None, stop),
        ) as pool:
            first = [pool.submit(_prepare_in_worker, path) for path in order]
            searched = pool.submit(_plays_in_worker, order)
            # Made here while the first round runs, so that the second round's processes
            # share them rather than each making them again: numpy and scipy (imported
            # by ``tfidf``), the reader, the hearing, the play search and the method.
            from commonground.roleplay import hearing, lint_typed, search, tfidf  # noqa: F401

            method.load()
            for path, future in zip(order, first, strict=True):
                issues, ready, readings = future.result()
                if wordings is not None:
                    wordings[1].update(readings)
                if issues is not None:
                    done[path] = issues
                else:
                    prepared[path] = ready
            stop.set()  # the play search stops after the file it is on
            plays = searched.result()
        for path, found in plays.items():
            if path in prepared:
                prepared[path] = (*prepared[path][:3], found)
        rest = [path for path in order if path in prepared]
        if len(rest) < 2:
            return  # one file or none: this process lints it (see lint._lint_all)
        gc.freeze()
        with ProcessPoolExecutor(
            min(jobs, len(rest)), initializer=_worker_start, initargs=(stored, prepared)
        ) as pool:
            for path, (issues, readings) in zip(
                rest, pool.map(_check_in_worker, rest), strict=True
            ):
                done[path] = issues
                if wordings is not None:
                    wordings[1].update(readings)
    finally:
        gc.unfreeze()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# What one pool process keeps: the stored readings (None: no cache is kept), the files
# the first round prepared (given once, not with every file), the scenarios it built
# itself, and the first round's signal to stop searching plays.
_WORKER_WORDINGS: list[dict | None] = [None]
_WORKER_PREPARED: dict[Path, tuple] = {}
_WORKER_BUILT: dict[Path, object] = {}
_WORKER_STOP: list = [None]


def _worker_start(stored: dict | None, prepared: dict | None = None, stop=None) -> None:
    _WORKER_WORDINGS[0] = stored
    _WORKER_PREPARED.clear()
    _WORKER_PREPARED.update(prepared or {})
    _WORKER_BUILT.clear()
    _WORKER_STOP[0] = stop


def _worker_wordings() -> tuple[tuple[dict, dict] | None, dict]:
    stored = _WORKER_WORDINGS[0]
    found: dict = {}
    return (None if stored is None else (stored, found)), found


def _prepare_in_worker(path: Path) -> tuple[list | None, tuple | None, dict]:
    """``(issues, None, readings)`` for a file with parse, schema or reference problems,
    else ``(None, (data, lines, graph findings), readings)``, in a pool process."""
    wordings, found = _worker_wordings()
    parsed = _parse(path, wordings)
    if isinstance(parsed, list):
        return parsed, None, found
    data, lines = parsed
    scenario = _WORKER_BUILT[path] = build(data, path)
    return None, (data, lines, _structure_checks(scenario)), found


def _plays_in_worker(order: list[Path]) -> dict[Path, list]:
    """The play search's findings of the files this process prepared, in ``order``,
    until the stop signal is set (the rest are left to the second round)."""
    stop = _WORKER_STOP[0]
    found: dict[Path, list] = {}
    for path in order:
        if stop is not None and stop.is_set():
            break
        if path in _WORKER_BUILT:  # passed here (another process may have parsed it)
            found[path] = _play_checks(_WORKER_BUILT[path])
    return found


def _check_in_worker(path: Path) -> tuple[list[LintIssue], dict]:
    """The findings of a file prepared by the first round, in a pool process."""
    wordings, found = _worker_wordings()
    data, lines, structure, *plays = _WORKER_PREPARED[path]
    return _check(path, data, lines, wordings, structure, plays[0] if plays else None), found
