"""Readers: one function per input format, each turning a file into Documents."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dateutil.parser

from ..errors import InputError, SkippedInput
from ..records import Document

Problem = Callable[[InputError], None]

MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP or Office document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"SQLite format 3": "SQLite database",
}
# a byte-order mark names the encoding; longest first, since UTF-32-LE starts like UTF-16-LE
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
COLUMNS = ("id", "title", "text", "date", "url", "outlet")
MAX_CHARS = 2_000_000  # longer documents are skipped; see Settings.max_chars
BINARY_SHARE = 0.1  # control bytes in the first 8 KB beyond this share: a binary file
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # keeps tab, line feed and \r for splitting
NOT_TEXT = "expected text, HTML, a feed, CSV or JSONL"


def content_id(title: str, text: str) -> str:
    """A stable id from the content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:16]


def too_long(source: str | Path, size: int, limit: int, unit: str = "characters") -> SkippedInput:
    """The skip for a document or file over the size limit."""
    return SkippedInput(source, f"too long ({size:,} {unit}; the limit is {limit:,} characters, "
                                "see --max-chars)")


def binary_kind(data: bytes) -> str | None:
    """What binary format the bytes look like ("" when unknown), or None for text."""
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return "" if head and controls / len(head) > BINARY_SHARE else None


def decode(path: Path, data: bytes) -> str:
    """Bytes as text: by their byte-order mark, else UTF-8; binary data is skipped."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: judge the bytes as they are
    kind = binary_kind(data)
    if kind is not None:
        looks = f" (looks like {kind})" if kind else ""
        raise SkippedInput(path, f"binary file{looks}; {NOT_TEXT}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            path, f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None


def read_text(path: Path, *, max_bytes: int | None = None) -> str:
    """Read a file as text, with a clear error for binary, non-UTF-8, empty or huge files.
    UTF-16 and UTF-32 files with a byte-order mark are read too; control characters
    (NUL bytes and the like) are dropped."""
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise too_long(path, size, max_bytes // 4, unit="bytes")
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read ({err.strerror})") from None
    text = CONTROL.sub("", decode(path, data))
    if not text.strip():
        raise SkippedInput(path, "empty file")
    return text


def parse_date(text: str) -> dt.date | None:
    """A calendar date from ISO text or what dateutil reads ("June 20, 2019", "20/06/2019");
    None when the text is not a full date (a missing year or day is not guessed)."""
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            return None
    try:
        # two different defaults: a part the text does not give shows up as a difference
        first = dateutil.parser.parse(text, default=dt.datetime(2000, 1, 1))
        second = dateutil.parser.parse(text, default=dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


def normalise_date(value: Any, source: str | Path) -> str | None:
    """Turn a date (a date object, ISO text, "June 20, 2019", "20/06/2019") into YYYY-MM-DD."""
    if value in (None, ""):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    day = parse_date(text) if len(text) <= 64 else None
    if day is None:
        raise InputError(source, f"date {text!r} is not a full date (e.g. 2019-06-20 or "
                                 "June 20, 2019)")
    return day.isoformat()


def checked(document: Document, where: str | Path, max_chars: int) -> Document:
    """The document, or a skip when it is longer than `max_chars`."""
    size = len(document.full_text)
    if size > max_chars:
        raise too_long(where, size, max_chars)
    return document


def report(err: InputError, on_problem: Problem | None) -> None:
    """Hand a record's problem to `on_problem`, or raise it when there is none."""
    if on_problem is None:
        raise err
    on_problem(err)


def read_txt(
    path: Path,
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Problem | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Document]:
    """A plain-text article: the first non-empty line is the headline, the rest the body."""
    text = read_text(path, max_bytes=4 * max_chars).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.lstrip().split("\n", 1)
    title = lines[0].strip()
    body = lines[1].strip("\n") if len(lines) > 1 else ""
    if not body.strip():
        body, title = title, ""
    named = re.match(r"^(\d{4}-\d{2}-\d{2})", path.name)  # "2021-04-16_story.txt"
    if date is None and named:
        date = normalise_date(named.group(1), path)
    document = Document(
        doc_id=path.stem, title=title, text=body.strip(), date=date, outlet=outlet, source=str(path)
    )
    yield checked(document, path, max_chars)


def html_to_text(html: str) -> str:
    """Paragraph text of an HTML fragment (a feed entry), one paragraph per block."""
    import lxml.etree
    import lxml.html

    if not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    blocks = root.xpath(".//p|.//li|.//h1|.//h2|.//h3|.//blockquote")
    parts = [" ".join(b.text_content().split()) for b in blocks] or [root.text_content().strip()]
    return "\n\n".join(p for p in parts if p)


