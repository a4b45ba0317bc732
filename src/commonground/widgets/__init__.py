"""Interactive lesson widgets (ipywidgets), thin views over pure-Python logic.

Importing this package is cheap: each widget's module (and ipywidgets) loads on first
use, so ``from commonground.widgets import self_check`` imports only what it needs.

Shared pieces for every lesson
    ``lesson_header(lesson_id)``, ``lesson_footer(lesson_id)``,
    ``self_check(lesson_id, questions=None, content=None)``, ``progress_view()``,
    ``journal_export()``, ``key_points(lesson_id)``.
Journal helpers for widget callbacks (no ipywidgets needed)
    ``read_saved(learner, kind)``, ``read_entries(learner, kind)``,
    ``save_entry(learner, kind, data, lesson, ok_text)``: journal problems become an HTML
    message instead of an exception (a callback's traceback is invisible in app mode).
Lesson tools
    ``transcript_sorter()`` (01), ``prep_planner()`` (02), ``story_builder()`` (03),
    ``follow_up_composer()`` and ``reflection_journal()`` (08);
    ``open_question_workshop()`` and ``listening_drill()`` (04);
    ``common_ground_picker()`` and ``campaign_explainer()`` (05); ``ask_practice()`` (06);
    ``responding_drills(seed=0)`` (07).

Every factory returns an ``ipywidgets.VBox`` subclass whose child controls are
attributes (e.g. ``.check_button``), so tests and other lessons can drive it headless
with ``.value`` and ``.click()``.
"""

from __future__ import annotations

from commonground.lazy import exports

# name -> submodule; a submodule never shares a name with what it exports, or the
# imported module would shadow the function on the package.
_WHERE = {
    "lesson_header": "lesson",
    "lesson_footer": "lesson",
    "journal_export": "lesson",
    "key_points": "lesson",
    "read_saved": "_common",
    "read_entries": "_common",
    "save_entry": "_common",
    "self_check": "lesson_check",
    "SelfCheck": "lesson_check",
    "progress_view": "progress_table",
    "ProgressView": "progress_table",
    "transcript_sorter": "transcripts",
    "prep_planner": "prep",
    "story_builder": "story",
    "follow_up_composer": "follow_up",
    "reflection_journal": "reflection",
    "open_question_workshop": "question_workshop",
    "listening_drill": "listening",
    "common_ground_picker": "common_ground",
    "campaign_explainer": "campaign_pitch",
    "ask_practice": "ask_builder",
    "responding_drills": "response_drills",
}

__all__ = sorted(_WHERE)


__getattr__, __dir__ = exports(__name__, _WHERE, globals())
