"""Radio buttons whose long options wrap onto several lines instead of overlapping.

ipywidgets gives every radio option a fixed one-line height, so a reply longer than the
window runs into the next one. Lessons 05 and 07 offer whole sentences as options: they
use :func:`wrapping_radio`, whose :data:`WRAP_CLASS` the course's stylesheet
(``static/commonground.css``, section ``widgets``) makes wrap.
"""

from __future__ import annotations

import ipywidgets as w

from commonground.widgets._common import STYLE

WRAP_CLASS = "cg-wrap"


def wrapping_radio(options, description: str) -> w.RadioButtons:
    """Radio buttons (nothing picked yet) whose option texts wrap (see :data:`WRAP_CLASS`)."""
    radio = w.RadioButtons(
        options=list(options),
        value=None,
        description=description,
        style=STYLE,
        layout=w.Layout(width="auto"),
    )
    radio.add_class(WRAP_CLASS)
    return radio
