"""Workshop room: time to first page and kernel memory for N simulated participants.

Starts ``commonground app --room``'s server set-up (Voila, access code, one folder per
participant) on 127.0.0.1 only, serving ``notebooks/``. Each simulated participant is a
fresh HTTP session that types the code, claims a name and loads a lesson page; Voila
runs the lesson in a new kernel for them and streams the page back.

- *Baseline*: one participant alone, same server, same lesson (median of ``--repeat``).
- *Case*: a wave of N participants arriving at the same moment (threads), N = 1, 2, 4, ...
  and finally ``--max``; the run stops by itself when a wave exceeds ``--budget`` seconds.
  Kernels of earlier waves stay alive (their pages are still "open"), so later waves
  run on a server that is already carrying them, as in a real room.
- *Memory*: resident set size (RSS) of every kernel process under the server after the
  wave, and of the server itself (psutil).

Prints each wave's median and slowest time to page as a ratio of the baseline, kernel
MB each, and an honest linear extrapolation to 40 participants (memory scales with
kernels; time with participants per CPU core, since kernels start and run in parallel).

Run: ``.venv/bin/python benchmarks/bench_room.py [--lesson 01_what_and_why] [--max 8]``
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
CODE = "BENCH7"


def _get(session: requests.Session, url: str, limit: float) -> str:
    """GET a page with a wall-clock limit (Voila streams heartbeats while it works)."""
    deadline = time.monotonic() + limit
    body = b""
    with session.get(url, stream=True, timeout=30) as response:
        response.raise_for_status()
        for chunk in response.iter_content(16384):
            body += chunk
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url}: still loading after {limit} s")
    return body.decode("utf-8", "replace")


def participant(base: str, lesson: str, name: str, limit: float) -> float:
    """One participant: access code, name, lesson page. Returns seconds to the page."""
    session = requests.Session()
    start = time.perf_counter()
    _get(session, f"{base}/?token={CODE}", limit)
    page = _get(session, f"{base}/voila/render/{lesson}.ipynb?learner={name}", limit)
    elapsed = time.perf_counter() - start
    if 'name="learner"' in page or "jp-OutputArea-output" not in page:
        raise RuntimeError(f"{name}: the lesson page did not render")
    if "There was an error when executing cell" in page:
        raise RuntimeError(f"{name}: a lesson cell failed")
    return elapsed


def kernels_mb(server: psutil.Process) -> tuple[list[float], float]:
    """RSS (MB) of each kernel under the server, and of the server itself."""
    kernels = []
    for child in server.children(recursive=True):
        try:
            if "ipykernel" in " ".join(child.cmdline()):
                kernels.append(child.memory_info().rss / 2**20)
        except psutil.NoSuchProcess:
            continue
    return kernels, server.memory_info().rss / 2**20


def wave(base: str, lesson: str, n: int, tag: str, limit: float) -> list[float]:
    """N participants at once; their times to page."""
    times: list[float] = [0.0] * n
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            times[i] = participant(base, lesson, f"{tag}-{i}", limit)
        except BaseException as exc:  # reported after the wave
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return times


def _wait_up(base: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"voila exited with {proc.returncode}")
        try:
            requests.get(base + "/", timeout=2, allow_redirects=False)
            return
        except requests.ConnectionError:
            time.sleep(0.3)
    raise TimeoutError("the room server did not start")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lesson", default="01_what_and_why")
    parser.add_argument("--max", type=int, default=8, help="largest wave (default 8)")
    parser.add_argument("--repeat", type=int, default=3, help="baseline loads (median)")
    parser.add_argument("--budget", type=float, default=120, help="stop after a wave this slow")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    from commonground.commands.app import app_env, build_voila_command, free_port
    from commonground.workshop.room import room_setup

    tmp = Path(tempfile.mkdtemp(prefix="bench-room-"))
    port = free_port()
    setup = room_setup(tmp / "home", port, code=CODE)
    assert setup.host == "127.0.0.1"
    cmd = build_voila_command(ROOT / "notebooks", port, extra_args=setup.extra_args)
    proc = subprocess.Popen(
        cmd, env=app_env(tmp / "home"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    result: dict = {"lesson": args.lesson, "cpus": os.cpu_count(), "waves": []}
    try:
        _wait_up(base, proc)
        server = psutil.Process(proc.pid)
        baseline = [
            participant(base, args.lesson, f"solo-{i}", args.budget) for i in range(args.repeat)
        ]
        result["baseline_s"] = round(statistics.median(baseline), 2)
        kernels, server_mb = kernels_mb(server)
        result["server_mb"] = round(server_mb, 1)
        print(f"baseline (one participant alone): {result['baseline_s']:.2f} s to the page")
        n = 1
        while n <= args.max:
            started = time.perf_counter()
            before = len(kernels_mb(server)[0])
            times = wave(base, args.lesson, n, f"w{n}", args.budget)
            took = time.perf_counter() - started
            kernels, server_mb = kernels_mb(server)
            new = kernels[before:] or kernels
            row = {
                "participants": n,
                "median_s": round(statistics.median(times), 2),
                "slowest_s": round(max(times), 2),
                "slowest_ratio": round(max(times) / result["baseline_s"], 2),
                "kernel_mb": round(statistics.median(new), 1),
                "kernels_alive": len(kernels),
                "all_kernels_mb": round(sum(kernels), 1),
                "server_mb": round(server_mb, 1),
            }
            result["waves"].append(row)
            print(
                f"{n:>3} at once: median {row['median_s']:.2f} s, slowest {row['slowest_s']:.2f} s "
                f"({row['slowest_ratio']:.1f}x baseline); kernel {row['kernel_mb']:.0f} MB each, "
                f"{row['kernels_alive']} alive = {row['all_kernels_mb']:.0f} MB; "
                f"server {row['server_mb']:.0f} MB"
            )
            if took > args.budget:
                print(f"stopping: that wave took {took:.0f} s (budget {args.budget:.0f} s)")
                break
            if n == args.max:
                break
            n = min(n * 2, args.max)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    result.update(_extrapolate(result))
    print(result["extrapolation"])
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_room.json").write_text(json.dumps(result, indent=2))
    return result


def _extrapolate(result: dict, target: int = 40) -> dict:
    """Linear extrapolation to ``target`` participants from the largest wave measured."""
    if not result["waves"]:
        return {"extrapolation": "no wave completed: nothing to extrapolate"}
    last = result["waves"][-1]
    per_kernel = statistics.median(w["kernel_mb"] for w in result["waves"])
    memory = result["server_mb"] + target * per_kernel
    # The slowest participant waits for roughly (participants / cores) lesson runs.
    per_core_run = last["slowest_s"] / max(1.0, last["participants"] / result["cpus"])
    slowest = per_core_run * max(1.0, target / result["cpus"])
    if last["participants"] >= target:
        text = (
            f"Measured with {last['participants']} participants arriving together: the slowest "
            f"waited {last['slowest_s']:.0f} s on {result['cpus']} cores; {target} kernels "
            f"take about {target * per_kernel / 1024:.1f} GB plus the server "
            f"({result['server_mb']:.0f} MB)."
        )
        return {
            "extrapolation": text,
            "extrapolated_40_mb": round(memory),
            "extrapolated_40_s": round(slowest),
        }
    text = (
        f"Extrapolated to {target} participants (linear, from {last['participants']} measured): "
        f"about {memory / 1024:.1f} GB for the kernels and server ({per_kernel:.0f} MB per "
        f"kernel), and the last of {target} arriving together would wait about "
        f"{slowest:.0f} s on {result['cpus']} cores. Staggered arrival (a few per minute) "
        "keeps each wait near the baseline."
    )
    return {
        "extrapolation": text,
        "extrapolated_40_mb": round(memory),
        "extrapolated_40_s": round(slowest),
    }


if __name__ == "__main__":
    main()
