"""The demo corpus: short articles written for frenemy, across every input format."""

from importlib import resources
from pathlib import Path


def corpus_path() -> Path:
    """The folder holding the demo articles."""
    return Path(str(resources.files("frenemy.demo") / "corpus"))
