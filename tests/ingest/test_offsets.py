"""Offsets stay inside the text, also when a long document is parsed in pieces."""

from hypothesis import given, settings
from hypothesis import strategies as st

import frenemy
from frenemy.config import Settings
from frenemy.pipeline import code_documents
from frenemy.records import Document

PARAGRAPHS = [
    "Russia accused Ukraine on Monday of shelling the plant, officials in Moscow said.",
    "Kyiv rejected the claims and called for inspectors to visit the site.",
    "Turkey offered to host talks between the two sides in Istanbul next week.",
    "The United Nations urged restraint.",
]


def spans_inside(coded):
    text = coded.document.full_text
    for s in coded.sentences:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text
    for m in coded.mentions:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text
    for e in coded.events:
        assert 0 <= e.start <= e.end <= len(text)


def test_a_document_parsed_in_pieces_codes_like_one_parsed_whole():
    text = "\n\n".join(PARAGRAPHS * 6)
    document = Document("long", "Talks offered", text, date="2022-08-01")
    (whole,) = code_documents([document])
    (cut,) = code_documents([document], Settings(chunk_chars=300))
    spans_inside(cut)
    assert [(s.start, s.end) for s in cut.sentences] == [(s.start, s.end) for s in whole.sentences]
    assert {(e.source, e.plover, e.target, e.start) for e in cut.events} == {
        (e.source, e.plover, e.target, e.start) for e in whole.events}


@settings(max_examples=25, deadline=None)
@given(picked=st.lists(st.sampled_from(PARAGRAPHS + ["", "   ", "Iran#39;s", "&lt;b&gt;x"]),
                       max_size=6),
       noise=st.text(max_size=60), chunk=st.integers(min_value=20, max_value=400))
def test_offsets_of_coded_text_stay_inside_the_text(picked, noise, chunk):
    text = "\n\n".join(picked) + noise
    (coded,) = code_documents([Document("p", "", text)], Settings(chunk_chars=chunk))
    spans_inside(coded)


def test_frenemy_code_does_not_code_a_text_in_another_language():
    coded = frenemy.code("Le président français a condamné lundi l'attaque russe contre "
                         "l'Ukraine, a indiqué l'Élysée dans un communiqué.")
    assert coded.document.language == "fr" and coded.events == ()


def test_short_english_news_read_as_nigerian_pidgin_is_coded_as_english():
    coded = frenemy.code("Nigeria sends troops to Niger border")
    assert coded.document.language == "en" and coded.events
