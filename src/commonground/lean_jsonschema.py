"""Import jsonschema without its optional IRI format checker (a grammar built at import).

When ``rfc3987_syntax`` is installed (Jupyter brings it), ``import jsonschema`` imports it
to check ``iri`` formats, and it builds a parsing grammar there and then: about 1.6 s of
CPU in every process that imports jsonschema, directly or through nbformat, Jupyter
Server or papermill. Neither our scenario schema nor the servers and tools we start
check ``iri`` formats, so :func:`import_jsonschema` keeps that module out of this one
import only; anything importing ``rfc3987_syntax`` later gets the real module.
"""

from __future__ import annotations

import sys
from types import ModuleType


def import_jsonschema() -> ModuleType:
    """``jsonschema``, imported (if it is not yet) without ``rfc3987_syntax``.

    Returns
    -------
    module
        The ``jsonschema`` package.
    """
    blocked = "rfc3987_syntax" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # makes `import rfc3987_syntax` fail fast
    try:
        import jsonschema
    finally:
        if blocked:
            del sys.modules["rfc3987_syntax"]
    return jsonschema
