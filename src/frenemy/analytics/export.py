"""Exports into the tools event-data users already have: GDELT 2.0 event files, PLOVER JSON
lines, Parquet for every table, and GEXF or GraphML for Gephi. docs/FORMATS.md describes every
field and where its value comes from.

- GDELT: the 61 columns of GDELT 2.0's event table, in its order, tab-separated, without a
  header (as GDELT's own files), one row per event after frenemy's cross-document
  de-duplication (the ``event_links`` view), with its NumMentions, NumSources and NumArticles.
- PLOVER: one JSON object per stored event, with the field names of the PLOVER
  specification's JSON chapter (``id``, ``date``, ``event``, ``mode``, ``context``,
  ``source``, ``recipient``, ``quad_code``, ``event_scale``, ...); ``docs/plover.schema.json``
  is its JSON Schema.
- Graphs: edges carry ``coop``, ``conflict`` and ``frenemy_index`` separately and ``weight`` =
  the number of events (never a difference, so a frenemy pair keeps its weight); nodes carry
  ``country``, ``sector`` and ``coalition``. ``dynamic_graph`` adds a time slice per period.
"""

from __future__ import annotations

import calendar
import csv
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from .. import __version__
from ..records import country_level

if TYPE_CHECKING:
    from ..store import Store

TABLES = ("documents", "sentences", "mentions", "events", "event_mentions", "quotes", "claims",
          "positions", "removed")
NON_STATE = ("IGO", "NGO", "IMG")  # CAMEO prefixes that stand where a country would

# GDELT 2.0 event table: name and type of each column, in the order of GDELT's files.
_ACTOR = [("Code", "str"), ("Name", "str"), ("CountryCode", "str"), ("KnownGroupCode", "str"),
          ("EthnicCode", "str"), ("Religion1Code", "str"), ("Religion2Code", "str"),
          ("Type1Code", "str"), ("Type2Code", "str"), ("Type3Code", "str")]
_GEO = [("Type", "int"), ("FullName", "str"), ("CountryCode", "str"), ("ADM1Code", "str"),
        ("ADM2Code", "str"), ("Lat", "float"), ("Long", "float"), ("FeatureID", "str")]
GDELT_TYPES: dict[str, str] = dict(
    [("GLOBALEVENTID", "int"), ("SQLDATE", "int"), ("MonthYear", "int"), ("Year", "int"),
     ("FractionDate", "float")]
    + [(f"Actor1{name}", kind) for name, kind in _ACTOR]
    + [(f"Actor2{name}", kind) for name, kind in _ACTOR]
    + [("IsRootEvent", "int"), ("EventCode", "str"), ("EventBaseCode", "str"),
       ("EventRootCode", "str"), ("QuadClass", "int"), ("GoldsteinScale", "float"),
       ("NumMentions", "int"), ("NumSources", "int"), ("NumArticles", "int"),
       ("AvgTone", "float")]
    + [(f"{who}Geo_{name}", kind) for who in ("Actor1", "Actor2", "Action") for name, kind in _GEO]
    + [("DATEADDED", "int"), ("SOURCEURL", "str")]
)
GDELT_COLUMNS = tuple(GDELT_TYPES)
# dtypes for pandas.read_csv(path, sep="\t", names=GDELT_COLUMNS, dtype=GDELT_DTYPES)
GDELT_DTYPES = {c: {"int": "Int64", "float": "float64", "str": "string"}[k]
                for c, k in GDELT_TYPES.items()}


