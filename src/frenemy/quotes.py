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
from .events.arguments import actors_of, subject_of
from .records import Document, Mention, Quote

SPEECH_VERBS = {
    "say", "tell", "insist", "claim", "state", "add", "note", "warn", "argue", "declare",
    "announce", "stress", "explain", "maintain", "assert", "allege", "write", "tweet",
    "acknowledge", "admit", "believe", "think", "reiterate", "repeat", "confirm", "predict",
    "complain", "emphasize", "emphasise", "observe", "remark", "recall", "concede", "report",
    "reply", "respond", "suggest", "conclude", "contend", "vow", "promise", "pledge", "deny",
}
QUOTE_MARKS = re.compile(r"“[^“”]{2,}?”|\"[^\"\n]{2,}?\"|«[^«»]{2,}?»")
FIRST_PERSON = {"we", "i", "our", "us", "my", "me"}


@dataclass
class _Act:
    sent_index: int
    speaker: list[Mention]
    speaker_token: Token | None
    verb: str
    start: int
    end: int
    kind: str


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of text between quotation marks (curly, straight or guillemets)."""
    return [m.span() for m in QUOTE_MARKS.finditer(text)]


def extract_quotes(document: Document, parsed: Doc, mentions: MentionIndex) -> list[Quote]:
    """Stage function: the quotes of one parsed document."""
    text = document.full_text
    marks = quote_spans(text)
    sentences = list(parsed.sents)
    acts: list[_Act] = []
    for index, sent in enumerate(sentences):
        acts += _speech_acts(index, sent, marks, mentions)
    acts += _block_quotes(parsed, sentences, marks, mentions)
    acts += _continued(text, sentences, marks, acts)
    return _merged(document, text, sentences, acts, mentions)


def _continued(text: str, sentences: list[Span], marks: list[tuple[int, int]],
               acts: list[_Act]) -> list[_Act]:
    """A paragraph that is only a quotation, right after a paragraph quoting someone, is more
    of that speaker's words (“...,” she said. ¶ “And more.”)."""
    out: list[_Act] = []
    for a, b in marks:
        if any(act.start <= a < act.end for act in acts + out):
            continue
        line_start = text.rfind("\n", 0, a) + 1
        if text[line_start:a].strip():
            continue  # the quotation does not open its paragraph
        before = text[:line_start].rstrip()
        paragraph_start = before.rfind("\n") + 1
        previous = [act for act in acts + out if act.speaker and paragraph_start <= act.start < line_start]
        if previous and b - a > 20:
            last = previous[-1]
            index = _sentence_at(sentences, a)
            out.append(_Act(index, last.speaker, last.speaker_token, last.verb, a, b, "direct"))
    return out


