"""``commonground journal``: list what you saved in the lessons, or export it to Markdown."""

from __future__ import annotations


def register(subparsers) -> None:
    """Add the ``journal`` subcommand."""
    parser = subparsers.add_parser(
        "journal", help="list what you saved in the lessons, or export it as Markdown"
    )
    parser.add_argument("--learner", help="a participant's name or number (workshop rooms)")
    parser.add_argument(
        "--kind", help='only entries of this kind (e.g. story, reflection, "Prep plans")'
    )
    parser.add_argument("--export", metavar="FILE", help="write the whole journal as Markdown")
    parser.set_defaults(func=_run)


def _run(args) -> int:
    import warnings

    from commonground import curriculum, journal
    from commonground.journal_text import key_words, reading_order, when_text

    j = journal.open_journal(args.learner)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", journal.JournalNotice)
        if args.export:
            j.export_markdown(args.export)
            print(f"wrote {args.export}")
            return 0
        found = j.entries(_kind_id(args.kind) if args.kind else None)
    for notice in caught:
        print(f"note: {notice.message}")
    # Only kinds, lessons and times: entries can hold names the learner typed.
    for kind, entries in reading_order(found):
        print(journal.KIND_TITLES.get(kind) or key_words(kind))
        for entry in entries:
            lesson_id = entry.get("lesson")
            try:
                lesson = curriculum.lesson(lesson_id).title if lesson_id else "-"
            except KeyError:  # a lesson since renamed
                lesson = str(lesson_id)
            when = when_text(str(entry.get("saved_at", "")))
            print(f"  {when:<34} {lesson}")
    print(f"{len(found)} entr{'y' if len(found) == 1 else 'ies'} in {j.path}")
    return 0


def _kind_id(kind: str) -> str:
    """The kind id for ``--kind``: an id (``prep_plan``) or its title ("Prep plans")."""
    from commonground import journal

    wanted = kind.strip().casefold()
    for kind_id, title in journal.KIND_TITLES.items():
        if wanted in (kind_id, title.casefold()):
            return kind_id
    return kind.strip()
