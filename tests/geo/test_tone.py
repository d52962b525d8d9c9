import frenemy
from frenemy.records import Document
from frenemy.tone import document_tone, text_tone

# invented articles, one hostile and one friendly
HOSTILE = ("Border clashes kill dozens\n\nArmed forces of the two neighbours exchanged heavy fire "
           "along the disputed border, killing dozens of soldiers and wounding civilians. Each side "
           "accused the other of a brutal, unprovoked attack and threatened revenge.")
FRIENDLY = ("Neighbours sign friendship pact\n\nThe two presidents signed a friendship treaty on "
            "Tuesday, praising a new era of trust and cooperation. They welcomed the agreement as "
            "a great success and promised peaceful, prosperous ties.")


def test_tone_differs_in_sign_between_a_hostile_and_a_friendly_article():
    hostile = document_tone(Document("h", *HOSTILE.split("\n\n")))
    friendly = document_tone(Document("f", *FRIENDLY.split("\n\n")))
    assert hostile.tone < 0 < friendly.tone
    assert hostile.negative > hostile.positive and friendly.positive > friendly.negative
    assert -100 <= hostile.tone <= 100 and -100 <= friendly.tone <= 100


def test_tone_counts_a_negated_word_on_the_other_side():
    assert text_tone("The ministers welcomed the plan.")[0] > 0
    assert text_tone("The ministers did not welcome the plan.")[0] < 0
    assert text_tone("") == (0.0, 0.0, 0.0, 0)


def test_tone_is_stored_for_every_article(tmp_path):
    with frenemy.open(tmp_path / "t.duckdb", create=True) as store:
        from frenemy.ingest import read_paths
        from frenemy.pipeline import ingest

        for name, text in (("2024-01-02_hostile.txt", HOSTILE), ("2024-01-03_friendly.txt", FRIENDLY)):
            (tmp_path / name).write_text(text)
        ingest(list(read_paths([tmp_path])), store)
        tones = store.tones().set_index("doc_id")
        assert set(tones.index) == {"2024-01-02_hostile", "2024-01-03_friendly"}
        assert tones.loc["2024-01-02_hostile", "tone"] < 0 < tones.loc["2024-01-03_friendly", "tone"]
        by_outlet = store.tone_by_outlet(period="month")
        assert list(by_outlet.period) == ["2024-01-01"] and by_outlet.documents.tolist() == [2]
