"""`frenemy plot timeline` draws on a real date axis, one series per direction."""

import matplotlib.dates as mdates
import pandas as pd
import pytest
from matplotlib import pyplot as plt

from frenemy.analytics import dyads, plots


@pytest.fixture
def events():
    rows = [("2023-01-03", "RUSGOV", "USA", 1), ("2023-01-20", "USA", "RUS", 4),
            ("2023-04-02", "RUS", "USAMIL", 3), ("2023-04-09", "USA", "RUS", 2)]
    return pd.DataFrame([{"date": d, "source_actor": s, "target_actor": t, "quad_class": q,
                          "goldstein": 1.0 if q <= 2 else -5.0, "plover": "X"}
                         for d, s, t, q in rows])


@pytest.mark.parametrize("period", ["day", "week", "month", "year"])
def test_plots_timeline_has_a_date_axis(events, period, tmp_path, monkeypatch):
    figures = []
    monkeypatch.setattr(plt, "close", figures.append)
    plots.timeline(dyads(events, period=period), "RUS", "USA", tmp_path / "t.png")
    ax = figures[0].axes[0]
    assert isinstance(ax.xaxis.get_major_locator(), mdates.AutoDateLocator)
    starts = sorted({mdates.num2date(bar.get_x()).date() for bar in ax.patches})
    if period != "year":  # January to April stays about 90 days apart, however few periods between
        assert 75 <= (starts[-1] - starts[0]).days <= 110
    labels = {text.get_text() for text in ax.get_legend().get_texts()}
    assert {"RUS → USA cooperation", "USA → RUS conflict"} <= labels
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
