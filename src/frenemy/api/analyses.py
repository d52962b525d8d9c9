"""The heavy reads over the whole store, computed once per store version and shared by every
request (see `serving.ServedStore.cached`). Each returns JSON-ready rows or a DataFrame that
callers only read."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from ..store import Store
from .serving import ServedStore


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-safe dicts (NaN and NaT become null)."""
    out = []
    for row in frame.to_dict("records"):
        out.append({k: (None if isinstance(v, float) and math.isnan(v) else v)
                    for k, v in row.items()})
    return out


def relation_events(served: ServedStore) -> pd.DataFrame:
    """The events relations are computed from (one per cross-document link), always of the
    current version, since everything below is cached under that version."""
    return served.cached(("relation_events",), lambda store: store.relation_events(), fresh=True)


def relations(served: ServedStore, level: str = "country", directed: bool = False,
              period: str | None = None, min_events: int = 1) -> list[dict[str, Any]]:
    """Dyads with frenemy index and label, sorted by pair (then period)."""
    from ..analytics import dyads

    def compute(store: Store) -> list[dict[str, Any]]:
        frame = dyads(relation_events(served), level=level, directed=directed, period=period,
                      min_events=min_events)
        order = [c for c in ("source", "target", "period") if c in frame.columns]
        return records(frame.sort_values(order, kind="stable"))

    return served.cached(("relations", level, directed, period, min_events), compute)


def dyad_points(served: ServedStore, period: str) -> pd.DataFrame:
    """Undirected country dyads per period, for picking one pair's points over time."""
    from ..analytics import dyads

    return served.cached(("dyad_points", period), lambda store: dyads(
        relation_events(served), directed=False, period=period))


def network(served: ServedStore, since: str | None = None, until: str | None = None,
            min_events: int = 1, level: str = "country",
            types: tuple[str, ...] = ()) -> dict[str, Any]:
    """Nodes (coalition, spring layout, degree, name) and signed edges of the relations in a
    period, between countries or (`level="actor"`) actors with their sectors, of the PLOVER
    `types` given (all when none)."""
    return served.cached(("network", since, until, min_events, level, types),
                         lambda store: signed_network(store, relation_events(served), since,
                                                      until, min_events, level, types))


def signed_network(store: Store, frame: pd.DataFrame, since: str | None, until: str | None,
                   min_events: int, level: str = "country",
                   types: tuple[str, ...] = ()) -> dict[str, Any]:
    import networkx as nx

    from ..analytics import coalitions, dyads, signed_graph

    if since:
        frame = frame[frame.date >= since]
    if until:
        frame = frame[frame.date <= until]
    if types:
        frame = frame[frame.plover.isin(types)]
    pairs = dyads(frame, level=level, directed=False, min_events=min_events)
    pairs = pairs[pairs.n_events >= min_events]
    graph = signed_graph(pairs)
    groups = coalitions(graph)
    layout = nx.spring_layout(graph, seed=7, weight=None) if graph.number_of_nodes() else {}
    dates = store.query("SELECT CAST(min(date) AS VARCHAR) AS first, "
                        "CAST(max(date) AS VARCHAR) AS last FROM events").iloc[0].to_dict()
    names = actor_names(store)
    return {
        "period": {"since": since, "until": until, "first": dates["first"], "last": dates["last"]},
        "nodes": [{"id": n, "name": names.get(n, n), "coalition": groups.get(n, 0),
                   "x": float(layout[n][0]), "y": float(layout[n][1]), "degree": graph.degree(n),
                   "events": int(pairs[(pairs.source == n) | (pairs.target == n)].n_events.sum())}
                  for n in graph.nodes],
        "edges": [{"source": a, "target": b, **dict(d)} for a, b, d in graph.edges(data=True)],
    }


def actor_names(store: Store) -> dict[str, str]:
    """Each actor code's most used name (for a person-less code, the most mentioned form)."""
    rows = store.query("SELECT code, name FROM actors WHERE person_id IS NULL "
                       "ORDER BY mentions DESC")
    names: dict[str, str] = {}
    for code, name in zip(rows.code, rows.name, strict=True):
        names.setdefault(code, name)
    return names


def actors(served: ServedStore, code: str | None = None,
           min_mentions: int = 1) -> list[dict[str, Any]]:
    """The actor registry, most mentioned first (an aggregate over every mention)."""
    return served.cached(("actors", code, min_mentions), lambda store: records(
        store.actors(code=code, min_mentions=min_mentions)))


def claims(served: ServedStore) -> list[dict[str, Any]]:
    """Every claim across documents with the actors for and against it."""
    return served.cached(("claims",), claim_groups)


def claim_groups(store: Store) -> list[dict[str, Any]]:
    """Claims as the API lists them: each side holds one entry per actor and stance, with
    the number of documents it was found in and its first evidence."""
    out = []
    for number, group in enumerate(store.claim_groups()):
        sides: dict[str, dict[tuple[str, str], dict[str, Any]]] = {"for": {}, "against": {}}
        for p in group.positions:
            side = sides["for" if p.stance in {"assert", "support"} else "against"]
            entry = side.setdefault((p.actor, p.stance), {
                "actor": p.actor, "actor_text": p.actor_text, "stance": p.stance,
                "doc_id": p.doc_id, "sentence": p.sentence, "documents": 0})
            entry["documents"] += 1
        out.append({"claim_no": number, "claim": group.text, "doc_ids": group.doc_ids,
                    "dispute": group.dispute, "for": list(sides["for"].values()),
                    "against": list(sides["against"].values())})
    return out


def warm(served: ServedStore) -> None:
    """Compute what the dashboard asks for first, so the first users do not wait for it."""
    relations(served)
    network(served)
    dyad_points(served, "month")
    actors(served)
    claims(served)
