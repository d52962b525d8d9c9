"""Quotes: who said what, directly, in reported speech, in blocks or 'according to' someone.

One quote per speech act: a reporting verb with what it reports (its complement clause, or the
quotation it introduces), "according to X", "as X notes", and block quotes (a first-person
paragraph with no quotation marks that follows a paragraph naming its speaker, as in wire
copy). Quotation marks with no speech act around them are scare quotes and are not quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .actors import MentionIndex
from .doc_cache import text_of
from .grammar.arguments import actors_of
from .grammar.reference import Referents, speaker_nouns, speaker_phrase
from .grammar.speech import SpeechAct, quote_spans, quote_verbs, speech_acts
from .records import Document, Mention, Quote

SPEECH_VERBS = quote_verbs()  # the speech verb table's verbs with a speaking subject
FIRST_PERSON = {"we", "i", "our", "us", "my", "me"}


@dataclass
class _Act:
    sent_index: int
    speaker: list[Mention]
    name: str
    verb: str
    start: int
    end: int
    kind: str
    verb_i: int | None = None  # the speech verb's token; a verb's several partial quotes are one quote
    speaker_span: tuple[int, int] | None = None  # character span of the words naming the speaker


def extract_quotes(document: Document, parsed: Doc, mentions: MentionIndex) -> list[Quote]:
    """Stage function: the quotes of one parsed document."""
    text = document.full_text
    marks = quote_spans(text)
    sentences = list(parsed.sents)
    referents = Referents.of(parsed, mentions)
    acts: list[_Act] = []
    for index, sent in enumerate(sentences):
        for act in speech_acts(sent, marks):
            found = _act(index, act, mentions, referents)
            if found is not None:
                acts.append(found)
    acts += _block_quotes(parsed, sentences, marks, mentions)
    acts += _continued(text, sentences, marks, acts)
    return _merged(document, text, sentences, acts)


def _act(index: int, act: SpeechAct, mentions: MentionIndex, referents: Referents) -> _Act | None:
    """A speech act with its speaker named and coded: through the actor mentions, else the
    earlier mention a pronoun or description refers to, else the words themselves."""
    token = act.speaker
    if token is None:
        return None
    a, b = speaker_phrase(token)
    phrase = token.doc[a:b]
    speaker = actors_of(token, mentions)
    if act.kind == "according" and speaker and all(m.sector == "MED" for m in speaker):
        return None  # "according to Reuters": the outlet reports, it is not the source
    referent = referents.resolve(token, (act.start, act.end))
    if speaker and (referent is None or speaker[0].kind == "person" and token.pos_ == "PROPN"):
        name = _speaker_name(speaker[0], mentions)
    elif referent is not None:  # "the spokesman": the earlier mention's name (and its code, if it has none)
        speaker = speaker or ([referent.mention] if referent.mention is not None else [])
        name = referent.name
    elif act.kind == "according" and not (any(e.label_ == "PERSON" for e in phrase.ents)
                                          or token.lemma_.lower() in speaker_nouns()):
        return None  # "according to the report": a document, not a speaker
    else:
        name = phrase.text
    verb = "according to" if act.kind == "according" else act.verb.text
    return _Act(index, speaker, name, verb, act.start, act.end, act.kind, act.verb.i,
                (phrase.start_char, phrase.end_char))


def _continued(text: str, sentences: list[Span], marks: list[tuple[int, int]],
               acts: list[_Act]) -> list[_Act]:
    """A quotation that opens a sentence with no speech act of its own goes on with the speaker
    quoted just before: in the next sentence of the paragraph (“...,” she said. “And more.”), or
    as a paragraph of its own after a paragraph quoting someone."""
    out: list[_Act] = []
    for a, b in marks:
        if b - a <= 20 or any(act.start <= a < act.end for act in acts + out):
            continue
        index = _sentence_at(sentences, a)
        if text[sentences[index].start_char:a].strip():
            continue  # the quotation does not open its sentence
        line_start = text.rfind("\n", 0, a) + 1
        if text[line_start:a].strip():  # within a paragraph: the sentence before quotes someone
            previous = [act for act in acts + out if act.name and act.sent_index == index - 1
                        and act.kind in {"direct", "partial"}]
        else:
            before = text[:line_start].rstrip()
            paragraph_start = before.rfind("\n") + 1
            previous = [act for act in acts + out if act.name and paragraph_start <= act.start < line_start]
        if previous:
            last = previous[-1]
            out.append(_Act(index, last.speaker, last.name, last.verb, a, b, "direct"))
    return out


def _sentence_at(sentences: list[Span], offset: int) -> int:
    """The index of the sentence holding a character offset (or the last one before it)."""
    index = 0
    for i, sent in enumerate(sentences):
        if sent.start_char <= offset:
            index = i
    return index


def _block_quotes(parsed: Doc, sentences: list[Span], marks: list[tuple[int, int]],
                  mentions: MentionIndex) -> list[_Act]:
    """A paragraph in the first person without quotation marks, after a paragraph that names
    a speaker and does not end a sentence (wire copy of statements)."""
    text = text_of(parsed)
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    acts = []
    for (p_start, p_end), (start, end) in zip(paragraphs, paragraphs[1:], strict=False):
        intro = text[p_start:p_end].rstrip()
        block = text[start:end]
        if intro.endswith((".", "?", "!")) or any(a < end and start < b for a, b in marks):
            continue
        words = set(re.findall(r"[a-z]+", block.lower()))
        if not words & FIRST_PERSON:
            continue
        speaker = _intro_speaker(parsed, p_start, p_end, mentions)
        if speaker:
            index = _sentence_at(sentences, start)
            acts.append(_Act(index, [speaker], _speaker_name(speaker, mentions), "block", start, end, "block"))
    return acts


def _intro_speaker(parsed: Doc, start: int, end: int, mentions: MentionIndex) -> Mention | None:
    """The person an introducing paragraph is about: the last one who is a subject."""
    people = [m for m in mentions.mentions if start <= m.start < end and m.kind == "person"]
    subjects = []
    for m in people:
        a, b = mentions.spans[id(m)]
        tokens = parsed[a:b]
        if any(t.dep_ in {"nsubj", "nsubjpass", "attr"} or _relative_subject(t) for t in tokens):
            subjects.append(m)
    ranked = subjects or people
    return ranked[-1] if ranked else None


def _relative_subject(token: Token) -> bool:
    """'Lavrov, who did not agree ...': the antecedent of a relative clause's subject."""
    return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in {"who", "which"}
                                         for g in c.children) for c in token.children)


