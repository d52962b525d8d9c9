"""Labelled examples for the event model: the project's training items and a user's gold files.

A training item (``data/training/*.jsonl``) is one news text with its events::

    {"id", "text", "date", "style", "events": [{"source", "source_code", "target", "target_code",
     "plover", "mode", "cameo", "trigger"}], "negative", "note"}

source, target and trigger are exact substrings of the text; an item with no events names why
in ``negative``. Both kinds become `Example`s: a document and the gold events it holds.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..evaluate import load_jsonl
from ..records import HEADLINE_SEPARATOR, Document

PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STYLES = ("wire", "web", "headline", "brief", "paragraph")
NEGATIVES = ("negated", "hypothetical", "planned", "denied", "background", "victim", "scene",
             "no_target", "speech_only", "other")
CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})?$")
# the project's training items, in a source checkout (the package does not ship them)
PROJECT_DATA = Path(__file__).resolve().parents[3] / "data" / "training"
TYPE_NAME = re.compile(r"^[A-Z][A-Z_]{1,30}$")  # PLOVER's or a user's own ("CYBERATTACK")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """An event a labelled document holds: country-level dyad, accepted types, and text the
    evidence sentence must contain (empty: any sentence)."""

    source: str  # first three letters of the code ("RUS", "IGO")
    target: str
    types: tuple[str, ...]
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled document: what the pipeline codes, and the events a person found in it."""

    document: Document
    events: tuple[GoldEvent, ...]
    style: str = ""
    negative: str = ""
    complete: bool = False  # every event of the text is labelled, so any other is no event


def training_files(folder: str | Path) -> list[Path]:
    """Every ``*.jsonl`` file of a training folder, sorted, so new batches are picked up."""
    files = sorted(Path(folder).glob("*.jsonl"))
    if not files:
        raise InputError(folder, "no training files (*.jsonl) here")
    return files


def read_training(paths: Iterable[str | Path], *, own_types: bool = False) -> list[Example]:
    """Read and check training items; a bad item is an InputError naming its file and line.
    Types must be PLOVER's unless `own_types` (then any name in capitals is a type)."""
    examples: list[Example] = []
    seen: dict[str, str] = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as err:
                    raise InputError(where, f"not valid JSON ({err.msg})") from None
                problem = item_problem(item, own_types)
                if not problem and item["id"] in seen:
                    problem = f"id {item['id']!r} already used at {seen[item['id']]}"
                if problem:
                    raise InputError(where, problem)
                seen[item["id"]] = where
                examples.append(example_of(item))
    return examples


def item_problem(item: Any, own_types: bool = False) -> str:
    """What is wrong with one training item, or "" when nothing is."""
    if not isinstance(item, dict):
        return "not a JSON object"
    missing = [k for k in ("id", "text", "events") if k not in item]
    if missing:
        return f"missing {', '.join(missing)}"
    if not isinstance(item["text"], str) or not item["text"].strip():
        return "empty text"
    if item.get("style") and item["style"] not in STYLES:
        return f"style {item['style']!r} is not one of {', '.join(STYLES)}"
    if not isinstance(item["events"], list):
        return "events is not a list"
    if not item["events"] and item.get("negative") not in NEGATIVES:
        return f"an item with no events needs negative, one of {', '.join(NEGATIVES)}"
    for n, event in enumerate(item["events"], start=1):
        problem = event_problem(event, item["text"], own_types)
        if problem:
            return f"event {n}: {problem}"
    return ""


def event_problem(event: Any, text: str, own_types: bool = False) -> str:
    """What is wrong with one event of a training item, or ""."""
    if not isinstance(event, dict):
        return "not a JSON object"
    for key in ("source", "source_code", "target", "target_code", "plover", "trigger"):
        if not event.get(key):
            return f"missing {key}"
    if not (TYPE_NAME.match(str(event["plover"])) if own_types else event["plover"] in PLOVER):
        return f"plover {event['plover']!r} is not a PLOVER type" + (
            "" if own_types else f" ({', '.join(PLOVER)})")
    for key in ("source", "target", "trigger"):
        if event[key] not in text:
            return f"{key} {event[key]!r} is not in the text"
    for key in ("source_code", "target_code"):
        if not CODE.match(str(event[key])):
            return f"{key} {event[key]!r} is not a code like RUS or RUSGOV"
    if event["source_code"] == event["target_code"]:
        return "source_code equals target_code"
    return ""


def example_of(item: dict[str, Any]) -> Example:
    """A checked training item as an Example; a headline-style item, or the first paragraph of
    a text with a blank line, is parsed as a headline."""
    text = item["text"]
    if item.get("style") == "headline":
        title, text = text, ""
    else:  # "Headline\n\nBody ...": the first paragraph is the headline
        title, _, body = text.partition(HEADLINE_SEPARATOR)
        title, text = (title, body) if body else ("", text)
    document = Document(doc_id=str(item["id"]), title=title, text=text, date=item.get("date") or None)
    events = tuple(GoldEvent(e["source_code"][:3], e["target_code"][:3], (e["plover"],),
                             e["trigger"]) for e in item["events"])
    return Example(document, events, item.get("style") or "", item.get("negative") or "",
                   bool(item.get("complete")))


def read_gold(gold: str | Path, documents: Iterable[Document]) -> list[Example]:
    """A user's gold file (the format `frenemy eval` reads) and the articles it labels; a gold
    line whose document is not among them, or without a type, is an error naming its line."""
    by_doc: dict[str, list[GoldEvent]] = {}
    docs = {d.doc_id: d for d in documents}
    for number, row in enumerate(load_jsonl(gold), start=1):
        where = f"{gold}:{number}"
        for key in ("doc", "source", "target", "plover"):
            if not row.get(key):
                raise InputError(where, f"missing {key}")
        types = row["plover"] if isinstance(row["plover"], list) else [row["plover"]]
        for kind in types:
            if not TYPE_NAME.match(str(kind)):
                raise InputError(where, f"plover {kind!r} is not a type name in capitals")
        if row["doc"] not in docs:
            raise InputError(where, f"document {row['doc']!r} is not among the --input articles")
        if not row.get("required", True):
            continue  # an optional event is neither taught nor punished
        by_doc.setdefault(row["doc"], []).append(GoldEvent(
            str(row["source"])[:3].upper(), str(row["target"])[:3].upper(),
            tuple(str(t).upper() for t in types), str(row.get("anchor") or "")))
    return [Example(d, tuple(by_doc.get(i, ()))) for i, d in docs.items()]


def counts(examples: Iterable[Example]) -> tuple[Counter[str], Counter[str]]:
    """Events per type, and items with no event per reason."""
    types: Counter[str] = Counter()
    negatives: Counter[str] = Counter()
    for example in examples:
        types.update(e.types[0] for e in example.events)
        if not example.events:
            negatives[example.negative or "none"] += 1
    return types, negatives
