"""Test-session set-up shared by unit tests and notebook runs (nbval).

Learner files (progress, journal) go to a throw-away folder, never the real home, and
plots render without a display. Kernels started by nbval inherit this environment.

nbval's kernels talk over unix sockets in a private folder instead of TCP ports. With two
workers, Voila, Jupyter servers and a JupyterHub starting at the same time, a kernel that
picked a TCP port another process was about to bind died before it could reply
("Kernel died before replying to kernel_info"); a socket file nobody else knows cannot
be taken.

Each notebook nbval runs in notebooks/, exercises/ and solutions/ ends with one more test
in the same kernel, which reads what the notebook showed (tests/nbval_runs.py): plain
words in a lesson, each check's result in an exercise. The notebooks run once for both.
"""

import atexit
import os
import shutil
import tempfile

import pytest

os.environ["COMMONGROUND_HOME"] = tempfile.mkdtemp(prefix="commonground-test-home-")
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")


def _notebook_kernels_on_socket_files() -> None:
    import nbval.kernel
    from jupyter_client.manager import KernelManager

    folder = tempfile.mkdtemp(prefix="cg-kernels-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)

    class SocketFileKernelManager(KernelManager):
        """A kernel manager whose channels are socket files under ``folder``."""

        def __init__(self, **kwargs):
            prefix = tempfile.mkdtemp(dir=folder)  # one per kernel: no shared names
            super().__init__(transport="ipc", ip=os.path.join(prefix, "k"), **kwargs)

    nbval.kernel.KernelManager = SocketFileKernelManager


_notebook_kernels_on_socket_files()


@pytest.hookimpl(tryfirst=True)  # before -k and -m deselect: they apply to the scans too
def pytest_collection_modifyitems(items):
    """Checks that read nbval's run of a notebook (tests/nbval_runs.py): the notebooks are
    not run a second time for them."""
    from tests.nbval_runs import add_checks

    add_checks(items)
