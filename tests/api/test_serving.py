"""Serving many users at once, safely: concurrent readers beside an ingest, paging, hostile
filter values, oversized bodies, the token and CORS."""

import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx2 as httpx
import pytest
from fastapi.testclient import TestClient

import frenemy
from frenemy.api import create_app
from frenemy.api.serving import ResultCache, ServedStore
from frenemy.ingest import read_paths
from frenemy.pipeline import ingest
from tests.live import live_server

ARTICLES = [
    ("2021-03-01_baltic.txt", "Lithuania expels Belarusian diplomats\n\nLithuania expelled two "
     "Belarusian diplomats on Monday. Minsk rejected the decision. Latvia backed Lithuania."),
    ("2021-04-02_gulf.txt", "Gulf talks\n\nQatar hosted talks with Saudi Arabia in Doha. "
     "Saudi officials said the talks were useful. Iran insists that the tanker entered Iranian "
     "waters, but Britain rejected the charge."),
    ("2021-05-03_andes.txt", "Andes pact\n\nPeru and Chile signed a fishing agreement in Lima. "
     "Bolivia criticized Chile over the border. Russia accused Ukraine of shelling Donetsk."),
]
READS = ["/api/status", "/api/documents", "/api/events", "/api/events?actor=LTU",
         "/api/actors", "/api/relations", "/api/relations?period=month", "/api/network",
         "/api/dyad/LTU/BLR", "/api/quotes", "/api/claims", "/api/disputes",
         "/api/documents/2021-03-01_baltic"]
LISTS = ["/api/documents", "/api/events", "/api/actors", "/api/relations", "/api/quotes",
         "/api/claims", "/api/disputes"]
HOSTILE = ["' OR '1'='1", "RUS'; DROP TABLE events; --", "%", "_", "\\",
           "1; DELETE FROM documents", "2021-01-01' OR 1=1 --", "RUS) OR (1=1", "\u0000",
           "é" * 300, "-1", "99999999999999999999999"]
FILTERS = [("/api/documents", "outlet"), ("/api/events", "actor"), ("/api/events", "type"),
           ("/api/events", "since"), ("/api/events", "until"), ("/api/events", "outlet"),
           ("/api/events", "a"), ("/api/events", "b"), ("/api/events", "limit"),
           ("/api/events", "offset"), ("/api/actors", "code"), ("/api/actors", "min_mentions"),
           ("/api/relations", "level"), ("/api/relations", "directed"),
           ("/api/relations", "period"), ("/api/relations", "min_events"),
           ("/api/network", "since"), ("/api/network", "until"), ("/api/network", "min_events"),
           ("/api/dyad/RUS/UKR", "period"), ("/api/quotes", "speaker"),
           ("/api/claims", "contested")]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serving")
    for name, text in ARTICLES:
        (folder / name).write_text(text)
    path = folder / "store.duckdb"
    with frenemy.open(path, create=True) as store:
        ingest(list(read_paths([folder])), store)
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


@pytest.fixture
def live(tmp_path, db):
    """A real uvicorn server on a free loopback port, over a copy of the store, with a token."""
    copy = tmp_path / "live.duckdb"
    copy.write_bytes(db.read_bytes())
    with live_server(create_app(copy, token="t0ken")) as url:
        yield url


def items(client, path, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


# --- concurrency -----------------------------------------------------------------------------
def test_serving_concurrent_readers_beside_an_ingest_get_no_errors(live):
    article = [{"id": "wire-1", "title": "Oslo talks", "date": "2021-06-01",
                "text": "Norway hosted talks with Colombia in Oslo on Monday."}]
    with httpx.Client(base_url=live, timeout=60) as http:
        def read(path: str) -> int:
            return http.get(path).status_code

        def write() -> dict:
            response = http.post("/api/ingest/text", json=article,
                                 headers={"X-Frenemy-Token": "t0ken"})
            assert response.status_code == 200, response.text
            return response.json()

        with ThreadPoolExecutor(max_workers=40) as pool:
            reads = [pool.submit(read, READS[i % len(READS)]) for i in range(240)]
            written = pool.submit(write)
            reads += [pool.submit(read, READS[i % len(READS)]) for i in range(120)]
            statuses = [r.result() for r in reads]
        assert statuses == [200] * len(statuses)
        assert written.result()["stored"] == 1
        assert http.post("/api/ingest/text", json=article,
                         headers={"X-Frenemy-Token": "t0ken"}).json()["unchanged"] == 1
        status = http.get("/api/status").json()
        assert status["counts"]["documents"] == len(ARTICLES) + 1 and status["version"] == 2
        assert http.get("/api/documents/wire-1").status_code == 200


def test_serving_reads_go_on_while_a_writer_holds_the_write_lock(db):
    app = create_app(db)
    served: ServedStore = app.state.store
    with served.writing, TestClient(app) as client:  # as if an ingest were running
        assert client.get("/api/events").status_code == 200
        assert client.get("/api/network").status_code == 200


def test_serving_store_cursors_share_one_database(tmp_path):
    with frenemy.open(tmp_path / "c.duckdb", create=True) as store:
        store.query("CREATE TABLE t AS SELECT 1 AS x")
        with store.cursor() as cursor:
            assert cursor.query("SELECT x FROM t").x.tolist() == [1]
        assert store.query("SELECT count(*) AS n FROM t").n.tolist() == [1]  # still open


def test_serving_cache_computes_once_for_concurrent_callers():
    cache, calls = ResultCache(size=2), []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.2)
        return 42

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(lambda _: cache.get("network", 0, slow), range(20)))
    assert results == [42] * 20 and len(calls) == 1
    assert cache.get("network", 0, lambda: 7) == 42
    cache.get("a", 0, lambda: 1)
    cache.get("b", 0, lambda: 2)
    assert cache.get("network", 0, lambda: 7) == 7  # dropped beyond size, computed again


