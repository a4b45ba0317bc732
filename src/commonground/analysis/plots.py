"""Plots for trainers; each returns the figure AND a text summary of what it shows.

Figures are built with :class:`matplotlib.figure.Figure` directly (no pyplot state, Agg
canvas), so they work headless and never leak. :func:`show` displays one as an
embedded PNG in a notebook whatever the matplotlib backend is.
"""

from __future__ import annotations

import io

import pandas as pd

COLOR = "#2b6f8f"
MUTED = "#9aa9b3"


def _figure(height: float = 3.6):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _rate_bars(ax, table: pd.DataFrame) -> None:
    """One bar per group with rows (first group on top), its 95% interval, a 0-1 axis.

    Groups with a caution are drawn grey.
    """
    data = table[table["n"] > 0].iloc[::-1]
    colors = [MUTED if _caution(w) else COLOR for w in data["warning"]]
    ax.barh(data["group"].astype(str), data["rate"], color=colors)
    ax.errorbar(
        data["rate"],
        range(len(data)),
        xerr=[data["rate"] - data["ci_low"], data["ci_high"] - data["rate"]],
        fmt="none",
        ecolor="black",
        capsize=3,
    )
    ax.set_xlim(0, 1)


def _caution(warning) -> bool:
    """True when a table row carries a warning text (not None, not NaN)."""
    return isinstance(warning, str) and bool(warning)


def _interval_lines(table: pd.DataFrame) -> list[str]:
    lines = []
    for row in table.to_dict("records"):
        if not row["n"]:
            continue
        line = (
            f"- {row['group']}: {row['rate']:.0%} of {row['n']} "
            f"(95% CI {row['ci_low']:.0%} to {row['ci_high']:.0%})"
        )
        if _caution(row.get("warning")):
            line += f" [{row['warning']}]"
        lines.append(line)
    return lines


def conversion_plot(table: pd.DataFrame, title: str, what: str = "said yes"):
    """Horizontal bars of a rate table with 95% interval whiskers.

    Parameters
    ----------
    table
        A rate table (``group``, ``n``, ``rate``, ``ci_low``, ``ci_high``, ``warning``).
    title
        Plot title, also the first line of the summary.
    what
        What the rate counts, for the axis label.

    Returns
    -------
    tuple
        ``(figure, summary_text)``.
    """
    rows = int((table["n"] > 0).sum())
    fig = _figure(max(2.2, 0.45 * rows + 1.2))
    ax = fig.add_subplot()
    _rate_bars(ax, table)
    ax.set_xlabel(f"share who {what} (bars: 95% interval; grey: a caution applies)")
    ax.set_title(title)
    summary = "\n".join([f"{title}:", *_interval_lines(table)])
    return fig, summary


def funnel_plot(funnel: pd.DataFrame):
    """The overall three-step funnel as bars; returns ``(figure, summary_text)``."""
    data = funnel[funnel["group"] == "all"]
    fig = _figure(2.8)
    ax = fig.add_subplot()
    labels = list(data["label"])[::-1]
    rates = list(data["rate"])[::-1]
    ax.barh(labels, rates, color=COLOR)
    for y, (rate, n) in enumerate(zip(rates, list(data["n"])[::-1], strict=True)):
        if n:
            ax.text(min(rate + 0.02, 0.9), y, f"{rate:.0%} of {n}", va="center")
    ax.set_xlim(0, 1)
    ax.set_xlabel("share converted at each step")
    ax.set_title("From ask to showing up")
    lines = ["From ask to showing up:"]
    for row in data.to_dict("records"):
        if row["n"]:
            lines.append(
                f"- {row['label']}: {row['rate']:.0%} of {row['n']} "
                f"(95% CI {row['ci_low']:.0%} to {row['ci_high']:.0%})"
            )
        else:
            lines.append(f"- {row['label']}: no meetings to count")
    return fig, "\n".join(lines)


