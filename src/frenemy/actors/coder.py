"""Find and code the political actors in a parsed document.

Rules, in order (each mention records which one coded it in `how`):
1. dictionary: countries, demonyms, capitals (unless used as a place: "in Moscow"), seats of
   power, IGOs and people from the dated roles table, matched case-sensitively;
2. title rule: a country word modifying a title noun becomes a sector actor
   ("Russian officials" RUSGOV, "Iran's Revolutionary Guards" IRNMIL, "Iranian media" IRNMED);
3. learned: a named person or organisation that the spaCy NER finds with a country and a title
   around it ("German chancellor X", "X, secretary of Russia's Security Council", "X, the Israeli
   daily"); later mentions of the surname are coded the same way (coreference);
4. coreference: he/she/his for the last named person, they/their for the last group or country,
   its for the last country or organisation in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..records import Document, Mention
from .knowledge import Entry, Knowledge, default_knowledge, today

LOCATIVE_PREPS = {"in", "at", "near", "from", "to", "into", "outside", "inside", "across",
                  "around", "within", "through", "toward", "towards", "via", "over"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
KIND_PRIORITY = ["person", "seat", "igo", "country", "capital", "adjective"]
SECTOR_PRIORITY = ["GOV", "MIL", "SPY", "LEG", "JUD", "PTY", "OPP", "BUS", "ELI"]
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"they", "them", "their"}


@dataclass
class MentionIndex:
    """The actor mentions of one document, and which token belongs to which mention."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # id(mention) -> token span

    def add(self, mention: Mention, start: int, end: int) -> None:
        self.mentions.append(mention)
        self.spans[id(mention)] = (start, end)
        for i in range(start, end):
            self.by_token[i] = mention

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)


class ActorCoder:
    """Codes actors with one knowledge base and one spaCy vocabulary (build it once)."""

    def __init__(self, nlp: Language, knowledge: Knowledge | None = None) -> None:
        self.knowledge = knowledge or default_knowledge()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[str, list[Entry]] = {}
        for surface, entries in self.knowledge.entries.items():
            key = f"A{len(self.keys)}"
            self.keys[key] = entries
            self.matcher.add(key, [nlp.make_doc(surface)])

    def code(self, document: Document, parsed: Doc) -> MentionIndex:
        """All actor mentions of a parsed document, coded for the document's date."""
        day, dated = (document.date, True) if document.date else (today(), False)
        index = MentionIndex()
        state = _DocState(self, document, parsed, day, dated, index)
        state.dictionary_mentions()
        state.learned_mentions()
        state.pronoun_mentions()
        index.mentions.sort(key=lambda m: m.start)
        return index


