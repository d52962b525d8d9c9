"""Frame sources: the named tables the event lexicon is read from (a `catalogue` registry, as
spaCy names its components).

Built in: `lexicon` (the hand-checked frame table, `events/data/lexicon.csv`) and `cameo_verbs`
(frames derived from the PETRARCH-2 CAMEO verb dictionary, `events/data/cameo_verbs.csv`). A
user adds a table in the same CSV layout either as a file (`Settings.frame_files`) or by name:

    from frenemy.events.sources import frame_sources

    @frame_sources.register("my_frames")
    def my_frames():
        return Path("my_frames.csv")

and then `Settings(frame_sources=("my_frames", "lexicon", "cameo_verbs"))`. A package can
register one under the entry-point group `frenemy_frame_sources`. The first table that
defines a frame (lemma, part of speech, particle, polarity) wins.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import catalogue

from ..errors import ConfigError

DATA = resources.files("frenemy.events") / "data"
DEFAULT_FRAME_SOURCES = ("lexicon", "cameo_verbs")

frame_sources = catalogue.create("frenemy", "frame_sources", entry_points=True)


@frame_sources.register("lexicon")
def lexicon_table() -> Path:
    """The hand-checked frame table: every row with an example that must give its event."""
    return DATA / "lexicon.csv"  # type: ignore[return-value]


@frame_sources.register("cameo_verbs")
def cameo_verbs_table() -> Path:
    """Frames derived from the CAMEO verb dictionary (scripts/derive_cameo_verbs.py)."""
    return DATA / "cameo_verbs.csv"  # type: ignore[return-value]


def source_table(name: str) -> Path:
    """The table a registered frame source gives, or a ConfigError naming the known sources."""
    try:
        return frame_sources.get(name)()
    except catalogue.RegistryError:
        known = ", ".join(sorted(frame_sources.get_all()))
        raise ConfigError(f"unknown frame source {name!r} (Settings.frame_sources); known: {known}") from None
