"""Score coded events against a gold file, with the matching rule of the project's scorer.

Gold, one JSON object a line: ``doc`` (document id), ``anchor`` (text the evidence sentence must
contain; empty matches any sentence), ``source`` and ``target`` (country codes, first three
letters), ``plover`` (a list of accepted types), optional ``required`` (default true; an
optional gold event absorbs a matching prediction without counting toward recall) and
``exclude`` (text the sentence must not contain). A prediction matches when its doc_id equals
the gold doc, its sentence contains the anchor (quotes and white space normalised), the first
three letters of source and target equal the gold's and its PLOVER type is accepted. Each gold
event and each prediction match at most once; required gold events are matched first.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "}


def normalise(text: str | None) -> str:
    """Lowercase, NFKC, straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", text or "")
    for curly, straight in QUOTES.items():
        text = text.replace(curly, straight)
    return re.sub(r"\s+", " ", text).strip().lower()


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL file, naming the file and line of any bad record."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise InputError(f"{path}:{number}", f"not valid JSON ({err.msg})") from None
    return rows


@dataclass
class TypeScore:
    """Counts for one PLOVER type."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EventScore:
    """An evaluation: totals, per-type scores, misses, extras and forbidden hits."""

    total: TypeScore = field(default_factory=TypeScore)
    by_type: dict[str, TypeScore] = field(default_factory=dict)
    missed: list[dict[str, Any]] = field(default_factory=list)
    extra: list[dict[str, Any]] = field(default_factory=list)
    forbidden: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)


def _country(code: str | None) -> str:
    return (code or "")[:3].upper()


def _matches(gold: dict[str, Any], pred: dict[str, Any], ignore_types: bool = False) -> bool:
    if pred.get("doc_id") != gold["doc"]:
        return False
    sentence = normalise(pred.get("sentence"))
    if normalise(gold.get("anchor")) not in sentence:
        return False
    if gold.get("exclude") and normalise(gold["exclude"]) in sentence:
        return False
    if _country(pred.get("source")) != gold["source"] or _country(pred.get("target")) != gold["target"]:
        return False
    if ignore_types:
        return True
    accepted = gold["plover"] if isinstance(gold["plover"], list) else [gold["plover"]]
    return (pred.get("plover") or "").upper() in accepted


def per_article(predictions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One prediction per (document, source country, target country, type), the first: gold
    coded once per article counts an event told in five sentences once."""
    seen: set[tuple[Any, str, str, str]] = set()
    out = []
    for p in predictions:
        key = (p.get("doc_id"), _country(p.get("source")), _country(p.get("target")),
               (p.get("plover") or "").upper())
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def score_events(gold: Iterable[dict[str, Any]], predictions: Iterable[dict[str, Any]],
                 forbidden: Iterable[dict[str, Any]] = (), *, by_article: bool = False,
                 ignore_types: bool = False) -> EventScore:
    """Match predictions to gold events; only predictions for gold documents are scored.
    `by_article` first collapses predictions as `per_article` does (for gold coded once per
    article); `ignore_types` scores the actors alone: a prediction matches when its article
    and its two countries do, whatever its type."""
    gold = list(gold)
    docs = {g["doc"] for g in gold}
    preds = [dict(p) for p in (per_article(predictions) if by_article else predictions)
             if p.get("doc_id") in docs]
    used = [False] * len(preds)
    result = EventScore()
    absorbed = 0
    for g in sorted(gold, key=lambda g: not g.get("required", True)):
        hit = next((i for i, p in enumerate(preds) if not used[i] and _matches(g, p, ignore_types)), None)
        if hit is not None:
            used[hit] = True
        kind = (g["plover"][0] if isinstance(g["plover"], list) else g["plover"]).upper()
        if g.get("required", True):
            score = result.by_type.setdefault(kind, TypeScore())
            score.gold += 1
            result.total.gold += 1
            if hit is not None:
                score.tp += 1
                result.total.tp += 1
                preds[hit]["_matched_type"] = kind
            else:
                result.missed.append(g)
        elif hit is not None:
            absorbed += 1
            preds[hit]["_absorbed"] = True
    for i, p in enumerate(preds):
        if p.get("_absorbed"):
            continue
        kind = p.get("_matched_type") or (p.get("plover") or "").upper()
        result.by_type.setdefault(kind, TypeScore()).predicted += 1
        result.total.predicted += 1
        if not used[i]:
            result.extra.append(p)
    for fb in forbidden:
        for p in preds:
            if (p.get("doc_id") == fb["doc"] and _country(p.get("source")) == fb["source"]
                    and _country(p.get("target")) == fb["target"]
                    and (p.get("plover") or "").upper() == fb["plover"]):
                result.forbidden.append((fb, p))
    for p in preds:
        p.pop("_matched_type", None)
        p.pop("_absorbed", None)
    return result


def type_counts(rows: Iterable[dict[str, Any]]) -> Counter[str]:
    """How many gold events of each type a file holds."""
    return Counter((r["plover"][0] if isinstance(r["plover"], list) else r["plover"]).upper()
                   for r in rows if r.get("required", True))