# --- GDELT -----------------------------------------------------------------------------------
def gdelt_events(store: Store) -> pd.DataFrame:
    """The store's events as GDELT 2.0 event rows: one per linked event (the same actors and
    type reported within two days count once), dated events only, in GDELT's column order."""
    frame = _linked_events(store)
    dates = pd.to_datetime(frame["date"])
    columns: dict[str, Any] = {
        "GLOBALEVENTID": frame["link_id"].map(global_event_id),
        "SQLDATE": dates.dt.strftime("%Y%m%d").astype(int),
        "MonthYear": dates.dt.strftime("%Y%m").astype(int),
        "Year": dates.dt.year.astype(int),
        "FractionDate": [fraction_date(d) for d in dates],
    }
    for number, code, text in ((1, "source_actor", "source_text"),
                               (2, "target_actor", "target_text")):
        for name, values in gdelt_actor(frame[code], frame[text]).items():
            columns[f"Actor{number}{name}"] = values
    columns.update({
        "IsRootEvent": frame["is_root"].astype(int),
        "EventCode": frame["cameo"],
        "EventBaseCode": frame["cameo"].str[:3],
        "EventRootCode": frame["cameo"].str[:2],
        "QuadClass": frame["quad_class"].astype(int),
        "GoldsteinScale": frame["goldstein"].astype(float),
        "NumMentions": frame["num_mentions"].astype(int),
        "NumSources": frame["num_sources"].astype(int),
        "NumArticles": frame["num_articles"].astype(int),
        "AvgTone": avg_tone(frame),
    })
    for who in ("Actor1", "Actor2", "Action"):
        columns.update(geo_columns(frame, who))
    columns["DATEADDED"] = pd.to_datetime(frame["added"]).dt.strftime("%Y%m%d%H%M%S").astype(int)
    columns["SOURCEURL"] = [url if isinstance(url, str) and url else f"frenemy:{doc}"
                            for url, doc in zip(frame["url"], frame["doc_id"], strict=True)]
    return pd.DataFrame(columns, index=frame.index)[list(GDELT_COLUMNS)].reset_index(drop=True)


def _linked_events(store: Store) -> pd.DataFrame:
    """One row per linked event: its first report's record (date, actors, codes, evidence,
    url) with the link's counts. NumSources counts outlets; a document with no outlet is
    its own source."""
    return store.query(
        """
        WITH reports AS (
            SELECT l.link_id, l.num_mentions, l.num_articles, e.*, d.url, d.title,
                   coalesce(d.outlet, d.doc_id) AS source_name, d.ingested_at,
                   row_number() OVER (PARTITION BY l.link_id ORDER BY e.date, e.doc_id) AS nth
            FROM events e JOIN documents d USING (doc_id) JOIN event_links l USING (event_id)
            WHERE e.date IS NOT NULL
        )
        SELECT r.*, s.num_sources, s.added,
               r.sent_index <= CASE WHEN coalesce(r.title, '') = '' THEN 0 ELSE 1 END AS is_root
        FROM reports r JOIN (
            SELECT link_id, count(DISTINCT source_name) AS num_sources,
                   min(ingested_at) AS added FROM reports GROUP BY link_id
        ) s USING (link_id)
        WHERE r.nth = 1
        ORDER BY r.date, r.doc_id, r.sent_index, r.link_id
        """
    )


def global_event_id(link_id: str) -> int:
    """A stable integer id from frenemy's hexadecimal event link id (60 bits, so it fits
    GDELT's and pandas' signed 64-bit integers)."""
    return int(link_id[:15], 16)


def fraction_date(day: pd.Timestamp) -> float:
    """GDELT's FractionDate: YYYY + (MONTH * 30 + DAY) / 365, to four places."""
    return round(day.year + (day.month * 30 + day.day) / 365, 4)


def gdelt_actor(codes: pd.Series, texts: pd.Series) -> dict[str, list[str]]:
    """GDELT's actor columns from frenemy codes: the country (or, for IGOs and NGOs, the
    organisation in KnownGroupCode and IGO/NGO as Type1Code), then the 3-letter type codes;
    the name is the actor as the first report wrote it, in GDELT's upper case."""
    parts = [split_actor(code) for code in codes]
    return {
        "Code": list(codes),
        "Name": [clean_field(t).upper() if isinstance(t, str) else "" for t in texts],
        "CountryCode": [p[0] for p in parts],
        "KnownGroupCode": [p[1] for p in parts],
        "EthnicCode": [""] * len(parts),
        "Religion1Code": [""] * len(parts),
        "Religion2Code": [""] * len(parts),
        "Type1Code": [p[2][0] if p[2] else "" for p in parts],
        "Type2Code": [p[2][1] if len(p[2]) > 1 else "" for p in parts],
        "Type3Code": [p[2][2] if len(p[2]) > 2 else "" for p in parts],
    }


