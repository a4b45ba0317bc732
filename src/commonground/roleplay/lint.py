"""The scenario linter: everything that can be wrong with a scenario file, with its place.

Errors (non-zero exit in ``commonground scenarios lint``): YAML and schema errors, ids
pointing nowhere, unreachable nodes, dead ends, loops with no way out, endings with no
debrief, endings no play can reach, unknown method ids, and method steps the scenario
claims (``practises``) but never practises. Warnings: meeting steps never practised, an
answer (yes / maybe / no) the scenario never gives.
"""

from __future__ import annotations

import difflib
import gc
import re
from collections import deque
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from commonground import method
from commonground.errors import InputFileError
from commonground.roleplay import lint_results, wording_cache
from commonground.roleplay.build import build
from commonground.roleplay.checks import reference_problems, schema_problems
from commonground.roleplay.lint_ask_text import ask_text_checks
from commonground.roleplay.loader import scenario_paths
from commonground.roleplay.model import ANSWERS, BUILT_IN_ENDINGS, Scenario
from commonground.roleplay.yamlfile import line_of, parse_file


@dataclass(frozen=True)
class LintIssue:
    """One finding: ``level`` is ``"error"`` or ``"warning"``."""

    path: str
    line: int
    where: str
    message: str
    level: str = "error"

    def __str__(self) -> str:
        at = f"{self.path}:{self.line}" if self.line else self.path
        where = f" {self.where}:" if self.where else ""
        return f"{at}: {self.level}:{where} {self.message}"


def lint_paths(paths=None, jobs: int = 1) -> list[LintIssue]:
    """Lint the given files (all scenarios by default).

    Two caches in the user's cache folder save time and never change a finding: the
    findings of a file unchanged since a run of the same code (:mod:`.lint_results`),
    and the reader's results for authored wordings (:mod:`.wording_cache`), used for
    the files that are linted.

    Parameters
    ----------
    paths
        Scenario files; all shipped (or ``COMMONGROUND_SCENARIOS``) scenarios when empty.
    jobs
        Processes to share the files that must be linted (not found in the cache), as
        ``flake8 -j`` does; 1 lints them in this process. The findings are the same,
        in the same order, whatever the number.
    """
    targets = [Path(p) for p in paths] if paths else scenario_paths()
    known = lint_results.load()
    kept: dict[str, list] = {}
    keys = {path: lint_results.file_key(path) for path in targets}
    todo = [path for path in targets if keys[path] not in known]
    # With no cache folder nothing is kept, so no reading is collected to be saved.
    caching = bool(todo) and wording_cache.cache_dir() is not None
    wordings: tuple[dict, dict] | None = (wording_cache.load(), {}) if caching else None
    with _fewer_collections():
        fresh = _lint_all(todo, wordings, jobs) if todo else {}
    issues: list[LintIssue] = []
    for path in targets:
        key = keys[path]
        if path not in fresh:
            issues += [LintIssue(str(path), *finding) for finding in known[key]]
            kept[key] = known[key]
            continue
        issues += fresh[path]
        if key is not None and lint_results.file_key(path) == key:  # unchanged meanwhile
            kept[key] = [(i.line, i.where, i.message, i.level) for i in fresh[path]]
    if wordings is not None and any(key not in wordings[0] for key in wordings[1]):
        wording_cache.save(wordings[1], wordings[0])
    if any(key not in known for key in kept):
        lint_results.save(kept, known)
    return issues


