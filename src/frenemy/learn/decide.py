"""Decisions on the frame coder's candidates: keep, drop or re-type each one with the event
model, or (frames only) keep them all with the frame's confidence as their score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from ..config import Settings
from ..events import default_lexicon
from ..records import Document, Event, Mention
from .features import candidate_features, hashed
from .generic import GENERIC, generic_candidates, mention_index
from .model import NONE, EventModel, load_model


@lru_cache(maxsize=1)
def root_codes() -> dict[str, str]:
    """The CAMEO root code of each PLOVER type (the shortest, then lowest, code of that type)."""
    codes: dict[str, str] = {}
    for code, entry in default_lexicon().cameo.items():
        kind = entry.plover
        if kind and (kind not in codes or (len(code), code) < (len(codes[kind]), codes[kind])):
            codes[kind] = code
    return codes


def retyped(event: Event, kind: str, score: float, model: EventModel) -> Event:
    """The event as another type: the type's CAMEO root code, Goldstein score and quad class;
    a type of a user's own (not in CAMEO) gets no CAMEO code and a neutral Goldstein score."""
    provenance = f"{model.provenance}; retyped from {event.plover}"
    cameo = root_codes().get(kind)
    if cameo is None:
        return replace(event, plover=kind, cameo="", goldstein=0.0, quad_class=0, score=score,
                       provenance=provenance)
    code = default_lexicon().code(cameo)
    return replace(event, plover=kind, cameo=cameo, goldstein=code.goldstein,
                   quad_class=code.quad_class, score=score, provenance=provenance)


RETYPE_AT = 0.5  # another type re-types a candidate at this probability ...
RETYPE_MARGIN = 2.0  # ... and when it is this many times as likely as the frame's own type


def decide(event: Event, probabilities: dict[str, float], threshold: float,
           model: EventModel) -> Event | None:
    """Keep a candidate, re-type it, or drop it (None). Its score is the probability that it
    is an event at all (1 - P(NONE)); below `threshold` it is dropped. It keeps the frame's
    type unless another type is at least RETYPE_AT likely and RETYPE_MARGIN times the own."""
    score = round(1.0 - probabilities.get(NONE, 0.0), 4)
    if score < threshold:
        return None
    own = probabilities.get(event.plover, 0.0)
    kind, best = max(((k, p) for k, p in probabilities.items() if k != NONE),
                     key=lambda kp: kp[1], default=(NONE, 0.0))
    if kind != event.plover and best >= RETYPE_AT and best >= RETYPE_MARGIN * own:
        return retyped(event, kind, score, model)
    return replace(event, score=score, provenance=model.provenance)


def decide_generic(event: Event, probabilities: dict[str, float], threshold: float,
                   model: EventModel) -> Event | None:
    """A candidate from generic roles takes the model's most likely type when its probability
    of being an event reaches `threshold`; else it is dropped."""
    score = round(1.0 - probabilities.get(NONE, 0.0), 4)
    kinds = [(p, k) for k, p in probabilities.items() if k not in (NONE, GENERIC)]
    if score < threshold or not kinds:
        return None
    decided = retyped(event, max(kinds)[1], score, model)
    return replace(decided, provenance=f"{model.provenance}; generic roles")


def decide_candidate(event: Event, probabilities: dict[str, float], threshold: float,
                     generic_threshold: float, model: EventModel) -> Event | None:
    """One candidate decided: `decide_generic` for one from generic roles, else `decide`."""
    if event.plover == GENERIC:
        return decide_generic(event, probabilities, generic_threshold, model)
    return decide(event, probabilities, threshold, model)


def decide_events(events: Sequence[Event], document: Document, parsed: Doc,
                  mentions: Sequence[Mention], settings: Settings) -> list[Event]:
    """Stage function: the events to emit, each with its score and provenance. With the model
    on, candidates from generic roles (`generic_candidates`) join the frames' candidates."""
    if settings.frames_only:
        return [e if e.score is not None else replace(e, score=e.confidence) for e in events]
    model = load_model(settings.event_model)
    if settings.generic_threshold < 1.0:
        events = [*events, *generic_candidates(document, parsed, mention_index(parsed, mentions), events)]
    kept: dict[tuple[int, str, str, str], Event] = {}
    for event in events:
        features = hashed(candidate_features(event, parsed, mentions, document))
        decided = decide_candidate(event, model.probabilities(features), settings.threshold,
                                   settings.generic_threshold, model)
        if decided is None:
            continue
        key = (decided.sent_index, decided.source, decided.target, decided.plover)
        if key not in kept or (decided.score or 0.0) > (kept[key].score or 0.0):
            kept[key] = decided
    return sorted(kept.values(), key=lambda e: (e.sent_index, e.start))
