"""Hub or room: 20 and 40 people signing in at once, side by side in one run.

For each N (``--sizes``, default 20 and 40) and each way of serving the lessons:

- *hub*: ``commonground hub`` (JupyterHub, one single-user server per person), from a
  fresh hub folder on a free loopback port;
- *room*: the Voila room (``commonground app --room``: one Voila, one kernel per person);

N simulated people (threads, each a fresh HTTP session) arrive at the same moment: type
the access code and a name, and load the start page (``00_start_here``). *Time to first
interactive page* is from the sign-in request until the start page has fully rendered
(all cells run in that person's kernel, widgets' models created). *Memory* is the
resident set size of every process the server started (hub, proxy, services, servers,
kernels), measured once everybody is in, divided by N for "per person".

The baseline named in the ratios is the room with the same N (same run, same machine).
The issue's bar: every first page within 60 s and everything under 8 GB for 40 people.

Run: ``.venv/bin/python benchmarks/bench_hub.py [--sizes 20 40] [--only hub|room]``
Results are printed and written to ``benchmarks/out/bench_hub.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

import hub_client  # noqa: E402

HUB_CODE = "BENCH234"
LIMIT_S = 60.0
LIMIT_MB = 8 * 1024


def _crowd(n: int, arrive) -> tuple[list[float], list[str]]:
    """Run ``arrive(i)`` in N threads started together; (times, errors)."""
    times: list[float] = []
    errors: list[str] = []
    gate = threading.Barrier(n)
    lock = threading.Lock()

    def run(i: int) -> None:
        gate.wait()
        try:
            took = arrive(i)
            with lock:
                times.append(took)
        except Exception as exc:  # reported in the results
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}"[:200])

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, errors


def _tree_mb(pid: int) -> float:
    total = 0.0
    try:
        root = psutil.Process(pid)
        for proc in [root, *root.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except psutil.NoSuchProcess:
                continue
    except psutil.NoSuchProcess:
        return 0.0
    return total / 2**20


def _summary(kind: str, n: int, times: list[float], errors: list[str], mb: float) -> dict:
    row = {
        "server": kind,
        "people": n,
        "reached_page": len(times),
        "errors": errors[:3],
        "median_s": round(statistics.median(times), 1) if times else None,
        "slowest_s": round(max(times), 1) if times else None,
        "total_mb": round(mb),
        "mb_per_person": round(mb / n),
    }
    row["meets_bar"] = bool(len(times) == n and max(times) <= LIMIT_S and mb <= LIMIT_MB)
    return row


def run_hub(n: int, tmp: Path) -> dict:
    from commonground.hub.config import write_hub
    from commonground.hub.launch import free_loopback_port, settings_for

    port = free_loopback_port()
    settings = settings_for(tmp / f"hub-{n}", ROOT / "notebooks", port)
    write_hub(settings, code=HUB_CODE)
    hub = hub_client.RunningHub(settings.hub_dir, port)
    try:
        hub.wait_ready()

        def arrive(i: int) -> float:
            return hub_client.sign_in(hub.base, f"person {i}", HUB_CODE, limit=300)[2]

        times, errors = _crowd(n, arrive)
        mb = _tree_mb(hub.process.pid)
    finally:
        hub.stop()
    return _summary("hub", n, times, errors, mb)


def run_room(n: int, tmp: Path) -> dict:
    import bench_room  # the room's participant: code, name, page

    from commonground.commands.app import app_env, build_voila_command, free_port
    from commonground.workshop.room import room_setup

    port = free_port()
    home = tmp / f"room-{n}"
    setup = room_setup(home, port, code=bench_room.CODE)
    from commonground.serving.voila_config import voila_app_args

    extra = [*voila_app_args(), *setup.extra_args]  # as `commonground app --room` runs it
    cmd = build_voila_command(ROOT / "notebooks", port, extra_args=extra)
    env = app_env(home)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        bench_room._wait_up(base, proc)

        def arrive(i: int) -> float:
            # As a browser would: no read timeout between bytes, 300 s in all.
            session = requests.Session()
            began = time.perf_counter()
            session.get(f"{base}/?token={bench_room.CODE}", timeout=(10, 300))
            page = hub_client.read_page(
                session, f"{base}/voila/render/00_start_here.ipynb?learner=person-{i}", 300
            )
            if "jp-OutputArea" not in page.text:
                raise RuntimeError(f"person {i}: the start page did not render")
            return time.perf_counter() - began

        times, errors = _crowd(n, arrive)
        mb = _tree_mb(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return _summary("room", n, times, errors, mb)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 40])
    parser.add_argument("--only", choices=["hub", "room"])
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    tmp = Path(tempfile.mkdtemp(prefix="bench-hub-"))
    rows = []
    for n in args.sizes:
        for kind, runner in (("room", run_room), ("hub", run_hub)):
            if args.only and kind != args.only:
                continue
            row = runner(n, tmp)
            rows.append(row)
            print(
                f"{kind:>4} {n:>3} at once: {row['reached_page']}/{n} reached the start page; "
                f"median {row['median_s']} s, slowest {row['slowest_s']} s; "
                f"{row['total_mb']} MB in all = {row['mb_per_person']} MB per person; "
                f"bar (<= {LIMIT_S:.0f} s, <= 8 GB): {'met' if row['meets_bar'] else 'NOT met'}"
                + (f"; errors: {row['errors']}" if row["errors"] else ""),
                flush=True,
            )
    by = {(r["server"], r["people"]): r for r in rows}
    for n in args.sizes:
        hub, room = by.get(("hub", n)), by.get(("room", n))
        if hub and room and hub["slowest_s"] and room["slowest_s"]:
            print(
                f"{n} people, hub vs room (baseline): slowest page x"
                f"{hub['slowest_s'] / room['slowest_s']:.2f}, memory per person x"
                f"{hub['mb_per_person'] / max(room['mb_per_person'], 1):.2f}"
            )
    result = {"cpus": os.cpu_count(), "rows": rows}
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_hub.json").write_text(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
