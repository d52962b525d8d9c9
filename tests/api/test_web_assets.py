"""The endpoints the dashboard of issue 18 added: the CSV export of a whole filter, the
network's level and type filters, and the API docs and graph library served locally; each
also under concurrent clients against a live server."""

import csv
import io
from concurrent.futures import ThreadPoolExecutor

import httpx2 as httpx
import pytest
from fastapi.testclient import TestClient

from frenemy.api import create_app
from tests.live import live_server

from ..browser.synthetic import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("assets") / "wire.duckdb"
    build_store(path, articles=300)
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as client:
        yield client


@pytest.fixture(scope="module")
def live(db):
    with live_server(create_app(db)) as url:
        yield url


def rows_of(text):
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("query", ["", "actor=RUS", "a=RUS&b=USA", "type=ACCUSE&since=2023-03-01",
                                   "outlet=Wire%203", "actor=ZZZ"])
def test_events_csv_has_every_row_of_the_filter(client, query):
    listed = client.get(f"/api/events?{query}&limit=1000").json()
    answer = client.get(f"/api/events.csv?{query}")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = rows_of(answer.text)
    assert len(rows) == listed["total"] == int(answer.headers["x-total-count"])
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in listed["items"]]


def test_events_csv_streams_past_one_chunk(client, monkeypatch):
    from frenemy.api import app as app_module

    monkeypatch.setattr(app_module, "CSV_CHUNK", 7)
    rows = rows_of(client.get("/api/events.csv?actor=USA").text)
    assert len(rows) == client.get("/api/events?actor=USA").json()["total"] > 7
    assert len({r["event_id"] for r in rows}) == len(rows)


@pytest.mark.parametrize("query, message", [
    ("actor=R%27%3B", "actor:"), ("since=2023-02-30", "since: '2023-02-30' is not a calendar date"),
    ("a=RUS", "give both a and b"),
])
def test_events_csv_refuses_bad_filters_readably(client, query, message):
    answer = client.get(f"/api/events.csv?{query}")
    assert 400 <= answer.status_code < 500 and message in answer.json()["detail"]


def test_network_filters_by_level_and_type(client):
    countries = client.get("/api/network").json()
    actors = client.get("/api/network?level=actor").json()
    assert all(len(n["id"]) == 3 for n in countries["nodes"])
    assert any(len(n["id"]) > 3 for n in actors["nodes"])
    assert {n["name"] for n in countries["nodes"] if n["id"] == "RUS"} == {"Russia"}
    hostile = client.get("/api/network?types=ACCUSE,threaten").json()
    assert hostile["edges"] and all(e["coop"] == 0 for e in hostile["edges"])
    assert client.get("/api/network?types=A1").status_code == 422
    assert client.get("/api/network?level=sector").status_code == 422


def test_docs_use_only_local_assets(client):
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html
    assert "http://" not in html and "https://" not in html
    for path in ("/static/vendor/swagger-ui/swagger-ui-bundle.js",
                 "/static/vendor/swagger-ui/swagger-ui.css",
                 "/static/vendor/cytoscape/cytoscape.min.js"):
        assert client.get(path).status_code == 200
    assert client.get("/redoc").status_code == 404  # ReDoc would load from a CDN


def test_new_endpoints_under_concurrent_clients(live):
    paths = ["/api/events.csv?actor=RUS", "/api/events.csv", "/api/network?level=actor",
             "/api/network?types=ACCUSE,SANCTION&min_events=2", "/docs",
             "/static/vendor/cytoscape/cytoscape.min.js", "/api/events.csv?a=RUS&b=USA"]
    with httpx.Client(base_url=live, timeout=60) as one:
        expected = {p: one.get(p).content for p in paths}

    def fetch(n):
        path = paths[n % len(paths)]
        with httpx.Client(base_url=live, timeout=60) as c:
            answer = c.get(path)
        return path, answer.status_code, answer.content

    with ThreadPoolExecutor(24) as pool:
        results = list(pool.map(fetch, range(120)))
    assert all(status == 200 for _, status, _ in results)
    assert all(body == expected[path] for path, _, body in results)
