"""Test-session set-up shared by unit tests and notebook runs (nbval).

Learner files (progress, journal) go to a throw-away folder, never the real home, and
plots render without a display. Kernels started by nbval inherit this environment.
"""

import os
import tempfile

os.environ["COMMONGROUND_HOME"] = tempfile.mkdtemp(prefix="commonground-test-home-")
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
