"""The frame table compiled into a spaCy `PhraseMatcher` on lemmas, once per vocabulary: the
tokens of a document where a frame, a speech act or a demand can start. Which frame a trigger
gives is then read from the token's dependents (particle, object, modifier) in `extract._frame`."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab


def _forms(lemmas: Iterable[str]) -> list[str]:
    """A lemma as the lemmatizer may give it: lower case, or capitalised at a sentence start."""
    return sorted({form for lemma in lemmas for form in (lemma, lemma.capitalize())})


class FrameTriggers:
    """Verbs and nouns that start a frame: one-lemma phrase patterns (a hash lookup per token,
    where a Matcher's IN predicate tests every token against the list), then the part of speech."""

    def __init__(self, vocab: Vocab, verbs: Iterable[str], nouns: Iterable[str]) -> None:
        self.matcher = PhraseMatcher(vocab, attr="LEMMA")
        for pos, lemmas in (("VERB", verbs), ("NOUN", nouns)):
            self.matcher.add(pos, [Doc(vocab, words=[form], lemmas=[form]) for form in _forms(lemmas)])

    def __call__(self, doc: Doc) -> set[int]:
        """The indices of the document's trigger tokens."""
        strings = doc.vocab.strings
        return {start for match_id, start, _ in self.matcher(doc) if doc[start].pos_ == strings[match_id]}
