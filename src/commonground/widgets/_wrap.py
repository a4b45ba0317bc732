"""Radio buttons whose long options wrap onto several lines instead of overlapping.

ipywidgets gives every radio option a fixed one-line height, so a reply longer than the
window runs into the next one. Lessons 05 and 07 offer whole sentences as options: they
use :func:`wrapping_radio` and show :data:`WRAP_CSS` once in the same widget.
"""

from __future__ import annotations

import ipywidgets as w

from commonground.widgets._common import STYLE

WRAP_CLASS = "cg-wrap"
WRAP_CSS = (
    "<style>"
    f".{WRAP_CLASS} .widget-radio-box label{{height:auto !important;"
    "line-height:1.35 !important;display:flex;flex-direction:row-reverse;"
    "justify-content:flex-end;align-items:flex-start;margin:3px 0;"
    "white-space:normal}"
    f".{WRAP_CLASS} .widget-radio-box input{{height:auto !important;"
    "line-height:1.35 !important;margin-top:2px !important;flex:0 0 auto}"
    "</style>"
)


def wrapping_radio(options, description: str) -> w.RadioButtons:
    """Radio buttons (nothing picked yet) whose option texts wrap; see :data:`WRAP_CSS`."""
    radio = w.RadioButtons(
        options=list(options),
        value=None,
        description=description,
        style=STYLE,
        layout=w.Layout(width="auto"),
    )
    radio.add_class(WRAP_CLASS)
    return radio


def wrap_style() -> w.HTML:
    """The style sheet that makes :func:`wrapping_radio` options wrap (show it once)."""
    return w.HTML(WRAP_CSS)
