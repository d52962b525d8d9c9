"""The errors frenemy raises on purpose.

FrenemyError
 ├── InputError     a file, record or URL we cannot read; the message starts with its name
 │    └── SkippedInput  one left out on purpose (empty, binary, too long, a duplicate)
 ├── ConfigError    a setting that is wrong (unknown model, bad date ...)
 └── StoreError     the DuckDB store cannot be opened or written
"""

from __future__ import annotations

from pathlib import Path


class FrenemyError(Exception):
    """Base class: catch this to catch every error frenemy raises on purpose."""


class InputError(FrenemyError):
    """A source we cannot read. The message starts with the source's name."""

    def __init__(self, source: str | Path, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source, self.problem = str(source), problem


class SkippedInput(InputError):
    """A source left out on purpose (empty, binary, too long, ...): reported, not a failure."""


class ConfigError(FrenemyError):
    """A setting that cannot be used, with what to do instead."""


class StoreError(FrenemyError):
    """The store cannot be opened or written."""