@contextmanager
def _fewer_collections():
    """Collect cyclic garbage less often while linting (the thresholds come back after).

    Hearing thousands of wordings makes many short-lived tuples, lists and dicts, and
    hardly a cycle among them: with the default threshold (700 new objects) the
    collector ran about 180 times in one lint of the nine scenarios, for about 4% of
    its CPU time; with 20,000, 3 times (0.5%).
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 20_000), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _lint_all(paths: list[Path], wordings: tuple[dict, dict] | None, jobs: int) -> dict:
    """Each path's findings; ``wordings[1]`` collects the readings made on the way
    (``wordings`` is ``None`` when no cache is kept).

    With ``jobs > 1`` and more than one file, standard-library process pools share the
    files (:func:`.lint_pools.lint_in_pools`); a pool that cannot start or breaks leaves
    the files it did not finish to this process.
    """
    done: dict[Path, list[LintIssue]] = {}
    if jobs > 1 and len(paths) > 1:
        from concurrent.futures.process import BrokenProcessPool

        from commonground.roleplay.lint_pools import lint_in_pools

        # no processes to be had here: the rest is linted below
        with suppress(BrokenProcessPool, OSError):
            lint_in_pools(paths, wordings, jobs, done)
    for path in paths:
        if path not in done:
            done[path] = lint_file(path, wordings)
    return done


def lint_file(path: str | Path, wordings: tuple[dict, dict] | None = None) -> list[LintIssue]:
    """Lint one scenario file; an empty list means it is clean.

    ``wordings`` is ``(stored, found)``: readings of wordings known from an earlier run
    (see :mod:`.wording_cache`), and a dict that collects this run's.
    """
    path = Path(path)
    parsed = _parse(path, wordings)
    if isinstance(parsed, list):
        return parsed
    data, lines = parsed
    return _check(path, data, lines, wordings)


def _parse(path: Path, wordings) -> list[LintIssue] | tuple[object, dict]:
    """The file's data and lines, or its YAML, schema and reference problems."""
    key = _clean_key(path, wordings)
    if key is not None and key in wordings[0]:
        # Parsed and passed the schema before, byte for byte with the same code.
        data, lines = wordings[1][key] = wordings[0][key]
        problems = reference_problems(data, lines)
    else:
        try:
            data, lines = parse_file(path)
        except InputFileError as exc:
            found = re.search(r"line (\d+)", str(exc))
            message = re.sub(r"^line \d+: ", "", str(exc)[len(str(path)) + 2 :])
            return [LintIssue(str(path), int(found.group(1)) if found else 0, "", message)]
        problems = schema_problems(data, lines)
        if (
            key is not None
            and not problems
            and wording_cache.keeps_exactly(data)
            and _clean_key(path, wordings) == key  # the file did not change meanwhile
        ):
            wordings[1][key] = (data, lines)
        problems = problems or reference_problems(data, lines)
    if problems:
        return [LintIssue(str(path), p.line, p.where, p.message) for p in problems]
    return data, lines


def _check(
    path: Path, data, lines, wordings, structure: list | None = None, plays: bool = True
) -> list[LintIssue]:
    """The findings of a file that parsed and passed the schema (``structure``: those of
    :func:`_structure_checks`, when already made; ``plays=False`` leaves out the play
    search's, which :func:`placed` can add afterwards)."""
    scenario = build(data, path)
    if wordings is not None:
        wording_cache.prime(scenario, wordings[0])
    if structure is None:
        structure = _structure_checks(scenario)
    found = structure + _wording_checks(scenario) + (_play_checks(scenario) if plays else [])
    issues = [_place(str(path), data, lines, node, msg, level) for node, msg, level in found]
    if wordings is not None:
        wordings[1].update(wording_cache.harvest(scenario))
    return sorted(issues, key=lambda i: (i.line, i.message))


def placed(path: Path, data, lines, issues: list[LintIssue], more: list) -> list[LintIssue]:
    """``issues`` (sorted, as :func:`_check` gives them) with the ``(node, message,
    level)`` findings ``more`` placed and sorted in: the same list :func:`_check` gives
    when it makes both (a stable sort keeps the earlier ones first among equals)."""
    more_issues = [_place(str(path), data, lines, node, msg, level) for node, msg, level in more]
    return sorted(issues + more_issues, key=lambda i: (i.line, i.message))


def play_findings(path: Path, data) -> list[tuple[str, str, str]]:
    """The play search's findings of a file that passed (see :func:`_play_checks`)."""
    return _play_checks(build(data, path))


def _clean_key(path: Path, wordings) -> tuple | None:
    """The cache key of a file that parsed and passed the schema (None: no cache)."""
    if wordings is None:
        return None
    try:
        return ("clean", wording_cache.schema_digest(path))
    except OSError:
        return None  # unreadable: parse_file says so


def _place(path: str, data: dict, lines, node: str, message: str, level: str) -> LintIssue:
    """Attach the most precise line: the choice, the node, or the ``practises`` list."""
    if not node:
        line = line_of(lines, ("practises",)) if message.startswith("practises") else 0
        return LintIssue(path, line, "", message, level)
    index = next(i for i, n in enumerate(data["nodes"]) if n["id"] == node)
    where, line = f"node {node}", line_of(lines, ("nodes", index))
    found = re.match(r"choice (\w+): ", message)
    if found:
        for c_index, choice in enumerate(data["nodes"][index].get("choices", ())):
            if choice["id"] == found.group(1):
                line = line_of(lines, ("nodes", index, "choices", c_index))
                where, message = f"{where}, choice {choice['id']}", message[found.end() :]
    return LintIssue(path, line, where, message, level)


def _edges(scenario: Scenario, node_id: str) -> set[str]:
    node = scenario.node(node_id)
    targets = {c.next for c in node.choices if c.next}
    for choice in node.choices:
        if choice.ask:
            targets.update((choice.answers or node.answers).values())
    return targets


