"""``log import``: bring a tool's export into the outcome log (see docs/outcome-data.md).

Registered by :mod:`commonground.commands.log`. Exit codes: 0 every row imported, 1 some
rows quarantined (written beside the output), 2 nothing could be read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from commonground.errors import CommonGroundError, UsageError


def register(inner) -> None:
    """Add ``log import`` to ``commonground log``."""
    from commonground.commands.log import SHOW_FILE_HELP, add_reading_options
    from commonground.errors import EXIT_CODES_HELP
    from commonground.outcomes.importers import SOURCE_MODULES

    parser = inner.add_parser(
        "import",
        help="map an export (VAN, Mobilize, Action Network, ...) to an outcome log",
        epilog=EXIT_CODES_HELP.format(analyzed=""),
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="exports (.csv, .xlsx, .json)")
    parser.add_argument("--from", dest="source", choices=list(SOURCE_MODULES), help="the tool")
    parser.add_argument("-o", "--output", help="the outcome log to write (.csv/.xlsx/.parquet)")
    parser.add_argument("--mapping", help="with --from mapping: the mapping file (YAML)")
    parser.add_argument("--suggest", metavar="FILE", help="draft a mapping file from FILE")
    parser.add_argument("--organizer", help="organizer for rows whose export names none")
    parser.add_argument("--ask-type", help="ask type where the export does not say")
    parser.add_argument("--ask-column", help="van-bulk: the column with the ask's answer")
    parser.add_argument(
        "--ask-specific", choices=("true", "false"), help="van-bulk: were the asks specific?"
    )
    parser.add_argument("--salt", help="pseudonymise every contact with this secret salt")
    parser.add_argument("--quarantine", metavar="OUT.csv", help="where unmapped rows go")
    parser.add_argument("--show-names", action="store_true", help=SHOW_FILE_HELP)
    parser.add_argument(
        "--fill-log",
        metavar="LOG",
        help="a 1:1 log to fill showed_up in, from the attendance export(s) given as FILE",
    )
    add_reading_options(parser)
    from commonground.commands.log import DATE_ORDER_HELP, SHEET_HELP

    parser.add_argument(
        "--log-sheet", metavar="N|NAME", help="with --fill-log: the log's sheet; " + SHEET_HELP
    )
    parser.add_argument(
        "--log-date-order",
        choices=("dmy", "mdy"),
        help="with --fill-log: " + DATE_ORDER_HELP.replace("the file", "the log"),
    )
    parser.set_defaults(func=_import, exit_directly=True)


def _options(args):
    from commonground.outcomes.importers.custom import load_mapping
    from commonground.outcomes.importers.mapper import Options

    mapping = load_mapping(args.mapping) if args.mapping else None
    if args.source == "mapping" and mapping is None:
        raise UsageError("--from mapping needs --mapping MAP.yaml (draft one with --suggest)")
    return Options(
        organizer=args.organizer,
        ask_type=args.ask_type,
        ask_column=args.ask_column,
        ask_specific=args.ask_specific,
        mapping=mapping,
        date_order=args.date_order,
        sheet=args.sheet,
    )


def _import(args) -> int:
    from commonground.errors import refusing_input

    if args.suggest:
        return _suggest(args)
    if not args.source or not args.files or not args.output:
        raise UsageError("log import needs --from SOURCE, at least one FILE and -o OUT")
    if not args.fill_log and (args.log_sheet or args.log_date_order):
        given = "--log-sheet" if args.log_sheet else "--log-date-order"
        raise UsageError(
            f"{given} says how to read the log given with --fill-log; without --fill-log, "
            "--sheet and --date-order say how to read the export(s)"
        )
    from pathlib import Path

    from commonground.outcomes.export import refuse_overwriting_inputs, refuse_unwritable_log
    from commonground.outcomes.importers.run import import_files, write_import

    refuse_unwritable_log(args.output)
    output = Path(args.output)
    default_q = output.with_name(output.stem + ".quarantine.csv")
    fill_q = str(args.output) + ".quarantine.csv"
    refuse_overwriting_inputs(
        [*args.files, args.fill_log],
        [args.output, args.quarantine or (fill_q if args.fill_log else default_q)],
    )
    from commonground.outcomes.importers.report import file_label

    count = len(args.files)
    labels = [
        str(path) if args.show_names else file_label(number, count)
        for number, path in enumerate(args.files, start=1)
    ]
    with refusing_input(), _naming_log_options(args.fill_log):
        result = import_files(
            args.source, args.files, options=_options(args), salt=args.salt, labels=labels
        )
    if args.fill_log:
        for line in result.report(show_names=args.show_names):
            print(line)
        return _fill(args, result)
    # written before anything is printed: a reader that stops early (``| head``) cannot
    # leave the log unwritten
    written, q_path = write_import(result, args.output, args.quarantine)
    for line in result.report(show_names=args.show_names):
        print(line)
    print(f"wrote {len(result.accepted)} meeting(s) to {written}")
    if q_path:
        print(f"quarantined rows (with reasons) written to {q_path}")
    return 0 if result.ok else 1


def for_the_log(text: str) -> str:
    """A message about the ``--fill-log`` log, naming the options that read it
    (``--log-sheet``, ``--log-date-order``): ``--sheet`` and ``--date-order`` read the
    attendance export(s)."""
    import re

    return re.sub(r"(?<![\w-])--(sheet|date-order)\b", r"--log-\1", text)


@contextmanager
def _naming_log_options(fill_log) -> Iterator[None]:
    """With ``--fill-log``, a refusal of an export that is about ``--sheet`` says which
    option reads the log, so a trainer whose log is the workbook is not misled."""
    try:
        yield
    except CommonGroundError as exc:
        if fill_log and "--sheet" in str(exc):
            exc.args = (f"{exc} (the log given with --fill-log is read with --log-sheet)",)
        raise


def _fill(args, attendance) -> int:
    from commonground.errors import InputFileError, refusing_input
    from commonground.outcomes import read_log, to_safe_csv, write_log
    from commonground.outcomes.importers.attendance import fill_showed_up
    from commonground.outcomes.importers.writing import day_text

    try:
        with refusing_input():
            log = read_log(
                args.fill_log,
                pseudonymise_salt=args.salt,
                sheet=args.log_sheet,
                date_order=args.log_date_order,
            )
    except InputFileError as exc:
        exc.args = (for_the_log(str(exc)),)
        raise
    log.notices = [for_the_log(n) for n in log.notices]
    if len(log.quarantine):
        log.quarantine["reason"] = log.quarantine["reason"].map(for_the_log)
    print(log.summary(None if args.show_names else "the log"))
    for notice in log.notices:
        print(f"note (the log): {notice}")
    filled, report = fill_showed_up(log.accepted, attendance.accepted)
    for line in report.lines():
        print(line)
    write_log(day_text(filled.drop(columns=["row"])), args.output)
    print(f"wrote {len(filled)} meeting(s) to {args.output}")
    if len(log.quarantine):
        q_path = args.quarantine or str(args.output) + ".quarantine.csv"
        to_safe_csv(log.quarantine, q_path)
        called = args.fill_log if args.show_names else "the log"
        print(f"{len(log.quarantine)} row(s) of {called} quarantined: {q_path}")
        for row, reason in zip(log.quarantine["row"], log.quarantine["reason"], strict=True):
            print(f"  row {row}: {reason}")
    return 0 if log.ok and not report.unmatched else 1


def _suggest(args) -> int:
    from commonground.errors import refusing_input
    from commonground.outcomes.importers.suggest import suggest
    from commonground.storage import atomic_write_text

    with refusing_input():
        draft = suggest(args.suggest, sheet=args.sheet, date_order=args.date_order)
    if args.output:
        atomic_write_text(args.output, draft)
        print(f"draft mapping written to {args.output}: check it, then use --from mapping")
    else:
        print(draft, end="")
    return 0
