"""Masters are sources, not lessons: never collect them as notebooks (nbval) or tests.

`make test` runs the generated `exercises/` and `solutions/` instead.
"""

collect_ignore_glob = ["*.ipynb"]
