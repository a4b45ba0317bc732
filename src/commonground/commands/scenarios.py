"""``commonground scenarios``: list, lint, play and start role-play scenarios."""

from __future__ import annotations

import json
import os
import sys

from commonground.errors import CommonGroundError
from commonground.resources import SCENARIOS_ENV


def register(subparsers) -> None:
    """Add ``scenarios list|lint|play|new``."""
    parser = subparsers.add_parser("scenarios", help="role-play scenarios: list, lint, play, new")
    sub = parser.add_subparsers(dest="scenarios_command", metavar="ACTION")
    parser.set_defaults(func=lambda args: parser.print_help() or 2)

    listing = sub.add_parser("list", help="list the scenarios")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_list)

    lint = sub.add_parser("lint", help="check scenario files (all by default)")
    lint.add_argument("paths", nargs="*", metavar="PATH", help="scenario files")
    lint.add_argument("--quiet", action="store_true", help="print errors only, no warnings")
    lint.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=0,
        metavar="N",
        help="processes sharing the files to lint (default: one per processor, up to 4)",
    )
    # Its caches are written (atomically) before it returns, and its pool is shut down:
    # the 50-70 ms Python spent tearing down the readings, indexes and scipy of a first
    # run one object at a time on exit are skipped (see cli.run).
    lint.set_defaults(func=_lint, exit_directly=True)

    play = sub.add_parser("play", help="play a scenario in the terminal, or autoplay it")
    play.add_argument("name", metavar="NAME", help="scenario name (file stem) or path")
    play.add_argument("--auto", type=int, metavar="N", help="N seeded random plays")
    play.add_argument("--seed", type=int, default=0, help="random seed for --auto")
    play.add_argument("--json", action="store_true", help="print one JSON object")
    play.set_defaults(func=_play)

    new = sub.add_parser("new", help="write a commented starter scenario that passes lint")
    new.add_argument("name", metavar="NAME", help="file stem, e.g. food_bank_volunteer")
    new.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help=(
            f"folder to write in (default: ${SCENARIOS_ENV} when set, else a clone's "
            "data/scenarios/ folder, else the current folder; now: "
            f"{_default_folder()})"
        ),
    )
    new.set_defaults(func=_new)


def _default_folder() -> str:
    from commonground.resources import new_scenarios_dir

    return str(new_scenarios_dir())


def _list(args) -> int:
    from commonground.labels import label
    from commonground.roleplay import list_scenarios

    items = list_scenarios()
    if args.json:
        print(json.dumps([{**vars(i), "path": str(i.path)} for i in items], indent=2))
        return 0
    for item in items:
        if item.error:
            print(f"{item.name:<24} BROKEN: {item.error}")
        else:
            purpose = label(item.purpose, "purpose")
            setting = label(item.setting, "setting")
            print(f"{item.name:<24} {item.title} ({purpose}, {setting.lower()})")
    print(f"{len(items)} scenarios")
    return 0


def _lint(args) -> int:
    from commonground.roleplay.lint import lint_paths

    jobs = args.jobs if args.jobs > 0 else min(4, os.cpu_count() or 1)
    issues = lint_paths(args.paths or None, jobs=jobs)
    errors = [i for i in issues if i.level == "error"]
    for issue in issues:
        if issue.level == "error" or not args.quiet:
            print(issue)
    count = len(args.paths) if args.paths else "all"
    print(f"{len(errors)} errors, {len(issues) - len(errors)} warnings ({count} files checked)")
    return 1 if errors else 0


def _play(args) -> int:
    from commonground.roleplay import load_scenario

    scenario = load_scenario(args.name)
    if args.auto is not None:
        from commonground.roleplay.autoplay import autoplay

        if args.auto < 1:
            raise CommonGroundError("--auto needs a number of plays of at least 1")
        report = autoplay(scenario, args.auto, seed=args.seed)
        if args.json:
            print(json.dumps(report, sort_keys=True))
        else:
            print(_auto_text(report, scenario))
        return 0
    from commonground.roleplay.terminal import play_interactive

    return play_interactive(scenario, sys.stdin, sys.stdout, as_json=args.json)


_REASONS = {
    "specific_fitting_trusted": "specific, fits what was learned, enough trust",
    "trust_too_low": "a good ask, but trust was too low",
    "no_fit_discovered": "fits nothing discovered about them",
    "not_specific": "does not name an activity, a time and a place",
}


def _auto_text(report: dict, scenario) -> str:
    """The ``--auto`` report as text: counts, why asks got their answers, example paths."""
    facts = {f.id: f for f in scenario.persona.hidden_facts}
    lines = [
        f"{key}: {value}" for key, value in report.items() if key not in ("why", "example_paths")
    ]
    lines.append("why asks got their answers (every ask made, by reason):")
    for answer, counts in report["why"].items():
        for reason, count in counts.items():
            if reason.startswith("constraint:"):
                fact = facts.get(reason.split(":", 1)[1])
                label = f"ran into the {fact.blocks} constraint {fact.id!r}" if fact else reason
            else:
                label = _REASONS.get(reason, reason)
            lines.append(f"  {answer:<11} {count:>5}  {label}")
    lines.append("one example path per ending (choice ids):")
    for ending, path in report["example_paths"].items():
        lines.append(f"  {ending}: {' > '.join(path)}")
    missing = [e for e in report["endings"] if e not in report["example_paths"]]
    if missing:
        lines.append(f"  no path of listed choices found to: {', '.join(missing)}")
    return "\n".join(lines)


def _new(args) -> int:
    from commonground.roleplay.starter import write_starter

    path = write_starter(args.name, args.output)
    print(f"wrote {path}")
    print(f"next: edit it, then run `commonground scenarios lint {path}`")
    return 0
