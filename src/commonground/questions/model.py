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

This module gathers the names; each job has its own module: :mod:`.verdict`,
:mod:`.question` (the base class and the registry), :mod:`.text_questions`,
:mod:`.choice`, :mod:`.labels`, :mod:`.form` and :mod:`.value_question`.
"""

from __future__ import annotations

from commonground.questions.choice import ChoiceQuestion, Option
from commonground.questions.form import Field, FormQuestion
from commonground.questions.labels import LabelsQuestion
from commonground.questions.question import AnswerShapeError, Question, registered
from commonground.questions.text_questions import LinesQuestion, TextQuestion
from commonground.questions.value_question import ValueQuestion
from commonground.questions.verdict import Verdict, verdict

__all__ = [
    "AnswerShapeError",
    "ChoiceQuestion",
    "Field",
    "FormQuestion",
    "LabelsQuestion",
    "LinesQuestion",
    "Option",
    "Question",
    "TextQuestion",
    "ValueQuestion",
    "Verdict",
    "registered",
    "verdict",
]
