import pytest

from frenemy.config import Settings
from frenemy.errors import ConfigError
from frenemy.nlp import load_pipeline, parse_one


@pytest.mark.parametrize("text, sentences", [
    ("Test headline\n\nRussia condemned Ukraine on Monday.", ["Test headline", "Russia condemned Ukraine on Monday."]),
    ("A dateline\nPeru recalled its envoy. Chile said nothing.",
     ["A dateline", "Peru recalled its envoy.", "Chile said nothing."]),
    ("We disagree with this\nIran must be part of it", ["We disagree with this", "Iran must be part of it"]),
    ("“We will act,” Lavrov said. He left.", ["“We will act,” Lavrov said.", "He left."]),
])
def test_nlp_sentences_break_at_lines_and_only_after_terminal_punctuation(text, sentences):
    assert [s.text.strip() for s in parse_one(text).sents] == sentences


def test_nlp_pipeline_is_loaded_once_and_the_model_is_configurable(monkeypatch):
    assert load_pipeline(Settings().model) is load_pipeline(Settings().model)
    monkeypatch.setenv("FRENEMY_MODEL", "some_other_model")
    assert Settings().model == "some_other_model"
    with pytest.raises(ConfigError, match="'some_other_model' is not installed"):
        load_pipeline("some_other_model")


def test_nlp_corrects_verb_lemmas_the_rule_lemmatizer_gets_wrong():
    doc = parse_one("China staged drills after the rebels waged war and Brussels fined Apple.")
    verbs = {t.text: t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert verbs["staged"] == "stage" and verbs["waged"] == "wage" and verbs["fined"] == "fine"


def test_sentences_do_not_end_at_a_title_or_a_lone_initialism():
    doc = parse_one("U.S. Senator Jane Hale visited Ghana. Mrs. Hale said Gen. Smith agreed.")
    assert [s.text for s in doc.sents] == ["U.S. Senator Jane Hale visited Ghana.",
                                           "Mrs. Hale said Gen. Smith agreed."]
    # an initialism that ends a sentence still ends it
    doc = parse_one("Russia imposed sanctions on the U.S. The president said it was unfair.")
    assert len(list(doc.sents)) == 2


def test_a_hyphen_after_a_dotted_initialism_is_split_off():
    from frenemy.config import Settings
    from frenemy.nlp import load_pipeline

    nlp = load_pipeline(Settings().model)
    words = [t.text for t in nlp("The U.S.-led coalition and U.N.-brokered talks, a well-known e-mail.")]
    assert words[1:4] == ["U.S.", "-", "led"] and "U.N." in words
    assert "well-known" not in words and "e" in words  # spaCy's own hyphen rules are kept


def test_neither_nor_negates_both_verbs_it_joins():
    """A hand-built parse of "Kosovo would neither accept nor recognise the vote", as the parser
    gives it: "neither" a preconj and "nor" a cc of the first verb."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from frenemy.nlp import correlative_negation

    words = ["Kosovo", "would", "neither", "accept", "nor", "recognise", "the", "vote"]
    heads = [3, 3, 3, 3, 3, 3, 7, 5]
    deps = ["nsubj", "aux", "preconj", "ROOT", "cc", "conj", "det", "dobj"]
    pos = ["PROPN", "AUX", "CCONJ", "VERB", "CCONJ", "VERB", "DET", "NOUN"]
    doc = correlative_negation(Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos))
    assert [c.text for c in doc[3].children if c.dep_ == "neg"] == ["neither"]
    assert [c.text for c in doc[5].children if c.dep_ == "neg"] == ["nor"]
    assert list(doc.sents)[0].text == " ".join(words)


def test_neither_nor_in_a_parsed_sentence_is_a_refusal_of_both():
    import frenemy

    coded = frenemy.code("Kosovo said it would neither accept nor recognise the new Serbian government.",
                         date="2016-07-12")
    assert {(e.source[:3], e.plover, e.target[:3]) for e in coded.events} == {("XKX", "REJECT", "SRB")}


def test_a_preposition_left_without_its_object_gets_the_noun_phrase_after_it():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from frenemy.nlp import dangling_prepositions

    words = ["Putin", "ridiculed", "in", "two", "Ukrainian", "TV", "sketches"]
    heads = [1, 1, 1, 6, 6, 6, 1]  # "sketches" misread as the verb's object, "in" left empty
    deps = ["nsubj", "ROOT", "prep", "nummod", "amod", "compound", "dobj"]
    pos = ["PROPN", "VERB", "ADP", "NUM", "ADJ", "NOUN", "NOUN"]
    doc = dangling_prepositions(Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos))
    assert (doc[6].dep_, doc[6].head.text) == ("pobj", "in")
    assert not [c for c in doc[1].children if c.dep_ == "dobj"]  # "sketches" is now the preposition's


def test_a_stranded_preposition_keeps_the_parse():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from frenemy.nlp import dangling_prepositions

    words = ["a", "person", "lied", "to", "by", "his", "recruiter"]
    heads = [1, 1, 1, 2, 2, 6, 4]
    deps = ["det", "ROOT", "acl", "prep", "agent", "poss", "pobj"]
    pos = ["DET", "NOUN", "VERB", "ADP", "ADP", "PRON", "NOUN"]
    doc = dangling_prepositions(Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos))
    assert [(t.dep_, t.head.i) for t in doc] == list(zip(deps, heads, strict=True))


def test_an_object_shifted_after_the_as_phrase_is_the_verb_s_object():
    import spacy
    from spacy.tokens import Doc

    from frenemy.nlp import shifted_objects

    words = ["Hungary", "denounced", "as", "a", "mistake", "Romania", "'s", "decision"]
    heads = [1, 1, 1, 4, 2, 7, 5, 4]  # "decision" read as an apposition of "mistake"
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "poss", "case", "appos"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "PROPN", "PART", "NOUN"]
    doc = shifted_objects(Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos))
    assert (doc[7].dep_, doc[7].head.text) == ("dobj", "denounced")  # "decision", Romania's
