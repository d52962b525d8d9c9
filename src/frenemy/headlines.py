"""Title-case headlines, parsed as sentence case: "Iran Denies Any Nuclear Activity At Site".

spaCy's small English pipeline reads a capitalised word as a proper noun, so a headline in title
case loses its verb and its events. Before parsing, `parse_text` lower-cases the capitalised words
of such a headline that are not part of a name frenemy knows standing whole in it; the lengths
stay the same, so every offset is unchanged, and `with_text` puts the original words back on the
parsed Doc.

The same tagger reads a headline's present-tense verb as a plural noun when a noun comes before
it ("Turkey halts trade with Israel", "Congo army attacks rebels"): the headline then has no
verb at all. `repair_headline` finds such a verb form and re-roots the headline's parse at it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

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
def known_names() -> frozenset[str]:
    """Every capitalised name in the actor tables (countries, people, places, IGOs)."""
    from .actors.knowledge import default_knowledge

    return frozenset(s for s in default_knowledge().entries if s[:1].isupper())


NAME_WORDS = 6  # the longest name looked for in a headline, in words


def name_words_in(title: str, names: frozenset[str]) -> frozenset[str]:
    """The words of the known names that stand whole in a headline: "United Nations Security
    Council" keeps its four words, while "Army" or "Police" alone are lower-cased."""
    words = WORD.findall(title)
    kept: set[str] = set()
    for start in range(len(words)):
        for size in range(min(NAME_WORDS, len(words) - start), 0, -1):
            if " ".join(words[start : start + size]) in names:
                kept.update(words[start : start + size])
                break
    return frozenset(kept)


def sentence_case(title: str, keep: frozenset[str]) -> str:
    """Lower-case each capitalised word but the first and those in `keep`."""
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
    title = sentence_case(document.title, name_words_in(document.title, known_names()))
    return f"{title}{HEADLINE_SEPARATOR}{document.text}"


def with_text(doc: Doc, text: str) -> Doc:
    """The parsed Doc with the words of `text` (same length) and every annotation kept."""
    if doc.text == text:
        return doc
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    restored.from_array(ANNOTATIONS, doc.to_array(ANNOTATIONS))
    return restored


# Words that can join a list of names before a plural verb: "Peru, Chile sign pact"
LIST_JOINERS = {",", "and", "&"}
# Plural nouns without a plural ending, before a plural verb: "Kenyan police arrest ..."
PLURAL_NOUNS = {"police", "people", "military", "clergy", "personnel", "militia", "youth", "staff"}


def verb_forms(verbs: frozenset[str], word: str) -> str:
    """The base verb of a present-tense headline word ("halts" -> "halt", "denies" -> "deny"),
    or "" when the word is no verb form the vocabulary knows."""
    lower = word.lower()
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if lower.endswith(cut) and len(lower) > len(cut) + 1:
            base = lower[: -len(cut)] + add
            if base in verbs:
                return base
    return ""


def headline_verb(sentence: Span, verbs: frozenset[str]) -> tuple[Token, str] | None:
    """The verb of a headline the tagger read with none ("Turkey halts trade with Israel",
    "Congo army attacks rebels"): the first word after a noun that is a verb's "-s" form, or its
    base form after a list of names or a plural noun ("Peru, Chile sign pact", "Police arrest
    ..."), with something after it."""
    if any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return None
    words = [t for t in sentence if not t.is_space]
    for n, token in enumerate(words[1:-1], start=1):
        before, after = words[n - 1], words[n + 1]
        if before.pos_ not in ("NOUN", "PROPN") or after.is_punct:
            continue
        if token.text[:1].isupper() and token.pos_ == "PROPN" and token.ent_type_:
            continue  # a name: "Ivory Coast", "Saudi Arabia"
        base = verb_forms(verbs, token.text)
        if base:
            return token, base
        if token.lower_ in verbs and (
                n >= 3 and words[n - 2].text in LIST_JOINERS and before.pos_ == "PROPN"  # "Peru, Chile sign"
                or before.tag_ in {"NNS", "NNPS"} or before.lower_ in PLURAL_NOUNS  # "police arrest"
                or any(c.dep_ == "nsubj" for c in token.children)):  # read as a predicate already
            return token, token.lower_
    return None


