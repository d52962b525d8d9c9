"""Language identification, offline, with py3langid (its model ships inside the wheel)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

UNDETERMINED = "und"  # ISO 639-2 for "cannot tell": too little text, or no language is clear
SAMPLE_CHARS = 2000
MIN_LETTERS = 30
MIN_CONFIDENCE = 0.8
# English-lexified creoles the identifier knows, read as English: short English news about
# Nigeria or Niger ("Nigeria sends troops to Niger border") comes out as Nigerian Pidgin
AS_ENGLISH = {"pcm"}


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
    if probability < MIN_CONFIDENCE:
        return UNDETERMINED
    return "en" if language in AS_ENGLISH else str(language)