def test_serving_cache_gives_the_last_version_while_the_next_is_computed():
    cache, started = ResultCache(), threading.Event()
    assert cache.get("claims", 0, lambda: "v0", patience=0.1) == "v0"

    def slow() -> str:
        started.set()
        time.sleep(1)
        return "v1"

    begun = time.perf_counter()
    assert cache.get("claims", 1, slow, patience=0.1) == "v0"
    assert time.perf_counter() - begun < 0.9 and started.wait(5)
    assert cache.get("claims", 2, lambda: 1 / 0, patience=0.1) == "v0"  # one at a time
    assert cache.get("claims", 1, lambda: "again", patience=None) == "v1"  # waits, once
    assert cache.get("claims", 0, lambda: "old") == "v1"  # an older reader takes the newer
    assert cache.get("claims", 2, lambda: "v2") == "v2"  # without patience: waits


def test_serving_cache_does_not_keep_a_failure():
    cache = ResultCache()
    with pytest.raises(ZeroDivisionError):
        cache.get("k", 0, lambda: 1 / 0)
    assert cache.get("k", 0, lambda: 3) == 3


def test_serving_heavy_results_follow_the_store_version(tmp_path):
    client = TestClient(create_app(tmp_path / "v.duckdb", token="t"))
    assert client.get("/api/relations").json()["total"] == 0
    article = [{"title": "Peru and Chile", "date": "2021-05-03",
                "text": "Peru and Chile signed a fishing agreement in Lima on Friday."}]
    sent = client.post("/api/ingest/text", json=article, headers={"X-Frenemy-Token": "t"})
    assert sent.status_code == 200
    assert eventually(lambda: {(r["source"], r["target"]) for r in
                               client.get("/api/relations").json()["items"]} == {("CHL", "PER")})
    assert eventually(lambda: {n["id"] for n in client.get("/api/network").json()["nodes"]}
                      == {"CHL", "PER"})


