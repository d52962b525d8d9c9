"""frenemy: world-politics news in, evidence-backed event data out.

>>> import frenemy
>>> coded = frenemy.code("Iran shot down a U.S. drone on Thursday.", date="2019-06-20")
>>> [(e.source, e.plover, e.target) for e in coded.events]
[('IRN', 'ASSAULT', 'USA')]
"""

from __future__ import annotations

import builtins
from pathlib import Path

from .config import Settings
from .errors import ConfigError, FrenemyError, InputError, StoreError
from .records import Coded, Document, Event, Mention, Sentence, event_record
from .store import Store

__all__ = [
    "code",
    "Coded",
    "ConfigError",
    "Document",
    "Event",
    "event_record",
    "FrenemyError",
    "InputError",
    "Mention",
    "open",
    "Sentence",
    "Settings",
    "Store",
    "StoreError",
]
__version__ = "0.1.0"


def open(  # noqa: A001
    path: str | Path | None = None, *, read_only: bool = False, create: bool = False
) -> Store:
    """Open a store; a path that does not exist is an error unless `create=True` (so a typo
    never makes a new, empty store). No path: an in-memory store.

    >>> store = frenemy.open("news.duckdb", create=True)
    """
    if path is not None and not create and not read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such store; pass create=True to make a new one")
    return Store(path, read_only=read_only)


def code(text: str, *, title: str = "", date: str | None = None, doc_id: str = "text",
         settings: Settings | None = None) -> Coded:
    """Code one text; return its sentences, actor mentions and events, storing nothing.
    Each event's `date` is a `datetime.date`; `event_record` gives the shared schema.

    >>> [e.date for e in code("Iran shot down a U.S. drone.", date="2019-06-20").events]
    [datetime.date(2019, 6, 20)]
    """
    from .ingest.readers import normalise_date
    from .pipeline import code_documents

    day = normalise_date(date, "date") if date else None
    document = Document(doc_id=doc_id, title=title, text=text, date=day)
    return next(code_documents([document], settings))


del builtins
