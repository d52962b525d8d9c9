"""Where each event happened: the place named in a locative phrase of its clause ("killed in
Baghdad"), else a place named elsewhere in its sentence, else the target of a material
conflict event when that is a place, else a place named in its paragraph, else the dateline.

Names are resolved with the offline gazetteer (`frenemy.geo`); a name several places share is
decided by the countries the article talks about, else left at country level (or left out).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .doc_cache import ents_of, text_of
from .geo import Gazetteer, Place, default_gazetteer
from .records import Document, Event, Location, Mention

LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "within", "off", "into",
            "around", "along"}
STRONG = {"in", "at", "inside", "within"}  # preferred over near/across/into when a clause has both
AREA_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "outskirts", "suburbs", "heart", "centre", "center", "city", "town", "village", "province",
              "region", "capital", "state", "district", "county", "part"}  # "east of Beirut", "the city of Jos"
TRAVEL = {"visit", "trip", "tour", "travel", "arrive", "deploy", "send", "troops", "journey", "fly", "return",
          "go", "come", "move", "head"}  # "a visit to Athens", "sent troops to Congo": 'to' says where
PLACE_LABELS = {"GPE", "LOC", "FAC"}
NOT_PLACES = {"igo", "organisation", "person", "seat", "group"}  # actor kinds whose words are no place
ACTOR_KINDS = {"country", "capital", "adjective", "seat", "igo", "organisation", "person", "group",
               "pronoun", "implied"}
NON_STATE = {"IGO", "NGO", "IMG"}
DATELINE = re.compile(r"^\s*([A-Z][A-Za-z.'’ -]{1,40}?)(?:,\s*([A-Z][A-Za-z. ]{1,30}?))?\s*"
                      r"(?:\([^)\n]{1,40}\))?[ \t]*(?:(?:—|–|--|-)\s+|\n)")


@dataclass(frozen=True, slots=True)
class Named:
    """A place named in the text: its words, offsets, sentence, and what it resolved to."""

    text: str
    start: int
    end: int
    sent_index: int
    place: Place
    note: str
    locative: bool  # inside an in/at/near phrase
    actor: bool  # the words also name an actor ("Russia said")


def locate_events(document: Document, parsed: Doc, mentions: Iterable[Mention],
                  events: Sequence[Event], gazetteer: Gazetteer | None = None) -> tuple[Event, ...]:
    """The events with `location` set where the text says where they happened."""
    if not events:
        return tuple(events)
    gazetteer = gazetteer or default_gazetteer()
    mentions = list(mentions)
    countries = {m.country for m in mentions if m.country and m.country not in NON_STATE}
    sentences = list(parsed.sents)
    named = named_places(parsed, sentences, mentions, gazetteer, countries)
    dateline = dateline_place(document, gazetteer, countries)
    text = text_of(parsed)
    out = []
    for event in events:
        location = None
        if 0 <= event.sent_index < len(sentences):
            location = locate(event, parsed, sentences, named, mentions, gazetteer, text)
        out.append(replace(event, location=location or dateline))
    return tuple(out)


def locate(event: Event, parsed: Doc, sentences: list[Span], named: list[Named],
           mentions: list[Mention], gazetteer: Gazetteer, text: str) -> Location | None:
    """One event's location, trying the rules in order (`text`: the Doc's text, read once)."""
    sentence = sentences[event.sent_index]
    predicate = predicate_token(event, sentence)
    here = [n for n in named if n.sent_index == event.sent_index]
    if predicate is not None:
        in_clause = [n for n in here if n.locative and clause_of(parsed, n, predicate)]
        if in_clause:  # the event's own parties' places first ('troops in Afghanistan, Bosnia')
            parties = [n for n in in_clause if n.place.iso3 in {event.source[:3], event.target[:3]}]
            strong = [n for n in parties or in_clause if preposition(parsed, n) in STRONG]
            return as_location(nearest(strong or parties or in_clause, predicate.idx), "locative phrase")
        if predicate.lemma_.lower() in TRAVEL:  # 'visited Egypt', 'visits Beijing'
            target = target_place(event, mentions, gazetteer, capitals=True)
            if target is not None:
                return target
    places = [n for n in here if not n.actor]
    if places:
        return as_location(nearest(places, predicate.idx if predicate is not None else event.start),
                           "sentence")
    if event.quad_class == 4:
        target = target_place(event, mentions, gazetteer)
        if target is not None:
            return target
    paragraph = paragraph_of(text, sentence.start_char)
    around = [n for n in named if not n.actor and n.sent_index != event.sent_index
              and paragraph[0] <= n.start < paragraph[1]]
    if around:  # the nearest sentence before the event's, else after it
        before = [n for n in around if n.start < sentence.start_char]
        return as_location(before[-1] if before else around[0], "paragraph")
    return None


def named_places(parsed: Doc, sentences: list[Span], mentions: list[Mention], gazetteer: Gazetteer,
                 countries: set[str]) -> list[Named]:
    """Every place the text names, in order: NER places and the actor coder's place mentions,
    plus the proper nouns of in/at/near phrases that the gazetteer knows."""
    spans: dict[tuple[int, int], str] = {}
    text_of_doc = text_of(parsed)
    for ent in ents_of(parsed):
        if ent.label_ in PLACE_LABELS:
            spans[(ent.start_char, ent.end_char)] = ent.text
    for m in mentions:
        if m.kind in {"place", "capital", "country"}:
            spans.setdefault((m.start, m.end), m.text)
    for token in parsed:
        if token.dep_ == "prep" and (token.lower_ in LOCATIVE or (
                token.lower_ == "of" and token.head.lower_ in AREA_WORDS) or (
                token.lower_ == "to" and token.head.lemma_.lower() in TRAVEL)):
            for obj in token.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ in PLACE_LABELS | {"", "PERSON"}:
                    words = [t for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [obj]
                    spans.setdefault((words[0].idx, obj.idx + len(obj)), text_of_doc[words[0].idx:obj.idx + len(obj)])
    starts = [s.start_char for s in sentences]
    actors = [(m.start, m.end) for m in mentions if m.kind in ACTOR_KINDS]
    not_places = [(m.start, m.end) for m in mentions if m.kind in NOT_PLACES]
    out: list[Named] = []
    qualifier = -1  # where the state or country after a place ends ('Paris, Texas')
    widest_end = -1  # spans by start, the longer first: one inside an earlier one is read once
    for (start, end), text in sorted(spans.items(), key=lambda item: (item[0][0], -item[0][1])):
        inside = end <= widest_end
        widest_end = max(widest_end, end)
        if inside:
            continue  # "Baghdad" inside "Baghdad International Airport" is read once
        if end == qualifier or any(start <= a and b <= end for a, b in not_places):
            continue  # 'Texas' after 'Paris,'; the 'UN' is no town
        within, qualifier_end = following_area(text_of_doc, end, gazetteer)
        if within is not None:
            qualifier = qualifier_end
        found = gazetteer.resolve(text, countries, within=within)
        if found is None or (found[0].feature == "city" and len(text.strip()) <= 3):
            continue
        span = parsed.char_span(start, end, alignment_mode="expand")
        locative = span is not None and in_locative_phrase(span.root)
        actor = any(a < end and start < b for a, b in actors)
        sent_index = max(0, bisect_right(starts, start) - 1)
        out.append(Named(text, start, end, sent_index, found[0], found[1], locative, actor and not locative))
    return out


def following_area(text: str, end: int, gazetteer: Gazetteer) -> tuple[Place | None, int]:
    """The state or country named right after a place ('Paris, Texas'), if any, and where
    its name ends."""
    found = re.match(r",\s*([A-Z][A-Za-z.]*[A-Za-z](?: [A-Z][A-Za-z]+)?)", text[end:end + 40])
    if not found:
        return None, -1
    for place in gazetteer.candidates(found.group(1)):
        if place.feature in {"country", "ADM1"}:
            return place, end + found.end(1)
    return None, -1


def in_locative_phrase(token: Token) -> bool:
    """Whether a place's head word is the object of an in/at/near phrase (or in apposition or a
    compound under one: 'in the city of Mosul', 'in Iraq's Anbar province')."""
    for _ in range(4):
        head = token.head
        if token.dep_ == "pobj" and (head.lower_ in LOCATIVE or (
                head.lower_ == "of" and head.head.lower_ in AREA_WORDS) or (
                head.lower_ == "to" and head.head.lemma_.lower() in TRAVEL)):
            return True
        if token.dep_ not in {"compound", "appos", "poss", "pobj", "conj"} or head is token:
            return False
        token = head
    return False


