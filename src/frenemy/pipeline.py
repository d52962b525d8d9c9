"""The pipeline: ingest -> clean -> nlp -> actors -> events -> store, stage by stage.

`code_documents` runs the stages and stores nothing (used by `frenemy code`); `ingest`
adds near-duplicate marking and writes each batch to the store in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc

from .actors import ActorCoder, code_actors
from .actors.dictionaries import read_actor_file
from .claims import extract_claims
from .clean import clean
from .config import Settings
from .errors import InputError
from .events import default_lexicon, extract_events
from .ingest.dedup import NearDuplicates, signature
from .nlp import load_pipeline, parse
from .quotes import extract_quotes
from .records import Coded, Document, Sentence
from .store import Store, content_hash


@lru_cache(maxsize=4)
def actor_coder(model: str, actor_files: tuple[str, ...] = ()) -> ActorCoder:
    """One actor coder per spaCy pipeline, set of user dictionaries and process."""
    user = [actor for path in actor_files for actor in read_actor_file(path)]
    return ActorCoder(load_pipeline(model), user_actors=user)


def sentences_of(document: Document, parsed: Doc) -> tuple[Sentence, ...]:
    """Sentences with offsets of their text, without surrounding white space."""
    out = []
    for i, s in enumerate(parsed.sents):
        lead = len(s.text) - len(s.text.lstrip())
        out.append(Sentence(document.doc_id, i, s.start_char + lead,
                            s.start_char + len(s.text.rstrip()), s.text.strip()))
    return tuple(out)


def code_parsed(document: Document, parsed: Doc, settings: Settings) -> Coded:
    """Actors and events of one document that has been cleaned and parsed."""
    mentions = code_actors(document, parsed, actor_coder(settings.model, settings.actor_files))
    events = extract_events(document, parsed, mentions, default_lexicon())
    quotes = extract_quotes(document, parsed, mentions)
    claims = extract_claims(document, parsed, mentions, quotes)
    return Coded(document, sentences_of(document, parsed), tuple(mentions.mentions), tuple(events),
                 tuple(quotes), tuple(claims))


def code_documents(documents: Iterable[Document], settings: Settings | None = None) -> Iterator[Coded]:
    """Clean, parse and code documents; nothing is stored."""
    settings = settings or Settings()
    for document, parsed in parse((clean(d) for d in documents), settings):
        yield code_parsed(document, parsed, settings)


@dataclass
class IngestReport:
    """What an ingest did: counts, near-duplicates found, and the problems it skipped."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    events: int = 0
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def ingest(
    documents: Iterable[Document],
    store: Store,
    settings: Settings | None = None,
    *,
    batch_size: int = 64,
    on_document: Callable[[], None] | None = None,
) -> IngestReport:
    """Code documents and store them, one transaction per batch. Documents already stored with
    the same content are skipped; changed ones replace their earlier version."""
    settings = settings or Settings()
    report = IngestReport()
    near = NearDuplicates(store.signatures())

    def fresh() -> Iterator[Document]:
        for document in documents:
            report.read += 1
            if store.stored_hash(document.doc_id) == content_hash(clean(document)):
                report.unchanged += 1
                if on_document:
                    on_document()
                continue
            yield document

    coded = code_documents(fresh(), settings)
    while batch := list(islice(coded, batch_size)):
        rows = []
        for item in batch:
            sig = signature(item.document.text)
            duplicate = near.match(item.document.doc_id, sig)
            near.add(item.document.doc_id, sig)
            if duplicate:
                report.duplicates.append((item.document.doc_id, *duplicate))
            rows.append((item, sig, duplicate))
            report.events += len({(e.source, e.target, e.plover) for e in item.events})
        report.stored += store.write(rows)
        if on_document:
            for _ in batch:
                on_document()
    return report


def problem_collector(report: IngestReport) -> Callable[[InputError], None]:
    """An `on_problem` callback for the readers that records each problem in the report."""
    return lambda err: report.problems.append(str(err))
