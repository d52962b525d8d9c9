"""The plain records that flow between stages: frozen dataclasses, picklable for Dask."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

HEADLINE_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of feed or page residue that `clean` took out of a document."""

    reason: str  # e.g. "feed footer", "donation appeal"
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One news article. `full_text` (headline, blank line, body) is what gets parsed;
    every character offset frenemy stores points into it."""

    doc_id: str
    title: str
    text: str
    date: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    outlet: str | None = None
    source: str | None = None  # the file it came from
    removed: tuple[Removal, ...] = ()
    language: str | None = None  # ISO 639-1 code found by `clean.detect_language`, "und" if unsure

    @property
    def day(self) -> dt.date | None:
        """The document's date as a `datetime.date`."""
        return dt.date.fromisoformat(self.date) if self.date else None

    @property
    def full_text(self) -> str:
        if not self.title:
            return self.text
        return f"{self.title}{HEADLINE_SEPARATOR}{self.text}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input (a file, or a record of a JSONL/CSV file or feed): `status` is
    stored, unchanged, skipped or failed; `reason` says why for the last two."""

    source: str  # "news/a.txt" or "news/wire.jsonl:3"
    status: str
    reason: str = ""
    doc_id: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document with its character offsets in `Document.full_text`."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names a political actor, with its CAMEO-style code."""

    doc_id: str
    sent_index: int
    start: int  # character offsets in full_text
    end: int
    text: str
    code: str  # e.g. "RUSGOV"
    country: str  # first three letters of code, e.g. "RUS" or "IGO"
    sector: str  # e.g. "GOV", "" for the country as a whole
    kind: str  # country, adjective, capital, seat, igo, person, group, pronoun
    how: str  # dictionary, title rule, coreference, ner
    confidence: float = 1.0
    person_id: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened: a place of the gazetteer, and the words and rule that gave it.
    `feature` is country, ADM1, region or city; `adm1` is GDELT's ADM1Code."""

    name: str  # as GDELT's FullName: "Baghdad, Iraq", "Paris, Texas, United States"
    feature: str
    iso3: str  # ISO 3166-1 alpha-3
    fips: str  # FIPS 10-4 country code, as GDELT's CountryCode
    adm1: str
    lat: float
    lon: float
    feature_id: str  # GeoNames id of a city; the ADM1 or FIPS code of a state or country
    how: str  # locative phrase, sentence, target, paragraph or dateline (and how a name was decided)
    text: str  # the words naming the place
    start: int  # their character offsets in full_text
    end: int

    @property
    def gdelt_type(self) -> int:
        """GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
        us = self.iso3 == "USA"
        return {"country": 1, "city": 3 if us else 4}.get(self.feature, 2 if us else 5)


@dataclass(frozen=True, slots=True)
class Tone:
    """A document's tone in the spirit of GDELT's AvgTone: the share of positive words minus
    the share of negative words, in percent of all words (-100..+100)."""

    doc_id: str
    tone: float
    positive: float  # percent of words with a positive valence
    negative: float  # percent of words with a negative valence
    words: int
    lexicon: str = "vader"


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, typed in PLOVER and CAMEO, with the sentence that proves it."""

    doc_id: str
    sent_index: int
    sentence: str
    start: int  # character span of source, predicate and target in full_text
    end: int
    source: str  # CAMEO-style actor codes, e.g. "RUSGOV"
    target: str
    source_text: str
    target_text: str
    predicate: str  # the word the event was read from, e.g. "shot"
    plover: str
    cameo: str
    goldstein: float
    quad_class: int
    confidence: float = 1.0
    date: dt.date | str | None = None  # an ISO string is read into a datetime.date
    score: float | None = None  # the event model's probability; the frame's confidence when it is off
    provenance: str = "frames"  # "frames", or the model that decided it ("model:NAME@VERSION")
    location: Location | None = field(default=None, compare=False)  # set by frenemy.locations

    def __post_init__(self) -> None:
        if isinstance(self.date, str):
            object.__setattr__(self, "date", as_date(self.date))

    @property
    def source_country(self) -> str:
        return country_level(self.source)

    @property
    def target_country(self) -> str:
        return country_level(self.target)

    # the names the store, the CLI, the REST API and the exports use (docs/FORMATS.md)
    @property
    def source_actor(self) -> str:
        return self.source

    @property
    def target_actor(self) -> str:
        return self.target

    @property
    def start_char(self) -> int:
        return self.start

    @property
    def end_char(self) -> int:
        return self.end


def as_date(value: str) -> dt.date | None:
    """An ISO date (YYYY-MM-DD, a time after it is ignored); None for an empty string."""
    if not value.strip():
        return None
    return dt.date.fromisoformat(value.strip()[:10])


def locate(start: int, end: int, title: str | None) -> tuple[str, int, int]:
    """Where a span of `Document.full_text` lies: ("title", start, end) in the headline or
    ("text", start, end) in the body, with offsets into that part alone."""
    if not title:
        return "text", start, end
    if start < len(title):
        return "title", start, min(end, len(title))
    body = len(title) + len(HEADLINE_SEPARATOR)
    return "text", start - body, end - body


