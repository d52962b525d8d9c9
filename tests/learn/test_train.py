"""`frenemy train` end to end on a few invented items: the command, the model folder, loading
it back in `frenemy code`, `ingest` and `eval`, and a type of the user's own."""

import json

import pytest
from typer.testing import CliRunner

import frenemy
from frenemy.cli import app
from frenemy.config import Settings
from frenemy.learn.model import read_model

runner = CliRunner()

KINETIC = ["artillery and rockets", "tanks and infantry", "air strikes on two towns",
           "drones and missiles", "heavy shelling along the border", "mortar fire at dawn"]
CYBER = ["a wave of computer viruses", "malicious software aimed at its banks",
         "ransomware that shut hospital computers", "a flood of hacking attempts on its networks",
         "stolen passwords and malware", "a cyber operation against its power grid"]
PAIRS = [("Russia", "Ukraine", "RUS", "UKR"), ("Iran", "Israel", "IRN", "ISR"),
         ("China", "Taiwan", "CHN", "TWN"), ("Syria", "Turkey", "SYR", "TUR"),
         ("India", "Pakistan", "IND", "PAK"), ("Armenia", "Azerbaijan", "ARM", "AZE")]


def articles_and_gold():
    """Invented articles: each pair attacks once with weapons, once with computers."""
    docs, gold = [], []
    for i, (a, b, ca, cb) in enumerate(PAIRS):
        for kind, means in (("ASSAULT", KINETIC[i]), ("CYBERATTACK", CYBER[i])):
            doc = f"{kind.lower()}-{i}"
            text = f"{a} attacked {b} with {means} on Monday, officials said."
            docs.append({"id": doc, "title": "", "text": text, "date": "2021-05-03"})
            gold.append({"doc": doc, "anchor": means, "source": ca, "target": cb, "plover": [kind]})
        doc = f"hack-{i}"  # a verb no frame reads: its candidate comes from generic roles
        docs.append({"id": doc, "title": "", "date": "2021-05-03",
                     "text": f"{a} snooped on the computer networks of {b} on Monday, officials said."})
        gold.append({"doc": doc, "anchor": "snooped on", "source": ca, "target": cb, "plover": ["CYBERATTACK"]})
    return docs, gold


