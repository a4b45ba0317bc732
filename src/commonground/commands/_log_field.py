"""``log add``, ``log showed-up``, ``log export`` and ``log merge``: a volunteer's own log.

Registered by :mod:`commonground.commands.log` (the leading underscore keeps the CLI
from registering this module on its own).
"""

from __future__ import annotations

import sys

from commonground.errors import CommonGroundError


def register(inner) -> None:
    """Add the volunteer-log actions to ``commonground log``."""
    from commonground.field_log.form import QUESTIONS

    add = inner.add_parser(
        "add",
        help="log a real 1:1 you held (asks in plain words; every answer can be a flag)",
    )
    for q in QUESTIONS:
        flag = "--" + ("contact-name" if q.key == "contact_name" else q.key.replace("_", "-"))
        choices = f" ({', '.join(v for _, v in q.choices if v)})" if q.choices else ""
        add.add_argument(flag, dest=q.key, metavar="VALUE", help=q.prompt + choices)
    add.add_argument("--learner", help="whose log (a workshop room keeps one per name)")
    add.add_argument(
        "--no-input", action="store_true", help="never prompt; missing answers are errors"
    )
    add.set_defaults(func=_add, exit_directly=True)

    showed = inner.add_parser(
        "showed-up", help="record whether someone came; with no id, list who is due"
    )
    showed.add_argument("meeting_id", nargs="?", help="the meeting (from the list)")
    showed.add_argument("answer", nargs="?", choices=("yes", "no"), help="did they come?")
    showed.add_argument("--learner", help="whose log")
    showed.set_defaults(func=_showed_up, exit_directly=True)

    export = inner.add_parser("export", help="write your log (without notes) to share")
    export.add_argument("-o", "--output", required=True, help="file (.csv, .xlsx, .parquet)")
    export.add_argument("--learner", help="whose log")
    export.set_defaults(func=_export, exit_directly=True)

    merge = inner.add_parser("merge", help="combine volunteers' logs into one team log")
    merge.add_argument("files", nargs="+", help="the logs to combine")
    merge.add_argument("-o", "--output", required=True, help="the combined log")
    merge.add_argument("--quarantine", metavar="OUT.csv", help="where rows left out go")
    merge.add_argument(
        "--show-names",
        action="store_true",
        help="name the files in the summary and the quarantine; by default they are "
        "'file 1', 'file 2', ... in the order given, as a file may be named after the "
        "person who keeps it",
    )
    from commonground.commands.log import DATE_ORDER_HELP, SHEET_HELP, SHEETS_HELP

    merge.add_argument("--sheet", metavar="N|NAME", action="append", help=SHEET_HELP + SHEETS_HELP)
    merge.add_argument("--date-order", choices=("dmy", "mdy"), help=DATE_ORDER_HELP)
    merge.set_defaults(func=_merge, exit_directly=True)


def _reminders(learner, interactive: bool) -> None:
    from commonground.field_log import store

    due = store.due_for_showed_up(learner)
    if len(due) == 0:
        return
    print(f"{len(due)} meeting(s) had an event that has now passed. Did they come?")
    for _, row in due.iterrows():
        what = f"{row['contact']} ({row['ask_type']} on {row['event_date']})"
        if not interactive:
            print(f"  {what}: commonground log showed-up {row['meeting_id']} yes|no")
            continue
        answer = input(f"  Did {what} show up? [y/n, Enter to skip] ").strip().lower()
        if answer in ("y", "yes", "n", "no"):
            store.record_showed_up(row["meeting_id"], answer.startswith("y"), learner)
            print("  recorded")


def _prompt(question, answers: dict) -> str:
    import datetime as dt

    default = dt.date.today().isoformat() if question.key == "date" else ""
    if question.choices:
        print(question.prompt)
        for number, (label, _) in enumerate(question.choices, start=1):
            print(f"  {number}. {label}")
        while True:
            raw = input("  number (Enter to skip): ").strip()
            if not raw and not question.required:
                return ""
            if raw.isdigit() and 1 <= int(raw) <= len(question.choices):
                return question.choices[int(raw) - 1][1]
            print("  type one of the numbers")
    hint = f" [{default}]" if default else ""
    while True:
        raw = input(f"{question.prompt}{hint}: ").strip() or default
        if raw or not question.required:
            return raw
        print("  this one is needed")


