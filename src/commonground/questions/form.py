"""Questions answered as a dict of named fields: :class:`Field`, :class:`FormQuestion`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from commonground.questions.kit import PLACEHOLDER, is_blank
from commonground.questions.question import AnswerShapeError, Question
from commonground.questions.verdict import Verdict


@dataclass(frozen=True)
class Field:
    """One field of a :class:`FormQuestion`: its key, its label, and whether it is a list."""

    name: str
    label: str
    is_list: bool = False


class FormQuestion(Question):
    """A dict answer with named fields, judged by ``judge(dict) -> Verdict``."""

    input_kind = "form"

    def __init__(self, *args, fields: Sequence[Field], judge: Callable[[dict], Verdict], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = tuple(fields)
        self._judge = judge

    def normalise(self, answer):
        if not isinstance(answer, dict):
            raise AnswerShapeError("Give a dict with the fields " + self._names() + ".")
        unknown = sorted(set(answer) - {f.name for f in self.fields})
        if unknown:
            raise AnswerShapeError(
                f"Unknown field(s) {', '.join(unknown)}; the fields are {self._names()}."
            )
        out = {}
        for f in self.fields:
            value = answer.get(f.name, PLACEHOLDER)
            if f.is_list:
                if isinstance(value, str):
                    value = value.splitlines()
                value = (
                    [] if is_blank(value) else [str(v).strip() for v in value if not is_blank(v)]
                )
            else:
                value = "" if is_blank(value) else " ".join(str(value).split())
            out[f.name] = value
        return out

    def answer_shape(self) -> str:
        keys = ", ".join(
            f'"{f.name}": ' + ('["...", "..."]' if f.is_list else '"..."') for f in self.fields
        )
        return "a dict, {" + keys + "}"

    def _names(self) -> str:
        return ", ".join(repr(f.name) for f in self.fields)

    def judge(self, answer):
        return self._judge(answer)
