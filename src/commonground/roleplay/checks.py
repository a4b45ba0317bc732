"""Checks on scenario data: the JSON Schema, and ids that must point somewhere.

Each problem carries its line (from :mod:`.yamlfile`) and a readable place such as
``node ask_point, choice ask_gate``. The loader refuses a file with any problem; the
linter lists them all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from commonground.roleplay.yamlfile import Lines, line_of

SCHEMA_FILE = Path(__file__).with_name("scenario.schema.json")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a scenario file (``line`` is 1-based, 0 when unknown)."""

    line: int
    where: str
    message: str

    def __str__(self) -> str:
        at = f"line {self.line}: " if self.line else ""
        where = f"{self.where}: " if self.where else ""
        return f"{at}{where}{self.message}"


_LISTS_WITH_IDS = {
    ("persona", "hidden_facts"): "persona hidden fact",
    ("campaign", "asks"): "campaign ask",
}


def _item_id(items: object, index: object, quote: bool = False) -> str:
    """The ``id`` of ``items[index]`` (quoted if asked), else its position counted from 1."""
    try:
        item_id = items[index].get("id")
    except (KeyError, IndexError, TypeError, AttributeError):
        item_id = None
    if isinstance(item_id, str) and item_id:
        return repr(item_id) if quote else item_id
    return f"#{index + 1}" if isinstance(index, int) else repr(index)


def where(data: object, path: tuple) -> str:
    """A readable location naming items by their ids, never by a position from 0.

    ``("persona", "hidden_facts", 6, "blocks")`` reads ``persona hidden fact
    'nights_weekends'``, ``("nodes", 3, "choices", 1, "answers")`` reads ``node
    ask_point, choice ask_gate, under answers:``; an item with no id is counted from 1.
    """
    if not isinstance(data, dict) or not path:
        return "/".join(str(p) for p in path)
    label, rest = "", path
    try:
        if path[0] == "nodes" and len(path) >= 2:
            label = f"node {_item_id(data['nodes'], path[1])}"
            rest = path[2:]
            if len(path) >= 4 and path[2] == "choices":
                choices = data["nodes"][path[1]]["choices"]
                label += f", choice {_item_id(choices, path[3])}"
                rest = path[4:]
        elif path[:2] in _LISTS_WITH_IDS and len(path) >= 3:
            items = data[path[0]][path[1]]
            label = f"{_LISTS_WITH_IDS[path[:2]]} {_item_id(items, path[2], quote=True)}"
            rest = path[3:]
    except (KeyError, IndexError, TypeError, AttributeError):
        return "/".join(str(p) for p in path)
    if not label:
        return "/".join(str(p) for p in path)
    under = [str(p) for p in rest if isinstance(p, str)]
    if under and under[0] in ("answers", "effects", "ending", "fallback", "vague", "trust"):
        label += f", under {under[0]}:"
    return label


@lru_cache(maxsize=1)
def _validator():
    from commonground.schema_import import import_jsonschema

    jsonschema = import_jsonschema()
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(_inline_refs(schema, schema["$defs"]))


@lru_cache(maxsize=1)
def _gate():
    """The schema compiled by fastjsonschema into a Python function (once per process).

    It says only whether data is valid, about six times faster than jsonschema, with
    its compile and import included. It reads the schema by draft-07's rules; the
    keywords our schema uses mean the same in both drafts (a test keeps it so, and
    checks on hundreds of broken scenarios that both validators agree).

    Compiled without detailed exceptions: jsonschema gives the messages, and code that
    says only valid or not compiles in 11 ms, not 40 (each detailed error carried its
    part of the schema). fastjsonschema (2.22) cannot compile ``const`` so, which is
    read here as the one-value ``enum`` it means.
    """
    import fastjsonschema

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return fastjsonschema.compile(_const_as_enum(schema), detailed_exceptions=False)


