"""Events: who did what to whom, in PLOVER and CAMEO, with Goldstein score and quad class."""

from .extract import extract_events
from .lexicon import CameoCode, Frame, Lexicon, default_lexicon

__all__ = ["CameoCode", "Frame", "Lexicon", "default_lexicon", "extract_events"]
