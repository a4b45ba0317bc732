"""What a node is about: its method step, and a hint naming the moves that would fit."""

from __future__ import annotations

from commonground.roleplay.model import Node


def node_step(node: Node) -> str:
    """The step a node is mostly about: the step of its strong choices (else its first)."""
    strong = [c.step for c in node.choices if c.quality == "strong"]
    steps = strong or [c.step for c in node.choices]
    return max(dict.fromkeys(steps), key=steps.count) if steps else ""


def what_fits(node: Node) -> str:
    """A hint naming the moves that would fit at this node (by method step)."""
    from commonground import method

    elements = method.load()
    titles = []
    for choice in node.choices:
        if choice.quality == "strong":
            title = elements.element(choice.step).title
            if title not in titles:
                titles.append(title)
    return (
        f"What would fit here: {'; '.join(t[0].lower() + t[1:] for t in titles)}." if titles else ""
    )
