"""Ingest 1,000 hostile files and 10 good articles into a store that already holds one article.

    python benchmarks/hostile.py [--files 1000]

Prints the exit code, the outcome counts, whether any traceback showed, whether every file was
named once, whether the 10 good articles were stored and the earlier article left unchanged,
and the time taken.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import frenemy

KINDS = {
    "png.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "pdf.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "noise.jsonl": bytes((i * 37 + 11) % 256 for i in range(4000)),
    "latin1.txt": "Caf\xe9 talks in S\xe3o Paulo\n\nBrazil met Chile.".encode("latin-1"),
    "utf16.txt": "Head\n\nJapan protested to China over the islands.".encode("utf-16"),
    "nul.txt": b"Russia\x00\x00\x00\x00 condemned\x00\x00\x00\x00\x00\x00 Ukraine\x00\x00",
    "empty.txt": b"",
    "broken.jsonl": b'{"id": "x", "text": "unterminated\n[1, 2, 3]\n',
    "notext.csv": b"id,body\n1,hello\n",
    "broken.xml": b"<rss><channel><title>Feed</title><item><title>Only a ti",
    "truncated.html": b"<html><head><title>Tal",
    "german.txt": "Regierung berät\n\nDie Bundesregierung hat am Montag in Berlin über weitere "
                  "Hilfen beraten, wie ein Sprecher mitteilte.".encode(),
}
GOOD = ("{a} accuses {b}\n\n{a}'s foreign minister accused {b} on Monday of violating the "
        "ceasefire near the border, officials said. {b} rejected the claims.")
PAIRS = [("Turkey", "Greece"), ("Peru", "Chile"), ("Kenya", "Somalia"), ("India", "Pakistan"),
         ("Japan", "China"), ("Egypt", "Ethiopia"), ("Serbia", "Kosovo"), ("Poland", "Belarus"),
         ("Morocco", "Algeria"), ("Vietnam", "Cambodia")]


def build(folder: Path, count: int) -> None:
    """`count` hostile files (one 20 MB line among them) and the 10 good articles."""
    folder.mkdir()
    kinds = list(KINDS.items())
    for i in range(count - 1):
        name, data = kinds[i % len(kinds)]
        (folder / f"{i:04d}_{name}").write_bytes(data)
    (folder / "9999_big.txt").write_bytes(b"Russia " * 3_000_000)
    for a, b in PAIRS:
        (folder / f"good_{a.lower()}.txt").write_text(GOOD.format(a=a, b=b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "old").mkdir()
        (root / "old" / "old.txt").write_text("Egypt and Sudan meet\n\nEgypt's president met "
                                              "Sudan's prime minister in Khartoum.")
        db = root / "store.duckdb"
        frenemy_cli = [sys.executable, "-m", "frenemy", "ingest", "--db", str(db)]
        subprocess.run([*frenemy_cli, str(root / "old")], check=True, capture_output=True)
        with frenemy.open(db, read_only=True) as store:
            before = store.query("SELECT * EXCLUDE (ingested_at) FROM documents"
                                 ).to_json(date_format="iso")
        build(root / "news", args.files)
        start = time.perf_counter()
        run = subprocess.run([*frenemy_cli, "--verbose", str(root / "news")],
                             capture_output=True, text=True)
        seconds = time.perf_counter() - start
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        names = [re.split(r"[:#\[ ]", line.split()[1].rsplit("/", 1)[-1])[0] for line in lines]
        counts = {s: sum(line.startswith(s) for line in lines)
                  for s in ("stored", "unchanged", "skipped", "failed")}
        with frenemy.open(db, read_only=True) as store:
            ids = set(store.query("SELECT doc_id FROM documents").doc_id)
            after = store.query("SELECT * EXCLUDE (ingested_at) FROM documents "
                                "WHERE doc_id = 'old'").to_json(date_format="iso")
        files = {p.name for p in (root / "news").iterdir()}
        print(f"files: {len(files)}; exit code {run.returncode}; {counts}; {seconds:.1f} s")
        print(f"traceback: {'Traceback' in run.stderr + run.stdout}; every file named once: "
              f"{sorted(names) == sorted(files)}")
        print(f"good stored: {sum(f'good_{a.lower()}' in ids for a, _ in PAIRS)}/10; "
              f"earlier article unchanged: {after == before}")


if __name__ == "__main__":
    main()
