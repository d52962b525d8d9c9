"""The event lexicon and the CAMEO table, both data files in `events/data/`.

lexicon.csv  predicate lemmas with their frames: lemma,pos,particle,prep,polarity,plover,cameo,example
cameo.csv    every CAMEO code with its PLOVER type, Goldstein score and quad class
evaluations.csv  words by which a speaker praises or condemns another actor's act or conduct
noun_classes.csv  classes of object nouns a verb+object frame names as "verb @class" ("send @weapon")
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from spacy.vocab import Vocab

from ..errors import ConfigError, InputError
from .sources import DEFAULT_FRAME_SOURCES, source_table
from .triggers import FrameTriggers

DATA = resources.files("frenemy.events") / "data"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its PLOVER type, GDELT Goldstein score and quad class."""

    code: str
    name: str
    plover: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True, slots=True)
class Frame:
    """A lexicon entry: a predicate word, how its target is found, and what it codes."""

    lemma: str
    pos: str  # VERB or NOUN
    particle: str
    preps: tuple[str, ...]  # prepositions introducing the target; "that": content clause subject
    polarity: str  # "+" affirmative, "-" only when negated, "~" only as stated intent (a threat)
    plover: str
    cameo: str
    example: str = ""
    # the target comes only through `preps` (prep column ending in "!"): "called on X", never
    # "called an election" or "called X a liar"; a direct object counts before a to-infinitive
    # ("called the parties to negotiate")
    prep_only: bool = False
    source: str = ""  # the frame table the row came from (a frame source's name, or a file)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A word by which a speaker judges another actor's act or conduct."""

    word: str
    kind: str  # attribute or conduct
    polarity: str
    cameo: str


PLACING_PREPS = ("on", "under", "from")  # "put on alert", "place under arrest", "remove from office"


