"""Reported speech, one test a construction, several sentence shapes each (invented sentences)."""

import pytest

import frenemy
from frenemy.grammar.speech import speech_verbs


def coded(text, date="2021-05-10"):
    return frenemy.code(text, date=date)


def quotes(text, date="2021-05-10"):
    return coded(text, date).quotes


def one(text, contains, date="2021-05-10"):
    """The quote whose text contains `contains`."""
    found = [q for q in quotes(text, date) if contains in q.text]
    assert found, f"no quote with {contains!r} in {[q.text for q in quotes(text, date)]}"
    return found[0]


@pytest.mark.parametrize("row", [v for v in speech_verbs().values() if v.quote], ids=lambda v: v.lemma)
def test_speech_every_quote_row_example_is_a_quote(row):
    assert quotes(row.example), row.example


@pytest.mark.parametrize("text, speaker, content", [
    ("Indian officials said China had moved troops near the border.", "IND", "China had moved troops"),
    ("The Kenyan president said that the election had been fair.", "KEN", "the election had been fair"),
    ("Egypt said on Sunday in a statement that the dam talks had failed.", "EGY", "the dam talks had failed"),
])
def test_speech_indirect_said_that(text, speaker, content):
    quote = one(text, content)
    assert quote.speaker_code[:3] == speaker and quote.kind == "indirect"
    assert not quote.text.startswith("that")


@pytest.mark.parametrize("text, speaker, content", [
    ("Sergei Lavrov told reporters that the talks had stalled.", "RUS", "the talks had stalled"),
    ("The Turkish foreign minister told parliament the border would stay closed.", "TUR",
     "the border would stay closed"),
    ("Wang Yi told his Japanese counterpart on Friday that China wanted calm.", "CHN", "China wanted calm"),
])
def test_speech_told_someone(text, speaker, content):
    assert one(text, content).speaker_code[:3] == speaker


@pytest.mark.parametrize("verb", ["argued", "warned", "insisted", "acknowledged", "conceded", "testified"])
def test_speech_verbs_of_arguing_warning_insisting(verb):
    quote = one(f"The Polish defence minister {verb} that the army needed more tanks.", "the army needed")
    assert quote.speaker_code[:3] == "POL" and quote.verb == verb


@pytest.mark.parametrize("text, speaker, content", [
    ("Troops shelled the village overnight, the Ukrainian defence ministry said in a statement.", "UKR",
     "Troops shelled the village overnight"),
    ("“We will not retreat,” said Volodymyr Zelensky.", "UKR", "We will not retreat"),
    ("The ceasefire is holding, Chinese officials said on Monday.", "CHN", "The ceasefire is holding"),
    ("The deal is dead, said a senior Israeli official who was not named.", "ISR", "The deal is dead"),
])
def test_speech_speaker_after_the_content(text, speaker, content):
    quote = one(text, content)
    assert quote.speaker_code[:3] == speaker
    assert "said" not in quote.text


@pytest.mark.parametrize("text, speaker", [
    ("The White House said the sanctions would stay in place.", "USA"),
    ("The Kremlin said the exercises were routine.", "RUS"),
    ("NATO said its jets had intercepted two bombers.", "IGO"),
])
def test_speech_organisations_as_speakers(text, speaker):
    (quote,) = quotes(text)
    assert quote.speaker_code[:3] == speaker


@pytest.mark.parametrize("text, speaker, content", [
    ("Pakistan closed two crossings, according to Afghan officials.", "AFG", "Pakistan closed two crossings"),
    ("According to the Iraqi interior ministry, the convoy was hit near Mosul.", "IRQ",
     "the convoy was hit near Mosul"),
    ("According to Rodrigo Duterte, the talks were over.", "PHL", "the talks were over"),
])
def test_speech_according_to(text, speaker, content):
    quote = one(text, content)
    assert quote.kind == "according" and quote.speaker_code[:3] == speaker
    assert "according" not in quote.text.lower()


@pytest.mark.parametrize("text", [
    "Putin and Xi discussed trade, according to the report.",
    "Exports fell by a third, according to the data.",
])
def test_speech_according_to_a_document_is_not_a_quote(text):
    assert quotes(text) == ()


