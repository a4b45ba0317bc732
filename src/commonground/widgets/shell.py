"""The course frame around each lesson: progress, Previous / Next, the course home, banners.

Pure functions build the HTML (tested headless); the classes are thin widgets over them.
The look is in the package's stylesheet (``static/commonground.css``, section *shell*),
linked by the app's Voila template; in JupyterLab the same HTML shows unstyled but works.

Links are relative (``02_set_up_and_prepare.ipynb``): from a lesson served by Voila they
open the next lesson in the same tab, and in JupyterLab the notebook beside it.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as w

from commonground import curriculum, progress
from commonground.widgets._common import esc
from commonground.widgets._style import CourseBox

#: The course's name, as the header shows it.
COURSE_TITLE = "Common Ground: the 1:1 meetings course"
#: The lesson that is the course home (a card per lesson, where to resume).
HOME = curriculum.LESSONS[0]


def neighbours(lesson_id: str) -> tuple[curriculum.Lesson | None, curriculum.Lesson | None]:
    """The lessons before and after ``lesson_id`` in the course's order (``LESSONS``)."""
    item = curriculum.lesson(lesson_id)
    ids = [x.id for x in curriculum.LESSONS]
    at = ids.index(item.id)
    before = curriculum.LESSONS[at - 1] if at > 0 else None
    after = curriculum.LESSONS[at + 1] if at + 1 < len(ids) else None
    return before, after


def _href(item: curriculum.Lesson) -> str:
    return esc(f"{item.id}.ipynb")


def _name(item: curriculum.Lesson) -> str:
    if item.id == HOME.id:
        return "the course home"
    return f"lesson {item.id[:2]}, {esc(item.title)}"


def nav_html(lesson_id: str, place: str = "bottom") -> str:
    """Previous / Next lesson buttons (links styled as buttons), opening in this tab.

    Parameters
    ----------
    lesson_id
        The lesson shown.
    place
        ``"top"`` or ``"bottom"``: names the navigation landmark, so a screen reader tells
        the two apart.
    """
    before, after = neighbours(lesson_id)
    links = []
    if before is not None:
        links.append(
            f"<a class='cg-navbutton cg-nav-prev' href='{_href(before)}'>"
            f"<span class='cg-nav-dir'>← Previous: </span>{_name(before)}</a>"
        )
    if after is not None:
        links.append(
            f"<a class='cg-navbutton cg-nav-next' href='{_href(after)}'>"
            f"<span class='cg-nav-dir'>Next: </span>{_name(after)} →</a>"
        )
    label = "Lessons, top of page" if place == "top" else "Lessons, end of page"
    return f"<nav class='cg-lesson-nav' aria-label='{label}'>{''.join(links)}</nav>"


def progress_text(done: dict[str, str]) -> str:
    """E.g. ``"3 of 12 lessons done"`` (every lesson of the course counts)."""
    count = sum(item.id in done for item in curriculum.LESSONS)
    return f"{count} of {len(curriculum.LESSONS)} lessons done"


def course_bar_html(lesson_id: str, done: dict[str, str]) -> str:
    """The header bar: course title (a link home), where this lesson is, the learner's progress."""
    item = curriculum.lesson(lesson_id)
    count = sum(x.id in done for x in curriculum.LESSONS)
    total = len(curriculum.LESSONS)
    status = "done ✓" if item.id in done else "not done yet"
    return (
        "<div class='cg-course-bar'>"
        f"<a class='cg-course-title' href='{_href(HOME)}'>{esc(COURSE_TITLE)}</a>"
        f"<span>This lesson: {status}</span>"
        f"<span>Your progress: {progress_text(done)} "
        f"<progress class='cg-progress-meter' max='{total}' value='{count}' "
        f"aria-label='Lessons done'>{count} of {total}</progress></span>"
        "</div>"
    )


def completion_banner_html(lesson_id: str) -> str:
    """The banner shown when a lesson is done, with the way on (words, not only colour)."""
    item = curriculum.lesson(lesson_id)
    _, after = neighbours(item.id)
    way_on = (
        f" Next: <a href='{_href(after)}'>{_name(after)}</a>."
        if after is not None
        else " That was the last lesson of the course."
    )
    return (
        "<div class='cg-banner' role='status'>"
        f"<strong>✓ Lesson complete.</strong> “{esc(item.title)}” is marked complete in "
        f"your progress.{way_on}</div>"
    )


def resume_lesson(rows: list[dict]) -> dict | None:
    """Where to pick up: the first lesson after the home page that is not done (or None)."""
    return next((row for row in rows if row["id"] != HOME.id and not row["done"]), None)


