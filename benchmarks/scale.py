"""Scale: wall time and documents/s of the pipeline locally and on Dask, on one machine.

Usage: python benchmarks/scale.py [--copies 134] [--partition-size 50]

The corpus is the demo corpus repeated (134 copies: 2,010 articles), each copy with its own ids.
Rows: bare spaCy parsing (nlp.pipe), the full pipeline in one process, in two spaCy processes
(nlp.pipe n_process=2; actors, events and the store stay in the main process), and on a Dask
LocalCluster with one and two single-threaded workers (each loads the pipeline once, writes
Parquet partitions, and the client loads them into DuckDB). Wall times include starting the
cluster and loading the models. Peak memory is the maximum resident set size of each process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from frenemy.clean import clean
from frenemy.config import Settings
from frenemy.demo import corpus_path
from frenemy.engines.dask import client_for, ingest_dask
from frenemy.ingest import read_paths
from frenemy.nlp import load_pipeline
from frenemy.pipeline import actor_coder, ingest
from frenemy.store import Store


def corpus(copies: int):
    base = list(read_paths([corpus_path()]))
    return [replace(d, doc_id=f"{d.doc_id}#{i}") for i in range(copies) for d in base]


def _worker_memory_mb() -> float:
    """A worker's resident memory now (its models loaded and a partition coded)."""
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=134)
    parser.add_argument("--partition-size", type=int, default=50)
    args = parser.parse_args()
    docs = corpus(args.copies)
    n = len(docs)
    rows = []
    settings = Settings()
    nlp = load_pipeline(settings.model)
    actor_coder(settings.model)
    texts = [clean(d).full_text for d in docs]

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    bare = time.perf_counter() - start
    rows.append(("bare spaCy nlp.pipe, 1 process", bare, rss_mb()))

    with tempfile.TemporaryDirectory() as tmp:
        for label, n_process in (("full pipeline, local 1 process", 1),
                                 ("full pipeline, local 2 processes", 2)):
            with Store(Path(tmp) / f"local{n_process}.duckdb") as store:
                start = time.perf_counter()
                ingest(docs, store, replace(settings, n_process=n_process))
                rows.append((label, time.perf_counter() - start, rss_mb()))
        for workers in (1, 2):
            start = time.perf_counter()
            client = client_for(None, workers)
            with Store(Path(tmp) / f"dask{workers}.duckdb") as store:
                ingest_dask(docs, store, settings, client=client, work_dir=Path(tmp) / f"parts{workers}",
                            partition_size=args.partition_size)
            elapsed = time.perf_counter() - start
            peaks = client.run(_worker_memory_mb)
            cluster = client.cluster
            client.close()
            cluster.close()
            worker_peak = max(peaks.values())
            rows.append((f"full pipeline, Dask {workers} worker{'s' if workers > 1 else ''}",
                         elapsed, worker_peak))

    print(f"corpus: {n} documents (demo corpus x {args.copies}), model {settings.model}, "
          f"partition size {args.partition_size}")
    print(f"{'run':<36}{'seconds':>9}{'docs/s':>9}{'peak MB':>10}")
    for label, seconds, peak in rows:
        print(f"{label:<36}{seconds:>9.1f}{n / seconds:>9.1f}{peak:>10.0f}")
    by = {label: seconds for label, seconds, _ in rows}
    one, two = by["full pipeline, Dask 1 worker"], by["full pipeline, Dask 2 workers"]
    print(f"Dask 2 workers / 1 worker throughput: {one / two:.2f}x")
    print(f"full pipeline (local, 1 process) / bare spaCy throughput: "
          f"{bare / by['full pipeline, local 1 process']:.2f}")
    print("peak MB: this process's maximum RSS for local rows; the largest worker's RSS at the "
          "end of the run for Dask rows")


if __name__ == "__main__":
    sys.exit(main())
