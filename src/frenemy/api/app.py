"""The REST API and the web dashboard over one store (FastAPI; OpenAPI schema at /docs).

The server opens its store once and gives every request a DuckDB cursor of its own
(`serving.ServedStore`), so readers run side by side and an ingest never blocks them; heavy
results are cached per store version. Every list is paged (`items`, `total`, `limit`,
`offset`), every filter is a bound SQL parameter, and a bad input gets a 4xx with a message a
person can read. Ingest needs the token given at start-up (``--token`` or ``FRENEMY_TOKEN``);
without a token the server is read-only.
"""

from __future__ import annotations

import re
import threading
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
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
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from ..errors import FrenemyError, InputError, StoreError
from ..store import Store
from . import analyses
from .analyses import records
from .guards import (
    CODE,
    DATE,
    LEVEL,
    PERIOD,
    PLOVER,
    BodyLimit,
    bearer,
    check_token,
    validation_error,
)
from .serving import ResponseCache, ServedStore

WEB = Path(str(resources.files("frenemy.api") / "web"))
MAX_PAGE = 1000
MAX_OFFSET = 100_000_000
MAX_COUNT = 1_000_000  # bounds min_events and min_mentions, so DuckDB never sees a huge integer
MAX_BODY = 20_000_000
FREQUENCIES = {"day": "D", "week": "W", "month": "M", "year": "Y"}
TYPES = r"^[A-Za-z]{4,10}(,[A-Za-z]{4,10}){0,30}$"  # a comma-separated list of PLOVER types
CSV_CHUNK = 5000  # rows per query while /api/events.csv streams


def served(request: Request) -> ServedStore:
    return request.app.state.store


def get_store(request: Request) -> Iterator[Store]:
    """A cursor of the server's one database for this request."""
    with served(request).reader() as store:
        yield store


StoreDep = Annotated[Store, Depends(get_store)]


@dataclass(frozen=True)
class Page:
    """Which slice of a list was asked for."""

    limit: int
    offset: int

    def of(self, items: Sequence[Any], total: int | None = None) -> dict[str, Any]:
        """The paged answer: without `total`, `items` is the whole list and is sliced here;
        with it, `items` is already this page of `total` rows."""
        if total is None:
            total, items = len(items), items[self.offset : self.offset + self.limit]
        return {"total": total, "limit": self.limit, "offset": self.offset, "items": list(items)}


def paging(limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size")] = 100,
           offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> Page:
    return Page(limit, offset)


PageDep = Annotated[Page, Depends(paging)]
Count = Annotated[int, Query(ge=1, le=MAX_COUNT)]


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
Outlet = Annotated[str | None, Query(max_length=200, description="Outlet, exactly")]


@documents.get("")
def list_documents(store: StoreDep, page: PageDep, outlet: Outlet = None) -> dict[str, Any]:
    """Documents, newest first (then by id), with their event counts."""
    rows = records(store.documents(outlet=outlet, limit=page.limit, offset=page.offset))
    return page.of(rows, store.count_documents(outlet=outlet))


@documents.get("/{doc_id:path}")
def get_document(doc_id: str, store: StoreDep) -> dict[str, Any]:
    """One document: full text, its events and quotes, with offsets into the text."""
    found = store.document(doc_id) if len(doc_id) <= 1000 else None
    if found is None:
        raise HTTPException(404, f"no document {doc_id[:200]!r}")
    rows = records(pd.DataFrame(found["events"]))
    found["events"] = [dict(e, evidence=evidence(e)) for e in rows]
    return found


# --- events ----------------------------------------------------------------------------------
events = APIRouter(prefix="/api/events", tags=["events"])


def event_filters(
    actor: Annotated[str | None, Query(pattern=CODE, description="Code prefix, e.g. RUS")] = None,
    type: Annotated[str | None, Query(pattern=PLOVER, description="PLOVER type")] = None,  # noqa: A002
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    outlet: Outlet = None,
    a: Annotated[str | None, Query(pattern=CODE, description="With b: a country pair")] = None,
    b: Annotated[str | None, Query(pattern=CODE)] = None,
) -> dict[str, Any]:
    """The filters of an event list, as `Store.events` takes them."""
    if (a is None) != (b is None):
        raise HTTPException(400, "give both a and b for a pair, or neither")
    return {"actor": actor, "type": type, "since": valid_date("since", since),
            "until": valid_date("until", until), "outlet": outlet,
            "pair": (a, b) if a and b else None}


EventFilters = Annotated[dict[str, Any], Depends(event_filters)]


@events.get("")
def list_events(store: StoreDep, page: PageDep, filters: EventFilters) -> dict[str, Any]:
    """Events with their evidence, filtered, in date order (then document, sentence, offset)."""
    frame = store.events(**filters, limit=page.limit, offset=page.offset)
    rows = [dict(r, evidence=evidence(r)) for r in records(frame)]
    return page.of(rows, store.count_events(**filters))


@events.get(".csv", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}}})
def export_events(request: Request, filters: EventFilters) -> StreamingResponse:
    """Every event the filters find (not one page), as CSV in the order of /api/events; the
    number of rows is in the `X-Total-Count` header."""
    served_store = served(request)
    with served_store.reader() as store:
        total = store.count_events(**filters)

    def rows() -> Iterator[str]:
        # one cursor and one snapshot for the whole file, read a chunk at a time
        with served_store.reader() as store:
            store.con.execute("BEGIN TRANSACTION")
            try:
                for offset in range(0, max(total, 1), CSV_CHUNK):
                    frame = store.events(**filters, limit=CSV_CHUNK, offset=offset)
                    yield frame.to_csv(index=False, header=offset == 0)
            finally:
                store.con.execute("ROLLBACK")

    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="frenemy-events.csv"',
        "X-Total-Count": str(total)})


