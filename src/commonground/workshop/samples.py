"""Synthetic observer sheets, for the facilitator guide and the tests.

Invented role-plays only (ids, never names). Each step is skipped with its own chance,
so the debrief has something to show; seeded and reproducible.
"""

from __future__ import annotations

import random

from commonground.workshop.observer import ObserverSheet

#: Chance that an observer does NOT see each meeting step (invented, for practice).
SKIP_CHANCE = {
    "factual_questions": 0.05,
    "your_story": 0.35,
    "open_questions": 0.1,
    "listening": 0.2,
    "common_ground": 0.45,
    "campaign_work": 0.25,
    "ask": 0.0,
    "respond": 0.15,
    "close_conversation": 0.3,
}
ASK_TYPES = ("canvass", "phone_bank", "host_house_party", "attend_event", "lead_role")


def synthetic_sheets(n: int, seed: int = 0, date: str = "2026-01-10") -> list[ObserverSheet]:
    """``n`` finished, synthetic observer sheets (the notes say they are synthetic)."""
    rng = random.Random(seed)
    sheets = []
    for i in range(n):
        start = 10_000.0 + i * 3_600
        sheet = ObserverSheet.start(
            f"synthetic-{seed}-{i + 1:02d}", now=start, date=date, round=i // 4 + 1, group=i % 4 + 1
        )
        at = start
        for step, chance in SKIP_CHANCE.items():
            at += rng.uniform(60, 240)
            if step == "ask":
                specific = rng.random() < 0.6
                fit = rng.random() < 0.6
                chance_yes = 0.2 + 0.3 * specific + 0.3 * fit
                draw = rng.random()
                response = "yes" if draw < chance_yes else "maybe" if draw < 0.8 else "no"
                sheet.record_ask(
                    rng.choice(ASK_TYPES),
                    specific=specific,
                    fit=fit,
                    response=response,
                    no_reason=rng.choice(("timing", "activity")) if response == "no" else None,
                    now=at,
                )
                offered = response != "yes" and rng.random() < 0.6
                won_back = offered and rng.random() < 0.5
                sheet.record_final(
                    "yes" if won_back else response, offered if response != "yes" else None
                )
            elif step == "open_questions" and rng.random() >= chance:
                for _ in range(rng.randint(1, 5)):
                    sheet.count_open_question(now=at)
            elif rng.random() >= chance:
                sheet.tick(step, now=at)
        sheet.notes = "Synthetic sheet for practice."
        sheet.finish(now=at + rng.uniform(60, 180))
        sheets.append(sheet)
    return sheets
