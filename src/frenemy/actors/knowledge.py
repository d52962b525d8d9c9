"""Actor knowledge written as data: countries, seats of power, IGOs, titles and dated roles.

The tables live in `actors/data/` (see its SOURCES.md); pycountry adds every ISO 3166 name.
`Knowledge.load()` reads them once; `Knowledge.roles_at(person_id, date)` gives time-aware roles.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry

DATA = resources.files("frenemy.actors") / "data"
# The event codebook codes every international organisation IGO + a short name, Amnesty and the
# Red Cross included; the tables keep CAMEO's NGO prefix for them and are read through this map.
TRANSNATIONAL = {"NGO": "IGO"}


def codebook_code(code: str) -> str:
    """A built-in table's code as frenemy emits it: `NGOAMN` -> `IGOAMN` (see TRANSNATIONAL)."""
    return TRANSNATIONAL.get(code[:3], code[:3]) + code[3:]


@dataclass(frozen=True, slots=True)
class Role:
    """A person holding a role in a country's sector between two dates (end None: ongoing)."""

    person_id: str
    name: str
    iso3: str
    sector: str
    role: str
    start: str
    end: str | None

    def holds_on(self, day: str) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a dictionary surface form stands for."""

    kind: str  # country, adjective, capital, seat, igo, organisation, person, place
    country: str  # ISO alpha-3, or "IGO"
    sector: str = ""
    person_id: str | None = None
    generic: bool = False  # a name other countries' bodies share ("Congress", "Labour Party")


@dataclass
class Knowledge:
    """Every surface form frenemy knows, and the facts behind it."""

    entries: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    # forms derived from the Phoenix dictionaries: matched case-insensitively, where the text
    # capitalises them; the hand-checked tables above win over them
    derived: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    defaults: dict[str, Role] = field(default_factory=dict)  # an actor's code outside its dates
    channels: dict[str, str] = field(default_factory=dict)  # news agency or outlet -> wire/outlet
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)  # title -> (sector, kind)
    _title_last_words: tuple[int, frozenset[str]] = (-1, frozenset())
    roles: dict[str, list[Role]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, str] = field(default_factory=dict)  # person_id -> name
    press_names: set[str] = field(default_factory=set)  # each country's usual name in news ("Sudan")
    state_forms: set[str] = field(default_factory=set)  # words of formal state names (state_forms.csv)
    descriptions: dict[str, str] = field(default_factory=dict)  # "the group" -> organisation (descriptions.csv)
    successions: dict[str, tuple[str, str]] = field(default_factory=dict)  # iso3 -> (founded, earlier state)
    regional_bodies: dict[str, str] = field(default_factory=dict)  # "west african" -> IGOWAS

    def add(self, surface: str, entry: Entry, derived: bool = False) -> None:
        surface = " ".join(surface.split())
        table = self.derived if derived else self.entries
        if derived:
            surface = surface.lower()
        if surface and entry not in table[surface]:
            table[surface].append(entry)

    def state_on(self, iso3: str, day: str) -> str | None:
        """The state a country's places belonged to on `day`, when it did not exist yet ("Juba"
        in 2000 is Sudan's); None when `iso3` was a state then."""
        founded = self.successions.get(iso3)
        return founded[1] if founded and day and day < founded[0] else None

    def roles_at(self, person_id: str, day: str) -> list[Role]:
        """The roles a person holds on a day (ISO date), most senior sector first."""
        return [r for r in self.roles[person_id] if r.holds_on(day)]

    def title_sector(self, phrase: str) -> tuple[str, str] | None:
        """(sector, kind) for a title such as 'foreign minister' or 'officials'."""
        return self.titles.get(phrase.lower())

    def title_last_words(self) -> frozenset[str]:
        """The last word of every title, lowercased: a noun that is none of them heads no title
        (a quick test before the phrase lookups)."""
        count, words = self._title_last_words
        if count != len(self.titles):  # built once, again only if titles were added since
            words = frozenset(title.rsplit(" ", 1)[-1] for title in self.titles)
            self._title_last_words = (len(self.titles), words)
        return words

    @classmethod
    def load(cls, folder: Path | None = None) -> Knowledge:
        """Read the built-in tables (or those in `folder`)."""
        base = folder or DATA
        knowledge = cls()
        for country in pycountry.countries:
            entry = Entry("country", country.alpha_3)
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value:
                    knowledge.add(value, entry)
        for row in read_table(base, "countries.csv"):
            iso3 = row["iso3"]
            knowledge.press_names.add(row.get("name", ""))
            for value in [row.get("name", "")] + split(row.get("aliases")):
                knowledge.add(value, Entry("country", iso3))
            for value in split(row.get("adjectives")):
                knowledge.add(value, Entry("adjective", iso3))
            for value in split(row.get("capital")):
                knowledge.add(value, Entry("capital", iso3, "GOV"))
        knowledge.state_forms = {row["word"].lower() for row in read_table(base, "state_forms.csv")}
        knowledge.descriptions = {row["noun"]: row["refers_to"] for row in read_table(base, "descriptions.csv")}
        knowledge.successions = {row["iso3"]: (row["founded"], row["before"])
                                 for row in read_table(base, "successions.csv")}
        for row in read_table(base, "seats.csv"):
            for value in split(row.get("name")):
                knowledge.add(value, Entry("seat", row["iso3"], row.get("sector") or "GOV",
                                           generic=row.get("generic") == "yes"))
        for row in read_table(base, "party_names.csv"):  # "Labour Party": the story's country's
            for value in [row["name"]] + split(row.get("aliases")):
                knowledge.add(value, Entry("organisation", row["iso3"], "PTY", generic=True))
        for row in read_table(base, "igos.csv"):
            code = codebook_code(row["code"])
            for value in [row.get("name", "")] + split(row.get("aliases")):
                knowledge.add(value, Entry("igo", code[:3], code[3:]))
        knowledge.regional_bodies = {row["region"].lower(): row["code"]
                                     for row in read_table(base, "regional_bodies.csv")}
        for row in read_table(base, "region_adjectives.csv"):  # "Chechen rebels": Russia's
            if not knowledge.entries.get(row["adjective"]):
                knowledge.add(row["adjective"], Entry("adjective", row["iso3"]))
        for name in ("places.csv", "regions.csv"):
            for row in read_table(base, name):
                knowledge.add(row["name"], Entry("place", row["iso3"]))
        for row in read_table(base, "titles.csv"):
            for value in split(row.get("title")):
                knowledge.titles[value.lower()] = (row["sector"], row.get("kind") or "person")
        for row in read_table(base, "agents.csv"):  # derived from Phoenix: titles.csv wins
            sector, kind = row["sector"], row.get("kind") or "group"
            knowledge.titles.setdefault(row["agent"].lower(), (sector, kind))
        for row in read_table(base, "groups.csv"):
            group_id = "group:" + row["name"].lower().replace(" ", "-")
            code = codebook_code(row["code"])
            role = Role(group_id, row["name"], code[:3], code[3:], "organisation",
                        row.get("start") or "0001-01-01", row.get("end") or None)
            knowledge.roles[group_id].append(role)
            knowledge.names[group_id] = row["name"]
            names = [row["name"]] + split(row.get("aliases"))
            for value in names + [singular for n in names if (singular := member_form(n)) not in names]:
                knowledge.add(value, Entry("organisation", code[:3], code[3:], person_id=group_id))
        knowledge.load_derived(base)
        for row in read_table(base, "subdivisions.csv"):  # states and provinces: only names no table knows
            name = " ".join(row["name"].split())
            if name not in knowledge.entries and name.lower() not in knowledge.derived:
                knowledge.add(name, Entry("place", row["iso3"]))
        for row in read_table(base, "channels.csv"):
            knowledge.channels[" ".join(row["name"].split())] = row.get("kind") or "wire"
        for row in read_table(base, "roles.csv"):
            role = Role(
                person_id=row["person_id"],
                name=row["name"],
                iso3=row["iso3"],
                sector=row["sector"],
                role=row.get("role", ""),
                start=row.get("start") or "0001-01-01",
                end=row.get("end") or None,
            )
            knowledge.roles[role.person_id].append(role)
            knowledge.names[role.person_id] = role.name
            for value in [row["name"]] + split(row.get("aliases")):
                knowledge.add(value, Entry("person", role.iso3, person_id=role.person_id))
        return knowledge


    def load_derived(self, base: Path | object) -> None:
        """The tables derived from the Phoenix dictionaries (scripts/build_phoenix_actors.py)."""
        for row in read_table(base, "phoenix_countries.csv"):
            self.add(row["name"], Entry(row.get("kind") or "country", row["iso3"]), derived=True)
        for row in read_table(base, "phoenix_places.csv"):
            self.add(row["name"], Entry("place", row["iso3"]), derived=True)
        undated: dict[str, Role] = {}
        for row in read_table(base, "phoenix_actors.csv"):
            actor_id, code = row["actor_id"], codebook_code(row["code"])
            kind = "person" if row.get("kind") == "person" else "organisation"
            role = Role(actor_id, row["name"], code[:3], code[3:], kind,
                        row.get("start") or "0001-01-01", row.get("end") or None)
            if actor_id not in self.names:
                self.names[actor_id] = row["name"]
                entry = Entry(kind, code[:3], code[3:], person_id=actor_id)
                for value in [row["name"]] + split(row.get("aliases")):
                    self.add(value, entry, derived=True)
            if row.get("start") or row.get("end"):
                self.roles[actor_id].append(role)
            else:
                undated[actor_id] = role
        for actor_id, role in undated.items():  # a default holds only when no dated code does
            if self.roles[actor_id]:
                self.defaults[actor_id] = role
            else:
                self.roles[actor_id].append(role)


def split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def member_form(name: str) -> str:
    """The singular a plural group name takes before a noun ("Tamil Tigers" -> "a Tamil Tiger
    suicide bomber", "Zapatistas" -> "a Zapatista rebel"); the name itself when it is no plural."""
    words = name.split()
    last = words[-1]
    shortest = 5 if len(words) > 1 else 7  # not "Hamas" -> "Hama" (a city), "Provos" -> "Provo"
    if len(last) >= shortest and last[0].isupper() and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return name[:-1]
    return name


def read_table(base: Path | object, name: str) -> Iterator[dict[str, str]]:
    """Rows of a CSV table in the data folder (lines starting with '#' are comments)."""
    path = base / name  # type: ignore[operator]
    if not path.is_file():
        return
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        for row in csv.DictReader(lines):
            yield {k: (v or "").strip() for k, v in row.items() if k}


@lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    """The built-in knowledge, loaded once per process."""
    return Knowledge.load()


def today() -> str:
    return Date.today().isoformat()
