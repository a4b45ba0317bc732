"""Questions answered in words: one line (:class:`TextQuestion`) or several
(:class:`LinesQuestion`), each judged by a function."""

from __future__ import annotations

import re
from collections.abc import Callable

from commonground.questions.kit import PLACEHOLDER, is_blank
from commonground.questions.question import AnswerShapeError, Question
from commonground.questions.verdict import Verdict


class TextQuestion(Question):
    """One line of text judged by ``judge(text) -> Verdict``."""

    input_kind = "text"

    def __init__(self, *args, judge: Callable[[str], Verdict], **kwargs):
        super().__init__(*args, **kwargs)
        self._judge = judge

    def normalise(self, answer):
        if not isinstance(answer, str):
            raise AnswerShapeError(
                f'Write your answer as text in quotes, e.g. "..." (got {answer!r}).'
            )
        return " ".join(answer.split())

    def judge(self, answer):
        return self._judge(answer)


class LinesQuestion(Question):
    """Several lines of text, given as a list of strings (or one string, one per line)."""

    input_kind = "lines"

    def __init__(self, *args, judge: Callable[[list[str]], Verdict], minimum: int = 1, **kwargs):
        super().__init__(*args, **kwargs)
        self._judge = judge
        self.minimum = minimum

    def normalise(self, answer):
        if isinstance(answer, str):
            answer = answer.splitlines()
        if not isinstance(answer, (list, tuple)) or not all(
            isinstance(a, str) or a is PLACEHOLDER for a in answer
        ):
            raise AnswerShapeError('Give a list of lines in quotes, e.g. ["...", "..."].')
        lines = [" ".join(a.split()) for a in answer if not is_blank(a)]
        if len(lines) == 1 and self.minimum > 1:
            # Several questions typed on one line: "What ...? How ...? Why ...?"
            lines = [q for q in re.split(r"(?<=[?？])\s+(?=\S)", lines[0]) if q.strip()]
        if len(lines) < self.minimum:
            raise AnswerShapeError(f"Write at least {self.minimum} lines; you gave {len(lines)}.")
        return lines

    def answer_shape(self) -> str:
        return f'a list of at least {self.minimum} lines, ["...", "..."]'

    def judge(self, answer):
        return self._judge(answer)
