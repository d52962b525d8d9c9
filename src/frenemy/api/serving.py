"""How the server shares one store between many requests.

DuckDB's rule for threads: one database instance per process, and a `cursor()` per thread.
`ServedStore` opens the instance once (read-only when the server has no token) and lends a
fresh cursor to each request, so readers run side by side and no lock is held across a read.
Writers take `writing`, one at a time; DuckDB's MVCC lets readers go on meanwhile, each
seeing the store as it was when its query began. Each finished write raises `version`.

`ResultCache` keeps heavy results (network, relations, claims) per key with the version they
were computed for, and computes each once however many requests ask at the same moment. After
a write, the first request for a key starts its recomputation in the background; requests
wait up to `patience` seconds for it and otherwise get the previous version's result, so a
crowd of readers never stalls behind an ingest.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as Late
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import StoreError
from ..store import Store

T = TypeVar("T")
NOTHING: Any = object()
# set by ResponseCache while it renders an answer: noted when a result of an older store
# version went into it, so that answer is not kept as this version's
STALE: ContextVar[list[bool] | None] = ContextVar("frenemy_stale", default=None)


def note_stale() -> None:
    noted = STALE.get()
    if noted is not None:
        noted.append(True)


@dataclass
class Slot:
    """A key's result for one store version (perhaps still being computed), and the last
    good result of an earlier version."""

    version: int
    future: Future[Any] = field(default_factory=Future)
    stale: Any = NOTHING

    def last_good(self) -> Any:
        """The newest finished result this slot knows, or NOTHING."""
        if self.future.done() and self.future.exception() is None:
            return self.future.result()
        return self.stale


class ResultCache:
    """Results keyed by what was asked, each computed once per store version however many
    threads ask at the same moment; beyond `size` keys the least used is dropped.

    >>> cache.get(("network",), version, compute_network, patience=0.5)
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._lock = threading.Lock()  # guards the dict only, never held while computing
        self._slots: OrderedDict[Hashable, Slot] = OrderedDict()
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="refresh")

    def get(self, key: Hashable, version: int, compute: Callable[[], T],
            patience: float | None = None) -> T:
        """`compute()`'s result for `version` (or a newer one). With `patience`, a result
        already known for an older version is returned if the new one takes longer."""
        slot, owner = self._slot(key, version, coalesce=patience is not None)
        if slot.version < version:
            note_stale()
        stale = slot.stale is not NOTHING and patience is not None
        if owner and stale:
            self._background.submit(self._fill, key, slot, compute)
        elif owner:
            self._fill(key, slot, compute)
        if not stale:
            return slot.future.result()
        try:
            return slot.future.result(timeout=patience)
        except Late:
            note_stale()
            return slot.stale

    def _slot(self, key: Hashable, version: int, coalesce: bool) -> tuple[Slot, bool]:
        """The slot serving `version`, and whether the caller must fill it. With `coalesce`,
        a computation still running for an older version serves too: one at a
        time per key, however many writes come in meanwhile."""
        with self._lock:
            slot = self._slots.get(key)
            running = slot is not None and coalesce and not slot.future.done()
            if slot is not None and (slot.version >= version or running):
                self._slots.move_to_end(key)
                return slot, False
            stale = slot.last_good() if slot is not None else NOTHING
            slot = self._slots[key] = Slot(version, stale=stale)
            while len(self._slots) > self.size:
                self._slots.popitem(last=False)
            return slot, True

    def _fill(self, key: Hashable, slot: Slot, compute: Callable[[], Any]) -> None:
        try:
            slot.future.set_result(compute())
        except BaseException as err:  # the waiters see it too; the next caller tries again
            with self._lock:
                if self._slots.get(key) is slot:
                    del self._slots[key]
            slot.future.set_exception(err)

    def clear(self) -> None:
        with self._lock:
            self._slots.clear()

    def close(self) -> None:
        """Stop background work and forget every result (the cache stays usable)."""
        self._background.shutdown(wait=True, cancel_futures=True)
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="refresh")
        self.clear()


