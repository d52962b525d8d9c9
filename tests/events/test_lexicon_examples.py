"""Every lexicon row's example sentence is a test: coded alone, it must give the row's event.

Rows whose example the coder cannot yet read are listed in `lexicon_known_failures.txt` with the
reason (an actor the coder cannot code, a construction it misses). They are strict expected
failures: when a change makes one pass, the test fails until the row is taken off the list, so
the list only shrinks.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from frenemy.events import default_lexicon
from frenemy.events.examples import ExampleResult, check_examples
from frenemy.events.lexicon import DATA

KNOWN = Path(__file__).with_name("lexicon_known_failures.txt")


def known_failures() -> set[str]:
    lines = KNOWN.read_text(encoding="utf-8").splitlines()
    return {line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()}


@pytest.fixture(scope="module")
def results() -> dict[str, ExampleResult]:
    return {r.key: r for r in check_examples()}


def _keys() -> list[str]:
    return [f"{f.lemma}|{f.pos}|{f.particle}|{f.polarity}" for f in default_lexicon().frames.values()]


@pytest.mark.parametrize("key", _keys())
def test_row_example_gives_its_event(key, results, request):
    if key in known_failures():
        request.applymarker(pytest.mark.xfail(strict=True, reason="listed as a known failure"))
    result = results[key]
    assert result.passed, f"{result.frame.example!r} gave {result.found or 'no event'}"


def test_known_failures_name_real_rows():
    assert known_failures() <= set(_keys())


def _evaluation_rows() -> list[dict[str, str]]:
    with (DATA / "evaluations.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


@pytest.mark.parametrize("row", _evaluation_rows(), ids=lambda r: f"{r['word']}|{r['kind']}")
def test_evaluation_word_example_gives_its_judgement(row, code):
    """Every evaluations.csv row's example: the speaker supports (+) or accuses (-) the judged actor
    (an accusation judged false is a rejection instead, so the examples judge other things)."""
    wanted = "SUPPORT" if row["polarity"] == "+" else "ACCUSE"
    coded = code(row["example"], date="2015-06-01")
    assert any(e.plover == wanted and e.cameo == row["cameo"] for e in coded.events), (
        f"{row['example']!r} gave {[(e.source, e.plover, e.cameo, e.target) for e in coded.events]}")