@dataclass
class Lexicon:
    """Frames by (lemma, pos, particle, polarity), the CAMEO table and the evaluation words."""

    frames: dict[tuple[str, str, str, str], Frame] = field(default_factory=dict)
    cameo: dict[str, CameoCode] = field(default_factory=dict)
    evaluations: dict[tuple[str, str], Evaluation] = field(default_factory=dict)
    noun_classes: dict[str, str] = field(default_factory=dict)  # "fighter jet" -> "weapon"
    _predicate_words: tuple[int, frozenset[str], frozenset[str]] | None = None
    _triggers: dict[tuple[int, int], FrameTriggers] = field(default_factory=dict, repr=False)

    def frame(self, lemma: str, pos: str, particle: str = "", polarity: str = "+") -> Frame | None:
        return self.frames.get((lemma.lower(), pos, particle.lower(), polarity))

    def predicate_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The verb lemmas that start a verb frame ("recall" of "recall ambassador") and the noun
        lemmas that end a noun frame ("strike" of "hunger strike"): a token that is neither can
        fire no frame."""
        if self._predicate_words is None or self._predicate_words[0] != len(self.frames):
            verbs = frozenset(f.lemma.split()[0] for f in self.frames.values() if f.pos == "VERB")
            nouns = frozenset(f.lemma.split()[-1] for f in self.frames.values() if f.pos == "NOUN")
            self._predicate_words = (len(self.frames), verbs, nouns)
        return self._predicate_words[1], self._predicate_words[2]

    def triggers(self, vocab: Vocab, verbs: frozenset[str] = frozenset(),
                 nouns: frozenset[str] = frozenset()) -> FrameTriggers:
        """The frames' trigger words (and these extra verbs and nouns) compiled into a spaCy
        Matcher for `vocab`, once."""
        key = (id(vocab), len(self.frames))
        if key not in self._triggers:
            own_verbs, own_nouns = self.predicate_words()
            self._triggers[key] = FrameTriggers(vocab, own_verbs | verbs, own_nouns | nouns)
        return self._triggers[key]

    def noun_class(self, words: tuple[str, ...]) -> str | None:
        """The class of an object noun, tried as its modifier and lemma, then its lemma alone."""
        for phrase in (" ".join(words[-2:]), words[-1]) if len(words) > 1 else words:
            if phrase in self.noun_classes:
                return self.noun_classes[phrase]
        return None

    def code(self, cameo: str) -> CameoCode:
        return self.cameo[cameo]

    @cached_property
    def placing_verbs(self) -> frozenset[str]:
        """The verbs of the "verb on/under/from noun" rows ("put on alert", "remove from office")."""
        return frozenset(key[0].split()[0] for key in self.frames
                         if len(key[0].split()) == 3 and key[0].split()[1] in PLACING_PREPS)

    @cached_property
    def class_verbs(self) -> frozenset[str]:
        """The verbs of the "verb @class" rows ("send @weapon", "give @money")."""
        return frozenset(key[0].split()[0] for key in self.frames if " @" in key[0])

    def evaluation(self, word: str, kind: str) -> Evaluation | None:
        return self.evaluations.get((word.lower(), kind))

    @classmethod
    def load(cls, lexicon: Path | None = None, folder: Path | None = None,
             sources: tuple[str, ...] = DEFAULT_FRAME_SOURCES, files: tuple[str, ...] = ()) -> Lexicon:
        """The frames of the user's `files`, then of the named frame `sources` (see
        `frenemy.events.sources`); or of `lexicon` (a CSV in the same layout) alone. The first
        table that defines a frame wins."""
        base = folder or DATA
        result = cls()
        for row in _rows(base / "cameo.csv"):  # type: ignore[operator]
            result.cameo[row["code"]] = CameoCode(
                row["code"], row["name"], row["plover"], float(row["goldstein"]),
                int(row["quad_class"]),
            )
        for path in files:
            if not Path(path).is_file():
                raise InputError(path, "no such frame table (Settings.frame_files)")
        tables = [(str(lexicon), lexicon)] if lexicon else [
            *((f, Path(f)) for f in files), *((name, source_table(name)) for name in sources)]
        for (name, source), number, row in ((t, n, r) for t in tables for n, r in enumerate(_rows(t[1]), start=2)):
            frame = Frame(
                lemma=row["lemma"].lower(),
                pos=row["pos"].upper(),
                particle=(row.get("particle") or "").lower(),
                preps=tuple(p for p in (row.get("prep") or "").lower().rstrip("!").split("|") if p),
                prep_only=(row.get("prep") or "").endswith("!"),
                polarity=row.get("polarity") or "+",
                plover=row["plover"].upper(),
                cameo=row["cameo"],
                example=row.get("example") or "",
                source=name,
            )
            if frame.cameo not in result.cameo or frame.plover not in PLOVER_TYPES:
                raise ConfigError(
                    f"{source}: row {number}: unknown CAMEO code {frame.cameo!r} or PLOVER "
                    f"type {frame.plover!r}"
                )
            result.frames.setdefault((frame.lemma, frame.pos, frame.particle, frame.polarity), frame)
        for row in _rows(base / "noun_classes.csv"):  # type: ignore[operator]
            result.noun_classes[row["noun"].lower()] = row["class"].lower()
        for row in _rows(base / "evaluations.csv"):  # type: ignore[operator]
            ev = Evaluation(row["word"].lower(), row["kind"], row["polarity"], row["cameo"])
            result.evaluations[(ev.word, ev.kind)] = ev
        return result


def _rows(path: Path | object) -> Iterator[dict[str, str]]:
    p = path  # a Path or an importlib Traversable
    if not p.is_file():  # type: ignore[attr-defined]
        return
    with p.open(encoding="utf-8", newline="") as f:  # type: ignore[attr-defined]
        yield from csv.DictReader(line for line in f if not line.startswith("#"))


@lru_cache(maxsize=4)
def lexicon_for(sources: tuple[str, ...] = DEFAULT_FRAME_SOURCES, files: tuple[str, ...] = ()) -> Lexicon:
    """The lexicon of these frame sources and files, loaded once per process."""
    return Lexicon.load(sources=sources, files=files)


def default_lexicon() -> Lexicon:
    """The built-in lexicon (every built-in frame source), loaded once per process."""
    return lexicon_for()
