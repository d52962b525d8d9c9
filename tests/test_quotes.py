import pytest

import frenemy
from tests.conftest import triples


def quotes(text, date="2021-05-10", title=""):
    return frenemy.code(text, date=date, title=title).quotes


def test_quotes_direct_with_curly_and_straight_marks():
    text = ('“We will not accept this,” Sergei Lavrov told reporters in Moscow. '
            '"The door remains open," Antony Blinken said on Monday.')
    found = {q.speaker_code: q for q in quotes(text)}
    assert found["RUSGOV"].text == "“We will not accept this,”"
    assert found["RUSGOV"].kind == "direct" and found["RUSGOV"].verb == "told"
    assert found["USAGOV"].text.startswith('"The door remains open')


def test_quotes_spanning_sentences_and_nested_marks():
    text = ("“Turkey will keep the corridor open. Ships carrying ‘humanitarian’ cargo will pass,” "
            "Recep Tayyip Erdogan said in Ankara.")
    (quote,) = quotes(text)
    assert quote.speaker_code == "TURGOV"
    assert "keep the corridor open" in quote.text and "‘humanitarian’ cargo" in quote.text


def test_quotes_partial_quote_inside_reported_speech():
    (quote,) = quotes("Emmanuel Macron said the Russian plan was “a provocation” and had to be rejected.")
    assert quote.speaker_code == "FRAGOV" and "“a provocation”" in quote.text
    assert quote.kind == "partial"


def test_quotes_indirect_speech_and_according_to():
    found = quotes("Indian officials said China had moved troops near the border. "
                   "Pakistan closed two crossings, according to Afghan officials.")
    by_code = {q.speaker_code: q for q in found}
    assert by_code["INDGOV"].text == "China had moved troops near the border"
    assert by_code["AFGGOV"].kind == "according"
    assert by_code["AFGGOV"].text == "Pakistan closed two crossings"


def test_quotes_speaker_named_before_by_pronoun_and_after_the_quote():
    found = quotes("Olaf Scholz arrived in Kyiv on Friday. He said Germany would send more air "
                   "defence systems. The aid will continue, Scholz added.", date="2022-06-10")
    assert [q.speaker_code for q in found] == ["DEUGOV", "DEUGOV"]
    assert found[0].speaker == "Olaf Scholz"  # the pronoun's antecedent


def test_quotes_block_quote_without_marks_after_an_introducing_paragraph():
    text = ("Kremlin spokesman Dmitry Peskov answered the question at his daily briefing\n\n"
            "We see no reason to change our position. Our cooperation with Beijing continues "
            "and we expect it to grow\n\n"
            "The briefing ended shortly after noon.")
    (quote,) = quotes(text, date="2020-03-01")
    assert quote.kind == "block" and quote.speaker_code == "RUSGOV"
    assert quote.text.startswith("We see no reason") and "briefing ended" not in quote.text


def test_quotes_scare_quotes_are_not_quotes():
    assert quotes("Washington's policy of “strategic patience” toward Pyongyang has ended.") == ()


@pytest.mark.parametrize("verb", ["insisted", "warned", "claimed", "argued", "noted"])
def test_quotes_reporting_verbs(verb):
    (quote,) = quotes(f"The Iranian foreign ministry {verb} that Britain had seized the tanker.")
    assert quote.speaker_code == "IRNGOV" and quote.verb == verb


def test_quotes_introduced_by_a_colon_after_the_speech_verb():
    (quote,) = quotes('Sergei Lavrov said: "We will respond to any provocation." The talks ended.')
    assert quote.speaker_code == "RUSGOV" and quote.text == '"We will respond to any provocation."'
    (told,) = quotes("Wang Yi told reporters on Monday, “China will not be bullied.”")
    assert told.speaker_code == "CHNGOV" and told.text == "“China will not be bullied.”"


def test_quotes_a_quoted_paragraph_continues_the_previous_speaker():
    text = ("“We will not accept this,” Sergei Lavrov told reporters in Moscow.\n\n"
            "“Our partners know where the red lines are, and they will be respected.”\n\n"
            "The ministry gave no details.")
    found = quotes(text)
    assert [q.speaker_code for q in found] == ["RUSGOV", "RUSGOV"]
    assert found[1].text.startswith("“Our partners know")


@pytest.mark.parametrize("text, expected", [
    ('"We condemn the American strikes on Syria," Russian Foreign Minister Sergei Lavrov said.',
     ("RUS", "ACCUSE", "USA")),
    ('"To the European Union, I appeal for the removal of these sanctions," said Zimbabwean President '
     'Robert Mugabe.', ("ZWE", "REQUEST", "IGO")),
    ('Lavrov said: "We condemn the American strikes on Syria."', ("RUS", "ACCUSE", "USA")),
])
def test_first_person_in_a_quotation_is_its_speaker(code, text, expected):
    coded = code(text, date="2008-04-01")
    assert expected in triples(coded)
    assert any(m.how == "quote speaker" for m in coded.mentions)
