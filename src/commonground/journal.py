"""The learner's journal: everything they write in the lessons, kept in one JSON file.

Prep plans, stories, follow-up messages, reflections, role-play notes and exercise
answers are saved as *entries*, each with a kind, a lesson id and a UTC timestamp.
Widgets pre-fill from :func:`latest` so a learner who comes back finds their work.

Where it lives
    ``storage.data_home()/journal.json`` by default. With ``learner="Sam R"`` it is
    ``data_home()/journals/sam-r.json``, so a workshop room keeps each participant apart.
How it is written
    Through :func:`commonground.storage.atomic_write_json`: a crash mid-write leaves the
    previous journal intact. A file that is not valid JSON (or not a journal) is moved
    aside to ``<name>.corrupt-<n>`` and the learner is told (:class:`JournalNotice`).
Versions
    The file carries ``"version": 1``. A file from a newer Common Ground is refused with a
    :class:`JournalVersionError` and never overwritten.

Examples
--------
>>> from commonground import journal
>>> entry = journal.save("story", {"text": "..."}, lesson="03")  # doctest: +SKIP
>>> journal.latest("story")["data"]["text"]  # doctest: +SKIP
'...'
"""

from __future__ import annotations

import json
import os
import re
import warnings
from datetime import datetime, timezone
from pathlib import Path

from commonground import curriculum, labels, storage
from commonground.errors import CommonGroundError

JOURNAL_VERSION = 1

#: Titles of the kinds the curriculum writes; any other ``[a-z0-9_]`` kind is allowed too.
KIND_TITLES = labels.JOURNAL_KINDS

_KIND_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
#: Largest entry the journal takes (its JSON, in bytes): far beyond any plan, story or
#: role-play, small enough that a pasted file or a script cannot fill the disk.
MAX_ENTRY_BYTES = 256 * 1024
#: Largest journal file an entry is added to; past it, the learner is told to export.
MAX_JOURNAL_BYTES = 16 * 1024 * 1024
_MISSING = object()


class JournalVersionError(CommonGroundError):
    """The journal was written by a newer Common Ground than this one."""


class JournalNotice(UserWarning):
    """Something the learner should know about their journal (e.g. a file moved aside)."""


def learner_slug(learner: str) -> str:
    """A file-safe name for a learner: ``"Sam R."`` -> ``"sam-r"``, ``"王小明"`` -> ``"王小明"``.

    Names in any script are kept (see :func:`commonground.serving.names.normalise_name`).

    Raises
    ------
    CommonGroundError
        When nothing usable is left (e.g. only punctuation, or blank).
    """
    from commonground.serving.names import echo, normalise_name

    try:
        return normalise_name(learner)
    except CommonGroundError as exc:
        raise CommonGroundError(f"learner name {echo(learner)!r}: {exc}") from None


