"""Build frenemy's table of first-level subdivisions (src/frenemy/actors/data/subdivisions.csv).

Usage: python scripts/build_subdivisions.py

States, provinces, regions and governorates ("Massachusetts", "Kandahar", "Anbar", "Punjab")
from ISO 3166-2 as the pycountry package ships it (data from Debian's iso-codes, LGPL-2.1),
mapped to ISO alpha-3 codes, so that "police in Anbar" or "a bombing in Kandahar" is placed
in its country. Only top-level subdivisions are kept. A name is dropped when two countries
share it ("Punjab", "Central"), when it is also a country name or an English word that starts
sentences ("Central", "North"), a compass word and a kind of unit ("Eastern Province": many
countries have one), a word of a person's name in frenemy's tables ("Hidalgo"), or too short to
be safe; accented names also get an unaccented variant ("Kandahār" -> "Kandahar"). A name already in the hand-written or
Phoenix-derived tables keeps its entry there (the loader adds a subdivision only to an
unknown surface).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "src" / "frenemy" / "actors" / "data" / "subdivisions.csv"
KEPT_TYPES = {"State", "Province", "Region", "Governorate", "Prefecture", "Autonomous region",
              "Autonomous community", "Autonomous republic", "Republic", "Land", "Voivodship",
              "Department", "Emirate", "Federal district", "Territory", "Union territory",
              "Administrative region", "Autonomous province", "Oblast", "Krai", "Division",
              "Autonomous city", "Capital territory", "Federal territory", "Country", "Nation"}
# Words that open sentences or name directions and kinds, never only a place in running text.
COMMON_WORDS = {"Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                "Capital", "Coast", "Lakes", "Upper", "Lower", "Highlands", "Islands", "Plateau", "Center",
                "Centre", "Greater", "Interior", "Littoral", "Lagoons", "Mountains", "Valley", "Savanes",
                "Maritime", "Orange", "Free State", "Georgia", "Victoria", "Washington", "Columbia", "Delta",
                "Unity", "Jersey", "Guernsey", "Amazonas", "Santiago", "Distrito Federal", "Federal District",
                "Mexico", "Sucre", "Bolivar", "Gulf", "Free", "Batman", "Chin", "Colonia", "Kara", "Beni",
                "Capital Territory", "Bono", "Isabel", "Granada", "Flores"}
FEATURE_WORDS = {"Sea", "Ocean", "Nile", "River", "Lake", "Lakes", "Gulf", "Bay", "Coast", "Islands", "Island",
                 "Desert", "Mountains", "Valley", "Delta", "Strait", "Peninsula"}
# Kinds of unit: a compass word and one of these ("Eastern Province", "Central Region") names a
# unit in many countries, though ISO lists it under one name in one
UNIT_WORDS = {"Province", "Region", "District", "Division", "State", "Department", "Governorate"}
MIN_LENGTH = 4
SUFFIXES = (" Province", " Governorate", " Region", " State", " Sheng", " Zizhiqu", " Shi", " Prefecture")
# Prefixes ISO writes before some names ("Wilayat", "Muḩāfaz̧at"): the name without them is the one news uses.
PREFIXES = re.compile(r"^(al|as|ash|ad|an|ar|at|az|el)[ -]", re.I)


def unaccented(name: str) -> str:
    """The name with diacritics removed ("Kandahār" -> "Kandahar")."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("ʼ", "'").replace("ʻ", "'")


def surfaces(name: str) -> set[str]:
    """The forms of one subdivision name news is likely to write."""
    name = name.split("[")[0].split("(")[0].strip()
    forms = {name, unaccented(name)}
    for form in list(forms):
        for suffix in SUFFIXES:
            if form.endswith(suffix):
                forms.add(form[: -len(suffix)])
    for form in list(forms):
        if PREFIXES.match(form):
            forms.add(PREFIXES.sub("", form))  # "Al Anbar" -> "Anbar"
    return {f for f in forms if len(f) >= MIN_LENGTH and not f.endswith(("oblast'", "oblast"))}


def name_words() -> set[str]:
    """Given names and the words of every person's name in frenemy's tables: a province called
    "Hidalgo" or "Isabel" would otherwise take a person's name for a place."""
    data = OUT.parent
    words = set()
    with (data / "gender.csv").open(encoding="utf-8") as f:
        words |= {row["word"] for row in csv.DictReader(line for line in f if not line.startswith("#"))
                  if row["kind"] == "name"}
    for table in ("roles.csv", "phoenix_actors.csv"):
        with (data / table).open(encoding="utf-8") as f:
            for row in csv.DictReader(line for line in f if not line.startswith("#")):
                if row.get("kind", "person") == "person":
                    words |= set(row["name"].replace("-", " ").split())
    return words


def main() -> None:
    countries = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    people = name_words()
    country_names = {unaccented(getattr(c, attr)).lower() for c in pycountry.countries
                     for attr in ("name", "common_name", "official_name") if hasattr(c, attr)}
    found: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in KEPT_TYPES:
            continue
        iso3 = countries.get(sub.country_code)
        if iso3 is None:
            continue
        for form in surfaces(sub.name):
            found[form].add(iso3)
    rows = []
    for name, where in sorted(found.items()):
        if len(where) != 1 or name in COMMON_WORDS or name.lower() in country_names or name in people:
            continue
        if name.split()[-1] in FEATURE_WORDS:
            continue  # "Red Sea", "Upper Nile": a sea or river named in news is seldom the state
        if name.split()[0] in COMMON_WORDS and name.split()[-1] in UNIT_WORDS:
            continue  # "Eastern Province" (Sri Lanka's in ISO) is as much Saudi Arabia's, Zambia's, Kenya's ...
        if not name[0].isupper():
            continue
        rows.append((name, where.pop()))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# First-level subdivisions (states, provinces, regions, governorates) with their country.\n")
        f.write("# Built by scripts/build_subdivisions.py from ISO 3166-2 as shipped by pycountry 26.2.16\n")
        f.write("# (Debian iso-codes, LGPL-2.1); names shared by two countries are left out.\n")
        writer = csv.writer(f)
        writer.writerow(["name", "iso3"])
        writer.writerows(rows)
    print(f"{len(rows)} subdivision names -> {OUT}")


if __name__ == "__main__":
    main()
