"""User actor dictionaries: PETRARCH/Phoenix `.actors.txt` files and a simple CSV format.

PETRARCH format (one record per actor; words joined by `_` or blanks; `#`, `;` and
`<!-- -->` comments)::

    BARACK_OBAMA_  [USAELI]          primary phrase, optional default code
    +PRESIDENT_OBAMA                 synonyms
        [USAGOV 090120-170120]       indented date restrictions: <date, >date, date-date
        [USAELI <090120]

Dates are YYYYMMDD or YYMMDD (two-digit years up to 30 are 20xx). CSV format: columns
`phrase,code` and optional `start,end` (ISO dates) and `id`; several rows with the same phrase
are the same actor's periods. User entries are matched case-insensitively and win over the
built-in tables.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

RESTRICTION = re.compile(r"\[\s*([A-Za-z]{3,}[A-Za-z0-9]*)\s*([^\]]*)\]")


@dataclass
class UserActor:
    """An actor from a user dictionary: its phrases and its codes over time."""

    actor_id: str
    phrases: list[str] = field(default_factory=list)
    periods: list[tuple[str, str, str]] = field(default_factory=list)  # code, start, end (ISO)
    default: str | None = None
    source: str = ""

    def code_on(self, day: str) -> str | None:
        """The code that holds on `day`: the first matching period, else the default."""
        for code, start, end in self.periods:
            if start <= day <= end:
                return code
        return self.default


def _date(text: str, where: str) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if re.fullmatch(r"\d{6}", text):
        year = int(text[:2])
        century = "20" if year <= 30 else "19"
        return f"{century}{text[:2]}-{text[2:4]}-{text[4:]}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    raise InputError(where, f"date {text!r} is not YYYYMMDD, YYMMDD or YYYY-MM-DD")


def _period(code: str, restriction: str, where: str) -> tuple[str, str, str] | None:
    restriction = restriction.strip()
    if not restriction:
        return None
    if restriction.startswith("<"):
        return code, "0001-01-01", _date(restriction[1:], where)
    if restriction.startswith(">"):
        return code, _date(restriction[1:], where), "9999-12-31"
    if "-" in restriction:
        start, end = restriction.split("-", 1)
        return code, _date(start, where), _date(end, where)
    raise InputError(where, f"cannot read the date restriction {restriction!r}")


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def _strip_comments(text: str) -> str:
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    return "\n".join(re.split(r"[#;]", line, maxsplit=1)[0].rstrip() for line in text.splitlines())


def _add_codes(actor: UserActor, line: str, where: str) -> None:
    """The [CODE restriction] groups of a line: dated periods, or the default code."""
    for code, restriction in RESTRICTION.findall(line):
        period = _period(code.upper(), restriction, where)
        if period:
            actor.periods.append(period)
        else:
            actor.default = code.upper()


def read_petrarch_actors(path: str | Path) -> list[UserActor]:
    """Read a PETRARCH/Phoenix actors dictionary."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read the actors dictionary ({err})") from None
    actors: list[UserActor] = []
    current: UserActor | None = None
    for number, raw in enumerate(_strip_comments(text).splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        line = raw.strip()
        if raw[0] in " \t" and line.startswith("["):
            if current is None:
                raise InputError(where, "a date restriction before any actor")
            _add_codes(current, line, where)
            continue
        if line.startswith("+"):
            if current is None:
                raise InputError(where, "a synonym (+) before any actor")
            current.phrases.append(_phrase(RESTRICTION.sub("", line[1:])))
            continue
        phrase = _phrase(RESTRICTION.sub("", line))
        if not phrase:
            raise InputError(where, "an actor line without a phrase")
        current = UserActor(actor_id=phrase.lower().replace(" ", "-"), phrases=[phrase],
                            source=str(path))
        _add_codes(current, line, where)
        actors.append(current)
    return [a for a in actors if a.periods or a.default]


def read_actor_csv(path: str | Path) -> list[UserActor]:
    """Read the simple CSV format: phrase,code[,start,end][,id]."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read the actors CSV ({err})") from None
    if rows and not {"phrase", "code"} <= set(rows[0]):
        raise InputError(path, f"actors CSV needs 'phrase' and 'code' columns (has: {', '.join(rows[0])})")
    actors: dict[str, UserActor] = {}
    for number, row in enumerate(rows, start=2):
        phrase = _phrase(row.get("phrase") or "")
        code = (row.get("code") or "").strip().upper()
        if not phrase or not code:
            raise InputError(f"{path}:{number}", "row needs a phrase and a code")
        actor_id = (row.get("id") or "").strip() or phrase.lower().replace(" ", "-")
        actor = actors.setdefault(actor_id, UserActor(actor_id, [], source=str(path)))
        if phrase not in actor.phrases:
            actor.phrases.append(phrase)
        start, end = (row.get("start") or "").strip(), (row.get("end") or "").strip()
        if start or end:
            actor.periods.append((code, _date(start, path.name) if start else "0001-01-01",
                                  _date(end, path.name) if end else "9999-12-31"))
        else:
            actor.default = code
    return list(actors.values())


def read_actor_file(path: str | Path) -> list[UserActor]:
    """Read a user actor dictionary, CSV or PETRARCH format by its extension."""
    csv_file = str(path).lower().endswith(".csv")
    actors = read_actor_csv(path) if csv_file else read_petrarch_actors(path)
    if not actors:  # a file with no usable entry is a mistake, not an empty dictionary
        expected = "phrase,code rows" if csv_file else "PETRARCH actor entries with a [CODE]"
        raise InputError(path, f"no actors found (expected {expected})")
    return actors