def eventually(check, seconds: float = 20) -> bool:
    """Whether `check()` comes true within `seconds`: after a write, a heavy result may be
    the previous version's until its recomputation ends (0.25 s or more on a busy machine)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


# --- paging ----------------------------------------------------------------------------------
@pytest.mark.parametrize("path", LISTS)
def test_serving_every_list_is_paged_with_a_total_and_a_stable_order(client, path):
    whole = items(client, path, limit=1000)
    assert (whole["limit"], whole["offset"]) == (1000, 0)
    assert whole["total"] == len(whole["items"])
    one_by_one = [items(client, path, limit=1, offset=i) for i in range(whole["total"])]
    assert all(page["total"] == whole["total"] for page in one_by_one)
    assert [page["items"][0] for page in one_by_one] == whole["items"]
    past = items(client, path, limit=5, offset=whole["total"])
    assert past["items"] == [] and past["total"] == whole["total"]


def test_serving_filtered_totals_count_the_filter(client):
    everything = items(client, "/api/events", limit=1000)
    ltu = items(client, "/api/events", actor="LTU", limit=1)
    expected = [e for e in everything["items"] if "LTU" in e["source_actor"] + e["target_actor"]]
    assert ltu["total"] == len(expected) > 1 and len(ltu["items"]) == 1
    assert items(client, "/api/documents", outlet="nobody")["total"] == 0


@pytest.mark.parametrize("path", LISTS)
def test_serving_page_size_has_a_maximum(client, path):
    response = client.get(path, params={"limit": 1001})
    assert response.status_code == 422
    assert response.json()["detail"] == "limit: must be at most 1000 (got '1001')"


# --- errors a person can read ----------------------------------------------------------------
@pytest.mark.parametrize("params, detail", [
    ({"since": "last week"}, "since: must be a date as YYYY-MM-DD (got 'last week')"),
    ({"since": "2021-02-30"}, "since: '2021-02-30' is not a calendar date"),
    ({"actor": "R;X"}, "actor: must be an actor code such as RUS or USAGOV (got 'R;X')"),
    ({"limit": "ten"}, "limit: input should be a valid integer, unable to parse string as an "
                       "integer (got 'ten')"),
    ({"offset": -1}, "offset: must be at least 0 (got '-1')"),
])
def test_serving_errors_are_readable(client, params, detail):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"] == detail


def test_serving_bad_json_body_is_readable(tmp_path):
    client = TestClient(create_app(tmp_path / "j.duckdb", token="t"))
    response = client.post("/api/ingest/text", content=b"[{not json", headers={
        "X-Frenemy-Token": "t", "Content-Type": "application/json"})
    assert response.status_code == 422 and response.json()["detail"] == "the body is not valid JSON"
    short = client.post("/api/ingest/text", json=[{"text": "short"}],
                        headers={"X-Frenemy-Token": "t"})
    assert short.json()["detail"].startswith("0.text: string should have at least 20 characters")


# --- hostile input ---------------------------------------------------------------------------
@pytest.mark.parametrize("path, name", FILTERS)
def test_serving_injection_through_every_filter_is_refused_or_finds_nothing(client, path, name):
    before = client.get("/api/status").json()["counts"]
    for value in HOSTILE:
        response = client.get(path, params={name: value})
        assert response.status_code < 500, (path, name, value, response.text)
        if response.status_code == 200:
            body = response.json()
            found = body.get("items", body.get("nodes", body.get("events")))
            if name not in ("limit", "offset"):
                assert found == [], (path, name, value)
        else:
            assert 400 <= response.status_code < 500 and isinstance(response.json()["detail"], str)
    assert client.get("/api/status").json()["counts"] == before


@pytest.mark.parametrize("path", ["/api/documents/' OR '1'='1", "/api/documents/x%00y",
                                  "/api/dyad/RUS'--/UKR", "/api/dyad/RUS/%25"])
def test_serving_injection_through_paths_is_refused(client, path):
    response = client.get(path)
    assert response.status_code in (404, 422) and isinstance(response.json()["detail"], str)


# --- oversized bodies ------------------------------------------------------------------------
@pytest.fixture
def small(tmp_path):
    return TestClient(create_app(tmp_path / "s.duckdb", token="t", max_body=2_000))


def test_serving_oversized_text_body_is_413(small):
    article = [{"title": "Long", "text": "Peru and Chile signed an agreement. " * 2000}]
    response = small.post("/api/ingest/text", json=article, headers={"X-Frenemy-Token": "t"})
    assert response.status_code == 413
    assert response.json()["detail"].startswith("request body larger than 0.002 MB")


def test_serving_oversized_upload_is_413(small):
    data = io.BytesIO(b"Headline\n\n" + b"Peru and Chile signed an agreement. " * 3000)
    response = small.post("/api/ingest/file", headers={"X-Frenemy-Token": "t"},
                          files={"file": ("big.txt", data, "text/plain")})
    assert response.status_code == 413 and "larger than" in response.json()["detail"]


def test_serving_oversized_body_without_a_length_is_413(small):
    def chunks():
        for _ in range(100):
            yield b"x" * 100

    response = small.post("/api/ingest/text", content=chunks(),
                          headers={"X-Frenemy-Token": "t", "Content-Type": "application/json"})
    assert response.status_code == 413


def test_serving_body_under_the_limit_passes(small):
    article = [{"title": "Peru and Chile",
                "text": "Peru and Chile signed a fishing agreement in Lima."}]
    response = small.post("/api/ingest/text", json=article, headers={"X-Frenemy-Token": "t"})
    assert response.status_code == 200 and response.json()["stored"] == 1


# --- token and CORS --------------------------------------------------------------------------
@pytest.mark.parametrize("headers", [{}, {"X-Frenemy-Token": "wrong"},
                                     {"Authorization": "Bearer wrong"},
                                     {"Authorization": "Basic t0ken"}, {"X-Frenemy-Token": "t0ke"},
                                     {"X-Frenemy-Token": "t0kenn"},
                                     {"X-Frenemy-Token": "é".encode()}])
def test_serving_wrong_token_is_401(tmp_path, headers):
    client = TestClient(create_app(tmp_path / "w.duckdb", token="t0ken"))
    article = [{"text": "Peru and Chile signed a fishing agreement in Lima."}]
    response = client.post("/api/ingest/text", json=article, headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/status").json()["counts"]["documents"] == 0


def test_serving_read_only_server_refuses_ingest_with_403(client):
    article = [{"text": "Peru and Chile signed a fishing agreement in Lima."}]
    for headers in ({}, {"X-Frenemy-Token": "anything"}):
        response = client.post("/api/ingest/text", json=article, headers=headers)
        assert response.status_code == 403 and "read-only" in response.json()["detail"]
    files = {"file": ("a.txt", io.BytesIO(b"x"), "text/plain")}
    upload = client.post("/api/ingest/file", files=files)
    assert upload.status_code == 403


def test_serving_cors_is_closed_by_default(client):
    origin = {"Origin": "https://elsewhere.example"}
    assert "access-control-allow-origin" not in client.get("/api/events", headers=origin).headers
    preflight = client.options("/api/ingest/text", headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "x-frenemy-token"})
    assert "access-control-allow-origin" not in preflight.headers


def test_serving_cors_opens_reads_to_named_origins_only(db):
    client = TestClient(create_app(db, cors_origins=["https://dash.example"]))
    allowed = client.get("/api/events", headers={"Origin": "https://dash.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://dash.example"
    other = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = client.options("/api/ingest/text", headers={
        "Origin": "https://dash.example", "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 400