def _add(args) -> int:
    from commonground.field_log import form, store

    interactive = not args.no_input and sys.stdin.isatty()
    _reminders(args.learner, interactive)
    answers = {q.key: getattr(args, q.key) for q in form.QUESTIONS}
    answers = {k: v for k, v in answers.items() if v is not None}
    if interactive:
        for question in form.QUESTIONS:
            if question.key not in answers and question.ask(answers):
                answers[question.key] = _prompt(question, answers)
    try:
        row = store.add_meeting(answers, args.learner)
    except form.FormError as exc:
        for key, message in exc.problems.items():
            flag = "--" + key.replace("_", "-")
            print(f"{flag}: {message}", file=sys.stderr)
        raise CommonGroundError("the meeting was not saved; fix the answers above") from None
    specific = "specific" if row["ask_specific"] == "true" else "not specific yet"
    print(f"saved meeting {row['meeting_id']} with {row['contact']} (the ask reads as {specific})")
    print(f"your log: {store.log_path(args.learner)}")
    return 0


def _showed_up(args) -> int:
    from commonground.field_log import store

    if args.meeting_id is None:
        due = store.due_for_showed_up(args.learner)
        if len(due) == 0:
            print("nothing due: no meeting with a yes has an event that passed unrecorded")
        for _, row in due.iterrows():
            print(
                f"{row['meeting_id']}  {row['contact']}  {row['ask_type']} on {row['event_date']}"
            )
        return 0
    if args.answer is None:
        raise CommonGroundError("say whether they came: log showed-up MEETING_ID yes|no")
    store.record_showed_up(args.meeting_id, args.answer == "yes", args.learner)
    print(f"recorded: {args.meeting_id} showed up: {args.answer}")
    return 0


def _export(args) -> int:
    from commonground.field_log import store
    from commonground.outcomes.export import refuse_overwriting_inputs

    # the export drops notes: written over the volunteer's own log, it would lose them
    refuse_overwriting_inputs([store.log_path(args.learner)], [args.output])
    path, count = store.export(args.output, args.learner)
    print(f"wrote {count} meeting(s) to {path} (notes stay on this computer)")
    return 0


def _merge(args) -> int:
    from pathlib import Path

    from commonground.errors import refusing_input
    from commonground.outcomes import to_safe_csv, write_log
    from commonground.outcomes.export import refuse_overwriting_inputs, refuse_unwritable_log
    from commonground.outcomes.importers.writing import day_text
    from commonground.outcomes.merge import file_labels, merge_logs

    q_default = Path(args.output).with_suffix(".quarantine.csv")
    refuse_unwritable_log(args.output)
    refuse_overwriting_inputs(args.files, [args.output, args.quarantine or q_default])
    with refusing_input():  # 2 = a file refused, as in log validate; 1 = rows left out
        result = merge_logs(
            args.files,
            file_labels(args.files, args.show_names),
            sheets=args.sheet,
            date_order=args.date_order,
            show_names=args.show_names,
        )
    for item in result.per_file:
        print(f"{item['file']}: {item['rows']} rows read, {item['quarantined']} quarantined")
    for notice in result.notices:
        print(f"note: {notice}")
    write_log(day_text(result.accepted.drop(columns=["row"])), args.output)
    print(f"wrote {len(result.accepted)} meeting(s) to {args.output}")
    if result.ok:
        return 0
    q_path = Path(args.quarantine or Path(args.output).with_suffix(".quarantine.csv"))
    to_safe_csv(result.quarantine, q_path)
    for _, row in result.quarantine.iterrows():
        print(f"left out: {row['file']} row {row['row']}: {row['reason']}")
    print(f"{len(result.quarantine)} row(s) left out, written to {q_path}")
    return 1
