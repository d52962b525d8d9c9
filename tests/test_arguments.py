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


def test_a_name_next_to_the_verb_taken_for_an_adverb_is_its_object():
    # "Egypt sentences Morsi to death", with "Morsi" tagged an adverb but still a PERSON entity
    words = ["Egypt", "sentences", "Morsi", "to", "death"]
    doc = Doc(VOCAB, words=words, pos=["PROPN", "VERB", "ADV", "ADP", "NOUN"], heads=[1, 1, 1, 1, 3],
              deps=["nsubj", "ROOT", "advmod", "prep", "pobj"], ents=["B-GPE", "O", "B-PERSON", "O", "O"])
    assert [t.text for t in objects_of(doc[1])] == ["Morsi"]
    # a real adverb there is no object
    doc = Doc(VOCAB, words=["Russia", "attacked", "Again"], pos=["PROPN", "VERB", "ADV"], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "advmod"], ents=["B-GPE", "O", "O"])
    assert objects_of(doc[1]) == []


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


def test_a_full_sentence_whose_verb_hangs_on_its_subject_is_active():
    # "Kenya's party called on Kibaki to resign." parsed with "party" the root and "called" its modifier
    words = ["Kenya", "'s", "party", "called", "on", "Kibaki", "to", "resign", "."]
    heads = [2, 0, 2, 2, 3, 4, 7, 3, 2]
    deps = ["poss", "case", "ROOT", "acl", "prep", "pobj", "aux", "xcomp", "punct"]
    tags = ["NNP", "POS", "NN", "VBN", "IN", "NNP", "TO", "VB", "."]
    pos = ["PROPN", "PART", "NOUN", "VERB", "ADP", "PROPN", "PART", "VERB", "PUNCT"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert not is_passive(doc[3]) and subject_of(doc[3]).text == "party"
    # "Thousands forced to flee." stays a reduced passive: nothing stands between verb and infinitive
    doc = Doc(VOCAB, words=["Thousands", "forced", "to", "flee", "."], heads=[0, 0, 3, 1, 0],
              deps=["ROOT", "acl", "aux", "xcomp", "punct"], tags=["NNS", "VBN", "TO", "VB", "."],
              pos=["NOUN", "VERB", "PART", "VERB", "PUNCT"])
    assert is_passive(doc[1])


def test_a_gerund_after_a_measure_of_time_takes_the_clause_subject():
    # "Tsvangirai took refuge, a day after pulling out": "day" an npadvmod of "took"
    words = ["Tsvangirai", "took", "refuge", "a", "day", "after", "pulling", "out"]
    heads = [1, 1, 1, 4, 1, 4, 5, 6]
    deps = ["nsubj", "ROOT", "dobj", "det", "npadvmod", "prep", "pcomp", "prt"]
    pos = ["PROPN", "VERB", "NOUN", "DET", "NOUN", "ADP", "VERB", "ADP"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[6]).text == "Tsvangirai"


def test_a_call_conjoined_to_a_reported_verdict_is_the_speakers():
    # "A spokesman said the force was unacceptable and called on the army to ...": "called" hangs on "was"
    words = ["spokesman", "said", "force", "was", "unacceptable", "and", "called", "on", "army"]
    heads = [1, 1, 3, 1, 3, 3, 3, 6, 7]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "cc", "conj", "prep", "pobj"]
    pos = ["NOUN", "VERB", "NOUN", "AUX", "ADJ", "CCONJ", "VERB", "ADP", "NOUN"]
    lemmas = ["spokesman", "say", "force", "be", "unacceptable", "and", "call", "on", "army"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert subject_of(doc[6]).text == "spokesman"


def test_an_opening_past_participle_is_a_passive_of_the_main_subject():
    """"Asked about the talks, the minister urged Kyiv to negotiate": the minister was asked;
    the participle has no subject of its own (a hand-built parse pins the rule)."""
    from spacy.vocab import Vocab

    words = ["Asked", "about", "the", "talks", ",", "the", "minister", "urged", "Kyiv", "to", "negotiate"]
    heads = [7, 0, 3, 1, 7, 6, 7, 7, 7, 10, 7]
    deps = ["advcl", "prep", "det", "pobj", "punct", "det", "nsubj", "ROOT", "dobj", "aux", "xcomp"]
    tags = ["VBN", "IN", "DT", "NNS", ",", "DT", "NN", "VBD", "NNP", "TO", "VB"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    asked = doc[0]
    assert is_passive(asked)
    assert subject_of(asked) is None
    assert patient_of(asked).text == "minister"
    assert subject_of(doc[7]).text == "minister"


def test_an_epithet_read_as_a_second_subject_gives_way_to_the_name():
    # "Sudan's paramilitary Rapid Support Forces shelled a camp": two subjects, the first an adjective
    words = ["Sudan", "'s", "paramilitary", "Rapid", "Support", "Forces", "shelled", "a", "camp"]
    heads = [2, 0, 6, 5, 5, 6, 6, 8, 6]
    deps = ["poss", "case", "nsubj", "compound", "compound", "nsubj", "ROOT", "det", "dobj"]
    pos = ["PROPN", "PART", "ADJ", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[6]).text == "Forces"
