"""Analytics over the store: dyads over time, the frenemy index, the signed network,
coalitions, structural balance, exports and plots."""

from .network import coalitions, signed_graph, structural_balance
from .relations import dyads, label, sign_flips

__all__ = ["coalitions", "dyads", "label", "sign_flips", "signed_graph", "structural_balance"]
