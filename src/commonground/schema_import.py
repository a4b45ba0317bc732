"""Import jsonschema without its optional format checkers (slow imports).

When ``rfc3987_syntax`` is installed (Jupyter brings it), jsonschema imports it to check
``iri`` formats, and it builds a grammar at import: about 0.75 s on a quiet machine, and
several seconds on a busy one, in every kernel that validates a scenario or a lesson's
question file. The other optional checkers (``isoduration`` brings ``arrow``, and
``webcolors``, ``uri_template``, ...) add about 0.1 s more. Our schemas use no formats
(a test keeps it so), so these are kept out of that one import only; anything importing
them later gets the real modules.
"""

from __future__ import annotations

import sys

#: The modules jsonschema imports, if it can, only to check ``format:`` keywords.
FORMAT_CHECKER_MODULES = (
    "rfc3987_syntax",
    "rfc3987",
    "rfc3986_validator",
    "rfc3339_validator",
    "isoduration",
    "webcolors",
    "uri_template",
    "jsonpointer",
    "fqdn",
    "idna",
)


def import_jsonschema():
    """The ``jsonschema`` module, imported (if it is not yet) without format checkers."""
    blocked = [name for name in FORMAT_CHECKER_MODULES if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # makes `import name` fail fast
    try:
        import jsonschema
    finally:
        for name in blocked:
            del sys.modules[name]
    return jsonschema
