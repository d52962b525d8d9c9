import pandas as pd
import pytest

from frenemy.analytics import dyads, label, sign_flips


def events(rows):
    """A constructed event table: (date, source, target, quad_class, goldstein)."""
    return pd.DataFrame(rows, columns=["date", "source_actor", "target_actor", "quad_class", "goldstein"])


TABLE = events([
    ("2020-01-05", "RUSGOV", "USAGOV", 1, 3.0),
    ("2020-01-20", "USA", "RUS", 3, -2.0),
    ("2020-02-02", "RUS", "USAGOV", 4, -10.0),
    ("2020-02-10", "RUS", "USA", 4, -8.0),
    ("2020-01-07", "IRN", "RUSGOV", 2, 7.0),
    ("2020-01-08", "RUS", "IRN", 1, 4.0),
    ("2020-03-01", "IGOUNO", "IRN", 1, 3.0),
    ("2020-03-01", "IRN", "IRNGOV", 1, 3.0),  # domestic at country level: left out
])


def test_dyads_directed_counts_quad_classes_and_goldstein():
    table = dyads(TABLE).set_index(["source", "target"])
    rus_usa = table.loc[("RUS", "USA")]
    assert (rus_usa.n_events, rus_usa.coop, rus_usa.conflict) == (3, 1, 2)
    assert (rus_usa.verbal_coop, rus_usa.material_conflict) == (1, 2)
    assert rus_usa.goldstein_sum == -15.0 and rus_usa.goldstein_mean == -5.0
    assert table.loc[("USA", "RUS")].verbal_conflict == 1
    assert ("IGOUNO", "IRN") in table.index and ("IRN", "IRN") not in table.index


def test_dyads_undirected_merges_both_directions_and_labels_pairs():
    table = dyads(TABLE, directed=False).set_index(["source", "target"])
    pair = table.loc[("RUS", "USA")]
    assert (pair.n_events, pair.coop, pair.conflict) == (4, 1, 3)
    assert pair.balance == -0.5 and pair.frenemy_index == 0.25 and pair.label == "mixed"
    assert table.loc[("IRN", "RUS")].label == "cooperative"
    assert table.loc[("IGOUNO", "IRN")].frenemy_index == 0.0


def test_dyads_actor_level_keeps_full_codes():
    table = dyads(TABLE, level="actor")
    assert {("RUSGOV", "USAGOV"), ("RUS", "USAGOV"), ("IRN", "IRNGOV")} <= set(
        zip(table.source, table.target, strict=True))


def test_dyads_per_period_and_minimum_count():
    monthly = dyads(TABLE, directed=False, period="month", min_events=2)
    rows = monthly[(monthly.source == "RUS") & (monthly.target == "USA")].set_index("period")
    assert list(rows.index) == ["2020-01", "2020-02"]
    assert rows.loc["2020-01"].label == "mixed" and rows.loc["2020-02"].label == "conflictual"
    assert monthly[(monthly.source == "IGOUNO")].label.tolist() == ["neutral"]  # one event < 2
    with pytest.raises(ValueError, match="period must be one of"):
        dyads(TABLE, period="decade")


@pytest.mark.parametrize("coop, conflict, expected", [
    (5, 0, "cooperative"), (0, 4, "conflictual"), (3, 1, "mixed"), (4, 1, "cooperative"),
    (2, 2, "mixed"), (0, 0, "neutral"),
])
def test_label_rules(coop, conflict, expected):
    assert label(coop, conflict) == expected


def test_label_needs_the_minimum_count():
    assert label(1, 0, min_events=3) == "neutral"


def test_sign_flips_between_periods():
    monthly = dyads(TABLE, directed=False, period="month")
    flips = sign_flips(monthly)
    assert flips.to_dict("records") == []  # RUS-USA: -0.0 in January (1 vs 1), then -1
    swings = events([
        ("2021-01-01", "TUR", "RUS", 1, 3.0), ("2021-02-01", "TUR", "RUS", 4, -9.0),
        ("2021-03-01", "TUR", "RUS", 1, 3.0),
    ])
    flips = sign_flips(dyads(swings, directed=False, period="month"))
    assert flips[["source", "target", "period"]].values.tolist() == [
        ["RUS", "TUR", "2021-02"], ["RUS", "TUR", "2021-03"]]
