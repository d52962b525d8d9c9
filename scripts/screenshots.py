"""Remake the dashboard screenshots in docs/: the network and a timeline on a generated store
of 1,500 articles (tests/browser/synthetic.py), taken with Debian's Chromium through Playwright.

Usage: python scripts/screenshots.py [--articles 1500] [--out docs]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.chromium import CHROMIUM, FLAGS  # noqa: E402
from tests.browser.synthetic import build_store  # noqa: E402
from tests.live import live_server  # noqa: E402

from frenemy.api import create_app  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "wire.duckdb"
        counts = build_store(db, articles=args.articles)
        print(f"store: {counts['documents']} articles, {counts['events']} events")
        with live_server(create_app(db)) as url:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                page.set_default_timeout(60000)
                page.goto(url + "/#/network")
                page.wait_for_function("window.frenemyNetwork && window.frenemyNetwork.nodes().length > 0")
                page.evaluate("""() => {
                    const cy = window.frenemyNetwork;
                    const ids = (e) => [e.source().id(), e.target().id()].sort().join();
                    const edge = cy.edges().filter((e) => ids(e) === 'RUS,USA')[0];
                    edge.select();
                    edge.emit('tap');
                }""")
                page.locator("#net-events .evidence-link").first.wait_for()
                page.wait_for_timeout(300)
                page.screenshot(path=str(args.out / "network.png"))
                page.goto(url + "/#/dyad/RUS/USA?period=month")
                page.locator("#timeline .point").first.wait_for()
                # the highest point, which no other series hides
                page.evaluate("""() => [...document.querySelectorAll('#timeline .point')]
                    .sort((a, b) => a.cy.baseVal.value - b.cy.baseVal.value)[0]
                    .dispatchEvent(new MouseEvent('click', {bubbles: true}))""")
                page.locator("#dyad-events tbody tr").first.wait_for()
                page.set_viewport_size({"width": 1200, "height": 900})
                page.screenshot(path=str(args.out / "timeline.png"), full_page=False)
                browser.close()
    print(f"wrote {args.out / 'network.png'} and {args.out / 'timeline.png'}")


if __name__ == "__main__":
    main()
