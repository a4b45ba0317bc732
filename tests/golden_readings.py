"""What the reader makes of every authored wording: the golden file and how to rebuild it.

``tests/golden/readings.json`` holds, for every text in the shipped scenarios
(``data/scenarios/*.yaml``: choices, examples, persona lines, everything) and in the
reader's labelled tables (``tests/data/reader_*.csv``), the reader's full
:class:`~commonground.reader.Reading` and :func:`~commonground.reader.ask_phrases.ask_phrases`;
for a scenario's asks also the reading with that scenario's fact keywords (fit and
conflict). ``tests/test_reader_golden.py`` reads every text again and compares, so a
speed-up of the reader cannot change a single reading.

When a reader rule changes *on purpose*, rebuild the file and review its diff::

    python tests/golden_readings.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "readings.json"
SCENARIOS = HERE.parent / "data" / "scenarios"
TABLES = sorted((HERE / "data").glob("reader_*.csv"))


def _strings(value) -> list[str]:
    """Every text value in a parsed YAML document, in document order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _keywords(data: dict) -> tuple[dict, dict]:
    """A scenario's fact keywords: ``(fit, conflict)`` as the role-play passes them."""
    facts = data.get("persona", {}).get("hidden_facts", [])
    fit = {f["id"]: list(f["keywords"]) for f in facts if f.get("category") != "constraint"}
    conflict = {f["id"]: list(f["keywords"]) for f in facts if f.get("category") == "constraint"}
    return fit, conflict


def corpus() -> tuple[list[str], dict[str, dict]]:
    """``(texts, keyed)``: every text once, and per scenario its keywords and ask texts."""
    texts: dict[str, None] = {}
    keyed: dict[str, dict] = {}
    for path in sorted(SCENARIOS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found = [s for s in _strings(data) if s.strip()]
        texts.update(dict.fromkeys(found))
        fit, conflict = _keywords(data)
        keyed[path.stem] = {"fit": fit, "conflict": conflict, "texts": list(dict.fromkeys(found))}
    for table in TABLES:
        with table.open(encoding="utf-8", newline="") as handle:
            texts.update(dict.fromkeys(row["text"] for row in csv.DictReader(handle)))
    return list(texts), keyed


def readings(texts: list[str], keyed: dict[str, dict]) -> dict:
    """The reader's results for the corpus, as stored in the golden file."""
    from commonground.reader import read_line
    from commonground.reader.ask_phrases import ask_phrases

    plain = {}
    for text in texts:
        plain[text] = {"reading": read_line(text).as_dict(), "phrases": ask_phrases(text)}
    with_keywords = {}
    for name, entry in keyed.items():
        fit, conflict = entry["fit"], entry["conflict"]
        asks = [t for t in entry["texts"] if plain[t]["reading"]["kind"] == "ask"]
        with_keywords[name] = {
            "fit": fit,
            "conflict": conflict,
            "readings": {t: read_line(t, fit, conflict).as_dict() for t in asks},
        }
    return {"plain": plain, "with_keywords": with_keywords}


def _dumps(found: dict) -> str:
    """JSON with one text per line, so that a changed reading shows as a one-line diff."""

    def one(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def block(mapping: dict) -> str:
        return "{\n" + ",\n".join(f"{one(k)}:{one(v)}" for k, v in mapping.items()) + "\n}"

    keyed = {
        name: "{"
        + f'"fit":{one(e["fit"])},\n"conflict":{one(e["conflict"])},\n"readings":'
        + block(e["readings"])
        + "}"
        for name, e in found["with_keywords"].items()
    }
    keyed_text = "{\n" + ",\n".join(f"{one(k)}:{v}" for k, v in keyed.items()) + "\n}"
    return '{"plain":' + block(found["plain"]) + ',\n"with_keywords":' + keyed_text + "}\n"


def main() -> int:
    texts, keyed = corpus()
    found = readings(texts, keyed)
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(_dumps(found), encoding="utf-8")
    print(f"{len(found['plain'])} texts -> {GOLDEN.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