def clause_of(parsed: Doc, named: Named, predicate: Token) -> bool:
    """Whether the phrase naming a place belongs to the predicate's clause: its chain of heads
    reaches the predicate without passing through another verb."""
    span = parsed.char_span(named.start, named.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(12):
        if token is predicate or token.i == predicate.i:
            return True
        if token.head is token:
            return False
        token = token.head
        if token.i != predicate.i and token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "acl"}:
            return False
    return False


def preposition(parsed: Doc, named: Named) -> str:
    """The preposition whose phrase names a place ('in' for 'in Baghdad'), '' if none."""
    span = parsed.char_span(named.start, named.end, alignment_mode="expand")
    token = span.root if span is not None else None
    for _ in range(4):
        if token is None or token.head is token:
            return ""
        if token.dep_ == "pobj":
            return token.head.lower_
        token = token.head
    return ""


def predicate_token(event: Event, sentence: Span) -> Token | None:
    """The word the event was read from, inside the event's span if possible."""
    words = [t for t in sentence if t.text == event.predicate]
    inside = [t for t in words if event.start <= t.idx < event.end]
    return (inside or words or [None])[0]


def nearest(named: list[Named], offset: int) -> Named:
    return min(named, key=lambda n: abs(n.start - offset))


def as_location(named: Named, how: str) -> Location:
    return location_of(named.place, f"{how}; {named.note}" if named.note else how, named.text,
                       named.start, named.end)


