"""Language identification, offline, with py3langid (its model ships inside the wheel)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

UNDETERMINED = "und"  # ISO 639-2 for "cannot tell": too little text, or no language is clear
SAMPLE_CHARS = 2000
MIN_LETTERS = 30
MIN_CONFIDENCE = 0.8
# English-lexified creoles the identifier knows, read as English: short English news about
# Nigeria or Niger ("Nigeria sends troops to Niger border") comes out as Nigerian Pidgin
AS_ENGLISH = {"pcm"}
# Function words that only English text uses this densely: where they are at least ENGLISH_SHARE
# of a long enough sample's words, the text is English and the identifier (which costs more than
# all of cleaning) need not run; anything less clear goes to the identifier
ENGLISH_MARKERS = frozenset("the of and to that with was were said has have had from which this is are by for".split())
ENGLISH_SHARE = 0.15
MIN_WORDS = 40
WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def identifier() -> Any:
    """The py3langid identifier with normalised probabilities, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "und" when the text is too short or unclear.

    >>> detect_language("Le président français a rencontré le chancelier à Berlin lundi.")
    'fr'
    """
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return UNDETERMINED
    words = WORD.findall(sample.lower())
    if len(words) >= MIN_WORDS and sum(w in ENGLISH_MARKERS for w in words) >= ENGLISH_SHARE * len(words):
        return "en"
    language, probability = identifier().classify(sample)
    if probability < MIN_CONFIDENCE:
        return UNDETERMINED
    return "en" if language in AS_ENGLISH else str(language)