def split_actor(code: str) -> tuple[str, str, list[str]]:
    """(country, known group, type codes) of a CAMEO-style actor code.

    >>> split_actor("RUSGOV"), split_actor("IGOUNO")
    (('RUS', '', ['GOV']), ('', 'UNO', ['IGO']))
    """
    chunks = [code[i:i + 3] for i in range(3, len(code), 3)]
    if code[:3] in ("IGO", "NGO"):
        return "", chunks[0] if chunks else "", [code[:3], *chunks[1:]][:3]
    if code[:3] == "IMG":  # an international militarised group has no country
        return "", "", [code[:3], *chunks][:3]
    return code[:3], "", chunks[:3]


def avg_tone(frame: pd.DataFrame) -> pd.Series:
    """AvgTone: the `tone` column of the events table, the tone of the event's first report
    (frenemy.tone, GDELT's -100..100 scale); empty, not a fake 0, for a document without one."""
    if "tone" in frame:
        return frame["tone"].astype(float)
    return pd.Series([float("nan")] * len(frame), index=frame.index)


def geo_columns(frame: pd.DataFrame, who: str) -> dict[str, Any]:
    """The eight {who}Geo_* columns, each from the events table's column named like it in
    snake case (`action_geo_lat`, `action_geo_full_name`, ... as frenemy.locations fills them).
    A missing column or value is Geo_Type 0 (no location, as GDELT writes it) and empty."""
    out: dict[str, Any] = {}
    for name, kind in _GEO:
        column = f"{_snake(who)}_geo_{_snake(name)}"
        if column not in frame:
            empty = 0 if kind == "int" else float("nan") if kind == "float" else ""
            out[f"{who}Geo_{name}"] = [empty] * len(frame)
        elif kind == "int":
            out[f"{who}Geo_{name}"] = pd.to_numeric(frame[column]).fillna(0).astype(int)
        elif kind == "float":
            out[f"{who}Geo_{name}"] = pd.to_numeric(frame[column]).astype(float)
        else:
            out[f"{who}Geo_{name}"] = frame[column].astype(object).where(frame[column].notna(), "")
    return out


def _snake(name: str) -> str:
    """ADM1Code -> adm1_code, FullName -> full_name, Actor1 -> actor1."""
    out = ""
    for i, char in enumerate(name):
        if char.isupper() and i and not name[i - 1].isupper():
            out += "_"
        out += char.lower()
    return out


def clean_field(text: str) -> str:
    """A value that cannot break a tab-separated, unquoted line."""
    return " ".join(text.replace('"', "'").split())


def write_gdelt(store: Store, path: Path, *, header: bool = False) -> int:
    """Write the GDELT 2.0 event rows to `path`: tab-separated without a header, as GDELT's
    files (`header=True` adds the column names), or Parquet for a .parquet path."""
    frame = gdelt_events(store)
    if path.suffix.lower() == ".parquet":
        frame.astype(GDELT_DTYPES).to_parquet(path, index=False)
        return len(frame)
    text = frame.copy()
    for column, kind in GDELT_TYPES.items():
        if kind == "str":
            text[column] = text[column].fillna("").astype(str).map(clean_field)
    text.to_csv(path, sep="\t", header=header, index=False, na_rep="",
                quoting=csv.QUOTE_NONE, lineterminator="\n")
    return len(frame)


# --- PLOVER ----------------------------------------------------------------------------------
def plover_records(store: Store) -> list[dict[str, object]]:
    """Stored events (one per document, source, target and type) as PLOVER JSON records;
    undated events are left out, since PLOVER requires a date."""
    links = dict(store.query("SELECT event_id, link_id FROM event_links").itertuples(index=False))
    titles = dict(store.query("SELECT doc_id, title FROM documents").itertuples(index=False))
    frame = store.events()
    return [plover_record(row, links.get(row["event_id"]), titles.get(row["doc_id"]))
            for row in frame.to_dict("records") if row["date"] is not None]


