import pytest

from frenemy.clean import clean
from frenemy.records import Document

ARTICLE = [
    "Chile and Peru agreed on Monday to share data on fishing fleets, officials said.",
    "The agreement, signed in Lima, covers the next five years.",
    "Peru's newspaper El Faro, which has half a million subscribers, first reported the talks.",
]


def cleaned(tail: list[str], *, sep: str = "\n") -> Document:
    return clean(Document("d", "Chile and Peru sign deal", sep.join(ARTICLE + tail)))


def test_clean_removes_a_feed_footer_and_keeps_every_article_sentence():
    doc = cleaned(["The post Chile and Peru sign deal appeared first on Pacific Desk."])
    assert doc.text == "\n".join(ARTICLE)
    assert [r.reason for r in doc.removed] == ["feed footer"]


def test_clean_removes_bio_syndication_and_donation_block_at_the_end():
    tail = [
        "Maria Lopez is a senior correspondent for the Pacific Desk and the author of two books "
        "on fishing.",
        "This article was produced by Pacific Desk, a project of the Ocean Media Trust.",
        "Do you value reporting like this?",
        "We rely on readers. Every contribution, large or small, keeps our reporters in the field.",
        "Donate now by card or bank transfer.",
        "{{ page.tracking.pixel }}",
        "© 2024 Ocean Media Trust. All rights reserved. Serif fonts provided by typeshop.example.",
    ]
    doc = cleaned(tail, sep="\n\n")
    assert doc.text == "\n\n".join(ARTICLE)
    reasons = [r.reason for r in doc.removed]
    assert reasons[0] == "author bio" and "donation appeal" in reasons and len(reasons) == len(tail)


def test_clean_keeps_an_article_that_mentions_subscribers_and_donations_in_passing():
    text = "\n".join([
        ARTICLE[2],
        "Donors pledged more aid at the conference in Geneva on Tuesday, the UN said.",
        "Germany promised 50 million euros and France another 30 million, officials said.",
        "Talks will continue in Rome next month, according to a statement from the hosts.",
    ])
    doc = clean(Document("d", "Aid talks", text))
    assert doc.text == text and doc.removed == ()


def test_clean_fixes_entity_residue_and_inline_template_residue():
    text = "Iran#39;s envoy said &quot;no&quot; {{ ad.slot }}today."
    doc = clean(Document("d", "Iran#39;s envoy", text))
    assert doc.title == "Iran's envoy"
    assert doc.text == 'Iran\'s envoy said "no" today.'
    assert [r.reason for r in doc.removed] == ["template residue"]


def test_clean_puts_a_wire_dateline_on_its_own_line():
    text = "BEIJING, June 18 (Wire) - China accused the Philippines of ramming a boat."
    doc = clean(Document("d", "Talks", text))
    assert doc.text == "BEIJING, June 18 (Wire)\nChina accused the Philippines of ramming a boat."
    several = "BAMAKO/NIAMEY, Jan 28 (Wire) - Mali said it was leaving the bloc."
    assert clean(Document("d", "Bloc", several)).text == \
        "BAMAKO/NIAMEY, Jan 28 (Wire)\nMali said it was leaving the bloc."
    kept = clean(Document("d", "Talks", "NATO - the alliance - met in Brussels."))
    assert kept.text == "NATO - the alliance - met in Brussels."


def test_clean_removes_a_live_blog_time_stamp_and_keeps_it_in_removed():
    text = "09:40 GMT - Oman closed its border.\n\n12.40pm: Bahrain recalled its envoy.\n\nAt 14:00 - 15:00 talks ran."
    doc = clean(Document("d", "Live", text))
    assert doc.text == "Oman closed its border.\n\nBahrain recalled its envoy.\n\nAt 14:00 - 15:00 talks ran."
    assert [(r.reason, r.text) for r in doc.removed] == [("time stamp", "09:40 GMT"), ("time stamp", "12.40pm")]