def follow_up_plot(by_kind: pd.DataFrame, by_days: pd.DataFrame):
    """Show-up by follow-up kind and by days to follow-up, side by side."""
    fig = _figure(3.4)
    left, right = fig.subplots(1, 2, sharex=True)
    for ax, table, title in (
        (left, by_kind, "by kind of follow-up"),
        (right, by_days, "by days to follow-up"),
    ):
        _rate_bars(ax, table)
        ax.set_title(title)
    fig.suptitle("Did the people who said yes show up?")
    fig.supxlabel("share of final yeses who showed up (bars: 95% interval; grey: a caution)")
    summary = "\n".join(
        ["Show-up by kind of follow-up:", *_interval_lines(by_kind)]
        + ["Show-up by days to follow-up:", *_interval_lines(by_days)]
    )
    return fig, summary


def odds_ratio_plot(practices: pd.DataFrame):
    """Adjusted odds ratios with 95% intervals on a log scale (1 = no difference)."""
    data = practices.dropna(subset=["odds_ratio"]).iloc[::-1]
    fig = _figure(max(2.2, 0.5 * len(data) + 1.2))
    ax = fig.add_subplot()
    ys = range(len(data))
    ax.errorbar(
        data["odds_ratio"].astype(float),
        ys,
        xerr=[
            data["odds_ratio"].astype(float) - data["ci_low"].astype(float),
            data["ci_high"].astype(float) - data["odds_ratio"].astype(float),
        ],
        fmt="o",
        color=COLOR,
        capsize=3,
    )
    ax.set_yticks(list(ys), list(data["term"]))
    ax.axvline(1, color="grey", linestyle="--")
    ax.set_xscale("log")
    _plain_log_ticks(ax, data)
    ax.set_xlabel("odds ratio of a yes, with vs without (log scale; 1 = no difference)")
    ax.set_title("Practices, after allowing for ask type and setting")
    lines = ["Adjusted odds ratios (95% CI):"]
    for row in practices.to_dict("records"):
        if row["odds_ratio"] is None or pd.isna(row["odds_ratio"]):
            lines.append(f"- {row['term']}: not estimable ({row['warning']})")
        else:
            lines.append(
                f"- {row['term']}: {row['odds_ratio']:.2f} "
                f"({row['ci_low']:.2f} to {row['ci_high']:.2f})"
            )
    return fig, "\n".join(lines)


def _plain_log_ticks(ax, data: pd.DataFrame) -> None:
    """Readable ticks (0.5, 1, 2 ...) on a log axis instead of powers of ten."""
    from matplotlib.ticker import FixedLocator, NullFormatter, NullLocator

    if data.empty:
        return
    low = min(float(data["ci_low"].astype(float).min()), 1.0)
    high = max(float(data["ci_high"].astype(float).max()), 1.0)
    candidates = [0.1, 0.2, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4, 5, 10, 20]
    ticks = [t for t in candidates if low / 1.1 <= t <= high * 1.1] or [1]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.set_xticklabels([f"{t:g}" for t in ticks])
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_minor_formatter(NullFormatter())


def to_png(fig) -> bytes:
    """Render a figure to PNG bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def figure_html(fig, summary: str | None = None) -> str:
    """A figure as accessible HTML: the PNG embedded with the summary as its alt text,
    and the summary again as a visible caption beside it."""
    import base64
    import html

    text = summary or "Chart (no text summary given)."
    data = base64.b64encode(to_png(fig)).decode("ascii")
    caption = "<br>".join(html.escape(line) for line in text.splitlines())
    return (
        f'{report_style()}<figure class="cg-figure">'
        f'<img src="data:image/png;base64,{data}" alt="{html.escape(text, quote=True)}">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def report_style() -> str:
    """The stylesheet's ``report`` section as a ``<style>`` element: tables and figures
    are shown in JupyterLab, app mode and the exported report alike, so each brings it."""
    from commonground import stylesheet

    return f"<style>{stylesheet.section('report')}</style>"


def show(fig, summary: str | None = None) -> None:
    """Display a figure in a notebook with its text summary beside it.

    The HTML view carries alt text for screen readers; the plain-text view (terminals,
    nbval) is the summary itself.
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    bundle = {"text/html": figure_html(fig, summary), "text/plain": summary or ""}
    display(bundle, raw=True)
    plt.close(fig)