def read_html(
    path: Path,
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Problem | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Document]:
    """A web page: main text and metadata through trafilatura."""
    import trafilatura

    html = read_text(path, max_bytes=4 * max_chars)
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except ValueError as err:  # lxml rejects some truncated or malformed pages
        raise InputError(path, f"not a readable HTML page ({err})") from None
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(path, "no article text found in the HTML page")
    title = (extracted.title or "").strip()
    lines = [line.strip() for line in extracted.text.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    document = Document(
        doc_id=path.stem,
        title=title,
        text="\n\n".join(lines),
        date=date or page_date(extracted.date),
        url=extracted.url,
        outlet=outlet or extracted.sitename,
        source=str(path),
    )
    yield checked(document, path, max_chars)


def page_date(value: str | None) -> str | None:
    """The date trafilatura found in a page, when it is a full date."""
    day = parse_date(value) if value else None
    return day.isoformat() if day else None


def record_to_document(
    record: dict[str, Any], where: str, *, date: str | None, outlet: str | None, source: Path,
    max_chars: int = MAX_CHARS,
) -> Document:
    """Turn one JSONL or CSV record into a Document, naming the record in any error."""
    if not isinstance(record, dict):
        raise InputError(where, "expected a JSON object with a 'text' field")
    text = str(record.get("text") or "").strip()
    if not text:
        raise SkippedInput(where, "record has no 'text'")
    title = str(record.get("title") or "").strip()
    doc_id = str(record.get("id") or "").strip() or content_id(title, text)
    document = Document(
        doc_id=doc_id,
        title=title,
        text=text,
        date=normalise_date(record.get("date"), where) or date,
        url=(str(record.get("url")) if record.get("url") else None),
        outlet=(str(record.get("outlet")) if record.get("outlet") else None) or outlet,
        source=str(source),
    )
    return checked(document, where, max_chars)


def read_jsonl(
    path: Path,
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Problem | None = None,
    max_chars: int = MAX_CHARS,
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
                problem = f"not valid JSON ({err.msg} at column {err.colno})"
                raise InputError(where, problem) from None
            except RecursionError:
                raise InputError(where, "not valid JSON (nested too deeply)") from None
            yield record_to_document(record, where, date=date, outlet=outlet, source=path,
                                     max_chars=max_chars)
        except InputError as err:
            report(err, on_problem)


def read_csv(
    path: Path,
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Problem | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Document]:
    """A CSV table with id, title, text, date, url, outlet columns (text is required)."""
    csv.field_size_limit(max(4 * max_chars, csv.field_size_limit()))
    reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
    try:
        fields = reader.fieldnames or []
    except csv.Error as err:
        raise InputError(path, f"not a readable CSV table ({err})") from None
    if "text" not in fields:
        raise InputError(
            path, f"CSV has no 'text' column (columns: {', '.join(fields) or 'none'}); "
            f"expected {', '.join(COLUMNS)}"
        )
    number = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            where = f"{path}:{reader.line_num}"
            raise InputError(where, f"not a readable CSV row ({err})") from None
        number += 1
        try:
            yield record_to_document(record, f"{path}:{number}", date=date, outlet=outlet,
                                     source=path, max_chars=max_chars)
        except InputError as err:
            report(err, on_problem)


def read_feed(
    path: Path,
    *,
    date: str | None = None,
    outlet: str | None = None,
    on_problem: Problem | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Document]:
    """An RSS or Atom feed file: one Document per entry, full content when the feed has it."""
    import feedparser

    parsed = feedparser.parse(read_text(path, max_bytes=64 * max_chars))
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise InputError(path, f"not a readable RSS/Atom feed ({reason or 'no entries'})")
    feed_title = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{path}#{number}"
        try:
            yield entry_document(entry, where, path, date=date, outlet=outlet or feed_title,
                                 max_chars=max_chars)
        except InputError as err:
            report(err, on_problem)


def entry_document(entry: Any, where: str, path: Path, *, date: str | None, outlet: str | None,
                   max_chars: int) -> Document:
    """One feed entry as a Document; an entry without text is skipped."""
    html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
    text = html_to_text(html or "")
    if not text:
        raise SkippedInput(where, "feed entry has no text")
    title = " ".join((entry.get("title") or "").split())
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    document = Document(
        doc_id=entry.get("id") or entry.get("link") or content_id(title, text),
        title=title,
        text=text,
        date=date or (f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None),
        url=entry.get("link"),
        outlet=outlet,
        source=str(path),
    )
    return checked(document, where, max_chars)
