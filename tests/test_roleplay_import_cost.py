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
