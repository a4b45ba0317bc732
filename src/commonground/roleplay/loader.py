"""Find, read and check scenario files.

A scenario is YAML read with ``yaml.safe_load`` only. Every problem is reported with
the file, the line and what is wrong: the document is also *composed* (parsed into
nodes that keep their position) so that each JSON path can be mapped back to its line.

Scenarios live in ``data/scenarios/*.yaml`` at the repository root (the package is
installed editable); ``$COMMONGROUND_SCENARIOS`` points elsewhere.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from commonground.errors import InputFileError
from commonground.roleplay.model import (
    DEFAULT_FALLBACK,
    Ask,
    Campaign,
    Choice,
    Effects,
    Fact,
    Fallback,
    Meeting,
    Node,
    Persona,
    Scenario,
)

SCENARIOS_ENV = "COMMONGROUND_SCENARIOS"
SCHEMA_FILE = Path(__file__).with_name("scenario.schema.json")
REPO_ROOT = Path(__file__).resolve().parents[3]

Lines = dict[tuple, int]


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


@dataclass(frozen=True)
class ScenarioInfo:
    """A scenario as listed: its name (the file stem) and a few headline fields."""

    name: str
    path: Path
    title: str = ""
    purpose: str = ""
    setting: str = ""
    description: str = ""
    error: str = ""


def scenarios_dir() -> Path:
    """The folder holding the scenario files (``$COMMONGROUND_SCENARIOS`` wins)."""
    override = os.environ.get(SCENARIOS_ENV)
    return Path(override).expanduser() if override else REPO_ROOT / "data" / "scenarios"


def scenario_paths() -> list[Path]:
    """All ``*.yaml`` files in :func:`scenarios_dir`, sorted by name."""
    folder = scenarios_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def list_scenarios() -> list[ScenarioInfo]:
    """List the available scenarios; a broken file is listed with its ``error``."""
    found = []
    for path in scenario_paths():
        try:
            item = load_scenario(path)
        except InputFileError as exc:
            found.append(ScenarioInfo(path.stem, path, error=str(exc)))
            continue
        found.append(
            ScenarioInfo(
                path.stem,
                path,
                item.title,
                item.meeting.purpose,
                item.meeting.setting,
                item.persona.description,
            )
        )
    return found


def resolve(path_or_name: str | os.PathLike) -> Path:
    """Turn a scenario name (file stem) or a path into an existing file path."""
    text = str(path_or_name)
    candidate = Path(text).expanduser()
    if candidate.suffix in (".yaml", ".yml") or os.sep in text or "/" in text:
        if not candidate.is_file():
            raise InputFileError(candidate, "no such scenario file")
        return candidate
    path = scenarios_dir() / f"{text}.yaml"
    if not path.is_file():
        known = ", ".join(p.stem for p in scenario_paths()) or "none"
        raise InputFileError(path, f"no scenario named {text!r}; known: {known}")
    return path


def load_scenario(path_or_name: str | os.PathLike) -> Scenario:
    """Load and check a scenario by name (``"retired_teacher"``) or path.

    Raises
    ------
    InputFileError
        Naming the file, the line and what is wrong, for YAML syntax, schema and
        reference errors.
    """
    path = resolve(path_or_name)
    stat = path.stat()
    return _load_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _load_cached(path: str, _mtime: int, _size: int) -> Scenario:
    data, lines = parse_file(path)
    problems = schema_problems(data, lines) or reference_problems(data, lines)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputFileError(path, f"{problems[0]}{more}")
    return build(data, Path(path))


# ---- parsing with line numbers ----------------------------------------------------------


def parse_file(path: str | os.PathLike) -> tuple[object, Lines]:
    """Read a YAML file safely; return the data and a map of JSON path -> line.

    Raises
    ------
    InputFileError
        For unreadable files, YAML syntax errors and duplicate keys, with the line.
    """
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(path, f"cannot read: {exc}") from None
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
        line = f"line {mark.line + 1}: " if mark is not None else ""
        if "mapping values are not allowed" in problem:
            problem += " (text with ': ' in it? put it in quotes or use >-)"
        raise InputFileError(path, f"{line}YAML syntax error: {problem}") from None
    _yes_keys(data)
    lines: Lines = {}
    if root is not None:
        duplicate = _index_lines(root, (), lines)
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


def _index_lines(node, prefix: tuple, lines: Lines) -> str:
    """Fill ``lines`` for every path below ``node``; return a duplicate-key message."""
    import yaml

    lines[prefix] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            name = key.value
            if name in seen:
                return f"line {key.start_mark.line + 1}: duplicate key {name!r}"
            seen.add(name)
            found = _index_lines(value, (*prefix, name), lines)
            if found:
                return found
            lines[(*prefix, name)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found = _index_lines(item, (*prefix, index), lines)
            if found:
                return found
    return ""


def line_of(lines: Lines, path: tuple) -> int:
    """The line of the deepest known prefix of ``path`` (0 when nothing is known)."""
    for end in range(len(path), -1, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return 0


def where(data: object, path: tuple) -> str:
    """A readable location: the node (and choice) id when the path is inside one."""
    if len(path) >= 2 and path[0] == "nodes" and isinstance(data, dict):
        try:
            node = data["nodes"][path[1]]
            label = f"node {node.get('id', path[1])!s}"
            if len(path) >= 4 and path[2] == "choices":
                label += f", choice {node['choices'][path[3]].get('id', path[3])!s}"
            return label
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
    return "/".join(str(p) for p in path)


# ---- checks -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(_inline_refs(schema, schema["$defs"]))


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
    """Every JSON Schema violation, in file order."""
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
    nodes: dict[str, int] = {}
    for index, node in enumerate(data["nodes"]):
        if node["id"] in nodes:
            add(("nodes", index, "id"), f"duplicate node id {node['id']!r}")
        nodes.setdefault(node["id"], index)
    for kind, items in (
        ("fact", data["persona"]["hidden_facts"]),
        ("ask", data["campaign"]["asks"]),
    ):
        seen = set()
        for item in items:
            if item["id"] in seen:
                add((), f"duplicate {kind} id {item['id']!r}")
            seen.add(item["id"])
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
    choice_ids: set[str] = set()
    for index, node in enumerate(data["nodes"]):
        base = ("nodes", index)
        for target in (node.get("answers") or {}).values():
            if target not in nodes:
                add((*base, "answers"), f"answer leads to unknown node {target!r}")
        for cindex, choice in enumerate(node.get("choices", ())):
            cpath = (*base, "choices", cindex)
            if choice["id"] in choice_ids:
                add((*cpath, "id"), f"duplicate choice id {choice['id']!r}")
            choice_ids.add(choice["id"])
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


# ---- building objects -----------------------------------------------------------------


def _fallback(raw: dict | None) -> Fallback | None:
    if not raw:
        return None
    return Fallback(raw["say"], raw["feedback"], raw.get("trust", -1), raw.get("minutes", 1))


def _choice(raw: dict) -> Choice:
    eff = raw.get("effects", {})
    return Choice(
        id=raw["id"],
        text=raw["text"],
        kind=raw["kind"],
        step=raw["step"],
        quality=raw["quality"],
        feedback=" ".join(raw["feedback"].split()),
        effects=Effects(
            trust=eff.get("trust", 0),
            minutes=eff.get("minutes", 2),
            reveals=tuple(eff.get("reveals", ())),
            story_shared=eff.get("story_shared", False),
            common_ground=eff.get("common_ground", ""),
        ),
        reply=" ".join(raw.get("reply", "").split()),
        next=raw.get("next"),
        ask=raw.get("ask"),
        answers=dict(raw["answers"]) if raw.get("answers") else None,
    )


def _node(raw: dict) -> Node:
    ending = raw.get("ending")
    return Node(
        id=raw["id"],
        say=" ".join(raw.get("say", "").split()),
        choices=tuple(_choice(c) for c in raw.get("choices", ())),
        answers=dict(raw["answers"]) if raw.get("answers") else None,
        fallback=_fallback(raw.get("fallback")),
        ending=ending is not None,
        debrief=" ".join((ending or {}).get("debrief", "").split()),
        reflect=" ".join((ending or {}).get("reflect", "").split()),
    )


def build(data: dict, path: Path) -> Scenario:
    """Turn checked scenario data into a :class:`Scenario`."""
    p = data["persona"]
    trust = p.get("trust", {})
    persona = Persona(
        name=p["name"],
        description=p["description"],
        public_facts=tuple(p["public_facts"]),
        hidden_facts=tuple(
            Fact(f["id"], f["category"], f["text"], tuple(f["keywords"]), f.get("blocks"))
            for f in p["hidden_facts"]
        ),
        trust_start=trust.get("start", 0),
        trust_needed=trust.get("needed", 3),
    )
    c = data["campaign"]
    campaign = Campaign(
        name=c["name"],
        what=" ".join(c["what"].split()),
        why=" ".join(c["why"].split()),
        asks=tuple(
            Ask(
                id=a["id"],
                ask_type=a["ask_type"],
                text=" ".join(a["text"].split()),
                specificity=tuple(a["specificity"]),
                fits=tuple(a.get("fits", ())),
                conflicts=tuple(a.get("conflicts", ())),
                alternatives=tuple(a.get("alternatives", ())),
                keywords=tuple(a.get("keywords", ())),
            )
            for a in c["asks"]
        ),
    )
    m = data["meeting"]
    meeting = Meeting(
        m["purpose"],
        m["setting"],
        m["planned_minutes"],
        m.get("place", ""),
        " ".join(m.get("organizer_note", "").split()),
    )
    return Scenario(
        id=path.stem,
        path=path,
        title=data["title"],
        summary=" ".join(data.get("summary", "").split()),
        persona=persona,
        campaign=campaign,
        meeting=meeting,
        start=data["start"],
        nodes={n["id"]: _node(n) for n in data["nodes"]},
        practises=tuple(data.get("practises", ())),
        fallback=_fallback(data.get("fallback")) or DEFAULT_FALLBACK,
    )
