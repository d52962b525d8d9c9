"""Find and code the political actors in a parsed document.

Rules, in order (each mention records which one coded it in `how`):
1. dictionary: countries, demonyms, capitals (unless used as a place: "in Moscow"), seats of
   power, IGOs and people from the dated roles table, matched case-sensitively;
2. title rule: a country word modifying a title noun becomes a sector actor
   ("Russian officials" RUSGOV, "Iran's Revolutionary Guards" IRNMIL, "Iranian media" IRNMED);
3. learned: a named person or organisation that the spaCy NER finds with a country and a title
   around it ("German chancellor X", "X, secretary of Russia's Security Council", "X, the Israeli
   daily"); later mentions of the surname are coded the same way (coreference);
4. coreference: short forms of a name in full (surnames, "Congo" after "DR Congo"), "the group"
   for the named organisation, he/she/his for the last named person whose gender agrees,
   they/their for the last group or country, its for the last country or organisation in the
   sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..doc_cache import ents_of, text_of
from ..records import Document, Mention
from .dictionaries import UserActor
from .gender import agrees, gender_words, pronoun_gender, span_gender
from .knowledge import Entry, Knowledge, default_knowledge, today

LOCATIVE_PREPS = {"in", "at", "near", "into", "outside", "inside", "across", "around", "within",
                  "through", "toward", "towards", "via", "over"}
MOTION_VERBS = {"arrive", "fly", "travel", "return", "go", "come", "move", "flee", "leave", "head",
                "deport", "evacuate", "drive", "sail", "march", "walk", "escape", "relocate",
                "trip", "journey", "flight", "visit", "route", "road", "transfer", "extradite"}
# nouns of a settlement or area a national adjective places: "in the Peruvian Amazon city of Iquitos"
SETTLEMENT_NOUNS = {"city", "town", "village", "capital", "port", "province", "region", "district", "area",
                    "state", "county", "governorate"}
PLACE_NOUNS = {"street", "outskirts", "center", "centre", "suburb", "city", "capital", "heart",
               "province", "region", "area", "district", "neighbourhood", "neighborhood", "airport",
               "university", "state", "county", "square", "hotel", "stadium", "port", "harbour",
               "harbor", "embassy", "consulate", "runway", "road", "border", "mayor", "resident",
               "residents", "outskirt", "downtown", "zoo", "museum", "hospital", "campus"}
GENERIC_SEATS = {"Congress", "Senate", "Parliament", "Supreme Court", "National Assembly",
                 "House of Representatives", "Constitutional Court"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
KIND_PRIORITY = ["person", "seat", "igo", "organisation", "country", "capital", "adjective", "place"]
SECTOR_PRIORITY = ["GOV", "MIL", "SPY", "LEG", "JUD", "PTY", "OPP", "BUS", "ELI"]
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
# Sectors of a group noun that, compounded with a title ("gang leader", "rebel commander"),
# make the title that group's, not a government's
NON_STATE_COMPOUND_SECTORS = {"CRM", "REB", "UAF", "RAD", "OPP", "PTY", "LAB", "REL"}
OBJECT_PRONOUNS = {"him", "her", "them"}  # binding: never the subject of their own clause
# A dictionary name inside a longer entity of these kinds is part of another name:
# "Michael Jordan", "the Gulf of Oman", "the Paris Agreement", "Atlanta, Georgia".
HOST_ENTITIES = {"PERSON", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "GPE"}
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
           "northwest", "southeast", "southwest", "upper", "lower"}
# Names that are also a US state or a common first name need evidence from the document.
PLACE_CUES = {
    "Georgia": {"Atlanta", "Savannah", "governor", "Gov.", "Senate", "county", "state's",
                "Peach", "U.S. state", "Democrats", "Republicans", "voters"},
}
COUNTRY_CUES = {
    "Georgia": {"Tbilisi", "Georgian", "Georgians", "Abkhazia", "Ossetia", "Caucasus", "Armenia",
                "Azerbaijan", "Russia", "Kremlin", "Batumi"},
}
GROUP_PRONOUNS = {"they", "them", "their"}
# Singular nouns for a building or an office: "they" never refers back to one ("the U.S. embassy")
THINGS_NAMED_SINGULAR = {"embassy", "consulate", "compound", "mission", "office", "ministry", "base", "headquarters",
                         "building", "palace", "parliament", "court", "residence", "camp", "station"}
# verbs of an "It" that stands for no one: "It seems ...", "It remains unclear ..."
EXPLETIVE_VERBS = {"be", "seem", "appear", "remain", "take", "look", "become", "happen", "matter", "mean",
                   "rain", "follow", "come"}
# small words inside a city's name, lower case in the tables: "Port-au-Prince", "Dar es Salaam"
CITY_PARTICLE = re.compile(r"(?<=[ -])(Au|Es|De|Del|La|Le|Du|Da|Do|Of|Al|El|Sur|Sous)(?=[ -])")
LIST_SEPARATORS = {",", "and", "or"}
# kinds of actor no other actor is an apposition of: "Saudi Arabia, the UAE and Egypt" is a list
LISTED_KINDS = {"country", "igo"}
NON_STATE = {"IGO", "NGO", "IMG"}  # the "country" of an organisation that is no state
# "NIAMEY, Aug 25 (Wire) - ...": the dateline city, in capitals, at the start of the body
DATELINE_CITY = re.compile(r"^([A-Z][A-Z'’. -]{2,30}?)(?:,| \(| [-–—]|\s*\n)")
LOYAL_WORDS = {"loyal", "allied", "close", "linked"}  # "forces loyal to X", "militias allied to X"
NAME_PARTICLES = {"al", "el", "ad", "as", "ash", "an", "ar", "de", "del", "la", "du", "bin", "ibn", "abu"}
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
DATELINE_OUTNUMBERED = 3  # times more often the story names another country than the dateline's, to be its
DATELINE_REACH = 40  # characters of a story's start a dateline can take ("LAMU, Kenya, June 10 (Wire) -")
DATELINE_COUNTRY = re.compile(r"\s*([A-Z][A-Za-z .'-]{2,30}?)\s*(?:,|\(|[-–—])")
UNPLACED_QUALIFIERS = {"western", "foreign", "international", "regional", "world", "global",
                       "allied", "arab", "african", "asian", "european", "gulf", "other"}
# offices a person holds in a body ("chairman of the African Union Commission", "UN envoy")
BODY_OFFICES = {"chairman", "chairwoman", "chairperson", "chair", "head", "chief", "president", "secretary",
                "envoy", "commissioner", "spokesman", "spokeswoman", "spokesperson", "director",
                "representative", "coordinator", "mediator", "negotiator", "rapporteur", "ambassador"}
# "the foreign ministry", "the foreign office": a portfolio, not another country's body
PORTFOLIO_BODIES = {"ministry", "office", "department", "secretariat"}
PORTFOLIO_QUALIFIERS = {"foreign"}
# "the US-backed government", "an Iranian-backed militia": the group is not the patron's own
PATRONS = {"backed", "sponsored", "supported", "funded", "armed", "trained", "allied", "aligned", "installed"}
# the people of a country at home: a country in the sentence's place phrase is theirs, while
# soldiers or officials "in Iraq" may be anyone's
PEOPLE_SECTORS = {"CVL", "LAB", "HLH", "EDU", "AGR", "REF", "REL"}
TRAVELLING_SECTORS = {"GOV", "LEG"}  # officials and envoys: the place of what they do may be abroad
SEATED_BODIES = {"government", "authorities", "regime", "administration", "parliament", "legislature",
                 "cabinet", "junta", "ministry", "assembly"}  # ... but not the bodies that rule there
# non-state armed groups, coded by the country where they operate (the event codebook)
ARMED_NON_STATE = {"REB", "UAF", "RAD", "INS"}
OPERATING_PREPS = {"in", "inside", "across", "throughout"}
UNPLACED_GROUPS = {"diplomat", "envoy", "negotiator", "mediator", "observer", "analyst"}
# Verbs of being sent or going somewhere: "soldiers who arrived in Afghanistan" are not Afghan
POSTED_VERBS = {"arrive", "deploy", "land", "travel", "go", "come", "fly", "enter", "return", "serve", "fight",
                "station", "base", "move", "cross", "work", "visit"}
# What a city names when it modifies one of these: an accord or a forum, not a place
ACCORD_NOUNS = {"agreement", "accord", "accords", "deal", "protocol", "process", "format", "declaration",
                "treaty", "convention", "framework", "roadmap", "memorandum", "group", "formula", "consensus"}
LONG_GONE_YEARS = 15  # a known person out of every office this long is not whom a bare surname names
NATIONAL_TITLE_SECTORS = {"OPP", "PTY", "LEG"}  # titles only a country's politics has ("opposition leader")
# Nouns for the soldiers who rule a country, one class for telling back: "Myanmar's military
# rulers ... the junta ... the generals"
RULING_MILITARY = {"junta", "general", "ruler", "putschist", "coup"}
# Institutions a country or body has one of: "the army" after "Sudan's army", "the court" after
# "the International Court of Justice" are those, whatever the dateline
TOLD_INSTITUTIONS = {"army", "military", "navy", "court", "tribunal"}
TOLD_WINDOW = 10  # sentences
# Bodies news names after who leads them: "the Saudi-led coalition", "the US-led force"
LED_BODIES = {"coalition", "alliance", "force", "mission", "operation"}
# Capitals that news uses for the international organisation seated there, in a story that
# names that organisation: "Brussels" for the EU
IGO_SEATS = {"Brussels": ("IGOEUR", re.compile(r"\b(EU|European (Union|Commission|Council))\b"))}
# Countries whose people news names family name first: "Xi Jinping" is later "Xi", "Hun Sen" "Hun"
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "SGP"}
# "many governments", "some countries": a class of states, none of them the story's own
STATE_NOUNS = {"government", "country", "nation", "state", "regime"}
QUANTIFIERS = {"many", "some", "several", "most", "all", "few", "various", "numerous", "certain", "both"}
# What names the Republic of the Congo, not the DRC: with none of it in a story, "Congo" is the DRC
ZAIRE_YEARS = ("1971-10-27", "1997-05-17")  # when the DRC was Zaire
BRAZZAVILLE_CUES = re.compile(r"Brazzaville|Congo Republic|Republic of (the )?Congo|Sassou")
# verbs of asking whose object "it" is the body asked ("asking it to intervene")
ASKING_VERBS = {"ask", "urge", "request", "call", "press", "invite", "implore", "beg", "appeal", "tell"}
SIDES_COUNTS = {"both", "two", "each"}  # "the two delegations", "both governments": one per side
# (but "two men" arrested are two people of the story's country)
IGO_HUBS = {"Brussels", "Geneva", "New York", "Vienna", "Strasbourg", "The Hague", "Luxembourg"}
MAX_NAME_TOKENS = 16
US_PARTY_STATE = re.compile(r"\s*[(,]\s*(?:D|R|I)[-–.,]\s*[A-Z][A-Za-z. ]{1,18}\)?")
# "By Howard LaFranchi" (optionally ", Staff writer") alone on its line
NAME_WORD = r"(?:[A-Z][\w.'’-]+|de|van|von|al|bin)"
BYLINE = re.compile(rf"(?m)^[ \t]*By[ \t]+([A-Z][\w.'’-]+(?:[ \t]+{NAME_WORD}){{0,4}})"
                    r"[ \t]*(?:,[^\n]{0,60})?$")
DERIVED_PREFIX = "phoenix:"  # ids of actors from the derived tables
# words that count people: "thousands of Argentines", "many Iraqis"
PEOPLE_COUNTS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                 "many", "several", "some", "few", "tens", "scores", "crowd", "group", "number"}
# titles any body has, whose bearer speaks for the body named with them ("Houthi spokesman X")
ROLE_WORDS = {"spokesman", "spokeswoman", "spokesperson", "leader", "official", "chief", "head",
              "representative", "negotiator"}
NATIONAL_OFFICES = {"GOV", "MIL", "POL", "JUD", "LEG", "SPY"}  # sectors of a title a state's office holders bear
AREA_NOUNS = {"region", "province", "oblast", "district", "city", "area", "governorate", "county", "town"}
# What is taken, besieged or entered is a place: "seized Kherson", "the fall of Aleppo"
TAKING_VERBS = {"seize", "capture", "take", "retake", "recapture", "storm", "overrun", "besiege",
                "encircle", "surround", "liberate", "occupy", "enter", "shell", "bomb", "evacuate", "annex",
                "invade", "blockade", "reoccupy", "attack", "raid", "pound"}
TAKING_NOUNS = {"control", "capture", "fall", "siege", "outskirts", "seizure", "recapture", "liberation",
                "occupation", "shelling", "bombing", "evacuation", "annexation", "invasion", "blockade"}
ATTITUDE_PREFIXES = {"anti", "pro"}
# A word before a demonym that makes it a region's: "South American", "Latin American", "Central Asian"
REGION_ADJECTIVES = {(w, a) for w in ("south", "latin", "central", "north", "meso")
                     for a in ("american", "americans")} | {
    ("central", "asian"), ("south", "asian"), ("east", "asian"), ("southeast", "asian"), ("south-east", "asian"),
    ("west", "african"), ("east", "african"), ("southern", "african"), ("north", "african"), ("central", "african"),
    ("sub-saharan", "african"), ("middle", "eastern")}
ARMED_SECTORS = {"REB", "UAF", "INS", "SEP"}
OTHER_WORDS = {"other", "another", "second", "rival", "new", "different", "splinter", "same", "former"}


@dataclass
class MentionIndex:
    """The actor mentions of one document, and which token belongs to which mention."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # id(mention) -> token span
    uncoded: list[tuple[str, str]] = field(default_factory=list)  # (name, NER label) left uncoded
    # the other actors a plural pronoun stands for: "the US and Israel said they would ..."
    also: dict[int, list[Mention]] = field(default_factory=dict)  # id(pronoun mention) -> mentions

    def add(self, mention: Mention, start: int, end: int) -> None:
        self.mentions.append(mention)
        self.spans[id(mention)] = (start, end)
        for i in range(start, end):
            self.by_token[i] = mention

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def remove(self, mention: Mention) -> None:
        """Drop a mention that a wider one replaces ("Venezuelan" inside "Venezuelan ... troops")."""
        start, end = self.spans.pop(id(mention))
        self.mentions.remove(mention)
        for i in range(start, end):
            if self.by_token.get(i) is mention:
                del self.by_token[i]


