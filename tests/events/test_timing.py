from datetime import date

import pytest

from frenemy.events.timing import latest_day
from tests.conftest import triples


@pytest.mark.parametrize("phrase, expected", [
    ("1999", date(1999, 12, 31)), ("June of 2007", date(2007, 6, 30)), ("February 2008", date(2008, 2, 29)),
    ("last week", None),
])
def test_latest_day_of_a_date_phrase(phrase, expected):
    assert latest_day(phrase) == expected


@pytest.mark.parametrize("text", [
    "In 2002 Russia expelled two Polish diplomats.",
    "Russia expelled two Polish diplomats in March 2001, the ministry recalled.",
    "Three years ago, India and Pakistan signed a ceasefire agreement.",
    "A decade ago, India and Pakistan signed a ceasefire agreement.",
    "The men were jailed over Iraqi attacks on Kuwait a decade ago.",  # the deed is older than what was done over it
    "Ethiopia shelled Eritrean towns in a short war in 2000.",  # the date of the stretch it happened in
    "The treaty lapsed in 1996, after Moscow normalised ties with Seoul.",  # told by the time of a dated deed
])
def test_events_dated_well_before_the_article_are_background(code, text):
    assert triples(code(text, date="2006-05-01")) == set()


@pytest.mark.parametrize("text, day", [
    ("In 2006 Russia expelled two Polish diplomats.", "2006-05-01"),  # this year's news
    ("Russia has expelled Polish diplomats since 2003.", "2006-05-01"),  # runs up to now
    ("Armenia asked Russia for military aid under a 1997 defence treaty.", "2006-05-01"),  # a date of a thing
    ("Azerbaijan attacked Armenian positions on Tuesday in an offensive that began last week.", "2006-05-01"),
])
def test_events_with_recent_or_unrelated_dates_are_coded(code, text, day):
    assert triples(code(text, date=day))


def test_an_event_noun_telling_the_time_of_a_past_act_is_background_too(code):
    coded = code("Thaksin Shinawatra was ousted by the Thai army in 2006 during his visit to Japan.",
                 date="2010-11-07")
    assert not any(e.plover == "CONSULT" for e in coded.events)


def test_what_a_person_had_done_told_in_a_relative_clause_is_background(code):
    coded = code("Ali Salman, a cleric who had led protests against the government in Manama, was jailed.",
                 date="2015-06-16")
    assert not any(e.plover == "PROTEST" for e in coded.events)
    # a group's deed told so is part of the news
    coded = code("The rebels, who had attacked a police post in Kandahar, were arrested.", date="2010-05-01")
    assert any(e.plover == "ASSAULT" for e in coded.events)
