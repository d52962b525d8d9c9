"""Exports into the tools event-data users already have: GDELT 2.0 event columns, PLOVER
records like POLECAT's, Parquet for every table, and GEXF or GraphML for Gephi.

GDELT columns (a documented subset, same names and conventions): GLOBALEVENTID, SQLDATE,
MonthYear, Year, Actor1Code, Actor1CountryCode, Actor1Type1Code, Actor2Code, Actor2CountryCode,
Actor2Type1Code, IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass,
GoldsteinScale, NumMentions, NumSources, NumArticles, SOURCEURL.
GEXF and GraphML edges carry ``sign`` (+1/-1) and ``weight`` = |coop - conflict|, since Gephi
breaks on negative weights.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pandas as pd

if TYPE_CHECKING:
    from ..store import Store

TABLES = ("documents", "sentences", "mentions", "events", "event_mentions", "quotes", "claims",
          "positions", "removed")


def gdelt_events(store: Store) -> pd.DataFrame:
    """The events as a GDELT 2.0 event table (one row per document-level event)."""
    frame = store.query(
        """
        SELECT l.link_id, e.*, d.url, d.outlet, l.num_mentions, l.num_sources, l.num_articles,
               row_number() OVER (PARTITION BY l.link_id ORDER BY e.date, e.doc_id) = 1 AS is_root
        FROM events e JOIN documents d USING (doc_id) JOIN event_links l USING (event_id)
        ORDER BY e.date NULLS LAST, e.doc_id, e.sent_index
        """
    )
    dates = pd.to_datetime(frame["date"])

    def sector(code: str) -> str:
        return "" if code[:3] in {"IGO", "NGO", "IMG"} else code[3:6]

    return pd.DataFrame({
        "GLOBALEVENTID": frame["event_id"],
        "SQLDATE": dates.dt.strftime("%Y%m%d"),
        "MonthYear": dates.dt.strftime("%Y%m"),
        "Year": dates.dt.year.astype("Int64"),
        "Actor1Code": frame["source_actor"],
        "Actor1CountryCode": frame["source_actor"].str[:3],
        "Actor1Type1Code": frame["source_actor"].map(sector),
        "Actor2Code": frame["target_actor"],
        "Actor2CountryCode": frame["target_actor"].str[:3],
        "Actor2Type1Code": frame["target_actor"].map(sector),
        "IsRootEvent": frame["is_root"].astype(int),
        "EventCode": frame["cameo"],
        "EventBaseCode": frame["cameo"].str[:3],
        "EventRootCode": frame["cameo"].str[:2],
        "QuadClass": frame["quad_class"],
        "GoldsteinScale": frame["goldstein"],
        "NumMentions": frame["num_mentions"],
        "NumSources": frame["num_sources"],
        "NumArticles": frame["num_articles"],
        "SOURCEURL": frame["url"],
    })


def plover_records(store: Store) -> list[dict[str, object]]:
    """Events as PLOVER JSON records, in the layout of POLECAT's (id, date, event_type,
    mode/context left empty, actors with their codes, evidence text)."""
    records = []
    for row in store.events().itertuples(index=False):
        records.append({
            "event_id": row.event_id,
            "event_date": row.date,
            "event_type": row.plover,
            "event_mode": "",
            "event_text": row.sentence,
            "cameo": row.cameo,
            "goldstein": row.goldstein,
            "quad_class": row.quad_class,
            "actor": {"code": row.source_actor, "country": row.source_actor[:3]},
            "recipient": {"code": row.target_actor, "country": row.target_actor[:3]},
            "story_id": row.doc_id,
            "publisher": row.outlet,
            "source_url": row.url,
            "mentions": row.mentions,
        })
    return records


def write_plover(store: Store, path: Path) -> int:
    """Write PLOVER records as JSON lines; returns how many."""
    records = plover_records(store)
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    return len(records)


def write_parquet(store: Store, folder: Path) -> list[Path]:
    """Every table of the store, one Parquet file each, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = folder / f"{table}.parquet"
        store.con.execute(f"COPY (SELECT * FROM {table}) TO '{path}' (FORMAT parquet)")
        written.append(path)
    return written


def for_gephi(graph: nx.Graph) -> nx.Graph:
    """A copy whose edge weights are |weight| (with the sign kept as an attribute)."""
    copy = nx.Graph()
    copy.add_nodes_from(graph.nodes(data=True))
    for a, b, data in graph.edges(data=True):
        attrs = {k: v for k, v in data.items() if v is not None}
        attrs["weight"] = abs(int(data.get("weight", 0)))
        attrs["frenemy"] = bool(data.get("frenemy", False))
        copy.add_edge(a, b, **attrs)
    return copy


def write_graph(graph: nx.Graph, path: Path) -> None:
    """GEXF (.gexf) or GraphML (.graphml), ready for Gephi."""
    gephi = for_gephi(graph)
    if path.suffix.lower() == ".gexf":
        nx.write_gexf(gephi, path)
    elif path.suffix.lower() == ".graphml":
        nx.write_graphml(gephi, path)
    else:
        raise ValueError(f"{path}: write .gexf or .graphml")
