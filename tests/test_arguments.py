"""Grammatical repairs in frenemy.grammar.arguments, pinned on hand-built parses."""

from spacy.lang.en import English
from spacy.tokens import Doc

from frenemy.grammar.arguments import clause_subject, is_passive, objects_of, patient_of, subject_of

VOCAB = English().vocab


def test_a_name_the_parser_hung_on_the_verb_as_a_modifier_is_its_object():
    # "soldiers on Monday detained Besigye", with "Besigye" parsed as npadvmod
    doc = Doc(VOCAB, words=["soldiers", "on", "Monday", "detained", "Besigye"],
              pos=["NOUN", "ADP", "PROPN", "VERB", "PROPN"], heads=[3, 3, 1, 3, 3],
              deps=["nsubj", "prep", "pobj", "ROOT", "npadvmod"])
    assert [t.text for t in objects_of(doc[3])] == ["Besigye"]
    # a time word before the verb is no object
    doc = Doc(VOCAB, words=["Monday", "Russia", "attacked"], pos=["PROPN", "PROPN", "VERB"],
              heads=[2, 2, 2], deps=["npadvmod", "nsubj", "ROOT"])
    assert objects_of(doc[2]) == []


def test_a_that_clause_whose_verb_was_read_as_a_noun_keeps_its_subject():
    # "demanded that Kenyatta resign", with "resign" a NOUN and "Kenyatta" its compound
    doc = Doc(VOCAB, words=["Odinga", "demanded", "that", "Kenyatta", "resign"],
              pos=["PROPN", "VERB", "SCONJ", "PROPN", "NOUN"], heads=[1, 1, 4, 4, 1],
              deps=["nsubj", "ROOT", "mark", "compound", "ccomp"])
    assert clause_subject(doc[1]).text == "Kenyatta"


def test_a_participle_conjoined_to_a_passive_is_passive_and_shares_its_agent():
    words = ["Soldiers", "were", "beaten", "and", "killed", "by", "militias", "."]
    heads = [2, 2, 2, 2, 2, 4, 5, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "cc", "conj", "agent", "pobj", "punct"]
    tags = ["NNS", "VBD", "VBN", "CC", "VBN", "IN", "NNS", "."]
    pos = ["NOUN", "AUX", "VERB", "CCONJ", "VERB", "ADP", "NOUN", "PUNCT"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    beaten, killed = doc[2], doc[4]
    assert is_passive(killed)
    assert subject_of(killed).text == "militias" and subject_of(beaten).text == "militias"
    assert patient_of(killed).text == "Soldiers"
