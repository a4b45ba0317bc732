"""``commonground workshop``: pair a room, print role-play cards, debrief the room.

::

    commonground workshop pairs PEOPLE.csv --rounds 3 --seed 1 [--trios] [--csv OUT]
        [--page OUT --scenario NAME ... --paper a4|letter]
    commonground workshop cards --scenario NAME [--scenario NAME ...] -o DIR [--paper a4|letter]
        [--groups N]
    commonground workshop debrief DIR [--json] [--plot FILE.png]
"""

from __future__ import annotations

import json
from pathlib import Path

from commonground.errors import CommonGroundError


def register(subparsers) -> None:
    """Add ``workshop pairs|cards|debrief``."""
    parser = subparsers.add_parser(
        "workshop", help="facilitators: pair a room, print role-play cards, debrief"
    )
    sub = parser.add_subparsers(dest="workshop_command", metavar="ACTION")
    parser.set_defaults(func=lambda args: parser.print_help() or 2)

    pairs = sub.add_parser("pairs", help="pairs or trios with rotating roles, round by round")
    pairs.add_argument("people", metavar="PEOPLE.csv", help="CSV file with a 'name' column")
    pairs.add_argument("--rounds", type=int, default=3, help="rounds to plan (default 3)")
    pairs.add_argument("--seed", type=int, default=0, help="seed: same seed, same plan")
    pairs.add_argument("--trios", action="store_true", help="everyone in trios, with an observer")
    pairs.add_argument("--csv", metavar="OUT", help="also write the plan as CSV")
    pairs.add_argument(
        "--page",
        metavar="OUT",
        help="also write the plan as a page to print: OUT.html and OUT.pdf",
    )
    pairs.add_argument(
        "--scenario",
        action="append",
        default=[],
        metavar="NAME",
        help="scenario of each round on the page, in turn (repeat; default: every scenario)",
    )
    pairs.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    pairs.set_defaults(func=_pairs)

    cards = sub.add_parser("cards", help="persona, organizer and observer cards (HTML + PDF)")
    cards.add_argument(
        "--scenario",
        action="append",
        required=True,
        metavar="NAME",
        help="scenario name (repeat for several rounds, or 'all')",
    )
    cards.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write to")
    cards.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    cards.add_argument("--no-observer", action="store_true", help="leave out the observer sheet")
    cards.add_argument(
        "--groups", type=int, default=1, metavar="N", help="one labelled set per group (default 1)"
    )
    cards.set_defaults(func=_cards)

    debrief = sub.add_parser("debrief", help="what the observers' sheets say about the room")
    debrief.add_argument("folder", metavar="DIR", help="folder of observer sheets (*.json)")
    debrief.add_argument("--json", action="store_true", help="print JSON")
    debrief.add_argument("--plot", metavar="FILE.png", help="also save the skipped-steps chart")
    debrief.set_defaults(func=_debrief)


def _pairs(args) -> int:
    from commonground import storage
    from commonground.workshop import pairing

    if args.rounds < 1 or args.rounds > 50:
        raise CommonGroundError(f"--rounds {args.rounds}: choose 1 to 50")
    names = pairing.read_participants(args.people)
    plan = pairing.schedule(names, rounds=args.rounds, seed=args.seed, trios=args.trios)
    if args.page:  # a scenario name that does not exist fails before anything is printed
        from commonground.workshop import plan_page

        per_round = plan_page.round_scenarios(args.rounds, args.scenario)
    print(pairing.format_plan(plan))
    repeats = pairing.repeat_count(plan)
    print(
        f"{len(names)} people, {args.rounds} rounds, seed {args.seed}; repeated meetings: {repeats}"
    )
    note = pairing.group_size_note(len(names), args.trios)
    if note:
        print(note)
    if args.csv:
        rows = pairing.plan_rows(plan)
        lines = ["round,group,role,name"]
        lines += [
            ",".join(_csv_cell(r[k]) for k in ("round", "group", "role", "name")) for r in rows
        ]
        storage.atomic_write_text(args.csv, "\n".join(lines) + "\n")
        print(f"plan written to {args.csv}")
    if args.page:
        html_path, pdf_path = plan_page.write_plan(
            plan, args.page, per_round, len(names), args.trios, args.paper
        )
        print(f"plan page written to {html_path} and {pdf_path}")
    return 0


def _csv_cell(value) -> str:
    from commonground.formula_cells import neutralise

    text = neutralise(value)  # never a formula when opened in a spreadsheet
    if any(c in text for c in ',"\n\r'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def _cards(args) -> int:
    from commonground.roleplay import list_scenarios
    from commonground.workshop import printing

    names = []
    for name in args.scenario:
        if name == "all":
            names += [info.name for info in list_scenarios() if not info.error]
        else:
            names.append(name)
    for name in dict.fromkeys(names):
        html_path, pdf_path = printing.write_round(
            name,
            Path(args.output),
            paper=args.paper,
            with_observer=not args.no_observer,
            groups=args.groups,
        )
        print(f"{name}: {html_path} and {pdf_path}")
    return 0


def _debrief(args) -> int:
    from commonground.workshop import debrief

    report = debrief.debrief_folder(args.folder)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.text())
    if args.plot:
        fig, summary = debrief.skipped_plot(report)
        fig.savefig(args.plot)
        if not args.json:
            print(summary)
            print(f"chart saved to {args.plot}")
    return 0
