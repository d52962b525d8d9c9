"""Ingest: find input files and read them into Documents, whatever their format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError, SkippedInput
from ..records import Document
from .readers import (
    MAX_CHARS,
    read_csv,
    read_feed,
    read_html,
    read_jsonl,
    read_text,
    read_txt,
    report,
)

__all__ = ["FORMATS", "MAX_CHARS", "iter_files", "read_path", "read_paths", "read_text"]

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
def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively, sorted) into the files frenemy can read."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                known = child.suffix.lower() in FORMATS and not child.name.startswith(".")
                if known and child.is_file():
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
    max_chars: int = MAX_CHARS,
) -> Iterator[Document]:
    """Read one file into Documents. `date` and `outlet` fill in what the file does not say.

    Bad records inside JSONL, CSV or feeds go to `on_problem` (when given) and the rest is
    read; a file that cannot be read at all raises InputError naming it (SkippedInput when
    it is left out on purpose: empty, binary, longer than `max_chars`).
    """
    path = Path(path)
    reader = FORMATS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(FORMATS))
        kind = path.suffix or "(none)"
        raise InputError(path, f"unknown file type {kind!r}; frenemy reads {known}")
    yield from reader(path, date=date, outlet=outlet, on_problem=on_problem, max_chars=max_chars)


def read_paths(
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Callable[[InputError], None] | None = None,
    max_chars: int = MAX_CHARS,
    exclude: Iterable[str | Path] = (),
) -> Iterator[Document]:
    """Read files and folders (leaving out the files in `exclude`, such as the user's actor
    dictionaries); with `on_problem`, a bad file or a missing path is reported and skipped,
    and a file none of whose records could be read is reported once, as a whole."""
    left_out = {Path(p).resolve() for p in exclude}
    for raw in paths:
        try:
            files = list(iter_files([raw]))
        except InputError as err:
            report(err, on_problem)
            continue
        for path in files:
            if path.resolve() in left_out:
                continue
            if on_problem is None:
                yield from read_path(path, date=date, outlet=outlet, max_chars=max_chars)
            else:
                yield from read_reported(path, on_problem, date=date, outlet=outlet,
                                         max_chars=max_chars)


def read_reported(path: Path, on_problem: Callable[[InputError], None], **options: Any
                  ) -> Iterator[Document]:
    """Read one file, handing every problem to `on_problem`; nothing escapes, not even an
    error a parser raises that frenemy did not foresee."""
    problems: list[InputError] = []
    found = 0
    try:
        for document in read_path(path, on_problem=problems.append, **options):
            found += 1
            yield document
    except InputError as err:
        problems.append(err)
    except Exception as err:  # noqa: BLE001 (a parser's surprise about one file ends no run)
        problems.append(InputError(path, f"cannot read ({type(err).__name__}: {err})"))
    for err in problems if found or len(problems) < 2 else [summarised(path, problems)]:
        on_problem(err)


def summarised(path: Path, problems: list[InputError]) -> InputError:
    """One problem for a file none of whose records could be read."""
    first = problems[0]
    where = first.source.removeprefix(str(path)).lstrip(":#") or "file"
    kind = SkippedInput if all(isinstance(p, SkippedInput) for p in problems) else InputError
    return kind(path, f"no readable record ({len(problems)} problems; first, at {where}: "
                      f"{first.problem})")
