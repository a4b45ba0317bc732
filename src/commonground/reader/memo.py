"""Remembering the reader's pure functions of a text, and forgetting them all at once.

The reader asks the same small questions of a sentence many times while reading one
line (is it a question, what opens it, does it probe a no): :func:`remembered` keeps the
answers (``functools.lru_cache``), and :func:`forget_all` clears every such cache, as
benchmarks do to read lines cold. Only functions of their arguments alone, returning
values nobody changes (text, tuples, match objects, None), may be remembered.
"""

from __future__ import annotations

from functools import lru_cache

_REMEMBERED: list = []


def remembered(func=None, *, maxsize: int = 16384):
    """``lru_cache(maxsize)`` that :func:`forget_all` clears (usable bare or with args)."""

    def wrap(f):
        cached = lru_cache(maxsize=maxsize)(f)
        _REMEMBERED.append(cached)
        return cached

    return wrap(func) if func is not None else wrap


def forget_all() -> None:
    """Clear every cache made by :func:`remembered`."""
    for cached in _REMEMBERED:
        cached.cache_clear()
