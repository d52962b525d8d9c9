"""/api/locations and /api/tone through the ASGI test client, with bad parameters and many
concurrent clients."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

import frenemy
from frenemy.api import create_app
from frenemy.ingest import read_paths
from frenemy.pipeline import ingest

# invented articles
ARTICLES = [
    ("2022-05-02_shelling.txt", "Shelling in the east\n\nRussian forces shelled the city of Kharkiv on "
     "Monday, killing three civilians. Ukraine condemned the brutal attack."),
    ("2022-05-20_talks.txt", "Ministers meet\n\nThe French president met the German chancellor in Warsaw "
     "on Friday. Both welcomed the friendly talks and praised the new agreement."),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("geo")
    for name, text in ARTICLES:
        (folder / name).write_text(text)
    path = folder / "store.duckdb"
    with frenemy.open(path, create=True) as store:
        ingest(list(read_paths([folder])), store)
    return TestClient(create_app(path))


def test_api_locations_give_places_and_evidence(client):
    data = client.get("/api/locations").json()
    names = {p["full_name"]: p for p in data["places"]}
    assert {"Kharkiv, Ukraine", "Warsaw, Poland"} <= set(names)
    assert names["Warsaw, Poland"]["iso3"] == "POL" and names["Warsaw, Poland"]["country_code"] == "PL"
    event = next(e for e in data["events"] if e["action_geo_full_name"] == "Kharkiv, Ukraine")
    assert event["evidence"]["sentence"].startswith("Russian forces shelled")
    assert event["action_geo_text"] == "Kharkiv" and event["action_geo_feature"] == "city"
    assert client.get("/api/locations", params={"type": "CONSULT"}).json()["places"][0]["iso3"] == "POL"


def test_api_events_carry_their_location(client):
    events = client.get("/api/events").json()["items"]
    assert {e["action_geo_iso3"] for e in events} >= {"UKR", "POL"}


def test_api_tone_per_article_outlet_and_dyad(client):
    tones = {t["doc_id"]: t["tone"] for t in client.get("/api/tone").json()}
    assert tones["2022-05-02_shelling"] < 0 < tones["2022-05-20_talks"]
    outlets = client.get("/api/tone/outlets", params={"period": "month"}).json()
    assert [(o["outlet"], o["period"], o["documents"]) for o in outlets] == [("(none)", "2022-05-01", 2)]
    assert client.get("/api/tone/outlets", params={"period": "all"}).json()[0]["period"] == "all"
    dyads = {(d["source"], d["target"]): d for d in client.get("/api/tone/dyads").json()}
    assert dyads[("DEU", "FRA")]["tone"] > 0 and dyads[("DEU", "FRA")]["cooperative_events"] >= 1


@pytest.mark.parametrize("path, params", [
    ("/api/locations", {"since": "May 2022"}),
    ("/api/locations", {"actor": "1'; DROP TABLE events"}),
    ("/api/locations", {"limit": 0}),
    ("/api/tone", {"limit": 100000}),
    ("/api/tone/outlets", {"period": "decade"}),
    ("/api/tone/dyads", {"min_documents": 0}),
])
def test_api_geo_refuses_bad_parameters(client, path, params):
    assert client.get(path, params=params).status_code == 422


def test_api_geo_serves_concurrent_clients(client):
    paths = ["/api/locations", "/api/tone", "/api/tone/outlets", "/api/tone/dyads", "/api/events"] * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(client.get, paths))
    assert [r.status_code for r in responses] == [200] * len(paths)
    first = {p: r.json() for p, r in zip(paths, responses, strict=True)}
    assert all(r.json() == first[p] for p, r in zip(paths, responses, strict=True))
