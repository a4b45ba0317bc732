"""A pytest plugin for this repository's own test runs: jsonschema without format checkers.

pyproject's ``addopts`` loads it with ``-p``, which pytest honours before the plugins it
finds installed. nbval, one of those, imports nbformat, which imports jsonschema, which
builds ``rfc3987_syntax``'s IRI grammar at import (see :mod:`commonground.schema_import`):
about 0.75 s of CPU on a quiet machine and 2 s on a busy one, in the test runner and in
each xdist worker. Importing jsonschema here first, without its format checkers, spares
that; no schema in the course or in nbformat's notebook format checks an IRI.
"""

from commonground.schema_import import import_jsonschema

import_jsonschema()
