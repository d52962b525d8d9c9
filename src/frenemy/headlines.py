"""Title-case headlines, parsed as sentence case: "Iran Denies Any Nuclear Activity At Site".

spaCy's small English pipeline reads a capitalised word as a proper noun, so a headline in title
case loses its verb and its events. Before parsing, `parse_text` lower-cases the capitalised words
of such a headline that are not part of a name frenemy knows; the lengths stay the same, so every
offset is unchanged, and `with_text` puts the original words back on the parsed Doc.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from .records import HEADLINE_SEPARATOR, Document

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
CAPITALISED = re.compile(r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*")
ANNOTATIONS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


def is_title_case(title: str) -> bool:
    """Most words of four letters or more after the first are capitalised (at least three)."""
    words = [w for w in WORD.findall(title)[1:] if len(w) > 3]
    if len(words) < 3 or title.isupper():
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.8


@lru_cache(maxsize=1)
def known_name_words() -> frozenset[str]:
    """Every capitalised word of a name in the actor tables (countries, people, places, IGOs)."""
    from .actors.knowledge import default_knowledge

    words = {w for surface in default_knowledge().entries for w in WORD.findall(surface)}
    return frozenset(w for w in words if w[:1].isupper())


def sentence_case(title: str, keep: frozenset[str]) -> str:
    """Lower-case each capitalised word but the first that is not a known name's word."""
    first = True

    def lower(match: re.Match[str]) -> str:
        nonlocal first
        word = match.group(0)
        if first:
            first = False
            return word
        if word in keep or not CAPITALISED.fullmatch(word):
            return word
        return word.lower()

    return WORD.sub(lower, title)


def parse_text(document: Document) -> str:
    """The text to parse: `full_text`, with a title-case headline put in sentence case."""
    if not document.title or not is_title_case(document.title):
        return document.full_text
    title = sentence_case(document.title, known_name_words())
    return f"{title}{HEADLINE_SEPARATOR}{document.text}"


def with_text(doc: Doc, text: str) -> Doc:
    """The parsed Doc with the words of `text` (same length) and every annotation kept."""
    if doc.text == text:
        return doc
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    restored.from_array(ANNOTATIONS, doc.to_array(ANNOTATIONS))
    return restored
