"""Property tests: arbitrary bytes and text never make a reader or the cleaner raise."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frenemy.clean import clean, repair
from frenemy.errors import InputError
from frenemy.ingest import FORMATS, read_paths
from frenemy.nlp import pieces
from frenemy.records import Document

SUFFIXES = sorted(FORMATS)
# text that looks like news residue: entities, markup, mojibake, control characters
TOKENS = list("abcXYZ .,;:!?'\"\n\t#&<>/{}%-–“”") + [
    "&amp;", "#39;", "quot;", "&lt;b&gt;", "Ã©", "\x00", "\r\n", "\u2028", "\ufeff", "é", "Я"]
NEWSY = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)
TEXT = st.one_of(st.text(max_size=400), NEWSY)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_readers_turn_any_bytes_into_documents_or_reported_problems(data, suffix):
    problems: list[InputError] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        documents = list(read_paths([path], on_problem=problems.append))
    assert len(problems) <= 1 or documents
    for document in documents:
        assert document.text.strip()
        assert "\x00" not in document.full_text


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=400).map(str.encode), suffix=st.sampled_from([".txt", ".jsonl"]))
def test_readers_read_any_utf8_text_without_raising(text, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(text)
        list(read_paths([path], on_problem=lambda err: None))


@settings(max_examples=300, deadline=None)
@given(title=TEXT, text=TEXT)
def test_clean_takes_any_text_and_keeps_what_it_removes_out_of_the_result(title, text):
    cleaned = clean(Document("d", title, text))
    assert isinstance(cleaned.full_text, str)
    assert "\x00" not in cleaned.full_text
    assert clean(Document("d", title, text)) == cleaned  # deterministic
    assert repair(repair(text)) == repair(repair(repair(text)))  # settles after two rounds


@settings(max_examples=300, deadline=None)
@given(text=TEXT, limit=st.integers(min_value=1, max_value=120))
def test_pieces_cover_the_text_exactly_and_stay_within_the_limit(text, limit):
    parts = pieces(text, limit)
    assert "".join(parts) == text
    assert all(0 < len(p) <= limit for p in parts) or parts == [""]