def _sentence_at(sentences: list[Span], offset: int) -> int:
    """The index of the sentence holding a character offset (or the last one before it)."""
    index = 0
    for i, sent in enumerate(sentences):
        if sent.start_char <= offset:
            index = i
    return index


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _speech_acts(index: int, sent: Span, marks: list[tuple[int, int]],
                 mentions: MentionIndex) -> list[_Act]:
    acts = []
    has_speech = False
    for token in sent:
        if token.lemma_.lower() not in SPEECH_VERBS or token.pos_ != "VERB":
            continue
        if _inside(token.idx, token.idx + 1, marks) or any(c.dep_ == "neg" for c in token.children):
            continue  # a verb inside someone's quotation, or a speech act that did not happen
        speaker_token = subject_of(token)
        speaker = actors_of(speaker_token, mentions)
        span = _reported(token, sent, marks, speaker_token)
        if span is None:
            continue
        has_speech = True
        kind = "direct" if any(a <= span[0] and span[1] <= b for a, b in marks) else "indirect"
        acts.append(_Act(index, speaker, speaker_token, token.text, span[0], span[1], kind))
    for token in sent:
        if token.lower_ == "according" and not has_speech:
            to = next((c for c in token.children if c.lower_ == "to"), None)
            source = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            speaker = actors_of(source, mentions)
            if speaker and not all(m.sector == "MED" for m in speaker):
                phrase = list(token.subtree)
                start, end = _without(sent, phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
                acts.append(_Act(index, speaker, source, "according to", start, end, "according"))
    return acts


def _reported(verb: Token, sent: Span, marks: list[tuple[int, int]],
              speaker: Token | None) -> tuple[int, int] | None:
    """The character span of what a speech verb reports."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX", "NOUN", "ADJ"}:
            tokens = [t for t in child.subtree if t.dep_ != "mark" or t.head.i != child.i]
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            for a, b in marks:  # a quotation that runs past the clause belongs to it
                if a <= end and start <= b:
                    start, end = min(start, a), max(end, b)
            return start, end
    if verb.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in verb.children):
        head = verb.head  # "As Haaretz notes, “...”": the main clause
        tokens = [t for t in head.subtree if t.i not in {x.i for x in verb.subtree}]
        tokens = [t for t in tokens if not t.is_punct or t.text in "“”\""]
        if tokens:
            return _with_marks(tokens[0].idx, tokens[-1].idx + len(tokens[-1]), marks)
    for obj in (c for c in verb.children if c.dep_ == "dobj"):  # "tweeted his hope that ..."
        clause = next((c for c in obj.children if c.dep_ in {"acl", "ccomp"}), None)
        if clause is not None:
            tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
            return _with_marks(tokens[0].idx, tokens[-1].idx + len(tokens[-1]), marks)
    near = [(a, b) for a, b in marks if sent.start_char - 400 <= a and b <= verb.idx + 2
            and b >= sent.start_char - 2 or (a <= verb.idx <= b)]
    if near:  # “...,” she said. — possibly a quotation running over several sentences
        a, b = near[-1]
        return a, b
    end = verb.idx + len(verb)
    after = [(a, b) for a, b in marks if end <= a <= end + 40
             and re.fullmatch(r"[\s,:]*(?:\w+\s*){0,4}[,:]?\s*", sent.doc.text[end:a])]
    if after:  # She said: “...” / He told reporters on Monday, “...”
        return after[0]
    comma_before = speaker is not None and speaker.left_edge.i > sent.start and \
        sent.doc[speaker.left_edge.i - 1].text == ","
    if speaker is not None and comma_before and verb.i > speaker.i and not any(
            c.dep_ == "dobj" for c in verb.children):
        # "Russia has intelligence ..., Nikolai Patrushev, secretary of ..., said on Tuesday"
        first = min(t.i for t in speaker.subtree)
        before = [t for t in sent if t.i < first and not (t.is_punct and t.i == first - 1)]
        if len(before) >= 4:
            return before[0].idx, before[-1].idx + len(before[-1])
    return None


def _with_marks(start: int, end: int, marks: list[tuple[int, int]]) -> tuple[int, int]:
    for a, b in marks:
        if a <= end and start <= b:
            start, end = min(start, a), max(end, b)
    return start, end


def _without(sent: Span, start: int, end: int) -> tuple[int, int]:
    """The sentence without the phrase start:end (which stands at its start or end)."""
    tokens = [t for t in sent if not (start <= t.idx < end) and not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else (start, end)


def _block_quotes(parsed: Doc, sentences: list[Span], marks: list[tuple[int, int]],
                  mentions: MentionIndex) -> list[_Act]:
    """A paragraph in the first person without quotation marks, after a paragraph that names
    a speaker and does not end a sentence (wire copy of statements)."""
    text = parsed.text
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
            acts.append(_Act(index, [speaker], None, "block", start, end, "block"))
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


def _merged(document: Document, text: str, sentences: list[Span], acts: list[_Act],
            mentions: MentionIndex) -> list[Quote]:
    """One quote per speaker and sentence (a speaker's partial quotes are joined)."""
    quotes: dict[tuple[int, str], Quote] = {}
    for act in sorted(acts, key=lambda a: a.start):
        if act.speaker:
            main = act.speaker[0]
            code, name = main.code, _speaker_name(main, mentions)
        elif act.speaker_token is not None:
            code, name = "", act.speaker_token.text
        else:
            continue
        key = (act.sent_index, code or name)
        start, end = act.start, act.end
        if key in quotes:
            old = quotes[key]
            start, end = min(start, old.start), max(end, old.end)
        sentence = sentences[act.sent_index].text.strip()
        quotes[key] = Quote(document.doc_id, act.sent_index, name, code, act.verb,
                            text[start:end].strip(), start, end, act.kind, sentence)
    return sorted(quotes.values(), key=lambda q: q.start)
