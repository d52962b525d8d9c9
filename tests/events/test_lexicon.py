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


SNUB = ("lemma,pos,particle,prep,polarity,plover,cameo,example\n"  # a verb no built-in frame has
        "serenade,VERB,,,+,SUPPORT,051,Peru serenaded Chile.\n")


def test_frame_files_come_first_and_sources_are_read_by_name(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(SNUB + "accuse,VERB,,of,+,ACCUSE,112,Peru accused Chile.\n")
    lexicon = Lexicon.load(files=(str(path),))
    assert lexicon.frame("serenade", "VERB").source == str(path)
    assert lexicon.frame("accuse", "VERB").source == str(path)  # the user's row wins
    assert lexicon.frame("condemn", "VERB").source == "lexicon"
    assert Lexicon.load(sources=()).frames == {}
    with pytest.raises(ConfigError, match="unknown frame source 'nope'.*known: .*lexicon"):
        Lexicon.load(sources=("nope",))


def test_a_registered_frame_source_and_a_settings_frame_file_reach_the_coder(tmp_path):
    from frenemy.config import Settings
    from frenemy.events.sources import frame_sources
    from frenemy.pipeline import code_documents
    from frenemy.records import Document

    path = tmp_path / "mine.csv"
    path.write_text(SNUB)
    frame_sources.register("test_snub", func=lambda: path)
    document = Document(doc_id="d", title="", text="Peru serenaded Chile on Monday.", date="2019-06-25")
    triples = lambda settings: {(e.source, e.plover, e.target)  # noqa: E731
                                for c in code_documents([document], settings) for e in c.events}
    assert triples(Settings()) == set()
    assert triples(Settings(frame_files=(str(path),))) == {("PER", "SUPPORT", "CHL")}
    assert triples(Settings(frame_sources=("test_snub", "lexicon"))) == {("PER", "SUPPORT", "CHL")}
    with pytest.raises(Exception, match="no such frame table"):
        Settings(frame_files=(str(tmp_path / "missing.csv"),))
