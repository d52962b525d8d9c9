"""The REST API and the web dashboard over one store (FastAPI; OpenAPI schema at /docs).

Reads open the store read-only for each request; every filter is a bound SQL parameter;
inputs are validated and bad ones get a 4xx with a message. Ingest from the browser needs the
token given at start-up (``--token`` or ``FRENEMY_TOKEN``); without a token the server is
read-only. One lock serialises access to the DuckDB file within the server.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
from fastapi import (
    APIRouter,
    Depends,
    FastAPI,
    File,
    Header,
    HTTPException,
    Query,
    Request,
    UploadFile,
)
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from ..errors import FrenemyError, InputError, StoreError
from ..store import Store

WEB = Path(str(resources.files("frenemy.api") / "web"))
DATE = r"^\d{4}-\d{2}-\d{2}$"
CODE = r"^[A-Za-z]{3}[A-Za-z0-9]{0,9}$"
PLOVER = r"^[A-Za-z]{4,10}$"
LOCK = threading.RLock()


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-safe dicts (NaN and NaT become null)."""
    out = []
    for row in frame.to_dict("records"):
        out.append({k: (None if isinstance(v, float) and math.isnan(v) else v)
                    for k, v in row.items()})
    return out


def get_store(request: Request) -> Iterator[Store]:
    with LOCK:
        store = Store(request.app.state.db, read_only=True)
        try:
            yield store
        finally:
            store.close()


StoreDep = Annotated[Store, Depends(get_store)]


def evidence(row: dict[str, Any]) -> dict[str, Any]:
    """The proof of a record: its document, sentence, offsets and URL. `start`/`end` are the
    sentence's offsets in the document's full_text when known, `span_start`/`span_end` the
    words the record was read from."""
    start = row.get("sentence_start", row.get("start_char"))
    end = row.get("sentence_end", row.get("end_char"))
    return {"doc_id": row.get("doc_id"), "sentence": row.get("sentence"), "start": start,
            "end": end, "span_start": row.get("start_char"), "span_end": row.get("end_char"),
            "url": row.get("url")}


# --- documents -------------------------------------------------------------------------------
documents = APIRouter(prefix="/api/documents", tags=["documents"])


@documents.get("")
def list_documents(store: StoreDep, outlet: str | None = None,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                   offset: Annotated[int, Query(ge=0)] = 0) -> list[dict[str, Any]]:
    """Documents, newest first, with their event counts."""
    return records(store.documents(outlet=outlet, limit=limit, offset=offset))


