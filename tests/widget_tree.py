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


def built_widgets(module: str):
    """Yield ``(name, widget)`` for each public function of ``commonground.widgets.module``
    that needs no argument and returns a widget: every box the lesson shows as it is."""
    import importlib
    import inspect

    import ipywidgets as w

    mod = importlib.import_module(f"commonground.widgets.{module}")
    for name, factory in vars(mod).items():
        if not inspect.isfunction(factory) or factory.__module__ != mod.__name__:
            continue
        params = inspect.signature(factory).parameters.values()
        if name.startswith("_") or any(p.default is p.empty for p in params):
            continue
        widget = factory()
        if isinstance(widget, w.Widget):
            yield name, widget
