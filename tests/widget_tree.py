"""Every widget under a root, for tests that look at each box a learner can type into."""

from __future__ import annotations

from pathlib import Path

#: The widget modules of the package (each a lesson's box or player).
WIDGET_MODULES = sorted(
    path.stem
    for path in (Path(__file__).parents[1] / "src" / "commonground" / "widgets").glob("*.py")
    if not path.stem.startswith("_")
)


def widget_tree(root, seen=None):
    """Yield ``root`` and every widget below it (children and widget attributes), once."""
    import ipywidgets as w

    seen = set() if seen is None else seen
    if id(root) in seen:
        return
    seen.add(id(root))
    yield root
    children = list(getattr(root, "children", ()) or ())
    children += [v for v in vars(root).values() if isinstance(v, w.Widget)]
    for child in children:
        yield from widget_tree(child, seen)
