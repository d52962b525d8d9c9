"""The exports open unchanged in the tools users know: GDELT 2.0 files read with GDELT's own
column list, PLOVER records that validate against docs/plover.schema.json, Gephi graphs
whose frenemy pairs keep their weight, and dynamic GEXF with time slices."""

import datetime as dt
import json
from pathlib import Path

import jsonschema
import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

import frenemy
from frenemy.analytics import dyads, export, signed_graph
from frenemy.cli import app
from frenemy.events.lexicon import PLOVER_TYPES
from frenemy.records import Document, Sentence
from frenemy.store import rows_of

runner = CliRunner()
DOCS = Path(__file__).parents[2] / "docs"

# GDELT 2.0 event table as published in its codebook (independent of export.GDELT_COLUMNS)
GDELT_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in GDELT_ACTOR] + [f"Actor2{c}" for c in GDELT_ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{w}Geo_{c}" for w in ("Actor1", "Actor2", "Action") for c in GDELT_GEO]
    + ["DATEADDED", "SOURCEURL"]
)
GDELT_DTYPES = {
    **{c: "int64" for c in ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent",
                            "QuadClass", "NumMentions", "NumSources", "NumArticles",
                            "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED"]},
    **{c: "float64" for c in ["FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat",
                              "Actor1Geo_Long", "Actor2Geo_Lat", "Actor2Geo_Long",
                              "ActionGeo_Lat", "ActionGeo_Long"]},
}
GDELT_DTYPES.update({c: "string" for c in GDELT_COLUMNS if c not in GDELT_DTYPES})


