"""How long `import commonground` takes, against a bare interpreter start.

Each figure is the median of several fresh interpreter runs (`python -X importtime` is not
used: wall time of the whole process is what a learner waits for). The baseline is
`python -c pass` in the same run; the ratio and the difference are printed.

Run: ``.venv/bin/python benchmarks/bench_import.py [--repeat N]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def _median_seconds(code: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Measure and print the import figures; return them as a dict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    cases = {
        "baseline: python -c pass": "pass",
        "import commonground": "import commonground",
        "import commonground.reader": "import commonground.reader",
        "commonground --help (CLI parser)": (
            "import contextlib, io\n"
            "from commonground import cli\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    cli.main([])"
        ),
        "for scale: import pandas": "import pandas",
    }
    results = {name: _median_seconds(code, args.repeat) for name, code in cases.items()}
    base = results["baseline: python -c pass"]
    print(f"{'case':<36} {'median s':>9} {'minus baseline':>15} {'x baseline':>11}")
    for name, seconds in results.items():
        print(f"{name:<36} {seconds:9.3f} {seconds - base:15.3f} {seconds / base:11.2f}")
    return results


if __name__ == "__main__":
    main()
