"""Workshop mode for facilitators: pairing, timer, observer sheets, cards, debrief, room.

Each module does one job and is pure Python (no widgets); the ipywidgets views live in
:mod:`commonground.widgets`.
"""