def valid_date(name: str, value: str | None) -> str | None:
    """`value` if it is a real calendar date ('2021-02-30' is not), else a 422."""
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise HTTPException(422, f"{name}: {value!r} is not a calendar date") from None
    return value


# --- actors, relations, network --------------------------------------------------------------
analysis = APIRouter(prefix="/api", tags=["actors and relations"])


@analysis.get("/actors")
def list_actors(request: Request, page: PageDep,
                code: Annotated[str | None, Query(pattern=CODE)] = None,
                min_mentions: Count = 1) -> dict[str, Any]:
    """The actor registry: codes, names, mention counts and how each was coded, most
    mentioned first."""
    return page.of(analyses.actors(served(request), code, min_mentions))


@analysis.get("/relations")
def list_relations(
    request: Request,
    page: PageDep,
    level: Annotated[str, Query(pattern=LEVEL)] = "country",
    directed: bool = False,
    period: Annotated[str | None, Query(pattern=PERIOD)] = None,
    min_events: Count = 1,
) -> dict[str, Any]:
    """Cooperation and conflict per pair, frenemy index and label, by pair (then period)."""
    return page.of(analyses.relations(served(request), level, directed, period, min_events))


@analysis.get("/network")
def network(
    request: Request,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    min_events: Count = 1,
    level: Annotated[str, Query(pattern=LEVEL, description="country, or actor (with sectors)")]
    = "country",
    types: Annotated[str | None, Query(pattern=TYPES, description="PLOVER types, e.g. "
                                       "ACCUSE,THREATEN")] = None,
) -> dict[str, Any]:
    """The signed network for a period: nodes with names, coalitions and a layout, signed
    edges; between countries or actors with their sectors, of some event types or all."""
    since, until = valid_date("since", since), valid_date("until", until)
    kinds = tuple(sorted({t.upper() for t in types.split(",")})) if types else ()
    return analyses.network(served(request), since, until, min_events, level, kinds)


@analysis.get("/dyad/{a}/{b}")
def dyad(a: str, b: str, request: Request, store: StoreDep, page: PageDep,
         period: Annotated[str, Query(pattern=PERIOD)] = "month") -> dict[str, Any]:
    """A pair's cooperation and conflict per period (each point with its `since` and `until`
    for /api/events), and a page of the pair's events."""
    for code in (a, b):
        if not re.fullmatch(CODE, code):
            raise HTTPException(422, f"not an actor code: {code[:40]!r}")
    a, b = a.upper(), b.upper()
    over_time = analyses.dyad_points(served(request), period)
    key = sorted((a, b))
    rows = over_time[(over_time.source == key[0]) & (over_time.target == key[1])]
    points = records(rows.sort_values("period"))
    for point in points:
        span = pd.Period(point["period"], freq=FREQUENCIES[period])
        point["since"] = span.start_time.date().isoformat()
        point["until"] = span.end_time.date().isoformat()
    frame = store.events(pair=(a, b), limit=page.limit, offset=page.offset)
    events = [dict(e, evidence=evidence(e)) for e in records(frame)]
    total = store.count_events(pair=(a, b))
    return {"a": a, "b": b, "period": period, "points": points, "events": page.of(events, total)}


# --- quotes and claims -----------------------------------------------------------------------
talk = APIRouter(prefix="/api", tags=["quotes and claims"])


@talk.get("/quotes")
def list_quotes(store: StoreDep, page: PageDep,
                speaker: Annotated[str | None, Query(max_length=80)] = None) -> dict[str, Any]:
    """Quotes with their speakers and evidence, in date order (then document and offset)."""
    frame = store.quotes(speaker=speaker, limit=page.limit, offset=page.offset)
    rows = [dict(r, evidence=evidence(r)) for r in records(frame)]
    return page.of(rows, store.count_quotes(speaker=speaker))


@talk.get("/claims")
def list_claims(request: Request, page: PageDep, contested: bool = False) -> dict[str, Any]:
    """Claims across documents with each side's backers and their evidence."""
    claims = analyses.claims(served(request))
    if contested:
        claims = [c for c in claims if c["for"] and c["against"] or c["dispute"] is not None]
    return page.of(claims)


