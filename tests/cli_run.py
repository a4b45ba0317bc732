"""Run the ``commonground`` CLI in the test process and keep what it printed."""

from __future__ import annotations

from commonground import cli


def run_cli(capsys, *argv) -> tuple[int, str]:
    """``(exit code, stdout + stderr)``; a traceback in the output fails the test."""
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert "Traceback" not in out
    return code, out
