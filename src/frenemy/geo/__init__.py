"""Places: an offline gazetteer built from GeoNames (see data/SOURCES.md) and its look-ups."""

from .gazetteer import Gazetteer, Place, default_gazetteer

__all__ = ["Gazetteer", "Place", "default_gazetteer"]
