"""Ingest: find input files and read them into Documents, whatever their format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Document
from .readers import read_csv, read_feed, read_html, read_jsonl, read_text, read_txt

__all__ = ["iter_files", "read_path", "read_paths", "read_text", "FORMATS"]

FORMATS: dict[str, Callable[..., Iterator[Document]]] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
RECORD_FORMATS = {read_jsonl, read_csv}


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively, sorted) into the files frenemy can read."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in FORMATS and not child.name.startswith("."):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise InputError(path, "no such file or folder")


def read_path(
    path: str | Path,
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Read one file into Documents. `date` and `outlet` fill in what the file does not say.

    Bad records inside JSONL or CSV go to `on_problem` (when given) and the rest is read;
    a file that cannot be read at all raises InputError naming it.
    """
    path = Path(path)
    reader = FORMATS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(FORMATS))
        raise InputError(path, f"unknown file type {path.suffix or '(none)'!r}; frenemy reads {known}")
    if reader in RECORD_FORMATS:
        yield from reader(path, date=date, outlet=outlet, on_problem=on_problem)
    else:
        yield from reader(path, date=date, outlet=outlet)


def read_paths(
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Read files and folders; with `on_problem`, a bad file is reported and skipped."""
    for path in iter_files(paths):
        try:
            yield from read_path(path, date=date, outlet=outlet, on_problem=on_problem)
        except InputError as err:
            if on_problem is None:
                raise
            on_problem(err)
