"""Frames only and frames + model from one parse, for `frenemy eval`'s side-by-side table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..clean import clean
from ..config import Settings
from ..records import Coded, Document, Event
from .decide import decide_events


def code_both(documents: Iterable[Document], settings: Settings
              ) -> Iterator[tuple[Coded, tuple[Event, ...]]]:
    """Each document coded with the frames only, and the events the event model keeps of them
    (`settings.event_model`, or the shipped model)."""
    from ..nlp import parse
    from ..pipeline import codable, code_parsed, with_language

    frames = replace(settings, frames_only=True)
    model = replace(settings, frames_only=False)
    tagged = (with_language(clean(d)) for d in documents)
    for document, parsed in parse(tagged, frames, skip=lambda d: not codable(d, frames)):
        if not codable(document, frames):
            yield Coded(document), ()
            continue
        coded = code_parsed(document, parsed, frames)
        events = decide_events(coded.events, document, parsed, coded.mentions, model)
        yield coded, tuple(events)
