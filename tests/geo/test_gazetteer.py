import pytest

from frenemy.geo import default_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


@pytest.mark.parametrize("name, countries, full_name, feature, iso3, how", [
    ("Baghdad", (), "Baghdad, Iraq", "city", "IRQ", ""),
    ("BAGHDAD", (), "Baghdad, Iraq", "city", "IRQ", ""),
    ("Iraq's", (), "Iraq", "country", "IRQ", ""),
    ("the Gaza Strip", (), "Gaza Strip, Palestine", "region", "PSE", ""),
    ("Helmand province", (), "Helmand, Afghanistan", "region", "AFG", ""),
    ("Texas", (), "Texas, United States", "ADM1", "USA", ""),
    ("Georgia", (), "Georgia", "country", "GEO", ""),
    ("Georgia", ("USA",), "Georgia, United States", "ADM1", "USA", ""),
    ("Tripoli", (), "Tripoli, Libya", "city", "LBY", "ambiguous, the largest namesake"),
    ("Tripoli", ("LBN",), "Tripoli, Lebanon", "city", "LBN", "ambiguous, by the article's countries"),
    ("Paris", ("USA",), "Paris, France", "city", "FRA", "ambiguous, the largest namesake"),
    ("Springfield", (), "United States", "country", "USA", "ambiguous city, country level"),
    ("Kiev", (), "Kyiv, Ukraine", "city", "UKR", ""),
])
def test_gazetteer_resolves_names_with_the_articles_countries(gazetteer, name, countries, full_name,
                                                              feature, iso3, how):
    place, note = gazetteer.resolve(name, countries)
    assert (place.full_name, place.feature, place.iso3, note) == (full_name, feature, iso3, how)


def test_gazetteer_narrows_a_name_by_the_state_named_after_it(gazetteer):
    texas = gazetteer.resolve("Texas")[0]
    place, _ = gazetteer.resolve("Paris", within=texas)
    assert (place.full_name, place.adm1, place.fips) == ("Paris, Texas, United States", "USTX", "US")


def test_gazetteer_gives_gdelt_codes(gazetteer):
    baghdad = gazetteer.resolve("Baghdad")[0]
    assert (baghdad.fips, baghdad.adm1[:2]) == ("IZ", "IZ")
    assert abs(baghdad.lat - 33.3) < 0.2 and abs(baghdad.lon - 44.4) < 0.2
    assert gazetteer.country("IRQ").adm1 == "IZ"
    assert gazetteer.resolve("Qwxlandia") is None