def reroot_at_verb(sentence: Span, verb: Token, base: str) -> None:
    """Make `verb` the root of a verbless headline, in place: the words before it are its
    subject (a list of names their conjunction; a topic before a colon a loose dependent), the
    words after it its object and modifiers. The parse inside each part is kept."""
    doc = sentence.doc
    before = [t for t in doc[sentence.start : verb.i] if not t.is_space]
    colon = max((t.i for t in before if t.text == ":"), default=-1)
    topic = [t for t in before if t.i <= colon]
    subject = [t for t in before if t.i > colon]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in subject):
        return
    heads: dict[int, tuple[int, str]] = {}
    groups = _groups(subject)
    first = groups[0][-1]
    for group in groups:
        _attach_inside(group, group[-1], heads)
        if group[-1] is not first:
            heads[group[-1].i] = (first.i, "conj")
    for joiner in (t for t in subject if t.text in LIST_JOINERS):
        heads[joiner.i] = (first.i, "cc" if joiner.is_alpha else "punct")
    heads[first.i] = (verb.i, "nsubj")
    if topic:  # "Sudan: army shells ...": the colon, and the label before it
        heads[topic[-1].i] = (verb.i, "punct")
        label = topic[:-1]
        if label:
            _attach_inside(label, label[-1], heads)
            heads[label[-1].i] = (verb.i, "dep")
    after = range(verb.i + 1, sentence.end)
    has_object = False
    for i in after:
        token = doc[i]
        if token.head.i in after and token.head.i != i:
            continue
        dep = _dependent_label(token, has_object)
        has_object = has_object or dep == "dobj"
        heads[i] = (verb.i, dep)
    for i, (head, dep) in heads.items():
        doc[i].head = doc[head]
        doc[i].dep_ = dep
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.pos_ = "VERB"
    verb.tag_ = "VBZ" if verb.lower_ != base else "VBP"
    verb.lemma_ = base


def _groups(words: list[Token]) -> list[list[Token]]:
    """The words of a subject split at list joiners: "Peru , Chile" -> [Peru], [Chile]."""
    groups: list[list[Token]] = [[]]
    for token in words:
        if token.text in LIST_JOINERS:
            groups.append([])
        else:
            groups[-1].append(token)
    return [g for g in groups if g]


def _attach_inside(words: list[Token], head: Token, heads: dict[int, tuple[int, str]]) -> None:
    """Every word of a part whose head lies outside it now hangs from the part's head."""
    inside = {t.i for t in words}
    for token in words:
        if token is not head and (token.head.i not in inside or token.head.i == token.i):
            heads[token.i] = (head.i, "compound" if token.pos_ in ("NOUN", "PROPN") else token.dep_ or "dep")


def _dependent_label(token: Token, has_object: bool) -> str:
    """The label of a word after a re-rooted headline verb."""
    if token.is_space:
        return "dep"
    if token.is_punct:
        return "punct"
    if token.pos_ == "ADP":
        return "prt" if token.lower_ in PARTICLES else "prep"
    if token.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not has_object:
        return "dobj"
    return token.dep_ if token.dep_ not in ("ROOT", "compound") else "dep"


PARTICLES = {"out", "off", "up", "down", "back", "away"}


def repair_headline(doc: Doc, title_chars: int, verbs: frozenset[str]) -> Doc:
    """Give each verbless sentence of the headline (the first `title_chars` characters) its verb
    when one of its words is a verb form (`headline_verb`); the Doc is changed in place."""
    if not title_chars or not verbs:
        return doc
    for sentence in doc.sents:
        if sentence.start_char >= title_chars:
            break
        found = headline_verb(sentence, verbs)
        if found:
            reroot_at_verb(sentence, *found)
    return doc


def verb_vocabulary(nlp: Language) -> frozenset[str]:
    """The base forms of English verbs the pipeline's lemmatizer knows (its "lemma_index"
    table), or none when the pipeline has no such table."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        return frozenset(table["verb"])
    except (KeyError, AttributeError, ValueError):
        return frozenset()
