"""The base of every question: check, hint, solution and widget (see :mod:`.model`).

A judge returns a :class:`~commonground.questions.verdict.Verdict`; the question turns it
into a :class:`~commonground.questions.kit.Result`. Blank answers never reach the judge:
they are ``not_attempted``. Every question made is kept by id (:func:`registered`).
"""

from __future__ import annotations

from collections.abc import Sequence

from commonground.questions.kit import PLACEHOLDER, Note, Result, is_blank
from commonground.questions.solution import Solution
from commonground.questions.verdict import Verdict

_NUDGE = (
    "Nothing to check yet: answer in the box above and press Check, or write your answer "
    "in place of ____ and run the cell. Stuck? Ask for a hint."
)
_REGISTRY: dict[str, Question] = {}


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


def registered() -> dict[str, Question]:
    """Every question created so far, by id (import the lesson modules first)."""
    return dict(_REGISTRY)
