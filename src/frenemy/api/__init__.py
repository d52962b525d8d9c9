"""The REST API and web dashboard (`frenemy serve`)."""

from .app import create_app

__all__ = ["create_app"]
