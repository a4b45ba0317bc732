"""The order a learner sees a question's options in: shuffled, the same on every reload.

The order depends only on a stable learner key and the question id, so it survives a
kernel restart and a page reload, and two learners (two data homes) see different
orders. Nothing is written: the key is derived from the learner's data home
(:func:`commonground.storage.data_home`), or given explicitly.
"""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: Set to any text to use it as the learner key (a hub can set the user name).
LEARNER_ENV = "COMMONGROUND_LEARNER"


def learner_key() -> str:
    """A stable key for the current learner: ``$COMMONGROUND_LEARNER`` or their data home."""
    given = os.environ.get(LEARNER_ENV, "").strip()
    if given:
        return given
    from commonground import storage

    # The same folder storage.data_home() uses, without creating it: showing a question
    # must not fail where the home cannot be written.
    root = os.environ.get(storage.HOME_ENV)
    home = Path(root).expanduser() if root else Path.home() / ".commonground"
    return str(home.resolve())


def shuffled(items: Sequence[T], question_id: str, learner: str | None = None) -> tuple[T, ...]:
    """``items`` in this learner's order for this question (deterministic).

    Parameters
    ----------
    items
        The options in authored order.
    question_id
        The question's id; each question gets its own order.
    learner
        The learner key; :func:`learner_key` when omitted.
    """
    key = learner if learner is not None else learner_key()
    digest = hashlib.sha256(f"{key}\n{question_id}".encode()).hexdigest()
    order = list(items)
    random.Random(int(digest[:16], 16)).shuffle(order)
    return tuple(order)
