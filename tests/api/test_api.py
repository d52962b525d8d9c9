"""Every REST endpoint through the ASGI test client, with bad parameters and the token rule."""

import io
import json

import pytest
from fastapi.testclient import TestClient

import frenemy
from frenemy.api import create_app
from frenemy.ingest import read_paths
from frenemy.pipeline import ingest

ARTICLES = [
    ("2021-03-01_baltic.txt", "Lithuania expels Belarusian diplomats\n\nLithuania expelled two "
     "Belarusian diplomats on Monday. Minsk rejected the decision. Latvia backed Lithuania."),
    ("2021-04-02_gulf.txt", "Gulf talks\n\nQatar hosted talks with Saudi Arabia in Doha. "
     "Saudi officials said the talks were useful. Iran insists that the tanker entered Iranian "
     "waters, but Britain rejected the charge."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    for name, text in ARTICLES:
        (folder / name).write_text(text)
    path = folder / "store.duckdb"
    with frenemy.open(path, create=True) as store:
        ingest(list(read_paths([folder])), store)
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def test_api_status_and_openapi(client):
    status = client.get("/api/status").json()
    assert status["ready"] and status["counts"]["documents"] == 2 and status["ingest"] is False
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/events", "/api/relations", "/api/claims", "/api/ingest/text"} <= paths
    assert client.get("/docs").status_code == 200


def test_api_documents_list_and_one_with_evidence(client):
    docs = client.get("/api/documents").json()["items"]
    assert {d["doc_id"] for d in docs} == {"2021-03-01_baltic", "2021-04-02_gulf"}
    doc = client.get("/api/documents/2021-03-01_baltic").json()
    for event in doc["events"]:
        proof = event["evidence"]
        assert doc["full_text"][proof["start"]:proof["end"]] == proof["sentence"]
        assert proof["start"] <= proof["span_start"] < proof["span_end"] <= proof["end"]
    assert client.get("/api/documents/nope").status_code == 404


def test_api_events_filters_and_paging(client):
    all_events = client.get("/api/events").json()["items"]
    ltu = client.get("/api/events", params={"actor": "LTU"}).json()["items"]
    assert ltu and all("LTU" in e["source_actor"] + e["target_actor"] for e in ltu)
    sanctions = client.get("/api/events", params={"type": "SANCTION"}).json()["items"]
    assert {(e["source_actor"][:3], e["target_actor"][:3]) for e in sanctions} >= {("LTU", "BLR")}
    paged = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert paged["total"] == len(all_events) and (paged["limit"], paged["offset"]) == (1, 1)
    assert [e["event_id"] for e in paged["items"]] == [all_events[1]["event_id"]]
    pair = client.get("/api/events", params={"a": "BLR", "b": "LTU"}).json()["items"]
    assert pair
    assert all({e["source_actor"][:3], e["target_actor"][:3]} == {"LTU", "BLR"} for e in pair)
    march = client.get("/api/events", params={"since": "2021-03-01", "until": "2021-03-31"}).json()
    assert {e["doc_id"] for e in march["items"]} == {"2021-03-01_baltic"}


@pytest.mark.parametrize("params", [
    {"since": "last week"}, {"limit": 0}, {"limit": 5000}, {"offset": -1},
    {"actor": "R;DROP TABLE events"}, {"type": "x'1"}, {"a": "LTU"},
])
def test_api_events_reject_bad_parameters(client, params):
    response = client.get("/api/events", params=params)
    assert 400 <= response.status_code < 500 and "detail" in response.json()


def test_api_actors_relations_network_and_dyad(client):
    actors = client.get("/api/actors").json()["items"]
    assert any(a["code"] == "LTU" for a in actors)
    relations = client.get("/api/relations").json()["items"]
    columns = {"source", "target", "coop", "conflict", "frenemy_index", "label"}
    assert all(columns <= set(r) for r in relations)
    assert client.get("/api/relations", params={"level": "planet"}).status_code == 422
    network = client.get("/api/network").json()
    assert {n["id"] for n in network["nodes"]} >= {"LTU", "BLR"}
    assert all(e["sign"] in (-1, 0, 1) for e in network["edges"])
    dyad = client.get("/api/dyad/LTU/BLR", params={"period": "month"}).json()
    first = dyad["events"]["items"][0]
    assert dyad["points"] and first["evidence"]["doc_id"] == "2021-03-01_baltic"
    assert dyad["events"]["total"] == len(dyad["events"]["items"])
    march = dyad["points"][0]
    assert (march["since"], march["until"]) == ("2021-03-01", "2021-03-31")
    assert march["period"] == "2021-03"
    assert client.get("/api/dyad/L!/BLR").status_code == 422


def test_api_quotes_claims_and_disputes(client):
    quotes = client.get("/api/quotes").json()["items"]
    assert any(q["speaker_code"].startswith("SAU") for q in quotes)
    assert client.get("/api/quotes", params={"speaker": "SAU"}).json()["items"]
    claims = client.get("/api/claims", params={"contested": True}).json()["items"]
    tanker = next(c for c in claims if "tanker" in c["claim"])
    assert {p["actor"][:3] for p in tanker["for"]} == {"IRN"}
    assert {p["actor"][:3] for p in tanker["against"]} == {"GBR"}
    sides = tanker["for"] + tanker["against"]
    assert len({(p["actor"], p["stance"]) for p in sides}) == len(sides)  # one entry each
    assert all(p["documents"] >= 1 and p["sentence"] for p in sides)
    assert isinstance(client.get("/api/disputes").json()["items"], list)


def test_api_ingest_needs_a_token(db, tmp_path):
    read_only = TestClient(create_app(db))
    article = [{"title": "Peru and Chile",
                "text": "Peru and Chile signed a fishing agreement in Lima on Friday."}]
    assert read_only.post("/api/ingest/text", json=article).status_code == 403
    store = tmp_path / "w.duckdb"
    writable = TestClient(create_app(store, token="s3cret"))
    assert writable.post("/api/ingest/text", json=article).status_code == 401
    assert writable.post("/api/ingest/text", json=article,
                         headers={"X-Frenemy-Token": "wrong"}).status_code == 401
    ok = writable.post("/api/ingest/text", json=article, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["stored"] == 1
    again = writable.post("/api/ingest/text", json=article, headers={"X-Frenemy-Token": "s3cret"})
    assert again.json()["unchanged"] == 1
    assert writable.get("/api/status").json()["counts"]["documents"] == 1
    bad = writable.post("/api/ingest/text", json=[{"text": "short"}],
                        headers={"X-Frenemy-Token": "s3cret"})
    assert bad.status_code == 422


def test_api_upload_file_and_reject_bad_files(tmp_path):
    client = TestClient(create_app(tmp_path / "u.duckdb", token="t"))
    headers = {"X-Frenemy-Token": "t"}
    feed = json.dumps({"id": "u1", "title": "Oslo",
                       "text": "Norway hosted talks with Colombia in Oslo on Monday."})
    ok = client.post("/api/ingest/file", headers=headers,
                     files={"file": ("wire.jsonl", io.BytesIO(feed.encode()), "application/json")})
    assert ok.status_code == 200 and ok.json()["stored"] == 1
    binary = client.post("/api/ingest/file", headers=headers,
                         files={"file": ("scan.txt", io.BytesIO(b"%PDF-1.7 ..."), "text/plain")})
    assert binary.status_code == 400 and "scan.txt: binary file" in binary.json()["detail"]
    unknown = client.post("/api/ingest/file", headers=headers,
                          files={"file": ("x.docx", io.BytesIO(b"..."), "application/zip")})
    assert unknown.status_code == 400


def test_api_on_a_missing_store_says_so(tmp_path):
    client = TestClient(create_app(tmp_path / "none.duckdb"))
    assert client.get("/api/status").json()["ready"] is False
    response = client.get("/api/events")
    assert response.status_code == 503 and "no such store" in response.json()["detail"]


def test_dashboard_is_served_without_external_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    script = client.get("/static/app.js").text
    for asset in (page.text, script, client.get("/static/app.css").text):
        assert "http://" not in asset.replace("http://127.0.0.1", "") and "https://" not in asset
