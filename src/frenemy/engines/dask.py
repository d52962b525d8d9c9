"""Run the pipeline on a Dask cluster: the same stage functions, the same records.

Documents are grouped by date and cut into partitions. Each partition is coded on a worker
(which loads the spaCy pipeline once, like any process) and written as Parquet, one file per
store table, under ``work_dir/date=YYYY-MM-DD/part-<hash>/``. A partition is written to a
temporary folder and renamed when complete, so a worker that dies leaves nothing half-written;
Dask retries the task elsewhere. Finished partitions are then loaded into the store, one
transaction each, with near-duplicates marked as in a local run. Re-running skips partitions
already written and documents already stored.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..config import Settings
from ..errors import ConfigError
from ..records import Document
from ..store import TABLES, Store, content_hash

PARTITION_SIZE = 100


def partitions(documents: list[Document], size: int = PARTITION_SIZE) -> dict[str, list[Document]]:
    """Documents grouped by date and cut into chunks; each key is the partition's folder."""
    by_date: dict[str, list[Document]] = defaultdict(list)
    for document in sorted(documents, key=lambda d: (d.date or "", d.doc_id)):
        by_date[document.date or "undated"].append(document)
    parts = {}
    for day, docs in by_date.items():
        for i in range(0, len(docs), size):
            chunk = docs[i : i + size]
            digest = hashlib.sha1("|".join(d.doc_id + content_hash(d) for d in chunk).encode())
            parts[f"date={day}/part-{digest.hexdigest()[:12]}"] = chunk
    return parts


def code_partition(documents: list[Document], settings: Settings, folder: str) -> str:
    """Worker task: code a partition and write its tables as Parquet, atomically."""
    from ..clean import clean
    from ..ingest.dedup import signature
    from ..pipeline import code_documents
    from ..store import rows_of

    final = Path(folder)
    if final.is_dir():
        return str(final)  # done by an earlier run
    final.parent.mkdir(parents=True, exist_ok=True)
    coded = list(code_documents(documents, settings))
    rows = rows_of((c, signature(clean(c.document).text), None) for c in coded)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=final.parent))
    try:
        for table, table_rows in rows.items():
            if table_rows:
                pd.DataFrame(table_rows).to_parquet(tmp / f"{table}.parquet", index=False)
        os.replace(tmp, final)  # atomic on one file system: the partition appears whole
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return str(final)


def load_partition(store: Store, folder: Path, near: object) -> tuple[int, int, list]:
    """Load a written partition into the store; returns documents, events and duplicates."""
    frames = {table: pd.read_parquet(path) for table in TABLES
              if (path := folder / f"{table}.parquet").exists()}
    documents = frames.get("documents")
    if documents is None:
        return 0, 0, []
    duplicates = []
    dup_of, dup_sim = [], []
    for doc_id, sig in zip(documents.doc_id, documents.minhash, strict=True):
        sig = [int(v) for v in sig]
        match = near.match(doc_id, sig)  # type: ignore[attr-defined]
        near.add(doc_id, sig)  # type: ignore[attr-defined]
        dup_of.append(match[0] if match else None)
        dup_sim.append(match[1] if match else None)
        if match:
            duplicates.append((doc_id, *match))
    documents["duplicate_of"], documents["duplicate_similarity"] = dup_of, dup_sim
    documents["minhash"] = [[int(v) for v in sig] for sig in documents.minhash]
    stored = store.write_rows(frames)
    events = len(frames["events"]) if "events" in frames else 0
    return stored, events, duplicates


def client_for(scheduler: str | None, n_workers: int):
    """A Dask client: the given scheduler, or a LocalCluster of single-threaded processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("the Dask engine needs dask[distributed]: pip install 'frenemy[dask]'") from None
    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster)


def ingest_dask(documents: list[Document], store: Store, settings: Settings, *,
                scheduler: str | None = None, n_workers: int = 2, work_dir: Path | None = None,
                partition_size: int = PARTITION_SIZE, retries: int = 3,
                on_documents: Callable[[int], None] | None = None, client=None):
    """Code documents on Dask and load the results into the store (see the module doc)."""
    from dask.distributed import as_completed

    from ..ingest.dedup import NearDuplicates
    from ..pipeline import IngestReport

    report = IngestReport(read=len(documents))
    fresh = []
    for document in documents:
        from ..clean import clean

        if store.stored_hash(document.doc_id) == content_hash(clean(document)):
            report.unchanged += 1
        else:
            fresh.append(document)
    if on_documents and report.unchanged:
        on_documents(report.unchanged)
    if not fresh:
        return report
    work = Path(work_dir) if work_dir else Path(f"{store.path or 'frenemy'}.partitions")
    parts = partitions(fresh, partition_size)
    own_client = client is None
    client = client or client_for(scheduler, n_workers)
    try:
        futures = {client.submit(code_partition, docs, settings, str(work / key), key=f"code-{key}",
                                 retries=retries, pure=False): key for key, docs in parts.items()}
        near = NearDuplicates(store.signatures())
        for future in as_completed(futures):
            folder = Path(future.result())
            stored, events, duplicates = load_partition(store, folder, near)
            report.stored += stored
            report.events += events
            report.duplicates += duplicates
            if on_documents:
                on_documents(len(parts[futures[future]]))
    finally:
        if own_client:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()
    return report
