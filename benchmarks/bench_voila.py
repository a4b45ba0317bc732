"""Voila: time from a learner's request to an interactive role-play.

Serves ``notebooks/09_role_play.ipynb`` with Voila (with the options ``commonground app``
uses, plus a preheated kernel as :func:`commonground.serving.voila_config.preheat_args`
sets it up; the app itself does not preheat), opens it in headless Chromium and measures:

- *to controls*: from ``page.goto`` to the player's Start button being visible;
- *to first choice*: from ``page.goto`` until, after pressing Start, the first choice
  button of the scenario is on screen (the role-play is interactive).

Baseline in the same run: the same server set-up on a one-cell notebook that shows a single
button (what Voila itself costs). Each figure is the median of ``--repeat`` fresh page
loads (a new browser context each: nothing cached); the preheated kernel is replenished
between loads (``--settle`` must cover the pool's refill delay and the notebook's run).

Run: ``.venv/bin/python benchmarks/bench_voila.py [--repeat 3] [--no-preheat]``
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import servers  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
START = re.compile(r"^\W*Start$")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def _baseline_notebook(folder: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import ipywidgets\nipywidgets.Button(description='Ready')")
    ]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = folder / "baseline.ipynb"
    nbformat.write(nb, path)
    return path


def _serve(notebook: Path, tmp: Path, preheat: bool) -> servers.Server:
    from commonground.commands.app import build_voila_command
    from commonground.serving.voila_config import preheat_args, voila_app_args

    port = servers.free_port()
    extra = [*voila_app_args(), *(preheat_args() if preheat else [])]
    command = build_voila_command(notebook, port, extra_args=extra)
    return servers.start(command, tmp, port, "", "/")


def _measure(page, url: str, ready, after=None) -> tuple[float, float | None]:
    start = time.perf_counter()
    page.goto(url)
    ready(page).wait_for(state="visible", timeout=120_000)
    first = time.perf_counter() - start
    if after is None:
        return first, None
    after(page)
    return first, time.perf_counter() - start


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description="Voila time to an interactive role-play")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-preheat", action="store_true")
    parser.add_argument("--settle", type=float, default=15.0, help="seconds to let the pool refill")
    args = parser.parse_args(argv)
    preheat = not args.no_preheat

    from playwright.sync_api import sync_playwright

    def start_play(page):
        page.get_by_role("button", name=START).click()
        page.locator("button[title^='Say: ']").first.wait_for(state="visible", timeout=120_000)

    results = {}
    with tempfile.TemporaryDirectory() as tmp_name, sync_playwright() as pw:
        tmp = Path(tmp_name)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        cases = {
            "baseline: one-button notebook": (
                _baseline_notebook(tmp),
                lambda p: p.get_by_role("button", name="Ready"),
                None,
            ),
            "09_role_play": (
                ROOT / "notebooks" / "09_role_play.ipynb",
                lambda p: p.get_by_role("button", name=START),
                start_play,
            ),
        }
        served = {}
        loads = []
        try:
            for name, (notebook, _, _) in cases.items():
                folder = tmp / name.split(":")[0].replace(" ", "_")
                served[name] = _serve(notebook, folder, preheat)
            firsts = {name: [] for name in cases}
            seconds = {name: [] for name in cases}
            for round_ in range(args.repeat):  # the cases alternate, in turn first
                names = list(cases) if round_ % 2 == 0 else list(cases)[::-1]
                for name in names:
                    _, ready, after = cases[name]
                    time.sleep(args.settle)  # let the preheated kernel be ready again
                    loads.append(os.getloadavg()[0])
                    context = browser.new_context()
                    page = context.new_page()
                    first, second = _measure(page, served[name].base_url + "/", ready, after)
                    context.close()
                    firsts[name].append(first)
                    if second is not None:
                        seconds[name].append(second)
        finally:
            for server in served.values():
                server.stop()
        browser.close()

    results = {
        name: (
            statistics.median(firsts[name]),
            statistics.median(seconds[name]) if seconds[name] else None,
        )
        for name in cases
    }
    base = results["baseline: one-button notebook"][0]
    mode = "preheated kernel" if preheat else "cold kernel"
    print(f"Voila, {mode}, median of {args.repeat} loads [range], cases alternated")
    print(f"load average (1 min) before the loads: {min(loads):.1f} to {max(loads):.1f}")
    print(f"{'case':<32} {'to controls s':>20} {'x baseline':>11} {'to first choice s':>20}")
    for name, (first, second) in results.items():
        spread = f"{first:.2f} [{min(firsts[name]):.2f}-{max(firsts[name]):.2f}]"
        tail = "-"
        if second is not None:
            tail = f"{second:.2f} [{min(seconds[name]):.2f}-{max(seconds[name]):.2f}]"
        print(f"{name:<32} {spread:>20} {first / base:11.2f} {tail:>20}")
    return results


if __name__ == "__main__":
    main()
