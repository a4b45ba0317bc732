"""Run the scipy/statsmodels steps in a helper process while the log is being read.

Importing ``scipy.stats`` and ``statsmodels`` takes about half a second: longer than
validating a million-row log. ``commonground analyze`` therefore opens
:func:`helper` before it reads anything. The helper is a forked process that imports
those libraries on the other core at once, then waits. Every step that needs them
(the logistic regression, the beta intervals of the coaching table)
goes through :func:`call`, which sends the step and its small inputs (counts, a
pattern table) to the helper and waits for the answer.

Without a helper (notebooks, the HTML report, tests, Windows, or
``COMMONGROUND_STATS_HELPER=0``), :func:`call` runs the same function in this process,
so the results are the same either way. If the helper dies, the next call falls back to
running locally.

Examples
--------
>>> import os
>>> from commonground.analysis import stats_helper
>>> stats_helper.call(max, 2, 3)  # no helper open here: runs in this process
3
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

#: Set to ``0`` to keep every step in this process.
ENV_SWITCH = "COMMONGROUND_STATS_HELPER"

#: Seconds to wait for an answer before giving up on the helper.
ANSWER_TIMEOUT = 300.0

#: How much lower the helper's scheduling priority is than the parent's.
HELPER_NICENESS = 10

_connection = None  # the parent's end of the pipe while a helper is open
_lock = threading.Lock()  # one request at a time over the pipe


def _preload() -> None:
    """Import the heavy libraries and run each step once on tiny inputs.

    This is what the helper does first, in parallel with the parent's reading; the
    warm-up calls pay the first-call costs (lazy imports inside statsmodels, BLAS
    set-up) before the parent needs an answer.
    """
    import numpy as np

    from commonground.analysis.adjusted import fit_binomial
    from commonground.analysis.organizers import beta_bounds

    counts = np.array([3.0, 5.0])
    beta_bounds(counts, counts + 1)
    fit_binomial(np.array([[3.0, 4.0], [5.0, 2.0]]), np.array([[1.0, 0.0], [1.0, 1.0]]))


def _serve(connection) -> None:
    """The helper's loop: run each ``(function, args)`` received, send back the result."""
    import signal

    # Ctrl-C reaches the whole process group: the parent handles it and closes the
    # pipe, which ends this loop; the helper itself must not print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError):
        # The parent's reading is the critical path: it gets the CPU first, and the
        # imports here use what is left (measured: a little faster than equal shares).
        os.nice(HELPER_NICENESS)
    # The helper's matrices are small: one BLAS thread, set before numpy loads it.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    with contextlib.suppress(Exception):
        _preload()  # a failed import shows up again, as an error, on the first call
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            break
        if message is None:
            break
        function, args = message
        try:
            answer = (True, function(*args))
        except Exception as exc:  # sent back and raised in the parent
            answer = (False, exc)
        try:
            connection.send(answer)
        except OSError:  # the parent has gone (Ctrl-C, or it stopped waiting)
            break
        except Exception as exc:  # an answer that cannot be pickled
            failure = RuntimeError(f"could not send the answer back: {exc}")
            with contextlib.suppress(OSError):
                connection.send((False, failure))
    connection.close()


def _can_fork() -> bool:
    """Forking is safe here: Linux, and no other threads exist yet (nothing to deadlock).

    numpy (its BLAS) and pyarrow start native thread pools; once either is loaded, a
    fork could copy a lock held by one of those threads, so the helper is only
    started before that.
    """
    return (
        sys.platform.startswith("linux")
        and threading.active_count() == 1
        and not {"numpy", "pyarrow"} & set(sys.modules)
        and os.environ.get(ENV_SWITCH, "1") != "0"
    )


@contextlib.contextmanager
def helper():
    """Open a helper process for the duration of the block (when it is safe to fork).

    Yields
    ------
    bool
        True when a helper is running; False when every step will run here.
    """
    global _connection
    if _connection is not None or not _can_fork():
        yield False
        return
    import multiprocessing

    context = multiprocessing.get_context("fork")
    parent_end, child_end = context.Pipe()
    process = context.Process(
        target=_serve, args=(child_end,), name="commonground-stats", daemon=True
    )
    try:
        process.start()
    except OSError:  # no memory or process slots left: work here instead
        parent_end.close()
        child_end.close()
        yield False
        return
    child_end.close()
    _connection = parent_end
    try:
        yield True
    finally:
        _connection = None
        with contextlib.suppress(OSError, ValueError):
            parent_end.send(None)
        parent_end.close()
        process.join(timeout=0.1)
        if process.is_alive():  # still loading libraries nobody will ask for now
            process.terminate()
            process.join(timeout=2)


def call(function, *args):
    """Return ``function(*args)``, computed in the helper when one is open.

    ``function`` must be importable by name (a module-level function) and its
    arguments and result picklable. An exception raised in the helper is raised here.
    """
    global _connection
    with _lock:
        connection = _connection
        if connection is not None:
            try:
                connection.send((function, args))
                if not connection.poll(ANSWER_TIMEOUT):
                    raise TimeoutError("the statistics helper did not answer")
                ok, value = connection.recv()
            except (EOFError, OSError, TimeoutError):
                _connection = None  # the helper is gone: carry on in this process
            else:
                if not ok:
                    raise value
                return value
    return function(*args)


def is_open() -> bool:
    """True while a helper process is open."""
    return _connection is not None
