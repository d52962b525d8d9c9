"""Training: code labelled documents with the frames, label every candidate against the gold
events, fit a logistic regression, measure it on held-out documents, write the model.

A candidate is labelled with the type of a gold event in its sentence (the gold's trigger or
anchor is in it) between the same two countries: the candidate's own type when the gold accepts
it, else the gold's type (so the model learns to re-type); NONE in an item with no event or for
a pair the gold has the other way round; any other frame candidate teaches nothing, while a
candidate from generic roles that matches no gold event is NONE (see `label_of`).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from ..clean import clean
from ..config import Settings
from ..evaluate import normalise, score_events
from ..nlp import parse
from ..records import Event
from .features import candidate_features, hashed
from .generic import GENERIC, generic_candidates, mention_index
from .items import Example, GoldEvent
from .model import NONE, EventModel

SEED = 21
RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE"}


@dataclass
class Candidate:
    """One frame candidate with its hashed features and its label."""

    example: int  # index of its Example
    event: Event
    features: dict[int, float]
    label: str


@dataclass
class Figures:
    """Held-out event figures of one way of deciding: frames only, or frames and model."""

    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int
    by_type: dict[str, tuple[float, float, float, int]] = field(default_factory=dict)


@dataclass
class Report:
    """What a training run did: data sizes, held-out figures, and the model it wrote."""

    examples: int
    candidates: int
    labels: dict[str, int]
    held_out: int
    frames: Figures | None
    model_figures: Figures | None
    model: EventModel | None = None


def label_of(event: Event, example: Example) -> str | None:
    """The candidate's label: its own type or the gold type it should have (a gold event of
    its sentence between the same countries), NONE when the item holds no event at all (a hard
    negative: negated, hypothetical, background ...) or the gold has the pair the other way
    round, or, in an item whose every event is labelled (`complete`), no gold event has the
    pair at all; else None, no lesson: most items name their main events, not every event they
    hold, so a candidate of another pair may be a true secondary event."""
    sentence = normalise(event.sentence)
    inside = [g for g in example.events if normalise(g.anchor) in sentence]
    source, target = event.source[:3], event.target[:3]

    def same_dyad(g: GoldEvent) -> bool:
        if (g.source, g.target) == (source, target):
            return True  # "X and Y held talks": either way round
        return (g.source, g.target) == (target, source) and bool(
            {event.plover, *g.types} & RECIPROCAL)

    matching = [g for g in inside if same_dyad(g)]
    if any(event.plover in g.types for g in matching):
        return event.plover
    if matching:
        return matching[0].types[0]
    if not example.events or any((g.source, g.target) == (target, source) for g in example.events):
        return NONE
    if event.plover == GENERIC:
        return NONE  # an act between two actors that the item does not name as an event
    if example.complete and not any({g.source, g.target} == {source, target} for g in example.events):
        return NONE  # every event is labelled and none is between these two
    return None


def build_candidates(examples: Sequence[Example], settings: Settings,
                     progress: Callable[[int], None] | None = None) -> list[Candidate]:
    """Code every example with the frames only and label each candidate it yields, the frames'
    and those from generic roles."""
    from ..pipeline import code_parsed

    frames = replace(settings, frames_only=True)
    documents = (replace(clean(e.document), language="en") for e in examples)
    out: list[Candidate] = []
    for i, (document, parsed) in enumerate(parse(documents, frames)):
        coded = code_parsed(document, parsed, frames)
        generic = generic_candidates(document, parsed, mention_index(parsed, coded.mentions), coded.events)
        for event in (*coded.events, *generic):
            label = label_of(event, examples[i])
            if label is not None:
                features = hashed(candidate_features(event, parsed, coded.mentions, document))
                out.append(Candidate(i, event, features, label))
        if progress:
            progress(1)
    return out


def split(examples: Sequence[Example], held_out: float, seed: int = SEED) -> set[int]:
    """Indices of the examples held out for evaluation, drawn with a seed."""
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    return set(order[:round(len(order) * held_out)])


def fit(candidates: Sequence[Candidate], *, c: float = 0.3, name: str = "frenemy-events",
        seed: int = SEED) -> EventModel:
    """Fit a multinomial logistic regression on the columns the candidates use."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    columns = np.array(sorted({col for cand in candidates for col in cand.features}), dtype=np.int64)
    where = {int(col): i for i, col in enumerate(columns)}
    rows, cols, values = [], [], []
    for r, cand in enumerate(candidates):
        for col, value in cand.features.items():
            rows.append(r)
            cols.append(where[col])
            values.append(value)
    matrix = csr_matrix((values, (rows, cols)), shape=(len(candidates), len(columns)))
    labels = [cand.label for cand in candidates]
    classes = sorted(set(labels) | {NONE})
    if len(set(labels)) < 2:
        raise ValueError(f"all {len(labels)} frame candidates of the training data have the label "
                         f"{labels[0] if labels else 'NONE'}; training needs two labels at least")
    model = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    model.fit(matrix, labels)
    weights = np.zeros((len(columns), len(classes)), dtype=np.float32)
    intercept = np.full(len(classes), -30.0, dtype=np.float32)  # a class never seen: never chosen
    coef, bias = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # one row for the second class: the first class's logit is 0
        coef, bias = np.vstack([np.zeros_like(coef[0]), coef[0]]), np.array([0.0, bias[0]])
    for k, cls in enumerate(model.classes_):
        weights[:, classes.index(cls)] = coef[k]
        intercept[classes.index(cls)] = bias[k]
    keep = np.abs(weights).max(axis=1) > 1e-6
    digest = hashlib.sha1(repr((labels, c, seed, len(columns))).encode()).hexdigest()[:10]
    return EventModel(classes, columns[keep], weights[keep], intercept, name=name, version=digest)


