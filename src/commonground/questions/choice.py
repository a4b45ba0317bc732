"""Pick-one questions: :class:`Option` and :class:`ChoiceQuestion`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from commonground.questions.kit import Note, Result, is_blank
from commonground.questions.question import AnswerShapeError, Question
from commonground.questions.verdict import Verdict


def _bare(text: str) -> str:
    """Lower case, single spaces, no wrapping punctuation or quotes."""
    return " ".join(str(text).split()).lower().strip(" .,;:!()[]\"'“”‘’")


def _letter(index: int) -> str:
    return "abcdefghij"[index]


@dataclass(frozen=True)
class Option:
    """One option of a choice question: its text, what to say when it is picked, and
    whether it is the right one."""

    text: str
    feedback: str
    right: bool = False


class ChoiceQuestion(Question):
    """Pick one of ``options``; exactly one is marked ``right``.

    The options are shown in an order shuffled for each learner (stable for that learner,
    see :mod:`commonground.questions.shuffle`); letters (``"b"``) refer to the order shown,
    text always works. A miss says why that option is wrong, then names the right one and
    why it is right. A question set in a moment of a meeting has a ``setting`` (``"Tenants'
    union"``) and a ``dialogue``: the lines said so far, as ``(who, says)`` pairs.
    """

    input_kind = "choice"

    def __init__(
        self,
        *args,
        options: Sequence[Option],
        shuffle: bool = True,
        setting: str = "",
        dialogue: Sequence[tuple[str, str]] = (),
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.options = tuple(options)
        self.setting = setting
        self.dialogue = tuple(dialogue)
        right = [o for o in self.options if o.right]
        if len(right) != 1 or len(self.options) < 2:
            raise ValueError(f"question {self.id} needs two or more options, exactly one right")
        self.right = right[0]
        self.shuffle = shuffle
        self.learner: str | None = None  # None: the learner of this data home

    @property
    def texts(self) -> tuple[str, ...]:
        """The option texts in authored order."""
        return tuple(o.text for o in self.options)

    def shown(self) -> tuple[Option, ...]:
        """The options in the order this learner sees them."""
        if not self.shuffle:
            return self.options
        from commonground.questions.shuffle import shuffled

        return shuffled(self.options, self.id, self.learner)

    def evaluate(self, answer) -> Result:
        if is_blank(answer):
            return Result(
                self.id,
                "not_attempted",
                "Pick an answer first (in code: write it in place of ____).",
                (f"In code: {self.answer_shape()}.",),
            )
        return super().evaluate(answer)

    def answer_shape(self) -> str:
        return (
            "one letter in quotes, "
            + " / ".join(f'"{_letter(i)}"' for i in range(len(self.options)))
            + ", or the option's text"
        )

    def option_labels(self) -> list[str]:
        """Options as shown: ``"a) ..."``."""
        return [f"{_letter(i)}) {o.text}" for i, o in enumerate(self.shown())]

    def show(self) -> Note:
        """Show the task with its options, lettered in this learner's order."""
        options = "\n".join(self.option_labels())
        note = Note(
            f"{self.title}:", f"{self.prompt}\n{options}\n(In code: {self.answer_shape()}.)"
        )
        note.show()
        return note

    def normalise(self, answer):
        if isinstance(answer, str):
            # "b", "B", "b)", "(b)", "b.", "option b", or the option's text, quoted or not.
            text = _bare(re.sub(r"^(?:option|answer|choice)\s*:?\s*", "", _bare(answer)))
            for i, option in enumerate(self.shown()):
                label = _bare(f"{_letter(i)}) {option.text}")
                if text in (_letter(i), _bare(option.text), label):
                    return option
        letters = ", ".join(f'"{_letter(i)}"' for i in range(len(self.options)))
        raise AnswerShapeError(
            f"Answer with one letter ({letters}) or an option's text (got {answer!r})."
        )

    def judge(self, answer):
        if answer.right:
            return Verdict(True, f"Right. {answer.feedback}".strip())
        return Verdict(
            False,
            f"Not that one. {answer.feedback}",
            (f"The right answer: \u201c{self.right.text}\u201d", f"Why: {self.right.feedback}"),
        )
