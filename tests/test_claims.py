import pytest

import frenemy
from frenemy.claims import group_claims, similar


def claims(text, date="2021-05-10"):
    return frenemy.code(text, date=date).claims


def stances(found):
    return {(p.actor[:3], p.stance) for c in found for p in c.positions}


def test_claims_reported_speech_is_asserted_by_the_speaker():
    (claim,) = claims("Ukraine insists that Russian forces shelled the power plant.")
    assert claim.text == "Russian forces shelled the power plant"
    assert stances([claim]) == {("UKR", "assert")}


def test_claims_predictions_and_demands_are_not_claims():
    assert claims("Poland said Russia would attack again. Egypt said Ethiopia must stop filling the dam.") == ()


def test_claims_noun_with_content_and_deny_verb():
    found = claims("China rejected Australian allegations that Chinese hackers targeted its parliament.")
    assert [c.text for c in found] == ["Chinese hackers targeted its parliament"]
    assert stances(found) == {("AUS", "assert"), ("CHN", "deny")}


def test_claims_support_doubt_and_disagreement_with_earlier_claims():
    text = ("Serbia insists that Kosovo police raided the village. "
            "Albania rejected the charge and backed Kosovo's claim that the police only patrolled the road. "
            "Croatia cast doubt on the Serbian allegations.")
    found = claims(text)
    raid = next(c for c in found if "raided" in c.text)
    patrol = next(c for c in found if "patrolled" in c.text)
    assert {(p.actor[:3], p.stance) for p in raid.positions} >= {
        ("SRB", "assert"), ("ALB", "deny"), ("HRV", "doubt")}
    assert {(p.actor[:3], p.stance) for p in patrol.positions} >= {("XKX", "assert"), ("ALB", "support")}
    assert patrol.key in raid.opposed


def test_claims_judgements_of_evidence_take_a_position():
    text = ("Britain presented evidence alleging that Russian agents poisoned the defector. "
            "France said the British evidence was convincing. "
            "Russia said the evidence was fabricated.")
    (claim,) = claims(text)
    assert stances([claim]) == {("GBR", "assert"), ("FRA", "support"), ("RUS", "deny")}


def test_claims_descriptions_and_disagreement():
    found = claims("Moscow voiced disagreement with Washington's description of Wagner as a criminal group.")
    assert stances(found) == {("USA", "assert"), ("RUS", "deny")}


def test_claims_across_documents_are_merged_and_disputes_propagate():
    a = frenemy.code("Iran insists that the tanker entered Iranian waters. "
                     "Britain rejected the charge and backed Oman's claim that the tanker stayed in Omani waters.",
                     date="2019-07-20", doc_id="a").claims
    b = frenemy.code("Tehran said the tanker entered Iranian waters on Friday.", date="2019-07-21",
                     doc_id="b").claims
    groups = group_claims(list(a) + list(b))
    entered = next(g for g in groups if "entered" in g.text)
    stayed = next(g for g in groups if "stayed" in g.text)
    assert entered.doc_ids == ["a", "b"] and entered.dispute == stayed.dispute is not None
    sides = {(p.actor[:3], p.stance) for p in stayed.positions}
    assert ("IRN", "deny") in sides  # Iran asserts one side of the dispute, so denies the other


def test_claims_similarity_tells_paraphrase_from_contradiction():
    assert similar("the drone was shot down over Iranian territory",
                   "the drone was shot down over Iranian territory last week")
    assert not similar("Iran shot down a drone in international airspace",
                       "a drone was in Iranian airspace when Iran shot it down")


def test_claims_a_rejection_conjoined_to_reported_speech_is_the_speakers(code):
    coded = code("The Kremlin said Ukraine had shelled the dam.\n\n"
                 "Russian Foreign Minister Sergei Lavrov said Ukraine shelled the dam and "
                 "rejected the Western claims as lies.", date="2023-06-07")
    actors = {(p.actor[:3], p.stance) for c in coded.claims for p in c.positions}
    assert ("UKR", "deny") not in actors


@pytest.mark.parametrize("text, polarity", [
    ("Chile says that Peru attacked the border post.", "+"),
    ("Chile says that Peru did not attack the border post.", "-"),
    ("Chile says that Peru never attacked the border post.", "-"),
    ("Chile says that Peru no longer attacks border posts.", "-"),
    ("Chile says Peru's army wasn't near the border post.", "-"),
])
def test_claims_polarity_is_read_from_the_proposition(text, polarity):
    (claim,) = claims(text)
    assert claim.polarity == polarity and stances([claim]) == {("CHL", "assert")}


@pytest.mark.parametrize("against, stance", [
    ("Moscow says that Iran did not attack the tankers in the Gulf.", "assert"),
    ("Moscow says that Iran never attacked the tankers in the Gulf.", "assert"),
    ("Moscow says that Iran no longer attacks tankers in the Gulf.", "assert"),
    ("Moscow denied that Iran attacked the tankers in the Gulf.", "deny"),
    ("Moscow rejected claims that Iran attacked the tankers in the Gulf.", "deny"),
])
def test_claims_a_claim_and_its_negation_are_one_dispute_with_opposite_sides(against, stance):
    a = frenemy.code("Washington claims that Iran attacked the tankers in the Gulf.", date="2019-06-14",
                     doc_id="a").claims
    b = frenemy.code(against, date="2019-06-15", doc_id="b").claims
    assert {p.stance for c in b for p in c.positions} == {stance}
    groups = group_claims(list(a) + list(b))
    assert len({g.dispute for g in groups}) == 1 and groups[0].dispute is not None
    positive = next(g for g in groups if g.polarity == "+")
    sides = {p.actor[:3]: p.stance for p in positive.positions}
    assert sides == {"USA": "assert", "RUS": "deny"}
    for group in groups:  # never merged across polarity
        assert len({c.polarity for c in group.claims}) == 1


def test_claims_same_polarity_paraphrases_merge_across_documents():
    a = frenemy.code("Israel said that Iran shot down the drone.", date="2019-06-20", doc_id="a").claims
    b = frenemy.code("Britain said Tehran shot down the drone.", date="2019-06-21", doc_id="b").claims
    (group,) = group_claims(list(a) + list(b))
    assert group.doc_ids == ["a", "b"] and {p.actor[:3] for p in group.positions} == {"ISR", "GBR"}


@pytest.mark.parametrize("text, speaker", [
    ("Russia's foreign ministry summoned the envoy. The ministry said Kyiv had shelled the dam.", "RUS"),
    ("Serbian President Aleksandar Vucic spoke in Belgrade. He said Kosovo police had raided the village.", "SRB"),
])
def test_claims_speakers_named_by_pronoun_or_description(text, speaker):
    found = claims(text, date="2023-06-07")
    assert (speaker, "assert") in stances(found)
