"""Who a speaker is: the phrase that names it, and the earlier mention a pronoun ("he") or a
description ("the spokesman", "the ministry") refers back to.

The rules: a pronoun or description refers to the nearest earlier compatible mention, a
person for "he", "she" and person nouns, an organisation for "it" and organisation nouns, a
group or organisation for "they" and plural nouns; a mention that was a subject (the one the
story is about) wins over a nearer one that was not, "she" never refers to a man nor "he" to a
woman where their words tell (actors/gender.py), and one whose words include the
description's noun ("Foreign Ministry spokesman Ali Rezaei" for "the spokesman") wins over both.
Nouns and their kinds are rows of `data/speaker_nouns.csv`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Token

from ..actors import MentionIndex
from ..actors.gender import agrees, pronoun_gender, span_gender
from ..doc_cache import ents_of
from ..records import Mention
from .speech import table_rows

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "it": "organisation",
            "they": "group", "them": "group"}
DEFINITE = {"the", "this", "that", "these", "those"}
SUBJECTS = {"nsubj", "nsubjpass"}
WINDOW = 6  # sentences a pronoun or description looks back


@cache
def speaker_nouns() -> dict[str, str]:
    """Nouns that name a speaker without naming who: noun -> person, organisation or group."""
    return {row["noun"]: row["refers_to"] for row in table_rows("speaker_nouns.csv")}


@dataclass(frozen=True, slots=True)
class Referent:
    """An earlier mention a speaker may refer to."""

    start: int  # character offset in the document
    sent: int
    name: str
    kind: str  # person, organisation, group
    subject: bool
    words: str  # the lowercased phrase around it, to match "the spokesman" with "spokesman X"
    mention: Mention | None = None
    gender: str = ""  # "m", "f" or "" (unknown), from its own words (actors/gender.py)


@dataclass
class Referents:
    """The candidate antecedents of one document, in text order."""

    doc: Doc
    items: list[Referent] = field(default_factory=list)
    sent_of: dict[int, int] = field(default_factory=dict)  # token index -> sentence index

    @classmethod
    def of(cls, doc: Doc, mentions: MentionIndex) -> Referents:
        """The referents of a document, built once for quotes and claims alike (pronoun mentions
        added in between are never referents, so the count of the others is the key)."""
        key = (id(mentions), sum(1 for m in mentions.mentions if m.kind not in {"pronoun", "place"}))
        cached = doc.user_data.get("frenemy_referents")
        if cached is not None and cached[0] == key:
            return cached[1]
        built = cls._build(doc, mentions)
        doc.user_data["frenemy_referents"] = (key, built)
        return built

    @classmethod
    def _build(cls, doc: Doc, mentions: MentionIndex) -> Referents:
        sent_of = {t.i: i for i, s in enumerate(doc.sents) for t in s}
        taken: set[int] = set()
        items = []
        for mention in mentions.mentions:
            if mention.kind in {"pronoun", "place"} or id(mention) not in mentions.spans:
                continue
            a, b = mentions.spans[id(mention)]
            taken |= set(range(a, b))
            head = doc[a:b].root
            kind = "person" if mention.kind == "person" else "group" if head.tag_ in {"NNS", "NNPS"} \
                else "organisation"
            items.append(_referent(doc, a, b, kind, sent_of, mention))
        for ent in ents_of(doc):
            if ent.label_ in {"PERSON", "ORG"} and not taken & set(range(ent.start, ent.end)):
                kind = "person" if ent.label_ == "PERSON" else "organisation"
                items.append(_referent(doc, ent.start, ent.end, kind, sent_of, None))
                taken |= set(range(ent.start, ent.end))
        excluded = taken | {t.i for e in ents_of(doc) for t in e}
        nouns = speaker_nouns()
        for token in doc:
            if token.dep_ not in SUBJECTS:
                continue
            if token.pos_ == "PROPN" and token.i not in excluded:  # a name the tagger missed: "Hope Hicks met"
                a = min([c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token.i])
                items.append(_referent(doc, a, token.i + 1, "person", sent_of, None))
            # "a campaign aide said", "officials said": unnamed speakers
            kind = nouns.get(token.lower_) or nouns.get(token.lemma_.lower())
            if kind and token.i not in taken and not _definite(token):
                if token.tag_ in {"NNS", "NNPS"}:
                    kind = "group"
                items.append(_referent(doc, token.left_edge.i, token.i + 1, kind, sent_of, None))
        items.sort(key=lambda r: r.start)
        known: dict[str, str] = {}  # a surname alone ("Ortiz said") has the gender of the full name
        for i, item in enumerate(items):
            last = item.name.split()[-1] if item.kind == "person" and item.name.split() else ""
            if item.gender and last:
                known.setdefault(last, item.gender)
            elif last in known:
                items[i] = replace(item, gender=known[last])
        return cls(doc, items, sent_of)

    def resolve(self, token: Token, skip: tuple[int, int] = (0, 0)) -> Referent | None:
        """The earlier referent a pronoun or definite description stands for, if it is one;
        referents inside the character span `skip` (what the speaker says) are not candidates."""
        kind = self.anaphor_kind(token)
        if kind is None:
            return None
        sent = self.sent_of[token.i]
        compatible = {"person": {"person"}, "organisation": {"organisation"},
                      "group": {"group", "organisation"}}[kind]
        gender = pronoun_gender(token.lower_) if token.pos_ == "PRON" else ""
        before = [r for r in self.items if r.start < token.left_edge.idx and r.kind in compatible
                  and sent - r.sent <= WINDOW and not skip[0] <= r.start < skip[1] and agrees(gender, r.gender)]
        if not before:
            return None
        told = [r for r in before if gender and r.gender == gender]
        before = told or before  # a name that says "she" beats one that says nothing
        noun = token.lemma_.lower()
        if token.pos_ != "PRON":
            named = [r for r in before if noun in r.words.split()]
            if named:
                return named[-1]
            if kind == "organisation":
                return None  # "the ministry" is not any earlier organisation
        subjects = [r for r in before if r.subject]
        return (subjects or before)[-1]

    @staticmethod
    def anaphor_kind(token: Token) -> str | None:
        """person, organisation or group when the token is a pronoun or a definite description."""
        if token.pos_ == "PRON":
            return PRONOUNS.get(token.lower_)
        kind = speaker_nouns().get(token.lower_) or speaker_nouns().get(token.lemma_.lower())
        if kind is None or not _definite(token):
            return None
        if any(c.dep_ in {"compound", "amod", "poss"} and c.pos_ == "PROPN" for c in token.children):
            return None  # "the Pentagon spokesman": named by its own words
        return "group" if token.tag_ in {"NNS", "NNPS"} else kind


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def _referent(doc: Doc, a: int, b: int, kind: str, sent_of: dict[int, int],
              mention: Mention | None) -> Referent:
    span = doc[a:b]
    subject = any(t.dep_ in SUBJECTS or t.dep_ in {"appos", "compound"} and t.head.dep_ in SUBJECTS
                  for t in span)
    around = doc[max(span.root.left_edge.i, a - 4): b]
    name = mention.text if mention is not None else span.text
    gender = span_gender(span) if kind == "person" else ""
    return Referent(span.start_char, sent_of[a], name, kind, subject, around.text.lower(), mention, gender)


def speaker_phrase(token: Token) -> tuple[int, int]:
    """Token span of the phrase that names a speaker: the noun with its determiners, modifiers
    and prepositional phrases, without relative clauses or asides; a name in apposition stands
    for the whole ("The spokeswoman for the campaign, Hope Hicks")."""
    name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None:
        token = name
    drop = {t.i for c in token.children if c.dep_ in {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj"}
            for t in c.subtree}
    start = end = token.i
    while start - 1 >= token.left_edge.i and start - 1 not in drop:
        start -= 1
    while end + 1 <= token.right_edge.i and end + 1 not in drop:
        end += 1
    doc = token.doc
    while end > start and doc[end].is_punct:
        end -= 1
    return start, end + 1
