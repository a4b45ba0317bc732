"""The one-on-one method as data.

One model, read from ``method.yaml`` beside this module, feeds the lessons, the
role-play scoring, the checklists and the workshop observer sheet. Load it with
:func:`load`; it is parsed once and cached.

Every statement of advice is marked with whose it is: ``"guide"`` when the source guide
says it (told in our own words), ``"ours"`` when the course adds it (a number, a time
limit, a detail, a reason). Lessons show the two apart ("The guide says" / "Our advice").

Listening is not a numbered step: it is a skill used all through the meeting
(:meth:`Method.throughout`), while :meth:`Method.meeting_steps` are the numbered steps.

Examples
--------
>>> from commonground import method
>>> m = method.load()
>>> [e.id for e in m.meeting_steps()][:3]
['factual_questions', 'your_story', 'open_questions']
>>> [e.id for e in m.throughout()]
['listening']
>>> [p.text for p in m.element("your_story").done_well_by("ours")]
['Keep it short, a minute or two.']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from commonground.errors import CommonGroundError

METHOD_FILE = Path(__file__).with_name("method.yaml")
#: Whose advice a statement is: the source guide's, or the course's own.
SOURCES = ("guide", "ours")
#: How each source is headed where a learner reads it.
SOURCE_LABELS = {"guide": "The guide says", "ours": "Our advice"}


@dataclass(frozen=True)
class Statement:
    """One statement of the method, with whose advice it is.

    Attributes
    ----------
    text
        The statement, in our own words.
    source
        ``"guide"`` (the source guide says it) or ``"ours"`` (the course adds it).
    """

    text: str
    source: str

    @property
    def label(self) -> str:
        """``"The guide says"`` or ``"Our advice"``."""
        return SOURCE_LABELS[self.source]


@dataclass(frozen=True)
class Part:
    """A part of the method (set-up, preparing, the meeting, ...)."""

    id: str
    title: str


@dataclass(frozen=True)
class Purpose:
    """A reason to set up a 1:1; the ids are the outcome log's ``purpose`` values."""

    id: str
    title: str
    teaching: tuple[Statement, ...]

    @property
    def teach(self) -> str:
        """The whole description, in one paragraph."""
        return " ".join(s.text for s in self.teaching)


@dataclass(frozen=True)
class Element:
    """One thing the method asks of an organizer.

    Attributes
    ----------
    id
        Stable identifier, used by scenarios, exercises and logs.
    part
        Id of the :class:`Part` it belongs to.
    title
        Short name shown on checklists.
    teaching
        The teaching text, statement by statement, each marked guide or ours.
    points
        What doing it well looks like, one observable point per item, each marked.
    order
        Position among the numbered meeting steps (0 when not a numbered step).
    throughout
        True for a skill used all through the meeting rather than a step (listening).
    example_lines
        Example lines, each marked guide or ours.
    """

    id: str
    part: str
    title: str
    teaching: tuple[Statement, ...]
    points: tuple[Statement, ...] = ()
    order: int = 0
    throughout: bool = False
    example_lines: tuple[Statement, ...] = field(default=())

    @property
    def teach(self) -> str:
        """What the source guide teaches here, in our own words (its ``guide`` statements)."""
        return " ".join(s.text for s in self.teaching if s.source == "guide")

    @property
    def advice(self) -> str:
        """The course's own teaching added here (its ``ours`` statements; may be empty)."""
        return " ".join(s.text for s in self.teaching if s.source == "ours")

    @property
    def done_well(self) -> tuple[str, ...]:
        """Every done-well point's text, the guide's and ours (see :attr:`points`)."""
        return tuple(s.text for s in self.points)

    @property
    def examples(self) -> tuple[str, ...]:
        """Every example line's text."""
        return tuple(s.text for s in self.example_lines)

    @property
    def label(self) -> str:
        """The title, marked when the element runs through the whole meeting."""
        return f"{self.title} (throughout the meeting)" if self.throughout else self.title

    def teaching_by(self, source: str) -> tuple[Statement, ...]:
        """Teaching statements from one source (``"guide"`` or ``"ours"``)."""
        return tuple(s for s in self.teaching if s.source == _source(source))

    def done_well_by(self, source: str) -> tuple[Statement, ...]:
        """Done-well points from one source (``"guide"`` or ``"ours"``)."""
        return tuple(s for s in self.points if s.source == _source(source))

    def statements(self) -> tuple[Statement, ...]:
        """Every statement of the element: teaching, done-well points, examples."""
        return self.teaching + self.points + self.example_lines


