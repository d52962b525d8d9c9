"""Events: who did what to whom, in PLOVER and CAMEO, with Goldstein score and quad class."""

from .extract import extract_events
from .lexicon import CameoCode, Frame, Lexicon, default_lexicon, lexicon_for
from .sources import frame_sources

__all__ = ["CameoCode", "Frame", "Lexicon", "default_lexicon", "extract_events", "frame_sources", "lexicon_for"]
