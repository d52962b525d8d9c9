"""The event model on disk and in memory: a linear classifier over hashed candidate features.

A model is a folder with ``model.json`` (format, name, version, classes, training figures) and
``weights.npz`` (plain arrays, read with ``allow_pickle=False``: no code runs on load). Only the
hashed columns seen in training are stored, so a model is small. Scoring needs numpy alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from .features import HASH_BITS

FORMAT = "frenemy-event-model"
FORMAT_VERSION = 1
NONE = "NONE"  # the class of a candidate that is no event (or not one between these actors)
SHIPPED = Path(__file__).parent / "model"


@dataclass
class EventModel:
    """Class probabilities for candidate events: NONE, or the event type it really is."""

    classes: list[str]
    columns: np.ndarray  # int64 hashed feature columns with weights
    weights: np.ndarray  # float32 [len(columns), len(classes)]
    intercept: np.ndarray  # float32 [len(classes)]
    name: str = "frenemy-events"
    version: str = "1"
    info: dict[str, Any] = field(default_factory=dict)  # data, figures, settings of the training
    row_of: dict[int, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.row_of = {int(c): i for i, c in enumerate(self.columns)}

    @property
    def provenance(self) -> str:
        """What events this model decided say about their origin."""
        return f"model:{self.name}@{self.version}"

    def probabilities(self, features: dict[int, float]) -> dict[str, float]:
        """Each class's probability for one candidate's hashed features."""
        logits = self.intercept.astype(np.float64).copy()
        for column, value in features.items():
            row = self.row_of.get(column)
            if row is not None:
                logits += value * self.weights[row]
        logits -= logits.max()
        exp = np.exp(logits)
        exp /= exp.sum()
        return dict(zip(self.classes, (float(p) for p in exp), strict=True))

    def save(self, folder: str | Path) -> Path:
        """Write the model to a folder (created if needed); returns the folder."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        meta = {"format": FORMAT, "format_version": FORMAT_VERSION, "name": self.name,
                "version": self.version, "classes": self.classes, "hash_bits": HASH_BITS,
                **self.info}
        (folder / "model.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        np.savez_compressed(folder / "weights.npz", columns=self.columns.astype(np.int64),
                            weights=self.weights.astype(np.float32),
                            intercept=self.intercept.astype(np.float32))
        return folder


def read_model(folder: str | Path) -> EventModel:
    """Read a model folder written by `EventModel.save`; a missing, foreign or newer-format
    model is a ConfigError that says what to do."""
    folder = Path(folder)
    meta_path = folder / "model.json"
    if not meta_path.is_file() or not (folder / "weights.npz").is_file():
        raise ConfigError(f"{folder}: not an event model (needs model.json and weights.npz); "
                          "write one with `frenemy train`")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise ConfigError(f"{meta_path}: not valid JSON ({err.msg})") from None
    if meta.get("format") != FORMAT:
        raise ConfigError(f"{meta_path}: not a frenemy event model")
    if meta.get("format_version") != FORMAT_VERSION or meta.get("hash_bits") != HASH_BITS:
        raise ConfigError(f"{meta_path}: model format {meta.get('format_version')} with "
                          f"{meta.get('hash_bits')} hash bits; this frenemy reads format "
                          f"{FORMAT_VERSION} with {HASH_BITS}: retrain it with `frenemy train`")
    try:
        with np.load(folder / "weights.npz", allow_pickle=False) as arrays:
            columns, weights, intercept = arrays["columns"], arrays["weights"], arrays["intercept"]
    except (OSError, ValueError, KeyError) as err:
        raise ConfigError(f"{folder / 'weights.npz'}: cannot read the weights ({err})") from None
    classes = list(meta["classes"])
    if weights.shape != (len(columns), len(classes)) or intercept.shape != (len(classes),):
        raise ConfigError(f"{folder}: weights do not fit the {len(classes)} classes of model.json")
    info = {k: v for k, v in meta.items()
            if k not in {"format", "format_version", "name", "version", "classes", "hash_bits"}}
    return EventModel(classes, columns, weights, intercept, name=str(meta.get("name", "")),
                      version=str(meta.get("version", "")), info=info)


@lru_cache(maxsize=4)
def load_model(folder: str | None = None) -> EventModel:
    """The model in `folder`, or the shipped one; read once per process."""
    return read_model(folder or SHIPPED)
