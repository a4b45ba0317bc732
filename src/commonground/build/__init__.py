"""``commonground build``: the course as text (``content/``) -> notebooks.

One pipeline of small steps (:mod:`.steps`, in the manner of nbgrader's preprocessors)
turns each text notebook into the notebook learners open: read with jupytext, strip
outputs, stable cell ids, keep the cells of one variant, fill the model answers into the
solutions (:mod:`.solutions`), a note at the top of generated exercises, a fixed
metadata, and write as Jupyter does. :mod:`.pipeline` says which files a content
folder makes, and writes or checks them. The same text always gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from commonground.errors import CommonGroundError


def default_content() -> Path:
    """The content folder to build by default: the shipped (in a clone, top-level) one."""
    from commonground import resources

    return resources.course_dir()


def default_output(content: Path) -> Path:
    """Where a build writes when not told: beside the content folder, in a clone.

    Raises
    ------
    CommonGroundError
        When ``content`` is inside an installed package (not a clone): pass ``-o``.
    """
    from commonground import resources

    content = Path(content).resolve()
    installed = resources.content_dir().resolve()
    if content.is_relative_to(installed):
        raise CommonGroundError(
            f"{content} is the installed package's copy; pass -o OUT to build somewhere else"
        )
    return content.parent


def check(content: Path | None = None, out: Path | None = None) -> list[str]:
    """The output files (relative to ``out``) that differ from what ``content`` makes."""
    from commonground.build import pipeline

    content = Path(content or default_content())
    out = Path(out) if out else default_output(content)
    return pipeline.differences(out, pipeline.plan(content))


def build(content: Path | None = None, out: Path | None = None) -> list[str]:
    """Build ``content`` into ``out``; return the files written or removed."""
    from commonground.build import pipeline

    content = Path(content or default_content())
    out = Path(out) if out else default_output(content)
    return pipeline.write(out, pipeline.plan(content))
