"""Language identification, offline, with py3langid (its model ships inside the wheel)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

UNDETERMINED = "und"  # ISO 639-2 for "cannot tell": too little text, or no language is clear
SAMPLE_CHARS = 2000
MIN_LETTERS = 30
MIN_CONFIDENCE = 0.8


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
    language, probability = identifier().classify(sample)
    return str(language) if probability >= MIN_CONFIDENCE else UNDETERMINED
