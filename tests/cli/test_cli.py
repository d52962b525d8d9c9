import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from frenemy.cli import app

runner = CliRunner()
CONTRACT = {"doc_id", "sentence", "source", "target", "plover", "cameo", "goldstein",
            "quad_class", "start", "end"}


@pytest.fixture
def news(tmp_path):
    (tmp_path / "ankara.txt").write_text(
        "Turkey condemns Greek drills\n\nTurkey condemned Greece over military drills near Rhodes. "
        "Greek officials rejected the Turkish claims.")
    (tmp_path / "more.jsonl").write_text(json.dumps({
        "id": "j1", "title": "Egypt and Sudan meet", "date": "2021-03-02",
        "text": "Egypt's president met Sudan's prime minister in Khartoum."}) + "\n")
    return tmp_path


def test_cli_code_writes_the_evaluation_contract_as_jsonl(news):
    result = runner.invoke(app, ["code", str(news / "ankara.txt"), str(news / "more.jsonl")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(CONTRACT <= set(r) for r in rows)
    assert {r["doc_id"] for r in rows} == {"ankara", "j1"}
    first = next(r for r in rows if r["doc_id"] == "ankara" and r["plover"] == "ACCUSE")
    assert (first["source"][:3], first["target"][:3]) == ("TUR", "GRC")
    assert first["sentence"] == "Turkey condemns Greek drills"


def test_cli_ingest_then_events_and_relations_in_every_format(news, tmp_path):
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(news), "--db", str(db), "--date", "2020-08-01"])
    assert result.exit_code == 0, result.output
    assert "Read 2 documents: 2 stored" in result.stdout
    again = runner.invoke(app, ["ingest", str(news), "--db", str(db)])
    assert "0 stored, 2 unchanged" in again.stdout

    jsonl = runner.invoke(app, ["events", "--db", str(db), "--actor", "TUR", "--format", "jsonl"])
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert rows and all("TUR" in (r["source_actor"] + r["target_actor"]) for r in rows)
    csv = runner.invoke(app, ["events", "--db", str(db), "--type", "CONSULT", "--format", "csv"])
    assert csv.stdout.splitlines()[0].startswith("event_id,doc_id,date,source_actor")
    parquet = tmp_path / "e.parquet"
    runner.invoke(app, ["events", "--db", str(db), "--format", "parquet", "--output", str(parquet)])
    assert len(pd.read_parquet(parquet)) >= 2
    table = runner.invoke(app, ["relations", "--db", str(db)])
    assert table.exit_code == 0 and "TUR" in table.stdout
    since = runner.invoke(app, ["events", "--db", str(db), "--since", "2021-01-01",
                                "--format", "jsonl"])
    assert {json.loads(line)["doc_id"] for line in since.stdout.splitlines()} == {"j1"}


def test_cli_reports_a_bad_file_in_one_line_and_ingests_the_rest(news, tmp_path):
    (news / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(news), "--db", str(db)])
    assert result.exit_code == 0
    assert f"skipped   {news / 'bad.txt'}: binary file" in result.stderr
    assert "2 stored" in result.stdout


def test_cli_events_on_a_missing_store_is_an_error_not_a_traceback(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 1
    assert "Error:" in result.stderr and "no such store" in result.stderr


def test_cli_unknown_model_is_a_clear_error(news):
    result = runner.invoke(app, ["code", str(news / "ankara.txt"), "--model", "no_such_model_xyz"])
    assert result.exit_code == 1
    assert "spaCy pipeline 'no_such_model_xyz' is not installed" in result.stderr


def test_cli_demo_ingests_the_demo_corpus_and_shows_relations_and_evidence(tmp_path):
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Relations (country pairs" in result.stdout
    assert "Top events, with their evidence" in result.stdout
    assert "near-duplicate" in result.stdout


def test_cli_actors_lists_codes_counts_and_how_they_were_coded(news, tmp_path):
    db = tmp_path / "s.duckdb"
    runner.invoke(app, ["ingest", str(news), "--db", str(db)])
    result = runner.invoke(app, ["actors", "--db", str(db), "--format", "jsonl"])
    rows = {r["code"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert rows["TUR"]["mentions"] >= 2 and rows["TUR"]["documents"] == 1
    assert "dictionary" in rows["TUR"]["coded_by"]
    assert "title rule" in rows["GRCGOV"]["coded_by"]


def test_cli_ingest_with_a_user_actor_dictionary(news, tmp_path):
    actors = tmp_path / "mine.csv"
    actors.write_text("phrase,code\nRhodes,GRCMIL\n")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(news), "--db", str(db), "--actors", str(actors)])
    assert result.exit_code == 0, result.output
    rows = runner.invoke(app, ["actors", "--db", str(db), "--code", "GRCMIL", "--format", "jsonl"])
    assert json.loads(rows.stdout.splitlines()[0])["coded_by"] == "user file mine.csv"


@pytest.mark.parametrize("args, message", [
    (["events", "--since", "yesterday"],
     "Invalid value for '--since': 'yesterday' is not a full date"),
    (["events", "--limit", "-5"], "Invalid value for '--limit'"),
    (["events", "--type", "FOO"], "'FOO' is not a PLOVER type; use one of ACCUSE, AGREE, AID"),
    (["events", "--format", "xml"], "Invalid value for '--format': 'xml' is not one of table"),
    (["relations", "--period", "fortnight"], "'fortnight' is not one of day, week, month, year"),
    (["ingest", "x.txt", "--date", "20 Foo"], "Invalid value for '--date'"),
])
def test_cli_bad_values_are_one_line_errors_with_exit_code_2(tmp_path, args, message):
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], lines


def test_cli_unknown_actor_prefix_lists_the_codes_in_the_store(news, tmp_path):
    db = tmp_path / "s.duckdb"
    runner.invoke(app, ["ingest", str(news), "--db", str(db)])
    result = runner.invoke(app, ["events", "--db", str(db), "--actor", "XYZ"])
    assert result.exit_code == 2
    assert "no actor code in the store starts with 'XYZ'" in result.stderr
    assert "TUR" in result.stderr and "EGY" in result.stderr


def test_cli_tables_keep_the_evidence_at_80_columns_and_default_to_a_limit():
    from frenemy.cli import TABLE_ROWS, fitting_columns, row_limit

    frame = pd.DataFrame([{"event_id": "e" * 16, "doc_id": "2019-06-20_gulf_drone_dispute",
                           "date": "2019-06-20", "source_actor": "IRNGOV", "target_actor": "USA",
                           "plover": "ACCUSE", "cameo": "112", "goldstein": -2.0,
                           "mentions": 1, "sentence": "Iran accused the United States."}])
    assert fitting_columns(frame, 80) == ["date", "source_actor", "plover", "target_actor",
                                          "sentence"]
    assert "doc_id" in fitting_columns(frame, 160)
    assert (row_limit(None, "table"), row_limit(None, "csv"), row_limit(0, "table")) == (
        TABLE_ROWS, 0, 0)


def test_cli_ingest_exits_1_when_a_file_failed_and_names_it(news, tmp_path):
    (news / "broken.jsonl").write_text("{oops\n")
    result = runner.invoke(app, ["ingest", str(news), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1
    assert f"failed    {news / 'broken.jsonl'}:1: not valid JSON" in result.stderr
    assert "2 stored" in result.stdout and "1 failed" in result.stdout
