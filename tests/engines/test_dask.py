"""The Dask engine gives the same records as a local run, survives a dying worker and skips
work already done. These tests start a 2-worker LocalCluster."""

import os
from dataclasses import replace
from pathlib import Path

import pytest

import frenemy
from frenemy.config import Settings
from frenemy.demo import corpus_path
from frenemy.engines.dask import client_for, code_partition, ingest_dask, partitions
from frenemy.ingest import read_paths
from frenemy.pipeline import ingest

TABLES = ("events", "event_mentions", "quotes", "claims", "positions", "mentions", "sentences")


@pytest.fixture(scope="module")
def client():
    client = client_for(None, 2)
    yield client
    cluster = client.cluster
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def documents():
    return list(read_paths([corpus_path()]))


def table(store, name):
    frame = store.query(f"SELECT * FROM {name}")
    cols = sorted(frame.columns)
    return frame[cols].astype(str).sort_values(cols).reset_index(drop=True)


def test_dask_engine_gives_the_same_records_as_a_local_run(client, documents, tmp_path):
    with (frenemy.open(tmp_path / "local.duckdb", create=True) as local,
          frenemy.open(tmp_path / "dask.duckdb", create=True) as dist):
        ingest(documents, local)
        report = ingest_dask(documents, dist, Settings(), client=client, work_dir=tmp_path / "parts",
                             partition_size=4)
        assert report.stored == len(documents)
        for name in TABLES:
            assert table(local, name).equals(table(dist, name)), name
        dup = "SELECT doc_id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL"
        assert local.query(dup).values.tolist() == dist.query(dup).values.tolist()
    parts = sorted(p.relative_to(tmp_path / "parts") for p in (tmp_path / "parts").glob("date=*/part-*"))
    assert parts and all(str(p).startswith("date=") for p in parts)


def test_dask_rerun_skips_stored_documents_and_written_partitions(client, documents, tmp_path):
    work = tmp_path / "parts"
    with frenemy.open(tmp_path / "a.duckdb", create=True) as store:
        ingest_dask(documents, store, Settings(), client=client, work_dir=work, partition_size=4)
        again = ingest_dask(documents, store, Settings(), client=client, work_dir=work)
        assert (again.stored, again.unchanged) == (0, len(documents))
    written = {p: p.stat().st_mtime_ns for p in work.glob("date=*/part-*/documents.parquet")}
    with frenemy.open(tmp_path / "b.duckdb", create=True) as fresh:  # a new store reuses the partitions
        report = ingest_dask(documents, fresh, Settings(), client=client, work_dir=work, partition_size=4)
        assert report.stored == len(documents)
    assert {p: p.stat().st_mtime_ns for p in written} == written


def test_partition_is_written_whole_or_not_at_all(documents, tmp_path, monkeypatch):
    import frenemy.pipeline

    def broken(*args, **kwargs):
        yield from ()
        raise RuntimeError("worker lost")

    folder = tmp_path / "date=2021-01-01" / "part-x"
    monkeypatch.setattr(frenemy.pipeline, "code_documents", broken)
    with pytest.raises(RuntimeError):
        code_partition(documents[:2], Settings(), str(folder))
    assert not folder.exists() and list(folder.parent.iterdir()) == []


def test_dask_worker_that_dies_mid_run_loses_no_document(client, documents, tmp_path):
    many = [replace(d, doc_id=f"{d.doc_id}#{i}") for i in range(3) for d in documents]
    killed = []

    def kill_one_worker(_count):
        if not killed:
            worker = sorted(client.scheduler_info()["workers"])[0]
            killed.append(worker)
            try:
                client.run(os._exit, 1, workers=[worker], wait=False)
            except Exception:  # the worker may be gone before it answers
                pass

    with frenemy.open(tmp_path / "d.duckdb", create=True) as store:
        report = ingest_dask(many, store, Settings(), client=client, work_dir=tmp_path / "parts",
                             partition_size=3, on_documents=kill_one_worker)
        assert killed and report.stored == len(many)
        assert store.counts()["documents"] == len(many)


def test_partitions_group_by_date_and_are_stable(documents):
    first, again = partitions(documents, 3), partitions(list(reversed(documents)), 3)
    assert first.keys() == again.keys()
    assert all(len(v) <= 3 for v in first.values())
    undated = [k for k in first if k.startswith("date=undated")]
    assert all(d.date is None for k in undated for d in first[k])
    assert sum(len(v) for v in first.values()) == len(documents)
    assert isinstance(next(iter(first)), str) and Path(next(iter(first))).parts[0].startswith("date=")
