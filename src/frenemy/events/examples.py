"""Each lexicon row's example sentence, coded: does the row's own example give its event?

`check_examples()` codes every example with the full pipeline and reports, per row, whether an
event of the row's PLOVER type came out. `frenemy lexicon --check` prints the figures; the test
suite holds the coder to them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..config import Settings
from ..records import Document
from .lexicon import Frame, Lexicon, default_lexicon

EXAMPLE_DATE = "2020-06-01"  # examples describe current politics; roles are taken at this date


@dataclass(frozen=True, slots=True)
class ExampleResult:
    """One lexicon row and what its example sentence gave."""

    frame: Frame
    found: tuple[tuple[str, str, str], ...]  # (source, PLOVER type, target) of every event

    @property
    def key(self) -> str:
        """The row's key as written in lists of rows: lemma|pos|particle|polarity."""
        f = self.frame
        return f"{f.lemma}|{f.pos}|{f.particle}|{f.polarity}"

    @property
    def passed(self) -> bool:
        return any(plover == self.frame.plover for _, plover, _ in self.found)


def check_examples(lexicon: Lexicon | None = None, settings: Settings | None = None,
                   progress: Callable[[int], None] | None = None) -> list[ExampleResult]:
    """Code every row's example (one document each) and say whether it gave the row's event."""
    from ..pipeline import code_documents  # the pipeline imports this package

    frames = list((lexicon or default_lexicon()).frames.values())
    documents: Iterable[Document] = (
        Document(doc_id=str(i), title="", text=f.example, date=EXAMPLE_DATE)
        for i, f in enumerate(frames))
    results = []
    for frame, coded in zip(frames, code_documents(documents, settings), strict=True):
        found = tuple((e.source, e.plover, e.target) for e in coded.events)
        results.append(ExampleResult(frame, found))
        if progress:
            progress(1)
    return results