class ServedStore:
    """One DuckDB instance for the whole server, handing out a cursor per request."""

    def __init__(self, path: str | Path, *, writable: bool, patience: float = 0.25) -> None:
        self.path, self.writable = Path(path), writable
        self.version = 0
        self.writing = threading.Lock()
        self.cache = ResultCache()
        self.patience = patience
        self._opening = threading.Lock()
        self._root: Store | None = None

    def __repr__(self) -> str:
        mode = "read-write" if self.writable else "read-only"
        return f"<ServedStore {str(self.path)!r} {mode} version={self.version}>"

    def root(self) -> Store:
        """The process's one connection, opened on first use (a missing store raises
        StoreError each time until it exists, so a later ingest can still create it)."""
        root = self._root
        if root is None:
            with self._opening:
                if self._root is None:
                    self._root = Store(self.path, read_only=not self.writable)
                root = self._root
        return root

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A cursor of its own for one request."""
        cursor = self.root().cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """The one writer at a time; the version goes up when it is done."""
        if not self.writable:
            raise StoreError(f"{self.path}: opened read-only; start the server with a token")
        with self.writing:
            cursor = self.root().cursor()
            try:
                yield cursor
            finally:
                cursor.close()
                self.version += 1

    def cached(self, key: tuple[Hashable, ...], compute: Callable[[Store], T], *,
               fresh: bool = False) -> T:
        """`compute(store)` on a cursor of its own, once per store version for all requests
        asking; unless `fresh`, the previous version's result while a new one takes longer
        than `patience` seconds."""
        def run() -> T:
            with self.reader() as store:
                return compute(store)

        return self.cache.get(key, self.version, run, None if fresh else self.patience)

    def close(self) -> None:
        """Stop background refreshes, then close the database."""
        self.cache.close()
        with self._opening:
            if self._root is not None:
                self._root.close()
                self._root = None


@dataclass
class Answer:
    """A finished HTTP response, kept to be sent again."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    stale: bool = False  # made from a result of an older store version

    async def send(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


@dataclass
class Pending:
    """The answer to one GET for one store version (perhaps still being rendered), and the
    last good answer of an earlier version."""

    version: int
    task: asyncio.Future[Answer]
    stale: Answer | None = None

    def last_good(self) -> Answer | None:
        task = self.task
        if task.done() and not task.cancelled() and task.exception() is None:
            answer = task.result()
            return answer if answer.status == 200 and not answer.stale else None
        return self.stale


class ResponseCache:
    """ASGI middleware: the JSON of a GET under /api/ is rendered once per store version and
    sent to every reader asking the same path and query. After a write, the first reader
    starts the new rendering (one at a time per path and query); readers wait up to
    `patience` seconds for it, else get the previous version's answer. Errors are not kept,
    nor answers made from an older version's results (the next reader gets a new rendering);
    at most `max_bytes` of answers are."""

    def __init__(self, app: ASGIApp, version: Callable[[], int], *, patience: float = 0.25,
                 max_bytes: int = 128_000_000, skip: tuple[str, ...] = ("/api/status",)) -> None:
        self.app, self.version, self.patience = app, version, patience
        self.max_bytes, self.skip, self.bytes = max_bytes, skip, 0
        self._pending: OrderedDict[tuple[str, bytes], Pending] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (scope["type"] != "http" or scope["method"] != "GET" or not path.startswith("/api/")
                or path in self.skip):
            await self.app(scope, receive, send)
            return
        pending = self._pending_for((path, scope.get("query_string", b"")), scope)
        if pending.stale is None:
            answer = await asyncio.shield(pending.task)
        else:
            done, _ = await asyncio.wait({pending.task}, timeout=self.patience)
            answer = pending.task.result() if done else pending.stale
        await answer.send(send)

    def _pending_for(self, key: tuple[str, bytes], scope: Scope) -> Pending:
        """The rendering that answers `key` for the current version, started if need be."""
        version = self.version()
        pending = self._pending.get(key)
        if pending is not None and pending.task.get_loop() is not asyncio.get_running_loop():
            pending = None  # made in another event loop (test clients make one per request)
        if pending is not None and (pending.version >= version or not pending.task.done()):
            self._pending.move_to_end(key)
            return pending
        stale = pending.last_good() if pending is not None else None
        pending = Pending(version, asyncio.ensure_future(self.render(dict(scope))), stale)
        self._pending[key] = pending
        pending.task.add_done_callback(lambda _: self._finished(key, pending))
        return pending

    def _finished(self, key: tuple[str, bytes], pending: Pending) -> None:
        """Keep a good answer, counting its bytes and dropping the least used beyond the
        limit; forget a failed one, so the next reader asks the app again."""
        if self._pending.get(key) is not pending:
            return
        task, old = pending.task, len(pending.stale.body) if pending.stale else 0
        if (task.cancelled() or task.exception() is not None or task.result().status != 200
                or task.result().stale):
            del self._pending[key]
            self.bytes -= old
            return
        self.bytes += len(task.result().body) - old
        pending.stale = None
        while self.bytes > self.max_bytes and len(self._pending) > 1:
            _, dropped = self._pending.popitem(last=False)
            kept = dropped.last_good()
            self.bytes -= len(kept.body) if kept else 0

    async def render(self, scope: Scope) -> Answer:
        """Run the app for a GET without a client, collecting what it sends."""
        start: dict[str, Any] = {}
        body: list[bytes] = []
        asked, stale = False, []
        STALE.set(stale)  # this task's own context

        async def receive() -> Message:
            nonlocal asked
            if asked:
                return {"type": "http.disconnect"}
            asked = True
            return {"type": "http.request", "body": b"", "more_body": False}

        async def collect(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                body.append(message.get("body", b""))

        await self.app(scope, receive, collect)
        return Answer(start["status"], list(start.get("headers", [])), b"".join(body),
                      stale=bool(stale))
