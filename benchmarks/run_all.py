"""Run the quick benchmarks one after another (``make bench``).

The heavy ones take minutes and a browser, so they are listed rather than run unless
``--all`` is given: ``bench_analyze.py`` (1M-row log against DuckDB), ``bench_read_log.py``,
``bench_voila.py``, ``bench_room.py`` and ``bench_hub.py``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK = [
    "bench_import.py",
    "bench_roleplay.py",
    "bench_reader.py",
    "bench_roleplay_player.py",
    "bench_journal.py",
    "bench_exercises.py",
]
HEAVY = [
    "bench_read_log.py",
    "bench_analyze.py",
    "bench_voila.py",
    "bench_room.py",
    "bench_hub.py",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also run the heavy benchmarks")
    args = parser.parse_args(argv)
    failed = []
    for name in QUICK + (HEAVY if args.all else []):
        print(f"\n=== {name}", flush=True)
        if subprocess.run([sys.executable, str(HERE / name)], check=False).returncode:
            failed.append(name)
    if not args.all:
        print("\nNot run (minutes each; `python benchmarks/run_all.py --all`):", ", ".join(HEAVY))
    if failed:
        print("failed:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
