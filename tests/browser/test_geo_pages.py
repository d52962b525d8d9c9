"""The map and tone pages in a real browser (Debian's Chromium driven by Playwright), against
a server on a free loopback port over the demo corpus, whose events carry their locations."""


import pytest

import frenemy
from frenemy.api import create_app
from frenemy.demo import corpus_path
from frenemy.ingest import read_paths
from frenemy.pipeline import ingest

from ..live import live_server
from .chromium import ARTIFACTS, CHROMIUM, FLAGS, require_chromium

require_chromium()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "demo.duckdb"
    with frenemy.open(db, create=True) as store:
        ingest(list(read_paths([corpus_path()])), store)
    with live_server(create_app(db)) as url:
        yield url


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
