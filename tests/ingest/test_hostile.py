"""A folder of hostile files beside good articles: every file gets one outcome, nothing breaks."""

import json
import re

import pytest
from typer.testing import CliRunner

import frenemy
from frenemy.cli import app

runner = CliRunner()

GOOD = {
    "2021-05-03_ankara.txt": "Turkey accuses Greece over drills\n\nTurkey accused Greece on Monday "
    "of violating its airspace during naval drills near Rhodes, the defence ministry said.",
    "2021-05-04_lima.txt": "Peru recalls envoy\n\nPeru recalled its ambassador from Mexico on "
    "Tuesday after Mexico's president criticised the Peruvian government.",
    "2021-05-05_tehran.txt": "Iran#39;s envoy rejects claims\n\nIran#39;s foreign minister "
    "rejected quot;baseless accusationsquot; by Israel on Wednesday, state media said.",
    "2021-05-06_nairobi.txt": "Kenya and Ethiopia reopen border\n\nKenya and Ethiopia signed an "
    "agreement in Nairobi on Thursday to reopen their border crossing at Moyale.",
}
SAME = {"title": "Chile and Argentina hold talks",
        "text": "Chile's foreign minister met his Argentine counterpart in Santiago on Friday "
                "to discuss fishing rights in the Beagle Channel, officials said."}
FOREIGN = {
    "de.txt": "Bundesregierung berät über Hilfe\n\nDie Bundesregierung hat am Montag in Berlin "
    "über weitere Hilfen für die Ukraine beraten, wie ein Sprecher mitteilte. Die Gespräche "
    "sollen in der kommenden Woche fortgesetzt werden.",
    "fr.txt": "Le gouvernement français annonce une aide\n\nLe gouvernement français a annoncé "
    "lundi une nouvelle aide humanitaire pour le Soudan, a indiqué le ministère des Affaires "
    "étrangères dans un communiqué publié à Paris.",
    "es.txt": "El gobierno de México critica a Perú\n\nEl presidente de México criticó el martes "
    "al gobierno de Perú y pidió la liberación del expresidente, según informó la agencia.",
}


def hostile_files(copies: int) -> dict[str, bytes]:
    """Hostile inputs of every kind, `copies` of each (names differ)."""
    long_line = b"Russia " * 3_000_000  # 21 MB, one line
    kinds = {
        "png.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "pdf.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        "noise.jsonl": bytes((i * 37 + 11) % 256 for i in range(4000)),
        "latin1.txt": "Caf\xe9 talks in S\xe3o Paulo\n\nBrazil met Chile.".encode("latin-1"),
        "nul.txt": b"Russia\x00\x00\x00\x00 condemned\x00\x00\x00\x00\x00\x00 Ukraine\x00\x00",
        "empty.txt": b"",
        "blank.csv": b"  \n\n  ",
        "broken.jsonl": b'{"id": "x", "text": "unterminated\n[1, 2, 3]\n{"title": "no text"}\n',
        "notext.csv": b"id,body\n1,hello\n2,world\n",
        "quote.csv": b'id,title,text\n1,Head,"an unterminated \x00 quote',
        "broken.xml": b"<rss><channel><title>Feed</title><item><title>Only a ti",
        "notfeed.rss": b"this is not xml at all {}",
        "truncated.html": b"<html><head><title>Tal",
        "big.txt": long_line,
    }
    return {f"{i:02d}_{name}": data for i in range(copies) for name, data in kinds.items()
            if name != "big.txt" or i == 0}


