"""Claims across documents: the stored claims merged and grouped into disputes
(`frenemy.claims.group_claims`), and the table of who takes which side."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from ..claims import ClaimGroup, group_claims

if TYPE_CHECKING:
    from ..store import Store

CLAIM_COLUMNS = ["claim_no", "claim", "polarity", "dispute", "doc_ids", "actor", "actor_text", "stance",
                 "doc_id", "sentence"]


def claim_groups(store: Store) -> list[ClaimGroup]:
    """The store's claims merged across documents and grouped into disputes."""
    return group_claims(store.claim_records())


def claims_table(store: Store, *, contested: bool = False) -> pd.DataFrame:
    """One row per claim and position; `contested` keeps claims that someone asserts or
    supports and someone denies or doubts, or that belong to a dispute."""
    rows = []
    for number, group in enumerate(claim_groups(store)):
        sides = {p.stance in {"assert", "support"} for p in group.positions}
        if contested and not (len(sides) == 2 or group.dispute is not None):
            continue
        for p in group.positions:
            rows.append({"claim_no": number, "claim": group.text, "polarity": group.polarity,
                         "dispute": group.dispute, "doc_ids": ", ".join(group.doc_ids), "actor": p.actor,
                         "actor_text": p.actor_text, "stance": p.stance, "doc_id": p.doc_id,
                         "sentence": p.sentence})
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)
