"""Store: an embedded DuckDB database of documents, sentences, actor mentions and events.

`Store` is the one writer: each batch of coded documents goes in one transaction, and a
document that is already stored with the same content is skipped, so re-running an ingest
never duplicates data. Queries return pandas DataFrames.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import duckdb
import pandas as pd
import pyarrow as pa

from ..errors import StoreError
from ..records import EVENT_FIELDS, LOCATION_FIELDS, Claim, Coded, Document, Event, Position, locate, location_record

if TYPE_CHECKING:
    from ..claims import ClaimGroup

SCHEMA = (resources.files("frenemy.store") / "schema.sql").read_text(encoding="utf-8")
QUAD_NAMES = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}


def content_hash(document: Document) -> str:
    """SHA-256 of what was parsed: a changed article gets re-coded, an unchanged one skipped."""
    return hashlib.sha256(document.full_text.encode()).hexdigest()


class Store:
    """A frenemy store in a DuckDB file (or in memory when `path` is None)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path else None
        target = str(self.path) if self.path else ":memory:"
        if read_only and self.path and not self.path.exists():
            raise StoreError(f"{self.path}: no such store; run `frenemy ingest` first")
        try:
            self.con = duckdb.connect(target, read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(f"{target}: cannot open the store ({err})") from None
        if not read_only:
            self.con.execute(SCHEMA)

    def __repr__(self) -> str:
        return f"<Store {str(self.path) if self.path else ':memory:'!r}>"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def cursor(self) -> Store:
        """Another handle on the same open database, for another thread: DuckDB's own
        `cursor()`, cheap to make; closing it leaves this store open.

        >>> with store.cursor() as reader: reader.counts()
        """
        handle = Store.__new__(Store)
        handle.path, handle.con = self.path, self.con.cursor()
        return handle

    # writing
    def stored_hash(self, doc_id: str) -> str | None:
        row = self.con.execute(
            "SELECT content_hash FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def hashes(self) -> dict[str, str]:
        """The content hash of every stored document, with its doc_id."""
        rows = self.con.execute("SELECT content_hash, doc_id FROM documents").fetchall()
        return {content: doc_id for content, doc_id in rows}

    def signatures(self) -> list[tuple[str, list[int]]]:
        rows = self.con.execute(
            "SELECT doc_id, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY ingested_at"
        ).fetchall()
        return [(doc_id, list(sig)) for doc_id, sig in rows]

    def write(self, batch: Iterable[tuple[Coded, list[int], tuple[str, float] | None]]) -> int:
        """Store a batch of coded documents (with MinHash signature and near-duplicate match)
        in one transaction, replacing earlier versions of the same documents."""
        rows = rows_of(batch)  # as Arrow tables: DuckDB scans them at half the cost of DataFrames
        return self.write_rows({t: pa.Table.from_pylist(r) for t, r in rows.items() if r})

    def write_rows(self, frames: Mapping[str, pd.DataFrame | pa.Table]) -> int:
        """Store table rows (as built by `rows_of`, in DataFrames or Arrow tables) in one
        transaction; documents already stored under the same ids are replaced. Returns the
        number of documents."""
        docs = frames.get("documents")
        if docs is None or len(docs) == 0:
            return 0
        ids = docs["doc_id"].to_pylist() if isinstance(docs, pa.Table) else docs["doc_id"].tolist()
        self.con.execute("BEGIN TRANSACTION")
        try:
            stored = self.con.execute("SELECT count(*) FROM documents WHERE doc_id IN (SELECT unnest(?))",
                                      [ids]).fetchone()
            for table in TABLES if stored and stored[0] else ():  # rows of a document go with it
                self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
            for table in TABLES:
                frame = frames.get(table)  # noqa: F841 (read by DuckDB below)
                if frame is not None and len(frame) > 0:
                    self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM frame")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(ids)

    # reading
    def query(self, sql: str, params: list[object] | None = None) -> pd.DataFrame:
        """Run SQL against the store and return a DataFrame."""
        return self.con.execute(sql, params or []).df()

    def counts(self) -> dict[str, int]:
        tables = ("documents", "sentences", "mentions", "events", "event_mentions", "quotes",
                  "claims", "positions")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def _model_columns(self) -> str:
        """The event model's columns, or their defaults for a store written before they existed
        and opened read-only (so the schema could not add them)."""
        found = self.con.execute("SELECT count(*) FROM information_schema.columns WHERE "
                                 "table_name = 'events' AND column_name = 'score'").fetchone()
        if found and found[0]:
            return "coalesce(e.score, e.confidence) AS score, coalesce(e.provenance, 'frames') AS provenance"
        return "e.confidence AS score, 'frames' AS provenance"

    def events(self, *, actor: str | None = None, type: str | None = None,  # noqa: A002
               since: str | None = None, until: str | None = None,
               outlet: str | None = None, pair: tuple[str, str] | None = None,
               doc_id: str | None = None, limit: int | None = None,
               offset: int = 0, located: bool = False) -> pd.DataFrame:
        """Events in the shared schema (`records.EVENT_FIELDS`), one per document, source,
        target and type, with their evidence; dates are `datetime.date`. `actor` matches a
        code prefix on either side, `pair` two country codes in either direction; `located`
        keeps events with coordinates."""
        where, params = event_filters(actor=actor, type=type, since=since, until=until,
                                      outlet=outlet, pair=pair, doc_id=doc_id)
        if located:
            located_sql = "e.action_geo_lat IS NOT NULL" if self.has_locations() else "false"
            where = f"{where} AND {located_sql}" if where else f" WHERE {located_sql}"
        sql = ("SELECT e.event_id, e.doc_id, e.date, e.source_actor, e.target_actor, "
               "e.source_country, e.target_country, e.plover, e.cameo, e.goldstein, "
               "e.quad_class, e.confidence, e.mentions, e.predicate, e.source_text, "
               "e.target_text, e.sentence, e.sent_index, e.start_char, e.end_char, "
               "d.title, s.start_char AS sentence_start, s.end_char AS sentence_end, d.outlet, "
               f"d.url, d.duplicate_of, {self._model_columns()}, {self._location_columns()} "
               "FROM events e JOIN documents d USING (doc_id) "
               "LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.sent_index = e.sent_index"
               f"{where} ORDER BY e.date NULLS LAST, e.doc_id, e.sent_index, e.start_char, "
               "e.event_id")
        if limit:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return event_frame(self.query(sql, params))

    def has_locations(self) -> bool:
        """Whether the store has the location columns (a store made before them has not)."""
        found = self.con.execute("SELECT count(*) FROM information_schema.columns WHERE "
                                 "table_name = 'events' AND column_name = 'action_geo_lat'").fetchone()
        return bool(found and found[0])

    def _location_columns(self) -> str:
        if self.has_locations():
            return ", ".join(f"e.{name}" for name in LOCATION_FIELDS)
        return ", ".join(f"{0 if name == 'action_geo_type' else 'NULL'} AS {name}" for name in LOCATION_FIELDS)

    def tones(self, *, outlet: str | None = None, limit: int = 1000, offset: int = 0) -> pd.DataFrame:
        """Each coded document's tone (GDELT AvgTone style) with its positive and negative word
        shares, newest first."""
        sql = ("SELECT doc_id, title, CAST(date AS VARCHAR) AS date, outlet, tone, tone_positive, "
               "tone_negative, tone_words FROM documents WHERE tone IS NOT NULL")
        params: list[object] = []
        if outlet:
            sql += " AND outlet = ?"
            params.append(outlet)
        sql += " ORDER BY date DESC NULLS LAST, doc_id LIMIT ? OFFSET ?"
        return self.query(sql, params + [int(limit), int(offset)])

    def tone_by_outlet(self, *, period: str | None = "month") -> pd.DataFrame:
        """Mean document tone per outlet (a document without one is its own outlet "(none)")
        and period (day, week, month, year or None for all time)."""
        if period not in (None, "day", "week", "month", "year"):
            raise StoreError(f"period: {period!r} is not day, week, month or year")
        label = ("'all'" if period is None else
                 f"strftime(date_trunc('{period}', date), '%Y-%m-%d')")
        return self.query(
            f"SELECT coalesce(outlet, '(none)') AS outlet, {label} AS period, count(*) AS documents, "
            "round(avg(tone), 3) AS tone, round(avg(tone_positive), 3) AS positive, "
            "round(avg(tone_negative), 3) AS negative FROM documents "
            f"WHERE tone IS NOT NULL {'' if period is None else 'AND date IS NOT NULL'} "
            "GROUP BY ALL ORDER BY outlet, period")

    def tone_by_dyad(self, *, min_documents: int = 1) -> pd.DataFrame:
        """Mean tone of the documents that report events between two countries (either
        direction), next to how many of those events were cooperative: tone says how the
        coverage reads, not what the actors did."""
        return self.query(
            """
            WITH pairs AS (
                SELECT DISTINCT least(e.source_country, e.target_country) AS a,
                       greatest(e.source_country, e.target_country) AS b, e.doc_id,
                       e.quad_class <= 2 AS cooperative, e.event_id
                FROM events e WHERE e.source_country <> e.target_country
            )
            SELECT p.a AS source, p.b AS target, count(DISTINCT p.doc_id) AS documents,
                   count(DISTINCT p.event_id) AS events,
                   count(DISTINCT p.event_id) FILTER (WHERE p.cooperative) AS cooperative_events,
                   round(avg(d.tone), 3) AS tone
            FROM pairs p JOIN documents d USING (doc_id)
            WHERE d.tone IS NOT NULL
            GROUP BY ALL HAVING count(DISTINCT p.doc_id) >= ?
            ORDER BY documents DESC, source, target
            """, [int(min_documents)])

    def actor_codes(self) -> list[str]:
        """Every actor code in the store's events and mentions, sorted."""
        rows = self.con.execute(
            "SELECT source_actor FROM events UNION SELECT target_actor FROM events "
            "UNION SELECT code FROM mentions").fetchall()
        return sorted(code for (code,) in rows if code)

    def count_events(self, **filters: object) -> int:
        """How many events `events(**filters)` finds without a limit."""
        where, params = event_filters(**filters)  # type: ignore[arg-type]
        sql = f"SELECT count(*) FROM events e JOIN documents d USING (doc_id){where}"
        return int(self.con.execute(sql, params).fetchone()[0])  # type: ignore[index]

    def documents(self, *, outlet: str | None = None, limit: int = 100,
                  offset: int = 0) -> pd.DataFrame:
        """Documents with their event counts, newest first."""
        sql = ("SELECT d.doc_id, d.title, CAST(d.date AS VARCHAR) AS date, d.outlet, d.url, "
               "d.duplicate_of, d.language, "
               "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events "
               "FROM documents d")
        params: list[object] = []
        if outlet:
            sql += " WHERE d.outlet = ?"
            params.append(outlet)
        sql += " ORDER BY d.date DESC NULLS LAST, d.doc_id LIMIT ? OFFSET ?"
        return self.query(sql, params + [int(limit), int(offset)])

    def count_documents(self, *, outlet: str | None = None) -> int:
        """How many documents `documents(outlet=...)` pages through."""
        sql, params = "SELECT count(*) FROM documents", []
        if outlet:
            sql, params = sql + " WHERE outlet = ?", [outlet]
        return int(self.con.execute(sql, params).fetchone()[0])  # type: ignore[index]

    def document(self, doc_id: str) -> dict[str, object] | None:
        """One document with its full text, events and quotes (offsets into full_text)."""
        rows = self.query("SELECT doc_id, title, CAST(date AS VARCHAR) AS date, outlet, url, "
                          "full_text, duplicate_of FROM documents WHERE doc_id = ?", [doc_id])
        if rows.empty:
            return None
        record = rows.iloc[0].to_dict()
        record["events"] = self.events(doc_id=doc_id).to_dict("records")
        record["quotes"] = self.query("SELECT speaker, speaker_code, verb, kind, text, start_char, "
                                      "end_char, speaker_start, speaker_end, speaker_text "
                                      "FROM quotes WHERE doc_id = ? ORDER BY start_char",
                                      [doc_id]).to_dict("records")
        return record

    def actors(self, *, code: str | None = None, min_mentions: int = 1) -> pd.DataFrame:
        """The actor registry: code, name, mention and document counts, how each was coded."""
        sql = "SELECT * FROM actors WHERE mentions >= ?"
        params: list[object] = [min_mentions]
        if code:
            sql += " AND starts_with(code, ?)"
            params.append(code.upper())
        try:
            return self.query(sql + " ORDER BY mentions DESC, code, person_id NULLS FIRST", params)
        except duckdb.CatalogException:
            raise StoreError(f"{self.path}: made by an older frenemy without the actors view; "
                             "run `frenemy ingest` on it once to upgrade") from None

    def quotes(self, *, speaker: str | None = None, limit: int | None = None,
               offset: int = 0) -> pd.DataFrame:
        """Quotes with their speakers; `speaker` matches a code prefix or a name."""
        where, params = quote_filter(speaker)
        sql = ("SELECT q.doc_id, CAST(d.date AS VARCHAR) AS date, q.speaker, q.speaker_code, "
               "q.verb, q.kind, q.text, q.start_char, q.end_char, q.speaker_start, q.speaker_end, "
               "q.speaker_text, q.sentence, d.outlet, d.url "
               f"FROM quotes q JOIN documents d USING (doc_id){where} "
               "ORDER BY d.date NULLS LAST, q.doc_id, q.start_char, q.end_char, q.speaker")
        if limit:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return self.query(sql, params)

    def count_quotes(self, *, speaker: str | None = None) -> int:
        """How many quotes `quotes(speaker=...)` finds without a limit."""
        where, params = quote_filter(speaker)
        sql = f"SELECT count(*) FROM quotes q{where}"
        return int(self.con.execute(sql, params).fetchone()[0])  # type: ignore[index]

    def claim_records(self) -> list[Claim]:
        """The stored claims with their positions, as records (in document order)."""
        rows = self.query("SELECT * FROM claims ORDER BY doc_id, start_char")
        stances = self.query("SELECT * FROM positions")
        by_claim: dict[str, list[Position]] = {}
        for p in stances.itertuples(index=False):
            by_claim.setdefault(p.claim_id, []).append(
                Position(p.actor, p.actor_text, p.stance, p.doc_id, int(p.sent_index), p.sentence))
        return [Claim(r.doc_id, r.claim_id, r.text, int(r.sent_index), int(r.start_char),
                      int(r.end_char), r.sentence, tuple(by_claim.get(r.claim_id, ())),
                      tuple(r.opposed if r.opposed is not None else ()), r.polarity or "+",
                      tuple(r.terms) if r.terms is not None else ())
                for r in rows.itertuples(index=False)]

    def claim_groups(self) -> list[ClaimGroup]:
        """Claims merged across documents, grouped into disputes: a shortcut for
        `frenemy.analytics.claims.claim_groups(store)`, where the grouping lives."""
        from ..analytics.claims import claim_groups

        return claim_groups(self)

    def claims(self, *, contested: bool = False) -> pd.DataFrame:
        """One row per claim and position (`frenemy.analytics.claims.claims_table`); `contested`
        keeps claims that someone asserts or supports and someone denies or doubts, or that
        belong to a dispute."""
        from ..analytics.claims import claims_table

        return claims_table(self, contested=contested)

    def event_links(self) -> pd.DataFrame:
        """Events linked across documents (same actors and type within two days), with
        GDELT-style counts: num_mentions, num_sources (outlets), num_articles."""
        return self.query("SELECT * FROM event_links ORDER BY date NULLS LAST, link_id")

    def relation_events(self, *, dedupe: bool = True) -> pd.DataFrame:
        """The events relations are computed from: by default one per cross-document link
        (the same event reported by several documents counts once), else every record."""
        if not dedupe:
            return self.query("SELECT event_id, CAST(date AS VARCHAR) AS date, source_actor, "
                              "target_actor, plover, quad_class, goldstein FROM events")
        return self.query(
            """
            SELECT link_id AS event_id, CAST(min(date) AS VARCHAR) AS date,
                   any_value(source_actor) AS source_actor, any_value(target_actor) AS target_actor,
                   any_value(plover) AS plover, any_value(quad_class) AS quad_class,
                   avg(goldstein) AS goldstein
            FROM event_links GROUP BY link_id
            """
        )

    def relations(self, *, level: str = "country", directed: bool = True,
                  period: str | None = None, min_events: int = 1,
                  dedupe: bool = True) -> pd.DataFrame:
        """Cooperation and conflict per actor pair (see frenemy.analytics.relations)."""
        from ..analytics.relations import dyads

        return dyads(self.relation_events(dedupe=dedupe), level=level, directed=directed,
                     period=period, min_events=min_events)


def event_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """Store rows (with the document's title) in the shared event schema: dates as
    `datetime.date`, and each span placed in the title or the body (`section`)."""
    frame = rows.copy()
    frame["date"] = [d.date() if pd.notna(d) else None for d in frame["date"]]
    placed = [locate(int(a), int(b), t if isinstance(t, str) else None)
              for a, b, t in zip(frame.start_char, frame.end_char, frame.title, strict=True)]
    frame["section"] = [p[0] for p in placed]
    frame["section_start"] = [p[1] for p in placed]
    frame["section_end"] = [p[2] for p in placed]
    frame["date"] = frame["date"].astype(object)
    return frame[list(EVENT_FIELDS)]


TABLES = ("documents", "removed", "sentences", "mentions", "events", "event_mentions", "quotes",
          "claims", "positions")


def event_filters(*, actor: str | None = None, type: str | None = None,  # noqa: A002
                  since: str | None = None, until: str | None = None,
                  outlet: str | None = None, pair: tuple[str, str] | None = None,
                  doc_id: str | None = None) -> tuple[str, list[object]]:
    """The WHERE clause over `events e JOIN documents d` and its bound parameters."""
    where: list[str] = []
    params: list[object] = []
    if actor:
        where.append("(starts_with(e.source_actor, ?) OR starts_with(e.target_actor, ?))")
        params += [actor.upper(), actor.upper()]
    if type:
        where.append("e.plover = ?")
        params.append(type.upper())
    if since:
        where.append("e.date >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("e.date <= CAST(? AS DATE)")
        params.append(until)
    if outlet:
        where.append("d.outlet = ?")
        params.append(outlet)
    if doc_id:
        where.append("e.doc_id = ?")
        params.append(doc_id)
    if pair:
        a, b = pair[0].upper(), pair[1].upper()
        where.append("((e.source_country = ? AND e.target_country = ?) OR "
                     "(e.source_country = ? AND e.target_country = ?))")
        params += [a, b, b, a]
    return (" WHERE " + " AND ".join(where) if where else ""), params


def quote_filter(speaker: str | None) -> tuple[str, list[object]]:
    """The WHERE clause over `quotes q` for a speaker code prefix or a name (taken
    literally: `%` and `_` in it match themselves)."""
    if not speaker:
        return "", []
    literal = speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (" WHERE starts_with(q.speaker_code, ?) OR q.speaker ILIKE ? ESCAPE '\\'",
            [speaker.upper(), f"%{literal}%"])


def rows_of(batch: Iterable[tuple[Coded, list[int] | None, tuple[str, float] | None]]
            ) -> dict[str, list[dict[str, object]]]:
    """The rows each store table gets from a batch of coded documents."""
    rows: dict[str, list[dict[str, object]]] = {table: [] for table in TABLES}
    for coded, signature, duplicate in batch:
        d = coded.document
        rows["documents"].append({
            "doc_id": d.doc_id, "title": d.title, "text": d.text, "full_text": d.full_text,
            "date": d.date, "url": d.url, "outlet": d.outlet, "source": d.source,
            "content_hash": content_hash(d), "minhash": signature, "language": d.language,
            "duplicate_of": duplicate[0] if duplicate else None,
            "duplicate_similarity": duplicate[1] if duplicate else None,
            **tone_columns(coded),
        })
        rows["removed"] += [{"doc_id": d.doc_id, "reason": r.reason, "text": r.text}
                            for r in d.removed]
        rows["sentences"] += [{"doc_id": s.doc_id, "sent_index": s.index, "start_char": s.start,
                               "end_char": s.end, "text": s.text} for s in coded.sentences]
        rows["mentions"] += [{"doc_id": m.doc_id, "sent_index": m.sent_index,
                              "start_char": m.start, "end_char": m.end, "text": m.text,
                              "code": m.code, "country": m.country, "sector": m.sector,
                              "kind": m.kind, "how": m.how, "confidence": m.confidence,
                              "person_id": m.person_id} for m in coded.mentions]
        rows["quotes"] += [{"doc_id": q.doc_id, "sent_index": q.sent_index, "speaker": q.speaker,
                            "speaker_code": q.speaker_code, "verb": q.verb, "kind": q.kind,
                            "text": q.text, "start_char": q.start, "end_char": q.end,
                            "sentence": q.sentence, "speaker_start": q.speaker_start,
                            "speaker_end": q.speaker_end, "speaker_text": q.speaker_text} for q in coded.quotes]
        for c in coded.claims:
            cid = event_id(c.doc_id, "claim", c.key)
            rows["claims"].append({"claim_id": cid, "doc_id": c.doc_id, "text": c.text,
                                   "sent_index": c.sent_index, "start_char": c.start,
                                   "end_char": c.end, "sentence": c.sentence,
                                   "opposed": [event_id(c.doc_id, "claim", k) for k in c.opposed],
                                   "polarity": c.polarity, "terms": list(c.terms)})
            rows["positions"] += [{"claim_id": cid, "doc_id": p.doc_id, "actor": p.actor,
                                   "actor_text": p.actor_text, "stance": p.stance,
                                   "sent_index": p.sent_index, "sentence": p.sentence}
                                  for p in c.positions]
        events, mentions_rows = _event_rows(coded)
        for record in events:
            record["tone"] = coded.tone.tone if coded.tone else None
        rows["events"] += events
        rows["event_mentions"] += mentions_rows
    return rows


def tone_columns(coded: Coded) -> dict[str, object]:
    """The documents table's tone columns (None for a document that was not coded)."""
    tone = coded.tone
    return {"tone": tone.tone if tone else None, "tone_positive": tone.positive if tone else None,
            "tone_negative": tone.negative if tone else None, "tone_words": tone.words if tone else None}


def event_id(*parts: object) -> str:
    """A stable id from the parts that make an event what it is."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _event_rows(coded: Coded) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Document-level event records (one per source, target and type, with their mention
    count and first evidence sentence) and the sentence-level mentions behind them."""
    records: dict[str, dict[str, object]] = {}
    mentions = []
    for e in sorted(coded.events, key=lambda e: (e.sent_index, e.start)):
        eid = event_id(e.doc_id, e.source, e.target, e.plover)
        mentions.append({
            "mention_id": event_id(eid, e.sent_index), "event_id": eid, "doc_id": e.doc_id,
            "sent_index": e.sent_index, "start_char": e.start, "end_char": e.end,
            "source_actor": e.source, "target_actor": e.target, "source_text": e.source_text,
            "target_text": e.target_text, "predicate": e.predicate, "plover": e.plover,
            "cameo": e.cameo, "confidence": e.confidence, "sentence": e.sentence,
            "score": _score(e), "provenance": e.provenance})
        record = records.get(eid)
        if record is None:
            records[eid] = {
                "event_id": eid, "doc_id": e.doc_id, "sent_index": e.sent_index,
                "start_char": e.start, "end_char": e.end, "date": e.date,
                "source_actor": e.source, "target_actor": e.target,
                "source_country": e.source_country, "target_country": e.target_country,
                "source_text": e.source_text, "target_text": e.target_text,
                "predicate": e.predicate, "plover": e.plover, "cameo": e.cameo,
                "goldstein": e.goldstein, "quad_class": e.quad_class,
                "confidence": e.confidence, "mentions": 1, "sentence": e.sentence,
                "score": _score(e), "provenance": e.provenance,
                **location_record(e.location)}
        else:
            if record["action_geo_lat"] is None and e.location is not None:
                record.update(location_record(e.location))
            record["mentions"] = int(record["mentions"]) + 1  # type: ignore[call-overload]
            if e.confidence > float(record["confidence"]):  # type: ignore[arg-type]
                record.update(cameo=e.cameo, goldstein=e.goldstein, quad_class=e.quad_class,
                              confidence=e.confidence)
            record["score"] = max(float(record["score"]), _score(e))  # type: ignore[arg-type]
    return list(records.values()), mentions


def _score(event: Event) -> float:
    """The event's model score, or its frame confidence when no model decided it."""
    return event.confidence if event.score is None else event.score
