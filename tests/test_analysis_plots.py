"""Every plot returns a figure and a text summary carrying the same numbers."""

import matplotlib.colors
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


def test_only_cautioned_groups_are_grey_and_marked():
    log = normalised_log(250)
    by_days = followup.show_up_by_days(log)
    small = by_days["n"] < 30
    assert small.any() and (~small).any()
    # rows without a caution keep None (a text column would turn it into NaN)
    assert by_days.loc[~small, "warning"].map(lambda w: w is None).all()
    fig, summary = plots.follow_up_plot(followup.show_up_by_follow_up(log), by_days)
    assert "[nan]" not in summary and "[None]" not in summary
    assert summary.count("[only ") == int(small.sum()) + int(
        (followup.show_up_by_follow_up(log)["n"] < 30).sum()
    )
    right = fig.axes[1]
    greys = [bar.get_facecolor() for bar in right.patches]
    grey = tuple(round(c, 3) for c in matplotlib.colors.to_rgba(plots.MUTED))
    n_grey = sum(tuple(round(c, 3) for c in g) == grey for g in greys)
    assert n_grey == int(small.sum())
