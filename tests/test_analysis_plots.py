"""Every plot returns a figure and a text summary carrying the same numbers."""

import pytest
from analysis_frames import normalised_log
from matplotlib.figure import Figure

from commonground.analysis import adjusted, conversion, followup, plots


@pytest.fixture(scope="module")
def log():
    return normalised_log(600)


def test_conversion_plot(log):
    table = conversion.conversion_by(log, "ask_type")
    fig, summary = plots.conversion_plot(table, "Ask -> yes by ask type")
    assert isinstance(fig, Figure)
    assert summary.splitlines()[0] == "Ask -> yes by ask type:"
    for row in table.itertuples():
        assert f"- {row.group}: {row.rate:.0%} of {row.n}" in summary
    assert plots.to_png(fig).startswith(b"\x89PNG")


def test_funnel_plot(log):
    fig, summary = plots.funnel_plot(conversion.funnel(log))
    assert isinstance(fig, Figure)
    assert "ask -> yes after adjusting" in summary and "yes -> showed up" in summary


def test_follow_up_plot(log):
    fig, summary = plots.follow_up_plot(
        followup.show_up_by_follow_up(log), followup.show_up_by_days(log)
    )
    assert len(fig.axes) == 2
    assert "Show-up by kind of follow-up:" in summary and "- confirmation:" in summary


def test_odds_ratio_plot(log):
    result = adjusted.adjusted_odds_ratios(log)
    fig, summary = plots.odds_ratio_plot(result.practices())
    assert isinstance(fig, Figure)
    assert summary.count("\n- ") == len(result.practices())
