"""The pipeline: ingest -> clean -> nlp -> actors -> events -> store, stage by stage.

`code_documents` runs the stages and stores nothing (used by `frenemy code`); `ingest`
screens documents first (unchanged, too long, duplicates), adds near-duplicate marking,
writes each batch to the store in one transaction and reports one Outcome per document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path

from spacy.tokens import Doc

from .actors import ActorCoder, code_actors
from .actors.dictionaries import read_actor_file
from .claims import extract_claims
from .clean import clean
from .config import Settings
from .errors import InputError, SkippedInput
from .events import extract_events, lexicon_for
from .grammar.first_person import add_speaker_mentions
from .ingest.dedup import NearDuplicates, signature
from .ingest.language import UNDETERMINED, detect_language
from .learn.decide import decide_events
from .locations import locate_events
from .nlp import load_pipeline, parse
from .quotes import extract_quotes
from .records import Coded, Document, Outcome, Sentence
from .store import Store, content_hash
from .tone import document_tone

STORED, UNCHANGED, SKIPPED, FAILED = "stored", "unchanged", "skipped", "failed"


@lru_cache(maxsize=4)
def actor_coder(model: str, actor_files: tuple[str, ...] = ()) -> ActorCoder:
    """One actor coder per spaCy pipeline, set of user dictionaries and process."""
    user = [actor for path in actor_files for actor in read_actor_file(path)]
    return ActorCoder(load_pipeline(model), user_actors=user)


def sentences_of(document: Document, parsed: Doc) -> tuple[Sentence, ...]:
    """Sentences with offsets of their text, without surrounding white space (a sentence of
    white space only is empty, at its start)."""
    out = []
    for i, s in enumerate(parsed.sents):
        text = s.text.strip()
        start = s.start_char + (len(s.text) - len(s.text.lstrip()) if text else 0)
        out.append(Sentence(document.doc_id, i, start, start + len(text), text))
    return tuple(out)


def code_parsed(document: Document, parsed: Doc, settings: Settings) -> Coded:
    """Actors and events of one document that has been cleaned and parsed."""
    mentions = code_actors(document, parsed, actor_coder(settings.model, settings.actor_files))
    quotes = extract_quotes(document, parsed, mentions)
    add_speaker_mentions(document, parsed, quotes, mentions)  # "we" in a quotation is its speaker
    events = extract_events(document, parsed, mentions, lexicon_for(settings.frame_sources, settings.frame_files))
    events = decide_events(events, document, parsed, mentions.mentions, settings)
    events = locate_events(document, parsed, mentions.mentions, events)
    claims = extract_claims(document, parsed, mentions, quotes)
    return Coded(document, sentences_of(document, parsed), tuple(mentions.mentions), tuple(events),
                 tuple(quotes), tuple(claims), document_tone(document))


def codable(document: Document, settings: Settings) -> bool:
    """Whether the document is in a language the settings code ("und" counts as yes)."""
    return document.language in (None, UNDETERMINED) or document.language in settings.languages


def with_language(document: Document) -> Document:
    """The document with its `language` found, unless it already has one."""
    if document.language:
        return document
    return replace(document, language=detect_language(document.full_text))


def code_cleaned(documents: Iterable[Document], settings: Settings) -> Iterator[Coded]:
    """Find the language of cleaned documents, parse and code them; a document in a language
    the settings do not code comes back with its language and nothing coded."""
    for item in coded_or_failed(documents, settings):
        if isinstance(item, tuple):
            raise item[1]
        yield item


def code_documents(
    documents: Iterable[Document], settings: Settings | None = None
) -> Iterator[Coded]:
    """Clean, parse and code documents; nothing is stored."""
    settings = settings or Settings()
    yield from code_cleaned((clean(d) for d in documents), settings)


@dataclass
class IngestReport:
    """What an ingest did: one Outcome per input, counts, and near-duplicates found.

    `problems` keeps the skipped and failed inputs as lines of text, as earlier releases did."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    events: int = 0
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        """Record what became of one input."""
        self.outcomes.append(outcome)
        if outcome.status in (SKIPPED, FAILED):
            self.problems.append(f"{outcome.source}: {outcome.reason}")

    def count(self, status: str) -> int:
        """How many inputs ended with this status."""
        return sum(o.status == status for o in self.outcomes)

    @property
    def failed(self) -> bool:
        """True when any input failed (as opposed to being skipped on purpose)."""
        return any(o.status == FAILED for o in self.outcomes)


def name_of(document: Document) -> str:
    """How a report names a document: its file, plus the id for a record of a larger file."""
    if not document.source:
        return document.doc_id
    if Path(document.source).stem == document.doc_id:
        return document.source
    return f"{document.source} [{document.doc_id}]"


def failure(err: BaseException) -> str:
    """One line for an unexpected error while coding or storing a document."""
    return f"{type(err).__name__}: {' '.join(str(err).split())[:300]}"


