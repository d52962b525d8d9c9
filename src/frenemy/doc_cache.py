"""Values spaCy rebuilds on every read, read once per Doc and kept in `Doc.user_data`.

`Doc.text` joins every token and `Doc.ents` builds a Span per entity each time; the stages read
both many times per document. The stages never change a Doc after parsing, so a cached value
stays true for the Doc's life.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

TEXT_KEY = "frenemy_text"
ENTS_KEY = "frenemy_ents"


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return ents
