import pytest

import frenemy
from frenemy.actors.dictionaries import read_actor_csv, read_petrarch_actors
from frenemy.config import Settings
from frenemy.errors import InputError

PETRARCH = """# a user dictionary in PETRARCH format
NOVA_TERRA_LIBERATION_FRONT_  [NTLREB]  ; a rebel group
+NTLF
<!-- a person with dated roles -->
ALDO_REYES_
+PRESIDENT_REYES
\t[CHLELI <20180311]
\t[CHLGOV 180311-220311]
\t[CHLELI]
"""


def test_read_petrarch_actors_with_synonyms_defaults_and_date_restrictions(tmp_path):
    path = tmp_path / "mine.actors.txt"
    path.write_text(PETRARCH)
    front, reyes = read_petrarch_actors(path)
    assert front.phrases == ["NOVA TERRA LIBERATION FRONT", "NTLF"] and front.default == "NTLREB"
    assert reyes.code_on("2015-01-01") == "CHLELI"
    assert reyes.code_on("2019-06-01") == "CHLGOV"
    assert reyes.code_on("2023-01-01") == "CHLELI"


def test_read_petrarch_actors_names_the_line_of_a_bad_date(tmp_path):
    path = tmp_path / "bad.actors.txt"
    path.write_text("SOMEONE_\n\t[USAGOV 2019-13]\n")
    with pytest.raises(InputError, match=r"bad.actors.txt:2: date '2019' is not"):
        read_petrarch_actors(path)


def test_read_actor_csv_groups_periods_by_phrase(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("phrase,code,start,end\nMarta Quispe,PERGOV,2020-01-01,2022-12-31\n"
                    "Marta Quispe,PEROPP,2023-01-01,\n")
    (quispe,) = read_actor_csv(path)
    assert quispe.code_on("2021-05-01") == "PERGOV" and quispe.code_on("2024-05-01") == "PEROPP"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,actor\nx,y\n")
    with pytest.raises(InputError, match="needs 'phrase' and 'code' columns"):
        read_actor_csv(bad)


def test_user_dictionary_entries_win_over_built_in_ones(tmp_path):
    path = tmp_path / "mine.actors.txt"
    path.write_text(PETRARCH + "\nKREMLIN_ [RUSELI]\n")
    settings = Settings(actor_files=(str(path),))
    coded = frenemy.code("The NTLF attacked Chilean troops. President Reyes condemned the Kremlin.",
                         date="2019-06-01", settings=settings)
    codes = {m.text: (m.code, m.how) for m in coded.mentions}
    assert codes["NTLF"] == ("NTLREB", "user file mine.actors.txt")
    assert codes["President Reyes"][0] == "CHLGOV"
    assert codes["Kremlin"][0] == "RUSELI"
    assert ("NTL", "ASSAULT", "CHL") in {(e.source[:3], e.plover, e.target[:3]) for e in coded.events}
