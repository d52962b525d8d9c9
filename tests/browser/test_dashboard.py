"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against a server
started on a free loopback port over a generated store of 1,500 articles (`synthetic.py`).
Every request to anything but 127.0.0.1 is aborted and recorded, and no test may need one."""

import csv
import io
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from frenemy.api import create_app

from ..live import live_server
from .chromium import ARTIFACTS, CHROMIUM, FLAGS, require_chromium
from .synthetic import build_store

require_chromium()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "wire.duckdb"
    counts = build_store(db, articles=1500)
    assert counts["documents"] == 1500
    with live_server(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page whose requests off 127.0.0.1 are aborted and listed in `page.blocked`."""
    context = browser.new_context(viewport={"width": 1440, "height": 950}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30000)
    page.blocked, page.errors = [], []

    def only_loopback(route):
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            page.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_loopback)
    page.on("pageerror", lambda err: page.errors.append(str(err)))
    yield page
    assert page.blocked == [], f"the page asked for outside resources: {page.blocked}"
    assert page.errors == []
    context.close()


def open_network(page, server):
    page.goto(server + "/#/network")
    page.wait_for_function("window.frenemyNetwork && window.frenemyNetwork.nodes().length > 0")


def test_network_is_readable_at_80_nodes(server, page):
    open_network(page, server)
    nodes = page.evaluate("window.frenemyNetwork.nodes().length")
    edges = page.evaluate("window.frenemyNetwork.edges().length")
    assert nodes >= 80 and edges <= 260  # the default minimum of events thins the edges
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "network.png"))


def test_network_search_finds_an_actor_by_name_and_by_code(server, page):
    open_network(page, server)
    page.fill("#search", "russia")
    page.press("#search", "Enter")
    page.locator("#net-events h2", has_text="RUS · Russia").wait_for()
    page.locator("#net-events .evidence-link").first.wait_for()
    assert page.evaluate("window.frenemyNetwork.$('node.found').map(n => n.id())") == ["RUS"]
    page.fill("#search", "UKR")
    page.press("#search", "Enter")
    page.locator("#net-events h2", has_text="UKR · Ukraine").wait_for()
    page.fill("#search", "Atlantis")
    page.press("#search", "Enter")
    page.locator("#net-summary .error", has_text="No actor in this view matches").wait_for()


def test_network_click_on_an_edge_lists_its_evidence(server, page):
    open_network(page, server)
    # zoom on the RUS-USA edge, then click its middle with the mouse
    x, y = page.evaluate("""() => {
        const cy = window.frenemyNetwork;
        const edge = cy.edges().filter(e => [e.source().id(), e.target().id()].sort().join() === 'RUS,USA')[0];
        cy.fit(edge, 250);
        const box = cy.container().getBoundingClientRect(), mid = edge.renderedMidpoint();
        return [box.left + mid.x, box.top + mid.y];
    }""")
    page.mouse.click(x, y)
    heading = page.locator("#net-events h2")
    heading.wait_for()
    assert set(re.findall(r"[A-Z]{3}", heading.inner_text())) == {"RUS", "USA"}
    links = page.locator("#net-events .evidence-link")
    links.first.wait_for()
    sentence = links.first.inner_text()
    assert "Russia" in sentence and "United States" in sentence
    links.first.click()
    mark = page.locator("mark#evidence")
    mark.wait_for()
    assert mark.inner_text().strip() == sentence.strip()


def test_timeline_has_points_on_a_time_axis(server, page):
    page.goto(server + "/#/dyad/RUS/USA?period=month")
    points = page.locator("#timeline .point")
    points.first.wait_for()
    dates = [points.nth(i).get_attribute("data-date") for i in range(points.count())]
    assert len(dates) > 20 and all(re.fullmatch(r"\d{4}-\d{2}-01", d) for d in dates)
    ticks = page.eval_on_selector_all("#timeline .tick text", "els => els.map(e => e.textContent)")
    assert len(ticks) >= 4 and all(re.fullmatch(r"\d{4}-\d{2}", t) for t in ticks)
    # a time axis: x grows with the date, and equal time steps are equal distances
    by_date = sorted({(d, float(points.nth(i).get_attribute("cx"))) for i, d in enumerate(dates)})
    xs = [x for _, x in by_date]
    assert xs == sorted(xs)
    legend = page.locator("#chart .legend").inner_text()
    assert "RUS → USA cooperation" in legend and "USA → RUS conflict" in legend
    points.first.click()
    rows = page.locator("#dyad-events tbody tr")
    rows.first.wait_for()
    assert rows.count() >= 1
    page.select_option("#per", "week")
    page.wait_for_url("**period=week")
    page.locator("#timeline .point").first.wait_for()


def test_export_returns_every_filtered_row(server, page):
    page.goto(server + "/#/events")
    page.locator("#events-total").wait_for()
    page.fill("input[name=actor]", "RUS")
    with page.expect_response(lambda r: "/api/events?actor=RUS" in r.url) as answer:
        page.click("#filters button[type=submit]")
    total = answer.value.json()["total"]
    page.locator("#events-total", has_text=f"of {total:,} events").wait_for()
    assert total > 100  # more than one page
    with page.expect_download() as info:
        page.click("#export")
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text())))
    assert len(rows) == total
    assert all(r["source_actor"].startswith("RUS") or r["target_actor"].startswith("RUS") for r in rows)
    assert len({r["event_id"] for r in rows}) == total


def test_errors_are_short_readable_messages(server, page):
    page.goto(server + "/#/events")
    page.fill("input[name=actor]", "R'; DROP TABLE events")
    page.click("#filters button[type=submit]")
    error = page.locator("#results .error")
    error.wait_for()
    assert error.inner_text().startswith("actor:") and "{" not in error.inner_text()


def test_api_docs_render_offline(server, page):
    page.goto(server + "/docs")
    page.locator(".swagger-ui .opblock-tag").first.wait_for()
    assert page.locator(".swagger-ui .opblock").count() >= 10
    assert "frenemy" in page.locator(".swagger-ui .title").inner_text()


def test_dashboard_pages_render_without_errors(server, page):
    for route, selector in (("#/events", "table"), ("#/quotes", ".card h2"),
                            ("#/claims", "h1"), ("#/documents", "table"), ("#/ingest", "h1")):
        page.goto(f"{server}/{route}")
        page.locator(selector).first.wait_for()
