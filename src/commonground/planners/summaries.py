"""Plain-text summaries the lesson notebooks print (exact, so nbval can check them)."""

from __future__ import annotations

from commonground.planners.findings import describe_findings
from commonground.planners.prep import PrepPlan, check_plan
from commonground.planners.story import (
    OK_TEXT,
    StoryParts,
    assemble_story,
    length_summary,
    story_feedback,
)


def describe_plan_findings(plan: PrepPlan) -> str:
    """What :func:`~commonground.planners.prep.check_plan` finds, one line each."""
    return describe_findings(check_plan(plan), "Nothing missing: the plan is ready.")


def describe_story(parts: StoryParts) -> str:
    """The assembled story, its length, and the feedback, as plain text."""
    story = assemble_story(parts)
    feedback = describe_findings(story_feedback(parts), OK_TEXT)
    return f"{story}\n\n{length_summary(story)}\n{feedback}"