@documents.get("/{doc_id:path}")
def get_document(doc_id: str, store: StoreDep) -> dict[str, Any]:
    """One document: full text, its events and quotes, with offsets into the text."""
    found = store.document(doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    found["events"] = [dict(e, evidence=evidence(e)) for e in records(pd.DataFrame(found["events"]))]
    return found


# --- events ----------------------------------------------------------------------------------
events = APIRouter(prefix="/api/events", tags=["events"])


@events.get("")
def list_events(
    store: StoreDep,
    actor: Annotated[str | None, Query(pattern=CODE, description="Code prefix, e.g. RUS")] = None,
    type: Annotated[str | None, Query(pattern=PLOVER, description="PLOVER type")] = None,  # noqa: A002
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    outlet: str | None = None,
    a: Annotated[str | None, Query(pattern=CODE, description="With b: a country pair")] = None,
    b: Annotated[str | None, Query(pattern=CODE)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Events with their evidence, filtered and paged."""
    if (a is None) != (b is None):
        raise HTTPException(400, "give both a and b for a pair, or neither")
    pair = (a, b) if a and b else None
    frame = store.events(actor=actor, type=type, since=since, until=until, outlet=outlet,
                         pair=pair, limit=limit, offset=offset)
    rows = [dict(r, evidence=evidence(r)) for r in records(frame)]
    return {"limit": limit, "offset": offset, "count": len(rows), "events": rows}


# --- actors, relations, network --------------------------------------------------------------
analysis = APIRouter(prefix="/api", tags=["actors and relations"])


@analysis.get("/actors")
def list_actors(store: StoreDep, code: Annotated[str | None, Query(pattern=CODE)] = None,
                min_mentions: Annotated[int, Query(ge=1)] = 1) -> list[dict[str, Any]]:
    """The actor registry: codes, names, mention counts and how each was coded."""
    return records(store.actors(code=code, min_mentions=min_mentions))


@analysis.get("/relations")
def list_relations(
    store: StoreDep,
    level: Annotated[str, Query(pattern="^(country|actor)$")] = "country",
    directed: bool = False,
    period: Annotated[str | None, Query(pattern="^(day|week|month|year)$")] = None,
    min_events: Annotated[int, Query(ge=1)] = 1,
) -> list[dict[str, Any]]:
    """Cooperation and conflict per pair, frenemy index and label."""
    return records(store.relations(level=level, directed=directed, period=period,
                                   min_events=min_events))


@analysis.get("/network")
def network(
    store: StoreDep,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    min_events: Annotated[int, Query(ge=1)] = 1,
) -> dict[str, Any]:
    """The signed network for a period: nodes with coalitions and a layout, signed edges."""
    import networkx as nx

    from ..analytics import coalitions, dyads, signed_graph

    frame = store.relation_events()
    if since:
        frame = frame[frame.date >= since]
    if until:
        frame = frame[frame.date <= until]
    pairs = dyads(frame, directed=False, min_events=min_events)
    pairs = pairs[pairs.n_events >= min_events]
    graph = signed_graph(pairs)
    groups = coalitions(graph)
    layout = nx.spring_layout(graph, seed=7, weight=None) if graph.number_of_nodes() else {}
    dates = store.query("SELECT CAST(min(date) AS VARCHAR) AS first, "
                        "CAST(max(date) AS VARCHAR) AS last FROM events").iloc[0].to_dict()
    return {
        "period": {"since": since, "until": until, "first": dates["first"], "last": dates["last"]},
        "nodes": [{"id": n, "coalition": groups.get(n, 0), "x": float(layout[n][0]),
                   "y": float(layout[n][1]), "degree": graph.degree(n)} for n in graph.nodes],
        "edges": [{"source": a, "target": b, **{k: v for k, v in d.items()}}
                  for a, b, d in graph.edges(data=True)],
    }


@analysis.get("/dyad/{a}/{b}")
def dyad(a: str, b: str, store: StoreDep,
         period: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "month") -> dict[str, Any]:
    """A pair's cooperation and conflict per period, and the events behind each point."""
    for code in (a, b):
        if not pd.Series([code]).str.fullmatch(CODE[1:-1]).iloc[0]:
            raise HTTPException(422, f"not an actor code: {code!r}")
    a, b = a.upper(), b.upper()
    over_time = store.relations(directed=False, period=period)
    key = tuple(sorted((a, b)))
    rows = over_time[(over_time.source == key[0]) & (over_time.target == key[1])].sort_values("period")
    events = store.events(pair=(a, b))
    events["period"] = (pd.to_datetime(events["date"]).dt.to_period(
        {"day": "D", "week": "W", "month": "M", "year": "Y"}[period]).astype(str))
    return {"a": a, "b": b, "period": period, "points": records(rows),
            "events": [dict(e, evidence=evidence(e)) for e in records(events)]}


# --- quotes and claims -----------------------------------------------------------------------
talk = APIRouter(prefix="/api", tags=["quotes and claims"])


@talk.get("/quotes")
def list_quotes(store: StoreDep, speaker: Annotated[str | None, Query(max_length=80)] = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 200,
                offset: Annotated[int, Query(ge=0)] = 0) -> list[dict[str, Any]]:
    """Quotes with their speakers and evidence."""
    frame = store.quotes(speaker=speaker).iloc[offset : offset + limit]
    return [dict(r, evidence=evidence(r)) for r in records(frame)]


def _claim_groups(store: Store, contested: bool) -> list[dict[str, Any]]:
    out = []
    for number, group in enumerate(store.claim_groups()):
        sides = {"for": [], "against": []}
        for p in group.positions:
            side = "for" if p.stance in {"assert", "support"} else "against"
            sides[side].append({"actor": p.actor, "actor_text": p.actor_text, "stance": p.stance,
                                "doc_id": p.doc_id, "sentence": p.sentence})
        if contested and not (sides["for"] and sides["against"] or group.dispute is not None):
            continue
        out.append({"claim_no": number, "claim": group.text, "doc_ids": group.doc_ids,
                    "dispute": group.dispute, **sides})
    return out


@talk.get("/claims")
def list_claims(store: StoreDep, contested: bool = False) -> list[dict[str, Any]]:
    """Claims across documents with each side's backers and their evidence."""
    return _claim_groups(store, contested)


@talk.get("/disputes")
def list_disputes(store: StoreDep) -> list[dict[str, Any]]:
    """Opposed claims grouped into disputes."""
    disputes: dict[int, list[dict[str, Any]]] = {}
    for claim in _claim_groups(store, contested=False):
        if claim["dispute"] is not None:
            disputes.setdefault(claim["dispute"], []).append(claim)
    return [{"dispute": k, "claims": v} for k, v in sorted(disputes.items())]


# --- ingest (behind the token) ---------------------------------------------------------------
ingest_router = APIRouter(prefix="/api/ingest", tags=["ingest"])


class Article(BaseModel):
    """An article pasted into the dashboard."""

    text: Annotated[str, Field(min_length=20, max_length=200_000)]
    title: Annotated[str, Field(max_length=500)] = ""
    date: Annotated[str | None, Field(pattern=DATE)] = None
    outlet: Annotated[str | None, Field(max_length=200)] = None
    url: Annotated[str | None, Field(max_length=2000)] = None
    id: Annotated[str | None, Field(max_length=200)] = None


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None,
                  x_frenemy_token: Annotated[str | None, Header()] = None) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "this server is read-only: start it with --token to allow ingest")
    given = x_frenemy_token or (authorization or "").removeprefix("Bearer ").strip()
    if given != token:
        raise HTTPException(401, "missing or wrong token")


def _ingest(request: Request, documents: list) -> dict[str, Any]:
    from ..config import Settings
    from ..pipeline import ingest

    with LOCK, Store(request.app.state.db) as store:
        report = ingest(documents, store, Settings(model=request.app.state.model))
    return {"read": report.read, "stored": report.stored, "unchanged": report.unchanged,
            "events": report.events, "duplicates": [list(d) for d in report.duplicates]}


@ingest_router.post("/text", dependencies=[Depends(require_token)])
def ingest_text(request: Request, articles: list[Article]) -> dict[str, Any]:
    """Code and store pasted articles."""
    from ..ingest.readers import content_id
    from ..records import Document

    if not articles or len(articles) > 200:
        raise HTTPException(422, "send 1 to 200 articles")
    docs = [Document(doc_id=a.id or content_id(a.title, a.text), title=a.title, text=a.text,
                     date=a.date, url=a.url, outlet=a.outlet, source="browser") for a in articles]
    return _ingest(request, docs)


@ingest_router.post("/file", dependencies=[Depends(require_token)])
def ingest_file(request: Request, file: Annotated[UploadFile, File()]) -> dict[str, Any]:
    """Code and store an uploaded file (.txt, .html, .jsonl, .csv or an RSS/Atom feed)."""
    import tempfile

    from ..ingest import FORMATS, read_path

    name = Path(file.filename or "upload.txt").name
    if Path(name).suffix.lower() not in FORMATS:
        raise HTTPException(400, f"{name}: unknown file type; upload {', '.join(sorted(FORMATS))}")
    data = file.file.read(20_000_001)
    if len(data) > 20_000_000:
        raise HTTPException(413, f"{name}: larger than 20 MB")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            docs = list(read_path(path))
        except InputError as err:
            raise HTTPException(400, f"{name}: {err.problem}") from None
    return _ingest(request, docs)


# --- the application -------------------------------------------------------------------------
def create_app(db: str | Path, *, token: str | None = None, model: str | None = None) -> FastAPI:
    """The API and dashboard over the store at `db`."""
    from ..config import default_model

    app = FastAPI(title="frenemy", version="0.1.0",
                  description="World-politics events, actors, quotes, claims and relations, "
                              "each with the sentence that proves it.")
    app.state.db, app.state.token, app.state.model = Path(db), token, model or default_model()
    for router in (documents, events, analysis, talk, ingest_router):
        app.include_router(router)
    from .geo import router as geo_router  # /api/locations, /api/tone (imported here: it imports app)

    app.include_router(geo_router)

    @app.exception_handler(StoreError)
    def store_error(request: Request, err: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(err)}, status_code=503)

    @app.exception_handler(FrenemyError)
    def frenemy_error(request: Request, err: FrenemyError) -> JSONResponse:
        return JSONResponse({"detail": str(err)}, status_code=400)

    @app.get("/api/status", tags=["status"])
    def status() -> dict[str, Any]:
        """Whether the store exists, its counts, and whether ingest is allowed."""
        try:
            with LOCK, Store(app.state.db, read_only=True) as store:
                counts = store.counts()
        except StoreError as err:
            return {"store": str(app.state.db), "ready": False, "detail": str(err),
                    "ingest": bool(app.state.token)}
        return {"store": str(app.state.db), "ready": True, "counts": counts,
                "ingest": bool(app.state.token)}

    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html")

    return app
