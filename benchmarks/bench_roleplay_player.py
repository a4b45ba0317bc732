"""What the lesson 09 player adds to a turn, against the role-play engine alone.

Both sides play the same whole scenario with the same moves (the first strong choice at
every point). The baseline is the engine alone (``roleplay.choose``); the player adds the
widgets, the HTML panels, the atomic save after every turn, and at the end the debrief
and the journal record. Figures are medians per turn over several plays, in one run.

Run: ``.venv/bin/python benchmarks/bench_roleplay_player.py [--repeat N] [--scenario NAME]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time


def _moves(roleplay, scenario) -> list[str]:
    state, moves = roleplay.start(scenario), []
    while not state.finished:
        offered = roleplay.choices(scenario, state)
        choice = next((c for c in offered if c.quality == "strong"), offered[0])
        moves.append(choice.id)
        state = roleplay.choose(scenario, state, choice.id).state
    return moves


def main(argv: list[str] | None = None) -> dict[str, float]:
    """Measure and print the per-turn figures; return them as a dict (seconds)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--scenario", default="retired_teacher")
    args = parser.parse_args(argv)
    os.environ["COMMONGROUND_HOME"] = tempfile.mkdtemp(prefix="cg-bench-player-")
    from commonground import roleplay
    from commonground.widgets.roleplay_player import roleplay_player

    scenario = roleplay.load_scenario(args.scenario)
    moves = _moves(roleplay, scenario)
    engine, player_times = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        state = roleplay.start(scenario)
        for move in moves:
            state = roleplay.choose(scenario, state, move).state
        engine.append((time.perf_counter() - start) / len(moves))
        player = roleplay_player(args.scenario)
        start = time.perf_counter()
        player.start()
        for move in moves:
            player.choose(move)
        player_times.append((time.perf_counter() - start) / len(moves))
        assert player.state == state
    results = {
        "baseline: engine alone, per turn": statistics.median(engine),
        "player (widgets, save, debrief), per turn": statistics.median(player_times),
    }
    base = results["baseline: engine alone, per turn"]
    print(f"{args.scenario}: {len(moves)} turns, median of {args.repeat} plays")
    print(f"{'case':<44} {'ms/turn':>9} {'x baseline':>11}")
    for name, seconds in results.items():
        print(f"{name:<44} {1000 * seconds:9.2f} {seconds / base:11.1f}")
    return results


if __name__ == "__main__":
    main()
