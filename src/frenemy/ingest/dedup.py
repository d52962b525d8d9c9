"""Near-duplicate detection (the same wire story in two outlets) with MinHash LSH."""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
THRESHOLD = 0.5
SHINGLE = 3
SCHEME = "affine32"  # stored signatures were made with it; say so when rebuilding them


def signature(text: str) -> list[int]:
    """A MinHash signature over word 3-grams of the text (lowercased)."""
    words = re.findall(r"\w+", text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode() for s in shingles])
    return [int(v) for v in minhash.hashvalues]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


class NearDuplicates:
    """An LSH index of signatures; `match` finds the most similar earlier document."""

    def __init__(self, known: Iterable[tuple[str, list[int]]] = (), threshold: float = THRESHOLD):
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, list[int]] = {}
        for doc_id, sig in known:
            self.add(doc_id, sig)

    def add(self, doc_id: str, sig: list[int]) -> None:
        if doc_id in self.signatures:
            return
        self.signatures[doc_id] = sig
        self.lsh.insert(doc_id, self._minhash(sig))

    def match(self, doc_id: str, sig: list[int]) -> tuple[str, float] | None:
        """The closest known document other than doc_id, with its similarity, if any is near."""
        candidates = [c for c in self.lsh.query(self._minhash(sig)) if c != doc_id]
        if not candidates:
            return None
        scored = [(c, similarity(sig, self.signatures[c])) for c in candidates]
        return max(scored, key=lambda pair: (pair[1], pair[0]))

    @staticmethod
    def _minhash(sig: list[int]) -> MinHash:
        import numpy as np

        return MinHash(num_perm=NUM_PERM, hashvalues=np.array(sig, dtype=np.uint64), scheme=SCHEME)
