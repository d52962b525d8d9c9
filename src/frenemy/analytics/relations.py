"""Dyads over time: cooperation and conflict between actors, and the frenemy index.

Input is an event table with at least ``source``/``target`` codes (``source_actor``,
``target_actor`` or country columns), ``plover``, ``quad_class``, ``goldstein`` and ``date``,
such as ``Store.events()``. Everything is computed with DuckDB SQL over the DataFrame.

Measures, per pair (and per period when asked):
- ``verbal_coop``, ``material_coop``, ``verbal_conflict``, ``material_conflict``: events per
  GDELT quad class; ``coop`` = classes 1+2, ``conflict`` = 3+4;
- ``goldstein_sum`` and ``goldstein_mean``;
- ``balance`` = (coop - conflict) / (coop + conflict), from -1 (all conflict) to 1;
- ``frenemy_index`` = min(coop, conflict) / (coop + conflict), from 0 (one-sided) to 0.5 (as
  much cooperation as conflict);
- ``label``: *neutral* below ``min_events``; *mixed* (frenemies) when the frenemy index is at
  least ``mixed_threshold`` (default 0.25: the minority side is at least a quarter of the
  events); otherwise *cooperative* or *conflictual* by the larger side.
"""

from __future__ import annotations

import duckdb
import pandas as pd

PERIODS = ("day", "week", "month", "year")
LEVELS = ("country", "actor")
MIXED_THRESHOLD = 0.25
COLUMNS = ["source", "target", "n_events", "coop", "conflict", "verbal_coop", "material_coop",
           "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean", "balance",
           "frenemy_index", "label"]


def _country(code: str) -> str:
    return code[:6] if code[:3] in {"IGO", "NGO"} else code[:3]


def dyads(events: pd.DataFrame, *, level: str = "country", directed: bool = True,
          period: str | None = None, min_events: int = 1,
          mixed_threshold: float = MIXED_THRESHOLD) -> pd.DataFrame:
    """Cooperation and conflict per actor pair (and per period), with the frenemy index."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if period is not None and period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    columns = COLUMNS if period is None else ["period"] + COLUMNS
    if events.empty:
        return pd.DataFrame(columns=columns)
    frame = events.copy()
    src = "source_actor" if "source_actor" in frame else "source"
    tgt = "target_actor" if "target_actor" in frame else "target"
    if level == "country":
        frame["a"] = frame[src].map(_country)
        frame["b"] = frame[tgt].map(_country)
    else:
        frame["a"], frame["b"] = frame[src], frame[tgt]
    frame = frame[frame.a != frame.b]
    if not directed:
        swap = frame.a > frame.b
        frame.loc[swap, ["a", "b"]] = frame.loc[swap, ["b", "a"]].values
    frame["period"] = (pd.to_datetime(frame["date"]).dt.to_period(
        {"day": "D", "week": "W", "month": "M", "year": "Y"}[period]).astype(str)
        if period else "")
    con = duckdb.connect()
    con.register("e", frame[["a", "b", "period", "quad_class", "goldstein"]])
    table = con.execute(
        """
        SELECT a AS source, b AS target, period,
               count(*) AS n_events,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS coop,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               round(sum(goldstein), 2) AS goldstein_sum,
               round(avg(goldstein), 2) AS goldstein_mean
        FROM e GROUP BY ALL ORDER BY n_events DESC, source, target, period
        """
    ).df()
    con.close()
    total = (table.coop + table.conflict).where(lambda s: s > 0)
    table["balance"] = ((table.coop - table.conflict) / total).round(3).fillna(0.0)
    table["frenemy_index"] = (table[["coop", "conflict"]].min(axis=1) / total).round(3).fillna(0.0)
    table["label"] = [label(c, k, min_events, mixed_threshold)
                      for c, k in zip(table.coop, table.conflict, strict=True)]
    return table[columns].reset_index(drop=True)


def label(coop: int, conflict: int, min_events: int = 1,
          mixed_threshold: float = MIXED_THRESHOLD) -> str:
    """cooperative, conflictual, mixed (frenemies) or neutral, for a pair's counts."""
    total = coop + conflict
    if total < max(min_events, 1):
        return "neutral"
    if min(coop, conflict) / total >= mixed_threshold:
        return "mixed"
    if coop > conflict:
        return "cooperative"
    if conflict > coop:
        return "conflictual"
    return "neutral"


def sign_flips(over_time: pd.DataFrame) -> pd.DataFrame:
    """Pairs whose balance changes sign between consecutive periods in which they interact:
    source, target, period (the period of the new sign), previous_balance, balance."""
    rows = []
    if over_time.empty or "period" not in over_time:
        return pd.DataFrame(columns=["source", "target", "period", "previous_balance", "balance"])
    for (source, target), group in over_time.sort_values("period").groupby(["source", "target"]):
        previous = None
        for row in group.itertuples(index=False):
            if row.balance == 0:
                continue
            if previous is not None and (previous > 0) != (row.balance > 0):
                rows.append({"source": source, "target": target, "period": row.period,
                             "previous_balance": previous, "balance": row.balance})
            previous = row.balance
    return pd.DataFrame(rows, columns=["source", "target", "period", "previous_balance", "balance"])
