"""Lesson 09: every finished role-play so far, as a table with a sentence beside it."""

from __future__ import annotations

import ipywidgets as w

from commonground import roleplay_history
from commonground.widgets import roleplay_panels as panels
from commonground.widgets._style import CourseBox


class RoleplaySummary(CourseBox):
    """Every finished play so far: a table and a sentence (see :func:`roleplay_summary`).

    Parameters
    ----------
    player : RoleplayPlayer, optional
        When given, the table refreshes each time this player finishes a play, and the
        learner is the player's.
    learner : str, optional
        Whose plays to show (the default journal when ``None``).

    Attributes
    ----------
    table : ipywidgets.HTML
    text : ipywidgets.HTML
        The summary in words, beside the table.
    refresh_button : ipywidgets.Button
    rows : list of dict
        :func:`commonground.roleplay_history.play_summary`.
    """

    def __init__(self, player=None, learner: str | None = None):
        self.learner = player.learner if player is not None and learner is None else learner
        self.rows: list[dict] = []
        self.text = w.HTML("")
        self.table = w.HTML("")
        self.refresh_button = w.Button(
            description="Refresh", icon="refresh", tooltip="Show plays finished since"
        )
        self.refresh_button.on_click(lambda _b: self.refresh())
        if player is not None:
            player.on_finish(lambda _p: self.refresh())
        self.refresh()
        super().__init__(
            [w.HTML("<h3>My role-plays so far</h3>"), self.text, self.table, self.refresh_button]
        )

    def refresh(self) -> None:
        """Re-read the plays from the journal."""
        self.rows = roleplay_history.play_summary(learner=self.learner)
        self.text.value = f"<p>{panels.esc(roleplay_history.summary_sentence(self.rows))}</p>"
        self.table.value = panels.summary_html(self.rows)


def roleplay_summary(player=None, learner: str | None = None) -> RoleplaySummary:
    """A table of all finished plays; refreshes itself when ``player`` finishes one."""
    return RoleplaySummary(player, learner)
