"""Wait until a Voila page has drawn every widget, and say so when one could not be drawn.

Voila sends the page once the notebook has run; its script then starts, replaces each
output's JSON (``<script type="application/vnd.voila.cell-output+json">``) by a renderer,
connects to the kernel and asks it for the widgets' state. Until that answer comes, a
widget output reads "Loading widget..."; after it, the widget is drawn, or the output
reads "Error displaying widget: ..." (e.g. "model not found": the kernel did not have
the widget the output names).

On a busy machine that answer comes seconds after the page's ``load`` event and after
the network is idle (the kernel's websocket does not count as network), so a test that
waits only for those presses Tab or runs axe over a page whose lesson header (with its
Previous / Next buttons) is not there yet.
"""

from __future__ import annotations

#: True once Voila's script has rendered every output and no widget is still loading.
ALL_DRAWN = """() => document.readyState === 'complete'
  && !document.querySelector('script[type="application/vnd.voila.cell-output+json"]')
  && ![...document.querySelectorAll('.jp-OutputArea-output')]
       .some((e) => e.textContent.startsWith('Loading widget'))"""
#: The text of every widget output that could not be drawn.
NOT_DRAWN = """() => [...document.querySelectorAll('.jp-OutputArea-output')]
  .map((e) => e.textContent.trim())
  .filter((t) => t.startsWith('Error displaying widget'))"""


def widget_errors(page) -> list[str]:
    """The "Error displaying widget: ..." messages on ``page`` (empty when none)."""
    return page.evaluate(NOT_DRAWN)


def wait_for_widgets(page, timeout: float = 120_000) -> None:
    """Return once every widget output of the Voila ``page`` is drawn.

    Raises
    ------
    AssertionError
        A widget output says it could not be drawn (the message is in the error).
    playwright.sync_api.TimeoutError
        Something is still loading after ``timeout`` milliseconds.
    """
    page.wait_for_load_state("networkidle", timeout=timeout)
    # polled on a timer: a busy page may draw no animation frame to poll on
    page.wait_for_function(ALL_DRAWN, timeout=timeout, polling=250)
    errors = widget_errors(page)
    assert not errors, f"{len(errors)} widget(s) not drawn on {page.url}: {errors[:3]}"
