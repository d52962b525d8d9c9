"""The actors a store's documents name but frenemy could not code, most frequent first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

from ..config import Settings
from ..nlp import parse
from ..records import Document


def uncoded_names(documents: Iterable[Document], settings: Settings | None = None,
                  top: int = 50) -> pd.DataFrame:
    """Names of people and organisations left uncoded in `documents`: name, label (PERSON or
    ORG), mentions and documents. Add the frequent ones to a user actor file.

    >>> uncoded_names([Document("d", "", "Jane Roe met Russia's envoy.")])  # doctest: +SKIP
    """
    from ..pipeline import actor_coder

    settings = settings or Settings()
    coder = actor_coder(settings.model, settings.actor_files)
    mentions: Counter[tuple[str, str]] = Counter()
    documents_with: Counter[tuple[str, str]] = Counter()
    for document, parsed in parse(documents, settings):
        found = coder.code(document, parsed).uncoded
        mentions.update(found)
        documents_with.update(set(found))
    rows = [{"name": name, "label": label, "mentions": count,
             "documents": documents_with[(name, label)]}
            for (name, label), count in mentions.most_common(top)]
    return pd.DataFrame(rows, columns=["name", "label", "mentions", "documents"])