@talk.get("/disputes")
def list_disputes(request: Request, page: PageDep) -> dict[str, Any]:
    """Opposed claims grouped into disputes."""
    disputes: dict[int, list[dict[str, Any]]] = {}
    for claim in analyses.claims(served(request)):
        if claim["dispute"] is not None:
            disputes.setdefault(claim["dispute"], []).append(claim)
    return page.of([{"dispute": k, "claims": v} for k, v in sorted(disputes.items())])


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
    """The token, as X-Frenemy-Token or Authorization: Bearer."""
    check_token(request, x_frenemy_token or bearer(authorization))


def _ingest(request: Request, documents: list) -> dict[str, Any]:
    from ..config import Settings
    from ..pipeline import ingest

    with served(request).writer() as store:
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
                     date=valid_date("date", a.date), url=a.url, outlet=a.outlet,
                     source="browser") for a in articles]
    return _ingest(request, docs)


@ingest_router.post("/file", dependencies=[Depends(require_token)])
def ingest_file(request: Request, file: Annotated[UploadFile, File()]) -> dict[str, Any]:
    """Code and store an uploaded file (.txt, .html, .jsonl, .csv or an RSS/Atom feed)."""
    import tempfile

    from ..ingest import FORMATS, read_path

    name = Path(file.filename or "upload.txt").name
    if Path(name).suffix.lower() not in FORMATS:
        raise HTTPException(400, f"{name}: unknown file type; upload {', '.join(sorted(FORMATS))}")
    data = file.file.read()  # BodyLimit has already refused a body over max_body
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            docs = list(read_path(path))
        except InputError as err:
            raise HTTPException(400, f"{name}: {err.problem}") from None
    return _ingest(request, docs)


# --- the application -------------------------------------------------------------------------
def create_app(db: str | Path, *, token: str | None = None, model: str | None = None,
               cors_origins: Sequence[str] = (), max_body: int = MAX_BODY) -> FastAPI:
    """The API and dashboard over the store at `db`. Without `token` the store is opened
    read-only and ingest answers 403. `cors_origins` lists the other sites whose pages may
    read the API (none by default); a request body over `max_body` bytes gets a 413.

    >>> uvicorn.run(create_app("news.duckdb", token="s3cret"), host="127.0.0.1")
    """
    from ..config import default_model

    app = FastAPI(title="frenemy", version="0.1.0", lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="World-politics events, actors, quotes, claims and relations, "
                              "each with the sentence that proves it.")
    app.state.store = ServedStore(db, writable=bool(token))
    app.state.warm = threading.Event()
    app.state.token, app.state.model = token, model or default_model()
    for router in (documents, events, analysis, talk, ingest_router):
        app.include_router(router)
    add_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(ResponseCache, version=lambda: app.state.store.version,
                       skip=("/api/status", "/api/events.csv"))
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins),
                           allow_methods=["GET"], allow_credentials=False)

    from .geo import router as geo_router  # /api/locations, /api/tone (imported here: it imports app)

    app.include_router(geo_router)

    @app.get("/api/status", tags=["status"])
    def status() -> dict[str, Any]:
        """Whether the store exists, its counts, and whether ingest is allowed."""
        base = {"store": str(app.state.store.path), "ingest": bool(app.state.token)}
        try:
            counts = app.state.store.cached(("counts",), lambda store: store.counts(),
                                            fresh=True)
        except StoreError as err:
            return {**base, "ready": False, "detail": str(err)}
        return {**base, "ready": True, "counts": counts, "version": app.state.store.version,
                "warm": app.state.warm.is_set()}

    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from the copy served under /static/vendor, so it works offline."""
        vendor = "/static/vendor/swagger-ui"
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title="frenemy API",
            swagger_js_url=f"{vendor}/swagger-ui-bundle.js",
            swagger_css_url=f"{vendor}/swagger-ui.css",
            swagger_favicon_url=f"{vendor}/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None})

    return app


def add_error_handlers(app: FastAPI) -> None:
    """Every error as JSON with a `detail` a person can read."""
    app.add_exception_handler(RequestValidationError, validation_error)

    @app.exception_handler(StoreError)
    def store_error(request: Request, err: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(err)}, status_code=503)

    @app.exception_handler(FrenemyError)
    def frenemy_error(request: Request, err: FrenemyError) -> JSONResponse:
        return JSONResponse({"detail": str(err)}, status_code=400)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """On start-up, compute the heavy results in the background (`warm` in /api/status says
    when they are ready) and, when ingest is on, load the spaCy pipeline, so the first users
    and the first upload do not stall the others. On shutdown, close the store."""
    warmer = threading.Thread(target=warm, args=(app,), name="warm", daemon=True)
    warmer.start()
    if app.state.token:
        from anyio import to_thread

        from ..config import Settings
        from ..pipeline import actor_coder

        settings = Settings(model=app.state.model)  # the same cache key `ingest` will use
        await to_thread.run_sync(actor_coder, settings.model, settings.actor_files)
    try:
        yield
    finally:
        warmer.join(timeout=30)
        app.state.store.close()


def warm(app: FastAPI) -> None:
    try:
        analyses.warm(app.state.store)
    except StoreError:
        pass  # no store yet: each request says so
    finally:
        app.state.warm.set()