@pytest.fixture(scope="module")
def user_model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("user")
    docs, gold = articles_and_gold()
    (folder / "articles.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    (folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))
    out = folder / "model"
    result = runner.invoke(app, ["train", "--gold", str(folder / "gold.jsonl"), "--input",
                                 str(folder / "articles.jsonl"), "--output", str(out),
                                 "--held-out", "0", "--name", "mine", "--c", "10"])
    assert result.exit_code == 0, result.output
    return folder, out


def test_train_writes_a_model_that_loads(user_model):
    _, out = user_model
    model = read_model(out)
    assert model.name == "mine" and set(model.classes) == {"NONE", "ASSAULT", "CYBERATTACK"}
    assert sum(p.stat().st_size for p in out.iterdir()) < 1_000_000


def test_a_type_of_the_users_own_is_coded_after_training(user_model):
    _, out = user_model
    settings = Settings(frames_only=False, event_model=str(out))
    cyber = frenemy.code("North Korea attacked South Korea with ransomware aimed at its hospitals.",
                         settings=settings)
    assert [(e.source[:3], e.plover, e.target[:3]) for e in cyber.events] == [
        ("PRK", "CYBERATTACK", "KOR")]
    event = cyber.events[0]
    assert event.cameo == "" and event.score is not None and event.score >= 0.5
    assert event.provenance.startswith("model:mine@") and "retyped from ASSAULT" in event.provenance
    kinetic = frenemy.code("Iraq attacked Kuwait with drones, tanks and artillery on Tuesday.",
                           settings=settings)
    assert [e.plover for e in kinetic.events] == ["ASSAULT"]


def test_a_verb_no_frame_reads_is_coded_from_generic_roles_after_training(user_model):
    _, out = user_model
    settings = Settings(frames_only=False, event_model=str(out))
    snooped = frenemy.code("Vietnam snooped on the computer networks of Cambodia last week.", settings=settings)
    assert [(e.source[:3], e.plover, e.target[:3]) for e in snooped.events] == [("VNM", "CYBERATTACK", "KHM")]
    assert snooped.events[0].provenance.endswith("generic roles")
    denied = frenemy.code("Vietnam did not snoop on the computer networks of Cambodia.", settings=settings)
    assert denied.events == ()
    assert frenemy.code("Vietnam snooped on the computer networks of Cambodia last week.").events == ()


def test_code_and_ingest_carry_score_and_provenance(user_model, tmp_path):
    folder, out = user_model
    article = tmp_path / "a.txt"
    article.write_text("Cyber raid\n\nNorth Korea attacked South Korea with ransomware aimed at its hospitals.")
    coded = runner.invoke(app, ["code", str(article), "--model-path", str(out)])
    assert coded.exit_code == 0, coded.output
    line = json.loads(coded.stdout.splitlines()[0])
    assert line["plover"] == "CYBERATTACK" and line["provenance"].startswith("model:mine@")
    frames = runner.invoke(app, ["code", str(article), "--model-path", str(out), "--frames-only"])
    line = json.loads(frames.stdout.splitlines()[0])
    assert (line["plover"], line["provenance"]) == ("ASSAULT", "frames")
    assert line["score"] == line["confidence"]
    db = tmp_path / "store.duckdb"
    ingested = runner.invoke(app, ["ingest", str(article), "--db", str(db), "--model-path", str(out),
                                   "--threshold", "0.4"])
    assert ingested.exit_code == 0, ingested.output
    with frenemy.open(db, read_only=True) as store:
        events = store.events()
    assert list(events.plover) == ["CYBERATTACK"] and events.provenance[0].startswith("model:mine@")


def test_eval_prints_frames_and_model_side_by_side(user_model):
    folder, out = user_model
    result = runner.invoke(app, ["eval", str(folder / "gold.jsonl"), "--input",
                                 str(folder / "articles.jsonl"), "--model-path", str(out)])
    assert result.exit_code == 0, result.output
    assert "frames: precision 0.500 recall 0.333" in result.stdout
    assert "model: precision 1.000 recall 1.000" in result.stdout
    assert "CYBERATTACK" in result.stdout


def test_train_on_training_items_prints_held_out_figures(tmp_path):
    items = []
    for i, (a, b, ca, cb) in enumerate(PAIRS):
        text = f"{a} condemned {b} over the border incident."
        items.append({"id": f"p{i}", "text": text, "style": "wire", "events": [
            {"source": a, "source_code": ca, "target": b, "target_code": cb, "plover": "ACCUSE",
             "trigger": "condemned"}]})
        items.append({"id": f"n{i}", "text": f"{a} condemned {b} in 1995, a historian recalled.",
                      "style": "wire", "events": [], "negative": "background"})
    data = tmp_path / "items.jsonl"
    data.write_text("".join(json.dumps(i) + "\n" for i in items))
    result = runner.invoke(app, ["train", "--data", str(data), "--output", str(tmp_path / "m"),
                                 "--held-out", "0.5"])
    assert result.exit_code == 0, result.output
    assert "Held out: 6 documents" in result.stdout and "frames + model" in result.stdout


def test_train_names_the_line_of_a_bad_label(tmp_path):
    data = tmp_path / "items.jsonl"
    data.write_text(json.dumps({"id": "x", "text": "Peru condemned Chile.", "events": [
        {"source": "Peru", "source_code": "PER", "target": "Chile", "target_code": "CHL",
         "plover": "CONDEMN", "trigger": "condemned"}]}) + "\n")
    result = runner.invoke(app, ["train", "--data", str(data), "--output", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert f"{data}:1: event 1: plover 'CONDEMN' is not a PLOVER type" in " ".join(result.output.split())


def test_decide_drops_by_the_probability_of_an_event_and_retypes_only_a_clear_winner():
    import numpy as np

    from frenemy.learn.decide import decide
    from frenemy.learn.model import EventModel
    from frenemy.records import Event

    model = EventModel(["ACCUSE", "NONE", "REJECT"], np.zeros(0, dtype=np.int64),
                       np.zeros((0, 3), dtype=np.float32), np.zeros(3, dtype=np.float32), version="t")
    event = Event(doc_id="d", sent_index=0, sentence="s", start=0, end=1, source="RUS", target="USA",
                  source_text="Russia", target_text="US", predicate="slammed", plover="ACCUSE",
                  cameo="111", goldstein=-2.0, quad_class=3, confidence=1.0, date="2020-01-01")
    assert decide(event, {"NONE": 0.9, "ACCUSE": 0.05, "REJECT": 0.05}, 0.15, model) is None
    kept = decide(event, {"NONE": 0.5, "ACCUSE": 0.2, "REJECT": 0.3}, 0.15, model)
    assert kept.plover == "ACCUSE" and kept.score == 0.5  # REJECT is no clear winner
    retyped = decide(event, {"NONE": 0.1, "ACCUSE": 0.2, "REJECT": 0.7}, 0.15, model)
    assert retyped.plover == "REJECT" and retyped.cameo and "retyped from ACCUSE" in retyped.provenance
    assert decide(event, {"NONE": 0.5, "ACCUSE": 0.2, "REJECT": 0.3}, 0.6, model) is None
