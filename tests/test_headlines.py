import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from frenemy.headlines import (
    headline_verb,
    is_title_case,
    name_words_in,
    parse_text,
    reroot_at_verb,
    sentence_case,
)
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


VERBS = frozenset({"halt", "attack", "sign", "state"})
VOCAB = English().vocab


def noun_chain(words: list[str], pos: list[str]) -> Doc:
    """A headline as the tagger reads it with no verb: every word a compound of the last."""
    last = len(words) - 1
    return Doc(VOCAB, words=words, pos=pos, heads=[last] * last + [last],
               deps=["compound"] * last + ["ROOT"])


def test_a_verbless_headline_is_rerooted_at_its_s_form_verb():
    doc = noun_chain(["Congo", "army", "attacks", "rebels"], ["PROPN", "NOUN", "NOUN", "NOUN"])
    verb, base = headline_verb(doc[:], VERBS)
    assert (verb.text, base) == ("attacks", "attack")
    reroot_at_verb(doc[:], verb, base)
    assert [(t.text, t.dep_, t.head.text) for t in doc] == [
        ("Congo", "compound", "army"), ("army", "nsubj", "attacks"),
        ("attacks", "ROOT", "attacks"), ("rebels", "dobj", "attacks")]
    assert (doc[2].pos_, doc[2].lemma_) == ("VERB", "attack")


def test_a_list_of_names_takes_a_base_form_verb_and_becomes_a_conjunction():
    doc = noun_chain(["Peru", ",", "Chile", "sign", "pact"], ["PROPN", "PUNCT", "PROPN", "NOUN", "NOUN"])
    verb, base = headline_verb(doc[:], VERBS)
    reroot_at_verb(doc[:], verb, base)
    assert (doc[0].dep_, doc[2].dep_, doc[2].head.text, doc[4].dep_) == ("nsubj", "conj", "Peru", "dobj")


@pytest.mark.parametrize("words, pos", [
    (["Peace", "talks", "in", "Oslo"], ["NOUN", "NOUN", "ADP", "PROPN"]),  # "talks" is no verb here
    (["Aid", "for", "swing", "states"], ["NOUN", "ADP", "NOUN", "NOUN"]),  # nothing after the verb form
    (["Turkey", "halts", "trade"], ["PROPN", "VERB", "NOUN"]),  # the tagger found the verb
])
def test_no_verb_is_made_where_none_is_missing_or_none_fits(words, pos):
    doc = Doc(VOCAB, words=words, pos=pos)
    assert headline_verb(doc[:], VERBS) is None


@pytest.mark.parametrize("title, expected", [
    ("Turkey halts trade with Israel", ("TUR", "SANCTION", "ISR")),
    ("Colombia army attacks rebels near Cali", ("COL", "ASSAULT", "COL")),
    ("Japan slaps sanctions on North Korea", ("JPN", "SANCTION", "PRK")),
    ("Kenyan police arrest opposition leader", ("KEN", "COERCE", "KEN")),
    ("Indian Police Fire Tear Gas At Protesters In Delhi", ("IND", "ASSAULT", "IND")),
])
def test_headline_verbs_read_as_nouns_still_give_events(code, title, expected):
    coded = code("Officials gave no further details.", title=title, date="2012-05-01")
    assert expected in triples(coded)


def test_only_names_standing_whole_in_a_headline_keep_their_capitals():
    names = frozenset({"UN Security Council", "Kenya", "Irish Republican Army"})
    kept = name_words_in("UN Security Council Condemns Kenya As Army Moves In", names)
    assert kept == {"UN", "Security", "Council", "Kenya"}  # "Army" alone is a common word
    assert "Army" in name_words_in("Irish Republican Army Ends Campaign", names)
