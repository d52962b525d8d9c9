"""Actors: who is speaking and acting, coded CAMEO-style (RUSGOV, USAGOV, IRNMIL)."""

from .coder import ActorCoder, MentionIndex, code_actors
from .knowledge import Knowledge, Role, default_knowledge

__all__ = ["ActorCoder", "Knowledge", "MentionIndex", "Role", "code_actors", "default_knowledge"]
