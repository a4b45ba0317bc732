"""``commonground content lint``: check the course as text, every problem with its line."""

from __future__ import annotations


def register(subparsers) -> None:
    """Add the ``content`` subcommand and its ``lint`` action."""
    parser = subparsers.add_parser("content", help="check the course as text (content/)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    lint = actions.add_parser(
        "lint",
        help="list every problem in content/, with file and line",
        description=(
            "Check content/ (or --content DIR): the course table and the files agree, "
            "front matter has every key, `teaches` names method elements, code cells call "
            "widgets that exist, and the questions are sound. Exits 1 when anything is "
            "wrong, printing one `file:line: problem` line each."
        ),
    )
    lint.add_argument(
        "--content", metavar="DIR", help="the content folder (default: the course's own)"
    )
    lint.set_defaults(func=_lint)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def _lint(args) -> int:
    from pathlib import Path

    from commonground import content_lint, course
    from commonground.errors import CommonGroundError

    folder = Path(args.content).expanduser() if args.content else course.default_folder()
    if not folder.is_dir():
        raise CommonGroundError(f"{folder}: no such content folder")
    problems = content_lint.lint(folder)
    for problem in problems:
        print(problem)
    if problems:
        raise CommonGroundError(f"{len(problems)} problem(s) in {folder}")
    print(f"{folder.name}/: no problems found")
    return 0