def location_of(place: Place, how: str, text: str, start: int, end: int) -> Location:
    return Location(place.full_name, place.feature, place.iso3, place.fips, place.adm1, place.lat,
                    place.lon, place.feature_id, how, text, start, end)


def target_place(event: Event, mentions: list[Mention], gazetteer: Gazetteer, *,
                 capitals: bool = False) -> Location | None:
    """The target of a material conflict event when it names a place or a whole country
    ('Russia invaded Ukraine': it happened in Ukraine); with `capitals`, a capital standing for
    its government counts as the city ('visits Beijing')."""
    for m in mentions:
        if m.sent_index == event.sent_index and m.text == event.target_text \
                and (not m.sector or (capitals and m.kind == "capital")) \
                and m.kind in {"country", "place", "capital"}:
            found = gazetteer.resolve(m.text, (m.country,))
            place = found[0] if found else gazetteer.country(m.country)
            if place is not None:
                return location_of(place, "target", m.text, m.start, m.end)
    return None


def paragraph_of(text: str, offset: int) -> tuple[int, int]:
    """The character range of the paragraph (text between line breaks) around an offset."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def dateline_place(document: Document, gazetteer: Gazetteer, countries: set[str]) -> Location | None:
    """The place of a dateline at the start of the body ('BAGHDAD (Reuters) -', 'Kyiv, Ukraine —')."""
    found = DATELINE.match(document.text)
    if not found:
        return None
    area = None
    if found.group(2):
        area = next((p for p in gazetteer.candidates(found.group(2)) if p.feature in {"country", "ADM1"}),
                    None)
    resolved = gazetteer.resolve(found.group(1), countries, within=area)
    if resolved is None:
        return None
    offset = len(document.full_text) - len(document.text) + found.start(1)
    how = f"dateline; {resolved[1]}" if resolved[1] else "dateline"
    return location_of(resolved[0], how, found.group(1), offset, offset + len(found.group(1)))
