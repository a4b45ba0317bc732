"""Start Voila with Common Ground's template findable: ``python -m commonground.serving.voila_main``.

Voila looks for templates in the Jupyter data folders (``jupyter --paths``), where a
template is ``<folder>/voila/templates/<name>/``. Ours ships inside the package
(:func:`commonground.resources.jupyter_share_dir`), so this entry point puts that folder
first on ``JUPYTER_PATH`` and then runs Voila's own ``main`` with the same arguments.
"""

from __future__ import annotations

import os
import sys

from commonground.resources import jupyter_share_dir


def with_template_path(environ: dict[str, str]) -> dict[str, str]:
    """``environ`` with the package's Jupyter data folder first on ``JUPYTER_PATH``."""
    ours = str(jupyter_share_dir())
    rest = [p for p in environ.get("JUPYTER_PATH", "").split(os.pathsep) if p and p != ours]
    return {**environ, "JUPYTER_PATH": os.pathsep.join([ours, *rest])}


def main() -> None:
    """Run Voila (its command line, unchanged) with our template on the search path."""
    os.environ.update(with_template_path(dict(os.environ)))
    from commonground.schema_import import import_jsonschema

    import_jsonschema()  # before Jupyter Server and nbformat import it: starts 1.6 s sooner
    from voila.app import main as voila

    sys.exit(voila())


if __name__ == "__main__":
    main()
