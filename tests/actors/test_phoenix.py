"""The tables derived from the Phoenix dictionaries, generic agents, wire credits and bylines,
persons without a role, and user actor files. All sentences are invented for these tests."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

import frenemy
from frenemy.actors.dictionaries import read_actor_file
from frenemy.actors.knowledge import DATA, default_knowledge
from frenemy.cli import app
from frenemy.config import Settings
from frenemy.errors import InputError


def mentions(coded):
    return {m.text: (m.code, m.how) for m in coded.mentions if m.kind != "place"}


def derived_people(count: int = 6) -> list[dict[str, str]]:
    """People of phoenix_actors.csv with one closed office and a name the text matches whole:
    every tenth such person, so the sample spreads over countries and sectors."""
    with (DATA / "phoenix_actors.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    by_id: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_id[row["actor_id"]].append(row)
    single = [r[0] for r in by_id.values() if len(r) == 1 and r[0]["kind"] == "person"
              and r[0]["start"] and r[0]["end"] and len(r[0]["name"].split()) >= 2
              and r[0]["name"].replace(" ", "").isalpha() and r[0]["name"][0].isupper()]
    return single[::10][:count]


def test_phoenix_tables_are_derived_with_source_and_licence():
    for name in ("phoenix_actors.csv", "phoenix_countries.csv", "phoenix_places.csv",
                 "agents.csv"):
        head = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
        assert "build_phoenix_actors.py" in head and "MIT" in head
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert "phoenix_actors.csv" in sources and "MIT" in sources


@pytest.mark.parametrize("row", derived_people(), ids=lambda r: r["name"])
def test_phoenix_person_is_coded_by_the_office_held_on_the_date(code, row):
    start, end = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
    inside = (start + (end - start) / 2).isoformat()
    after = (end + timedelta(days=800)).isoformat()
    text = f"{row['name']} said on Tuesday that the talks would go on."
    assert mentions(code(text, date=inside))[row["name"]] == (row["code"], "dictionary")
    later = mentions(code(text, date=after))[row["name"]]
    assert later == (row["code"][:3] + "ELI", "dictionary (no role on date)")


def test_phoenix_country_variants_and_places():
    knowledge = default_knowledge()
    assert ("adjective", "KOR") in {(e.kind, e.country) for e in knowledge.derived["s. korean"]}
    assert all(e.kind == "place" for e in knowledge.derived.get("helmand", []))


def test_phoenix_forms_match_only_where_the_text_writes_a_name(code):
    coded = code("S. Korean troops were put on alert after N. Korea fired a missile.")
    assert mentions(coded)["S. Korean troops"][0] == "KORMIL"
    assert mentions(coded)["N. Korea"][0] == "PRK"
    assert "n. korea" not in {m.text for m in code("the n. korea talks stalled.").mentions}


@pytest.mark.parametrize("text, surface, expected, how", [
    ("KANDAHAR, Afghanistan, May 3 (Wire) - Police arrested two men on Monday.",
     "Police", "AFGCOP", "dateline"),
    ("KANDAHAR, Afghanistan, May 3 (Wire) - Police arrested two men on Monday.",
     "two men", "AFGCVL", "dateline"),
    ("Gunmen ambushed a convoy near Mosul on Sunday, the governor said.",
     "Gunmen", "IRQUAF", "sentence place"),
    ("Protesters marched in Kharkiv on Saturday against the new law.",
     "Protesters", "UKRCVL", "title rule (place)"),
    ("Kenyan police fired tear gas at students on Friday.", "Kenyan police", "KENCOP",
     "title rule"),
])
def test_generic_agents_take_their_country_from_the_text(code, text, surface, expected, how):
    assert mentions(code(text, title="Clashes"))[surface] == (expected, how)


def test_generic_organisation_takes_the_dateline_country(code):
    coded = code("LIMA, June 2 (Wire) - The ministry said it had closed the border crossing.",
                 title="Border")
    assert mentions(coded)["ministry"] == ("PERGOV", "dateline")


@pytest.mark.parametrize("text", [
    "BAGHDAD (Reuters) - Insurgents attacked a police station, police said.",
    "NAJAF, Iraq (AFP) - Troops fired on protesters, a witness told AFP.",
    "AP - Officials said the talks would resume. Reuters reports that the army denied it.",
    "By Howard LaFranchi\n\nThe army told the Reuters news agency that rebels attacked a base.",
    "PARIS (AFP) - Agence France-Presse said its reporter was released.",
])
def test_wire_credits_and_bylines_are_never_actors(code, text):
    coded = code(text, title="Report")
    texts = " ".join(m.text for m in coded.mentions)
    for name in ("Reuters", "AFP", "AP", "Agence", "LaFranchi", "Howard"):
        assert name not in texts
    for event in coded.events:
        assert not {event.source_text, event.target_text} & {"Reuters", "AFP", "AP"}


def test_wire_credit_never_sets_the_story_country(code):
    coded = code("(AFP) - Police detained dozens of protesters on Sunday.", title="Arrests")
    assert not any(m.country == "FRA" for m in coded.mentions)


def test_media_used_as_the_channel_is_not_an_actor(code):
    coded = code("The opposition leader told BBC News that the government had rigged the vote.")
    assert "BBC" not in {m.text for m in coded.mentions}
    coded = code("Iran banned the BBC from reporting in the capital.")
    assert mentions(coded)["BBC"][0] == "GBRMED"  # an actor where it is acted upon


def test_person_without_role_gets_no_country_from_a_guess(code):
    text = ("Chile's economy grew. Chile exported more copper. President Tomas Arvelo "
            "said the figures were good.")
    assert "Tomas Arvelo" not in mentions(code(text))
    coded = code("Tomas Arvelo, the Chilean foreign minister, criticised the plan.")
    assert mentions(coded)["Tomas Arvelo"][0] == "CHLGOV"


def test_uncoded_names_are_recorded_for_the_registry():
    parsed = frenemy.code("Professor Elena Marchetti of the Vasari Institute spoke on Monday.")
    assert parsed.mentions == () or all(m.text != "Elena Marchetti" for m in parsed.mentions)
    from frenemy.actors.registry import uncoded_names
    from frenemy.records import Document

    frame = uncoded_names([Document("d1", "", "Elena Marchetti visited Rome. Elena Marchetti "
                                    "spoke to students.")])
    assert "Elena Marchetti" in set(frame["name"])


def test_mistyped_actor_file_is_an_error_naming_the_path(tmp_path):
    missing = tmp_path / "my_actors.csv"
    with pytest.raises(InputError) as err:
        Settings(actor_files=(str(missing),))
    assert str(missing) in str(err.value)
    result = CliRunner().invoke(app, ["code", str(tmp_path), "--actors", str(missing)])
    assert result.exit_code == 1 and "my_actors.csv" in result.output


def test_actor_file_without_actors_is_an_error(tmp_path):
    empty = tmp_path / "mine.actors.txt"
    empty.write_text("# nothing here yet\n", encoding="utf-8")
    with pytest.raises(InputError, match="no actors found"):
        read_actor_file(empty)


def test_user_actor_file_from_settings_codes_its_names(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("phrase,code\nVasari Institute,ITAEDU\n", encoding="utf-8")
    coded = frenemy.code("The Vasari Institute criticised the ministry.",
                         settings=Settings(actor_files=(str(path),)))
    assert {m.text: m.code for m in coded.mentions}["Vasari Institute"] == "ITAEDU"


def test_the_north_and_the_south_refer_to_the_named_country(code):
    coded = code("N. Korea fired a missile near S. Korea. Seoul condemned the launch by the "
                 "North, and the South put its troops on alert.")
    assert mentions(coded)["North"] == ("PRK", "coreference")
    assert mentions(coded)["South"] == ("KOR", "coreference")
    assert "North" not in mentions(code("A cold wind blew from the North over the plain."))


def test_they_prefers_the_acting_subject_over_generic_victims(code):
    coded = code("Two Afghan suicide bombers killed 12 people near Kabul when they blew "
                 "themselves up at a checkpoint.", date="2009-04-02")
    assert mentions(coded)["they"][0] == "AFGREB"