def decided(candidates: Iterable[Candidate], model: EventModel | None,
            threshold: float, generic_threshold: float = 1.0) -> list[tuple[int, Event]]:
    """The events emitted from candidates: every frame candidate (no model) or the model's
    decisions, on candidates from generic roles too when `generic_threshold` is under 1."""
    from .decide import decide_candidate

    out = []
    for cand in candidates:
        if cand.event.plover == GENERIC and (model is None or generic_threshold >= 1.0):
            continue  # frames only, or no candidates from generic roles
        event = cand.event if model is None else decide_candidate(
            cand.event, model.probabilities(cand.features), threshold, generic_threshold, model)
        if event is not None:
            out.append((cand.example, event))
    return out


def figures(examples: Sequence[Example], indices: Iterable[int],
            emitted: Iterable[tuple[int, Event]]) -> Figures:
    """Precision, recall and F1 of emitted events against the gold of some examples, matched as
    `frenemy eval` matches them."""
    chosen = set(indices)
    gold = [{"doc": str(i), "anchor": g.anchor, "source": g.source, "target": g.target,
             "plover": list(g.types)} for i in sorted(chosen) for g in examples[i].events]
    preds = [{"doc_id": str(i), "sentence": e.sentence, "source": e.source, "target": e.target,
              "plover": e.plover} for i, e in emitted if i in chosen]
    result = score_events(gold, preds)
    t = result.total
    by_type = {k: (s.precision, s.recall, s.f1, s.gold) for k, s in sorted(result.by_type.items())}
    return Figures(t.precision, t.recall, t.f1, t.predicted, t.gold, by_type)


def train(examples: Sequence[Example], settings: Settings, *, held_out: float = 0.2,
          c: float = 0.3, name: str = "frenemy-events", seed: int = SEED,
          progress: Callable[[int], None] | None = None) -> Report:
    """Train on labelled examples: held-out figures from a model fitted on the rest, then the
    model fitted on everything (returned in the report, not yet written)."""
    candidates = build_candidates(examples, settings, progress)
    labels: dict[str, int] = {}
    for cand in candidates:
        labels[cand.label] = labels.get(cand.label, 0) + 1
    test = split(examples, held_out, seed) if held_out > 0 else set()
    frames = model_figures = None
    if test:
        train_part = [cand for cand in candidates if cand.example not in test]
        test_part = [cand for cand in candidates if cand.example in test]
        trial = fit(train_part, c=c, name=name, seed=seed)
        frames = figures(examples, test, decided(test_part, None, settings.threshold))
        model_figures = figures(examples, test, decided(test_part, trial, settings.threshold,
                                                        settings.generic_threshold))
    model = fit(candidates, c=c, name=name, seed=seed)
    model.info = {"examples": len(examples), "candidates": len(candidates), "labels": labels,
                  "held_out": len(test), "seed": seed, "C": c, "threshold": settings.threshold,
                  "held_out_frames": vars(frames) if frames else None,
                  "held_out_model": vars(model_figures) if model_figures else None}
    return Report(len(examples), len(candidates), labels, len(test), frames, model_figures, model)
