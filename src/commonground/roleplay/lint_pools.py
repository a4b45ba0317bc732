"""The linter's processes: many scenario files linted at once (``scenarios lint -j N``).

:func:`lint_in_pools` shares the files among standard-library process pools in two
rounds, so that what only one process can do (importing numpy and the reader)
is done beside work that needs none of it. The findings are those of
:func:`.lint.lint_file`, file by file, whatever the number of processes.
"""

from __future__ import annotations

import gc
from pathlib import Path

from commonground.roleplay import wording_cache
from commonground.roleplay.build import build
from commonground.roleplay.lint import (
    LintIssue,
    _check,
    _parse,
    _structure_checks,
    placed,
    play_findings,
)


def lint_in_pools(paths: list[Path], wordings, jobs: int, done: dict) -> None:
    """Lint ``paths`` in two rounds of processes, filling ``done`` with their findings.

    The first round (``jobs - 1`` processes, forked at once) parses each file, checks it
    against the schema and checks its graph: work that needs neither numpy
    nor the reader. This process imports those meanwhile, about a third of a second
    that one processor spent alone before. The second round (``jobs`` processes,
    forked then, sharing those imports and the reader's compiled patterns) hears the
    wordings and searches the plays of the files that passed, largest first.

    (Tried and dropped, session 11: letting the first round go on to search plays
    until this process was ready. The first search also imports the engine and part of
    the reader, so it often ran past that moment and held the second round back.)
    """
    from concurrent.futures import ProcessPoolExecutor

    stored = None if wordings is None else wordings[0]
    order = sorted(paths, key=_size, reverse=True)
    prepared: dict[Path, tuple] = {}
    # As Python's documentation of gc.freeze advises before a fork: the objects made so
    # far (modules, compiled patterns) are left out of collections, so that a collection
    # in a pool process does not write to, and so copy, every page of them.
    gc.freeze()
    try:
        workers = max(1, min(jobs - 1, len(paths)))
        with ProcessPoolExecutor(workers, initializer=_worker_start, initargs=(stored,)) as pool:
            # The files in as many batches as processes: the pool's feeder is a thread of
            # this process, which the imports below hold up, so a process given one file
            # at a time waited for its next one (round one 0.18-0.21 s, now 0.13-0.16 s).
            first = pool.map(_prepare_in_worker, order, chunksize=-(-len(order) // workers))
            # Made here while the first round runs, so that the second round's processes
            # share them rather than each making them again: numpy (imported by
            # ``tfidf``), the reader (its patterns compiled; it is imported on first
            # use, so it is named here; its move cues, which the hearing asks on first
            # use), the hearing and the play search. Not the method (0.02-0.03 s here, on
            # the way to the second round): only the first round's graph checks read it.
            from commonground.reader import move_cues, reading  # noqa: F401
            from commonground.roleplay import hearing, lint_typed, search, tfidf  # noqa: F401

            for path, (issues, ready, readings) in zip(order, first, strict=True):
                if wordings is not None:
                    wordings[1].update(readings)
                if issues is not None:
                    done[path] = issues
                else:
                    prepared[path] = ready
        rest = [path for path in order if path in prepared]
        if len(rest) < 2:
            return  # one file or none: this process lints it (see lint._lint_all)
        gc.freeze()
        with ProcessPoolExecutor(
            min(jobs, len(rest)), initializer=_worker_start, initargs=(stored, prepared)
        ) as pool:
            # Each file's hearing first, largest first; then the play searches, small
            # tasks (5-20 ms) that fill in while the last hearings finish: nine files in
            # two processes had left one idle for 50-80 ms at the end.
            heard = pool.map(_check_in_worker, rest)
            searched = pool.map(_plays_in_worker, rest)
            for path, (issues, readings) in zip(rest, heard, strict=True):
                done[path] = issues
                if wordings is not None:
                    wordings[1].update(readings)
            for path, plays in zip(rest, searched, strict=True):
                data, lines, _ = prepared[path]
                done[path] = placed(path, data, lines, done[path], plays)
    finally:
        gc.unfreeze()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# What one pool process keeps: the stored readings (None: no cache is kept), and the
# files the first round prepared (given once, not with every file).
_WORKER_WORDINGS: list[dict | None] = [None]
_WORKER_PREPARED: dict[Path, tuple] = {}


def _worker_start(stored: dict | None, prepared: dict | None = None) -> None:
    _WORKER_WORDINGS[0] = stored
    _WORKER_PREPARED.clear()
    _WORKER_PREPARED.update(prepared or {})


def _worker_wordings() -> tuple[tuple[dict, dict] | None, dict]:
    stored = _WORKER_WORDINGS[0]
    found: dict = {}
    return (None if stored is None else (stored, found)), found


def _sent(found: dict) -> dict:
    """What a pool process found, written as the JSON the cache keeps (here, beside the
    other process's work, not in the lead process once all is done)."""
    return wording_cache.encoded(found) if found else found


def _prepare_in_worker(path: Path) -> tuple[list | None, tuple | None, dict]:
    """``(issues, None, readings)`` for a file with parse, schema or reference problems,
    else ``(None, (data, lines, graph findings), readings)``, in a pool process."""
    wordings, found = _worker_wordings()
    parsed = _parse(path, wordings)
    if isinstance(parsed, list):
        return parsed, None, _sent(found)
    data, lines = parsed
    return None, (data, lines, _structure_checks(build(data, path))), _sent(found)


def _check_in_worker(path: Path) -> tuple[list[LintIssue], dict]:
    """The findings of a file prepared by the first round, but its play search's, in a
    pool process."""
    wordings, found = _worker_wordings()
    data, lines, structure = _WORKER_PREPARED[path]
    return _check(path, data, lines, wordings, structure, plays=False), _sent(found)


def _plays_in_worker(path: Path) -> list[tuple[str, str, str]]:
    """The play search's findings of a file prepared by the first round."""
    return play_findings(path, _WORKER_PREPARED[path][0])
