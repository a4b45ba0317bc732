"""Allow ``python -m commonground``."""

from commonground.cli import run

run()
