"""``commonground progress``: show (or reset) which lessons are complete."""

from __future__ import annotations


def register(subparsers) -> None:
    """Add the ``progress`` subcommand."""
    parser = subparsers.add_parser("progress", help="show which lessons you have completed")
    parser.add_argument("--file", help="progress file (default: ~/.commonground/progress.json)")
    parser.add_argument("--reset", action="store_true", help="forget all completions")
    parser.set_defaults(func=_run)


def _run(args) -> int:
    from commonground import progress

    if args.reset:
        progress.reset(args.file)
    rows = progress.summary(args.file)
    for row in rows:
        mark = "x" if row["done"] else " "
        print(f"[{mark}] {row['id'][:2]}  {row['title']}")
    print(f"{sum(r['done'] for r in rows)} of {len(rows)} lessons complete")
    return 0
