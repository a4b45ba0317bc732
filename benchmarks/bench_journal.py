"""Saving to the learner's journal, against writing the same JSON atomically by hand.

A journal save reads the file, appends an entry and rewrites it atomically (temp file,
fsync, rename). The baseline in the same run is :func:`commonground.storage.atomic_write_json`
of the same content, i.e. the cost of the durable write alone; the ratio is what reading,
checking and appending add. Measured at several journal sizes (entries already saved).

Run: ``.venv/bin/python benchmarks/bench_journal.py [--repeat N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> dict[int, tuple[float, float]]:
    """Measure and print save times per journal size; return {size: (save, baseline)}."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    from commonground import journal, storage

    entry = {"went_well": "x" * 200, "learned_about_them": "y" * 200, "change_next_time": "z"}
    results = {}
    print(f"{'entries':>8} {'save ms':>9} {'baseline ms':>12} {'x baseline':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ[storage.HOME_ENV] = tmp
        for size in (10, 100, 1000):
            path = Path(tmp) / f"j{size}.json"
            j = journal.Journal(path)
            data = {
                "version": 1,
                "entries": [
                    {"id": i, "kind": "reflection", "lesson": None, "saved_at": "", "data": entry}
                    for i in range(1, size + 1)
                ],
            }
            storage.atomic_write_json(path, data)
            save = _median(lambda j=j: j.save("reflection", entry), args.repeat)
            base_path = Path(tmp) / f"b{size}.json"
            base = _median(lambda d=data, p=base_path: storage.atomic_write_json(p, d), args.repeat)
            results[size] = (save, base)
            print(f"{size:>8} {save * 1000:9.2f} {base * 1000:12.2f} {save / base:11.2f}")
    return results


if __name__ == "__main__":
    main()
