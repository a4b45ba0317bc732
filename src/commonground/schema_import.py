"""Import jsonschema without its optional IRI format checker (a slow import).

When ``rfc3987_syntax`` is installed (Jupyter brings it), jsonschema imports it to check
``iri`` formats, and it builds a grammar at import: about 0.75 s on a quiet machine, and
several seconds on a busy one, in every kernel that validates a scenario or a lesson's
question file. Our schemas use no formats, so the grammar is kept out of that one import
only; anything importing ``rfc3987_syntax`` later gets the real module.
"""

from __future__ import annotations

import sys


def import_jsonschema():
    """The ``jsonschema`` module, imported (if it is not yet) without ``rfc3987_syntax``."""
    blocked = "rfc3987_syntax" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # makes `import rfc3987_syntax` fail fast
    try:
        import jsonschema
    finally:
        if blocked:
            del sys.modules["rfc3987_syntax"]
    return jsonschema
