"""How the server shares one store between many requests.

DuckDB's rule for threads: one database instance per process, and a `cursor()` per thread.
`ServedStore` opens the instance once (read-only when the server has no token) and lends a
fresh cursor to each request, so readers run side by side and no lock is held across a read.
Writers take `writing`, one at a time; DuckDB's MVCC lets readers go on meanwhile, each
seeing the store as it was when its query began. Each finished write raises `version`, and
`ResultCache` keys heavy results (network, relations, claims) by it, so a crowd of readers
computes each of them once per version.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from ..errors import StoreError
from ..store import Store

T = TypeVar("T")


class ResultCache:
    """Results keyed by (store version, what was asked), each computed once however many
    threads ask for it at the same moment; beyond `size` entries the least used is dropped.

    >>> cache.get((0, "network"), compute_network)
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._lock = threading.Lock()  # guards the dict only, never held while computing
        self._entries: OrderedDict[Hashable, Future[Any]] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            entry = self._entries.get(key)
            owner = entry is None
            if entry is None:
                entry = self._entries[key] = Future()
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
            else:
                self._entries.move_to_end(key)
        if owner:
            self._fill(key, entry, compute)
        return entry.result()

    def _fill(self, key: Hashable, entry: Future[Any], compute: Callable[[], Any]) -> None:
        try:
            entry.set_result(compute())
        except BaseException as err:  # the waiters see it too; the next caller tries again
            with self._lock:
                if self._entries.get(key) is entry:
                    del self._entries[key]
            entry.set_exception(err)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class ServedStore:
    """One DuckDB instance for the whole server, handing out a cursor per request."""

    def __init__(self, path: str | Path, *, writable: bool) -> None:
        self.path, self.writable = Path(path), writable
        self.version = 0
        self.writing = threading.Lock()
        self.cache = ResultCache()
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

    def cached(self, key: tuple[Hashable, ...], compute: Callable[[], T]) -> T:
        """`compute()` for the current store version, shared by every request asking."""
        return self.cache.get((self.version, *key), compute)

    def close(self) -> None:
        with self._opening:
            if self._root is not None:
                self._root.close()
                self._root = None
        self.cache.clear()