def _reachable(scenario: Scenario, begin: str) -> set[str]:
    seen, queue = {begin}, deque([begin])
    while queue:
        for target in _edges(scenario, queue.popleft()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def check_scenario(scenario: Scenario) -> list[tuple[str, str, str]]:
    """Graph, method and play checks; returns ``(node id, message, level)`` triples."""
    return _structure_checks(scenario) + _wording_checks(scenario) + _play_checks(scenario)


def _structure_checks(scenario: Scenario) -> list[tuple[str, str, str]]:
    """The checks of the graph, the method steps, facts and asks (no hearing, no play)."""
    found: list[tuple[str, str, str]] = []
    known = set(method.load().ids())
    reachable = _reachable(scenario, scenario.start)
    # The engine's own endings (over time, trust lost) are reached by rule, not by choice.
    engine_only = set(BUILT_IN_ENDINGS)  # reached by the engine's rule, written or not
    leads_to_end = {n for n in scenario.nodes if scenario.node(n).ending}
    changed = True
    while changed:  # nodes from which some ending can be reached
        changed = False
        for node_id in scenario.nodes:
            if node_id not in leads_to_end and _edges(scenario, node_id) & leads_to_end:
                leads_to_end.add(node_id)
                changed = True
    for node in scenario.nodes.values():
        if node.id in engine_only:
            continue
        if node.id not in reachable:
            found.append((node.id, "unreachable: no choice or answer leads here", "error"))
        if node.ending:
            if not node.debrief:
                found.append(
                    (node.id, "ending with no debrief (add ending: debrief: ...)", "error")
                )
            if node.choices:
                found.append((node.id, "an ending node cannot have choices", "error"))
            continue
        if not node.choices:
            found.append((node.id, "dead end: not an ending and no choices", "error"))
        elif node.id in reachable and node.id not in leads_to_end:
            found.append(
                (node.id, "loop with no way out: no ending can be reached from here", "error")
            )
        if node.answers and not any(c.ask and not c.answers for c in node.choices):
            found.append((node.id, "has answers that no ask choice uses", "warning"))
        for choice in node.choices:
            if choice.step not in known:
                found.append(
                    (
                        node.id,
                        f"choice {choice.id}: unknown method step {choice.step!r}; "
                        + _nearest(choice.step, known),
                        "error",
                    )
                )
    from commonground.roleplay.debrief import meeting_step_of

    practised = {c.step for n in scenario.nodes.values() for c in n.choices}
    practised |= {meeting_step_of(s) for s in practised & known} - {None}
    for step in scenario.practises:
        if step not in known:
            found.append(
                ("", f"practises: unknown method id {step!r}; " + _nearest(step, known), "error")
            )
        elif step not in practised:
            found.append(("", f"practises {step!r}, but no choice practises it", "error"))
    found.extend(_unused(scenario))
    found.extend(_meeting_coverage(practised))
    return found


def _wording_checks(scenario: Scenario) -> list[tuple[str, str, str]]:
    """The checks of typed lines and ask texts."""
    # Imported here: they load the hearing, which a run whose files are all unchanged
    # (:mod:`.lint_results`) never needs.
    from commonground.roleplay.lint_typed import typed_line_checks

    return typed_line_checks(scenario) + ask_text_checks(scenario)


def _nearest(word: str, known: set[str]) -> str:
    """``did you mean 'x'?`` for a close known id, else the list of valid ids."""
    close = difflib.get_close_matches(word, sorted(known), n=3, cutoff=0.6)
    if close:
        return "did you mean " + " or ".join(repr(c) for c in close) + "?"
    return "valid ids: " + ", ".join(sorted(known))


def _unused(scenario: Scenario) -> list[tuple[str, str, str]]:
    """Facts no move reveals, and asks no move makes."""
    choices = [c for n in scenario.nodes.values() for c in n.choices]
    revealed = {f for c in choices for f in c.effects.reveals}
    asked = {c.ask for c in choices if c.ask}
    found = [
        ("", f"hidden fact {f.id!r} is never revealed by any move", "warning")
        for f in scenario.persona.hidden_facts
        if f.id not in revealed and f.category != "constraint"
    ]
    found += [
        ("", f"ask {a.id!r} is never made by any move", "warning")
        for a in scenario.campaign.asks
        if a.id not in asked
    ]
    return found


def _meeting_coverage(practised: set[str]) -> list[tuple[str, str, str]]:
    return [
        ("", f"no choice practises the meeting step {e.id!r}", "warning")
        for e in method.load().in_part("meeting")
        if e.id not in practised
    ]


def _play_checks(scenario: Scenario) -> list[tuple[str, str, str]]:
    from commonground.roleplay.search import explore

    result = explore(scenario)
    found = []
    if not result.complete:
        found.append(
            ("", f"search stopped after {result.states} states; not all plays checked", "warning")
        )
    for ending in scenario.endings():
        if ending in BUILT_IN_ENDINGS:
            continue
        if ending not in result.endings and result.complete:
            found.append(
                (
                    ending,
                    "ending cannot be reached in play (no sequence of choices gets here)",
                    "error",
                )
            )
    for answer in ANSWERS:
        if answer not in result.answers:
            found.append(("", f"no ask ever gets the answer {answer!r}", "warning"))
    return found