def journal_file(learner: str | None = None) -> Path:
    """Path of the journal for ``learner`` (the single default journal when ``None``)."""
    home = storage.data_home()
    if learner is None:
        return home / "journal.json"
    return home / "journals" / f"{learner_slug(learner)}.json"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Journal:
    """One learner's journal file.

    Parameters
    ----------
    path
        The JSON file; by default :func:`journal_file` for ``learner``.
    learner
        A participant's name or number, for one journal per person in a room.

    Attributes
    ----------
    path : Path
        The file this journal reads and writes.
    notices : list of str
        Messages for the learner (e.g. a damaged file was moved aside); also emitted
        as :class:`JournalNotice` warnings so a notebook shows them.
    """

    def __init__(self, path: str | os.PathLike | None = None, learner: str | None = None):
        self.path = Path(path) if path is not None else journal_file(learner)
        self.notices: list[str] = []

    # ---- reading -------------------------------------------------------------------
    def _tell(self, message: str) -> None:
        self.notices.append(message)
        warnings.warn(message, JournalNotice, stacklevel=3)

    def _load(self) -> dict:
        raw, unreadable = storage.read_json_noting(self.path, default=_MISSING)
        if raw is _MISSING:
            if unreadable:  # moved aside (by us or by another reader at the same moment)
                self._tell(
                    f"Your journal {self.path.name} could not be read, so it was moved aside "
                    f"(to {self.path.name}.corrupt-N in {self.path.parent}); "
                    "a fresh journal was started."
                )
            return {"version": JOURNAL_VERSION, "entries": []}
        version = raw.get("version") if isinstance(raw, dict) else None
        if isinstance(version, int) and version > JOURNAL_VERSION:
            raise JournalVersionError(
                f"{self.path}: this journal was written by a newer Common Ground "
                f"(journal version {version}; this one reads version {JOURNAL_VERSION}). "
                "Update commonground to use it; the file was left untouched."
            )
        if version != JOURNAL_VERSION or not isinstance(raw.get("entries"), list):
            aside = storage.move_aside(self.path)
            where = aside.name if aside else f"{self.path.name}.corrupt-N"
            self._tell(
                f"Your journal {self.path.name} is not in the expected shape, so it was "
                f"moved aside to {where}; a fresh journal was started."
            )
            return {"version": JOURNAL_VERSION, "entries": []}
        return raw

    def entries(self, kind: str | None = None) -> list[dict]:
        """All entries, oldest first; only those of ``kind`` when given.

        Each entry is a dict with ``id`` (int), ``kind``, ``lesson`` (lesson id or
        ``None``), ``saved_at`` (UTC ISO 8601) and ``data`` (what was saved).
        """
        found = [e for e in self._load()["entries"] if isinstance(e, dict)]
        return [e for e in found if kind is None or e.get("kind") == kind]

    def latest(self, kind: str) -> dict | None:
        """The most recent entry of ``kind``, or ``None`` when there is none."""
        found = self.entries(kind)
        return found[-1] if found else None

    def latest_data(self, kind: str, default: object = None) -> object:
        """The ``data`` of the most recent entry of ``kind`` (``default`` when none)."""
        entry = self.latest(kind)
        return entry["data"] if entry else default

    # ---- writing -------------------------------------------------------------------
    def save(self, kind: str, data: object, lesson: str | None = None) -> dict:
        """Add an entry and write the journal atomically.

        Parameters
        ----------
        kind
            What it is: ``prep_plan``, ``story``, ``follow_up``, ``reflection``,
            ``roleplay``, ``exercise``, or another lowercase ``snake_case`` word.
        data
            Anything JSON can hold (usually a dict of fields).
        lesson
            Lesson id or number it was written in (``"03"`` or
            ``"03_opening_and_your_story"``); stored as the full id.

        Returns
        -------
        dict
            The new entry.

        Raises
        ------
        CommonGroundError
            For a malformed kind, an unknown lesson or data JSON cannot hold.
        JournalVersionError
            When the file on disk is from a newer version (it is not overwritten).
        """
        if not isinstance(kind, str) or not _KIND_RE.match(kind):
            raise CommonGroundError(
                f"journal kind {kind!r} must be a lowercase word like 'story' or 'prep_plan'"
            )
        lesson_id = None
        if lesson is not None:
            try:
                lesson_id = curriculum.lesson(lesson).id
            except KeyError as exc:
                raise CommonGroundError(str(exc.args[0])) from None
        try:
            text = json.dumps(data, ensure_ascii=False)
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise CommonGroundError(f"cannot save {kind} to the journal: {exc}") from None
        size = len(text.encode("utf-8"))
        if size > MAX_ENTRY_BYTES:
            raise CommonGroundError(
                f"this {_label(kind).lower()} is too long to save ({size // 1024} KB; "
                f"the most is {MAX_ENTRY_BYTES // 1024} KB): shorten it and save again"
            )
        with storage.locked(self.path):  # another process may be saving right now
            if self.path.exists() and self.path.stat().st_size + size > MAX_JOURNAL_BYTES:
                raise CommonGroundError(
                    f"the journal is full ({MAX_JOURNAL_BYTES // 2**20} MB): export it "
                    "(journal_export(), or `commonground journal --export notes.md`) and "
                    "ask the facilitator to start a fresh one"
                )
            journal = self._load()
            entries = journal["entries"]
            next_id = max((e.get("id", 0) for e in entries if isinstance(e, dict)), default=0) + 1
            entry = {
                "id": next_id,
                "kind": kind,
                "lesson": lesson_id,
                "saved_at": _now(),
                "data": data,
            }
            entries.append(entry)
            storage.atomic_write_json(self.path, {"version": JOURNAL_VERSION, "entries": entries})
        return entry

    # ---- export --------------------------------------------------------------------
    def export_markdown(self, path: str | os.PathLike | None = None) -> str:
        """The whole journal as Markdown: kinds in course order, oldest first, local times.

        Parameters
        ----------
        path
            When given, the Markdown is also written there (atomically).

        Returns
        -------
        str
            The Markdown text.
        """
        text = render_markdown(self.entries())
        if path is not None:
            storage.atomic_write_text(path, text)
        return text


# ---- Markdown rendering ------------------------------------------------------------
def _label(key: str) -> str:
    from commonground.journal_text import key_words

    return key_words(key)


#: Characters that start Markdown or HTML markup (links, images, tags, emphasis, code,
#: tables, entities): a learner's words are written with each one backslash-escaped.
#: An underscore inside a word (``get_to_know``) is never emphasis, so it stays as typed.
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>!#|~&]|(?<!\w)_|_(?!\w))")


