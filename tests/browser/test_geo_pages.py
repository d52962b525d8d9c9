"""The map and tone pages in a real browser (Debian's Chromium driven by Playwright), against
a server on a free loopback port over the demo corpus, whose events carry their locations."""

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

import frenemy
from frenemy.demo import corpus_path
from frenemy.ingest import read_paths
from frenemy.pipeline import ingest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent.parent / "artifacts"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions"]

if not Path(CHROMIUM).exists():
    if os.environ.get("FRENEMY_REQUIRE_BROWSER"):
        raise RuntimeError("Chromium is required for the browser tests (apt-get install chromium)")
    pytest.skip("no Chromium on this machine", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from frenemy.api import create_app

    db = tmp_path_factory.mktemp("web") / "demo.duckdb"
    with frenemy.open(db, create=True) as store:
        ingest(list(read_paths([corpus_path()])), store)
    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(15000)
        yield page
        browser.close()


def test_map_shows_event_markers_and_opens_the_evidence_of_one(server, page):
    ARTIFACTS.mkdir(exist_ok=True)
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(server + "/#/map")
    markers = page.locator("path.event-marker")
    markers.first.wait_for(state="attached")
    assert markers.count() >= 5
    assert page.locator(".leaflet-overlay-pane path").count() > markers.count()  # country outlines
    page.screenshot(path=str(ARTIFACTS / "map.png"))
    markers.first.dispatch_event("click")
    page.locator("#place-name").wait_for()
    link = page.locator("#place-events .evidence-link").first
    sentence = link.inner_text()
    link.click()
    page.wait_for_url("**#/article/**")
    mark = page.locator("mark#evidence")
    mark.wait_for()
    assert mark.inner_text().strip() and mark.inner_text().strip() in sentence
    page.screenshot(path=str(ARTIFACTS / "map-evidence.png"))
    assert errors == []


def test_tone_page_draws_tone_per_outlet(server, page):
    page.goto(server + "/#/tone")
    page.locator("#tone-chart svg").wait_for()
    assert page.locator(".tone-point").count() >= 1
    assert page.locator("#tone-dyads tbody tr").count() >= 1
