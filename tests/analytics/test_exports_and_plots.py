import json

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

import frenemy
from frenemy.analytics import export, signed_graph
from frenemy.cli import app
from frenemy.demo import corpus_path
from frenemy.ingest import read_paths
from frenemy.pipeline import ingest

runner = CliRunner()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with frenemy.open(db, create=True) as store:
        ingest(list(read_paths([corpus_path()])), store)
    return db


def test_relations_cli_writes_the_contract_fields(demo_db):
    result = runner.invoke(app, ["relations", "--db", str(demo_db), "--undirected", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {"source", "target", "n_events", "coop", "conflict", "goldstein_mean",
                     "frenemy_index", "label"} <= set(rows[0])
    assert all(r["source"] < r["target"] for r in rows)
    assert {r["label"] for r in rows} <= {"cooperative", "conflictual", "mixed", "neutral"}


def test_gexf_export_of_the_demo_store_has_the_same_edges_and_signs(demo_db, tmp_path):
    path = tmp_path / "demo.gexf"
    result = runner.invoke(app, ["export", "gexf", "--output", str(path), "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    with frenemy.open(demo_db, read_only=True) as store:
        graph = signed_graph(store.relations(directed=False))
    back = nx.read_gexf(path)
    def edges(g):
        return {(tuple(sorted((a, b))), int(d["sign"])) for a, b, d in g.edges(data=True)}
    assert edges(back) == edges(graph) and len(edges(graph)) > 5


def test_gdelt_and_plover_exports(demo_db, tmp_path):
    with frenemy.open(demo_db, read_only=True) as store:
        gdelt = export.gdelt_events(store)
        links = store.query("SELECT count(DISTINCT link_id) AS n FROM event_links "
                            "WHERE date IS NOT NULL").n.iloc[0]
    assert len(gdelt) == links  # one row per linked event, as relations count them
    assert tuple(gdelt.columns) == export.GDELT_COLUMNS
    assert gdelt.EventRootCode.str.len().eq(2).all()
    assert set(gdelt.QuadClass) <= {1, 2, 3, 4}
    assert gdelt.NumSources.ge(1).all() and gdelt.NumArticles.ge(1).all()
    out = tmp_path / "plover.jsonl"
    runner.invoke(app, ["export", "plover", "--output", str(out), "--db", str(demo_db)])
    record = json.loads(out.read_text().splitlines()[0])
    assert record["event"] and record["source"][0]["code"] and record["event_text"]


def test_parquet_export_writes_every_table(demo_db, tmp_path):
    folder = tmp_path / "tables"
    runner.invoke(app, ["export", "parquet", "--output", str(folder), "--db", str(demo_db)])
    assert {p.stem for p in folder.glob("*.parquet")} >= {"documents", "events", "quotes", "claims"}
    assert len(pd.read_parquet(folder / "events.parquet")) > 0


def test_plots_write_images(demo_db, tmp_path):
    png, svg = tmp_path / "net.png", tmp_path / "tl.svg"
    assert runner.invoke(app, ["plot", "network", "--output", str(png), "--db", str(demo_db)]).exit_code == 0
    assert runner.invoke(app, ["plot", "timeline", "USA", "RUS", "--output", str(svg),
                               "--db", str(demo_db)]).exit_code == 0
    assert png.read_bytes()[:4] == b"\x89PNG" and svg.read_text().lstrip().startswith("<?xml")


def test_alignment_cli_prints_coalitions_and_balance(demo_db):
    result = runner.invoke(app, ["alignment", "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    assert "Coalitions" in result.stdout and "Structural balance" in result.stdout


def test_python_api_returns_dataframes(demo_db):
    with frenemy.open(demo_db, read_only=True) as store:
        for frame in (store.events(), store.actors(), store.relations(), store.quotes(), store.claims()):
            assert isinstance(frame, pd.DataFrame)
        assert len(store.quotes()) > 0 and len(store.actors()) > 0
