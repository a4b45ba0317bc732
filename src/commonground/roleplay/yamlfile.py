"""Reading a scenario YAML file safely, keeping the line of every value.

The text is parsed once with PyYAML's safe loader (libyaml's when present): only plain
data (mappings, lists, text, numbers, booleans) can come out of it. The *composed*
document (nodes that remember where they start) gives a map from each JSON path, such
as ``("nodes", 3, "choices", 1, "next")``, to its line, so every message can say where.
"""

from __future__ import annotations

import os
from pathlib import Path

from commonground.errors import InputFileError

Lines = dict[tuple, int]


def parse_file(path: str | os.PathLike) -> tuple[object, Lines]:
    """Read a YAML file safely; return the data and a map of JSON path -> line.

    Raises
    ------
    InputFileError
        For unreadable files, YAML syntax errors and duplicate keys, with the line.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(path, f"cannot read: {exc}") from None
    return parse_text(text, path)


def parse_text(text: str, path: str | os.PathLike, first_line: int = 1) -> tuple[object, Lines]:
    """Parse YAML ``text`` read from ``path`` (where it starts at line ``first_line``).

    Used for YAML inside another file, such as a lesson's front matter: every line in the
    map and in the messages counts from the top of that file.
    """
    import yaml

    offset = first_line - 1
    try:
        # libyaml's safe loader when present: plain data only, as yaml.safe_load. The
        # document is composed once (nodes keep their lines), then constructed.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        line = f"line {mark.line + 1 + offset}: " if mark is not None else ""
        if "mapping values are not allowed" in problem:
            problem += " (text with ': ' in it? put it in quotes or use >-)"
        raise InputFileError(path, f"{line}YAML syntax error: {problem}") from None
    _yes_keys(data)
    lines: Lines = {}
    if root is not None:
        duplicate = _index_lines(root, (), lines, offset)
        if duplicate:
            raise InputFileError(path, duplicate)
    return data, lines


def _yes_keys(data: object) -> None:
    """Undo YAML 1.1 reading an unquoted ``yes:`` key in ``answers`` as ``True``."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        return
    holders = []
    for node in data["nodes"]:
        if isinstance(node, dict):
            holders.append(node)
            choices = node.get("choices")
            holders += (
                [c for c in choices if isinstance(c, dict)] if isinstance(choices, list) else []
            )
    for holder in holders:
        answers = holder.get("answers")
        if isinstance(answers, dict) and True in answers:
            answers["yes"] = answers.pop(True)


def _index_lines(node, prefix: tuple, lines: Lines, offset: int = 0) -> str:
    """Fill ``lines`` for every path below ``node``; return a duplicate-key message."""
    import yaml

    lines[prefix] = node.start_mark.line + 1 + offset
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            name = key.value
            if name in seen:
                return f"line {key.start_mark.line + 1 + offset}: duplicate key {name!r}"
            seen.add(name)
            found = _index_lines(value, (*prefix, name), lines, offset)
            if found:
                return found
            lines[(*prefix, name)] = key.start_mark.line + 1 + offset
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found = _index_lines(item, (*prefix, index), lines, offset)
            if found:
                return found
    return ""


def line_of(lines: Lines, path: tuple) -> int:
    """The line of the deepest known prefix of ``path`` (0 when nothing is known)."""
    for end in range(len(path), -1, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return 0
