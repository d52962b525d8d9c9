import csv
from collections import Counter

import pytest

from frenemy.errors import ConfigError
from frenemy.events.lexicon import DATA, PLOVER_TYPES, Lexicon


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon.load()


def test_lexicon_covers_all_16_plover_types_with_examples(lexicon):
    counts = Counter(f.plover for f in lexicon.frames.values())
    assert set(counts) == set(PLOVER_TYPES)
    assert min(counts.values()) >= 20 and sum(counts.values()) >= 600
    assert all(f.example for f in lexicon.frames.values())


def test_lexicon_codes_exist_and_agree_with_the_cameo_table(lexicon):
    for frame in lexicon.frames.values():
        code = lexicon.code(frame.cameo)
        # the CAMEO table already carries the event codebook's types where they differ from
        # the conversion table (scripts/build_cameo_table.py, CODEBOOK_TYPES)
        assert frame.plover == code.plover, frame


def test_cameo_table_quad_classes_and_goldstein_follow_gdelt(lexicon):
    assert lexicon.code("190").goldstein == -10.0 and lexicon.code("190").quad_class == 4
    assert lexicon.code("040").quad_class == 1 and lexicon.code("073").quad_class == 2
    assert lexicon.code("112").quad_class == 3
    assert lexicon.code("020").plover == "REQUEST" and lexicon.code("010").plover == ""


def test_lexicon_user_file_with_unknown_code_is_a_clear_error(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("lemma,pos,particle,prep,polarity,plover,cameo,example\n"
                    "snub,VERB,,,+,REJECT,999,Peru snubbed Chile.\n")
    with pytest.raises(ConfigError, match=r"mine.csv: row 2: unknown CAMEO code '999'"):
        Lexicon.load(lexicon=path)


def test_lexicon_user_file_replaces_the_built_in_one(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("lemma,pos,particle,prep,polarity,plover,cameo,example\n"
                    "snub,VERB,,,+,REJECT,120,Peru snubbed Chile.\n")
    lexicon = Lexicon.load(lexicon=path)
    assert list(lexicon.frames) == [("snub", "VERB", "", "+")]


def test_evaluation_words_have_a_polarity_and_a_known_code(lexicon):
    assert lexicon.evaluations
    for ev in lexicon.evaluations.values():
        assert ev.polarity in {"+", "-"} and ev.kind in {"attribute", "conduct"}
        assert ev.cameo in lexicon.cameo


def test_cameo_table_has_every_code_once():
    with (DATA / "cameo.csv").open(encoding="utf-8") as f:
        codes = [r["code"] for r in csv.DictReader(line for line in f if not line.startswith("#"))]
    assert len(codes) == len(set(codes)) >= 300


def test_lexicon_has_one_row_per_key():
    with (DATA / "lexicon.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    keys = Counter((r["lemma"], r["pos"], r["particle"], r["polarity"]) for r in rows)
    assert [key for key, n in keys.items() if n > 1] == []


def test_lexicon_prep_column_ending_in_bang_marks_a_prep_only_frame(lexicon):
    call = lexicon.frame("call", "VERB")
    assert call.prep_only and call.preps == ("on", "upon", "for")
    assert not lexicon.frame("urge", "VERB").prep_only
