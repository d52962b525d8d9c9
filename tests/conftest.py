"""Shared fixtures: the real spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import pytest

import frenemy
from frenemy.records import Coded


@pytest.fixture(scope="session")
def code():
    """Code a text with the default pipeline: code(text, date=...) -> Coded."""

    def run(text: str, date: str | None = "2019-06-25", title: str = "") -> Coded:
        return frenemy.code(text, date=date, title=title)

    return run


def triples(coded: Coded) -> set[tuple[str, str, str]]:
    """(source country, PLOVER type, target country) of every event."""
    return {(e.source[:3], e.plover, e.target[:3]) for e in coded.events}
