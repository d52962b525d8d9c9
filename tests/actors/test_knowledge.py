import pycountry
import pytest

from frenemy.actors.knowledge import default_knowledge


def test_knowledge_tables_load_with_countries_people_and_titles():
    k = default_knowledge()
    assert {e.country for e in k.entries["Russia"]} == {"RUS"}
    assert any(e.kind == "adjective" and e.country == "IRN" for e in k.entries["Iranian"])
    assert any(e.kind == "capital" and e.country == "RUS" for e in k.entries["Moscow"])
    assert k.title_sector("foreign minister")[0] == "GOV"
    assert k.title_sector("troops")[0] == "MIL"


def test_knowledge_country_codes_are_iso_alpha3():
    k = default_knowledge()
    valid = {c.alpha_3 for c in pycountry.countries} | {"XKX", "IGO", "NGO", "IMG"}
    countries = {e.country for entries in k.entries.values() for e in entries}
    assert countries <= valid, countries - valid


def test_knowledge_roles_are_dated_and_consistent():
    k = default_knowledge()
    for person, roles in k.roles.items():
        for role in roles:
            assert role.end is None or role.start <= role.end, (person, role)
    assert [r.sector for r in k.roles_at("donald-trump", "2019-06-26")] == ["GOV"]
    assert [r.sector for r in k.roles_at("donald-trump", "2013-01-01")] == ["BUS"]
    assert {r.iso3 for r in k.roles_at("vladimir-putin", "2005-01-01")} == {"RUS"}


def test_knowledge_named_groups_are_coded_for_the_date(code):
    before = {m.text: m.code for m in code("The Taliban attacked Kunduz.", date="2019-03-01").mentions}
    after = {m.text: m.code for m in code("The Taliban detained two journalists.", date="2023-03-01").mentions}
    assert before["Taliban"] == "AFGREB" and after["Taliban"] == "AFGGOV"
    hezbollah = code("Hezbollah fired rockets at Israel.", date="2023-10-09")
    assert ("LBN", "ASSAULT", "ISR") in {(e.source[:3], e.plover, e.target[:3]) for e in hezbollah.events}


def test_knowledge_international_ngos_are_coded_as_international_organisations(code):
    """The codebook codes every international organisation IGO; the tables keep CAMEO's NGO."""
    coded = code("Amnesty International accused the government of torture.", date="2019-06-25")
    assert {m.text: m.code for m in coded.mentions}["Amnesty International"] == "IGOAMN"
    assert not any(e.country == "NGO" for entries in default_knowledge().entries.values() for e in entries)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Zaire closed its border with Rwanda.", "Zaire", "COD"),
    ("Kampuchea rejected the proposal.", "Kampuchea", "KHM"),
    ("Macedonia asked NATO for help.", "Macedonia", "MKD"),
])
def test_knowledge_former_state_names_are_their_states(code, text, name, expected):
    coded = code(text, date="1992-03-01")
    assert {m.text: m.code for m in coded.mentions}[name] == expected


def test_knowledge_places_of_a_state_not_yet_founded_belong_to_the_earlier_state(code):
    text = "Rebels shelled Juba on Sunday."
    before = {m.text: m.code for m in code(text, date="2000-01-01").mentions}
    after = {m.text: m.code for m in code(text, date="2015-01-01").mentions}
    assert before["Juba"] == "SDN" and after["Juba"] == "SSDGOV"
