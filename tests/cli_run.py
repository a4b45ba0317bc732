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


def import_van_signups(capsys, tmp_path, rows: list[str]):
    """Write ``rows`` as a VAN event-signups export, run ``log import`` on it, and return
    ``(exit code, output, quarantine as text, or None when none was written)``."""
    import pandas as pd

    path = tmp_path / "signups.csv"
    path.write_text("\n".join(rows) + "\n")
    out_path = tmp_path / "log.csv"
    code, out = run_cli(capsys, "log", "import", "--from", "van-signups", path, "-o", out_path)
    quarantine = tmp_path / "log.quarantine.csv"
    return code, out, pd.read_csv(quarantine, dtype=str) if quarantine.exists() else None


def import_export(capsys, tmp_path, source: str, path, *more):
    """Run ``log import --from source path`` (and ``more`` options) into ``tmp_path``:
    ``(exit code, output, the log, the quarantine)``, each table ``None`` when not written."""
    import pandas as pd

    out = tmp_path / "log.csv"
    code, text = run_cli(capsys, "log", "import", "--from", source, path, "-o", out, *more)
    log = pd.read_csv(out, dtype=str) if out.exists() else None
    q_path = tmp_path / "log.quarantine.csv"
    quarantine = pd.read_csv(q_path, dtype=str) if q_path.exists() else None
    return code, text, log, quarantine