def _speaker_name(mention: Mention, mentions: MentionIndex) -> str:
    if mention.kind != "pronoun":
        return mention.text
    earlier = [m for m in mentions.mentions if m.start < mention.start and m.code == mention.code
               and m.kind != "pronoun"]
    return earlier[-1].text if earlier else mention.text


def _merged(document: Document, text: str, sentences: list[Span], acts: list[_Act]) -> list[Quote]:
    """One quote per speech act: a verb's several partial quotes are joined, and so are a
    speaker's acts whose spans overlap."""
    merged: list[_Act] = []
    for act in sorted(acts, key=lambda a: a.start):
        same = next((m for m in merged if act.verb_i is not None and m.verb_i == act.verb_i
                     or _speaker_key(m) == _speaker_key(act) and act.start < m.end and m.start < act.end), None)
        if same is None:
            merged.append(_Act(**{k: getattr(act, k) for k in act.__dataclass_fields__}))
            continue
        same.start, same.end = min(same.start, act.start), max(same.end, act.end)
    quotes = []
    for act in merged:
        start, end = _trimmed(text, act.start, act.end)
        a, b = act.speaker_span or (-1, -1)
        code = act.speaker[0].code if act.speaker else ""
        sentence = sentences[act.sent_index].text.strip()
        quotes.append(Quote(document.doc_id, act.sent_index, act.name, code, act.verb, text[start:end],
                            start, end, act.kind, sentence, a, b, text[a:b] if a >= 0 else ""))
    return sorted(quotes, key=lambda q: q.start)


def _speaker_key(act: _Act) -> str:
    return act.speaker[0].code if act.speaker else act.name


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