#: What makes a line a list item (``-``, ``+``, ``1.``, ``1)``), a heading's underline or
#: a rule (``===``, ``---``) when it starts the line: its first mark is escaped too.
_MD_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))", re.MULTILINE)


def _escape_line_start(found: re.Match) -> str:
    if found[2]:
        return f"{found[1]}\\{found[2]}"
    return f"{found[1]}{found[3]}\\{found[4]}"


def md_text(text: object) -> str:
    """``text`` as literal Markdown: what was typed shows as typed, never as markup.

    ``"[site](javascript:x) <b>hi</b>"`` becomes ``"\\[site\\](javascript:x) \\<b\\>hi\\</b\\>"``:
    no link, no tag, no heading or table in an exported journal; and a line typed as
    ``===`` or ``---`` (which would make the line above it a heading), ``- x`` or
    ``1. x`` (a list inside the entry) starts with its mark escaped.
    """
    escaped = _MD_SPECIAL.sub(r"\\\1", str(text))
    return _MD_LINE_START.sub(_escape_line_start, escaped)


def _md_value(value: object, indent: str) -> list[str]:
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            lines += _md_field(key, item, indent)
        return lines
    if isinstance(value, list):
        return [f"{indent}- {md_text(' '.join(str(v).split()))}" for v in value if str(v).strip()]
    return [f"{indent}{md_text(line)}" for line in str(value).splitlines()]


def _md_field(key: str, value: object, indent: str = "", tz=None) -> list[str]:
    from commonground.journal_text import NOT_FOR_READING, value_words

    if value in (None, "", [], {}) or key in NOT_FOR_READING:
        return []
    value = value_words(key, value, tz)
    if isinstance(value, (dict, list)):
        return [f"{indent}- **{_label(key)}**:", *_md_value(value, indent + "  ")]
    text = str(value).strip()
    if "\n" in text:
        return [f"{indent}- **{_label(key)}**:", *_md_value(text, indent + "  ")]
    return [f"{indent}- **{_label(key)}**: {md_text(text)}"]


def _lesson_title(lesson_id: str | None) -> str:
    if not lesson_id:
        return ""
    try:
        return f" (lesson: {curriculum.lesson(lesson_id).title})"
    except KeyError:
        return f" (lesson {lesson_id})"


def render_markdown(entries: list[dict], title: str = "My Common Ground journal", tz=None) -> str:
    """Render journal entries as Markdown (used by :meth:`Journal.export_markdown`).

    Sections (one per kind) come in course order and entries oldest first within each
    (:func:`commonground.journal_text.reading_order`); times are shown in ``tz`` (the
    machine's own zone by default) as people write them; ids, ``true`` and ``false``
    in words.
    """
    from commonground.journal_text import reading_order, when_text

    lines = [f"# {title}", ""]
    if not entries:
        return "\n".join([*lines, "Nothing saved yet.", ""])
    for kind, found in reading_order(entries):
        lines += [f"## {KIND_TITLES.get(kind, _label(kind))}", ""]
        for entry in found:
            saved = when_text(str(entry.get("saved_at", "")), tz)
            lines.append(f"### {saved}{_lesson_title(entry.get('lesson'))}")
            lines.append("")
            data = entry.get("data")
            if isinstance(data, dict):
                body = [line for k, v in data.items() for line in _md_field(k, v, "", tz)]
            else:
                body = _md_field("note", data, "", tz)
            lines += [*body, ""]
    return "\n".join(lines)


# ---- module-level shortcuts (a fresh read each call: the file is the truth) ----------
def open_journal(learner: str | None = None, path: str | os.PathLike | None = None) -> Journal:
    """The :class:`Journal` for ``learner`` (or at ``path``)."""
    return Journal(path=path, learner=learner)


def save(kind: str, data: object, lesson: str | None = None, *, learner: str | None = None) -> dict:
    """Save an entry to the learner's journal; see :meth:`Journal.save`."""
    return Journal(learner=learner).save(kind, data, lesson=lesson)


def latest(kind: str, *, learner: str | None = None) -> dict | None:
    """The most recent entry of ``kind``; see :meth:`Journal.latest`."""
    return Journal(learner=learner).latest(kind)


def entries(kind: str | None = None, *, learner: str | None = None) -> list[dict]:
    """Entries of the learner's journal; see :meth:`Journal.entries`."""
    return Journal(learner=learner).entries(kind)


def export_markdown(path: str | os.PathLike | None = None, *, learner: str | None = None) -> str:
    """The learner's journal as Markdown; see :meth:`Journal.export_markdown`."""
    return Journal(learner=learner).export_markdown(path)
