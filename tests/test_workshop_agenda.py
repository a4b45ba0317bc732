"""Workshop agendas: timings add up, projected lessons exist, role-play fits a round."""

from __future__ import annotations

import pytest

from commonground import curriculum
from commonground.errors import CommonGroundError
from commonground.workshop import agenda, timer


@pytest.mark.parametrize("kind, total", [("90min", 90), ("half_day", 210)])
def test_agenda_adds_up_and_projects_real_lessons(kind, total):
    items = agenda.agenda(kind)
    assert sum(i.minutes for i in items) == total
    ids = {lesson.id for lesson in curriculum.LESSONS}
    for item in items:
        assert set(item.project) <= ids, item.activity
    role_play = [i for i in items if "Role-play round" in i.activity]
    assert role_play and all(i.minutes >= timer.MIN_MINUTES for i in role_play)


def test_rows_have_clock_times_and_markdown_table():
    rows = agenda.agenda_rows("90min", start="18:30")
    assert rows[0]["time"] == "18:30" and rows[1]["time"] == "18:40"
    assert rows[-1]["time"] == "19:55"
    table = agenda.agenda_markdown("half_day")
    assert table.count("\n") == 1 + len(agenda.agenda("half_day"))
    assert "| 1:20 | 15 | Break |" in table


def test_unknown_agenda():
    with pytest.raises(CommonGroundError, match="90min"):
        agenda.agenda("full_day")
