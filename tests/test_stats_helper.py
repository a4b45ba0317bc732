"""The statistics helper process used by ``commonground analyze``.

The helper can only be forked before pyarrow is loaded, so the cases that need a live
helper run in a fresh interpreter (as the CLI does).
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from commonground.analysis import stats_helper

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample_workshop_log.csv"


def _python(code: str, **env) -> subprocess.CompletedProcess:
    environment = {**os.environ, **env}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_a_live_helper_runs_steps_in_another_process_and_falls_back_when_it_dies():
    result = _python(
        """
        import multiprocessing, os, signal
        from commonground.analysis import stats_helper

        with stats_helper.helper() as running:
            import numpy as np  # numpy, pandas and pyarrow load after the fork, as in the CLI
            from commonground.analysis.organizers import beta_bounds

            assert running and stats_helper.is_open()
            helper_pid = stats_helper.call(os.getpid)
            assert helper_pid != os.getpid()  # ran in the helper
            os.kill(helper_pid, signal.SIGINT)  # Ctrl-C is the parent's to handle
            assert stats_helper.call(os.getpid) == helper_pid
            a, b = np.array([0.5, 3.0, 10.0]), np.array([4.0, 10.0, 0.5])
            remote = stats_helper.call(beta_bounds, a, b)
            local = beta_bounds(a, b)
            assert all(np.array_equal(a, b) for a, b in zip(remote, local))
            try:
                stats_helper.call(int, "not a number")
            except ValueError as exc:  # raised in the helper, re-raised here
                assert "not a number" in str(exc)
            else:
                raise AssertionError("the helper's exception was lost")
            for child in multiprocessing.active_children():
                child.kill()
                child.join()
            assert stats_helper.call(os.getpid) == os.getpid()  # carried on here
            assert not stats_helper.is_open()
        assert not multiprocessing.active_children()
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_switch_keeps_every_step_in_this_process():
    result = _python(
        """
        import os
        from commonground.analysis import stats_helper
        with stats_helper.helper() as running:
            print(running, stats_helper.call(os.getpid) == os.getpid())
        """,
        COMMONGROUND_STATS_HELPER="0",
    )
    assert result.stdout.split() == ["False", "True"], result.stderr


def test_no_helper_is_forked_once_native_thread_pools_may_exist():
    import pyarrow  # noqa: F401  (this test process has it loaded anyway)

    with stats_helper.helper() as running:
        assert running is False
        assert stats_helper.call(os.getpid) == os.getpid()


def test_analyze_json_is_the_same_with_and_without_the_helper():
    command = [sys.executable, "-m", "commonground", "analyze", str(SAMPLE), "--json"]
    outputs = []
    for switch in ("1", "0"):
        env = {**os.environ, "COMMONGROUND_STATS_HELPER": switch}
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(done.stdout))
    with_helper, without = outputs
    assert with_helper == without
    assert with_helper["adjusted"] and with_helper["organizers"]


@pytest.mark.parametrize(("path", "opened"), [(SAMPLE, "[True]"), (REPO / "missing.csv", "[]")])
def test_the_analyze_command_opens_a_helper_for_a_file(path, opened):
    """A real file gets a helper; a missing one fails at once, with nothing to wait for."""
    result = _python(
        f"""
        import contextlib, io
        from commonground.analysis import stats_helper
        from commonground import cli

        opened, real = [], stats_helper.helper

        @contextlib.contextmanager
        def spy():
            with real() as running:
                opened.append(running)
                yield running

        stats_helper.helper = spy
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(["analyze", {str(path)!r}, "--json"])
        print(code, opened)
        """
    )
    # a file that cannot be read is refused: exit 2 (docs/outcome-data.md, exit codes)
    assert result.stdout.split() == ["0" if path.exists() else "2", opened], result.stderr


def test_analyze_exits_directly_with_its_output_flushed_and_its_exit_code(tmp_path, capsys):
    """``analyze`` skips interpreter teardown (os._exit): nothing may be lost."""
    from commonground import cli

    assert cli.main(["analyze", str(SAMPLE)]) == 0
    in_process = capsys.readouterr().out
    command = [sys.executable, "-m", "commonground", "analyze"]
    done = subprocess.run([*command, str(SAMPLE)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Findings" in done.stdout
    assert done.stdout == in_process  # every line, flushed before the direct exit
    missing = tmp_path / "missing.csv"
    done = subprocess.run([*command, str(missing)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"commonground: error: {missing}: file not found\n"


def test_an_answer_that_cannot_be_pickled_comes_back_as_an_error():
    result = _python(
        """
        import threading
        from commonground.analysis import stats_helper

        with stats_helper.helper() as running:
            assert running
            try:
                stats_helper.call(threading.Lock)  # a lock cannot be pickled
            except RuntimeError as exc:
                print("error:", "could not send the answer back" in str(exc))
            import os
            print("still serving:", stats_helper.call(os.getpid) != os.getpid())
        """
    )
    assert result.stdout.split() == ["error:", "True", "still", "serving:", "True"], result.stderr
