"""The learned layer over the frames: an event model that keeps, drops or re-types the frame
coder's candidates, and the training that makes one (`frenemy train`)."""

from .decide import decide_events
from .items import Example, GoldEvent, read_gold, read_training, training_files
from .model import EventModel, load_model, read_model

__all__ = ["EventModel", "Example", "GoldEvent", "decide_events", "load_model", "read_gold",
           "read_model", "read_training", "training_files"]
