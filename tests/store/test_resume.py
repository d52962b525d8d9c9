"""kill -9 during an ingest, then the same ingest again: the store equals a clean run's."""

import signal
import subprocess
import sys

import frenemy
from frenemy.ingest import read_paths
from frenemy.pipeline import ingest

PAIRS = [("Turkey", "Greece"), ("Peru", "Chile"), ("Kenya", "Somalia"), ("India", "Pakistan"),
         ("Japan", "China"), ("Egypt", "Ethiopia"), ("Serbia", "Kosovo"), ("Poland", "Belarus"),
         ("Morocco", "Algeria"), ("Vietnam", "Cambodia"), ("Brazil", "Venezuela"),
         ("Sweden", "Iran")]
VERBS = ["accused", "condemned", "criticised", "praised", "thanked", "warned"]
TABLES = ("documents", "removed", "sentences", "mentions", "events", "event_mentions", "quotes",
          "claims", "positions")
KILLER = """
import os, signal, sys
import frenemy, frenemy.pipeline as pipeline
from frenemy.ingest import read_paths
real, calls = pipeline.code_parsed, []
def dying(*args, **kwargs):
    calls.append(1)
    if len(calls) == int(sys.argv[3]):  # in the middle of the fourth batch
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
pipeline.code_parsed = dying
with frenemy.open(sys.argv[2], create=True) as store:
    pipeline.ingest(list(read_paths([sys.argv[1]])), store, batch_size=2)
"""


def write_corpus(folder):
    folder.mkdir()
    for i, (a, b) in enumerate(PAIRS):
        verb = VERBS[i % len(VERBS)]
        (folder / f"2022-03-{i + 1:02d}_{a.lower()}.txt").write_text(
            f"{a} {verb} {b}\n\n{a}'s foreign minister {verb} {b} on day {i + 1} over the "
            f"dispute near the border, officials in the capital said. {b} rejected the claims.")


def contents(db):
    with frenemy.open(db, read_only=True) as store:
        return {t: store.query(f"SELECT * EXCLUDE (ingested_at) FROM {t} ORDER BY ALL"
                               if t == "documents" else f"SELECT * FROM {t} ORDER BY ALL"
                               ).to_json(orient="records", date_format="iso") for t in TABLES}


def test_ingest_killed_mid_run_then_run_again_equals_a_clean_run(tmp_path):
    corpus = tmp_path / "news"
    write_corpus(corpus)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    with frenemy.open(clean_db, create=True) as store:
        ingest(list(read_paths([corpus])), store, batch_size=2)

    run = subprocess.run([sys.executable, "-c", KILLER, str(corpus), str(killed_db), "7"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == -signal.SIGKILL, run.stderr
    with frenemy.open(killed_db, read_only=True) as store:
        assert store.counts()["documents"] == 6  # three batches of two were committed

    with frenemy.open(killed_db) as store:
        report = ingest(list(read_paths([corpus])), store, batch_size=2)
    assert (report.stored, report.unchanged) == (len(PAIRS) - 6, 6)
    assert contents(killed_db) == contents(clean_db)
