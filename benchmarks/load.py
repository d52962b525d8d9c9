"""Load: the REST API under many concurrent readers, with and without an ingest beside them.

Usage: python benchmarks/load.py [--articles 3000] [--readers 200] [--requests 10]

The store is built cheaply: the demo corpus is coded once by the real pipeline, then its coded
records are copied (each copy with its own document ids, dates moved by a week per copy and
its own outlet) and written through `Store.write` until there are --articles documents. The
server is `frenemy serve` in a subprocess on a free 127.0.0.1 port, with a token. Each reader
is an httpx async client task sending its requests one after another over the read endpoints.
The first round has readers only; in the second, one more client posts 5 new articles through
the token, one request each, while the readers read. Then the 5 articles are checked to be
stored once, and sending them again must store nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import httpx2 as httpx

from frenemy.demo import corpus_path
from frenemy.ingest import read_paths
from frenemy.ingest.dedup import signature
from frenemy.pipeline import code_documents
from frenemy.records import Coded
from frenemy.store import Store

TOKEN = "load-test-token"
READS = ["/api/events", "/api/relations", "/api/network", "/api/actors", "/api/documents",
         "/api/quotes", "/api/claims", "/api/dyad/RUS/USA", "/api/events?actor=RUS&limit=50",
         "/api/relations?period=month", "/api/disputes", "/api/status",
         "/api/documents?offset=1000&limit=20", "/api/events?type=ACCUSE&since=2020-01-01"]
NEW = [("load-new-1", "Norway hosts Colombia",
        "Norway hosted talks with Colombia in Oslo on Monday. "
        "Colombian officials praised Norway for its help."),
       ("load-new-2", "Chile and Peru sign", "Peru and Chile signed a fishing agreement in Lima. "
        "Bolivia criticized Chile over the border."),
       ("load-new-3", "Sanctions on Minsk", "Lithuania imposed sanctions on Belarus on Tuesday. "
        "Minsk condemned the decision and threatened to retaliate."),
       ("load-new-4", "Gulf mediation", "Qatar hosted talks between Saudi Arabia and Iran in "
        "Doha. Iran said the talks were useful."),
       ("load-new-5", "Border clash", "Indian troops clashed with Chinese soldiers on the "
        "border. China accused India of provoking the clash.")]


@dataclass
class Round:
    """Latencies and failures of one round of requests."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self, name: str) -> str:
        done = sorted(self.latencies)
        total = len(done) + len(self.errors)
        p50, p99 = percentile(done, 50), percentile(done, 99)
        return (f"{name}: {total} requests in {self.seconds:.1f} s, "
                f"{total / self.seconds:.0f} requests/s, p50 {p50:.3f} s, p99 {p99:.3f} s, "
                f"max {done[-1] if done else 0:.3f} s, errors {len(self.errors)}")