def plover_record(row: dict[str, Any], link: str | None, title: str | None) -> dict[str, object]:
    """One event in the shared schema as a PLOVER record (field names of the PLOVER
    specification's JSON chapter; frenemy's own additions after `comment`)."""
    mode, context = plover_mode_context(row["cameo"])
    row = {k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()}  # NaN
    return {
        "id": row["event_id"],
        "has_event": True,
        "date": row["date"].isoformat(),
        "source": [plover_actor(row["source_actor"], row["source_text"])],
        "recipient": [plover_actor(row["target_actor"], row["target_text"])],
        "event": [row["plover"]],
        "event_text": [row["sentence"]],
        "quad_code": int(row["quad_class"]),
        "event_scale": float(row["goldstein"]),
        "mode": mode,
        "context": context,
        "link": link,
        "text_info": {"sequence": int(row["sent_index"]), "start": int(row["start_char"]),
                      "end": int(row["end_char"]), "section": row["section"],
                      "section_start": int(row["section_start"]),
                      "section_end": int(row["section_end"])},
        "cite_info": {"corpus": "frenemy", "citation": f"frenemy:{row['doc_id']}",
                      "url": row["url"], "title": title, "publication": row["outlet"],
                      "coder": f"frenemy {__version__}",
                      "codebook": "PLOVER Draft 0.8 via CAMEO (frenemy docs/EVENTS.md)"},
        "coder": f"frenemy {__version__}",
        "doc_id": row["doc_id"],
        "cameo": row["cameo"],
        "mentions": int(row["mentions"]),
        "confidence": float(row["confidence"]),
        "predicate": row["predicate"],
    }


def plover_actor(code: str, text: str | None) -> dict[str, object]:
    """A PLOVER actor object: `code` the country (or organisation), `sector` the rest of the
    code, `actor_text` the words; `cameo_code` keeps frenemy's full code."""
    country = country_level(code)
    return {"code": country, "sector": code[len(country):], "actor_text": text or "",
            "cameo_code": code}


def plover_mode_context(cameo: str) -> tuple[str | None, list[str]]:
    """PLOVER `mode` and `context` for a CAMEO code. Hook: frenemy's CAMEO table has no mode
    or context columns yet, so this gives (None, []) until it does; then they are read from
    it (`CameoCode.mode`, `CameoCode.context`, contexts separated by ';')."""
    from ..events.lexicon import default_lexicon

    try:
        entry = default_lexicon().code(cameo)
    except KeyError:
        return None, []
    mode = getattr(entry, "mode", "") or None
    context = [c for c in str(getattr(entry, "context", "") or "").split(";") if c]
    return mode, context


def write_plover(store: Store, path: Path) -> int:
    """Write PLOVER records as JSON lines; returns how many."""
    records = plover_records(store)
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


