"""The readable text version of :func:`commonground.analysis.summary.summarize`."""

from __future__ import annotations


def _pct(value) -> str:
    return "-" if value is None else f"{value:.0%}"


def _rate_lines(rows: list[dict], label_key: str = "group") -> list[str]:
    lines = []
    for row in rows:
        text = (
            f"  {str(row[label_key]):<28} {_pct(row['rate']):>5} of {row['n']:<7} "
            f"(95% CI {_pct(row['ci_low'])} to {_pct(row['ci_high'])})"
        )
        if row.get("warning"):
            text += f"  ! {row['warning']}"
        lines.append(text)
    return lines


def render(summary: dict) -> str:
    """Turn the analysis dictionary into a short, readable report."""
    out = [
        f"Outcome log: {summary['n_rows']} rows read, {summary['n_accepted']} analysed, "
        f"{summary['n_quarantined']} quarantined.",
        "",
        "Findings:",
    ]
    out += [f"- {line}" for line in summary["findings"]] or ["- none"]
    out += ["", "Funnel:"]
    out += _rate_lines([r for r in summary["funnel"] if r["group"] == "all"], "label")
    out += ["", "Ask -> yes by ask type:"] + _rate_lines(summary["by_ask_type"])
    out += ["", "Ask -> yes by practice:"]
    for row in summary["by_practice"]:
        out += _rate_lines([{**row, "group": f"{row['practice']} = {row['group']}"}])
    model = summary["adjusted_model"]
    out += [
        "",
        f"Adjusted odds ratios ({model['n_used']} complete meetings; "
        f"controls: {', '.join(model['controls'])}):",
    ]
    for row in summary["adjusted"]:
        if row["odds_ratio"] is None:
            out.append(f"  {row['term']:<28} not estimable: {row['warning']}")
        else:
            out.append(
                f"  {row['term']:<28} {row['odds_ratio']:.2f} "
                f"(95% CI {row['ci_low']:.2f} to {row['ci_high']:.2f})"
            )
    out += ["", "Won back after a maybe or a no (final yes):"]
    out += _rate_lines(
        [
            {**r, "group": f"{r['group']}, alternative {r['alternative_offered']}"}
            for r in summary["win_back"]
        ]
    )
    out += ["", "Showed up, by follow-up:"] + _rate_lines(summary["follow_up"])
    out += ["", "Showed up, by days to follow-up:"] + _rate_lines(summary["follow_up_days"])
    out += ["", "Organizers (shrunk rate, raw rate, meetings, most skipped):"]
    for row in summary["organizers"]:
        out.append(
            f"  {row['organizer']:<16} {_pct(row['shrunk_rate']):>5}  raw {_pct(row['raw_rate']):>5}"
            f"  n={row['n']:<6} {row['most_skipped'] or '-'}"
        )
    if summary["warnings"]:
        out += ["", "Warnings:"] + [f"- {w}" for w in summary["warnings"]]
    return "\n".join(out) + "\n"


def tidy(table, label: str = "group"):
    """A rate table ready to show: percentages and intervals as text, warnings kept.

    Parameters
    ----------
    table
        A rate table (``n``, ``converted``, ``rate``, ``ci_low``, ``ci_high``, ...).
    label
        The column that names each row.

    Returns
    -------
    pandas.DataFrame
        Same rows; ``rate`` and ``95% interval`` as text, plus any other label columns.
    """
    import pandas as pd

    keep = [c for c in table.columns if c not in ("rate", "ci_low", "ci_high", "warning")]
    out = table[keep].copy()
    out["rate"] = [_pct(None if pd.isna(v) else v) for v in table["rate"]]
    out["95% interval"] = [
        "-" if pd.isna(lo) else f"{lo:.0%} to {hi:.0%}"
        for lo, hi in zip(table["ci_low"], table["ci_high"], strict=True)
    ]
    out["caution"] = table["warning"].fillna("").to_numpy() if "warning" in table else ""
    index = [c for c in ("practice", label) if c in out]
    return out.set_index(index) if index else out
