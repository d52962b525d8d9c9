"""Document tone in the spirit of GDELT's AvgTone: the percentage of words with a positive
valence minus the percentage with a negative one (-100..+100; news is mostly -10..+5).

Valences come from the VADER lexicon (Hutto and Gilbert 2014, MIT licence), read offline from
the `vaderSentiment` package. A word counts when its mean valence is at least THRESHOLD in
either direction; a word within three words after a negation ("did not welcome") counts on the
other side, as in VADER. Tone is kept apart from event cooperation: it describes how an
article is written, not what the actors did.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .records import Document, Tone

THRESHOLD = 0.5
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
NEGATIONS = {"not", "no", "never", "none", "nor", "neither", "nothing", "nowhere", "without",
             "cannot", "n't", "rarely", "seldom"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """The VADER lexicon: lower-case word -> mean valence (-4..+4)."""
    path = resources.files("vaderSentiment") / "vader_lexicon.txt"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


def text_tone(text: str) -> tuple[float, float, float, int]:
    """(tone, positive %, negative %, words) of a text.

    >>> text_tone("Talks ended in a warm agreement.")[0] > 0
    True
    """
    valences = lexicon()
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    positive = negative = 0
    for i, word in enumerate(words):
        valence = valences.get(word, 0.0)
        if abs(valence) < THRESHOLD:
            continue
        window = words[max(0, i - 3):i]
        if any(w in NEGATIONS or w.endswith("n't") for w in window):
            valence = -valence
        if valence > 0:
            positive += 1
        else:
            negative += 1
    if not words:
        return 0.0, 0.0, 0.0, 0
    pos, neg = 100 * positive / len(words), 100 * negative / len(words)
    return round(pos - neg, 4), round(pos, 4), round(neg, 4), len(words)


def document_tone(document: Document) -> Tone:
    """The tone of a document's headline and body."""
    tone, positive, negative, words = text_tone(document.full_text)
    return Tone(document.doc_id, tone, positive, negative, words)
