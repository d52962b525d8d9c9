import json

import pytest

import frenemy
from frenemy.ingest import read_paths
from frenemy.pipeline import IngestReport, ingest, problem_collector

STORY = ("Georgia and Armenia sign transit deal\n\n"
         "Georgia and Armenia signed a transit agreement in Tbilisi on Monday. "
         "Azerbaijan criticised Armenia over the border incident, officials said.")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "transit.txt").write_text(STORY)
    (folder / "wire.jsonl").write_text(json.dumps({
        "id": "w1", "title": "Chile recalls envoy", "date": "2022-03-01", "outlet": "Wire",
        "text": "Chile recalled its ambassador from Nicaragua after Managua expelled two Chilean diplomats.",
    }) + "\n")
    return folder


def run(paths, store, date="2022-03-01"):
    report = IngestReport()
    docs = list(read_paths(paths, date=date, on_problem=problem_collector(report)))
    result = ingest(docs, store, batch_size=1)
    result.problems = report.problems
    return result


def test_ingest_stores_documents_sentences_mentions_and_events(corpus):
    with frenemy.open() as store:
        report = run([corpus], store)
        assert (report.read, report.stored) == (2, 2)
        counts = store.counts()
        assert counts["documents"] == 2 and counts["sentences"] >= 4 and counts["mentions"] >= 6
        events = store.events()
        assert len(events) == counts["events"] == report.events > 0
        sanctions = events[events.plover == "SANCTION"]
        pairs = {(s[:3], t[:3]) for s, t in zip(sanctions.source_actor, sanctions.target_actor, strict=True)}
        assert pairs == {("CHL", "NIC"), ("NIC", "CHL")}  # recalled its ambassador / expelled
        row = sanctions[sanctions.source_actor.str.startswith("NIC")].iloc[0]
        text = store.query("SELECT full_text FROM documents WHERE doc_id = ?", [row.doc_id]).iat[0, 0]
        assert "expelled" in text[row.start_char : row.end_char]


def test_ingest_twice_stores_nothing_new(corpus, tmp_path):
    db = tmp_path / "store.duckdb"
    with frenemy.open(db, create=True) as store:
        run([corpus], store)
        before = store.counts()
    with frenemy.open(db) as store:
        again = run([corpus], store)
        assert (again.stored, again.unchanged) == (0, 2)
        assert store.counts() == before


def test_ingest_changed_document_replaces_its_old_version(corpus):
    with frenemy.open() as store:
        run([corpus], store)
        (corpus / "transit.txt").write_text(STORY.replace("criticised", "praised"))
        report = run([corpus], store)
        assert (report.stored, report.unchanged) == (1, 1)
        plovers = set(store.events(actor="AZE").plover)
        assert plovers == {"SUPPORT"}
        assert store.counts()["documents"] == 2


def test_ingest_bad_file_is_reported_and_loses_nothing_stored(corpus, tmp_path):
    db = tmp_path / "store.duckdb"
    with frenemy.open(db, create=True) as store:
        run([corpus], store)
        before = store.counts()
    (corpus / "broken.jsonl").write_text("{oops\n")
    (corpus / "blob.txt").write_bytes(b"\x89PNG\r\n")
    (corpus / "new.txt").write_text("Peru protests\n\nPeru protested to Ecuador about the fishing boats.")
    with frenemy.open(db) as store:
        report = run([corpus], store)
        assert len(report.problems) == 2
        assert any("blob.txt: binary file (looks like PNG image)" in p for p in report.problems)
        assert any("broken.jsonl:1: not valid JSON" in p for p in report.problems)
        assert store.counts()["documents"] == before["documents"] + 1


def test_ingest_marks_near_duplicates_without_dropping_them(tmp_path):
    body = ("Kenya and Ethiopia agreed on Tuesday to reopen their border crossing at Moyale, ending "
            "a closure that had lasted six months, officials in Nairobi said. Traders welcomed the "
            "decision and said lorries were already queueing on both sides of the crossing.")
    (tmp_path / "a.txt").write_text("Border reopens\n\n" + body)
    (tmp_path / "b.txt").write_text("Kenya, Ethiopia reopen border\n\n" + body.replace("Traders", "Local traders"))
    with frenemy.open() as store:
        report = run([tmp_path], store)
        assert report.stored == 2 and [d[:2] for d in report.duplicates] == [("b", "a")]
        dup = store.query("SELECT doc_id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL")
        assert dup.values.tolist() == [["b", "a"]]


def test_store_read_only_on_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(frenemy.StoreError, match="no such store"):
        frenemy.open(tmp_path / "none.duckdb", read_only=True)


def test_open_a_missing_store_is_an_error_unless_asked_to_create(tmp_path):
    with pytest.raises(frenemy.StoreError, match=r"typo.duckdb: no such store; pass create=True"):
        frenemy.open(tmp_path / "typo.duckdb")
    assert not (tmp_path / "typo.duckdb").exists()
    with frenemy.open(tmp_path / "new.duckdb", create=True) as store:
        assert store.counts()["documents"] == 0
    with frenemy.open(tmp_path / "new.duckdb") as store:  # exists now
        assert store.counts()["documents"] == 0


def test_store_keeps_one_event_per_document_dyad_and_type_and_links_documents(tmp_path):
    text = ("Chile condemns Peru\n\nChile condemned Peru on Monday. "
            "Later the Chilean foreign ministry again condemned Peru over the boats.")
    (tmp_path / "2022-03-01_a.txt").write_text(text)
    (tmp_path / "2022-03-02_b.txt").write_text(text.replace("Monday", "Tuesday"))
    with frenemy.open() as store:
        run([tmp_path], store, date=None)
        events = store.events(type="ACCUSE")
        chile = events[events.source_actor == "CHL"]
        assert sorted(chile.mentions) == [2, 2]  # headline and first sentence, per document
        mentions = store.query("SELECT count(*) FROM event_mentions WHERE plover = 'ACCUSE'").iat[0, 0]
        assert mentions == events.mentions.sum()
        links = store.event_links()
        linked = links[(links.source_actor == "CHL") & (links.plover == "ACCUSE")]
        assert linked.link_id.nunique() == 1
        assert set(linked.num_articles) == {2} and set(linked.num_mentions) == {4}
