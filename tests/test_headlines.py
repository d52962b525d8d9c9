import pytest

from frenemy.headlines import is_title_case, parse_text, sentence_case
from frenemy.records import Document
from tests.conftest import triples


@pytest.mark.parametrize("title, expected", [
    ("Pakistan Expels Two Indian Diplomats Over Spying Row", True),
    ("EU Slaps New Sanctions On Belarus After Election", True),
    ("Pakistan expels two Indian diplomats over spying row", False),
    ("Obama Meets Merkel", False),  # too few long words to tell
    ("PAKISTAN EXPELS TWO INDIAN DIPLOMATS", False),  # all capitals: left as it is
])
def test_title_case_is_told_from_sentence_case(title, expected):
    assert is_title_case(title) is expected


def test_sentence_case_keeps_the_first_word_known_names_and_acronyms():
    keep = frozenset({"Pakistan", "Indian"})
    out = sentence_case("Pakistan Expels Two Indian Diplomats Over Spying Row At UN", keep)
    assert out == "Pakistan expels two Indian diplomats over spying row at UN"
    assert len(out) == len("Pakistan Expels Two Indian Diplomats Over Spying Row At UN")


def test_parse_text_changes_only_a_title_case_headline():
    body = "Islamabad Gave No Reason. It said so."
    doc = Document("d", "Pakistan Expels Two Indian Diplomats Over Spying Row", body)
    text = parse_text(doc)
    assert text.endswith(body) and len(text) == len(doc.full_text)
    plain = Document("d", "Pakistan expels diplomats", body)
    assert parse_text(plain) == plain.full_text


@pytest.mark.parametrize("title, expected", [
    ("Pakistan Expels Two Indian Diplomats Over Spying Row", ("PAK", "SANCTION", "IND")),
    ("Israeli Jets Strike Hamas Targets In Gaza", ("ISR", "ASSAULT", "PSE")),
    ("Chile Recalls Its Ambassador From Nicaragua", ("CHL", "SANCTION", "NIC")),
])
def test_title_case_headlines_give_their_events_with_the_original_words(code, title, expected):
    coded = code("Officials gave no further details.", title=title, date="2012-05-01")
    assert expected in triples(coded)
    headline = next(e for e in coded.events if e.sent_index == 0)
    assert headline.sentence == title  # evidence keeps the headline as written