class ActorCoder:
    """Codes actors with one knowledge base and one spaCy vocabulary (build it once)."""

    def __init__(self, nlp: Language, knowledge: Knowledge | None = None,
                 user_actors: tuple[UserActor, ...] | list[UserActor] = ()) -> None:
        self.knowledge = knowledge or default_knowledge()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[str, list[Entry]] = {}
        for surface, entries in self.knowledge.entries.items():
            key = f"A{len(self.keys)}"
            self.keys[key] = entries
            self.matcher.add(key, [nlp.make_doc(surface)])
        self.channel_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for name, kind in self.knowledge.channels.items():
            self.channel_matcher.add(kind, [nlp.make_doc(name)])
        # forms derived from Phoenix (tens of thousands): looked up by their lower-case text in
        # a sorted list, which costs nothing to build, instead of a second PhraseMatcher
        self.derived_keys = sorted(self.knowledge.derived)
        # every beginning of a form's first word: a token that is none starts no form
        self.derived_starts = {word[:n] for word in {key.split(" ")[0] for key in self.derived_keys}
                               for n in range(1, len(word) + 1)}
        # user dictionaries: matched case-insensitively, and they win over built-in entries
        self.user_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.user_actors: dict[str, UserActor] = {}
        for actor in user_actors:
            key = f"U{len(self.user_actors)}"
            self.user_actors[key] = actor
            self.user_matcher.add(key, [nlp.make_doc(p) for p in actor.phrases])

    def code(self, document: Document, parsed: Doc) -> MentionIndex:
        """All actor mentions of a parsed document, coded for the document's date."""
        day, dated = (document.date, True) if document.date else (today(), False)
        index = MentionIndex()
        state = _DocState(self, document, parsed, day, dated, index)
        state.block_credits()
        state.dictionary_mentions()
        state.short_country_mentions()
        state.peoples_of_a_country()
        state.learned_mentions()
        state.pending_people()
        state.international_office_holders()
        state.congo_as_the_drc()
        state.accord_names()
        state.short_form_mentions()
        state.definite_title_mentions()
        state.named_group_descriptions()
        state.led_body_mentions()
        state.operating_countries()
        state.unnamed_group_mentions()
        state.definite_country_mentions()
        state.compass_country_mentions()
        state.pronoun_mentions()
        state.drop_channels()
        state.uncoded_names()
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
    learned: dict[tuple[str, ...], tuple[str, str, str]] = field(default_factory=dict)  # words -> code
    titles: dict[int, str] = field(default_factory=dict)  # id(mention) -> words around the name
    pending: list[tuple[Span, Entry]] = field(default_factory=list)  # derived people, no office
    blocked: set[int] = field(default_factory=set)  # tokens of wire credits and bylines

    @property
    def knowledge(self) -> Knowledge:
        return self.coder.knowledge

    def sent_index(self, token: Token) -> int:
        return self._sent_of[token.i]

    def __post_init__(self) -> None:
        self._paragraph_datelines: list[tuple[int, str | None]] | None = None  # read when first asked
        self._sent_of: list[int] = []  # token index -> sentence index, read once
        for number, sent in enumerate(self.parsed.sents):
            self._sent_of += [number] * len(sent)
        self.ents = ents_of(self.parsed)
        self.text = text_of(self.parsed)
        self.tokens = list(self.parsed)  # iterating a Doc builds its Token objects anew each time
        last_words = self.knowledge.title_last_words()
        # nouns that could head a title (a title ends in them or in a compound of theirs): the
        # only tokens the definite-title and unnamed-group passes look at
        self._title_heads = [t for t in self.tokens if (t.pos_ == "NOUN" or t.pos_ == "PROPN") and (
            t.lower_ in last_words or t.lemma_.lower() in last_words
            or any(c.dep_ == "compound" and (c.lower_ in last_words or c.lemma_.lower() in last_words)
                   for c in t.lefts))]

    def emit(self, span: Span, country: str, sector: str, kind: str, how: str,
             confidence: float = 1.0, person_id: str | None = None) -> Mention:
        if not self.dated and kind == "person":
            how += " (undated: today's roles)"
        earlier = self.knowledge.state_on(country, self.day) if self.dated else None
        if earlier is not None:  # a place of a state not yet founded: the state it was part of
            country, how = earlier, how + f" (before {country} existed)"
            sector, kind = ("", "place") if kind == "capital" else (sector, kind)
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
        user_spans = filter_spans(self.coder.user_matcher(self.parsed, as_spans=True))
        taken: set[int] = set()
        for span in user_spans:
            actor = self.coder.user_actors[span.label_]
            code = actor.code_on(self.day)
            if code:
                how = f"user file {actor.source.rsplit('/', 1)[-1]}"
                self.emit(span, code[:3], code[3:], "user", how, 1.0, actor.actor_id)
                taken.update(range(span.start, span.end))
        derived = [s for s in self.derived_spans() if _written_as_name(s)]
        spans = filter_spans(list(self.coder.matcher(self.parsed, as_spans=True)) + derived)
        for span in spans:
            if taken.intersection(range(span.start, span.end)) or any(self.index.at(t) for t in span):
                continue
            if self.blocked.intersection(range(span.start, span.end)):
                continue
            if self.is_channel(span):
                self.blocked.update(range(span.start, span.end))
                continue
            entries = self.coder.keys.get(span.label_) or self.knowledge.derived[span.label_[2:]]
            entry = min(entries, key=lambda e: KIND_PRIORITY.index(e.kind))
            if entry.kind == "person":
                people = [e for e in entries if e.kind == "person" and not self.other_gender(span, e)]
                if people and not self.other_persons_name(span, people) and not self.stance(span):
                    # ("pro-Aristide demonstrators": a stance, not Aristide)
                    self.person_mention(span, people)
                continue  # "Ana Ortega" is not Daniel Ortega, and gets no country from his name
            if entry.kind == "organisation" and entry.generic:
                self.shared_party_mention(span, entry)
                continue
            if entry.kind == "organisation":
                if not self.stance(span):  # "the pro-Taliban cleric": a stance, not the Taliban
                    self.organisation_mention(span, [e for e in entries if e.kind == "organisation"])
                continue
            if entry.kind == "place":
                if self.is_named_place(span) and not self.longer_name(span):
                    self.emit(span, entry.country, "", "place", "gazetteer", 0.8)
                continue
            if entry.kind in {"country", "capital", "adjective"} and self.is_other_name(span):
                continue
            if entry.kind == "igo" and self.stance(span):
                continue  # "pro-EU protests": a stance, not the EU
            if entry.kind == "country" and self.group_in_country(span, entry):
                continue
            if entry.kind == "capital" and self.is_place(span.root):
                self.emit(span, entry.country, "", "place", "gazetteer", 0.8)
                continue
            modifier = span.root
            if modifier.dep_ == "conj" and modifier.head.dep_ in MODIFIER_DEPS:
                modifier = modifier.head  # "US and British forces": British modifies forces too
            head = modifier.head
            title = self.title_of(head) if modifier.dep_ in MODIFIER_DEPS and head.i >= span.end else None
            if title and head.dep_ == "compound" and head.head.pos_ == "PROPN":
                title = None  # "Iranian President Hassan Rouhani": the name is the actor
            conjoined = [c for c in span.root.children if c.dep_ == "conj"] + (
                [span.root.head] if span.root.dep_ == "conj" else [])
            if entry.kind in {"country", "adjective"} and title and conjoined:
                # "US and British forces": each country keeps its own mention, with the sector
                self.emit(span, entry.country, title[0], "group", "title rule", 0.9)
                continue
            if entry.kind in {"country", "adjective", "capital"} and title and not self.index.at(head):
                sector, kind = title
                start = min(span.start, self.left_edge(head))
                group = self.parsed[start : head.i + 1]
                self.emit(group, entry.country, sector, "group", "title rule", 0.9)
                continue
            if entry.kind == "seat" and entry.generic:
                self.emit(span, self.seat_country(span, entry), entry.sector, entry.kind, "dictionary")
                continue
            if entry.kind in {"country", "adjective"} and self.counted_people(span):
                self.emit(span, entry.country, "CVL", "group", "dictionary (people)", 0.8)
                continue  # "thousands of Argentines", "two Britons": people, not the state
            seated = IGO_SEATS.get(span.text) if entry.kind == "capital" else None
            if seated is not None and seated[1].search(self.text):
                # "Warsaw and Brussels accuse Minsk" in a story about the EU: the EU, not Belgium
                self.emit(span, "IGO", seated[0][3:], "igo", "dictionary (the IGO seated there)")
                continue
            self.emit(span, entry.country, entry.sector, entry.kind, "dictionary")

    def short_country_mentions(self) -> None:
        """A shorter country name that ends exactly one formal name of the article means that
        country: "the Democratic Republic of the Congo" ... "Congo" is COD, and so is "Congo" in
        a headline over it. The words before it must be words of formal state names
        (state_forms.csv: "Republic of the", "DR"), so "South Sudan" leaves "Sudan" alone; an
        article that also names "the Republic of the Congo" leaves "Congo" alone; and a
        country's usual name in news ("China", "Sudan") always keeps its own code."""
        tails: dict[str, set[str]] = {}  # a shorter name -> the countries whose formal names it ends
        forms = self.knowledge.state_forms
        countries = [m for m in self.index.mentions if m.kind == "country"]
        for mention in countries:
            words = mention.text.split()
            for i in range(1, len(words)):
                if all(w.lower() in forms for w in words[:i]):
                    tails.setdefault(" ".join(words[i:]), set()).add(mention.country)
        for mention in countries:
            meant = tails.get(mention.text, set())
            if len(meant) != 1 or mention.country in meant or mention.text in self.knowledge.press_names:
                continue
            start, end = self.index.spans[id(mention)]
            self.index.remove(mention)
            self.emit(self.parsed[start:end], next(iter(meant)), mention.sector, "country",
                      "coreference (short form)", 0.9, mention.person_id)

    # wire credits, bylines and news channels: never actors
    def block_credits(self) -> None:
        """Wire services anywhere ("BAGHDAD (Reuters) -", "(AFP)", "AP -", "Reuters reports"),
        the news-agency phrase around them, and bylines ("By Howard LaFranchi")."""
        doc = self.parsed
        for span in self.coder.channel_matcher(doc, as_spans=True):
            if span.label_ != "wire":
                continue
            start, end = span.start, span.end
            while end < len(doc) and doc[end].lower_ in {"news", "agency", "wire", "service"}:
                end += 1  # "the Reuters news agency"
            self.blocked.update(range(start, end))
        for found in BYLINE.finditer(text_of(doc)):
            span = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
            if span is not None:
                self.blocked.update(range(span.start, span.end))
        body = len(self.document.full_text) - len(self.document.text)
        dateline = DATELINE_CITY.match(self.document.full_text, body)
        if dateline is not None and "-" in dateline.group(1):  # "PORT-AU-PRINCE": no African Union in it
            span = doc.char_span(dateline.start(1), dateline.end(1), alignment_mode="expand")
            if span is not None:
                self.blocked.update(range(span.start, span.end))

    def drop_channels(self) -> None:
        """A media actor used as the channel of the story is not an actor in it: "told BBC
        News", "according to the BBC", "in an interview with CNN", "the BBC reported"."""
        for mention in list(self.index.mentions):
            start, end = self.index.spans[id(mention)]
            if any(i in self.blocked for i in range(start, end)):
                self.index.remove(mention)
                continue
            if self.is_channel(self.parsed[start:end], mention.sector):
                self.index.remove(mention)

    def uncoded_names(self) -> None:
        """People and organisations the NER sees that no rule coded, so a user can add them."""
        for ent in self.ents:
            if ent.label_ in {"PERSON", "ORG"} and not any(
                    self.index.at(t) or t.i in self.blocked for t in ent):
                name = ent.text.strip()
                if len(name) > 2 and not name.isdigit():
                    self.index.uncoded.append((name, ent.label_))

    def is_channel(self, span: Span, sector: str | None = None) -> bool:
        """A media actor (or a listed outlet) in the position of the story's channel."""
        if sector is None:
            entries = self.coder.keys.get(span.label_) or self.knowledge.derived.get(
                span.label_[2:], [])
            sector = "MED" if any(e.sector == "MED" for e in entries) else ""
        if sector != "MED" and self.knowledge.channels.get(span.text) != "outlet":
            return False
        root = span.root
        while root.dep_ in {"compound", "amod"} and root.head.i != root.i:
            root = root.head  # "told BBC News", "the state-run Xinhua news agency reported"
        return _is_channel(root)

    def derived_spans(self) -> list[Span]:
        """Spans whose lower-case text is a derived (Phoenix) form, labelled 'D:' + the form."""
        keys, doc, text = self.coder.derived_keys, self.parsed, self.text
        found = []
        starts = self.coder.derived_starts
        ends = [t.idx + len(t.text) for t in self.tokens]  # once: Token objects are dear to make
        for token in self.tokens:
            if token.lower_ not in starts or not token.text[:1].isalnum():
                continue
            for j in range(token.i, min(len(doc), token.i + MAX_NAME_TOKENS)):
                form = text[token.idx : ends[j]].lower()
                k = bisect_left(keys, form)
                if k == len(keys) or not keys[k].startswith(form):
                    break
                if keys[k] == form:
                    found.append(Span(doc, token.i, j + 1, label="D:" + form))
        return found

    def group_in_country(self, span: Span, entry: Entry) -> bool:
        """'security forces in Guinea', 'the government of Iran', 'the president of Armenia':
        a title noun with the country in an in/from/of phrase is a sector actor."""
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in {"in", "from", "of"}:
            return False
        head = root.head.head
        title = self.title_of(head)
        if not title or self.index.at(head) or (root.head.lower_ != "of" and title[1] == "person"):
            return False
        start = self.left_edge(head)
        if any(self.index.at(t) for t in self.parsed[start : span.end]):
            return False
        self.emit(self.parsed[start : span.end], entry.country, title[0], "group", "title rule", 0.9)
        return True

    def is_named_place(self, span: Span) -> bool:
        """A gazetteer city counts only where the NER also sees a place there, or the syntax
        does: "in Kharkiv", "the Kharkiv region"."""
        root = span.root
        if root.dep_ == "compound" and (root.head.lemma_.lower() in AREA_NOUNS
                                        or root.head.i == span.end and self.title_of(root.head) is not None):
            return True  # "the Kharkiv region", "Niger Delta militants"
        if root.dep_ in {"pobj", "appos"} and root.pos_ == "PROPN" and (
                root.head.lower_ == "of" and root.head.head.lemma_.lower() in AREA_NOUNS
                or root.dep_ == "appos" and root.head.lemma_.lower() in AREA_NOUNS):
            return True  # "the city of Omdurman", "the eastern city, Goma"
        if root.dep_ == "pobj" and root.pos_ == "PROPN" and root.head.lower_ in LOCATIVE_PREPS:
            return True
        if root.pos_ == "PROPN" and (root.dep_ == "dobj" and root.head.lemma_.lower() in TAKING_VERBS
                                     or root.dep_ == "pobj" and root.head.lower_ == "of"
                                     and root.head.head.lemma_.lower() in TAKING_NOUNS):
            return True  # "seized Kherson", "took control of Goma", "the siege of Mariupol"
        return any(ent.label_ in {"GPE", "LOC", "FAC"} and ent.start <= span.start
                   and span.end <= ent.end for ent in self.ents)

    def counted_people(self, span: Span) -> bool:
        """A plural demonym that is counted ("thousands of Argentines", "two Britons", "many
        Iraqis"): people of the country."""
        root = span.root
        if root.pos_ not in {"PROPN", "NOUN"} or not (root.tag_ in {"NNPS", "NNS"} or root.lower_.endswith("s")):
            return False  # a plural, or a demonym in -s the tagger read as a singular name
        if any(c.dep_ in {"nummod", "amod"} and (c.pos_ == "NUM" or c.lower_ in PEOPLE_COUNTS)
               for c in root.children):
            return True
        head = root.head
        return root.dep_ == "pobj" and head.lower_ == "of" and (
            head.head.lemma_.lower() in PEOPLE_COUNTS or head.head.pos_ == "NUM")

    def peoples_of_a_country(self) -> None:
        """"Bosnian Serbs", "Iraqi Kurds": a people named by where they live, then by who they
        are, are of the country they live in (a group takes the country where it acts)."""
        peoples: dict[str, tuple[str, str]] = {}  # "serb" -> (SRB, BIH): who they are, where they live
        for mention in [m for m in self.index.mentions if m.kind in {"adjective", "country"}]:
            if id(mention) not in self.index.spans:
                continue  # already taken into a people named before it
            start, end = self.index.spans[id(mention)]
            token = self.parsed[end - 1]
            people = self.index.at(token.head) if token.dep_ in {"amod", "compound"} else None
            if people is None or people.country == mention.country or people.kind not in {"country", "adjective"} \
                    or token.head.i != end or people.country in NON_STATE:
                continue
            if mention.kind == "country" and not token.head.lower_.endswith("s"):
                continue  # "Kosovo Serbs", but not "China Russia" run together
            head_end = self.index.spans[id(people)][1]
            self.index.remove(mention)
            self.index.remove(people)
            self.emit(self.parsed[start:head_end], mention.country, people.sector or "CVL", "group",
                      "dictionary (a people of the country)", 0.8)
            peoples[token.head.lower_.rstrip("s")] = (people.country, mention.country)
        named = [self.demonym_country(t) if t.is_title else None for t in self.tokens]  # capitalised words only
        for before, token in zip(self.tokens, self.tokens[1:], strict=False):  # "Bosnian Serb forces" too
            where, who = named[before.i], named[token.i]
            if where and who and where != who:
                peoples.setdefault(token.lower_.rstrip("s"), (who, where))
        for mention in [m for m in self.index.mentions if m.kind in {"country", "adjective", "group"}]:
            word = self.parsed[self.index.spans[id(mention)][0]].lower_.rstrip("s")
            if peoples.get(word, ("", ""))[0] == mention.country and not mention.how.startswith("dictionary (a") \
                    and mention.sector not in {"GOV", "LEG", "JUD"}:  # "Albanian Prime Minister X" stays Albania's
                # "the Serbs", "Serb gunners" in a story about the Bosnian Serbs: the same people
                start, end = self.index.spans[id(mention)]
                self.index.remove(mention)
                self.emit(self.parsed[start:end], peoples[word][1], mention.sector or "CVL", "group",
                          mention.how + " (a people of the country named before)", mention.confidence)

    def demonym_country(self, token: Token) -> str | None:
        """The country a word names as a country or demonym ("Bosnian", "Serb"), if any."""
        entries = self.knowledge.entries.get(token.text, [])
        return next((e.country for e in entries if e.kind in {"country", "adjective"}
                     and e.country not in NON_STATE), None)

    def longer_name(self, span: Span) -> bool:
        """The city's name is only the start of a longer one: "RAS AL-AIN", "Ras al-Ain",
        "Santa Cruz de la Sierra" (the next word, with no comma between, goes on with the name)."""
        if span.end >= len(self.parsed) or self.parsed[span.end - 1].whitespace_ == "":
            return span.end < len(self.parsed) and self.parsed[span.end].text == "-"
        after = self.parsed[span.end]
        return after.lower_ in NAME_PARTICLES or after.is_upper and after.is_alpha and span.text.isupper() \
            and after.pos_ == "PROPN"

    def stance(self, span: Span) -> bool:
        """The name follows "anti-" or "pro-": it says what someone is for or against."""
        return span.start > 1 and self.parsed[span.start - 1].text == "-" and \
            self.parsed[span.start - 2].lower_ in ATTITUDE_PREFIXES

    def is_other_name(self, span: Span) -> bool:
        """A country or capital name that is here part of another name or a US state, or an
        ethnic group ("ethnic Albanians" are not Albania)."""
        if span.start > 0 and self.parsed[span.start - 1].lower_ == "ethnic":
            return True
        if span.start > 0 and (self.parsed[span.start - 1].lower_, span.text.lower()) in REGION_ADJECTIVES:
            return True  # "South American leaders", "Latin American nations": a region, not the US
        if self.stance(span):
            return True  # "anti-Israel protesters", "pro-Russian separatists": a stance, not a side
        if span.root.dep_ == "compound" and span.root.head.lower_ in {"state", "county", "university"}:
            return True  # "Washington state", "Georgia State University"
        for ent in self.ents:  # "George Washington University", "The Washington Post"
            if ent.label_ == "ORG" and ent.start <= span.start and span.end <= ent.end \
                    and not self.listed_in(span, ent):  # not "Mali, Burkina Faso" read as one name
                before = [t for t in self.parsed[ent.start : span.start] if t.pos_ == "PROPN"]
                after = [t for t in self.parsed[span.end : ent.end] if t.is_alpha]
                titled = any(self.title_of(t) or self.title_of(t.head) for t in after)
                if after and (before or not titled):
                    return True
        for ent in self.ents:
            if ent.label_ in HOST_ENTITIES and ent.start <= span.start and span.end <= ent.end \
                    and not self.listed_in(span, ent):
                extra = [t for t in ent if (t.i < span.start or t.i >= span.end)
                         and t.is_alpha and t.lower_ not in {"the", "'s"} | COMPASS
                         and not (t.i >= span.end and self.title_of(t))]  # "US Soldier", "Iraqi Police"
                if extra:
                    return True
        after = self.parsed[span.end : span.end + 2]
        if len(after) == 2 and after[0].text == "," and after[1].text in {"D.C.", "DC"}:
            return True
        if span.text in PLACE_CUES:
            text = self.document.full_text
            place = sum(text.count(cue) for cue in PLACE_CUES[span.text])
            country = sum(text.count(cue) for cue in COUNTRY_CUES[span.text])
            return place > country
        return False

    def listed_in(self, span: Span, ent: Span) -> bool:
        """The entity the tagger drew around a name is a list of names ("Mali, Burkina Faso"):
        a comma or "and" is next to the name inside it."""
        return span.end < ent.end and self.parsed[span.end].lower_ in LIST_SEPARATORS \
            or span.start > ent.start and self.parsed[span.start - 1].lower_ in LIST_SEPARATORS

    def person_mention(self, span: Span, entries: list[Entry]) -> None:
        dated = []
        for entry in entries:
            assert entry.person_id
            roles = self.knowledge.roles_at(entry.person_id, self.day)
            dated.append((entry, sorted(roles, key=lambda r: _rank(r.sector))))
        entry, roles = max(dated, key=lambda pair: bool(pair[1]))
        default = self.knowledge.defaults.get(entry.person_id or "")
        if roles:
            role = roles[0]
            self.emit(span, role.iso3, role.sector, "person", "dictionary", 1.0, entry.person_id)
        elif default is not None:
            self.emit(span, default.iso3, default.sector, "person", "dictionary (default code)",
                      0.8, entry.person_id)
        elif (entry.person_id or "").startswith(DERIVED_PREFIX):
            # a Phoenix name with no office on the date: what the text says about them comes
            # first ("Diego Cordovez, the UN mediator"); else a national elite, after the names
            self.pending.append((span, entry))
        else:
            # known person, no role in the table on this day: a title in the text wins
            # ("President X"), else a national elite, not the government
            title = next((t for t in span.root.lefts if t.i < span.start
                          and t.dep_ in {"compound", "nmod", "amod"}
                          and (tt := self.title_of(t)) and tt[1] == "person"), None)
            if title is not None and not any(c.lower_ in {"former", "ex"} for c in title.children):
                sector = self.title_of(title)[0]  # type: ignore[index]
                country = entry.country
                roles = self.knowledge.roles.get(entry.person_id, [])
                national = [r for r in roles if r.iso3 not in NON_STATE]
                if country in NON_STATE and sector in NATIONAL_TITLE_SECTORS and national \
                        and title.lemma_.lower() not in BODY_OFFICES:
                    # "opposition leader Donald Tusk", years after his European office: his country's
                    country = max(national, key=lambda r: r.start or "").iso3
                elif country in NON_STATE:  # an organisation's officer: IGONAT
                    sector = next((r.sector for r in roles if r.iso3 == entry.country), sector)
                self.emit(span, country, sector, "person", "title rule", 0.8, entry.person_id)
                return
            if len(span) == 1 and self.long_gone(entry):
                return  # "Rau" in 2023 is not Johannes Rau, out of office since 2004
            self.emit(span, entry.country, "ELI", "person", "dictionary (no role on date)", 0.6,
                      entry.person_id)

    def long_gone(self, entry: Entry) -> bool:
        """Whether every role the tables know of a person ended more than LONG_GONE_YEARS
        before the story: a surname alone then names someone else."""
        roles = self.knowledge.roles.get(entry.person_id or "", [])
        if not self.dated or not roles or any(r.end is None for r in roles):
            return False
        last = max(r.end for r in roles if r.end)
        return int(last[:4]) + LONG_GONE_YEARS < int(str(self.day)[:4])

    def other_gender(self, span: Span, entry: Entry) -> bool:
        """The text says the name is a woman's or a man's ("Mrs. Obama") and the known person's
        given name says the other: then it is someone else (a surname step may link her)."""
        told = span_gender(span)
        if not told:
            return False
        given = self.knowledge.names.get(entry.person_id or "", "").split()[:1]
        known = gender_words()["name"].get(given[0], "") if given else ""
        return bool(known) and known != told

    def other_persons_name(self, span: Span, entries: list[Entry]) -> bool:
        """A known person's surname inside another person's name: "Ana Ortega" is not "Daniel
        Ortega". The given name before it is a capitalised word of the same name, neither a
        title, an initial nor a word of the known person's name."""
        if span.start == 0 or span[0].ent_iob_ != "I" or span[0].ent_type_ != "PERSON":
            return False
        before = self.parsed[span.start - 1]
        if before.pos_ != "PROPN" or not before.text[:1].isupper() or len(before.text.rstrip(".")) < 2 \
                or self.title_of(before) or self.index.at(before):
            return False
        known = {w for e in entries for w in self.knowledge.names.get(e.person_id or "", "").split()}
        return before.text not in known

    def pending_people(self) -> None:
        """Derived people with no office on the date, whom the text did not code otherwise: ELI.
        Someone who only shares a known person's surname ("Ana Ortega") gets no country from it:
        a person's country comes from the text, never from a guess."""
        for span, entry in self.pending:
            if not any(self.index.at(t) for t in span):
                self.emit(span, entry.country, "ELI", "person", "dictionary (no role on date)", 0.6,
                          entry.person_id)

    def organisation_mention(self, span: Span, entries: list[Entry]) -> None:
        """A named non-state actor (groups.csv), coded for the date: the Taliban are AFGREB
        before 2021-08-15 and AFGGOV after."""
        for entry in entries:
            assert entry.person_id
            roles = self.knowledge.roles_at(entry.person_id, self.day)
            default = self.knowledge.defaults.get(entry.person_id)
            if roles or default:
                role = roles[0] if roles else default
                self.emit(span, role.iso3, role.sector, "group", "dictionary", 1.0, entry.person_id)
                return
        latest = max((r for e in entries for r in self.knowledge.roles[e.person_id or ""]),
                     key=lambda r: r.start)
        self.emit(span, latest.iso3, latest.sector, "group", "dictionary (outside its dates)", 0.6,
                  latest.person_id)

    def is_place(self, token: Token) -> bool:
        """A capital used as a location ("talks in Moscow", "flew to Kyiv", "the streets of
        Tehran", "Kabul airport"), not as a government ("pressure from Washington")."""
        if token.dep_ == "npadvmod":
            return True
        if token.dep_ in {"compound", "nmod"} and token.head.lemma_.lower() in PLACE_NOUNS:
            return True
        if token.dep_ != "pobj":
            return False
        prep = token.head
        if prep.lower_ in LOCATIVE_PREPS:
            return True
        if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
            return True
        return prep.lower_ in {"from", "to"} and prep.head.lemma_.lower() in MOTION_VERBS

    def title_of(self, head: Token) -> tuple[str, str] | None:
        """The (sector, kind) of a title noun, with its compounds ('security council')."""
        if head.pos_ not in {"NOUN", "PROPN"} and not (
                head.pos_ == "ADJ" and head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "appos"}):
            return None
        compounds = [c for c in head.lefts if c.dep_ == "compound" and not self.index.at(c)]
        last_words = self.knowledge.title_last_words()
        if head.lower_ not in last_words and head.lemma_.lower() not in last_words and not any(
                c.lower_ in last_words or c.lemma_.lower() in last_words for c in compounds):
            return None  # no title ends in this noun or its compounds
        for compound in compounds:  # "gang leader", "militia commander": the group's, not a government's
            found = self.knowledge.title_sector(compound.text) or self.knowledge.title_sector(compound.lemma_)
            if found and found[0] in NON_STATE_COMPOUND_SECTORS and found[1] != "person":
                own = self.knowledge.title_sector(head.text) or self.knowledge.title_sector(head.lemma_)
                return found[0], own[1] if own else "group"
        candidates = []
        if compounds:
            candidates.append(" ".join(t.text for t in compounds + [head]))
            candidates.append(" ".join([t.text for t in compounds] + [head.lemma_]))
        adjective = next((c for c in head.lefts if c.dep_ == "amod" and c.i == head.i - 1), None)
        if adjective is not None:  # "the electoral commission", "the chief executive"
            candidates.append(f"{adjective.lower_} {head.lower_}")
        candidates += [head.text, head.lemma_]
        for phrase in candidates:
            found = self.knowledge.title_sector(phrase)
            if found:
                return found
        for compound in reversed(compounds):  # "opposition groups", "rebel commanders", "rebel camp"
            found = self.knowledge.title_sector(compound.text) or self.knowledge.title_sector(
                compound.lemma_)
            if found and (found[1] != "person" or found[0] in NON_STATE_COMPOUND_SECTORS):
                return found[0], "group"
        return None

    def left_edge(self, head: Token) -> int:
        """Start of the noun phrase before its head, without a leading determiner."""
        start = head.left_edge.i
        while start < head.i and self.parsed[start].dep_ in {"det", "predet", "punct"}:
            start += 1
        return start

    # 3: actors learned from titles and appositives, and their surnames later on
    def learned_mentions(self) -> None:
        for span, label in self.name_candidates():
            code, how, confidence = self.learn(span, label), "title rule", 0.8
            if not code and (placed := self.titled_in_story(span, label)) is not None:
                *code, how = placed  # "Interior Minister Fred Okoth", in a story from Kenya
                confidence = 0.6
            if not code:
                continue
            country, sector, kind = code
            mention = self.emit(span, country, sector, kind, how, confidence)
            self.titles[id(mention)] = " ".join(
                t.text.lower() for t in span.root.subtree if t.i < span.start or t.i >= span.end)
            self.learned[tuple(t.text for t in span)] = code

    def titled_in_story(self, span: Span, label: str) -> tuple[str, str, str, str] | None:
        """A person with a national title and no country named around them ("Interior Minister
        Fred Okoth said ..."), in a story with a wire dateline: an office of the dateline's
        country, as `learn` gives (country, sector, kind), and how it was found. Without a
        dateline the country is not guessed (the country a story names most may be a host)."""
        if label != "PERSON" or any(m.kind == "person" and m.text.split()[-1] == span[-1].text
                                    for m in self.index.mentions):
            return None  # "Gen. Büyükanıt", named in full before: the short form takes that code
        left = [t for t in span.root.subtree if t.i < span.start]
        if any(self.index.at(t) for t in left):
            return None
        titles = [tt for t in left if t.pos_ in {"NOUN", "PROPN"} and (tt := self.title_of(t))]
        if not titles or titles[-1][1] != "person" or titles[-1][0] not in NATIONAL_OFFICES:
            return None
        fronted = self.fronted_place(span.root)
        if fronted is not None:  # "In Beijing, foreign ministry spokesman Hong Lei said": whatever the dateline
            return fronted, titles[-1][0], "person", "sentence's opening place"
        dateline = self.local_dateline()
        return (dateline, titles[-1][0], "person", "dateline") if dateline else None

    def fronted_place(self, token: Token) -> str | None:
        """The country of the city or country a sentence opens with, set off by a comma, when
        `token` is in the clause it opens: "In Beijing, a foreign ministry spokesman said ..."
        (wire copy tells each side's answer from its own capital)."""
        sent = token.sent
        if len(sent) < 4 or sent[0].lower_ != "in" or sent[0].dep_ != "prep":
            return None
        comma = next((t for t in sent[1:8] if t.text == ","), None)
        if comma is None or token.i < comma.i:
            return None
        places = {m.country for t in sent[1 : comma.i - sent.start] if (m := self.index.at(t)) is not None
                  and m.kind in {"capital", "place", "country"} and m.country not in NON_STATE}
        return places.pop() if len(places) == 1 else None

    def international_office_holders(self) -> None:
        """A person the dictionary knows with no office on the day (ELI), whom the text gives an
        office of an international body ("Moussa Faki Mahamat, chairman of the African Union
        Commission"): the body's code, as the text is the better record of the role on that day."""
        for mention in list(self.index.mentions):
            if mention.kind != "person" or mention.country in NON_STATE or mention.sector != "ELI" \
                    or id(mention) not in self.index.spans:
                continue  # a national office held on the day stands ("Ghana's President X, chairman of the AU")
            start, end = self.index.spans[id(mention)]
            root = self.parsed[start:end].root
            context = [t for t in root.subtree if t.i < start] + [
                t for c in root.children if c.dep_ == "appos" for t in c.subtree]
            if root.dep_ == "appos":  # "The African Union's commission chairman, Jean Ping, ..."
                context += [t for t in root.head.subtree if t.i < start]
            if any(t.lower_ in {"former", "ex"} or t.lower_.startswith("ex-") for t in context):
                continue
            titled = any(not self.index.at(t) and (t.lemma_.lower() in BODY_OFFICES
                                                   or (self.title_of(t) or ("", ""))[1] == "person")
                         for t in context)
            body = next((m for t in context if (m := self.index.at(t)) is not None and m.country in NON_STATE
                         and m.kind != "person" and not _accredited(t)), None)
            if titled and body is not None:
                self.index.remove(mention)
                self.emit(self.parsed[start:end], body.country, body.sector, "person",
                          "title rule (office of an international body)", 0.9, mention.person_id)

    def short_form_mentions(self) -> None:
        """A person named in full is later named by a short form, coded the same: the surname
        ("Petrovsky"), a middle name of three ("Javier Cárcamo Ruiz" is later "Cárcamo") or a
        hyphenated given name ("Kim Jae-sung" is later "Jae-sung"); a learned organisation by its
        whole name again. A form two differently coded people share is left alone."""
        forms: dict[tuple[str, ...], tuple[str, str, str, str | None] | None] = {}

        def add(words: tuple[str, ...], code: tuple[str, str, str, str | None]) -> None:
            if words and words[0][:1].isupper():
                forms[words] = code if forms.get(words, code) == code else None

        for mention in self.index.mentions:
            if mention.kind != "person" or id(mention) not in self.index.spans:
                continue
            start, end = self.index.spans[id(mention)]
            span = self.parsed[start:end]
            words = [t for t in span if not t.is_punct or t.text == "-"]
            titled = [i for i, t in enumerate(words[:-2]) if self.knowledge.title_sector(t.lower_)]
            if titled:  # "Senior General Min Aung Hlaing": "General" is no name of his
                words = words[titled[-1] + 1:]
            code = (mention.country, mention.sector, "person", mention.person_id)
            if len(words) > 1 and words[-1].text != "-":
                add((words[-1].text,), code)
                if mention.country in FAMILY_NAME_FIRST:  # "Lee Myung-bak" is later "Lee"
                    add((words[0].text,), code)
                if len(words) > 2 and words[1].text != "-":
                    add((words[1].text,), code)
                if any(t.text == "-" for t in words[1:-1]):  # "Kim Jae-sung": "Jae-sung"
                    add(tuple(t.text for t in words[1:]), code)
        for words, (country, sector, kind) in self.learned.items():
            add(words, (country, sector, kind, None))
        firsts = {words[0] for words, code in forms.items() if code}
        for token in self.tokens:
            if token.text not in firsts or self.index.at(token) or token.i in self.blocked:
                continue
            if token.pos_ != "PROPN" and not (token.pos_ == "NOUN" and token.ent_type_ == "PERSON"):
                continue  # "Morales accused ...": a surname opening a sentence may be tagged NOUN
            for words, code in forms.items():
                end = token.i + len(words)
                if code is None or words[0] != token.text or end > len(self.parsed) \
                        or tuple(t.text for t in self.parsed[token.i : end]) != words \
                        or any(self.index.at(t) for t in self.parsed[token.i : end]):
                    continue
                if end < len(self.parsed) and self.parsed[end].text == "-":
                    continue  # "Jae" of another "Jae-sung"
                country, sector, kind, person_id = code
                self.emit(self.parsed[token.i : end], country, sector, kind, "coreference (surname)",
                          0.8, person_id)
                break

    def name_candidates(self) -> list[tuple[Span, str]]:
        """Named entities, and proper-noun names with an appositive ("Dawn, the Pakistani
        newspaper"), that no dictionary coded."""
        found: dict[tuple[int, int], tuple[Span, str]] = {}
        for ent in self.ents:
            if ent.label_ in {"PERSON", "ORG", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"}:
                found[(ent.start, ent.end)] = (ent, ent.label_)
        for token in self.tokens:
            if token.dep_ == "appos" and token.head.pos_ == "PROPN":
                head = token.head
                start = min([c.i for c in head.lefts if c.dep_ in {"compound", "amod"}
                             and c.pos_ == "PROPN"] + [head.i])
                if not any((a <= start < b) or (a < head.i + 1 <= b) for a, b in found):
                    found[(start, head.i + 1)] = (self.parsed[start : head.i + 1], "NAME")
        return [(span, label) for span, label in found.values()
                if not any(self.index.at(t) or t.i in self.blocked for t in span)]

    def learn(self, span: Span, label: str) -> tuple[str, str, str] | None:
        """Code a name from what stands around it: a sector actor in its appositive ("X, a
        spokesman for Jordan's army"), else a country with the nearest title ("South African
        Police Minister X"), else a title alone in a story about one country. A former office
        holder ("former US president X", "X, an ex-minister") is the country's elite (ELI)."""
        code = self._learn(span, label)
        if code is None or code[2] != "person":
            return code
        root = span.root
        context = [t for t in root.subtree if t.i < span.start] + [
            t for c in root.children if c.dep_ == "appos" for t in c.subtree]
        if root.dep_ == "appos":
            context += list(root.head.subtree)
        former = any((t.lower_ in {"former", "ex"} or t.lower_.startswith("ex-"))
                     and (t.head.i == root.i or self.title_of(t.head) is not None) for t in context)
        return (code[0], "ELI", code[2]) if former else code

    def _learn(self, span: Span, label: str) -> tuple[str, str, str] | None:
        if label == "PERSON" and US_PARTY_STATE.match(self.text, span.end_char):
            return "USA", "LEG", "person"  # "William Delahunt (D-Mass.)": a US legislator
        root = span.root
        left = [t for t in root.subtree if t.i < span.start]
        appositive = [t for c in root.children if c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of"
                      for t in c.subtree]  # "X, a spokesman for ...", "Foreign Minister X of Ghana"
        context = left + appositive
        head = root.head
        if root.dep_ == "appos" and head.pos_ == "NOUN" and (self.title_of(head) or ("", ""))[1] == "person":
            # "a spokeswoman for the Kenyan foreign ministry, Wanjiru Kamau": the title is the head
            own = {t.i for t in root.subtree}
            context += [t for t in head.subtree if t.i not in own]
        mentions = [m for t in context if (m := self.index.at(t)) and m.kind != "pronoun"]
        titles = [(t, tt) for t in context if t.pos_ in {"NOUN", "PROPN", "ADJ"}
                  and not self.index.at(t) and (tt := self.title_of(t))]
        # the title nearest the name: the last one on the left, the appositive's head
        title = None
        if titles:
            heads = [x for x in titles if x[0].dep_ == "appos"] or sorted(
                titles, key=lambda x: abs(x[0].i - span.start))
            title = heads[0][1]
        is_person = label == "PERSON" or (label != "ORG" and title is not None and title[1] == "person")
        kind = "person" if is_person else "group"
        described = self.index.at(root.head) if root.dep_ == "appos" and label == "PERSON" else None
        if described is not None and described.kind == "group" and _singular(described):
            return described.country, described.sector, "person"  # "Sudanese army spokesman Ali Musa"
        igo = next((m for m in mentions if m.country in NON_STATE), None)
        if igo is not None:  # "Arab League Secretary General X" speaks for the League
            return igo.country, igo.sector, kind
        sector_actor = next((m for m in mentions if m.sector and m.kind != "person"), None)
        if sector_actor and title and title[1] == "person" and title[0] == sector_actor.sector:
            return sector_actor.country, sector_actor.sector, kind
        if sector_actor and (not title or title[0] == "GOV" and appositive):
            return sector_actor.country, sector_actor.sector, kind
        if sector_actor and title and title[0] == "GOV" and titles[0][0].lemma_.lower() in ROLE_WORDS \
                and sector_actor.kind in {"group", "organisation"} and sector_actor.sector != "GOV":
            return sector_actor.country, sector_actor.sector, kind  # "Hamas spokesman X" speaks for Hamas
        if mentions and title:
            return mentions[0].country, title[0], kind
        if mentions and is_person and mentions[0].sector:
            return mentions[0].country, mentions[0].sector, kind
        return None  # a person's country comes from the text around them, never from a guess

    def shared_party_mention(self, span: Span, entry: Entry) -> None:
        """A party name many countries share (party_names.csv): the story's country's party, as a
        generic seat is; inside a longer name the tables do not know ("the Peoples Democratic
        Party"), the story's country if it has one, else no mention."""
        country = self.seat_country(span, entry)
        before = self.parsed[span.start - 1] if span.start else None
        if country == entry.country and before is not None and before.pos_ == "PROPN" \
                and before.is_title and not self.index.at(before):
            country = self.focus_country() or ""
        if country:
            self.emit(span, country, entry.sector, "group", "dictionary", 0.8)

    def seat_country(self, span: Span, entry: Entry) -> str:
        """The country of a seat whose name other countries share ("Congress" in a story about
        India): the story's country when the seat's own is not named before it."""
        focus = self.focus_country(before=span.start_char)
        if focus is None or focus == entry.country or any(
                m.country == entry.country for m in self.index.mentions if m.start < span.start_char):
            return entry.country
        return focus

    def focus_country(self, before: int | None = None, least: int = 1,
                      counts: dict[str, int] | None = None) -> str | None:
        """The country the story is about: named at least `least` times (before `before`,
        when given) and more often than any other; `counts` when the caller has them."""
        counts = self.country_counts(before) if counts is None else counts
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked[0][1] < least or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None  # a story about the EU, or about two countries, has no one country
        return ranked[0][0] if len(ranked[0][0]) == 3 else None

    def country_counts(self, before: int | None = None) -> dict[str, int]:
        """How often each country (an IGO by its own code) is named as an actor, before `before`."""
        counts: dict[str, int] = {}
        for mention in sorted(self.index.mentions, key=lambda m: m.start):
            if before is not None and mention.start >= before:
                break
            if mention.kind not in {"pronoun", "place"}:
                key = mention.code if mention.country in NON_STATE else mention.country
                counts[key] = counts.get(key, 0) + 1
        return counts

    # definite titles: "the president said" refers to the last person holding that title
    def bare_titles(self, kind: str) -> Iterator[tuple[Token, tuple[str, str]]]:
        """Uncoded title nouns of a kind (person, group) with no actor or possessor on them."""
        for token in self._title_heads:
            if self.index.at(token) or token.i in self.blocked:
                continue
            lower_propn = token.pos_ == "PROPN" and token.text.islower()  # a tagger slip: "the foreign ministry"
            if token.pos_ != "NOUN" and not lower_propn and not _capitalised_noun(token) \
                    and not self.capitalised_title(token):
                continue
            title = self.title_of(token)
            if not title or title[1] != kind:
                continue
            if any(t.dep_ in {"compound", "amod"} and any(c.dep_ == "nummod" for c in t.children)
                   for t in (token, *token.lefts)):
                continue  # "the six-party talks": a count of parties describing something else
            if any(c.dep_ == "poss" or (m := self.index.at(c)) is not None and not _place_compound(c, m)
                   for c in token.children):
                continue  # "Darfur rebels", "Kandahar police": a place compound places them below
            yield token, title

    def capitalised_title(self, token: Token) -> bool:
        """A title of several words written with capitals after 'the' ("the Transitional
        Military Council"): the whole phrase is in the titles table, so it is no proper name."""
        compounds = [c for c in token.lefts if c.dep_ == "compound"]
        if not compounds or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return False
        return self.knowledge.title_sector(" ".join(t.lower_ for t in compounds + [token])) is not None

    def led_body_mentions(self) -> None:
        """"the Saudi-led coalition" ... "the coalition said", "a coalition spokesman": a body
        named after who leads it is that leader when the article names it again."""
        leaders: dict[str, Mention] = {}
        first: dict[str, int] = {}
        for token in self.tokens:
            noun = token.head
            if token.lemma_.lower() != "lead" or token.dep_ != "amod" or noun.lemma_.lower() not in LED_BODIES:
                continue
            found = next((m for c in token.children if c.dep_ in {"npadvmod", "compound", "nsubj"}
                          if (m := self.index.at(c)) is not None and m.kind != "place"), None)
            if found is not None:
                leaders.setdefault(noun.lemma_.lower(), found)
                first.setdefault(noun.lemma_.lower(), noun.i)
        for token in self.tokens:
            leader = leaders.get(token.lemma_.lower())
            if leader is None or token.i <= first[token.lemma_.lower()] or self.index.at(token) \
                    or any(c.lemma_.lower() == "lead" for c in token.children):
                continue
            if any(c.dep_ == "poss" or c.dep_ in {"amod", "compound"} and self.index.at(c) for c in token.children):
                continue  # "an Arab coalition", "its own coalition": another body
            self.emit(self.parsed[token.i : token.i + 1], leader.country, leader.sector, "group",
                      "coreference (led body)", 0.7)

    def definite_title_mentions(self) -> None:
        for token, _ in self.bare_titles("person"):
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue
            if any(c.dep_ == "prep" for c in token.children):
                continue
            phrase = " ".join([c.text for c in token.lefts if c.dep_ == "compound"] + [token.text]).lower()
            antecedent = self.last_holder(token, phrase)
            if antecedent:
                span = self.parsed[token.i : token.i + 1]
                self.emit(span, antecedent.country, antecedent.sector, "person", "coreference", 0.7,
                          antecedent.person_id)

    def named_group_descriptions(self) -> None:
        """"the group", "the movement", "the militants": the named organisation the article
        spoke of last, within five sentences (descriptions.csv says which nouns take which
        names); "another group", "the Iraqi group" or "the group of experts" are someone else."""
        descriptions = self.knowledge.descriptions
        named = sorted((m for m in self.index.mentions if self.is_named_organisation(m)),
                       key=lambda m: m.start)
        if not named:
            return
        for token in self.tokens:
            wanted = descriptions.get(token.lower_)
            if wanted is None:
                continue
            if token.pos_ not in {"NOUN", "PROPN"} or self.index.at(token) or token.i in self.blocked:
                continue
            children = list(token.children)
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) or any(
                    c.dep_ in {"poss", "nummod", "appos"} or self.index.at(c) or c.lower_ in OTHER_WORDS
                    or c.dep_ == "prep" and not _clause_of(c) for c in children):
                continue
            sent = self.sent_index(token)
            antecedent = None
            for mention in named:
                if mention.start >= token.idx:
                    break
                if sent - mention.sent_index <= 5 and (
                        wanted == "organisation" and mention.country != "IGO"
                        or wanted == "armed" and mention.sector in ARMED_SECTORS
                        or wanted == "igo" and mention.country == "IGO"):
                    antecedent = mention
            if antecedent is not None:
                self.emit(self.parsed[token.i : token.i + 1], antecedent.country, antecedent.sector,
                          "group", "coreference (named group)", 0.7, antecedent.person_id)

    def is_named_organisation(self, mention: Mention) -> bool:
        """An organisation named by its own name (a table, a user file, or learned), not a
        description such as "Iraqi troops"."""
        if mention.kind in {"igo", "user"}:
            return True
        return mention.kind == "group" and (mention.person_id is not None or id(mention) in self.titles)

    @cached_property
    def dateline_country(self) -> str | None:
        """The country of a wire dateline's city ("NIAMEY, Aug 25 (Wire) -"), unless the city
        hosts international organisations (Brussels, Geneva, New York); read once per story."""
        for sent in list(self.parsed.sents)[:3]:
            found, country = self.city_country(sent.text)
            if found:
                return country
        return None

    def city_country(self, text: str) -> tuple[bool, str | None]:
        """Whether `text` opens with a dateline, and the country of its city (None for a city
        that hosts international organisations, or one the tables lack with no country after it)."""
        found = DATELINE_CITY.match(text)
        if found is None:
            return False, None
        city = found.group(1).strip().title().replace("’S", "’s").replace("'S", "'s")
        city = CITY_PARTICLE.sub(lambda m: m.group(0).lower(), city)  # "PORT-AU-PRINCE": Port-au-Prince
        if city in IGO_HUBS:
            return True, None
        # "N'DJAMENA" is N'Djamena, but "NUKU'ALOFA" is Nuku'alofa
        entries = self.knowledge.entries.get(city) or self.knowledge.entries.get(
            re.sub(r"(?<=['’])\w", lambda m: m.group(0).lower(), city), [])
        country = next((e.country for e in entries if e.kind in {"capital", "place"}), None)
        if country is None:  # "LAMU, Kenya, June 10 -": a town the tables lack, then its country
            named = DATELINE_COUNTRY.match(text, found.end())
            entries = self.knowledge.entries.get(named.group(1), []) if named else []
            country = next((e.country for e in entries if e.kind == "country"), None)
        return True, country

    def paragraph_dateline(self, at: int) -> str | None:
        """In a round-up whose later paragraphs open with datelines of their own ("BEIRUT -
        Hundreds of thousands of Lebanese rallied ..."), the country of the dateline of the
        paragraph holding character `at`; None in the story's first paragraph."""
        return next((country for start, country in reversed(self.paragraph_datelines()) if start <= at), None)

    def paragraph_datelines(self) -> list[tuple[int, str | None]]:
        """Where each paragraph after the first starts, and the country of its dateline if it
        opens with one; read once per story."""
        if self._paragraph_datelines is None:
            text, body = self.document.full_text, len(self.document.full_text) - len(self.document.text)
            starts = [body] + [m.end() for m in PARAGRAPH_BREAK.finditer(text, body)]
            self._paragraph_datelines = [(start, self.city_country(text[start : start + 80])[1])
                                         for start in starts[1:]]
        return self._paragraph_datelines

    def round_up(self) -> bool:
        """Whether later paragraphs open with datelines of their own: each is its own story."""
        return any(country for _, country in self.paragraph_datelines())

    def local_dateline(self) -> str | None:
        """The dateline's country, when the story is about it; when the story never names it
        again, or names another country DATELINE_OUTNUMBERED times as often, while it names that
        other country most, at least twice, and as one that acts (the subject of a verb), that
        country: Iran news filed from DUBAI is Iran's, Sri Lanka's donor conference filed from
        TOKYO is Sri Lanka's."""
        dateline = self.dateline_country
        body = len(self.document.full_text) - len(self.document.text)  # where the text starts, after its title
        if dateline is None:
            return None
        counts = self.country_counts()
        focus = self.focus_country(least=2, counts=counts)
        if focus is None or focus == dateline or len(focus) != 3:
            return dateline
        named_again = any(m.country == dateline and m.kind != "place"  # "a summit in Abuja" is a venue,
                          and not self.scene_of(m)  # and so is "met for hours in Jamaica"
                          and not body <= m.start < body + DATELINE_REACH for m in self.index.mentions)
        if named_again and counts[focus] < DATELINE_OUTNUMBERED * counts.get(dateline, 0) or self.round_up():
            return dateline  # (a round-up's first paragraph is a story of its own)
        acting = any(m.country == focus and (span := self.index.spans.get(id(m))) is not None
                     and self.parsed[span[1] - 1].dep_ == "nsubj" for m in self.index.mentions)
        return focus if acting else dateline

    # groups named by a title alone: "rebels in the north", "demonstrators in Baghdad"
    def unnamed_group_mentions(self) -> None:
        dateline = self.local_dateline()
        organisations = [(t, tt) for t, tt in self.bare_titles("org")
                         if any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)]
        for token, title in sorted(list(self.bare_titles("group")) + organisations,
                                   key=lambda pair: pair[0].i):
            if self.index.at(token) or self.regional(token):
                body = self.regional_body(token)
                if body is not None:  # "West African leaders" in a story that names ECOWAS
                    span = self.parsed[self.left_edge(token) : token.i + 1]
                    self.emit(span, body.country, body.sector, "group", "title rule (regional body)", 0.7)
                continue  # "Latin American leaders" are no one country's
            body = self.organisation_of(token)
            if body is not None:  # "leaders of the militant group X": the group's code
                span = self.parsed[self.left_edge(token) : token.i + 1]
                self.emit(span, body.country, body.sector, "group", "title rule (of an organisation)", 0.8)
                continue
            # officials who act may be abroad ("officials met in Geneva"); those met are the hosts
            travelling = title[0] in TRAVELLING_SECTORS and token.dep_ in {"nsubj", "nsubjpass"} \
                and token.lemma_.lower() not in SEATED_BODIES
            seated = token.lemma_.lower() in SEATED_BODIES  # a government is in its capital, it meets elsewhere
            place = self.place_of(token, of_verb=not travelling, seated=seated)
            sentence_place = None if travelling or seated else self.sentence_place(
                token, countries=title[0] in PEOPLE_SECTORS)
            # "the foreign ministry": "foreign" names the portfolio, not someone else's ministry
            portfolio = token.lemma_.lower() in PORTFOLIO_BODIES and any(
                c.lower_ in PORTFOLIO_QUALIFIERS for c in token.children)
            named = next((m for t in token.subtree if t.i < token.i and (m := self.index.at(t))
                          and (m.kind in {"country", "adjective"} or _place_compound(t, m)
                               or m.kind in {"group", "organisation"} and t.head.lemma_.lower() == "lead"
                               and m.country not in NON_STATE)  # "the Hezbollah-led opposition"
                          and t.head.lower_ not in PATRONS), None)
            loyal = next((m for c in token.children if c.dep_ == "amod" and c.lower_ in LOYAL_WORDS
                          for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                          for g in p.children if g.dep_ == "pobj" and (m := self.index.at(g)) is not None
                          and m.country not in NON_STATE), None)
            if named is not None:  # "Venezuelan National Guard troops": the demonym is deeper
                how, country = "title rule", named.country
                self.index.remove(named)
            elif loyal is not None:  # "forces loyal to Gbagbo": the country of whom they serve
                how, country = "title rule (loyal to)", loyal.country
            elif place:
                how, country = "title rule (place)", place
            elif (travelling or seated) and (fronted := self.fronted_place(token)) is not None:
                how, country = "sentence's opening place", fronted  # "In Beijing, a spokesman said"
            elif sentence_place:  # "In Niamey, ... security forces dispersed them": Niger's, whatever the dateline
                how, country = "sentence place", sentence_place
            elif portfolio and (speaking := self.last_government(token)):
                how, country = "last government named", speaking  # "the Kremlin ... the foreign ministry"
            elif (before := self.named_before(token)) is not None:
                if before.country in NON_STATE:  # "the International Court of Justice ... the court"
                    span = self.parsed[self.left_edge(token) : token.i + 1]
                    self.emit(span, before.country, before.sector, "group", "named before", 0.7)
                    continue
                how, country = "named before", before.country  # "Myanmar's military rulers ... the junta"
            elif (same := self.same_group_before(token)) is not None:
                how, country = "same words before", same  # "Islamist fighters" placed once stay there
            elif paragraph := self.paragraph_dateline(token.idx):
                how, country = "dateline", paragraph  # "BEIRUT - ... the government": a round-up's own
            elif dateline:
                how, country = "dateline", dateline
            else:
                how, country = "story's country", self.focus_country(before=token.idx)
                if country is None:
                    how, country = "story's place", self.focus_place(before=token.idx)
            if how in {"story's country", "dateline", "sentence place", "story's place"} and (
                    title[0] == "MED" or token.lemma_.lower() in UNPLACED_GROUPS
                    or not portfolio and any(c.lower_ in UNPLACED_QUALIFIERS for c in token.children)
                    or token.lemma_.lower() in STATE_NOUNS and token.tag_ in {"NNS", "NNPS"}
                    and any(c.lower_ in QUANTIFIERS for c in token.children)
                    or token.tag_ in {"NNS", "NNPS"} and title[0] not in PEOPLE_SECTORS
                    and any(c.lower_ in SIDES_COUNTS for c in token.children)):
                continue  # "told reporters", "diplomats said": seldom the story's own people; "the
                # two delegations" are the story's two sides, not the country it is told from
            if country:
                span = self.parsed[self.left_edge(token) : token.i + 1]
                self.emit(span, country, title[0], "group", how, 0.6)

    def congo_as_the_drc(self) -> None:
        """"Congo" alone, in a dated story, is the Democratic Republic of the Congo, as in most news
        outside the years it was Zaire, unless the story names the Republic of the Congo some other way (its long
        name, its capital, its leaders): the dictionaries derived from Phoenix give the bare name
        to the Republic."""
        if not self.dated or ZAIRE_YEARS[0] <= str(self.day) < ZAIRE_YEARS[1]:
            return  # then "Congo" was Brazzaville's; undated, the era is unknown
        bare = [m for m in self.index.mentions if m.country == "COG" and "Congo" in m.text
                and not BRAZZAVILLE_CUES.search(m.text)]
        if not bare or any(m.country == "COG" and all(m is not b for b in bare) for m in self.index.mentions) \
                or BRAZZAVILLE_CUES.search(self.text):
            return
        for mention in bare:
            start, end = self.index.spans[id(mention)]
            self.index.remove(mention)
            self.emit(self.parsed[start:end], "COD", mention.sector, mention.kind,
                      f"{mention.how} (bare 'Congo': the DRC)", mention.confidence, mention.person_id)

    def accord_names(self) -> None:
        """A city that names an accord or a forum ("the Minsk agreements", "the Oslo Accords",
        "the Astana process") is no place of the story: it neither acts nor sets its country."""
        for mention in list(self.index.mentions):
            if mention.kind not in {"capital", "place"} or id(mention) not in self.index.spans:
                continue
            start, end = self.index.spans[id(mention)]
            last = self.parsed[end - 1]
            if last.dep_ in {"compound", "nmod", "amod"} and last.head.i >= end \
                    and last.head.lemma_.lower() in ACCORD_NOUNS:
                self.index.remove(mention)

    def operating_countries(self) -> None:
        """Armed groups take the country where they operate: "Taliban fighters in Pakistan" and
        "Hezbollah fighters in Syria" are that country's, when a phrase of place says so."""
        for mention in list(self.index.mentions):
            if mention.sector not in ARMED_NON_STATE or mention.kind not in {"group", "organisation"}:
                continue
            start, end = self.index.spans[id(mention)]
            head = self.parsed[end - 1]
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head  # "Taliban fighters in ...": the phrase hangs on "fighters"
            title = self.title_of(head) if head.i != end - 1 else None
            if title is not None and title[0] not in ARMED_NON_STATE | {"MIL"}:
                continue  # "Hamas leaders in Damascus": its leaders abroad, not where it fights
            place = next((m for prep in head.children if prep.dep_ == "prep" and prep.lower_ in OPERATING_PREPS
                          for g in prep.children if g.dep_ == "pobj" for t in g.subtree
                          if (m := self.index.at(t)) is not None and m.kind in {"country", "place", "capital"}
                          and m.country not in NON_STATE), None)
            if place is None or place.country == mention.country:
                continue
            self.index.remove(mention)
            self.emit(self.parsed[start:end], place.country, mention.sector, mention.kind,
                      f"{mention.how} (where it operates)", mention.confidence)

    def regional(self, token: Token) -> bool:
        """A group named by a region ("Latin American leaders"): no one country's."""
        return any(t.i > 0 and (self.parsed[t.i - 1].lower_, t.lower_) in REGION_ADJECTIVES
                   for t in self.parsed[self.left_edge(token) : token.i])

    def regional_body(self, token: Token) -> Mention | None:
        """The body of the region a group is named by ("West African leaders": ECOWAS), when the
        story names that body itself."""
        words = self.parsed[self.left_edge(token) : token.i]
        code = next((self.knowledge.regional_bodies.get(f"{words[i].lower_} {words[i + 1].lower_}")
                     for i in range(len(words) - 1)
                     if f"{words[i].lower_} {words[i + 1].lower_}" in self.knowledge.regional_bodies), None)
        return next((m for m in self.index.mentions if m.code == code), None) if code else None

    def focus_place(self, before: int) -> str | None:
        """In a story that names no country, the country of the places it names, when one
        country has more of them than any other."""
        counts: dict[str, int] = {}
        for mention in self.index.mentions:
            if mention.kind == "place" and mention.start < before:
                counts[mention.country] = counts.get(mention.country, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
            return None
        return max(counts, key=lambda c: counts[c])

    def sentence_place(self, token: Token, countries: bool = False) -> str | None:
        """The country of the places the sentence puts things in (in, at, near ...), when they
        all lie in one country ("Gunmen opened fire on a bus near Kandahar"); with `countries`,
        a country named so counts too ("dockworkers went on strike ... in Chile")."""
        kinds = {"place", "country"} if countries else {"place"}
        found = {m.country for t in token.sent if (m := self.index.at(t)) is not None
                 and m.kind in kinds and m.country not in NON_STATE
                 and t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS
                 and not _in_reporter(t) and not (m.kind != "country" and not self.town(m) and _where_told(t, token))}
        found |= {m.country for t in token.sent if (m := self.index.at(t)) is not None  # "in the Peruvian city of"
                  and m.kind == "adjective" and m.country not in NON_STATE and t.dep_ in {"amod", "compound"}
                  and t.head.lemma_.lower() in SETTLEMENT_NOUNS and t.head.dep_ == "pobj"
                  and t.head.head.lower_ in LOCATIVE_PREPS}
        return found.pop() if len(found) == 1 else None

    def named_before(self, token: Token) -> Mention | None:
        """The mention a definite noun tells back to: for a ruling military, the latest one named
        with its country ("the junta" after "Myanmar's military rulers"); for an institution a
        country or body has one of, the latest one of the same noun within TOLD_WINDOW sentences
        ("the army" after "Sudan's army", "the court" after "the International Court of
        Justice"). Soldiers or officials told of before may be anyone's, so no other noun."""
        word = token.lemma_.lower()
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                or word not in RULING_MILITARY | TOLD_INSTITUTIONS:
            return None
        kin = RULING_MILITARY if word in RULING_MILITARY else {word}
        sent = self.sent_index(token)
        for mention in sorted(self.index.mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= token.idx or mention.kind not in {"group", "organisation", "igo"} \
                    or mention.country in NON_STATE and word not in TOLD_INSTITUTIONS \
                    or sent - mention.sent_index > TOLD_WINDOW \
                    or mention.how in {"dateline", "story's country", "story's place", "named before"}:
                continue
            start, end = self.index.spans[id(mention)]
            if end - start > 1 and any(t.lemma_.lower() in kin for t in self.parsed[start:end]):
                return mention
        return None

    def same_group_before(self, token: Token) -> str | None:
        """The country of the latest group named earlier in the story in the same qualified words, placed
        there by its own phrase (a place, a demonym, a sentence's place), not by the story's
        country: "Islamist fighters in Mogadishu ... Meles said his forces had killed 3,000
        Islamist fighters" are the same Somali fighters."""
        words = _group_words(token)
        if not words:
            return None  # "soldiers", "police": anyone's, whoever was named so before
        for mention in sorted(self.index.mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= token.idx or mention.kind != "group" or mention.country in NON_STATE \
                    or not mention.how.startswith(("title rule", "sentence place")) \
                    or id(mention) not in self.index.spans:
                continue
            start, end = self.index.spans[id(mention)]
            root = self.parsed[start:end].root
            if root.lemma_.lower() == token.lemma_.lower() and _group_words(root) == words:
                return mention.country
        return None

    def last_government(self, token: Token) -> str | None:
        """The country of the last government actor named in the token's sentence or the one
        before it ("The Kremlin was not mollified ... the foreign ministry said")."""
        sent = self.sent_index(token)
        found = [m for m in self.index.mentions if m.start < token.idx and sent - m.sent_index <= 1
                 and m.sector == "GOV" and m.country not in NON_STATE]
        return max(found, key=lambda m: m.start).country if found else None

    def organisation_of(self, token: Token) -> Mention | None:
        """A named non-state body in the of-phrase of a group noun ("members of Hamas")."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for t in prep.subtree:
                m = self.index.at(t)
                if m is not None and m.kind in {"group", "organisation"} and m.country not in NON_STATE \
                        and m.sector not in {"", "GOV"}:
                    return m
        return None

    def place_of(self, token: Token, of_verb: bool = True, seated: bool = False) -> str | None:
        """The country of a place named in an in/from/across phrase of a noun, or (`of_verb`)
        of the verb it is the subject of ("Thousands demonstrated in Kirkuk"; not for officials,
        who may meet abroad: "officials met in Geneva")."""
        heads = [token]
        subject = token.head if token.dep_ == "compound" else token  # "junta supporters"
        if subject.dep_ == "pobj" and subject.head.lower_ == "of":  # "thousands of supporters"
            subject = subject.head.head
        if subject.dep_ in {"nsubj", "nsubjpass"} and of_verb:
            heads.append(subject.head)
        if of_verb:  # "the officers who seized power in Niger": the verb of their relative clause
            heads += [c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() not in POSTED_VERBS
                      and any(g.dep_ == "nsubj" and g.lower_ in {"who", "that"} for g in c.children)]
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"in", "from", "across", "throughout",
                                                              "inside", "of"}:
                    continue
                if prep.lower_ == "of" and head.i != token.i:
                    continue
                for t in prep.subtree:
                    m = self.index.at(t)
                    if m is not None and m.kind in {"place", "country", "capital"} \
                            and m.country not in NON_STATE and not (seated and self.town(m)):
                        return m.country
        return None

    def town(self, mention: Mention) -> bool:
        """A place that is no capital: a government "in" it is only meeting there."""
        return mention.kind == "place" and not any(
            e.kind == "capital" for e in self.knowledge.entries.get(mention.text, []))

    def last_holder(self, token: Token, title: str) -> Mention | None:
        """The last person before `token` holding `title` (a sentence subject if there is one),
        else, in a story about one country, that country's office."""
        sent = self.sent_index(token)
        holders = []
        for mention in sorted(self.index.mentions, key=lambda m: m.start):
            if mention.start >= token.idx or sent - mention.sent_index > 5 or not mention.sector:
                continue
            if mention.kind == "person":
                roles = self.knowledge.roles_at(mention.person_id, self.day) if mention.person_id else []
                if any(title in r.role.lower() for r in roles) or title in self.titles.get(id(mention), ""):
                    holders.append(mention)
            elif mention.kind == "group" and mention.text.lower().endswith(title):
                holders.append(mention)
        subjects = [m for m in holders if self._is_subject(m)]
        if holders:
            return (subjects or holders)[-1]
        focus = self.focus_country(before=token.idx)
        sector = self.knowledge.title_sector(title)
        if focus and sector:
            return Mention(self.document.doc_id, sent, token.idx, token.idx, title, focus + sector[0],
                           focus, sector[0], "group", "story's country", 0.6)
        return None

    def _is_subject(self, mention: Mention) -> bool:
        start, end = self.index.spans[id(mention)]
        return any(t.dep_ in {"nsubj", "nsubjpass"} for t in self.parsed[start:end])

    def clause_subject_mention(self, pronoun: Token) -> Mention | None:
        """For 'its': the country or organisation that is the subject of its clause
        ("Pakistan has urged its citizens")."""
        node = pronoun
        while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
            node = node.head
        while True:
            found = _subject_mention(self, node)
            if found is not None and found.start < pronoun.idx and found.kind in {
                    "country", "igo", "seat", "capital", "group", "user", "pronoun"}:
                return found
            if node.head.i == node.i or node.dep_ not in {"conj", "xcomp", "advcl"} and not (
                    node.dep_ == "ccomp" and node.head.lemma_.lower() in STATING_VERBS):
                return None  # "Kenya's military spokesman said its soldiers ...": the speaker's
            node = node.head

    def reporting_subject(self, pronoun: Token) -> Mention | None:
        """For 'it' as a subject: the subject of the verb its clause reports to ("Iraq said it
        would allow ...", "Moscow denied it had fired")."""
        if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        node = pronoun.head
        while node.dep_ in {"ccomp", "conj", "xcomp"} and node.head.i != node.i:
            node = node.head
            found = _subject_mention(self, node)
            if found is None and node.dep_ == "conj":  # "France condemned X and said it would ..."
                found = _subject_mention(self, node.head)
            if found is not None and node.lemma_.lower() in STATING_VERBS:
                return found  # not "a missile entered its airspace and it scrambled jets": the missile
        return None

    def previous_subject(self, pronoun: Token) -> Mention | None:
        """For "It" opening a sentence as the subject of an act: the subject of the sentence
        before ("Chile recalled its envoy. It accused Lima of spying."); not an expletive "It
        is ..." or "It seems ...", and nothing when that subject is no actor."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or pronoun.i != pronoun.sent.start or verb.pos_ != "VERB" \
                or verb.lemma_.lower() in EXPLETIVE_VERBS or pronoun.sent.start == 0:
            return None
        before = self.parsed[pronoun.sent.start - 1].sent
        root = before.root
        while root.is_space and root.i > before.start:  # a sentence ending in white space
            root = self.parsed[root.i - 1]
        found = _subject_mention(self, root)
        return found if found is not None and found.start < pronoun.idx else None

    def main_clause_subject(self, pronoun: Token) -> Mention | None:
        """For "it" as the subject of a relative clause on the main verb's object: the main
        clause's subject ("Azerbaijan detained four soldiers, whom it accused of mining roads")."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.head.dep_ not in {"dobj", "nsubjpass"}:
            return None
        main = verb.head.head
        found = _subject_mention(self, main) if main.pos_ in {"VERB", "AUX"} else None
        return found if found is not None and found.start < pronoun.idx else None

    def plural_thing_between(self, mention: Mention, pronoun: Token) -> bool:
        """A plural noun that is no actor stands as subject or object between `mention` and
        `pronoun`: "they" then more likely refers to that thing than to the actor, unless the
        actor is the subject that acts on it ("the bombers killed 23 people when they ...")."""
        start, end = self.index.spans[id(mention)]
        for token in self.parsed[pronoun.sent.start : pronoun.i]:
            if token.idx <= mention.start or token.tag_ not in {"NNS", "NNPS"}:
                continue
            if token.dep_ not in {"nsubj", "nsubjpass", "dobj"} or self.index.at(token) is not None:
                continue
            if mention.kind == "igo" and any(start <= c.i < end for c in token.children):
                continue  # "NATO peacekeepers": the body's own people
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is None or not any(start <= t.i < end for t in subject.subtree):
                return True
        return False

    def compass_country_mentions(self) -> None:
        """"the North", "the South" for the country the article named with that word ("North
        Korea" ... "the decisions made by the North")."""
        named: dict[str, str] = {}
        for mention in sorted(self.index.mentions, key=lambda m: m.start):
            first = mention.text.split()[0] if mention.kind == "country" else ""
            side = {"N.": "North", "S.": "South"}.get(first, first)
            if side in {"North", "South"} and len(mention.text.split()) > 1:
                named.setdefault(side, mention.country)
        for token in self.tokens:
            side = token.text if token.text in named else token.text.title() if _lower_side(token) else ""
            if side not in named or self.index.at(token) or token.dep_ in MODIFIER_DEPS:
                continue
            if token.i == 0 or self.parsed[token.i - 1].lower_ != "the":
                continue
            country = named[side]
            if min(m.start for m in self.index.mentions if m.country == country) < token.idx:
                self.emit(self.parsed[token.i : token.i + 1], country, "", "country",
                          "coreference", 0.7)

    def definite_country_mentions(self) -> None:
        """"the country", "the nation": the story's country, else the country last named
        within two sentences."""
        ordered = sorted(self.index.mentions, key=lambda m: m.start)
        for token in self.tokens:
            if token.lemma_.lower() not in {"country", "nation"} or self.index.at(token):
                continue
            if token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "nummod" for c in token.children):
                continue  # "the three countries": several, which the events layer finds
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
                    c.dep_ in {"amod", "compound", "prep"} for c in token.children):
                continue  # "the other country", "the country of origin"
            sent = self.sent_index(token)
            country = self.focus_country(before=token.idx, least=2) or next(
                (m.country for m in reversed(ordered) if m.start < token.idx
                 and m.kind in {"country", "adjective", "capital"} and m.country not in NON_STATE
                 and sent - m.sent_index <= 2), None)
            if country is not None:
                self.emit(self.parsed[token.i : token.i + 1], country, "", "country",
                          "coreference", 0.7)

    # 4: pronouns
    def pronoun_mentions(self) -> None:
        from ..grammar.speech import quote_spans  # here: grammar imports the actors package

        ordered = sorted(self.index.mentions, key=lambda m: m.start)
        genders = self.mention_genders(ordered)
        quoted = quote_spans(self.text)  # a pronoun outside quotations skips the names inside them
        opens = [a for a, _ in quoted]

        def inside(offset: int) -> bool:
            k = bisect_right(opens, offset) - 1
            return k >= 0 and offset < quoted[k][1]

        for token in self.tokens:
            lower = token.lower_
            if token.pos_ != "PRON" or self.index.at(token):
                continue
            if lower in PERSON_PRONOUNS:
                wanted, window = {"person"}, 3
            elif lower in GROUP_PRONOUNS:
                wanted, window = {"group", "country", "adjective", "igo"}, 1
            elif lower == "its":
                subject = self.clause_subject_mention(token)
                if subject is not None:
                    self.emit(self.parsed[token.i : token.i + 1], subject.country, subject.sector,
                              "pronoun", "coreference", 0.7, subject.person_id)
                    continue
                wanted, window = {"country", "igo", "seat", "capital"}, 0
            elif lower == "it":
                speaker = self.reporting_subject(token) or self.previous_subject(token) \
                    or self.addressed_body(token) or self.main_clause_subject(token)
                if speaker is not None and speaker.kind in {"country", "igo", "seat", "capital",
                                                            "group", "user"}:
                    self.emit(self.parsed[token.i : token.i + 1], speaker.country, speaker.sector,
                              "pronoun", "coreference", 0.7, speaker.person_id)
                continue
            else:
                continue
            sent = self.sent_index(token)
            antecedent = None
            candidates = []
            gender, disagreed = pronoun_gender(lower), False
            outside = bool(quoted) and not inside(token.idx)
            for mention in ordered:
                if mention.start >= token.idx:
                    break
                if sent - mention.sent_index > window or outside and inside(mention.start):
                    continue
                if gender and mention.kind == "group" and genders.get(id(mention)) == gender \
                        and _singular(mention):
                    candidates.append(mention)  # "an Iraqi girl ... her family"
                elif mention.kind in wanted or lower in PERSON_PRONOUNS and self.titled_person(mention) \
                        or lower in GROUP_PRONOUNS and mention.kind == "person" and self.with_people(mention):
                    if mention.kind == "group" and lower in PERSON_PRONOUNS and not _singular(mention):
                        continue
                    if mention.kind == "group" and lower in GROUP_PRONOUNS and self.one_office(mention):
                        continue  # "the US Secretary of State" is one person, not "them"
                    if not agrees(gender, genders.get(id(mention), "")):
                        disagreed = True  # "she" is not "James Barker"
                        continue
                    candidates.append(mention)
            local = self.local_subject(token)
            if local is not None:  # "Merkel urged him": an object pronoun is not its own clause's subject
                candidates = [m for m in candidates if not self.same_referent(m, local)]
            told = [m for m in candidates if gender and genders.get(id(m)) == gender]
            if told and len(told) < len(candidates) and gender == "f":
                # a name or noun that says "she" beats one that says nothing; most people news
                # names unmarked are men, so "he" keeps to recency
                candidates, disagreed = told, True
            if lower in GROUP_PRONOUNS:  # "dismissed the sanctions and said they would ..."
                candidates = [m for m in candidates if not self.plural_thing_between(m, token)
                              and not self.one_thing(m)  # "police reached the U.S. embassy; they ..."
                              and not self.scene_of(m)  # "peacekeepers were hurt in Kosovo when ... them"
                              and (m.kind != "igo" or self.plural_members(m))]  # "NATO peacekeepers"
            if candidates:
                antecedent = candidates[-1]
                reporter = self.reporting_subject(token) if lower == "they" else None
                if reporter is not None and any(m is reporter for m in candidates):
                    antecedent = reporter  # "rebels rejected a Senegalese plan and said they ...": who said it
                elif lower in PERSON_PRONOUNS:  # prefer the person the sentence is about
                    here = [m for m in candidates if m.sent_index == sent and self._is_subject(m)]
                    if not here and antecedent.sent_index < sent:  # else the last sentence's subject
                        here = [m for m in candidates if m.sent_index == antecedent.sent_index
                                and m.kind == "person" and self._is_subject(m)]
                    antecedent = here[-1] if here else antecedent
                elif antecedent.sector in {"CVL", "REF"} and not self._is_subject(antecedent):
                    # "bombers killed 23 people when they blew themselves up": the acting
                    # subject, not the generic victims, unless nothing else is there
                    here = [m for m in candidates if m.sent_index == sent and self._is_subject(m)]
                    antecedent = here[-1] if here else antecedent
            if antecedent is None and lower in PERSON_PRONOUNS:
                antecedent = next((m for m in reversed(ordered) if m.start < token.idx
                                   and m.kind == "group" and _singular(m)
                                   and agrees(gender, genders.get(id(m), ""))
                                   and sent - m.sent_index <= window), None)
            if antecedent:
                how = "coreference (gender)" if disagreed else "coreference"
                mention = self.emit(self.parsed[token.i : token.i + 1], antecedent.country,
                                    antecedent.sector, "pronoun", how, 0.7, antecedent.person_id)
                if lower in GROUP_PRONOUNS:
                    others = [m for m in self.coordinated(antecedent) if m is not antecedent]
                    if others:
                        self.index.also[id(mention)] = others

    def one_office(self, mention: Mention) -> bool:
        """A name whose head is a person's title in the singular ("US Secretary of State")."""
        if id(mention) not in self.index.spans:
            return False
        start, end = self.index.spans[id(mention)]
        root = self.parsed[start:end].root
        title = self.title_of(root)
        return title is not None and title[1] == "person" and root.tag_ in {"NN", "NNP"}

    def with_people(self, mention: Mention) -> bool:
        """A person named in a list of people ("both Burhan and Dagalo"): together they are "them"."""
        return sum(m.kind == "person" for m in self.coordinated(mention)) > 1

    def scene_of(self, mention: Mention) -> bool:
        """A country named as where something happened ("injured in northern Kosovo")."""
        if mention.kind != "country" or id(mention) not in self.index.spans:
            return False
        head = self.parsed[self.index.spans[id(mention)][1] - 1]
        return head.dep_ == "pobj" and head.head.lower_ in {"in", "inside", "across", "throughout", "at"}

    def plural_members(self, mention: Mention) -> bool:
        """An international body named on a plural noun of its people ("NATO peacekeepers")."""
        if id(mention) not in self.index.spans:
            return False
        head = self.parsed[self.index.spans[id(mention)][1] - 1]
        return head.dep_ in {"compound", "nmod", "amod"} and head.head.tag_ == "NNS"

    def one_thing(self, mention: Mention) -> bool:
        """A group named by a singular noun that is no body of people ("the U.S. embassy", a
        national adjective on "the U.S. compound"): "they" does not refer to it."""
        if mention.kind not in {"group", "adjective", "country"} or id(mention) not in self.index.spans:
            return False
        start, end = self.index.spans[id(mention)]
        head = self.parsed[end - 1]
        if mention.kind != "group":  # a national word: what it modifies
            if head.dep_ not in {"amod", "compound", "nmod"}:
                return False
            head = head.head
        return head.tag_ in {"NN", "NNP"} and head.lemma_.lower() in THINGS_NAMED_SINGULAR

    def titled_person(self, mention: Mention) -> bool:
        """A mention that names one office holder by title ("Mexico's foreign minister"): "he"
        or "his" may refer to it as to a named person."""
        if mention.kind != "group" or not _singular(mention):
            return False
        span = self.parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        title = self.title_of(span.root) if span is not None and len(span) else None
        return title is not None and title[1] == "person"

    def addressed_body(self, pronoun: Token) -> Mention | None:
        """For 'it' as the object of a verb of asking ("wrote to the Security Council, asking it
        to intervene"): the last state or international body named earlier in the sentence,
        other than the asking clause's subject."""
        verb = pronoun.head
        if pronoun.dep_ != "dobj" or verb.lemma_.lower() not in ASKING_VERBS:
            return None
        sent = self.sent_index(pronoun)
        asker = self.local_subject(pronoun)
        bodies = [m for m in self.index.mentions if m.sent_index == sent and m.end <= pronoun.idx
                  and m.kind in {"igo", "country", "capital", "seat"}
                  and not (asker is not None and (m is asker or m.country == asker.country))]
        return max(bodies, key=lambda m: m.start) if bodies else None

    def local_subject(self, pronoun: Token) -> Mention | None:
        """The subject of the clause whose verb an object pronoun ("him", "them") hangs on."""
        if pronoun.lower_ not in OBJECT_PRONOUNS:
            return None
        verb = pronoun.head
        if pronoun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif pronoun.dep_ not in {"dobj", "dative", "iobj"}:
            return None
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.dep_ in {
                "conj", "xcomp", "advcl"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            # "accused the government of treating them like criminals": the accused does the treating
            accused = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
            if accused is not None and self.index.at(accused) is not None:
                return self.index.at(accused)
        return _subject_mention(self, verb)

    def same_referent(self, mention: Mention, other: Mention) -> bool:
        """One referent: the same mention or person, or a person named by the same surname."""
        if mention is other or mention.person_id and mention.person_id == other.person_id:
            return True
        return mention.kind in {"person", "pronoun"} and mention.text.split()[-1] == other.text.split()[-1]

    def coordinated(self, mention: Mention) -> list[Mention]:
        """The actors coordinated with a mention ("the United States and Israel"), itself included."""
        start, end = self.index.spans[id(mention)]
        root = self.parsed[start:end].root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        members = [root, *root.conjuncts]
        if mention.kind in LISTED_KINDS:  # "Mali, Burkina Faso and Niger": a list read as apposition
            listed = [c for c in root.children if c.dep_ == "appos" and listed_with(mention, self.index.at(c))]
            members += [t for c in listed for t in (c, *c.conjuncts)]
        elif root.tag_ in {"NNS", "NNPS"}:  # "the governments of Mali, Burkina Faso and Niger"
            members += [t for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and start <= p.i < end for t in p.conjuncts]
        found = [m for t in members if (m := self.index.at(t)) is not None]
        return list(dict.fromkeys(found)) if mention in found else [mention]

    def mention_genders(self, ordered: list[Mention]) -> dict[int, str]:
        """id(mention) -> the gender its words tell (gender.py), for people and singular groups;
        a surname alone takes the gender of the same person named earlier in full."""
        genders: dict[int, str] = {}
        known: dict[str, str] = {}  # person id, or a name's last word -> gender
        for mention in ordered:
            if mention.kind not in {"person", "group"}:
                continue
            start, end = self.index.spans[id(mention)]
            gender = span_gender(self.parsed[start:end])
            # a known person by their id ("Obama" the president is not "Michelle Obama"), others by surname
            key = (mention.person_id or mention.text.split()[-1]) if mention.kind == "person" else ""
            gender = gender or known.get(key, "")
            if gender and key:
                known.setdefault(key, gender)
            if gender:
                genders[id(mention)] = gender
        return genders


def _subject_mention(state: "_DocState", verb: Token) -> Mention | None:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return state.index.at(subject) if subject is not None else None


def _capitalised_noun(token: Token) -> bool:
    """A common noun the tagger takes for a name because it starts a line ("Gunmen ambushed")
    or is capitalised after 'the' ("The President said", "the Ministry of Defence")."""
    if token.pos_ != "PROPN" or not token.text.istitle() or token.ent_type_ not in {"", "ORG"}:
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        return False  # "the Obama Administration", "the Kremlin Press Office": a name
    first = token.i == 0 or token.is_sent_start or token.nbor(-1).is_space
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return first and not token.ent_type_ or definite


def _is_channel(root: Token) -> bool:
    """A noun the story is told through: object of 'tell', after 'according to', 'interview
    with', 'quoted by', or the subject of 'report'."""
    head = root.head
    if root.dep_ == "dobj" and head.lemma_ == "tell":
        return True
    if root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ == "report":
        return True
    if root.dep_ != "pobj":
        return False
    above = head.head
    if head.lower_ == "to" and (above.lower_ == "according" or above.lemma_ in {"say", "tell",
                                                                              "speak", "talk"}):
        return True
    if head.lower_ == "with" and above.lemma_ in {"interview", "speak", "talk"}:
        return True
    return head.lower_ == "by" and above.lemma_ in {"quote", "report", "interview"}


def _accredited(token: Token) -> bool:
    """A body one is sent to, not one of: "ambassador to the UN", "envoy at NATO"."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in {"to", "at", "with"}


def _written_as_name(span: Span) -> bool:
    """A case-insensitive match the text writes as a name: a capitalised word in it that does
    not merely start the sentence ("the Bush administration", "al Qaeda", but not "Police")."""
    if len(span) == 1 and (span[0].is_sent_start or span[0].i == span.sent.start):
        return False
    return any(t.text[:1].isupper() for t in span)


def _rank(sector: str) -> int:
    return SECTOR_PRIORITY.index(sector) if sector in SECTOR_PRIORITY else len(SECTOR_PRIORITY)


def _place_compound(token: Token, mention: Mention) -> bool:
    """A place named as a compound of the noun after it ("Darfur rebels", "Kandahar police")."""
    return mention.kind == "place" and token.dep_ == "compound" and token.head.i > token.i


def listed_with(own: Mention, other: Mention | None) -> bool:
    """Whether a name the parser hangs on another as an apposition is the next item of a list
    ("Saudi Arabia, the UAE and Egypt"): both countries or bodies, of different countries."""
    return other is not None and own.kind in LISTED_KINDS and other.kind in LISTED_KINDS \
        and other.country != own.country


def _clause_of(prep: Token) -> bool:
    """A preposition that takes a clause, not a noun: "accused the bloc of having become a tool"
    (the accusation's, which the parser hangs on the noun), not "the group of experts"."""
    return any(c.dep_ == "pcomp" for c in prep.children) and not any(c.dep_ == "pobj" for c in prep.children)


def _singular(mention: Mention) -> bool:
    """A group mention headed by a singular person title ('the Russian leader')."""
    last = mention.text.split()[-1].lower()
    return not last.endswith("s")


def code_actors(document: Document, parsed: Doc, coder: ActorCoder) -> MentionIndex:
    """Stage function: the actor mentions of one parsed document."""
    return coder.code(document, parsed)


REPORTING_VERBS = {"say", "tell", "report", "add", "announce", "state", "confirm", "quote"}
# Verbs whose subject "it" in their complement clause refers back to ("Iraq said it would ...")
STATING_VERBS = REPORTING_VERBS | {
    "deny", "insist", "claim", "warn", "vow", "promise", "pledge", "threaten", "agree", "decide", "declare",
    "argue", "admit", "acknowledge", "accuse", "believe", "think", "hope", "fear", "expect", "indicate",
    "signal", "suggest", "stress", "reiterate", "repeat", "assert", "maintain", "complain", "allege", "reply",
    "respond", "counter", "hint", "concede", "plan", "intend", "want", "refuse", "offer", "urge", "ask"}


def _in_reporter(token: Token) -> bool:
    """Whether a word lies in the subject of a reporting verb ("relief officials in Nairobi
    said"): where the reporter sits, not where the reported act happened."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in {"nsubj", "nsubjpass"} and node.head.lemma_.lower() in REPORTING_VERBS:
            return True
        node = node.head
    return False


def _group_words(token: Token) -> frozenset[str]:
    """The words that tell a group apart: its noun's adjectives and noun compounds, no numbers."""
    return frozenset(c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}
                     and c.pos_ in {"ADJ", "NOUN", "PROPN"})


def _where_told(place: Token, token: Token) -> bool:
    """Whether a place says where a reporting verb was said and the token lies in what was said:
    "In Addis Ababa, Meles said his forces had killed 2,000 Islamist fighters" puts Meles, not
    the fighters, in Ethiopia (the caller asks it of capitals only: "In Kashmir, officials said
    troops shelled villages" tells the scene)."""
    verb = place.head.head
    if place.head.dep_ != "prep" or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    return any(c.dep_ in {"ccomp", "parataxis"} and token in c.subtree for c in verb.children)


def _lower_side(token: Token) -> bool:
    """"fired artillery toward the south": a lower-case compass word as an actor, the object of a
    preposition of direction or a subject or object, never a region ("the south of the country",
    "in the south")."""
    if token.text not in {"north", "south"} or any(c.dep_ == "prep" for c in token.children):
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in {"against", "with", "toward", "towards", "on", "to"}
    return token.dep_ in {"nsubj", "dobj"}
