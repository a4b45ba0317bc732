"""``commonground exercises``: list the exercise notebooks; ``build`` is the course build."""

from __future__ import annotations


def register(subparsers) -> None:
    """Add the ``exercises`` subcommand and its ``build`` and ``list`` actions."""
    from commonground.commands import build as course_build

    parser = subparsers.add_parser(
        "exercises", help="list the exercise notebooks, or build them (= commonground build)"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    build = actions.add_parser(
        "build",
        help="the same as `commonground build`: every notebook from content/",
        description=(
            "Another name for `commonground build`: writes notebooks/, exercises/ "
            "(answers replaced by ____) and solutions/ (answers filled in) from content/."
        ),
    )
    course_build.add_arguments(build)
    build.set_defaults(func=course_build.run)
    listing = actions.add_parser("list", help="list the exercise notebooks and their questions")
    listing.set_defaults(func=_list)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def _list(args) -> int:
    from commonground.exercises import catalog

    for name, module in catalog.NOTEBOOKS.items():
        questions = catalog.questions_of(module)
        print(f"{name} ({len(questions)} questions)")
        for q in questions:
            print(f"  {q.id:<8} {q.title}")
    return 0
