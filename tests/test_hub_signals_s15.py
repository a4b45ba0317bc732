"""Session 15: the hub and what it starts heed SIGINT, even when started with it ignored.

A shell starts a background job (``commonground hub &``, a test runner's job) with SIGINT
ignored, and an ignored signal is inherited: the hub's servers and services ignored the
SIGINT JupyterHub stops them with, each waited its 10 s ``interrupt_timeout`` for SIGTERM,
and under load the live hub test's hub took over 40 s to stop and was killed with its
servers still in its database.
"""

from __future__ import annotations

import signal
import subprocess
import sys

from commonground.hub import lean_start

PROBE = """
import subprocess, sys, types
from commonground.hub import lean_start
def main():  # a program the hub starts, as it starts servers and services
    child = "import signal; print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)"
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    print("child ignores SIGINT:", out.stdout.strip())
sys.modules["sigprobe"] = types.SimpleNamespace(main=main)
lean_start.MAINS["probe"] = "sigprobe"
lean_start.run(["probe"])
"""


def _started_ignoring_sigint():
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )


def test_what_the_hub_starts_heeds_sigint_though_the_hub_was_started_ignoring_it():
    done = _started_ignoring_sigint()
    assert done.returncode == 0, done.stderr[-2000:]
    assert "child ignores SIGINT: False" in done.stdout


def test_a_sigint_handler_of_its_own_is_left_alone():
    def mine(signum, frame):  # pragma: no cover - never sent
        pass

    before = signal.signal(signal.SIGINT, mine)
    try:
        lean_start.heed_interrupts()
        assert signal.getsignal(signal.SIGINT) is mine
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        lean_start.heed_interrupts()
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)
