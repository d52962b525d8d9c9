"""Readers: one function per input format, each turning a file into Documents."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Document

Problem = Callable[[InputError], None]

MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP or Office document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
}
COLUMNS = ("id", "title", "text", "date", "url", "outlet")


def content_id(title: str, text: str) -> str:
    """A stable id from the content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:16]


def read_text(path: Path) -> str:
    """Read a file as UTF-8 text, with a clear error for binary, non-UTF-8 or empty files."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read ({err.strerror})") from None
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            raise InputError(
                path, f"binary file (looks like {kind}); expected text, HTML, a feed, CSV or JSONL"
            )
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file; expected text, HTML, a feed, CSV or JSONL")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            path, f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    if not text.strip():
        raise InputError(path, "empty file")
    return text


def normalise_date(value: Any, source: str | Path) -> str | None:
    """Turn a date given as text (ISO, or ISO with time) into YYYY-MM-DD."""
    if value in (None, ""):
        return None
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            pass
    raise InputError(source, f"date {text!r} is not an ISO date (YYYY-MM-DD)")


def read_txt(path: Path, *, date: str | None = None, outlet: str | None = None) -> Iterator[Document]:
    """A plain-text article: the first non-empty line is the headline, the rest the body."""
    text = read_text(path).replace("\r\n", "\n")
    lines = text.lstrip().split("\n", 1)
    title = lines[0].strip()
    body = lines[1].strip("\n") if len(lines) > 1 else ""
    if not body.strip():
        body, title = title, ""
    named = re.match(r"^(\d{4}-\d{2}-\d{2})", path.name)  # "2021-04-16_story.txt"
    if date is None and named:
        date = normalise_date(named.group(1), path)
    yield Document(
        doc_id=path.stem, title=title, text=body.strip(), date=date, outlet=outlet, source=str(path)
    )


def html_to_text(html: str) -> str:
    """Paragraph text of an HTML fragment (a feed entry), one paragraph per block."""
    import lxml.html

    if not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks = root.xpath(".//p|.//li|.//h1|.//h2|.//h3|.//blockquote")
    parts = [" ".join(b.text_content().split()) for b in blocks] or [root.text_content().strip()]
    return "\n\n".join(p for p in parts if p)


def read_html(
    path: Path, *, date: str | None = None, outlet: str | None = None
) -> Iterator[Document]:
    """A web page: main text and metadata through trafilatura."""
    import trafilatura

    html = read_text(path)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(path, "no article text found in the HTML page")
    title = (extracted.title or "").strip()
    lines = [line.strip() for line in extracted.text.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    yield Document(
        doc_id=path.stem,
        title=title,
        text="\n\n".join(lines),
        date=date or normalise_date(extracted.date, path),
        url=extracted.url,
        outlet=outlet or extracted.sitename,
        source=str(path),
    )


def record_to_document(
    record: dict[str, Any], where: str, *, date: str | None, outlet: str | None, source: Path
) -> Document:
    """Turn one JSONL or CSV record into a Document, naming the record in any error."""
    if not isinstance(record, dict):
        raise InputError(where, "expected a JSON object with a 'text' field")
    text = str(record.get("text") or "").strip()
    if not text:
        raise InputError(where, "record has no 'text'")
    title = str(record.get("title") or "").strip()
    doc_id = str(record.get("id") or "").strip() or content_id(title, text)
    return Document(
        doc_id=doc_id,
        title=title,
        text=text,
        date=normalise_date(record.get("date"), where) or date,
        url=(record.get("url") or None),
        outlet=(record.get("outlet") or None) or outlet,
        source=str(source),
    )


def read_jsonl(
    path: Path,
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Problem | None = None,
) -> Iterator[Document]:
    """One JSON object a line with id, title, text, date, url, outlet; bad lines are reported."""
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(where, f"not valid JSON ({err.msg} at column {err.colno})") from None
            yield record_to_document(record, where, date=date, outlet=outlet, source=path)
        except InputError as err:
            if on_problem is None:
                raise
            on_problem(err)


def read_csv(
    path: Path,
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Problem | None = None,
) -> Iterator[Document]:
    """A CSV table with id, title, text, date, url, outlet columns (text is required)."""
    reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
    fields = reader.fieldnames or []
    if "text" not in fields:
        raise InputError(
            path, f"CSV has no 'text' column (columns: {', '.join(fields) or 'none'}); "
            f"expected {', '.join(COLUMNS)}"
        )
    for number, record in enumerate(reader, start=2):
        try:
            yield record_to_document(record, f"{path}:{number}", date=date, outlet=outlet, source=path)
        except InputError as err:
            if on_problem is None:
                raise
            on_problem(err)


def read_feed(
    path: Path, *, date: str | None = None, outlet: str | None = None
) -> Iterator[Document]:
    """An RSS or Atom feed file: one Document per entry, full content when the feed has it."""
    import feedparser

    parsed = feedparser.parse(read_text(path))
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise InputError(path, f"not a readable RSS/Atom feed ({reason or 'no entries'})")
    feed_title = parsed.feed.get("title") or None
    for entry in parsed.entries:
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        text = html_to_text(html)
        if not text:
            continue
        title = " ".join((entry.get("title") or "").split())
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        yield Document(
            doc_id=entry.get("id") or entry.get("link") or content_id(title, text),
            title=title,
            text=text,
            date=date or (f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None),
            url=entry.get("link"),
            outlet=outlet or feed_title,
            source=str(path),
        )
