"""The gazetteer: every surface form of a country, US state, region or city of 15,000+ people,
with its country (ISO alpha-3 and FIPS 10-4), ADM1 code and coordinates.

The table (`data/gazetteer.csv`) is built by `scripts/build_geo_gazetteer.py` from GeoNames.
A name several places share keeps them all; `Gazetteer.resolve` picks one with the countries
the article talks about, and otherwise falls back to the country or to nothing.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

TABLE = resources.files("frenemy.geo") / "data" / "gazetteer.csv"
FEATURE_RANK = {"country": 0, "region": 1, "ADM1": 2, "city": 3}
SUFFIXES = re.compile(r"\s+(province|region|state|governorate|oblast|district|county|city|"
                      r"territory|prefecture)$", re.IGNORECASE)
DOMINANT = 5  # a city this many times bigger than the next of its name is the one meant
PROMINENT = 1_000_000  # a city this big is not given up for a small namesake in the article's countries


@dataclass(frozen=True, slots=True)
class Place:
    """A place in the gazetteer. `adm1` is GDELT's ADM1Code (FIPS country code, then the
    GeoNames admin1 code); for a country it is the FIPS code alone."""

    name: str
    feature: str  # country, ADM1, region or city
    iso3: str
    fips: str
    adm1: str
    adm1_name: str
    lat: float
    lon: float
    population: int
    feature_id: str  # GeoNames id of a city; the ADM1 or FIPS code of a state or country

    @property
    def full_name(self) -> str:
        """'Paris, Texas, United States' as GDELT writes FullName (ADM1 named for US places)."""
        if self.feature == "country":
            return self.name
        parts = [self.name]
        if self.adm1_name and self.adm1_name != self.name:
            parts.append(self.adm1_name)
        parts.append(country_name(self.iso3))
        return ", ".join(parts)


class Gazetteer:
    """Places by surface form; `resolve` turns a name in an article into one place."""

    def __init__(self, places: Iterable[tuple[str, Place]]) -> None:
        self.by_surface: dict[str, list[Place]] = defaultdict(list)
        self.countries: dict[str, Place] = {}
        for surface, place in places:
            self.by_surface[surface].append(place)
            if place.feature == "country":
                self.countries.setdefault(place.iso3, place)

    @classmethod
    def load(cls) -> Gazetteer:
        """Read the built-in table."""
        with TABLE.open(encoding="utf-8", newline="") as f:
            rows = csv.reader(line for line in f if not line.startswith("#"))
            columns = {name: i for i, name in enumerate(next(rows))}
            fields = [columns[name] for name in ("surface", "name", "feature", "iso3", "fips", "adm1", "adm1_name",
                                                 "lat", "lon", "population", "feature_id")]
            places: dict[tuple[str, ...], Place] = {}  # spelling variants of one place share it
            found = []
            for row in rows:
                surface, name, feature, iso3, fips, adm1, adm1_name, lat, lon, population, feature_id = (
                    row[i] for i in fields)
                key = (name or surface, feature, iso3, adm1, lat, lon, feature_id)
                place = places.get(key)
                if place is None:
                    place = places[key] = Place(name or surface, feature, iso3, fips, adm1, adm1_name,
                                                float(lat), float(lon), int(population or 0), feature_id)
                found.append((surface, place))
            return cls(found)

    def candidates(self, text: str) -> list[Place]:
        """Every place a name may stand for ('the Gaza Strip', "Iraq's", 'Helmand province')."""
        name = " ".join(text.split()).strip(" .,;:")
        name = re.sub(r"[’']s$", "", name)
        name = re.sub(r"^(?:the|The)\s+", "", name)
        for form in (name, SUFFIXES.sub("", name), name.title() if name.isupper() else name):
            if form in self.by_surface:
                return self.by_surface[form]
        return []

    def country(self, iso3: str) -> Place | None:
        """The country-level place of an ISO alpha-3 code."""
        return self.countries.get(iso3)

    def resolve(self, text: str, countries: Iterable[str] = (), *,
                within: Place | None = None) -> tuple[Place, str] | None:
        """The place a name stands for, with a note on how an ambiguous one was decided ('' if
        it was not ambiguous). `countries` are those the article talks about; `within` is a
        place named right after ('Paris, Texas'). Several namesakes of similar size and no
        hint: the country when they share one, else None."""
        found = self.candidates(text)
        if within is not None:
            found = [p for p in found if inside(p, within)] or found
        if not found:
            return None
        larger = [p for p in found if p.feature != "city"]
        if larger:  # 'Georgia' the country unless the article is about the US state
            countries = set(countries)
            hinted = [p for p in larger if p.iso3 in countries]
            return min(hinted or larger, key=lambda p: FEATURE_RANK[p.feature]), ""
        found = sorted(found, key=lambda p: -p.population)
        if len({(p.iso3, p.adm1) for p in found}) == 1:
            return found[0], ""
        hinted = [p for p in found if p.iso3 in set(countries)]
        if hinted and not (found[0].population >= PROMINENT
                           and found[0].population >= 20 * max(hinted[0].population, 1)):
            if len(hinted) == 1 or hinted[0].population >= DOMINANT * hinted[1].population:
                return hinted[0], "ambiguous, by the article's countries"
            found = hinted
        if len(found) == 1 or found[0].population >= DOMINANT * found[1].population:
            return found[0], "ambiguous, the largest namesake"
        if len({p.iso3 for p in found}) == 1:
            country = self.country(found[0].iso3)
            if country is not None:
                return country, "ambiguous city, country level"
        return None


def inside(place: Place, area: Place) -> bool:
    """Whether `place` lies in `area` (a country or ADM1)."""
    if area.feature == "country":
        return place.iso3 == area.iso3
    return place.iso3 == area.iso3 and place.adm1 == area.adm1


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The built-in gazetteer, loaded once per process."""
    return Gazetteer.load()


@lru_cache(maxsize=512)
def country_name(iso3: str) -> str:
    """A country's name as news writes it ('Iraq'), from the gazetteer's country rows."""
    place = default_gazetteer().country(iso3)
    return place.name if place else iso3


def as_country(place: Place, gazetteer: Gazetteer) -> Place:
    """The country-level place of any place (itself for a country)."""
    if place.feature == "country":
        return place
    return gazetteer.country(place.iso3) or replace(place, feature="country")