@dataclass
class _DocState:
    coder: ActorCoder
    document: Document
    parsed: Doc
    day: str
    dated: bool
    index: MentionIndex
    learned: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # surface -> code

    @property
    def knowledge(self) -> Knowledge:
        return self.coder.knowledge

    def sent_index(self, token: Token) -> int:
        return self._sent_starts.index(token.sent.start)

    def __post_init__(self) -> None:
        self._sent_starts = [s.start for s in self.parsed.sents]

    def emit(self, span: Span, country: str, sector: str, kind: str, how: str,
             confidence: float = 1.0, person_id: str | None = None) -> Mention:
        if not self.dated and kind == "person":
            how += " (undated: today's roles)"
        mention = Mention(
            doc_id=self.document.doc_id,
            sent_index=self.sent_index(span[0]),
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            code=country + sector,
            country=country,
            sector=sector,
            kind=kind,
            how=how,
            confidence=confidence,
            person_id=person_id,
        )
        self.index.add(mention, span.start, span.end)
        return mention

    # 1 and 2: dictionary, then the title rule
    def dictionary_mentions(self) -> None:
        spans = filter_spans(self.coder.matcher(self.parsed, as_spans=True))
        for span in spans:
            entries = self.coder.keys[span.label_]
            entry = min(entries, key=lambda e: KIND_PRIORITY.index(e.kind))
            if entry.kind == "person":
                self.person_mention(span, [e for e in entries if e.kind == "person"])
                continue
            if entry.kind == "capital" and self.is_place(span.root):
                continue
            head = span.root.head
            title = self.title_of(head) if span.root.dep_ in MODIFIER_DEPS and head.i >= span.end else None
            if entry.kind in {"country", "adjective", "capital"} and title and not self.index.at(head):
                sector, kind = title
                start = min(span.start, self.left_edge(head))
                group = self.parsed[start : head.i + 1]
                self.emit(group, entry.country, sector, "group", "title rule", 0.9)
                continue
            self.emit(span, entry.country, entry.sector, entry.kind, "dictionary")

    def person_mention(self, span: Span, entries: list[Entry]) -> None:
        dated = []
        for entry in entries:
            assert entry.person_id
            roles = self.knowledge.roles_at(entry.person_id, self.day)
            dated.append((entry, sorted(roles, key=lambda r: _rank(r.sector))))
        entry, roles = max(dated, key=lambda pair: bool(pair[1]))
        if roles:
            role = roles[0]
            self.emit(span, role.iso3, role.sector, "person", "dictionary", 1.0, entry.person_id)
        else:
            # known person, no role on this day: a national elite, not the government
            self.emit(span, entry.country, "ELI", "person", "dictionary (no role on date)", 0.6,
                      entry.person_id)

    def is_place(self, token: Token) -> bool:
        """A capital used as a location ("talks in Moscow"), not as a government."""
        return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS or token.dep_ == "npadvmod"

    def title_of(self, head: Token) -> tuple[str, str] | None:
        """The (sector, kind) of a title noun, with its compounds ('security council')."""
        if head.pos_ not in {"NOUN", "PROPN"}:
            return None
        compounds = [c for c in head.lefts if c.dep_ == "compound" and not self.index.at(c)]
        candidates = []
        if compounds:
            candidates.append(" ".join(t.text for t in compounds + [head]))
            candidates.append(" ".join([t.text for t in compounds] + [head.lemma_]))
        candidates += [head.text, head.lemma_]
        for phrase in candidates:
            found = self.knowledge.title_sector(phrase)
            if found:
                return found
        return None

    def left_edge(self, head: Token) -> int:
        """Start of the noun phrase before its head, without a leading determiner."""
        start = head.left_edge.i
        while start < head.i and self.parsed[start].dep_ in {"det", "predet", "punct"}:
            start += 1
        return start

    # 3: actors learned from titles and appositives, and their surnames later on
    def learned_mentions(self) -> None:
        for ent in self.parsed.ents:
            if ent.label_ not in {"PERSON", "ORG", "NORP"}:
                continue
            if any(self.index.at(t) for t in ent):
                continue
            code = self.learn(ent)
            if code:
                country, sector, kind = code
                self.emit(ent, country, sector, kind, "title rule", 0.8)
                self.learned[ent.text] = code
                if ent.label_ == "PERSON" and len(ent) > 1:
                    self.learned.setdefault(ent[-1].text, code)
        for token in self.parsed:
            code = self.learned.get(token.text)
            if code and not self.index.at(token) and token.pos_ == "PROPN":
                country, sector, kind = code
                self.emit(self.parsed[token.i : token.i + 1], country, sector, kind,
                          "coreference", 0.8)

    def learn(self, ent: Span) -> tuple[str, str, str] | None:
        root = ent.root
        context = [t for t in root.subtree if t.i < ent.start]
        for child in root.children:
            if child.dep_ == "appos":
                context += list(child.subtree)
        countries = [m for t in context if (m := self.index.at(t))]
        if not countries:
            return None
        found = next(((m.country, m.sector) for m in countries if m.sector), None)
        title = next((tt for t in context if t.pos_ == "NOUN" and (tt := self.title_of(t))), None)
        country = countries[0].country
        kind = "person" if ent.label_ == "PERSON" else "group"
        if title:
            return country, title[0], kind
        if found and ent.label_ == "PERSON":
            return found[0], found[1], kind
        return None

    # 4: pronouns
    def pronoun_mentions(self) -> None:
        ordered = sorted(self.index.mentions, key=lambda m: m.start)
        for token in self.parsed:
            lower = token.lower_
            if token.pos_ != "PRON" or self.index.at(token):
                continue
            if lower in PERSON_PRONOUNS:
                wanted, window = {"person"}, 3
            elif lower in GROUP_PRONOUNS:
                wanted, window = {"group", "country", "adjective"}, 1
            elif lower == "its":
                wanted, window = {"country", "igo", "seat", "capital"}, 0
            else:
                continue
            sent = self.sent_index(token)
            antecedent = None
            for mention in ordered:
                if mention.start >= token.idx:
                    break
                if mention.kind in wanted and sent - mention.sent_index <= window:
                    if mention.kind == "group" and lower in PERSON_PRONOUNS and not _singular(mention):
                        continue
                    antecedent = mention
            if antecedent is None and lower in PERSON_PRONOUNS:
                antecedent = next((m for m in reversed(ordered) if m.start < token.idx
                                   and m.kind == "group" and _singular(m)
                                   and sent - m.sent_index <= window), None)
            if antecedent:
                self.emit(self.parsed[token.i : token.i + 1], antecedent.country,
                          antecedent.sector, "pronoun", "coreference", 0.7, antecedent.person_id)


def _rank(sector: str) -> int:
    return SECTOR_PRIORITY.index(sector) if sector in SECTOR_PRIORITY else len(SECTOR_PRIORITY)


def _singular(mention: Mention) -> bool:
    """A group mention headed by a singular person title ('the Russian leader')."""
    last = mention.text.split()[-1].lower()
    return not last.endswith("s")


def code_actors(document: Document, parsed: Doc, coder: ActorCoder) -> MentionIndex:
    """Stage function: the actor mentions of one parsed document."""
    return coder.code(document, parsed)
