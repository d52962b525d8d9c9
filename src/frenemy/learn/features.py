"""Features of a candidate event: what the frame said, who the actors are, and cheap cues from
the sentence's parse (dependency paths, negation, modality, reported speech, its lemmas).

Features are strings hashed into a fixed space (CRC-32, stable across runs and platforms), so
the model needs no vocabulary file and an unseen word costs nothing.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from ..records import Document, Event, Mention

HASH_BITS = 20
SPEECH = {"say", "tell", "announce", "state", "claim", "report", "add", "accord", "insist",
          "warn", "write", "declare", "note", "confirm", "quote"}
MODAL = {"may", "might", "could", "would", "should", "will", "shall", "can", "must", "plan",
         "threaten", "consider", "seek", "want", "intend", "propose", "expect", "likely", "hope",
         "prepare", "aim", "vow", "pledge", "promise", "offer", "if", "unless", "whether"}
NEGATION = {"not", "no", "never", "deny", "refuse", "reject", "without", "nor", "neither", "fail"}
BACKGROUND = {"last", "ago", "previously", "earlier", "since", "former", "history", "past",
              "anniversary", "before", "year", "decade"}


def index(feature: str) -> int:
    """The column of a feature string in the hashed space."""
    return zlib.crc32(feature.encode("utf-8")) & ((1 << HASH_BITS) - 1)


def hashed(features: dict[str, float]) -> dict[int, float]:
    """Features as hashed columns (colliding features add up)."""
    out: dict[int, float] = {}
    for name, value in features.items():
        column = index(name)
        out[column] = out.get(column, 0.0) + value
    return out


def sentence_of(doc: Doc, event: Event) -> Span | None:
    """The parsed sentence an event was read from."""
    for i, sent in enumerate(doc.sents):
        if i == event.sent_index:
            return sent
    return None


def predicate_token(sent: Span, event: Event) -> Token | None:
    """The token the frame fired on: the predicate's word inside the event's span."""
    first = event.predicate.split()[0] if event.predicate.strip() else ""
    inside = [t for t in sent if event.start <= t.idx < event.end]
    return next((t for t in inside if t.text == first), None) or next(
        (t for t in sent if t.text == first), None)


def mention_of(mentions: Sequence[Mention], event: Event, code: str, text: str) -> Mention | None:
    """The actor mention behind one side of an event."""
    found = [m for m in mentions if m.sent_index == event.sent_index and m.code == code]
    exact = [m for m in found if m.text == text]
    return (exact or found or [None])[0]


def span_root(doc: Doc, mention: Mention) -> Token | None:
    """The syntactic head of a mention's tokens."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def dep_path(token: Token | None, predicate: Token | None, limit: int = 4) -> str:
    """Dependency labels from an argument up to the predicate ("nsubj", "pobj<prep"), "far"
    when the predicate is not among its first ancestors, "none" without one."""
    if token is None or predicate is None:
        return "none"
    labels = []
    current = token
    for _ in range(limit):
        if current == predicate:
            return "<".join(labels) or "self"
        labels.append(current.dep_)
        if current.head == current:
            break
        current = current.head
    if current == predicate:
        return "<".join(labels)
    return "far" if predicate not in list(token.ancestors) else "long:" + labels[0]


def candidate_features(event: Event, doc: Doc, mentions: Sequence[Mention],
                       document: Document) -> dict[str, float]:
    """The features of one candidate event (string names, hashed later)."""
    kind = event.plover
    f: dict[str, float] = {"bias": 1.0, f"type={kind}": 1.0, f"cameo={event.cameo}": 1.0,
                           f"cameo2={event.cameo[:2]}": 1.0, "confidence": event.confidence,
                           f"confbin={round(event.confidence, 1)}": 1.0}
    sent = sentence_of(doc, event)
    pred = predicate_token(sent, event) if sent is not None else None
    lemma = pred.lemma_.lower() if pred is not None else event.predicate.lower()
    crossed = [f"pred={lemma}"]
    if pred is not None:
        crossed += [f"pred_pos={pred.pos_}", f"pred_dep={pred.dep_}",
                    f"pred_form={','.join(pred.morph.get('VerbForm') + pred.morph.get('Tense'))}"]
        for child in pred.children:
            if child.dep_ in {"aux", "auxpass", "neg", "prt", "dobj", "prep", "xcomp", "advmod"}:
                crossed.append(f"pred_{child.dep_}={child.lemma_.lower()}")
        crossed += [f"head_of_pred={pred.head.lemma_.lower()}"] if pred.head != pred else []
    for side, code, text in (("src", event.source, event.source_text),
                             ("tgt", event.target, event.target_text)):
        mention = mention_of(mentions, event, code, text)
        if mention is None:
            crossed.append(f"{side}=unfound")
            continue
        f[f"{side}_how={mention.how}"] = 1.0
        f[f"{side}_sector={mention.sector or '-'}"] = 1.0
        f[f"{side}_conf"] = mention.confidence
        crossed += [f"{side}_kind={mention.kind}", f"{side}_igo={mention.country in ('IGO', 'NGO')}",
                    f"{side}_path={dep_path(span_root(doc, mention), pred)}"]
        if pred is not None:
            crossed.append(f"{side}_before={mention.start < pred.idx}")
    if event.source[:3] == event.target[:3]:
        crossed.append("domestic")
    headline = bool(document.title) and event.start < len(document.title)
    crossed.append(f"headline={headline}")
    f[f"sent_pos={min(event.sent_index, 5)}"] = 1.0
    if sent is not None:
        crossed += sentence_cues(sent, pred)
        for token in sent:
            if token.is_alpha:
                f[f"w={token.lemma_.lower()}"] = 1.0
        f["sent_len"] = min(len(sent), 80) / 80
    for name in crossed:
        f[name] = 1.0
        f[f"{kind}|{name}"] = 1.0
    return f


def sentence_cues(sent: Span, pred: Token | None) -> list[str]:
    """Negation, modality, background time and reported speech, in the sentence and on the
    predicate's own chain of heads."""
    cues = []
    lemmas = {t.lemma_.lower() for t in sent}
    cues += [f"neg_word={w}" for w in sorted(lemmas & NEGATION)]
    cues += [f"modal_word={w}" for w in sorted(lemmas & MODAL)]
    cues += [f"time_word={w}" for w in sorted(lemmas & BACKGROUND)]
    if any(t.dep_ == "neg" for t in sent):
        cues.append("neg_dep")
    if pred is not None:
        heads = list(pred.ancestors)[:4]
        cues += [f"under={h.lemma_.lower()}" for h in heads if h.pos_ in {"VERB", "AUX"}][:2]
        if any(h.lemma_.lower() in SPEECH for h in heads):
            cues.append("reported")
        if any(c.dep_ == "neg" for c in (pred, *heads) for c in c.children):
            cues.append("pred_negated")
        if any(c.tag_ == "MD" for c in pred.children):
            cues.append("pred_modal")
    if any(t.lemma_.lower() in SPEECH and t.pos_ == "VERB" for t in sent):
        cues.append("speech_in_sentence")
    if '"' in sent.text or "\u201c" in sent.text:
        cues.append("quoted")
    return cues


def featurise(rows: Iterable[dict[str, float]]) -> list[dict[int, float]]:
    """Hash many candidates' features."""
    return [hashed(r) for r in rows]
