"""The one question model: self-checks and exercises, one answer shape per class.

Every question has ``check``, ``hint``, ``solution`` and ``widget``. Questions are
written as YAML in ``content/questions/`` (see :mod:`commonground.questions.loading`);
this module is what they become.

- :class:`TextQuestion`: one line of text, judged by a function (usually the reader).
- :class:`LinesQuestion`: several lines (a list of strings), judged together.
- :class:`ChoiceQuestion`: pick one option, by letter (``"b"``) or by its text.
- :class:`LabelsQuestion`: give each item a label from a fixed list.
- :class:`FormQuestion`: a dict of named fields (a prep plan, a follow-up message).
- :class:`ValueQuestion`: a number or a word, compared with a value computed at check
  time (the trainer exercises compute it with the package's own analysis).

A judge returns a :class:`Verdict`; the question turns it into a
:class:`~commonground.questions.kit.Result`. Blank answers never reach the judge: they
are ``not_attempted``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from commonground.questions.kit import PLACEHOLDER, Note, Result, is_blank
from commonground.questions.solution import Solution

_NUDGE = (
    "Nothing to check yet: answer in the box above and press Check, or write your answer "
    "in place of ____ and run the cell. Stuck? Ask for a hint."
)
_REGISTRY: dict[str, Question] = {}


@dataclass(frozen=True)
class Verdict:
    """A judge's decision: ``ok``, a one-line ``message`` and optional ``details``."""

    ok: bool
    message: str
    details: tuple[str, ...] = field(default=())


def verdict(problems: Sequence[str], success: str, failure: str = "") -> Verdict:
    """Build a verdict from a list of problems: ok when there are none."""
    problems = tuple(p for p in problems if p)
    if not problems:
        return Verdict(True, success)
    if len(problems) == 1 and not failure:
        return Verdict(False, problems[0])
    return Verdict(False, failure or "A few things to change:", problems)


class AnswerShapeError(ValueError):
    """The answer has the wrong shape (a number where text was expected, ...)."""


class Question:
    """Base class: subclasses define :meth:`judge` and :attr:`input_kind`.

    Parameters
    ----------
    id
        ``"<lesson>.q<n>"``, e.g. ``"06.q1"`` (``"06.s1"`` for self-checks); unique in
        a content folder (the last one loaded is :func:`registered`).
    title
        A few words, used as the notebook heading.
    prompt
        The task, as shown by the widget and by :meth:`show`.
    hints
        Tiered hints, gentlest first.
    solution
        A model answer as text (or the code that computes it); ``q.solution`` is that
        text and ``q.solution()`` shows it with the explanation.
    explanation
        Why the model answer works, in the method's terms.
    elements
        Method element ids the question practises.
    ours
        True when the question relies on the course's own advice rather than the source
        guide's (the widget says so).
    """

    input_kind = "text"

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        hints: Sequence[str],
        solution: str,
        explanation: str = "",
        elements: Sequence[str] = (),
        ours: bool = False,
    ):
        self.id = id
        self.title = title
        self.prompt = prompt
        self.hints = tuple(hints)
        self.solution = Solution(solution, self)
        self.explanation = explanation
        self.elements = tuple(elements)
        self.ours = ours
        self.last_result: Result | None = None
        self._hints_seen = 0
        _REGISTRY[id] = self

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}: {self.title}>"

    # ---- to override ------------------------------------------------------------------
    def judge(self, answer) -> Verdict:
        """Decide whether a (non-blank) answer is right."""
        raise NotImplementedError

    def normalise(self, answer):
        """Turn what the learner gave into the shape :meth:`judge` expects."""
        return answer

    def answer_shape(self) -> str:
        """How to write the answer in code, e.g. ``'text in quotes, "..."'``."""
        return 'text in quotes, "..."'

    # ---- the learner's API ------------------------------------------------------------
    def evaluate(self, answer) -> Result:
        """Check ``answer`` without displaying anything."""
        if is_blank(answer):
            return Result(self.id, "not_attempted", _NUDGE, (f"In code: {self.answer_shape()}.",))
        try:
            found = self.judge(self.normalise(answer))
        except AnswerShapeError as exc:
            return Result(self.id, "incorrect", str(exc))
        status = "correct" if found.ok else "incorrect"
        return Result(self.id, status, found.message, tuple(found.details))

    def check(self, answer=PLACEHOLDER) -> Result:
        """Check ``answer``, show the result, remember it, and return it."""
        result = self.evaluate(answer)
        self.last_result = result
        result.show()
        return result

    def hint_note(self, level: int | None = None) -> Note:
        """The next hint (or hint number ``level``, from 1) as a note, without showing it."""
        if level is None:
            level = min(self._hints_seen + 1, len(self.hints))
        if not self.hints:
            return Note("No hint here:", "read the options again; each one is explained.")
        if not 1 <= level <= len(self.hints):
            raise ValueError(f"{self.id} has hints 1 to {len(self.hints)}")
        self._hints_seen = max(self._hints_seen, level)
        more = " (ask again for the next)" if level < len(self.hints) else ""
        return Note(f"Hint {level} of {len(self.hints)}{more}:", self.hints[level - 1])

    def hint(self, level: int | None = None) -> Note:
        """Show a hint: the next one each call, or hint number ``level`` (from 1)."""
        note = self.hint_note(level)
        note.show()
        return note

    def solution_note(self) -> Note:
        """A model answer and why it works, as a note, without showing it."""
        return Note("A model answer:", self.explanation, str(self.solution))

    def solution_code(self, name: str) -> str:
        """The code a solution notebook writes for this answer, e.g. ``answer_1 = '...'``.

        Text and choice answers are quoted; lists and dicts are written as they are; a
        code question's solution is already the code (it assigns ``name`` itself).
        """
        if self.input_kind == "value":
            return str(self.solution)
        if self.input_kind in ("text", "choice"):
            return f"{name} = {str(self.solution)!r}"
        return f"{name} = {self.solution}"

    @property
    def solution_text(self) -> str:
        """The model answer as plain text."""
        return str(self.solution)

    def show(self) -> Note:
        """Show the task."""
        note = Note(f"{self.title}:", f"{self.prompt}\n(In code: {self.answer_shape()}.)")
        note.show()
        return note

    def widget(self):
        """An ipywidgets form for this question: input, Check, Hint, Show solution."""
        from commonground.widgets.exercise import ExerciseWidget

        return ExerciseWidget(self)

    def reset(self) -> None:
        """Forget the last result and the hints seen."""
        self.last_result = None
        self._hints_seen = 0


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


def registered() -> dict[str, Question]:
    """Every question created so far, by id (import the lesson modules first)."""
    return dict(_REGISTRY)
