"""The frame table compiled into a spaCy `Matcher`, once per vocabulary: the tokens of a
document where a frame, a speech act or a demand can start. Which frame a trigger gives is
then read from the token's dependents (particle, object, modifier) in `extract._frame`."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab


def _forms(lemmas: Iterable[str]) -> list[str]:
    """A lemma as the lemmatizer may give it: lower case, or capitalised at a sentence start."""
    return sorted({form for lemma in lemmas for form in (lemma, lemma.capitalize())})


class FrameTriggers:
    """Verbs and nouns that start a frame, as two Matcher patterns on part of speech and lemma."""

    def __init__(self, vocab: Vocab, verbs: Iterable[str], nouns: Iterable[str]) -> None:
        self.matcher = Matcher(vocab)
        self.matcher.add("VERB", [[{"POS": "VERB", "LEMMA": {"IN": _forms(verbs)}}]])
        self.matcher.add("NOUN", [[{"POS": "NOUN", "LEMMA": {"IN": _forms(nouns)}}]])

    def __call__(self, doc: Doc) -> set[int]:
        """The indices of the document's trigger tokens."""
        return {start for _, start, _ in self.matcher(doc)}