def _const_as_enum(node):
    """``node`` with each ``{"const": x}`` written ``{"enum": [x]}`` (the same check)."""
    if isinstance(node, list):
        return [_const_as_enum(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: _const_as_enum(v) for k, v in node.items()}
    if "const" in out and "enum" not in out:
        out["enum"] = [out.pop("const")]
    return out


def _gate_accepts(data: object) -> bool:
    """True when fastjsonschema finds ``data`` valid; any doubt goes to jsonschema."""
    try:
        _gate()(data)
    except Exception:  # noqa: BLE001 - invalid, or not something it can judge
        return False
    return True


def _inline_refs(node, defs: dict):
    """Replace each local ``{"$ref": "#/$defs/x"}`` by its definition (the schema has no
    cycles), which spares the validator a reference lookup on every value."""
    if isinstance(node, list):
        return [_inline_refs(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref", "")
    if ref.startswith("#/$defs/"):
        rest = {k: v for k, v in node.items() if k != "$ref"}
        return {**_inline_refs(defs[ref.split("/")[-1]], defs), **rest}
    return {k: _inline_refs(v, defs) for k, v in node.items()}


def schema_problems(data: object, lines: Lines) -> list[Problem]:
    """Every JSON Schema violation, in file order.

    A valid file is told by the fast gate (:func:`_gate`), without importing jsonschema;
    an invalid one is validated again by jsonschema, whose messages we report.
    """
    if not isinstance(data, dict):
        return [Problem(1, "", "a scenario must be a mapping (key: value) at the top level")]
    if data.get("schema_version") not in (None, 1):
        found = data.get("schema_version")
        return [
            Problem(
                line_of(lines, ("schema_version",)),
                "schema_version",
                f"unsupported schema_version {found!r}; this version reads 1",
            )
        ]
    if _gate_accepts(data):
        return []
    found = []
    for error in _validator().iter_errors(data):
        path = tuple(error.absolute_path)
        found.append(Problem(line_of(lines, path), where(data, path), _short(error)))
    return sorted(found, key=lambda p: p.line)


def _short(error) -> str:
    """A one-line schema message (not the whole offending value)."""
    if error.validator == "oneOf" and error.schema.get("oneOf") == [
        {"required": ["next"]},
        {"required": ["ask"]},
    ]:
        return "a choice needs exactly one of 'next' (a node id) or 'ask' (an ask id)"
    if isinstance(error.instance, bool) and error.validator == "type":
        return (
            f"{error.message}: YAML reads an unquoted yes/no/on/off as true/false; "
            "put the text in quotes"
        )
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        stray = [k for k in ("yes", "maybe", "no_timing", "no_activity") if k in error.instance]
        if stray and "answers" not in error.instance:
            return f"{error.message}; answer keys such as {stray[0]!r} belong under 'answers:'"
    if error.validator in ("additionalProperties", "required", "enum", "const", "pattern"):
        return error.message
    return error.message if len(error.message) < 160 else error.message[:157] + "..."


def reference_problems(data: dict, lines: Lines) -> list[Problem]:
    """Ids that point nowhere, and duplicate ids (the data already passed the schema)."""
    problems: list[Problem] = []

    def add(path: tuple, message: str) -> None:
        problems.append(Problem(line_of(lines, path), where(data, path), message))

    facts = {f["id"]: f for f in data["persona"]["hidden_facts"]}
    asks = {a["id"]: a for a in data["campaign"]["asks"]}

    def first_at(path: tuple) -> str:
        line = line_of(lines, path)
        return f" (the first is at line {line})" if line else ""

    nodes: dict[str, int] = {}
    for index, node in enumerate(data["nodes"]):
        if node["id"] in nodes:
            first = first_at(("nodes", nodes[node["id"]], "id"))
            add(("nodes", index, "id"), f"duplicate node id {node['id']!r}{first}")
        nodes.setdefault(node["id"], index)
    for kind, base in (
        ("fact", ("persona", "hidden_facts")),
        ("ask", ("campaign", "asks")),
    ):
        seen: dict[str, int] = {}
        for index, item in enumerate(data[base[0]][base[1]]):
            if item["id"] in seen:
                first = first_at((*base, seen[item["id"]], "id"))
                add((*base, index, "id"), f"duplicate {kind} id {item['id']!r}{first}")
            seen.setdefault(item["id"], index)
    for index, ask in enumerate(data["campaign"]["asks"]):
        base = ("campaign", "asks", index)
        for fid in ask.get("fits", ()):
            if fid not in facts:
                add((*base, "fits"), f"ask {ask['id']}: fits unknown fact {fid!r}")
            elif facts[fid]["category"] == "constraint":
                add((*base, "fits"), f"ask {ask['id']}: fits lists a constraint {fid!r}")
        for fid in ask.get("conflicts", ()):
            if facts.get(fid, {}).get("category") != "constraint":
                add((*base, "conflicts"), f"ask {ask['id']}: {fid!r} is not a constraint fact")
        for aid in ask.get("alternatives", ()):
            if aid not in asks:
                add((*base, "alternatives"), f"ask {ask['id']}: unknown alternative {aid!r}")
    if data["start"] not in nodes:
        add(("start",), f"start node {data['start']!r} does not exist")
    choice_ids: dict[str, tuple] = {}
    for index, node in enumerate(data["nodes"]):
        base = ("nodes", index)
        for target in (node.get("answers") or {}).values():
            if target not in nodes:
                add((*base, "answers"), f"answer leads to unknown node {target!r}")
        for cindex, choice in enumerate(node.get("choices", ())):
            cpath = (*base, "choices", cindex)
            if choice["id"] in choice_ids:
                first = first_at((*choice_ids[choice["id"]], "id"))
                add((*cpath, "id"), f"duplicate choice id {choice['id']!r}{first}")
            choice_ids.setdefault(choice["id"], cpath)
            if "next" in choice and choice["next"] not in nodes:
                add((*cpath, "next"), f"next points to unknown node {choice['next']!r}")
            for target in (choice.get("answers") or {}).values():
                if target not in nodes:
                    add((*cpath, "answers"), f"answer leads to unknown node {target!r}")
            if "answers" in choice and "ask" not in choice:
                add((*cpath, "answers"), "'answers' on a choice needs 'ask'")
            if "ask" in choice:
                if choice["ask"] not in asks:
                    add((*cpath, "ask"), f"unknown ask {choice['ask']!r}")
                if not node.get("answers") and not choice.get("answers"):
                    add((*cpath, "ask"), "an ask choice needs 'answers' (on itself or its node)")
            for fid in choice.get("effects", {}).get("reveals", ()):
                if fid not in facts:
                    add((*cpath, "effects", "reveals"), f"reveals unknown fact {fid!r}")
    return sorted(problems, key=lambda p: p.line)