@pytest.mark.parametrize("text, first, second", [
    ("Justin Trudeau spoke in Ottawa. He added: “Canada stands with Kyiv.”", "Justin Trudeau",
     "Canada stands with Kyiv"),
    ("“The economy is strong,” Olaf Scholz said. “But we have more work to do in the east.”",
     "“The economy is strong,”", "But we have more work to do"),
    ("“We will not accept this,” Sergei Lavrov told reporters in Moscow.\n\n"
     "“Our partners know where the red lines are, and they will be respected.”", "We will not accept",
     "Our partners know"),
])
def test_speech_continues_across_sentences(text, first, second):
    found = quotes(text)
    later = next(q for q in found if second in q.text)
    speakers = {q.speaker_code for q in found}
    assert len(speakers) == 1 and later.speaker_code
    assert first in later.speaker or any(first in q.text for q in found)


@pytest.mark.parametrize("text, outer, inner", [
    ("The Iranian foreign ministry said Britain had told Oman that the tanker was seized.", "IRN", "GBR"),
    ("Japan said China had claimed that the islands were Chinese.", "JPN", "CHN"),
])
def test_speech_nested(text, outer, inner):
    found = quotes(text)
    codes = {q.speaker_code[:3]: q for q in found}
    assert outer in codes and inner in codes
    assert codes[inner].text in codes[outer].text


@pytest.mark.parametrize("text, speaker, mark", [
    ("Emmanuel Macron said the Russian plan was “a provocation” and had to be rejected.", "FRA",
     "“a provocation”"),
    ("The Chinese embassy said the visit was “a dangerous game” and that Beijing would respond.", "CHN",
     "“a dangerous game”"),
    ("Antony Blinken said the United States would “stand by” its allies.", "USA", "“stand by”"),
])
def test_speech_partial_and_mixed_quotes(text, speaker, mark):
    (quote,) = quotes(text)
    assert quote.kind == "partial" and quote.speaker_code[:3] == speaker and mark in quote.text


@pytest.mark.parametrize("text, name, code", [
    ("Olaf Scholz arrived in Kyiv on Friday. He said Germany would send more air defence systems.",
     "Olaf Scholz", "DEU"),
    ("Foreign ministry spokesman Wang Wenbin spoke in Beijing. The spokesman said the visit was a mistake.",
     "Wang Wenbin", "CHN"),
    ("Hope Hicks met donors in Ohio. Later, she told reporters the campaign had raised record sums.",
     "Hope Hicks", ""),
    ("Russia's foreign ministry summoned the envoy. The ministry said the expulsions were illegal.",
     "foreign ministry", "RUS"),
])
def test_speech_pronoun_and_description_speakers_resolve_to_earlier_mentions(text, name, code):
    quote = quotes(text, date="2022-06-10")[-1]
    assert name in quote.speaker and quote.speaker_code[:3] == code
    assert quote.speaker_text.lower() in {"he", "she", "the spokesman", "the ministry"}


@pytest.mark.parametrize("text", [
    "The plan, the Canadian minister said, would cost five billion dollars.",
    "Iran, the ministry said, will never give up its rights to enrichment.",
])
def test_speech_interrupting_speaker(text):
    (quote,) = quotes(text)
    assert quote.text.endswith(("dollars", "enrichment"))


@pytest.mark.parametrize("text, content", [
    ("Joe Biden promised to rejoin the climate agreement.", "to rejoin the climate agreement"),
    ("The Kremlin denied having any role in the hack.", "having any role in the hack"),
])
def test_speech_infinitive_content(text, content):
    assert one(text, content)


@pytest.mark.parametrize("text", [
    "“We will respond,” Sergei Lavrov said. He added that Moscow had been patient.",
    "Brazil's president said the forest fires were under control.",
    "The deal is dead, said a senior Israeli official.",
    "According to Afghan officials, Pakistan closed two crossings.",
])
def test_speech_offsets_index_the_full_text(text):
    result = coded(text)
    full = result.document.full_text
    for quote in result.quotes:
        assert full[quote.start:quote.end] == quote.text
        assert quote.speaker_start >= 0 and full[quote.speaker_start:quote.speaker_end] == quote.speaker_text
