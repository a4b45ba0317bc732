"""A question's model answer: text you can read, print, or call to show it.

``q.solution`` is the model answer as text (what a solution notebook writes after
``answer_1 =``), and ``q.solution()`` still shows it with the explanation, as notebooks
have always done.
"""

from __future__ import annotations


class Solution(str):
    """The model answer as text; calling it shows the answer and why it works.

    Parameters
    ----------
    text
        The model answer as text (Python code for code questions).
    question
        The question it answers (its ``solution_note`` is shown when called).
    """

    __slots__ = ("_question",)

    def __new__(cls, text: str, question=None):
        self = super().__new__(cls, text)
        self._question = question
        return self

    def __call__(self):
        """Show the model answer and why it works; return the note."""
        note = self._question.solution_note()
        note.show()
        return note
