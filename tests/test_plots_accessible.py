"""Every plot is shown with its text summary, as alt text and as a visible caption."""

import pandas as pd

from commonground.analysis import conversion, plots


def _table():
    log = pd.DataFrame(
        {
            "ask_type": ["canvass"] * 4 + ["donate"] * 4,
            "response": ["yes", "yes", "no", "maybe", "yes", "no", "no", "no"],
        }
    )
    return conversion.conversion_by(log, "ask_type")


def test_figure_html_carries_summary_as_alt_and_caption():
    fig, summary = plots.conversion_plot(_table(), "Ask -> yes by ask type")
    page = plots.figure_html(fig, summary)
    assert page.count("<img") == 1
    assert 'src="data:image/png;base64,' in page
    import html

    first_line = summary.splitlines()[0]
    assert f'alt="{html.escape(first_line, quote=True)}' in page
    assert "<figcaption" in page and "canvass" in page.split("<figcaption")[1]


def test_show_sends_html_and_plain_text(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append(obj))
    fig, summary = plots.conversion_plot(_table(), "Ask -> yes by ask type")
    plots.show(fig, summary)
    (bundle,) = shown
    assert bundle["text/plain"] == summary
    assert "alt=" in bundle["text/html"]
