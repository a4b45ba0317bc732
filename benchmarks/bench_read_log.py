"""How fast ``read_log`` reads and validates a big CSV log, against named baselines.

Cases, each in a fresh Python process (interpreter start and imports included, so
the figures are whole-job costs), best of ``--rounds``, alternated so machine load
hits all alike; peak memory is each child's own maximum RSS (``os.wait4``):

- ``duckdb``: DuckDB scans the CSV and counts yes by ask type (the baseline the
  analysis is held to: read_log is most of that budget).
- ``pandas_pyarrow``: ``pandas.read_csv(engine="pyarrow", dtype=str)``, the bare
  read with no checks at all (how much the validation costs on top).
- ``read_log``: :func:`commonground.outcomes.read_log` - read, type, check every rule,
  privacy, quarantine.

The log comes from :func:`commonground.outcomes.generate` and is cached in
``benchmarks/out/`` (git-ignored).

Run: ``.venv/bin/python benchmarks/bench_read_log.py [--rows 1000000] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"

SCRIPTS = {
    "duckdb": (
        "import sys, duckdb\n"
        "rows = duckdb.sql(\"SELECT ask_type, count(*), sum(CASE WHEN response = 'yes' "
        'THEN 1 ELSE 0 END) FROM read_csv(\'" + sys.argv[1] + "\') GROUP BY 1").fetchall()\n'
        "assert rows\n"
    ),
    "pandas_pyarrow": (
        "import sys, pandas as pd\n"
        "df = pd.read_csv(sys.argv[1], engine='pyarrow', dtype=str)\n"
        "assert len(df)\n"
    ),
    "read_log": (
        "import sys\n"
        "from commonground.outcomes import read_log\n"
        "result = read_log(sys.argv[1])\n"
        "assert len(result.accepted) + len(result.quarantine) == result.n_read\n"
    ),
}


def make_log(rows: int, seed: int) -> Path:
    """Write (or reuse) a generated CSV log of ``rows`` meetings.

    Generated in a child process: on Linux a child's peak RSS counts the memory of
    the parent it was forked from, so the parent must stay small.
    """
    path = OUT / f"read_log_{rows}_seed{seed}.csv"
    if not path.exists():
        command = [sys.executable, "-m", "commonground", "log", "generate"]
        command += ["--rows", str(rows), "--seed", str(seed), "-o", str(path)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return path


def measure(command: list[str]) -> tuple[float, float]:
    """Run a command; return (wall seconds, peak resident MB) of that child."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        err = child.stderr.read().decode(errors="replace") if child.stderr else ""
        raise SystemExit(f"{command[2][:40]!r} failed: {err.strip()[-400:]}")
    return wall, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> dict:
    """Measure, print and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    log = make_log(args.rows, args.seed)
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in SCRIPTS}
    for _ in range(args.rounds):
        for name, script in SCRIPTS.items():
            runs[name].append(measure([sys.executable, "-c", script, str(log)]))
    result = {"rows": args.rows, "csv_mb": round(log.stat().st_size / 2**20, 1)}
    print(f"log: {args.rows:,} rows, {result['csv_mb']} MB CSV; best of {args.rounds}")
    print(f"{'case':<16} {'wall s':>8} {'peak MB':>9}")
    for name, values in runs.items():
        wall, peak = min(v[0] for v in values), max(v[1] for v in values)
        result[f"{name}_s"], result[f"{name}_peak_mb"] = round(wall, 2), round(peak)
        print(f"{name:<16} {wall:8.2f} {peak:9.0f}")
    for baseline in ("duckdb", "pandas_pyarrow"):
        ratio = result["read_log_s"] / result[f"{baseline}_s"]
        result[f"read_log_over_{baseline}"] = round(ratio, 2)
        print(f"read_log / {baseline}: {ratio:.2f}x")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"bench_read_log_{args.rows}.json").write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()