# --- Parquet ---------------------------------------------------------------------------------
def write_parquet(store: Store, folder: Path) -> list[Path]:
    """Every table of the store, one Parquet file each, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = folder / f"{table}.parquet"
        store.con.execute(f"COPY (SELECT * FROM {table}) TO '{path}' (FORMAT parquet)")
        written.append(path)
    return written


# --- Gephi -----------------------------------------------------------------------------------
EDGE_COUNTS = ("n_events", "coop", "conflict", "verbal_coop", "material_coop",
               "verbal_conflict", "material_conflict")
EDGE_MEASURES = ("goldstein_mean", "balance", "frenemy_index")


def for_gephi(graph: nx.Graph, coalition: dict[str, int] | None = None) -> nx.Graph:
    """A copy of a signed graph ready for Gephi: edge `weight` = number of events, `net` =
    coop - conflict, `sign` kept; nodes get `country`, `sector`, `kind` and `coalition`."""
    copy = nx.Graph()
    for node in graph.nodes:
        copy.add_node(node, **node_attributes(node, (coalition or {}).get(node)))
    for a, b, data in graph.edges(data=True):
        attrs = {k: v for k, v in data.items() if v is not None}
        attrs["net"] = int(data.get("coop", 0)) - int(data.get("conflict", 0))
        attrs["weight"] = int(data.get("n_events", 0)) or int(data.get("coop", 0)) + int(
            data.get("conflict", 0))
        attrs["frenemy"] = bool(data.get("frenemy", False))
        copy.add_edge(a, b, **attrs)
    return copy


def node_attributes(code: str, coalition: int | None) -> dict[str, object]:
    """country (IGOs keep their own code), sector, kind (state, igo, ngo, group) and the
    coalition number from signed community detection (-1 when not computed)."""
    country = country_level(code)
    kind = {"IGO": "igo", "NGO": "ngo", "IMG": "group"}.get(code[:3], "state")
    return {"label": code, "country": country, "sector": code[len(country):], "kind": kind,
            "coalition": -1 if coalition is None else int(coalition)}


def dynamic_graph(over_time: pd.DataFrame, coalition: dict[str, int] | None = None,
                  *, period: str = "month") -> nx.Graph:
    """A dynamic graph from `dyads(..., directed=False, period=...)`: each edge lives in the
    periods in which the pair interacts (`spells`), and its weight, coop, conflict and
    frenemy index are given per period (`n_events` is the per-period weight), so Gephi's
    timeline can play it."""
    graph = nx.Graph(mode="dynamic", timeformat="date")
    dated = over_time.period.map(lambda p: isinstance(p, str) and p not in {"", "NaT"})
    slices = over_time[dated & (over_time.source != over_time.target)]
    for (a, b), rows in slices.groupby(["source", "target"]):
        spells = [period_bounds(p, period) for p in rows["period"]]
        values: dict[str, list[tuple[object, str, str]]] = {k: [] for k in (
            "n_events", "coop", "conflict", "frenemy_index", "balance")}
        for row, (start, end) in zip(rows.itertuples(index=False), spells, strict=True):
            values["n_events"].append((int(row.n_events), start, end))
            values["coop"].append((int(row.coop), start, end))
            values["conflict"].append((int(row.conflict), start, end))
            values["frenemy_index"].append((float(row.frenemy_index), start, end))
            values["balance"].append((float(row.balance), start, end))
        for node in (a, b):
            if node not in graph:
                graph.add_node(node, **node_attributes(node, (coalition or {}).get(node)),
                               spells=[])
            graph.nodes[node]["spells"] = _merge(graph.nodes[node]["spells"] + spells)
        # GEXF has no per-period weight: the weight is the pair's events over all periods,
        # and n_events gives the count in each period
        graph.add_edge(a, b, spells=spells, weight=int(rows["n_events"].sum()), **values)
    return graph


def period_bounds(label: str, period: str) -> tuple[str, str]:
    """First and last day of a period label from `dyads` (2020-01-06/2020-01-12 for a week,
    2020-01 for a month, 2020 for a year, 2020-01-06 for a day), as ISO dates."""
    if period == "week":
        start, end = label.split("/")
        return start, end
    if period == "year":
        return f"{label}-01-01", f"{label}-12-31"
    if period == "month":
        year, month = map(int, label.split("-"))
        return f"{label}-01", date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    return label, label


def _merge(spells: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(set(spells))


def write_graph(graph: nx.Graph, path: Path, coalition: dict[str, int] | None = None) -> None:
    """GEXF (.gexf) or GraphML (.graphml), ready for Gephi. A graph from `dynamic_graph` is
    written as a dynamic GEXF (it has no GraphML form)."""
    dynamic = graph.graph.get("mode") == "dynamic"
    suffix = path.suffix.lower()
    if suffix not in {".gexf", ".graphml"}:
        raise ValueError(f"{path}: write .gexf or .graphml")
    if dynamic and suffix != ".gexf":
        raise ValueError(f"{path}: a graph with time slices can only be written as .gexf")
    ready = graph if dynamic else for_gephi(graph, coalition)
    if suffix == ".gexf":
        nx.write_gexf(ready, path)
    else:
        nx.write_graphml(ready, path)