@pytest.mark.parametrize("text", [
    # one-line bodies (JSONL records) that mention giving, in the body and at the end
    "Norway said on Friday it would contribute 300 million crowns to the fund for Sudan, "
    "and urged other donors to follow with a donation of their own.",
    "Brazil hosted the donors' conference on Tuesday.\n\nGermany pledged the largest "
    "contribution, officials said.\n\nJapan will donate field hospitals to the region.",
    "Kenya's army will contribute troops to the mission.\n\n"
    "\"We will support our neighbours,\" the defence minister said.\n\nSubscribers to the plan "
    "include Uganda and Rwanda, which made contributions last year.",
])
def test_clean_never_removes_article_text_for_a_keyword(text):
    doc = clean(Document("d", "Aid pledges", text))
    assert doc.text == text and doc.removed == ()


def test_clean_removes_a_short_appeal_to_the_reader_at_the_end_and_furniture_at_the_start():
    text = "\n\n".join(["Advertisement", ARTICLE[0], ARTICLE[1],
                        "Support our reporting: donate today.", "Sign up for our newsletter."])
    doc = clean(Document("d", "Deal", text))
    assert doc.text == "\n\n".join(ARTICLE[:2])
    reasons = [r.reason for r in doc.removed]
    assert reasons == ["donation appeal", "donation appeal", "page furniture"]


@pytest.mark.parametrize("damaged, repaired", [
    ("Iran#39;s envoy said quot;noquot; on Monday.", "Iran's envoy said \"no\" on Monday."),
    ("&lt;b&gt;Breaking:&lt;/b&gt; talks in S\u00c3\u00a3o Paulo",
     "Breaking: talks in S\u00e3o Paulo"),
    ("the &amp;quot;red line&amp;quot; at the camp; then", "the \"red line\" at the camp; then"),
    ("Caf\u00c3\u00a9 diplomacy &#8212; again", "Caf\u00e9 diplomacy \u2014 again"),
])
def test_clean_repairs_mojibake_and_entity_residue(damaged, repaired):
    assert clean(Document("d", "", damaged)).text == repaired


@pytest.mark.parametrize("tail, sep", [
    (["==Related stories== *Chilean navy seizes trawler, March 3, 2011 *Peru protests seizure"], " "),
    (["== See also == * Fishing dispute timeline"], " "),
    (["Related news:", "Chile recalls envoy", "Peru summons ambassador"], "\n"),
])
def test_clean_removes_a_closing_section_of_links_to_other_stories(tail, sep):
    doc = cleaned(tail, sep=sep)
    assert all(sentence in doc.text for sentence in ARTICLE)
    assert "seizes" not in doc.text and "timeline" not in doc.text and "recalls" not in doc.text
    assert [r.reason for r in doc.removed] == ["links to other stories"]


def test_clean_keeps_a_section_heading_as_a_line_of_its_own():
    doc = clean(Document("d", "", "The talks ended. ===Reaction=== In Lima, the minister welcomed the deal."))
    assert doc.text.split("\n\n") == ["The talks ended.", "Reaction", "In Lima, the minister welcomed the deal."]
    assert not doc.removed


def test_clean_rejoins_a_demonym_a_lost_link_split():
    kept = clean(Document("d", "Ministers meet at a South America n summit",
                          "Two Kenya n soldiers were hurt. Oman i envoys left. Oman is calm."))
    assert kept.title == "Ministers meet at a South American summit"
    assert kept.text == "Two Kenyan soldiers were hurt. Omani envoys left. Oman is calm."


@pytest.mark.parametrize("text", [
    "Plain ASCII news: the minister said so; talks resume Monday.",
    "Windows line ends\r\nand a form feed\x0chere",
    "A terminal escape \x1b[1mbold\x1b[0m and a bell\x07 in the copy",
    "Tabs\tand\nnew lines stay",
])
def test_repair_of_ascii_text_is_what_ftfy_makes_of_it(text):
    import ftfy

    from frenemy.clean import fix_residue, repair

    assert repair(text) == fix_residue(ftfy.fix_text(text, uncurl_quotes=False, unescape_html=False))
