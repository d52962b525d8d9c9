import json

from typer.testing import CliRunner

from frenemy.cli import app
from frenemy.evaluate import normalise, score_events

GOLD = [
    {"doc": "d1", "anchor": "Chile condemned", "source": "CHL", "target": "PER", "plover": ["ACCUSE"]},
    {"doc": "d1", "anchor": "", "source": "PER", "target": "CHL", "plover": ["REJECT", "ACCUSE"]},
    {"doc": "d1", "anchor": "talks", "source": "CHL", "target": "PER", "plover": ["CONSULT"],
     "required": False},
    {"doc": "d2", "anchor": "“sanctions”", "source": "USA", "target": "IRN", "plover": ["SANCTION"],
     "exclude": "lifted"},
]


def pred(doc, sentence, source, target, plover):
    return {"doc_id": doc, "sentence": sentence, "source": source, "target": target, "plover": plover}


def test_score_events_follows_the_matching_rule():
    preds = [
        pred("d1", "Chile condemned Peru.", "CHLGOV", "PER", "ACCUSE"),          # match
        pred("d1", "Peru hit back.", "PER", "CHL", "ACCUSE"),                      # empty anchor
        pred("d1", "They held talks.", "CHL", "PER", "CONSULT"),                   # absorbed
        pred("d2", 'The US imposed "sanctions" then lifted them.', "USA", "IRN", "SANCTION"),  # exclude
        pred("d2", "Other text.", "USA", "IRN", "ASSAULT"),                        # extra
        pred("d9", "Not a gold document.", "USA", "IRN", "ASSAULT"),               # ignored
    ]
    result = score_events(GOLD, preds, [{"doc": "d2", "source": "USA", "target": "IRN",
                                         "plover": "ASSAULT"}])
    assert (result.total.tp, result.total.predicted, result.total.gold) == (2, 4, 3)
    assert round(result.total.precision, 2) == 0.5 and round(result.total.recall, 2) == 0.67
    assert [g["doc"] for g in result.missed] == ["d2"]
    assert len(result.forbidden) == 1
    assert result.by_type["ACCUSE"].tp == 1 and result.by_type["REJECT"].tp == 1


def test_normalise_straightens_quotes_and_space():
    assert normalise("  “Convincing”\u00a0 EVIDENCE ") == '"convincing" evidence'


def test_cli_eval_codes_input_and_prints_scores(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "lima", "anchor": "condemned", "source": "PER",
                                "target": "CHL", "plover": ["ACCUSE"]}) + "\n")
    article = tmp_path / "lima.txt"
    article.write_text("Peru protests\n\nPeru condemned Chile over the border incident.")
    result = CliRunner().invoke(app, ["eval", str(gold), "--input", str(article)])
    assert result.exit_code == 0, result.output
    assert "events: precision 1.000 recall 1.000 f1 1.000" in result.stdout
    assert "ACCUSE" in result.stdout
    missing = CliRunner().invoke(app, ["eval", str(gold)])
    assert missing.exit_code != 0


def test_score_events_per_article_and_dyads_with_types_ignored():
    gold = [{"doc": "a", "anchor": "", "source": "RUS", "target": "UKR", "plover": ["ASSAULT"]},
            {"doc": "a", "anchor": "", "source": "RUS", "target": "UKR", "plover": ["THREATEN"]},
            {"doc": "a", "anchor": "", "source": "UKR", "target": "RUS", "plover": ["ACCUSE"]}]
    preds = [pred("a", "Russia shelled Kharkiv.", "RUSMIL", "UKR", "ASSAULT"),
             pred("a", "Russian guns hit Kharkiv again.", "RUSMIL", "UKR", "ASSAULT"),  # same event again
             pred("a", "Kyiv urged Moscow to stop.", "UKRGOV", "RUSGOV", "REQUEST")]  # right dyad, wrong type
    plain = score_events(gold, preds)
    assert (plain.total.tp, plain.total.predicted) == (1, 3)
    article = score_events(gold, preds, by_article=True)
    assert (article.total.tp, article.total.predicted) == (1, 2)
    dyads = score_events(gold, preds, by_article=True, ignore_types=True)
    assert (dyads.total.tp, dyads.total.predicted, dyads.total.gold) == (2, 2, 3)
    assert preds[0] == pred("a", "Russia shelled Kharkiv.", "RUSMIL", "UKR", "ASSAULT")  # inputs untouched