@pytest.fixture
def folder(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name, data in hostile_files(copies=3).items():
        (news / name).write_bytes(data)
    for name, text in {**GOOD, **FOREIGN}.items():
        (news / name).write_text(text, encoding="utf-8")
    (news / "utf16.txt").write_text(
        "Japan protests to China\n\nJapan protested to China on Monday over a coast guard "
        "vessel near the Senkaku Islands, the foreign ministry said.", encoding="utf-16")
    (news / "pair.txt").write_text(f"{SAME['title']}\n\n{SAME['text']}")
    (news / "pair.jsonl").write_text(json.dumps({"id": "wire-7", **SAME}) + "\n")
    return news


@pytest.fixture
def earlier(tmp_path):
    """A store with one article already in it."""
    old = tmp_path / "old"
    old.mkdir()
    (old / "2020-01-02_old.txt").write_text(
        "Egypt and Sudan meet\n\nEgypt's president met Sudan's prime minister in Khartoum.")
    db = tmp_path / "store.duckdb"
    assert runner.invoke(app, ["ingest", str(old), "--db", str(db)]).exit_code == 0
    return db


def snapshot(db, doc_id):
    """Every stored row of one document, as JSON text."""
    with frenemy.open(db, read_only=True) as store:
        return {table: store.query(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY ALL",
                                   [doc_id]).to_json(orient="records", date_format="iso")
                for table in ("documents", "sentences", "mentions", "events", "event_mentions")}


def test_ingest_of_hostile_files_names_each_once_and_stores_the_good_ones(folder, earlier):
    before = snapshot(earlier, "2020-01-02_old")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(earlier), "--verbose"])

    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    outcome = {}  # file name -> (status, rest of its line)
    for line in result.stderr.splitlines():
        if line.strip():
            status, source, *_ = line.split(maxsplit=2)
            name = re.split(r"[:#\[ ]", source.removeprefix(f"{folder}/"))[0]
            assert name not in outcome, f"{name} named twice"
            outcome[name] = (status, line)
    assert set(outcome) == {path.name for path in folder.iterdir()}
    for name in hostile_files(copies=3):
        if not name.endswith(("nul.txt", "truncated.html", "broken.xml", "quote.csv")):
            assert outcome[name][0] in {"skipped", "failed"}, outcome[name]
    assert "too long" in outcome["00_big.txt"][1]
    assert "binary file" in outcome["00_png.txt"][1]
    assert "not UTF-8" in outcome["00_latin1.txt"][1]
    assert "empty file" in outcome["00_empty.txt"][1]
    assert "no readable record" in outcome["00_broken.jsonl"][1]
    assert "duplicate of wire-7" in outcome["pair.txt"][1]
    for name in FOREIGN:
        assert re.search(rf"stored +\S+{name}: language '..': stored, not coded", result.stderr)

    with frenemy.open(earlier, read_only=True) as store:
        ids = set(store.query("SELECT doc_id FROM documents").doc_id)
        assert {n.removesuffix(".txt") for n in GOOD} <= ids
        assert {"wire-7", "utf16", "2020-01-02_old"} <= ids and "pair" not in ids
        languages = store.query("SELECT doc_id, language FROM documents")
        assert dict(zip(languages.doc_id, languages.language, strict=True))["de"] == "de"
        assert store.query("SELECT count(*) FROM events WHERE doc_id IN ('de', 'fr', 'es')"
                           ).iat[0, 0] == 0
        sentences = store.query("SELECT sentence FROM event_mentions").sentence
        assert len(sentences) and not any("#39;" in s or "quot;" in s for s in sentences)
        tehran = store.events(doc_id="2021-05-05_tehran")
        assert not tehran.empty and "Iran's" in tehran.sentence.iloc[0]
    assert snapshot(earlier, "2020-01-02_old") == before


def test_ingest_of_the_same_article_as_txt_and_jsonl_stores_it_once(tmp_path):
    (tmp_path / "same.txt").write_text(f"{SAME['title']}\n\n{SAME['text']}")
    (tmp_path / "same.jsonl").write_text(json.dumps({"id": "j1", **SAME}) + "\n")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"skipped   {tmp_path / 'same.txt'}: duplicate of j1 (same text)" in result.stderr
    assert "1 stored" in result.stdout and "1 skipped" in result.stdout
    again = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert "0 stored, 1 unchanged" in again.stdout and "1 skipped" in again.stdout