def course_home_html(rows: list[dict]) -> str:
    """The course home: where to resume, then a card per lesson with its length and status.

    Parameters
    ----------
    rows
        :func:`commonground.progress.summary` records.
    """
    resume = resume_lesson(rows)
    if resume is None:
        top = "<p class='cg-resume'><strong>Every lesson is done.</strong> Well done!</p>"
    else:
        verb = "Start" if not any(r["done"] for r in rows if r["id"] != HOME.id) else "Resume"
        top = (
            f"<p class='cg-resume'><a class='cg-navbutton cg-primary' "
            f"href='{esc(resume['id'])}.ipynb'>{verb}: lesson {esc(resume['id'][:2])}, "
            f"{esc(resume['title'])}</a></p>"
        )
    cards = []
    for row in rows:
        if row["id"] == HOME.id:
            continue
        classes = "cg-lesson-card"
        if row["done"]:
            classes += " cg-lesson-card-done"
        if resume is not None and row["id"] == resume["id"]:
            classes += " cg-lesson-card-resume"
        status = (
            "<span class='cg-status-done'>✓ Done</span>"
            if row["done"]
            else "<span>Not done yet</span>"
        )
        cards.append(
            f"<li class='{classes}' data-lesson='{esc(row['id'])}'>"
            f"<a href='{esc(row['id'])}.ipynb'>{esc(row['id'][:2])}. {esc(row['title'])}</a>"
            f"<p class='cg-lesson-card-meta'>{int(row['minutes'])} minutes · for "
            f"{esc(row['audience'])}s · {status}</p></li>"
        )
    done = {r["id"]: "" for r in rows if r["done"]}
    return (
        f"<section aria-label='Your lessons'><p>{progress_text(done)}.</p>{top}"
        f"<ul class='cg-lesson-cards'>{''.join(cards)}</ul></section>"
    )


class CourseHome(CourseBox):
    """The course home's lesson cards, read from the learner's progress.

    Attributes
    ----------
    cards : ipywidgets.HTML
    refresh_button : ipywidgets.Button
    rows : list of dict
        The last :func:`commonground.progress.summary` shown.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = path
        self.cards = w.HTML("")
        self.refresh_button = w.Button(
            description="Refresh",
            icon="refresh",
            tooltip="Read your progress again",
            layout=w.Layout(width="auto"),
        )
        self.refresh_button.on_click(self.refresh)
        self.rows: list[dict] = []
        self.refresh()
        super().__init__([self.cards, self.refresh_button])

    def refresh(self, _button=None) -> None:
        """Read progress again and redraw the cards."""
        self.rows = progress.summary(self.path)
        self.cards.value = course_home_html(self.rows)


def course_home(path: str | Path | None = None) -> CourseHome:
    """A card per lesson (length, done or not) and a button to resume (see :class:`CourseHome`)."""
    return CourseHome(path)


def complete(lesson_id: str, path: str | Path | None = None) -> tuple[bool, str]:
    """Mark a lesson done; return whether it was recorded and the HTML to show.

    The HTML is the completion banner, or a message saying why progress was not saved
    (no traceback reaches a learner in app mode).
    """
    try:
        progress.mark_complete(lesson_id, path)
    except OSError as exc:
        return False, f"<p role='alert'>Your progress could not be saved: {esc(exc)}</p>"
    return True, completion_banner_html(lesson_id)


class LessonDone(CourseBox):
    """A "Mark this lesson done" button, for lessons without a self-check (00, 10).

    Attributes
    ----------
    done_button : ipywidgets.Button
    banner : ipywidgets.HTML
        The completion banner once the lesson is done (at once if it already was).
    """

    def __init__(self, lesson_id: str, path: str | Path | None = None):
        self.lesson_id = curriculum.lesson(lesson_id).id
        self.path = path
        self.done_button = w.Button(
            description="Mark this lesson done",
            icon="check",
            button_style="primary",
            tooltip="Record in your progress that you have finished this lesson",
            layout=w.Layout(width="auto"),
        )
        already = self.lesson_id in progress.completed(path)
        self.banner = w.HTML(completion_banner_html(self.lesson_id) if already else "")
        self.done_button.on_click(self._done)
        super().__init__([self.done_button, self.banner])

    def _done(self, _button=None) -> None:
        _, self.banner.value = complete(self.lesson_id, self.path)


def lesson_done(lesson_id: str, path: str | Path | None = None) -> LessonDone:
    """A button that marks ``lesson_id`` done and shows the completion banner."""
    return LessonDone(lesson_id, path)
