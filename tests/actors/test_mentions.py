"""Actor coding measured on a written test set (tests/actors/mentions.jsonl, see MENTIONS.md)."""

import json
import re
from collections import Counter
from pathlib import Path

import frenemy

CASES = [json.loads(line) for line in (Path(__file__).parent / "mentions.jsonl").open(encoding="utf-8")]


def find(text: str, surface: str, occurrence: int) -> tuple[int, int]:
    spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)]
    return spans[occurrence - 1]


def predicted(coded: frenemy.Coded, start: int, end: int) -> str | None:
    overlapping = [m for m in coded.mentions
                   if m.start < end and start < m.end and m.kind != "place"]  # places are not actors
    if not overlapping:
        return None
    best = max(overlapping, key=lambda m: (min(end, m.end) - max(start, m.start), -abs(m.start - start)))
    return best.code


def score() -> tuple[float, list[str], Counter, Counter]:
    right, misses, total_by, right_by = 0, [], Counter(), Counter()
    total = 0
    for case in CASES:
        coded = frenemy.code(case["text"], date=case["date"])
        for want in case["mentions"]:
            start, end = find(case["text"], want["text"], want.get("occurrence", 1))
            got = predicted(coded, start, end)
            ok = got == want["code"]
            total += 1
            right += ok
            total_by[want["category"]] += 1
            right_by[want["category"]] += ok
            if not ok:
                misses.append(f"{case['id']} {want['category']}: {want['text']!r} "
                              f"want {want['code']} got {got}  «{case['text'][:90]}»")
    return right / total, misses, total_by, right_by


def test_actor_coding_accuracy_on_the_written_test_set():
    accuracy, misses, total_by, right_by = score()
    report = ", ".join(f"{c} {right_by[c]}/{n}" for c, n in sorted(total_by.items()))
    print(f"\nactor accuracy {accuracy:.3f} over {sum(total_by.values())} mentions: {report}")
    assert sum(total_by.values()) >= 150
    assert accuracy >= 0.95, "\n".join(misses)
