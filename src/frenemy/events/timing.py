"""When: an event told with an explicit date well before the article's is background.

"Musharraf came to power in a coup in 1999" in a story of 2007 is context, not news: event
coders (and the gold standards frenemy is measured on) code what the article reports as
happening now. `background(token, day)` finds a date phrase on the predicate's clause (spaCy's
DATE entities inside its prepositional or adverbial modifiers) and says whether it ends more than
`BACKGROUND_DAYS` before the article's date. "since 2005" runs up to now and is never background.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from spacy.tokens import Span, Token

BACKGROUND_DAYS = 180
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b", re.I)
AGO = re.compile(r"\b((\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (years|decades)"
                 r"|(a|one) (year|decade|generation|half-century)|decades) ago\b", re.I)
TIME_DEPS = {"prep", "npadvmod", "advmod", "pobj", "tmod"}
# Verbs that make what they name: a date on their object is theirs ("signed the 1994 accord")
MAKING_VERBS = {"broker", "sign", "negotiate", "mediate", "conclude", "seal", "ink", "reach", "draft"}
CONTINUING = {"since", "until", "till", "through"}
SPAN_PREPS = {"in", "during"}  # "in a war in 2020": the time of the stretch the event happened in
# Clauses told at the time of the clause they hang from: "lapsed in 1996, after Moscow normalised ties"
TIMED_MARKS = {"after", "before", "when", "as", "while", "once"}


def latest_day(phrase: str) -> date | None:
    """The last day a date phrase can mean: 'June 2007' -> 2007-06-30, '1999' -> 1999-12-31."""
    years = YEAR.findall(phrase)
    if not years:
        return None
    year = int(years[-1])
    month = MONTH.search(phrase)
    if month:
        number = MONTHS[month.group(1).lower()]
        return date(year, number, monthrange(year, number)[1])
    return date(year, 12, 31)


def _date_phrases(head: Token) -> list[str]:
    """The date entities that are themselves time modifiers of a clause head ('in 1999',
    'last June', 'two years ago'); dates deeper in a phrase ('under a 1997 treaty', 'rebels who
    came two years ago') say nothing of when this event happened."""
    out = []
    if head.lemma_.lower() in MAKING_VERBS:  # "brokered a 2002 ceasefire": made when the thing was
        out += [_entity(c).text for o in head.children if o.dep_ == "dobj"
                for c in o.children if c.dep_ in {"nummod", "compound", "amod"} and c.ent_type_ == "DATE"]
    for child in head.children:
        if child.dep_ not in TIME_DEPS or child.lower_ in CONTINUING:
            continue
        words = [child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pobj"]
        for word in words:
            if word.ent_type_ == "DATE":
                out.append(_entity(word).text)
            elif child.lower_ in SPAN_PREPS and word.pos_ == "NOUN":  # "in a six-week war in 2020"
                out += [_entity(g).text for p in word.children if p.dep_ == "prep" and p.lower_ == "in"
                        for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
    return out


def _entity(word: Token) -> Span:
    """The named entity a token is inside (its IOB tags mark where the entity starts)."""
    start = word.i
    while word.doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = word.i + 1
    while end < len(word.doc) and word.doc[end].ent_iob_ == "I":
        end += 1
    return word.doc[start:end]


TIME_PREPS = {"during", "after", "before", "following", "amid"}  # an event noun told as the time of another


def _a_person(clause: Token) -> bool:
    """Whether a relative clause tells of one person: its noun is a named person, or it opens
    with "who" on a singular noun ("Sheikh Nimr, a fiery critic of the royal family who ...")."""
    noun = clause.head
    return noun.ent_type_ == "PERSON" or noun.tag_ in {"NN", "NNP"} and any(
        c.lower_ in {"who", "whom"} for c in clause.children)


def background(token: Token, day: str | None) -> str | None:
    """Why the event read from `token` is background ('in 1999'), or None."""
    if not day:
        return None
    try:
        today = date.fromisoformat(day[:10])
    except ValueError:
        return None
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in token.children):
        return "background (a clause opened by 'since')"  # "the first attack since Israel pulled out"
    heads = [token]
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIMED_MARKS for c in token.children):
        heads.append(token.head)  # a deed told by the time of a dated one
    if token.pos_ == "NOUN" and token.head.i != token.i:  # "a coup in 1999", "staged a coup in 1999"
        heads.append(token.head)
        if token.dep_ == "pobj" and token.head.head.i != token.head.i and (
                token.head.lower_ in TIME_PREPS or token.head.head.pos_ == "VERB"):
            # "was ousted in 2000 during his visit to Japan": then too; "convicted a decade ago over
            # attacks": the deed was done before what was done over it
            heads.append(token.head.head)
    for head in heads:
        if head.dep_ == "relcl" and head.tag_ == "VBN" and _a_person(head) and any(
                c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in head.children):
            return "background (what a person had done: a past perfect relative clause)"  # "who had led protests"
        for phrase in _date_phrases(head):
            if AGO.search(phrase):
                return f"background ({phrase})"
            last = latest_day(phrase)
            if last is not None and (today - last).days > BACKGROUND_DAYS:
                return f"background ({phrase})"
    return None