@dataclass(frozen=True)
class Method:
    """The whole method: parts, purposes and elements."""

    version: int
    meeting_length_min: tuple[int, int]
    parts: tuple[Part, ...]
    purposes: tuple[Purpose, ...]
    elements: tuple[Element, ...]

    def element(self, element_id: str) -> Element:
        """Return the element with this id.

        Raises
        ------
        KeyError
            With the list of known ids, when ``element_id`` is unknown.
        """
        for element in self.elements:
            if element.id == element_id:
                return element
        raise KeyError(f"unknown method element {element_id!r}; known: {', '.join(self.ids())}")

    def ids(self) -> list[str]:
        """All element ids, in the order they are taught."""
        return [e.id for e in self.elements]

    def in_part(self, part_id: str) -> list[Element]:
        """Elements of one part, in teaching order.

        For the meeting: the skills used throughout (listening) first, then the numbered
        steps in the order they happen.
        """
        if part_id not in {p.id for p in self.parts}:
            raise KeyError(f"unknown method part {part_id!r}")
        found = [e for e in self.elements if e.part == part_id]
        if part_id != "meeting":
            return found
        return sorted(found, key=lambda e: (not e.throughout, e.order))

    def meeting_steps(self) -> list[Element]:
        """The numbered steps of the meeting, in the order they happen (not listening)."""
        return [e for e in self.in_part("meeting") if not e.throughout]

    def throughout(self) -> list[Element]:
        """Skills used all through the meeting rather than at one point (listening)."""
        return [e for e in self.in_part("meeting") if e.throughout]

    def checklist(self, parts: tuple[str, ...] = ("meeting", "respond", "close")) -> list[Element]:
        """Elements to tick off on an observer sheet or self-check, in order.

        The meeting's skills used throughout come first, then its steps, then the other
        parts' elements.
        """
        return [e for p in parts for e in self.in_part(p)]

    def purpose_ids(self) -> list[str]:
        """Ids of the purposes of a 1:1."""
        return [p.id for p in self.purposes]

    def statements(self) -> list[tuple[str, Statement]]:
        """Every statement in the model, with where it is (``"ask/done_well/1"``)."""
        found = []
        for p in self.purposes:
            found += [(f"purpose {p.id}/teach/{i}", s) for i, s in enumerate(p.teaching, 1)]
        for e in self.elements:
            for name, group in (
                ("teach", e.teaching),
                ("done_well", e.points),
                ("examples", e.example_lines),
            ):
                found += [(f"{e.id}/{name}/{i}", s) for i, s in enumerate(group, 1)]
        return found


def _source(source: str) -> str:
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}; use one of {', '.join(SOURCES)}")
    return source


def _statements(raw, where: str) -> tuple[Statement, ...]:
    """Read a list of one-key entries (``- guide: ...`` / ``- ours: ...``)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise CommonGroundError(f"method: {where} must be a list of '- guide: ...' / '- ours: ...'")
    found = []
    for i, entry in enumerate(raw, 1):
        if not (isinstance(entry, dict) and len(entry) == 1):
            raise CommonGroundError(
                f"method: {where} item {i} must be one 'guide: ...' or 'ours: ...' entry, "
                f"saying whose advice it is"
            )
        ((source, text),) = entry.items()
        if source not in SOURCES or not isinstance(text, str) or not text.strip():
            raise CommonGroundError(
                f"method: {where} item {i}: {source!r} is not a source with text; "
                f"use {' or '.join(SOURCES)}"
            )
        found.append(Statement(" ".join(text.split()), source))
    return tuple(found)


def _element(raw: dict) -> Element:
    where = f"element {raw.get('id')!r}"
    element = Element(
        id=raw["id"],
        part=raw["part"],
        title=raw["title"],
        teaching=_statements(raw.get("teach"), f"{where} teach"),
        points=_statements(raw.get("done_well"), f"{where} done_well"),
        order=int(raw.get("order", 0)),
        throughout=bool(raw.get("throughout", False)),
        example_lines=_statements(raw.get("examples"), f"{where} examples"),
    )
    if element.part == "meeting" and (element.order > 0) == element.throughout:
        raise CommonGroundError(
            f"method: {where} needs either an order (a numbered step) or throughout: true"
        )
    if element.throughout and element.part != "meeting":
        raise CommonGroundError(f"method: {where}: only a meeting element runs throughout")
    return element


@lru_cache(maxsize=1)
def load(path: str | None = None) -> Method:
    """Load the method model (cached).

    Parameters
    ----------
    path
        Another YAML file of the same shape; the packaged one by default.

    Raises
    ------
    CommonGroundError
        When a statement does not say whose advice it is, or a meeting element is
        neither a numbered step nor marked ``throughout``.
    """
    import yaml

    source = Path(path) if path else METHOD_FILE
    with source.open(encoding="utf-8") as handle:
        # libyaml's safe loader when present (ten times faster than the pure one; the
        # same plain data): every command that lints or plays loads the method.
        raw = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    low, high = raw["meeting_length_min"]
    return Method(
        version=int(raw["version"]),
        meeting_length_min=(int(low), int(high)),
        parts=tuple(Part(p["id"], p["title"]) for p in raw["parts"]),
        purposes=tuple(
            Purpose(p["id"], p["title"], _statements(p["teach"], f"purpose {p['id']!r} teach"))
            for p in raw["purposes"]
        ),
        elements=tuple(_element(e) for e in raw["elements"]),
    )
