"""Reported speech: which verbs report speech, what they report and who speaks.

The verbs and their frames are rows of `data/speech_verbs.csv`, read once. `speech_acts` reads
one sentence's acts: a speech verb (or "according to") with its speaker token and the character
span of what it reports. Quotes and claims both read speech this way; the verb names live only
in the table.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from ..doc_cache import text_of
from .arguments import subject_of

QUOTE_MARKS = re.compile(r"“[^“”]{2,}?”|\"[^\"\n]{2,}?\"|«[^«»]{2,}?»")
STANCES = {"assert", "deny", "doubt", "support", ""}
FRAMES = {"ccomp", "xcomp", "quote", "main", "pp"}
SPEAKERS = {"subject", "pobj"}
CLAUSE_POS = {"VERB", "AUX", "NOUN", "ADJ"}
NEGATORS = {"not", "n't", "never", "no", "nobody", "nothing", "neither", "nor"}


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    """One row of the speech verb table."""

    lemma: str
    quote: bool  # reports what someone said or thinks
    stance: str  # the speaker's position on a reported claim; "" when it reports none
    content: frozenset[str]  # frames of what is reported: ccomp, xcomp, quote, main, pp
    speaker: str  # subject or pobj
    example: str


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """A speech verb with its speaker and the span of what it reports."""

    verb: Token  # the speech verb, or "according"
    frame: SpeechVerb
    speaker: Token | None
    start: int  # character span of the content in the document text
    end: int
    kind: str  # direct, partial, indirect, according
    clause: Token | None = None  # the head of a reported clause (ccomp or xcomp)


def table_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV table in grammar/data, comment lines left out."""
    text = (resources.files("frenemy.grammar") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@cache
def speech_verbs() -> dict[str, SpeechVerb]:
    """The speech verb table by lemma.

    >>> speech_verbs()["deny"].stance
    'deny'
    """
    table = {}
    for row in table_rows("speech_verbs.csv"):
        content = frozenset(row["content"].split("|"))
        if row["stance"] not in STANCES or not content <= FRAMES or row["speaker"] not in SPEAKERS:
            raise ValueError(f"speech_verbs.csv: {row['lemma']}: unknown stance, frame or speaker")
        table[row["lemma"]] = SpeechVerb(row["lemma"], row["quote"] == "yes", row["stance"], content,
                                         row["speaker"], row["example"])
    return table


def quote_verbs() -> frozenset[str]:
    """Lemmas of the verbs whose subject reports speech (say, tell, insist ...)."""
    return frozenset(v.lemma for v in speech_verbs().values() if v.quote and v.speaker == "subject")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of text between quotation marks (curly, straight or guillemets)."""
    return [m.span() for m in QUOTE_MARKS.finditer(text)]


def negated(token: Token) -> bool:
    """The predicate is negated: "not", "never", "no longer"."""
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in {"never", "n't", "not"}:
            return True
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True
        if child.lower_ == "no" and child.i + 1 < len(token.doc) and token.doc[child.i + 1].lower_ == "longer":
            return True
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lower_ in {"nobody", "nothing", "none"}


def polarity(clause: Token | None) -> str:
    """'-' when a clause is negated ("Iran never attacked the tankers"), else '+'."""
    return "-" if clause is not None and negated(clause) else "+"


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _with_marks(start: int, end: int, marks: list[tuple[int, int]]) -> tuple[int, int]:
    """Widen a span to the quotations it overlaps (a quotation that runs past a clause)."""
    for a, b in marks:
        if a <= end and start <= b:
            start, end = min(start, a), max(end, b)
    return start, end


def _edges(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in "”\"»":
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].text not in "“\"«":
        tokens.pop(0)
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else None


def clause_tokens(clause: Token) -> list[Token]:
    """A reported clause without its complementizer, and without a speech act conjoined to it
    ("... was narrow, but said he would stay")."""
    cut = {t.i for c in clause.children if c.dep_ == "conj" and c.lemma_.lower() in speech_verbs()
           and c.pos_ == "VERB" for t in c.subtree}
    cut |= {c.i for c in clause.children if c.dep_ == "cc" and any(c.i < i for i in cut)}
    return [t for t in clause.subtree if t.i not in cut and not (t.dep_ == "mark" and t.head.i == clause.i)]


def speech_acts(sent: Span, marks: list[tuple[int, int]]) -> list[SpeechAct]:
    """The speech acts of one sentence: each speech verb that reports something, and "according
    to X" when the sentence has no other."""
    table = speech_verbs()
    acts = []
    for token in sent:
        frame = table.get(token.lemma_.lower())
        if frame is None or not frame.quote or frame.speaker != "subject" or token.pos_ != "VERB":
            continue
        if _inside(token.idx, token.idx + 1, marks) or negated(token):
            continue  # a verb inside someone's quotation, or a speech act that did not happen
        speaker = subject_of(token)
        found = reported(token, frame, sent, marks, speaker)
        if found is None:
            continue
        start, end, clause = found
        acts.append(SpeechAct(token, frame, speaker, start, end, _kind(start, end, marks), clause))
    if not acts:
        acts += _according(sent, table)
    return acts


def _kind(start: int, end: int, marks: list[tuple[int, int]]) -> str:
    if _inside(start, end, marks):
        return "direct"
    if any(start <= a and b <= end for a, b in marks):
        return "partial"
    return "indirect"


def _according(sent: Span, table: dict[str, SpeechVerb]) -> list[SpeechAct]:
    acts = []
    for token in sent:
        frame = table.get(token.lower_)
        if frame is None or "pp" not in frame.content:
            continue
        to = next((c for c in token.children if c.dep_ == "prep"), None)
        source = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        phrase = {t.i for t in token.subtree}
        span = _edges([t for t in sent if t.i not in phrase])
        if span:
            acts.append(SpeechAct(token, frame, source, span[0], span[1], "according"))
    return acts


def reported(verb: Token, frame: SpeechVerb, sent: Span, marks: list[tuple[int, int]],
             speaker: Token | None) -> tuple[int, int, Token | None] | None:
    """The character span of what a speech verb reports, and the head of its clause if any,
    trying the verb's frames in order: clause, infinitive, interrupted clause, quotation."""
    content = frame.content
    if "ccomp" in content:
        for child in verb.children:
            if child.dep_ == "ccomp" and child.pos_ in CLAUSE_POS:
                span = _edges(clause_tokens(child))
                if span:
                    return (*_with_marks(*span, marks), child)
        for obj in (c for c in verb.children if c.dep_ == "dobj"):  # "tweeted his hope that ..."
            clause = next((c for c in obj.children if c.dep_ in {"acl", "ccomp"}), None)
            span = _edges(clause_tokens(clause)) if clause is not None else None
            if span:
                return (*_with_marks(*span, marks), clause)
        for pobj in (g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"):
            # "said in a statement that ...": the clause the parser hangs on the statement
            clause = next((c for c in pobj.children if c.dep_ in {"acl", "ccomp"} and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            span = _edges(clause_tokens(clause)) if clause is not None else None
            if span:
                return (*_with_marks(*span, marks), clause)
    if "xcomp" in content:
        clause = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        span = _edges(list(clause.subtree)) if clause is not None else None
        if span:
            return (*_with_marks(*span, marks), clause)
    if "main" in content and (verb.dep_ == "parataxis" or verb.dep_ == "advcl" and any(
            c.lower_ == "as" and c.dep_ == "mark" for c in verb.children)):
        # "The plan, he said, would cost ...", "As Haaretz notes, “...”": the clause around
        own = {t.i for t in verb.subtree}
        span = _edges([t for t in verb.head.subtree if t.i not in own])
        if span:
            return (*_with_marks(*span, marks), verb.head)
    if "quote" in content:
        found = _quotation(verb, sent, marks)
        if found:
            return (*found, None)
    if "main" in content:
        found = _content_before_speaker(verb, sent, speaker)
        if found:
            return (*found, None)
    return None


def _quotation(verb: Token, sent: Span, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation the verb introduces or follows: “...,” she said / She said: “...”."""
    near = [(a, b) for a, b in marks if sent.start_char - 400 <= a and b <= verb.idx + 2
            and b >= sent.start_char - 2 or (a <= verb.idx <= b)]
    if near:  # possibly a quotation running over several sentences
        return near[-1]
    end = verb.idx + len(verb)
    after = [(a, b) for a, b in marks if end <= a <= end + 40
             and re.fullmatch(r"[\s,:]*(?:\w+\s*){0,4}[,:]?\s*", text_of(sent.doc)[end:a])]
    return after[0] if after else None


def _content_before_speaker(verb: Token, sent: Span, speaker: Token | None) -> tuple[int, int] | None:
    """"..., Nikolai Patrushev, secretary of ..., said on Tuesday": the clause before the speaker."""
    if speaker is None or verb.i < speaker.i or speaker.left_edge.i <= sent.start:
        return None
    if sent.doc[speaker.left_edge.i - 1].text != "," or any(c.dep_ == "dobj" for c in verb.children):
        return None
    first = min(t.i for t in speaker.subtree)
    before = [t for t in sent if t.i < first and not (t.is_punct and t.i == first - 1)]
    return _edges(before) if len(before) >= 4 else None
