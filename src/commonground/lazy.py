"""Names a package exports from its submodules, imported on first use (PEP 562).

A package whose submodules are heavy to import (ipywidgets, PyYAML and jsonschema)
lists ``name -> submodule`` and lets :func:`exports` give it ``__getattr__`` and
``__dir__``, so ``from package import name`` imports only the one submodule it needs.

Examples
--------
In a package's ``__init__.py``::

    _WHERE = {"self_check": "lesson_check"}
    __all__ = sorted(_WHERE)
    __getattr__, __dir__ = exports(__name__, _WHERE, globals())
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def exports(
    package: str, where: Mapping[str, str], namespace: dict
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``.

    Parameters
    ----------
    package
        The package's ``__name__``.
    where
        Each exported name and the submodule (relative to the package) that defines it.
    namespace
        The package's ``globals()``, for ``__dir__``.
    """

    def attribute(name: str):
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{where[name]}"), name)

    def names() -> list[str]:
        return sorted(set(namespace) | set(where))

    return attribute, names
