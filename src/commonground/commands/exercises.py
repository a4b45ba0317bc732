"""``commonground exercises``: build exercise and solution notebooks from their masters."""

from __future__ import annotations

import sys


def register(subparsers) -> None:
    """Add the ``exercises`` subcommand and its ``build`` and ``list`` actions."""
    parser = subparsers.add_parser(
        "exercises", help="build exercises/ and solutions/ from masters/, or list them"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    build = actions.add_parser(
        "build",
        help="write exercises/ and solutions/ from masters/",
        description=(
            "Write exercises/<name>.ipynb (answers replaced by ____) and "
            "solutions/<name>.ipynb (answers in place) for every masters/<name>.ipynb. "
            "The repository root is the nearest folder upwards holding masters/ and "
            "pyproject.toml."
        ),
    )
    build.add_argument(
        "--check",
        action="store_true",
        help="write nothing; fail, naming the files, when any output differs from its master",
    )
    build.add_argument("--root", help="repository root (default: found from here upwards)")
    build.set_defaults(func=_build)
    listing = actions.add_parser("list", help="list the exercise notebooks and their questions")
    listing.set_defaults(func=_list)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def _build(args) -> int:
    from commonground.errors import CommonGroundError
    from commonground.exercises import build

    root = build.find_root(args.root)
    if args.check:
        differ = build.differences(root)
        if differ:
            for path in differ:
                print(f"differs from its master: {path}", file=sys.stderr)
            raise CommonGroundError(
                f"{len(differ)} file(s) differ from what masters/ produce: "
                f"{', '.join(differ)}; run `commonground exercises build`"
            )
        print(f"exercises/ and solutions/ match masters/ ({len(build.masters(root))} masters)")
        return 0
    changed = build.build(root)
    for path in changed:
        print(f"wrote {path}")
    print(f"{len(changed)} file(s) changed from {len(build.masters(root))} masters")
    return 0


def _list(args) -> int:
    from commonground.exercises import catalog

    for name, module in catalog.NOTEBOOKS.items():
        questions = catalog.questions_of(module)
        print(f"{name} ({len(questions)} questions)")
        for q in questions:
            print(f"  {q.id:<8} {q.title}")
    return 0
