"""Event locations on invented sentences: each names where its event happened, and the test
says the country (and rule) a reader would give. These are also the hand-checked cases of
docs/LOCATION.md."""

import pytest

# (text, event (source country, PLOVER type, target country), ISO alpha-3 of the location, how)
CASES = [
    ("Russian forces shelled the city of Kharkiv on Monday.", ("RUS", "ASSAULT", "UKR"), "UKR", None),
    ("Israeli jets struck a Hezbollah base east of Beirut.", ("ISR", "ASSAULT", "LBN"), "LBN", "locative phrase"),
    ("Israeli troops killed two Palestinians in Jenin on Tuesday.", ("ISR", "ASSAULT", "PSE"), "PSE",
     "locative phrase"),
    ("A car bomb killed 12 people in Baghdad. Iraq blamed al-Qaeda for the attack.", ("IRQ", "ACCUSE", "IMG"),
     "IRQ", "paragraph"),
    ("The French president met the German chancellor in Warsaw on Monday.", ("FRA", "CONSULT", "DEU"),
     "POL", "locative phrase"),
    ("Russia invaded Ukraine in February.", ("RUS", "ASSAULT", "UKR"), "UKR", "target"),
    ("Turkish troops attacked Kurdish militants near Sulaymaniyah.", ("TUR", "ASSAULT", "IRQ"), "IRQ",
     "locative phrase"),
    ("Police arrested three opposition activists at a rally in Caracas, Venezuela.", None, "VEN", None),
    ("China and Japan held talks in Paris, Texas on Friday.", ("CHN", "CONSULT", "JPN"), "USA", None),
    ("NAIROBI (AP) - Kenya accused Somalia of violating its airspace.", ("KEN", "ACCUSE", "SOM"), "KEN",
     "dateline"),
    ("Kabul airport\n\nTaliban fighters attacked the airport in Kabul, Afghan officials said.", None, "AFG",
     None),
]


def located(coded, event):
    for e in coded.events:
        if event is None or (e.source[:3], e.plover, e.target[:3]) == event:
            return e
    raise AssertionError(f"no event {event} in {[(e.source, e.plover, e.target) for e in coded.events]}")


@pytest.mark.parametrize("text, event, iso3, how", CASES, ids=[c[0][:30] for c in CASES])
def test_locations_place_the_event_in_the_right_country(code, text, event, iso3, how):
    title, _, body = text.rpartition("\n\n")
    coded = code(body, title=title) if title else code(text)
    found = located(coded, event)
    assert found.location is not None, text
    assert found.location.iso3 == iso3
    if how:
        assert found.location.how.startswith(how)
    assert coded.document.full_text[found.location.start:found.location.end] == found.location.text


def test_locations_are_left_out_when_the_text_names_no_place(code):
    coded = code("The prime minister criticised the opposition leader.")
    assert all(e.location is None for e in coded.events)


def test_locations_give_gdelt_fields(code):
    coded = code("Russian forces shelled Kharkiv on Monday, killing three civilians.")
    location = coded.events[0].location
    assert (location.name, location.feature, location.fips, location.gdelt_type) == (
        "Kharkiv, Ukraine", "city", "UP", 4)
    assert location.adm1.startswith("UP") and location.feature_id.isdigit()
    assert 49 < location.lat < 51 and 35 < location.lon < 37
