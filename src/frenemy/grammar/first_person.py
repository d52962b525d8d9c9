"""'"We urge North Korea to talk," said the minister': inside a quotation, I and we are the speaker.

A coreference hand-off from quotes to events and claims: once quotes are read, every first-person
pronoun inside a direct, partial or block quotation whose speaker is a coded actor becomes a
mention of that actor, so the events told in the speaker's own words get their source.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc

from ..actors import MentionIndex
from ..records import Document, Mention, Quote

FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "myself", "ourselves"}
QUOTED_KINDS = {"direct", "partial", "block"}


def add_speaker_mentions(document: Document, parsed: Doc, quotes: Iterable[Quote],
                         mentions: MentionIndex) -> int:
    """Add a mention of the speaker for each first-person pronoun in their quotations; returns
    how many were added. Pronouns that already have a mention keep it."""
    added = 0
    starts: list[int] = []  # token index where each sentence starts, read when first needed
    for quote in quotes:
        if quote.kind not in QUOTED_KINDS or not quote.speaker_code:
            continue
        span = parsed.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.lower_ not in FIRST_PERSON or token.pos_ != "PRON" or mentions.at(token):
                continue
            code = quote.speaker_code
            country, sector = code[:3], code[3:]
            starts = starts or [s.start for s in parsed.sents]
            sent_index = bisect_right(starts, token.i) - 1  # a block quotation may span sentences
            mention = Mention(document.doc_id, sent_index, token.idx, token.idx + len(token),
                              token.text, code, country, sector, "pronoun", "quote speaker", 0.8)
            mentions.add(mention, token.i, token.i + 1)
            added += 1
    if added:
        mentions.mentions.sort(key=lambda m: m.start)
    return added
