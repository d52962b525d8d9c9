"""Candidates that no frame proposed, from the grammar's generic roles: for every verb of a
sentence, the actors of its subject (or passive agent) against the actors of its object, its
passive subject or a phrase of direction ("sent troops to Chad", "clashed with police").

A generic candidate has no type of its own (`GENERIC`): the event model says whether it is an
event and which. They let the model find events the frame table does not cover, so recall can
grow beyond the table; the frames-only coder never sees them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from ..actors import MentionIndex
from ..grammar.arguments import actors_of, is_passive, objects_of, patient_of, prep_objects, subject_of
from ..grammar.factuality import blocked
from ..grammar.speech import quote_verbs
from ..records import Document, Event, Mention

GENERIC = "GENERIC"  # the type of a candidate from generic roles, until the model types it
GENERIC_CONFIDENCE = 0.3
# prepositions whose object a verb's act is aimed at
AIMED_PREPS = ("to", "against", "at", "with", "on", "into", "toward", "towards", "from", "over", "for")
# verbs that carry no act of their own between subject and object
LIGHT_VERBS = {"be", "have", "become", "seem", "remain", "include", "say", "tell", "report", "add"}


def targets_of(verb: Token) -> list[Token]:
    """The tokens a verb's act is aimed at: its passive subject, else its objects and the objects
    of its prepositions of direction."""
    if is_passive(verb):
        patient = patient_of(verb)
        return [patient] if patient is not None else []
    return objects_of(verb) + prep_objects(verb, AIMED_PREPS)


def role_pairs(sent: Span, mentions: MentionIndex) -> Iterator[tuple[Token, Mention, Mention]]:
    """Each verb of a sentence with one actor of its subject and one of its target."""
    light = LIGHT_VERBS | quote_verbs()
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in light:
            continue
        sources = actors_of(subject_of(verb), mentions)
        if not sources:
            continue
        targets = [m for token in targets_of(verb) for m in actors_of(token, mentions)]
        for source in sources:
            for target in targets:
                if source.code != target.code and source is not target:
                    yield verb, source, target


def generic_candidates(document: Document, parsed: Doc, mentions: MentionIndex,
                       events: Sequence[Event]) -> list[Event]:
    """Candidates between actors in generic roles where no frame event has the same two
    countries in the sentence; negated, hypothetical and questioned verbs give none."""
    covered = {(e.sent_index, e.source[:3], e.target[:3]) for e in events}
    out: list[Event] = []
    for index, sent in enumerate(parsed.sents):
        for verb, source, target in role_pairs(sent, mentions):
            key = (index, source.code[:3], target.code[:3])
            if key in covered or blocked(verb, GENERIC):
                continue
            covered.add(key)
            start = min(source.start, target.start, verb.idx)
            end = max(source.end, target.end, verb.idx + len(verb.text))
            out.append(Event(document.doc_id, index, sent.text.strip(), start, end, source.code, target.code,
                             source.text, target.text, verb.text, GENERIC, "", 0.0, 0,
                             confidence=GENERIC_CONFIDENCE, date=document.date, provenance="generic"))
    return out


def mention_index(parsed: Doc, mentions: Sequence[Mention]) -> MentionIndex:
    """The token index of a document's coded mentions (for code that holds only the list)."""
    index = MentionIndex()
    for mention in mentions:
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and len(span):
            index.add(mention, span.start, span.end)
    return index
