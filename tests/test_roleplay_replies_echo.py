"""The persona's echo of an unprepared ask says it from the persona's side."""

from __future__ import annotations

import pytest

from commonground.roleplay.answer import AskView
from commonground.roleplay.replies import echo


def view(text: str) -> AskView:
    return AskView("own", "other", text, (), (), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "count on your backing" is not the frame "count on you" plus an "r"
        ("Can we count on your backing?", "My backing?"),
        ("Would you hand out flyers at the hospital on Tuesday at 5pm?", "Hand out flyers"),
        ("Could you bring your neighbours to the hall on Monday at 3?", "Bring my neighbours"),
    ],
)
def test_echo_names_the_ask_from_the_persona_side(text, expected):
    assert expected in echo(view(text))
