"""Label-each-item questions: :class:`LabelsQuestion`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from commonground.questions.choice import _bare
from commonground.questions.kit import is_blank
from commonground.questions.question import AnswerShapeError, Question
from commonground.questions.verdict import Verdict


class LabelsQuestion(Question):
    """Give each of ``items`` one of ``labels``; ``expected()`` returns the right labels."""

    input_kind = "labels"

    def __init__(
        self,
        *args,
        items: Sequence[str],
        labels: Sequence[str],
        expected: Callable[[], Sequence[str]],
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.items = tuple(items)
        self.labels = tuple(labels)
        self._expected = expected

    def normalise(self, answer):
        if isinstance(answer, str) or not isinstance(answer, (list, tuple)):
            raise AnswerShapeError(f"Give a list of {len(self.items)} labels, one per line.")
        if len(answer) != len(self.items):
            raise AnswerShapeError(
                f"Give exactly {len(self.items)} labels, one per line; you gave {len(answer)}."
            )
        out = []
        for n, label in enumerate(answer, 1):
            text = "" if is_blank(label) else re.sub(r"[\s-]+", "_", _bare(label))
            if text not in self.labels:
                choices = ", ".join(self.labels)
                raise AnswerShapeError(f"Line {n}: {label!r} is not one of the labels ({choices}).")
            out.append(text)
        return out

    def answer_shape(self) -> str:
        return (
            f"a list of {len(self.items)} labels (one per numbered line), each one of: "
            + ", ".join(f'"{label}"' for label in self.labels)
        )

    def judge(self, answer):
        expected = list(self._expected())
        wrong = [n for n, (a, e) in enumerate(zip(answer, expected, strict=True), 1) if a != e]
        if not wrong:
            return Verdict(True, self.explanation or "All labelled right.")
        lines = ", ".join(str(n) for n in wrong)
        return Verdict(
            False,
            f"{len(answer) - len(wrong)} of {len(answer)} right. Look again at line(s) {lines}.",
        )