def same_person(a: str | None, b: str | None) -> bool:
    """Two person ids of one person; the tables name one person in several namespaces
    ("phoenix:george-w-bush" and "george-w-bush")."""
    return bool(a and b) and a.rpartition(":")[2] == b.rpartition(":")[2]  # type: ignore[union-attr]


def country_level(code: str) -> str:
    """The country part of an actor code; international organisations keep their own code
    (IGOUNO, IGONAT), since 'IGO' alone would lump the UN and NATO together."""
    return code[:6] if code[:3] in {"IGO", "NGO"} else code[:3]


@dataclass(frozen=True, slots=True)
class Quote:
    """Words an actor said, directly or as reported, with where they stand in the document."""

    doc_id: str
    sent_index: int
    speaker: str  # as named in the text (a pronoun is replaced by its antecedent)
    speaker_code: str  # CAMEO-style code, "" when the speaker is not an actor
    verb: str  # the reporting verb ("said", "according to", "block")
    text: str
    start: int
    end: int
    kind: str  # direct, partial, indirect, block, according
    sentence: str = ""
    speaker_start: int = -1  # character span of the words naming the speaker here ("he"), -1 if none
    speaker_end: int = -1
    speaker_text: str = ""  # full_text[speaker_start:speaker_end]


@dataclass(frozen=True, slots=True)
class Position:
    """An actor's stance on a claim: assert, support, deny or doubt, with its evidence."""

    actor: str  # CAMEO-style code
    actor_text: str
    stance: str
    doc_id: str
    sent_index: int
    sentence: str


@dataclass(frozen=True, slots=True)
class Claim:
    """A proposition put forward in a document, and the positions actors take on it."""

    doc_id: str
    key: str  # stable within the document
    text: str  # the proposition as written, short
    sent_index: int
    start: int
    end: int
    sentence: str
    positions: tuple[Position, ...] = ()
    opposed: tuple[str, ...] = ()  # keys of claims in this document it contradicts
    polarity: str = "+"  # "-" when the proposition is negated ("Iran never attacked the tankers")
    terms: tuple[str, ...] = ()  # content lemmas and actor countries, for matching across documents


@dataclass(frozen=True, slots=True)
class Coded:
    """Everything coded from one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = field(default=())
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    tone: Tone | None = None


# One event schema for every face: `Store.events()`, `frenemy events`, `frenemy code`, the REST
# API's /api/events and `event_record` below (docs/FORMATS.md says where each value comes from).
EVENT_FIELDS = (
    "event_id", "doc_id", "date", "source_actor", "target_actor", "source_country",
    "target_country", "plover", "cameo", "goldstein", "quad_class", "confidence", "mentions",
    "predicate", "source_text", "target_text", "sentence", "sent_index", "start_char", "end_char",
    "section", "section_start", "section_end", "sentence_start", "sentence_end", "outlet", "url",
    "duplicate_of", "score", "provenance",
    *(f"action_geo_{name}" for name in (
        "type", "full_name", "feature", "iso3", "country_code", "adm1_code", "lat", "long",
        "feature_id", "how", "text", "start", "end")),
)
LOCATION_FIELDS = EVENT_FIELDS[EVENT_FIELDS.index("action_geo_type"):]


def location_record(location: Location | None) -> dict[str, object]:
    """An event's location as the `action_geo_*` fields of EVENT_FIELDS (all None without one;
    `action_geo_type` 0, as GDELT writes "no location")."""
    if location is None:
        return {name: 0 if name == "action_geo_type" else None for name in LOCATION_FIELDS}
    loc = location
    values = (loc.gdelt_type, loc.name, loc.feature, loc.iso3, loc.fips, loc.adm1, loc.lat, loc.lon,
              loc.feature_id, loc.how, loc.text, loc.start, loc.end)
    return dict(zip(LOCATION_FIELDS, values, strict=True))


def event_record(event: Event, document: Document, sentences: tuple[Sentence, ...] = (),
                 *, event_id: str = "", mentions: int = 1) -> dict[str, object]:
    """An event in the shared schema (EVENT_FIELDS), as the store would give it back.
    `start_char`/`end_char` point into `document.full_text`; `section_start`/`section_end`
    point into `document.title` or `document.text`, as `section` says."""
    section, section_start, section_end = locate(event.start, event.end, document.title)
    sentence = next((s for s in sentences if s.index == event.sent_index), None)
    return {
        "event_id": event_id, "doc_id": event.doc_id, "date": event.date,
        "source_actor": event.source, "target_actor": event.target,
        "source_country": event.source_country, "target_country": event.target_country,
        "plover": event.plover, "cameo": event.cameo, "goldstein": event.goldstein,
        "quad_class": event.quad_class, "confidence": event.confidence, "mentions": mentions,
        "predicate": event.predicate, "source_text": event.source_text,
        "target_text": event.target_text, "sentence": event.sentence,
        "sent_index": event.sent_index, "start_char": event.start, "end_char": event.end,
        "section": section, "section_start": section_start, "section_end": section_end,
        "sentence_start": sentence.start if sentence else None,
        "sentence_end": sentence.end if sentence else None,
        "outlet": document.outlet, "url": document.url, "duplicate_of": None,
        "score": event.confidence if event.score is None else event.score,
        "provenance": event.provenance,
        **location_record(event.location),
    }
