"""``commonground log``: validate, generate, template; a volunteer's own log; imports.

``log add``/``showed-up``/``export``/``merge`` live in :mod:`._log_field`, ``log import``
in :mod:`._log_import`.

Exit codes of ``log validate``: 0 when every row was accepted, 1 when some rows were
quarantined, 2 when the file was refused (unreadable, missing a required column, no
rows); a refusal prints one line on stderr.
"""

from __future__ import annotations

import json

from commonground.errors import EXIT_CODES_HELP

#: ``--show-names`` of ``log validate`` and ``log import``.
SHOW_FILE_HELP = (
    "name the file(s) in the summary; by default the log is 'the log' (imports: 'the "
    "export', 'file 1', ...), as a file may be named after the person who keeps it"
)

#: ``--sheet`` of every command that reads a log or an export.
SHEET_HELP = (
    "a workbook's sheet to read, by number (1 = the first) or by name; by default the "
    "first sheet, or the first that holds the log when the first does not"
)
#: ``--date-order`` of every command that reads a log or an export.
DATE_ORDER_HELP = (
    "how the file writes slashed dates such as 03/04/2026: dmy (day first) or mdy "
    "(month first); without it, which comes first is never guessed"
)


#: Added to ``--sheet``'s help where it may be given again (``log merge``).
SHEETS_HELP = (
    "; give it again for more sheets of each workbook (--sheet 2 --sheet April), or "
    "'all' for every sheet holding a log: each is read by its own header, and messages "
    "name the file and the sheet"
)
#: Added to ``--sheet``'s help where the sheets are read as one log.
ONE_LOG_HELP = (
    "; give it again for more sheets (--sheet 2 --sheet April), or 'all' for every sheet "
    "holding a log, read as one log: each by its own header, messages name the file and "
    "the sheet, and a meeting_id on two sheets keeps its first row, as log merge does"
)


def add_reading_options(parser, several: bool = False) -> None:
    """``--sheet`` and ``--date-order``: how to read a workbook and its dates.

    With ``several``, ``--sheet`` may be given again, or as ``all``, to read several
    sheets as one log (:func:`commonground.outcomes.sheet_log.read_sheets`).
    """
    if several:
        parser.add_argument(
            "--sheet", metavar="N|NAME", action="append", help=SHEET_HELP + ONE_LOG_HELP
        )
    else:
        parser.add_argument("--sheet", metavar="N|NAME", help=SHEET_HELP)
    parser.add_argument("--date-order", choices=("dmy", "mdy"), help=DATE_ORDER_HELP)


#: Problems printed by ``log validate`` unless ``--all`` is given.
SHOWN_PROBLEMS = 50


def register(subparsers) -> None:
    """Add ``log validate``, ``log generate`` and ``log template``."""
    parser = subparsers.add_parser("log", help="check, generate or template outcome logs")
    inner = parser.add_subparsers(dest="log_command", metavar="ACTION")

    check = inner.add_parser(
        "validate",
        help="check an outcome log (.csv, .tsv, .txt, .xlsx, .parquet)",
        epilog=EXIT_CODES_HELP.format(analyzed=""),
    )
    check.add_argument("file", help="the outcome log to check")
    check.add_argument("--quarantine", metavar="OUT.csv", help="write rejected rows here")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.add_argument("--all", action="store_true", help="print every problem, not 50")
    check.add_argument("--salt", help="pseudonymise contact ids with this secret salt")
    check.add_argument("--show-names", action="store_true", help=SHOW_FILE_HELP)
    add_reading_options(check, several=True)
    check.set_defaults(func=_validate, exit_directly=True)

    gen = inner.add_parser("generate", help="write a synthetic outcome log")
    gen.add_argument("--rows", type=int, required=True, help="number of meetings")
    gen.add_argument("--seed", type=int, required=True, help="random seed (same seed, same file)")
    gen.add_argument("-o", "--output", required=True, help="file to write (.csv, .xlsx, .parquet)")
    gen.add_argument("--truth", metavar="FILE.json", help="also write the model's true effects")
    gen.set_defaults(func=_generate, exit_directly=True)

    template = inner.add_parser("template", help="write an empty log with the header row")
    template.add_argument("-o", "--output", required=True, help="file to write (.csv or .xlsx)")
    template.set_defaults(func=_template)

    from commonground.commands import _log_field, _log_import

    _log_field.register(inner)
    _log_import.register(inner)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def _validate(args) -> int:
    from commonground.errors import refusing_input
    from commonground.outcomes import to_safe_csv
    from commonground.outcomes.export import refuse_overwriting_inputs
    from commonground.outcomes.sheet_log import read_sheets

    refuse_overwriting_inputs([args.file], [args.quarantine])
    with refusing_input():  # 2 = refused, as opposed to 1 = some rows quarantined
        result = read_sheets(
            args.file,
            args.sheet,
            show_names=args.show_names,
            pseudonymise_salt=args.salt,
            date_order=args.date_order,
        )
    if args.quarantine:
        to_safe_csv(result.quarantine, args.quarantine)
    if args.json:
        print(json.dumps(_as_json(result, args.show_names), indent=2, ensure_ascii=False))
    else:
        _print_report(result, args.all, args.quarantine, args.show_names)
    return 0 if result.ok else 1


def _as_json(result, show_names: bool) -> dict:
    return {
        "source": result.source if show_names else None,
        "rows_read": result.n_read,
        "accepted": len(result.accepted),
        "quarantined": len(result.quarantine),
        "sheets": result.sheets,
        "notices": result.notices,
        "problems": [
            {"row": p.row, "column": p.column, "value": p.value, "message": p.message}
            | ({"where": p.where} if p.where else {})
            for p in result.problems
        ],
    }


def _print_report(result, show_all: bool, quarantine_path, show_names: bool) -> None:
    print(result.summary(None if show_names else "the log"))
    for line in result.sheets:  # several sheets read as one log: how each was read
        print(line)
    for notice in result.notices:
        print(f"note: {notice}")
    shown = result.problems if show_all else result.problems[:SHOWN_PROBLEMS]
    for problem in shown:
        print(f"problem: {problem}")
    hidden = len(result.problems) - len(shown)
    if hidden:
        print(f"... and {hidden} more problem(s); use --all or --json to see every one")
    if quarantine_path:
        print(f"quarantined rows written to {quarantine_path}")


def _generate(args) -> int:
    from commonground.errors import CommonGroundError
    from commonground.outcomes import TRUTH, generate, write_log
    from commonground.outcomes.export import usual_permissions
    from commonground.storage import atomic_write_json

    if args.rows < 1:
        raise CommonGroundError("--rows must be at least 1")
    path = write_log(generate(args.rows, args.seed), args.output)
    print(f"wrote {args.rows} synthetic meetings to {path}")
    if args.truth:
        usual_permissions(atomic_write_json(args.truth, TRUTH))
        print(f"wrote the model's true effects to {args.truth}")
    return 0


def _template(args) -> int:
    import pandas as pd

    from commonground.errors import CommonGroundError
    from commonground.outcomes import COLUMN_NAMES, write_log

    if not str(args.output).lower().endswith((".csv", ".xlsx")):
        raise CommonGroundError(f"{args.output}: a template is .csv or .xlsx")
    path = write_log(pd.DataFrame({name: [] for name in COLUMN_NAMES}, dtype="str"), args.output)
    print(f"wrote an empty outcome log (header only) to {path}")
    return 0
