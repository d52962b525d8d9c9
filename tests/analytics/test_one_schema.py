"""One event schema and one count for the same query, whichever face asks: the CLI, the REST
API and the Python API."""

import datetime as dt
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import frenemy
from frenemy.api import create_app
from frenemy.cli import app
from frenemy.records import EVENT_FIELDS

runner = CliRunner()
ARTICLES = {
    "2021-03-01_baltic.txt": "Lithuania expels Belarusian diplomats\n\nLithuania expelled two "
    "Belarusian diplomats on Monday. Minsk condemned the decision. Latvia backed Lithuania.",
    "2021-03-02_wire.txt": "Minsk condemns Vilnius\n\nBelarus condemned Lithuania on Tuesday "
    "after the expulsions. Poland backed Lithuania.",
}


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    db = folder / "store.duckdb"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return folder, db


@pytest.mark.parametrize("query", [{}, {"actor": "LTU"}, {"type": "ACCUSE"},
                                   {"since": "2021-03-02"}])
def test_same_query_same_count_in_cli_api_and_python(news, query):
    _, db = news
    with frenemy.open(db, read_only=True) as store:
        python = store.events(**query)
    flags = [part for k, v in query.items() for part in (f"--{k}", v)]
    cli = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", *flags])
    cli_rows = [json.loads(line) for line in cli.stdout.splitlines()]
    api = TestClient(create_app(db)).get("/api/events", params={**query, "limit": 1000}).json()
    assert len(python) == len(cli_rows) == api["total"] > 0
    assert list(python.event_id) == [r["event_id"] for r in cli_rows] == [
        r["event_id"] for r in api["items"]]


def test_relations_count_the_same_in_cli_api_and_python(news):
    _, db = news
    with frenemy.open(db, read_only=True) as store:
        python = store.relations(directed=False)
    cli = runner.invoke(app, ["relations", "--db", str(db), "--undirected", "--format", "jsonl"])
    cli_rows = [json.loads(line) for line in cli.stdout.splitlines()]
    api = TestClient(create_app(db)).get("/api/relations", params={"directed": False, "limit": 1000}).json()["items"]
    def counts(rows):
        return {(r["source"], r["target"]): r["n_events"] for r in rows}
    assert counts(python.to_dict("records")) == counts(cli_rows) == counts(api)


def test_every_face_uses_the_same_field_names(news):
    folder, db = news
    with frenemy.open(db, read_only=True) as store:
        python = store.events()
    assert tuple(python.columns) == EVENT_FIELDS
    cli = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    assert tuple(json.loads(cli.stdout.splitlines()[0])) == EVENT_FIELDS
    api = TestClient(create_app(db)).get("/api/events").json()["items"][0]
    assert set(api) - {"evidence"} == set(EVENT_FIELDS)
    code = runner.invoke(app, ["code", str(folder / "2021-03-01_baltic.txt")])
    line = json.loads(code.stdout.splitlines()[0])
    assert set(EVENT_FIELDS) <= set(line)
    assert {"doc_id", "sentence", "source", "target", "plover", "cameo"} <= set(line)
    assert (line["source"], line["start"]) == (line["source_actor"], line["start_char"])


def test_code_output_groups_into_the_stored_events_by_event_id(news):
    folder, db = news
    code = runner.invoke(app, ["code", str(folder)])
    lines = [json.loads(line) for line in code.stdout.splitlines()]
    with frenemy.open(db, read_only=True) as store:
        stored = store.events()
    assert {r["event_id"] for r in lines} == set(stored.event_id)
    mentions = dict(zip(stored.event_id, stored.mentions, strict=True))
    for event_id, count in mentions.items():
        assert sum(r["event_id"] == event_id for r in lines) == count


def test_python_api_gives_dates_as_dates(news):
    _, db = news
    with frenemy.open(db, read_only=True) as store:
        assert all(isinstance(d, dt.date) for d in store.events().date)
    coded = frenemy.code("Lithuania expelled two Belarusian diplomats.", date="2021-03-01")
    assert coded.events and coded.events[0].date == dt.date(2021, 3, 1)


def test_section_offsets_point_into_the_title_or_the_body(news):
    _, db = news
    with frenemy.open(db, read_only=True) as store:
        events = store.events()
        docs = store.query("SELECT doc_id, title, text, full_text FROM documents")
    texts = {r.doc_id: r for r in docs.itertuples(index=False)}
    assert set(events.section) == {"title", "text"}
    for e in events.itertuples(index=False):
        doc = texts[e.doc_id]
        part = doc.title if e.section == "title" else doc.text
        assert part[e.section_start:e.section_end] == doc.full_text[e.start_char:e.end_char]


def test_event_record_matches_the_store(news):
    coded = frenemy.code(ARTICLES["2021-03-01_baltic.txt"].split("\n\n", 1)[1],
                         title="Lithuania expels Belarusian diplomats", date="2021-03-01")
    record = frenemy.event_record(coded.events[0], coded.document, coded.sentences)
    assert tuple(record) == EVENT_FIELDS
    assert record["section"] == "title" and record["date"] == dt.date(2021, 3, 1)
