"""Loading a scenario keeps jsonschema's slow optional IRI checker out, without breaking it."""

import subprocess
import sys


def test_loading_a_scenario_skips_rfc3987_but_leaves_it_importable():
    code = (
        "import sys\n"
        "from commonground.roleplay import load_scenario\n"
        "load_scenario('retired_teacher')\n"
        "print('rfc3987_syntax' in sys.modules)\n"
        "import rfc3987_syntax\n"
        "print(rfc3987_syntax.__name__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "rfc3987_syntax"]


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
