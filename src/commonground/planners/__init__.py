"""Pure logic behind the lesson tools: no ipywidgets here.

- :mod:`~commonground.planners.findings`: :class:`Finding`, what a check reports.
- :mod:`~commonground.planners.prep`: :class:`PrepPlan`, :func:`check_plan`, the prep card.
- :mod:`~commonground.planners.story`: assemble a story, estimate its spoken length.
- :mod:`~commonground.planners.follow_up`: compose and check a confirmation message.
- :mod:`~commonground.planners.reflection`: prompts from the method's reflect elements.
- :mod:`~commonground.planners.reading`: what the planners ask of :mod:`commonground.reader`.
- :mod:`~commonground.planners.summaries`: plain-text summaries printed by the notebooks.
"""

from commonground.lazy import exports

# On first use (PEP 562): the summaries load the prep card's checks and the whole reader,
# which the role-play needs only for a typed line (its story checks need ``story``).
_WHERE = {"describe_plan_findings": "summaries", "describe_story": "summaries"}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = exports(__name__, _WHERE, globals())
