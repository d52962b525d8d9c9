"""Candidates from generic roles: subject against object, passive subject or phrase of direction."""

import pytest

from frenemy.actors import code_actors
from frenemy.config import Settings
from frenemy.events import extract_events
from frenemy.learn.generic import GENERIC, generic_candidates
from frenemy.nlp import parse
from frenemy.pipeline import actor_coder, lexicon_for
from frenemy.records import Document


def candidates(text: str) -> list[tuple[str, str, str]]:
    settings = Settings()
    document = Document("g", "", text, date="2015-03-02")
    [(document, parsed)] = list(parse([document], settings))
    mentions = code_actors(document, parsed, actor_coder(settings.model))
    events = extract_events(document, parsed, mentions, lexicon_for(settings.frame_sources))
    found = generic_candidates(document, parsed, mentions, events)
    assert all(e.plover == GENERIC and e.provenance == "generic" for e in found)
    return [(e.source[:3], e.predicate, e.target[:3]) for e in found]


@pytest.mark.parametrize("text, expected", [
    ("Vietnam snooped on the computer networks of Cambodia.", [("VNM", "snooped", "KHM")]),
    ("Cambodia was outmanoeuvred by Vietnam at the summit.", [("VNM", "outmanoeuvred", "KHM")]),
    ("Vietnam outflanked Cambodia and Laos.", [("VNM", "outflanked", "KHM"), ("VNM", "outflanked", "LAO")]),
])
def test_subject_and_aimed_at_actors_make_a_candidate(text, expected):
    assert candidates(text) == expected


@pytest.mark.parametrize("text", [
    "Vietnam did not snoop on the computer networks of Cambodia.",  # negated
    "Vietnam may snoop on the computer networks of Cambodia.",  # only possible
    "Vietnam accused Cambodia of lying.",  # a frame has this pair already
    "Vietnam snooped on networks in Cambodia.",  # a place is no one the act is aimed at
])
def test_no_candidate_where_the_act_did_not_happen_or_a_frame_read_it(text):
    assert candidates(text) == []
