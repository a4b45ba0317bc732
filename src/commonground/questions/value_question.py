"""Questions whose right answer is computed at check time: :class:`ValueQuestion`."""

from __future__ import annotations

import math
from collections.abc import Callable

from commonground.questions.kit import Result, is_blank
from commonground.questions.question import AnswerShapeError, Question
from commonground.questions.verdict import Verdict


class ValueQuestion(Question):
    """A number or a word compared with ``expected()``, computed at check time.

    Numbers match within ``tolerance`` (absolute); words match case-insensitively. When
    the expected value cannot be computed (a log without the needed column or group),
    the check says so instead of failing with a traceback.
    """

    input_kind = "value"

    def __init__(self, *args, expected: Callable[[], object], tolerance: float = 0.0, **kwargs):
        super().__init__(*args, **kwargs)
        self._expected = expected
        self.tolerance = tolerance

    def expected(self):
        """The right value, computed now."""
        return self._expected()

    def answer_shape(self) -> str:
        return "a number (rates as fractions, 0.42) or a word in quotes, as the task says"

    def evaluate(self, answer) -> Result:
        if is_blank(answer):
            return super().evaluate(answer)
        try:
            self._now = self.expected()
        except (LookupError, ValueError) as exc:
            return Result(self.id, "incorrect", f"This log cannot answer the question: {exc}")
        try:
            return super().evaluate(answer)
        finally:
            del self._now

    def normalise(self, answer):
        if isinstance(self._now, str):
            if not isinstance(answer, str):
                raise AnswerShapeError(f"Answer with a word in quotes (got {answer!r}).")
            return answer.strip().lower()
        try:
            return float(answer)
        except (TypeError, ValueError):
            raise AnswerShapeError(f"Answer with a number (got {answer!r}).") from None

    def judge(self, answer):
        expected = self._now
        if isinstance(expected, str):
            ok = answer == expected.strip().lower()
        else:
            ok = not math.isnan(answer) and abs(answer - float(expected)) <= self.tolerance
        if ok:
            return Verdict(True, self.explanation or "Right.")
        if isinstance(expected, str):
            return Verdict(False, f"Not {answer!r}. {self._first_hint()}")
        return Verdict(False, f"{answer:g} is not it. {self._first_hint()}")

    def _first_hint(self) -> str:
        return self.hints[0] if self.hints else ""
