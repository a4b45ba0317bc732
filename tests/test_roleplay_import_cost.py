"""Scenarios and question files are validated without jsonschema's slow format checkers."""

import json
import subprocess
import sys

import pytest

from commonground.questions.loading import SCHEMA_FILE as QUESTIONS_SCHEMA
from commonground.roleplay.checks import SCHEMA_FILE as SCENARIO_SCHEMA

LOADS = {
    "scenario": "from commonground.roleplay import load_scenario\nload_scenario('retired_teacher')\n",
    # lesson 09's self-check cell: the first jsonschema import of that kernel
    "question file": "from commonground.widgets import self_check\nself_check('09')\n",
    # `commonground build` reads and writes notebooks with nbformat, which imports jsonschema
    "build": "from commonground.build import steps\nimport nbformat\n",
}


def _fresh_process(code: str, home) -> str:
    """What ``code`` prints in a new Python process (its saved work under ``home``)."""
    env = {**__import__("os").environ, "COMMONGROUND_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout


@pytest.mark.parametrize("what", sorted(LOADS))
def test_loading_skips_rfc3987_but_leaves_it_importable(what, tmp_path):
    code = (
        "import sys\n"
        f"{LOADS[what]}"
        "print('jsonschema' in sys.modules, 'rfc3987_syntax' in sys.modules)\n"
        "print('arrow' in sys.modules)\n"
        "import rfc3987_syntax\n"
        "print(rfc3987_syntax.__name__)\n"
    )
    out = _fresh_process(code, tmp_path).split()
    assert out[-3:] == ["False", "False", "rfc3987_syntax"]  # no IRI grammar, no arrow
    if what == "question file":  # it is validated with jsonschema in a fresh process
        assert out[-4] == "True"


def _keys(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


@pytest.mark.parametrize("schema", [QUESTIONS_SCHEMA, SCENARIO_SCHEMA], ids=lambda p: p.name)
def test_schemas_use_no_formats_so_the_iri_checker_is_not_needed(schema):
    assert "format" not in set(_keys(json.loads(schema.read_text(encoding="utf-8"))))


def test_the_voila_entry_point_and_the_report_import_jsonschema_without_rfc3987():
    # Jupyter Server (Voila) and nbformat/papermill (the report) import jsonschema; our
    # entry points import it first without the IRI grammar. Voila's --help loads the server.
    code = (
        "import runpy, sys\n"
        "sys.argv = ['voila', '--help']\n"
        "try:\n"
        "    runpy.run_module('commonground.serving.voila_main', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "import jupyter_server.serverapp, nbformat, papermill\n"
        "print('rfc3987_syntax' in sys.modules, 'jsonschema' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.split()[-2:] == ["False", "True"], done.stderr[-2000:]


def test_the_test_run_imports_jsonschema_without_its_format_checkers():
    """pyproject's addopts load :mod:`commonground.pytest_plugin` before the installed
    plugins: nbval's nbformat then finds jsonschema imported without the IRI grammar (2.6 s
    of CPU per pytest process, runner and each worker, on a busy machine). The checkers
    are fixed when jsonschema is first imported, whatever is imported later."""
    import jsonschema

    assert "nbformat" in sys.modules  # nbval imported it, after the plugin
    assert "iri" not in jsonschema.FormatChecker.checkers


def test_the_hub_its_servers_and_the_facilitator_page_start_without_rfc3987():
    # The hub's config starts the hub, each person's server and the facilitator's page
    # through lean_start; --help loads each program before it prints and exits.
    code = (
        "import runpy, sys\n"
        "for which in ('hub', 'singleuser'):\n"
        "    sys.argv = ['lean_start', which, '--help']\n"
        "    try:\n"
        "        runpy.run_module('commonground.hub.lean_start', run_name='__main__')\n"
        "    except SystemExit:\n"
        "        pass\n"
        "import commonground.hub.facilitator, jupyterhub.app, jupyterhub.singleuser\n"
        "print('rfc3987_syntax' in sys.modules, 'jsonschema' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    # both programs got their arguments: the hub's help, then the server's
    assert "multi-user Hub" in done.stdout and done.stdout.count("--help-all") >= 2
    assert done.stderr.split()[-2:] == ["False", "True"], done.stderr[-2000:]


def test_a_clicked_role_play_compiles_none_of_the_readers_patterns(tmp_path):
    """Starting a play and clicking its choices needs no line read: the reader's kinds
    and signals (about 190 patterns, 0.1-0.2 s to compile) wait for the first typed
    line, which then reads as before. Voila's time to the first choice counts this."""
    code = (
        "import sys\n"
        "from commonground import roleplay\n"
        "from commonground.widgets.roleplay_player import roleplay_player\n"
        "player = roleplay_player()\n"
        "player.start('retired_teacher')\n"
        "for _ in range(3):\n"
        "    player.choose(roleplay.choices(player.scenario, player.state)[0].id)\n"
        "heavy = ('commonground.reader.kinds', 'commonground.reader.signals', 'numpy')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "player.say('What got you into teaching in the first place?')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "print(len(player.state.steps))\n"
    )
    out = _fresh_process(code, tmp_path).splitlines()
    assert out[0] == "[]"
    assert out[1] == str(
        sorted(["commonground.reader.kinds", "commonground.reader.signals", "numpy"])
    )
    assert int(out[2]) == 4  # three clicks and the typed line were all heard
