"""``commonground lessons copy DIR``: a learner's own copy of the course notebooks."""

from __future__ import annotations


def register(subparsers) -> None:
    """Add ``lessons copy``."""
    parser = subparsers.add_parser("lessons", help="copy the lesson notebooks to open in Jupyter")
    sub = parser.add_subparsers(dest="lessons_command", metavar="ACTION")
    parser.set_defaults(func=lambda args: parser.print_help() or 2)
    copy = sub.add_parser(
        "copy",
        help="copy the notebooks, exercises and sample data into a folder of your own",
        description=(
            "Copy notebooks/, exercises/, solutions/ and data/ into DIR, to open with "
            "JupyterLab. Files already in DIR are kept (your answers are safe) unless "
            "--overwrite is given."
        ),
    )
    copy.add_argument("directory", metavar="DIR", help="folder to copy into (created if needed)")
    copy.add_argument(
        "--overwrite", action="store_true", help="replace files that already exist in DIR"
    )
    copy.set_defaults(func=_copy)


def _copy(args) -> int:
    from commonground.learner_copy import copy_course

    result = copy_course(args.directory, overwrite=args.overwrite)
    for relative in result.kept:
        print(f"kept your copy of {relative}")
    print(f"{len(result.copied)} file(s) copied to {result.destination}", end="")
    print(f"; {len(result.kept)} kept as they were" if result.kept else "")
    start = result.destination / "notebooks" / "00_start_here.ipynb"
    print(f"Open it with: jupyter lab {start}")
    return 0
