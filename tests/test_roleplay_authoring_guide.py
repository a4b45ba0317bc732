"""The scenario authoring guide covers what a facilitator needs, and its examples load."""

from __future__ import annotations

import re
from pathlib import Path

from commonground.roleplay.lint import lint_file
from commonground.roleplay.starter import starter_text

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "authoring-scenarios.md"


def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def test_the_guide_points_to_coach_before_its_first_section():
    text = guide()
    intro = text[: text.index("## 1.")]
    assert 'commonground coach "' in intro
    assert "ask" in intro and "question" in intro
    typed = text[text.index("## 7.") : text.index("## 8.")]
    assert "`commonground coach`" in typed and "--fit" in typed


def test_the_guide_documents_meeting_place_as_the_schema_has_it():
    from commonground.roleplay.checks import SCHEMA_FILE

    assert '"place"' in SCHEMA_FILE.read_text(encoding="utf-8")
    text = guide()
    assert re.search(r"^  place: .+# optional$", text, re.M)
    assert "`place` (optional: where and when" in text


def test_the_guides_ask_choice_without_text_lints(tmp_path):
    text = guide()
    block = re.search(r"      - id: offer_gate\n        ask: gate_talks .*?```", text, re.S)
    assert block, "the guide shows an ask choice that leaves out text"
    snippet = block.group(0).removesuffix("```").rstrip() + "\n"
    starter = starter_text("guide")
    start = starter.index("      - id: offer_gate\n")
    end = starter.index("        ask: gate_talks\n", start) + len("        ask: gate_talks\n")
    snippet = re.sub(r" +#.*", "", snippet)
    edited = starter[:start] + snippet + "        effects: {minutes: 1}\n" + starter[end:]
    path = tmp_path / "guide.yaml"
    path.write_text(edited, encoding="utf-8")
    assert [str(i) for i in lint_file(path) if i.level == "error"] == []


def test_the_guide_explains_the_autoplay_reasons():
    text = guide()
    for reason in ("trust_too_low", "no_fit_discovered", "not_specific", "constraint:"):
        assert f"`{reason}" in text
    assert "example_paths" in text


def test_the_guide_shows_optional_examples_and_the_starter_uses_them(tmp_path, capsys):
    import json
    import textwrap

    import yaml

    from commonground import cli
    from commonground.roleplay.checks import SCHEMA_FILE

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    choice = schema["$defs"]["choice"]
    assert "examples" in choice["properties"] and "examples" not in choice["required"]
    typed = guide()[guide().index("## 7.") : guide().index("## 8.")]
    block = re.search(r"```yaml\n(      - id: .*?\n        examples:\n.*?)```", typed, re.S)
    assert block, "section 7 shows a choice with examples"
    shown = yaml.safe_load(textwrap.dedent(block.group(1)))
    assert len(shown[0]["examples"]) >= 2
    # what `commonground scenarios new` writes: some choices with examples, some without
    assert cli.main(["scenarios", "new", "shown", "-o", str(tmp_path)]) == 0
    capsys.readouterr()
    written = yaml.safe_load((tmp_path / "shown.yaml").read_text(encoding="utf-8"))
    choices = [c for node in written["nodes"] for c in node.get("choices", [])]
    with_examples = [c for c in choices if c.get("examples")]
    assert with_examples and len(with_examples) < len(choices)
    assert all(isinstance(e, str) and e.strip() for c in with_examples for e in c["examples"])
