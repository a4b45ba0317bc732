"""``commonground build``: turn the course as text into notebooks, or check they match."""

from __future__ import annotations

import sys


def add_arguments(parser) -> None:
    """The options shared by ``build`` and its old name ``exercises build``."""
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; fail, naming the files, when a notebook differs from its text",
    )
    parser.add_argument(
        "--content",
        metavar="DIR",
        help="the content folder to build (default: the course's own content/)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="where notebooks/, exercises/ and solutions/ go (default: beside the content)",
    )


def register(subparsers) -> None:
    """Add the ``build`` subcommand."""
    parser = subparsers.add_parser(
        "build",
        help="build notebooks/, exercises/ and solutions/ from content/",
        description=(
            "Turn the course as text (content/course.yaml, content/lessons/*.md, "
            "content/exercises/*.md) into notebooks/, exercises/ (answers blank) and "
            "solutions/ (answers filled in). With --content DIR, build a campaign's own "
            "copy of content/ (into DIR's parent folder, or -o OUT)."
        ),
    )
    add_arguments(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    """Build, or with ``--check`` compare, and report."""
    from pathlib import Path

    from commonground import build
    from commonground.errors import CommonGroundError

    content = Path(args.content).expanduser() if args.content else build.default_content()
    out = Path(args.output).expanduser() if args.output else build.default_output(content)
    if not content.is_dir():
        raise CommonGroundError(f"{content}: no such content folder")
    if args.check:
        differ = build.check(content, out)
        if differ:
            for path in differ:
                print(f"differs from its text: {path}", file=sys.stderr)
            raise CommonGroundError(
                f"{len(differ)} notebook(s) differ from what {content.name}/ makes: "
                f"{', '.join(differ)}; run `commonground build`"
            )
        print(f"notebooks/, exercises/ and solutions/ match {content.name}/")
        return 0
    changed = build.build(content, out)
    for path in changed:
        print(f"wrote {path}")
    print(f"{len(changed)} file(s) changed in {out}")
    if args.content:
        print(f"To see it as learners will: commonground app --content {args.content}")
    return 0
