"""The one-on-one method as data.

One model, read from ``method.yaml`` beside this module, feeds the lessons, the
role-play scoring, the checklists and the workshop observer sheet. Load it with
:func:`load`; it is parsed once and cached.

Examples
--------
>>> from commonground import method
>>> m = method.load()
>>> [e.id for e in m.meeting_steps()][:3]
['factual_questions', 'your_story', 'open_questions']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

METHOD_FILE = Path(__file__).with_name("method.yaml")


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
    teach: str


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
    teach
        A short teaching text, in our own words.
    done_well
        What doing it well looks like, one observable point per item.
    order
        Position among the meeting steps (0 when not a meeting step).
    examples
        Example lines, where the method gives some.
    """

    id: str
    part: str
    title: str
    teach: str
    done_well: tuple[str, ...] = ()
    order: int = 0
    examples: tuple[str, ...] = field(default=())


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
        """Elements of one part, in teaching order."""
        if part_id not in {p.id for p in self.parts}:
            raise KeyError(f"unknown method part {part_id!r}")
        found = [e for e in self.elements if e.part == part_id]
        return sorted(found, key=lambda e: e.order) if part_id == "meeting" else found

    def meeting_steps(self) -> list[Element]:
        """The steps of the meeting itself, in the order they happen."""
        return self.in_part("meeting")

    def checklist(self, parts: tuple[str, ...] = ("meeting", "respond", "close")) -> list[Element]:
        """Elements to tick off on an observer sheet or self-check, in order."""
        return [e for p in parts for e in self.in_part(p)]

    def purpose_ids(self) -> list[str]:
        """Ids of the purposes of a 1:1."""
        return [p.id for p in self.purposes]


def _element(raw: dict) -> Element:
    return Element(
        id=raw["id"],
        part=raw["part"],
        title=raw["title"],
        teach=" ".join(raw["teach"].split()),
        done_well=tuple(raw.get("done_well", ())),
        order=int(raw.get("order", 0)),
        examples=tuple(raw.get("examples", ())),
    )


@lru_cache(maxsize=1)
def load(path: str | None = None) -> Method:
    """Load the method model (cached).

    Parameters
    ----------
    path
        Another YAML file of the same shape; the packaged one by default.
    """
    import yaml

    source = Path(path) if path else METHOD_FILE
    with source.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    low, high = raw["meeting_length_min"]
    return Method(
        version=int(raw["version"]),
        meeting_length_min=(int(low), int(high)),
        parts=tuple(Part(p["id"], p["title"]) for p in raw["parts"]),
        purposes=tuple(
            Purpose(p["id"], p["title"], " ".join(p["teach"].split())) for p in raw["purposes"]
        ),
        elements=tuple(_element(e) for e in raw["elements"]),
    )
