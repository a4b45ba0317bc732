"""``commonground analyze`` and ``commonground report``: which asks convert.

``analyze FILE`` prints a readable summary (``--json`` for one JSON object);
``report FILE -o report.html`` runs the trainer notebook on FILE and exports HTML with
the code hidden. Heavy libraries are imported inside the command functions.

Exit codes, as ``log validate``'s: 0 every row analysed, 1 some rows quarantined (the
output is written, the rows are listed in it), 2 the file was refused.
"""

from __future__ import annotations

SHOW_NAMES_HELP = (
    "print organizers and ask types as written in the log: this prints people's names "
    "(default: organizers as 'organizer 1', 2, ..., and words of ask types that are not "
    "words of asks hidden)"
)


def register(subparsers) -> None:
    """Add the ``analyze`` and ``report`` subcommands."""
    import argparse

    from commonground.commands.log import add_reading_options
    from commonground.errors import EXIT_CODES_HELP

    epilog = EXIT_CODES_HELP.format(analyzed=" and not analysed (listed under Warnings)")
    analyze = subparsers.add_parser(
        "analyze",
        help="analyse an outcome log: which asks convert",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze.add_argument("file", help="outcome log (CSV, Excel or Parquet)")
    analyze.add_argument("--json", action="store_true", help="print one JSON object")
    analyze.add_argument("--show-names", action="store_true", help=SHOW_NAMES_HELP)
    add_reading_options(analyze, several=True)
    analyze.set_defaults(func=_analyze, exit_directly=True)

    report = subparsers.add_parser(
        "report",
        help="run the trainer notebook on a log and export it as HTML",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("file", help="outcome log (CSV, Excel or Parquet)")
    report.add_argument("-o", "--output", default="report.html", help="HTML file to write")
    report.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    report.add_argument("--show-names", action="store_true", help=SHOW_NAMES_HELP)
    add_reading_options(report, several=True)
    report.set_defaults(func=_report, exit_directly=True)


def _analyze(args) -> int:
    import contextlib
    import json
    import os

    from commonground.analysis import stats_helper
    from commonground.errors import refusing_input

    # Start the statistics helper before anything heavy is imported: it loads scipy
    # and statsmodels on the other core while this process reads the log. A path that
    # is not a file fails at once below, with no helper to wait for.
    start_helper = os.path.isfile(args.file)
    with refusing_input(), stats_helper.helper() if start_helper else contextlib.nullcontext():
        from commonground.analysis.summary import analyze_file

        summary = analyze_file(
            args.file, show_names=args.show_names, sheet=args.sheet, date_order=args.date_order
        )
    if args.json:
        print(json.dumps(summary, allow_nan=False, ensure_ascii=False))
    else:
        from commonground.analysis.text import render

        print(render(summary), end="")
    return 1 if summary["n_quarantined"] else 0


def _report(args) -> int:
    import sys

    from commonground.analysis.report import build_report
    from commonground.errors import refusing_input
    from commonground.outcomes.export import refuse_overwriting_inputs

    with refusing_input():
        refuse_overwriting_inputs([args.file], [args.output])
        path, left_out = build_report(
            args.file,
            args.output,
            progress=not args.no_progress,
            show_names=args.show_names,
            sheet=args.sheet,
            date_order=args.date_order,
        )
    print(f"report written to {path}", file=sys.stderr)
    if left_out:
        log = args.file if args.show_names else "LOG"  # a file may be named after someone
        sheets = "".join(f" --sheet {_shown_sheet(s, args.show_names)}" for s in args.sheet or [])
        print(
            f"{left_out} row(s) quarantined and not analysed (listed in the report; "
            f"commonground log validate{sheets} {log} names each)",
            file=sys.stderr,
        )
    return 1 if left_out else 0


def _shown_sheet(sheet: str, show_names: bool) -> str:
    """A ``--sheet`` value to repeat in a hint: a title that may name someone (a sheet
    per organizer) as ``NAME``, unless names are shown."""
    from commonground.outcomes.privacy import shown_value

    return sheet if show_names or shown_value(sheet) == sheet else "NAME"
