"""The fast schema gate (fastjsonschema) never lets through what jsonschema refuses.

``checks.schema_problems`` asks fastjsonschema first; only a file it refuses is
validated again by jsonschema, whose messages are reported. These tests mutate a
shipped scenario in hundreds of seeded ways (wrong types, missing and extra keys, values
outside an enum or a pattern, empty and out-of-range values, duplicates) and require the
two validators to agree on every one; they also keep the schema to the keywords whose
meaning fastjsonschema (draft-07 rules) and jsonschema (2020-12) share.
"""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys

import pytest

from commonground.roleplay import checks
from commonground.roleplay.loader import resolve
from commonground.roleplay.yamlfile import parse_file

ODD_VALUES = [0, -3, 2.5, 10**6, True, False, None, "", "not_a_choice", [], ["x"], {}, {"x": 1}]
#: Keywords that mean the same under draft-07 and 2020-12 (``items`` as one schema).
SHARED = {
    "additionalProperties", "const", "else", "enum", "if", "items", "maximum", "minItems",
    "minLength", "minimum", "not", "oneOf", "pattern", "properties", "required", "then",
    "type", "uniqueItems", "$ref", "$defs", "$id", "$schema", "title", "description",
}  # fmt: skip
ANNOTATIONS = {"title", "description"}


def _places(value, path=()):
    """Every path in ``value``, with the value there."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


def _at(data, path):
    for step in path:
        data = data[step]
    return data


def _mutate(data, rng: random.Random):
    """``data`` with one to three seeded changes."""
    data = copy.deepcopy(data)
    for _ in range(rng.choice((1, 1, 2, 3))):
        places = [(p, v) for p, v in _places(data) if p]
        path, value = rng.choice(places)
        parent = _at(data, path[:-1])
        kind = rng.choice(("type", "drop", "extra", "duplicate", "text"))
        if kind == "drop" and isinstance(parent, dict):
            del parent[path[-1]]
        elif kind == "extra":
            holder = value if isinstance(value, dict) else parent
            if isinstance(holder, dict):
                holder[rng.choice(("extra", "yes", "notes", "id"))] = rng.choice(ODD_VALUES)
        elif kind == "duplicate" and isinstance(value, list) and value:
            value.append(copy.deepcopy(rng.choice(value)))
        elif kind == "text" and isinstance(value, str):
            parent[path[-1]] = rng.choice(("", "Not An Id", value + "_x", "strong", "no"))
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
    return data


@pytest.mark.parametrize("name", ["pta_parent", "student"])
def test_the_gate_and_jsonschema_agree_on_broken_scenarios(name):
    data, _ = parse_file(resolve(name))
    assert checks._gate_accepts(data)
    validator = checks._validator()
    verdicts = []
    for seed in range(150):
        mutated = _mutate(data, random.Random(f"{name} {seed}"))
        valid = not any(True for _ in validator.iter_errors(mutated))
        verdicts.append((seed, valid, checks._gate_accepts(mutated)))
    assert [v for v in verdicts if v[1] != v[2]] == []
    refused = sum(not valid for _, valid, _ in verdicts)
    assert 100 <= refused < 150  # mostly broken, some changes still valid


def test_a_refused_file_gets_jsonschemas_messages(monkeypatch):
    path = resolve("pta_parent")
    data, lines = parse_file(path)
    broken = _mutate(data, random.Random(7))
    with_gate = checks.schema_problems(broken, lines)
    monkeypatch.setattr(checks, "_gate_accepts", lambda data: False)
    assert with_gate and with_gate == checks.schema_problems(broken, lines)


def test_the_schema_uses_only_keywords_both_validators_read_alike():
    schema = json.loads(checks.SCHEMA_FILE.read_text(encoding="utf-8"))
    seen = set()

    def walk(node, naming=False):
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if naming:  # property names and $defs names, not keywords
                for item in node.values():
                    walk(item)
                return
            seen.update(node)
            assert "$ref" not in node or set(node) - {"$ref"} <= ANNOTATIONS, node
            assert not isinstance(node.get("items"), list), node
            for key, item in node.items():
                walk(item, naming=key in ("properties", "$defs"))

    walk(schema)
    assert seen - SHARED == set()
    assert "if" in seen and "oneOf" in seen  # the walk reached the keywords


def test_a_valid_scenario_is_loaded_without_importing_jsonschema():
    code = (
        "import sys\n"
        "from commonground.roleplay import load_scenario\n"
        "load_scenario('student')\n"
        "print('jsonschema' in sys.modules, 'fastjsonschema' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "True"]


def test_the_gate_compiles_without_detailed_exceptions_and_keeps_each_const():
    """The gate is compiled with ``const`` read as a one-value ``enum`` (fastjsonschema
    cannot compile ``const`` without detailed exceptions): every shipped scenario passes,
    and each const still refuses what it refused (``schema_version: 2``, ``synthetic:
    false``, ``1`` in place of ``True``)."""
    import json

    from commonground.roleplay.loader import scenario_paths

    schema = json.loads(checks.SCHEMA_FILE.read_text(encoding="utf-8"))
    assert '"const"' in json.dumps(schema)
    assert '"const"' not in json.dumps(checks._const_as_enum(schema))
    checks._gate.cache_clear()
    for path in scenario_paths():
        data, _ = parse_file(path)
        assert checks._gate_accepts(data), path
    data, _ = parse_file(scenario_paths()[0])
    for key, wrong in (("schema_version", 2), ("synthetic", False), ("schema_version", True)):
        broken = {**copy.deepcopy(data), key: wrong}
        assert not checks._gate_accepts(broken), (key, wrong)
        assert checks.schema_problems(broken, {}), (key, wrong)