def coded(doc_id, date, events, *, title="", outlet=None, url=None):
    """A hand-built Coded document: events are (source, target, plover, cameo, goldstein,
    quad_class, sentence)."""
    sentences = tuple(Sentence(doc_id, i, 0, len(e[6]), e[6]) for i, e in enumerate(events))
    text = " ".join(e[6] for e in events)
    document = Document(doc_id, title, text, date, url, outlet)
    records = tuple(
        frenemy.Event(doc_id, i, e[6], 0, 5, e[0], e[1], e[0], e[1], "said", e[2], e[3], e[4],
                      e[5], 1.0, date)
        for i, e in enumerate(events))
    return frenemy.Coded(document, sentences, (), records)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store with known answers: a wire story in two outlets (one linked event), a
    0-leading CAMEO code, a UN actor, a frenemy pair RUS-USA (as much coop as conflict) and
    one undated document."""
    path = tmp_path_factory.mktemp("formats") / "f.duckdb"
    batch = [
        coded("wire-a", "2021-04-15", [
            ("RUSGOV", "USAGOV", "ACCUSE", "112", -2.0, 3, "Russia accused Washington."),
            ("RUS", "USA", "CONSULT", "040", 1.0, 1, "Russia and the US held talks."),
            ("IGOUNO", "IRN", "REQUEST", "020", 3.0, 1, "The UN appealed to Iran."),
        ], title="Moscow accuses Washington", outlet="Wire A", url="https://a.example/1"),
        coded("wire-b", "2021-04-16", [
            ("RUSGOV", "USAGOV", "ACCUSE", "112", -2.0, 3, "Russian officials accused the US."),
            ("CHN", "USA", "THREATEN", "138", -7.0, 3, "China threatened the US."),
        ], outlet="Wire B"),
        coded("undated", None, [("FRA", "DEU", "CONSULT", "040", 1.0, 1, "France met Germany.")]),
    ]
    with frenemy.open(path, create=True) as s:
        s.write_rows({t: pd.DataFrame(r) for t, r in rows_of(
            (c, None, None) for c in batch).items()})
    return path


def test_gdelt_export_reads_back_with_gdelt_columns_and_dtypes(store, tmp_path):
    out = tmp_path / "events.CSV"
    result = runner.invoke(app, ["export", "gdelt", "--db", str(store), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "Left out: 1 undated" in result.stderr
    frame = pd.read_csv(out, sep="\t", names=GDELT_COLUMNS, dtype=GDELT_DTYPES)
    assert len(frame.columns) == 61 and len(frame) == 4  # the wire story counts once
    assert set(frame.EventCode) == {"112", "040", "020", "138"}
    assert set(frame.EventRootCode) == {"11", "04", "02", "13"}
    assert frame.GLOBALEVENTID.is_unique
    accuse = frame[frame.EventCode == "112"].iloc[0]
    assert (accuse.NumArticles, accuse.NumSources, accuse.NumMentions) == (2, 2, 2)
    assert (accuse.Actor1Code, accuse.Actor1CountryCode, accuse.Actor1Type1Code) == (
        "RUSGOV", "RUS", "GOV")
    assert (accuse.SQLDATE, accuse.MonthYear, accuse.Year) == (20210415, 202104, 2021)
    assert accuse.SOURCEURL == "https://a.example/1" and accuse.IsRootEvent == 1
    un = frame[frame.EventCode == "020"].iloc[0]
    assert pd.isna(un.Actor1CountryCode) and un.Actor1KnownGroupCode == "UNO"
    assert un.Actor1Type1Code == "IGO" and un.Actor2CountryCode == "IRN"
    assert str(un.DATEADDED).startswith(str(dt.date.today().year)[:2])


def test_gdelt_export_ids_are_stable_and_header_is_optional(store, tmp_path):
    with frenemy.open(store, read_only=True) as s:
        first, second = export.gdelt_events(s), export.gdelt_events(s)
        export.write_gdelt(s, tmp_path / "h.tsv", header=True)
    assert first.GLOBALEVENTID.tolist() == second.GLOBALEVENTID.tolist()
    assert first.GLOBALEVENTID.dtype == "int64"
    assert (tmp_path / "h.tsv").read_text().split("\n")[0].split("\t") == GDELT_COLUMNS
    assert tuple(GDELT_COLUMNS) == export.GDELT_COLUMNS


def test_gdelt_source_url_falls_back_to_the_frenemy_document(store):
    with frenemy.open(store, read_only=True) as s:
        frame = export.gdelt_events(s)
    urls = dict(zip(frame.EventCode, frame.SOURCEURL, strict=True))
    assert urls["112"] == "https://a.example/1"  # the first report's url
    assert urls["138"] == "frenemy:wire-b"  # no url: the document it came from


@pytest.mark.parametrize("code, parts", [
    ("RUSGOV", ("RUS", "", ["GOV"])), ("IGOUNO", ("", "UNO", ["IGO"])),
    ("NGOAMN", ("", "AMN", ["NGO"])), ("IMGREB", ("", "", ["IMG", "REB"])),
    ("USAGOVMIL", ("USA", "", ["GOV", "MIL"])), ("IRN", ("IRN", "", [])),
])
def test_gdelt_actor_codes_split_as_gdelt_does(code, parts):
    assert export.split_actor(code) == parts


def test_plover_export_validates_against_the_schema(store, tmp_path):
    schema = json.loads((DOCS / "plover.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    out = tmp_path / "plover.jsonl"
    result = runner.invoke(app, ["export", "plover", "--db", str(store), "--output", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 5  # one per document-level event; the undated one left out
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for record in records:
        validator.validate(record)
    un = next(r for r in records if r["event"] == ["REQUEST"])
    assert un["source"][0]["code"] == "IGOUNO" and un["recipient"][0]["code"] == "IRN"
    assert un["quad_code"] == 1 and un["event_scale"] == 3.0 and un["date"] == "2021-04-15"
    links = {r["link"] for r in records if r["event"] == ["ACCUSE"]}
    assert len(links) == 1  # the two wire reports share one link


def test_plover_schema_knows_every_plover_type_frenemy_codes():
    schema = json.loads((DOCS / "plover.schema.json").read_text())
    assert set(schema["$defs"]["event_type"]["enum"]) == set(PLOVER_TYPES)
    bad = {"id": "x", "date": "2021-01-01", "source": [{"code": "RUS"}], "event": ["CONDEMN"]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_frenemy_pair_keeps_a_non_zero_weight_in_gexf(tmp_path):
    events = pd.DataFrame(
        [("2020-01-05", "RUS", "USA", 1, 3.0), ("2020-01-06", "USA", "RUS", 4, -9.0),
         ("2020-02-01", "DEU", "USA", 1, 3.0)],
        columns=["date", "source_actor", "target_actor", "quad_class", "goldstein"])
    graph = signed_graph(dyads(events, directed=False))
    assert graph["RUS"]["USA"]["weight"] == 0  # coop - conflict in the analytics graph
    path = tmp_path / "g.gexf"
    export.write_graph(graph, path, {"RUS": 1, "USA": 0, "DEU": 0})
    back = nx.read_gexf(path)
    edge = back["RUS"]["USA"]
    assert edge["weight"] == 2 and (edge["coop"], edge["conflict"]) == (1, 1)
    assert edge["frenemy_index"] == 0.5 and edge["net"] == 0 and edge["frenemy"] is True
    assert back.nodes["RUS"]["coalition"] == 1 and back.nodes["RUS"]["country"] == "RUS"
    assert back.nodes["DEU"]["kind"] == "state"
    graphml = tmp_path / "g.graphml"
    export.write_graph(graph, graphml)
    assert nx.read_graphml(graphml)["RUS"]["USA"]["weight"] == 2


def test_dynamic_gexf_has_a_time_slice_per_period(tmp_path):
    events = pd.DataFrame(
        [("2020-01-05", "RUS", "USA", 1, 3.0), ("2020-03-06", "USA", "RUS", 4, -9.0),
         ("2020-03-07", "USA", "RUS", 4, -9.0)],
        columns=["date", "source_actor", "target_actor", "quad_class", "goldstein"])
    graph = export.dynamic_graph(dyads(events, directed=False, period="month"), period="month")
    path = tmp_path / "dyn.gexf"
    export.write_graph(graph, path)
    text = path.read_text()
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert '<spell start="2020-01-01" end="2020-01-31" />' in text
    assert '<spell start="2020-03-01" end="2020-03-31" />' in text
    back = nx.read_gexf(path)
    assert back["RUS"]["USA"]["weight"] == 3
    assert sorted(back["RUS"]["USA"]["n_events"]) == [(1, "2020-01-01", "2020-01-31"),
                                                     (2, "2020-03-01", "2020-03-31")]
    with pytest.raises(ValueError, match="only be written as .gexf"):
        export.write_graph(graph, tmp_path / "dyn.graphml")


@pytest.mark.parametrize("label, period, bounds", [
    ("2020-02", "month", ("2020-02-01", "2020-02-29")),
    ("2021", "year", ("2021-01-01", "2021-12-31")),
    ("2020-01-06/2020-01-12", "week", ("2020-01-06", "2020-01-12")),
    ("2020-01-06", "day", ("2020-01-06", "2020-01-06")),
])
def test_period_bounds(label, period, bounds):
    assert export.period_bounds(label, period) == bounds


def test_cli_exports_a_dynamic_gexf(store, tmp_path):
    out = tmp_path / "d.gexf"
    result = runner.invoke(app, ["export", "gexf", "--period", "month", "--db", str(store),
                                 "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert 'mode="dynamic"' in out.read_text()
