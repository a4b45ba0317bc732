"""How fast ``log import`` maps a big export, against ``read_log`` on the same rows.

The issue's goal: a 1,000,000-row export imports within 3x the time ``read_log`` takes
to read and check the same meetings. Cases, each in a fresh Python process (imports
included), best of ``--rounds``, alternated so machine load hits both alike:

- ``read_log`` (baseline): :func:`commonground.outcomes.read_log` on a generated
  outcome log (:func:`commonground.outcomes.generate`), as ``bench_read_log.py``.
- ``import``: the same meetings written as a Mobilize attendance export (ids, user ids,
  event types, Unix-second timeslots, status, attended, plus name and e-mail columns
  that must be dropped), imported with ``import_files("mobilize", ...)`` and written
  out with ``write_import``: the whole ``commonground log import`` job.

Inputs are cached in ``benchmarks/out/`` (git-ignored).

Run: ``.venv/bin/python benchmarks/bench_log_import.py [--rows 1000000] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_read_log import make_log, measure  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"

MAKE_EXPORT = """
import sys
import numpy as np
import pandas as pd
log = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
day = pd.to_datetime(log["date"]).astype("int64") // 10**9
final = log["final_response"].where(log["final_response"] != "", log["response"])
status = np.where(final == "yes", "CONFIRMED", np.where(final == "no", "CANCELLED", "REGISTERED"))
attended = log["showed_up"].where(final == "yes", "")
export = pd.DataFrame({
    "id": np.arange(1, len(log) + 1),
    "user_id": log["contact"],
    "given_name": "Synthetic",
    "email_address": "someone@example.org",
    "event_type": log["ask_type"].str.upper(),
    "timeslot_start_date": day + 7 * 86400,
    "status": status,
    "attended": attended,
    "created_date": day,
})
export.to_csv(sys.argv[2], index=False)
"""

IMPORT = (
    "import sys\n"
    "from commonground.outcomes.importers.run import import_files, write_import\n"
    "result = import_files('mobilize', [sys.argv[1]])\n"
    "write_import(result, sys.argv[2])\n"
    "assert len(result.accepted) + len(result.quarantine) == result.n_read\n"
)
READ_LOG = (
    "import sys\n"
    "from commonground.outcomes import read_log\n"
    "result = read_log(sys.argv[1])\n"
    "assert len(result.accepted) + len(result.quarantine) == result.n_read\n"
)


def make_export(log: Path, rows: int) -> Path:
    """The same meetings as a Mobilize attendance export (cached)."""
    path = OUT / f"mobilize_export_{rows}.csv"
    if not path.exists():
        subprocess.run([sys.executable, "-c", MAKE_EXPORT, str(log), str(path)], check=True)
    return path


def main(argv: list[str] | None = None) -> dict:
    """Measure, print and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    log = make_log(args.rows, 1)
    export = make_export(log, args.rows)
    target = OUT / f"imported_{args.rows}.csv"
    runs = {"read_log": [], "import": []}
    for _ in range(args.rounds):
        runs["read_log"].append(measure([sys.executable, "-c", READ_LOG, str(log)]))
        runs["import"].append(measure([sys.executable, "-c", IMPORT, str(export), str(target)]))
    result = {"rows": args.rows}
    print(f"{args.rows:,} meetings; best of {args.rounds} fresh processes")
    print(f"{'case':<10} {'wall s':>8} {'peak MB':>9}")
    for name, values in runs.items():
        wall, peak = min(v[0] for v in values), max(v[1] for v in values)
        result[f"{name}_s"], result[f"{name}_peak_mb"] = round(wall, 2), round(peak)
        print(f"{name:<10} {wall:8.2f} {peak:9.0f}")
    ratio = result["import_s"] / result["read_log_s"]
    result["import_over_read_log"] = round(ratio, 2)
    print(f"import / read_log: {ratio:.2f}x (goal: within 3x)")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"bench_log_import_{args.rows}.json").write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()