class Screen:
    """Decides, before anything is parsed, which documents to code: a document already
    stored unchanged, too long, empty after cleaning, or the same as an earlier one (same id
    in this run, or same text under another id) is reported and left out."""

    def __init__(self, store: Store, settings: Settings, report: IngestReport) -> None:
        self.store, self.settings, self.report = store, settings, report
        self.by_hash = store.hashes()
        self.seen: dict[str, str] = {}  # doc_id -> the input that brought it in this run

    def verdict(self, document: Document) -> Outcome | None:
        """The outcome that leaves this cleaned document out, or None to code it."""
        name = name_of(document)
        size = len(document.full_text)
        if size > self.settings.max_chars:
            return Outcome(name, SKIPPED, f"too long ({size:,} characters; the limit is "
                                          f"{self.settings.max_chars:,}, see --max-chars)")
        if not document.text.strip():
            return Outcome(name, SKIPPED, "empty after cleaning")
        if document.doc_id in self.seen:
            return Outcome(name, SKIPPED, f"duplicate of {self.seen[document.doc_id]} "
                                          f"(same id {document.doc_id!r})")
        self.seen[document.doc_id] = name
        digest = content_hash(document)
        if self.store.stored_hash(document.doc_id) == digest:
            return Outcome(name, UNCHANGED, doc_id=document.doc_id)
        other = self.by_hash.setdefault(digest, document.doc_id)
        if other != document.doc_id:
            return Outcome(name, SKIPPED, f"duplicate of {other} (same text)", document.doc_id)
        return None

    def fresh(self, documents: Iterable[Document],
              on_document: Callable[[], None] | None) -> Iterator[Document]:
        """Cleaned documents that need coding; the others get their outcome here."""
        for document in documents:
            self.report.read += 1
            try:
                cleaned = clean(document)
                outcome = self.verdict(cleaned)
            except Exception as err:  # noqa: BLE001 (one bad document must not end the run)
                outcome = Outcome(name_of(document), FAILED, failure(err), document.doc_id)
            if outcome is None:
                yield cleaned
                continue
            self.report.unchanged += outcome.status == UNCHANGED
            self.report.add(outcome)
            if on_document:
                on_document()


def coded_or_failed(documents: Iterable[Document], settings: Settings
                    ) -> Iterator[Coded | tuple[Document, Exception]]:
    """Code cleaned documents; one that fails comes back with its error instead."""
    tagged = (with_language(d) for d in documents)
    for document, parsed in parse(tagged, settings, skip=lambda d: not codable(d, settings)):
        if not codable(document, settings):
            yield Coded(document)
            continue
        try:
            yield code_parsed(document, parsed, settings)
        except Exception as err:  # noqa: BLE001 (reported as this document's outcome)
            yield document, err


def ingest(
    documents: Iterable[Document],
    store: Store,
    settings: Settings | None = None,
    *,
    batch_size: int = 64,
    on_document: Callable[[], None] | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Code documents and store them, one transaction per batch. Every document ends with one
    Outcome in the report: stored, unchanged (already stored with the same content), skipped
    (too long, empty, a duplicate) or failed (with the error). A changed document replaces
    its earlier version; a failed one leaves its earlier version as it was."""
    settings = settings or Settings()
    report = report or IngestReport()
    near = NearDuplicates(store.signatures())
    screen = Screen(store, settings, report)
    results = coded_or_failed(screen.fresh(documents, on_document), settings)
    while batch := list(islice(results, batch_size)):
        rows = []
        for item in batch:
            if isinstance(item, tuple):
                document, err = item
                report.add(Outcome(name_of(document), FAILED, failure(err), document.doc_id))
                continue
            sig = signature(item.document.text)
            duplicate = near.match(item.document.doc_id, sig)
            near.add(item.document.doc_id, sig)
            if duplicate:
                report.duplicates.append((item.document.doc_id, *duplicate))
            rows.append((item, sig, duplicate))
        write(store, rows, report, settings)
        if on_document:
            for _ in batch:
                on_document()
    return report


Row = tuple[Coded, list[int], "tuple[str, float] | None"]


def write(store: Store, rows: list[Row], report: IngestReport, settings: Settings) -> None:
    """Store a batch in one transaction; if that fails, store its documents one by one so
    that only the document at fault fails."""
    if not rows:
        return
    try:
        report.stored += store.write(rows)
        stored = rows
    except Exception:  # noqa: BLE001 (narrowed below, document by document)
        stored = []
        for row in rows:
            try:
                report.stored += store.write([row])
                stored.append(row)
            except Exception as err:  # noqa: BLE001
                document = row[0].document
                report.add(Outcome(name_of(document), FAILED, failure(err), document.doc_id))
    for coded, _, _ in stored:
        report.events += len({(e.source, e.target, e.plover) for e in coded.events})
        report.add(stored_outcome(coded.document, settings))


def stored_outcome(document: Document, settings: Settings) -> Outcome:
    """The outcome of a stored document; one stored but not coded says why."""
    name = name_of(document)
    if codable(document, settings):
        return Outcome(name, STORED, doc_id=document.doc_id)
    return Outcome(name, STORED, f"language {document.language!r}: stored, not coded "
                                 "(see --language)", document.doc_id)


def problem_collector(report: IngestReport) -> Callable[[InputError], None]:
    """An `on_problem` callback for the readers that records each problem in the report."""

    def collect(err: InputError) -> None:
        status = SKIPPED if isinstance(err, SkippedInput) else FAILED
        report.add(Outcome(err.source, status, err.problem))

    return collect