def percentile(sorted_values: list[float], pct: float) -> float:
    """The nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return float("nan")
    rank = max(0, min(len(sorted_values) - 1, round(pct / 100 * len(sorted_values)) - 1))
    return sorted_values[rank]


def copy_coded(coded: Coded, copy: int) -> Coded:
    """The coded records of a document as if a different article: new id, date and outlet."""
    doc = coded.document
    doc_id = f"{doc.doc_id}~{copy}"
    day = (date.fromisoformat(doc.date) if doc.date else date(2019, 1, 1)) + timedelta(weeks=copy)

    def moved(record):
        return replace(record, doc_id=doc_id)

    return Coded(
        replace(doc, doc_id=doc_id, date=day.isoformat(), outlet=f"Outlet {copy % 12}"),
        tuple(map(moved, coded.sentences)), tuple(map(moved, coded.mentions)),
        tuple(replace(e, doc_id=doc_id, date=day.isoformat()) for e in coded.events),
        tuple(map(moved, coded.quotes)),
        tuple(replace(c, doc_id=doc_id, positions=tuple(map(moved, c.positions)))
              for c in coded.claims))


def build_store(path: Path, articles: int) -> tuple[int, float]:
    """A store of `articles` documents copied from the coded demo corpus; (events, seconds)."""
    started = time.perf_counter()
    coded = list(code_documents(read_paths([corpus_path()])))
    with Store(path) as store:
        batch = []
        for n in range(articles):
            item = copy_coded(coded[n % len(coded)], n // len(coded))
            batch.append((item, signature(item.document.text), None))
            if len(batch) == 500 or n == articles - 1:
                store.write(batch)
                batch = []
        events = store.counts()["events"]
    return events, time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    """`frenemy serve` with a token, on 127.0.0.1 only."""
    command = [sys.executable, "-m", "frenemy", "serve", "--db", str(db), "--host", "127.0.0.1",
               "--port", str(port), "--token", TOKEN]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, env=dict(os.environ),
                            start_new_session=True)


async def wait_ready(base: str, server: subprocess.Popen[bytes], seconds: float = 180) -> float:
    """Seconds until the server answers /api/status with a ready store whose heavy results
    (network, relations, claims) have been computed once."""
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=5) as client:
        while time.perf_counter() - started < seconds:
            if server.poll() is not None:
                raise SystemExit(f"the server exited with code {server.returncode}")
            try:
                status = (await client.get("/api/status")).json()
                if status.get("ready") and status.get("warm"):
                    return time.perf_counter() - started
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.25)
    raise SystemExit(f"the server was not ready after {seconds:.0f} s")


async def reader(client: httpx.AsyncClient, number: int, requests: int, out: Round) -> None:
    for i in range(requests):
        path = READS[(number + i) % len(READS)]
        started = time.perf_counter()
        try:
            response = await client.get(path)
            if response.status_code == 200:
                out.latencies.append(time.perf_counter() - started)
            else:
                out.errors.append(f"{path}: {response.status_code} {response.text[:200]}")
        except httpx.HTTPError as err:
            out.errors.append(f"{path}: {type(err).__name__} {err}")


async def ingester(client: httpx.AsyncClient, out: Round, results: list[dict]) -> None:
    """Post the new articles one request each, through the token."""
    for doc_id, title, text in NEW:
        started = time.perf_counter()
        article = [{"id": doc_id, "title": title, "text": text, "date": "2024-06-01",
                    "outlet": "Load Wire"}]
        response = await client.post("/api/ingest/text", json=article,
                                      headers={"Authorization": f"Bearer {TOKEN}"})
        if response.status_code == 200:
            out.latencies.append(time.perf_counter() - started)
            results.append(response.json())
        else:
            out.errors.append(f"ingest {doc_id}: {response.status_code} {response.text[:200]}")


async def readers_from(base: str, first: int, count: int, requests: int,
                       start_at: float) -> Round:
    """`count` readers, each on its own connection (one client each: a shared pool of 200
    connections costs the client more CPU than the server spends answering), from `start_at`."""
    out = Round()
    tls = ssl.create_default_context()  # made once: each client would otherwise make its own
    clients = [httpx.AsyncClient(base_url=base, timeout=60, verify=tls) for _ in range(count)]
    try:
        await asyncio.sleep(max(0.0, start_at - time.time()))
        await asyncio.gather(*(reader(c, first + n, requests, out) for n, c in enumerate(clients)))
        out.seconds = time.time() - start_at
    finally:
        await asyncio.gather(*(client.aclose() for client in clients))
    return out


def reader_process(base: str, first: int, count: int, requests: int, start_at: float) -> Round:
    return asyncio.run(readers_from(base, first, count, requests, start_at))


async def ingest_from(base: str, start_at: float) -> tuple[Round, list[dict]]:
    out, results = Round(), []
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        await asyncio.sleep(max(0.0, start_at - time.time()))
        await ingester(client, out, results)
        out.seconds = time.time() - start_at
    return out, results


def load_round(base: str, readers: int, requests: int, ingest: bool,
               processes: int) -> tuple[Round, Round, list[dict]]:
    """One round: the readers spread over `processes` client processes (so the client's own
    CPU does not become what is measured), all starting at the same moment; with `ingest`,
    this process posts the new articles meanwhile."""
    start_at = time.time() + 3  # time to fork the processes and make their clients
    shares = [readers // processes + (i < readers % processes) for i in range(processes)]
    firsts = [sum(shares[:i]) for i in range(processes)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        futures = [pool.submit(reader_process, base, first, share, requests, start_at)
                   for first, share in zip(firsts, shares, strict=True) if share]
        writes, results = asyncio.run(ingest_from(base, start_at)) if ingest else (Round(), [])
        parts = [future.result() for future in futures]
    reads = Round([t for r in parts for t in r.latencies], [e for r in parts for e in r.errors],
                  max(r.seconds for r in parts))
    return reads, writes, results


async def stored_once(base: str, articles: int) -> tuple[bool, str]:
    """Whether each new article is in the store exactly once, and sending it again adds nothing."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        found = [(await client.get(f"/api/documents/{doc_id}")).status_code == 200
                 for doc_id, _, _ in NEW]
        documents = (await client.get("/api/status")).json()["counts"]["documents"]
        again = [{"id": d, "title": t, "text": x, "date": "2024-06-01", "outlet": "Load Wire"}
                 for d, t, x in NEW]
        resent = (await client.post("/api/ingest/text", json=again,
                                    headers={"X-Frenemy-Token": TOKEN})).json()
    ok = all(found) and documents == articles + len(NEW) and resent.get("stored") == 0
    return ok, (f"stored once: {sum(found)} of {len(NEW)} new articles found, documents "
                f"{documents} = {articles} + {documents - articles}; sending them again stored "
                f"{resent.get('stored')}, unchanged {resent.get('unchanged')}")


def run(args: argparse.Namespace, db: Path) -> bool:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port)
    try:
        print(f"server ready and warm in {asyncio.run(wait_ready(base, server)):.1f} s on {base}")
        rounds = f"({args.readers} x {args.requests}, {args.processes} client processes)"
        quiet, _, _ = load_round(base, args.readers, args.requests, False, args.processes)
        print(quiet.line(f"readers only      {rounds}"))
        busy, writes, results = load_round(base, args.readers, args.requests, True,
                                           args.processes)
        print(busy.line(f"readers + ingest  {rounds}"))
        print(writes.line(f"the ingest client ({len(NEW)} articles, one request each)")
              + f"; stored {sum(r['stored'] for r in results)}")
        once, line = asyncio.run(stored_once(base, args.articles))
        print(line)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    for error in (quiet.errors + busy.errors + writes.errors)[:10]:
        print("error:", error)
    worst = max(percentile(sorted(quiet.latencies), 99), percentile(sorted(busy.latencies), 99))
    passed = once and not (quiet.errors or busy.errors or writes.errors) and worst < 2.0
    print(f"{'PASS' if passed else 'FAIL'}: 0 errors, p99 < 2 s, the new articles stored once")
    return passed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--readers", type=int, default=200)
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--processes", type=int, default=4, help="client processes")
    args = parser.parse_args()
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load} (1, 5, 15 min) before the run")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        events, seconds = build_store(db, args.articles)
        print(f"store: {args.articles} articles, {events} events, built in {seconds:.1f} s")
        passed = run(args, db)
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
