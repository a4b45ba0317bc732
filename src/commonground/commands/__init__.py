"""Subcommand modules of the ``commonground`` CLI.

Each module here defines ``register(subparsers)`` and is discovered automatically by
:func:`commonground.cli.build_parser`. Keep imports of heavy libraries (pandas,
matplotlib, ipywidgets) inside the command functions so ``--help`` stays fast.
"""
