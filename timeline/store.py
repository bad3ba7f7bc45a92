"""The store: a SQLite file holding many articles and their events (documents, events and mentions tables).

Ingest is idempotent (an article is known by the hash of its text) and atomic (one transaction per article: a
failure leaves nothing of that article behind). The same event reported by several articles (same type, overlapping
dates, actors sharing a country, compatible place) is one row of ``events`` with one row per report in ``mentions``
(as GDELT's mentions table); its id is the id it got when first stored. When reports disagree on the date, every
report keeps its own date in ``mentions`` and the event says which one it shows and why (``date_choice``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.article import Article, read_article
from timeline.errors import ArticleError, StoreError
from timeline.extract import extract
from timeline.schema import COLUMNS, EVENT_COLUMNS, LIST_SEPARATOR, conform, empty_frame, records
from timeline.sources import article_paths

DEFAULT_DB = "timeline.db"
#: Bumped whenever the tables change: a store written by another version is refused with a clear message.
SCHEMA_VERSION = 2
#: Day-precise reports of one event may differ by this many days and still be the same event (a date conflict).
DAY_TOLERANCE = 1

_SQL_TYPES = {"Int64": "INTEGER"}
_COLUMN_SQL = ", ".join(f"{name} {_SQL_TYPES.get(str(dtype), 'TEXT')}" for name, dtype in COLUMNS.items())
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, path TEXT, title TEXT, source TEXT, url TEXT, published TEXT,
    ingested_at TEXT NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events ({_COLUMN_SQL}, PRIMARY KEY (event_id));
CREATE TABLE IF NOT EXISTS mentions (
    mention_id TEXT PRIMARY KEY, {_COLUMN_SQL},
    FOREIGN KEY (event_id) REFERENCES events(event_id), FOREIGN KEY (doc_id) REFERENCES documents(doc_id)
);
CREATE INDEX IF NOT EXISTS events_by_type_date ON events(event_type, date_start);
CREATE INDEX IF NOT EXISTS mentions_by_event ON mentions(event_id);
CREATE INDEX IF NOT EXISTS mentions_by_doc ON mentions(doc_id);
"""

Row = dict[str, Any]


def default_db_path() -> Path:
    """``$TIMELINE_DB`` if set, else ``timeline.db`` in the working directory."""
    return Path(os.environ.get("TIMELINE_DB") or DEFAULT_DB)


def default_seeds_dir() -> Path:
    """``$TIMELINE_SEEDS`` if set, else the project's ``seeds/`` folder."""
    return Path(os.environ.get("TIMELINE_SEEDS") or Path(__file__).resolve().parents[1] / "seeds")


@dataclass(frozen=True)
class IngestResult:
    """What happened to one input: ``added``, ``redated`` (stored before under another publication date, its events
    extracted again), ``unchanged`` (already stored) or ``failed`` (with the reason).
    ``merged`` counts the events that joined an event another article had already reported."""

    path: str
    status: str
    doc_id: str | None = None
    events: int = 0
    merged: int = 0
    error: str | None = None


class Store:
    """A timeline store in a SQLite file (created with its tables when missing)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        try:
            with self._connect() as db:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                tables = db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
                if tables and version != SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: written by another version of timeline (store schema {version},"
                                     f" this version reads {SCHEMA_VERSION}); ingest the articles into a new store")
                db.executescript(_SCHEMA)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a timeline store ({exc})") from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            connection = sqlite3.connect(self.path)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        with closing(connection):
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            yield connection

    # ----------------------------------------------------------------- writing
    def ingest(self, article: Article) -> IngestResult:
        """Store one article and its events in one transaction. An article already stored changes nothing, unless it
        now comes with another publication date: then its events are extracted again against that date and replace
        the old ones (``redated``), so relative dates left unresolved for want of a date can be resolved later."""
        path = article.path or "<text>"
        published = article.published.isoformat() if article.published else None
        rows = records(extract(article))
        with self._connect() as db:
            stored = db.execute("SELECT published FROM documents WHERE doc_id = ?", (article.doc_id,)).fetchone()
            if stored and (published is None or stored["published"] == published):
                return IngestResult(path, "unchanged", article.doc_id)
            with db:  # one transaction: committed whole or rolled back whole
                if stored:
                    _forget(db, article.doc_id)
                db.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (article.doc_id, article.path, article.title, article.source, article.url,
                     published, datetime.now(timezone.utc).isoformat(timespec="seconds"), article.text))
                merged_into = {row["event_id"]: _same_event(db, row) for row in rows}
                ids = {own: (other or own) for own, other in merged_into.items()}
                for row in rows:
                    own = row["event_id"]
                    mention = {**row, "event_id": ids[own], "anchor_event_id": ids.get(row["anchor_event_id"],
                                                                                         row["anchor_event_id"])}
                    if merged_into[own] is None:
                        _insert(db, "events", mention)
                    _insert(db, "mentions", {"mention_id": own, **mention})
                    _refresh(db, ids[own])
        merged = sum(other is not None for other in merged_into.values())
        return IngestResult(path, "redated" if stored else "added", article.doc_id, len(rows), merged)

    def ingest_paths(self, paths: Iterable[str | Path], published: date | None = None,
                     progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> list[IngestResult]:
        """Ingest files, directories and globs; a file that cannot be read is reported as failed and the rest go
        on. ``progress`` wraps the list of files (e.g. a progress bar)."""
        results = []
        files = article_paths(paths)
        for p in progress(files) if progress else files:
            try:
                results.append(self.ingest(read_article(p, published)))
            except ArticleError as exc:
                results.append(IngestResult(str(p), "failed", error=str(exc)))
        return results

    # ----------------------------------------------------------------- reading
    def events(self, event_type: Iterable[str] | None = None, status: Iterable[str] | None = None,
               actor: str | None = None, doc_id: str | None = None,
               columns: Iterable[str] | None = None) -> pd.DataFrame:
        """The stored events as the event table, in date order, optionally filtered (``doc_id``: events that
        article reports). ``columns`` reads only those columns (faster on large stores), in schema order."""
        where, args = [], []
        for column, values in (("event_type", event_type), ("status", status)):
            if values is not None:
                chosen = list(values)
                where.append(f"{column} IN ({', '.join('?' * len(chosen)) or 'NULL'})")
                args.extend(chosen)
        if actor:
            where.append("actors LIKE ?")
            args.append(f"%{actor}%")
        if doc_id:
            where.append("event_id IN (SELECT event_id FROM mentions WHERE doc_id = ?)")
            args.append(doc_id)
        wanted = _columns(columns)
        sql = (f"SELECT {', '.join(wanted)} FROM events" + (f" WHERE {' AND '.join(where)}" if where else "")
               + " ORDER BY date_start IS NULL, date_start, date_end, doc_id, char_start")
        return self._frame(sql, args, wanted)

    def mentions(self, event_id: str | None = None) -> pd.DataFrame:
        """Every report of an event (or of all events), each with its own date, sentence and source, oldest first."""
        sql = (f"SELECT {', '.join(EVENT_COLUMNS)} FROM mentions" + (" WHERE event_id = ?" if event_id else "")
               + " ORDER BY published IS NULL, published, doc_id, char_start")
        return self._frame(sql, [event_id] if event_id else [], EVENT_COLUMNS)

    def _frame(self, sql: str, args: list[Any], columns: tuple[str, ...]) -> pd.DataFrame:
        with self._connect() as db:
            rows = db.execute(sql, args).fetchall()
        frame = pd.DataFrame.from_records([tuple(r) for r in rows], columns=list(columns))
        return conform(frame, columns) if len(frame) else empty_frame()[list(columns)]

    def documents(self) -> pd.DataFrame:
        """The stored articles (without their text)."""
        with self._connect() as db:
            return pd.read_sql_query(
                "SELECT doc_id, path, title, source, url, published, ingested_at FROM documents ORDER BY ingested_at",
                db)

    def count(self) -> int:
        """How many events are stored."""
        with self._connect() as db:
            return int(db.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    def version(self) -> tuple[int, ...]:
        """A cheap token that changes whenever an ingest changes the store (counts and last row ids of documents,
        events and mentions): callers cache what they read and read again when it differs."""
        with self._connect() as db:
            row = db.execute(
                "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events), "
                "(SELECT IFNULL(MAX(rowid), 0) FROM events), (SELECT IFNULL(MAX(rowid), 0) FROM mentions)").fetchone()
        return tuple(int(value) for value in row)

    def is_empty(self) -> bool:
        """True when no article is stored."""
        with self._connect() as db:
            return db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None


# --------------------------------------------------------------------- merging
def _columns(columns: Iterable[str] | None) -> tuple[str, ...]:
    """The requested columns in schema order; unknown names are refused."""
    if columns is None:
        return EVENT_COLUMNS
    wanted = set(columns)
    unknown = wanted - set(EVENT_COLUMNS)
    if unknown:
        raise ValueError(f"unknown event-table columns: {sorted(unknown)}")
    return tuple(c for c in EVENT_COLUMNS if c in wanted)


def _split(cell: str | None) -> list[str]:
    return [part for part in (cell or "").split(LIST_SEPARATOR) if part]


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + pd.Timedelta(days=days).to_pytimedelta()).isoformat()


def _forget(db: sqlite3.Connection, doc_id: str) -> None:
    """Remove one article and its mentions inside the caller's transaction. Its events that no other article
    reports go; one that others report stays, recomputed from their mentions, and when it carried this article's id
    it takes the id of its earliest remaining mention (so the article's events can come back under their own ids)."""
    events = [r["event_id"] for r in db.execute("SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?", (doc_id,))]
    own = {r["mention_id"] for r in db.execute("SELECT mention_id FROM mentions WHERE doc_id = ?", (doc_id,))}
    db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))  # opens the transaction the next line needs
    db.execute("PRAGMA defer_foreign_keys = ON")  # ids change in two tables before the commit checks them
    for event_id in events:
        heir = db.execute("SELECT mention_id FROM mentions WHERE event_id = ? ORDER BY published IS NULL, published, "
                          "doc_id, char_start LIMIT 1", (event_id,)).fetchone()
        if heir is None:
            db.execute("DELETE FROM events WHERE event_id = ?", (event_id,))
            continue
        if event_id in own:
            new_id = heir["mention_id"]
            db.execute("UPDATE events SET event_id = ? WHERE event_id = ?", (new_id, event_id))
            for table in ("events", "mentions"):
                db.execute(f"UPDATE {table} SET anchor_event_id = ? WHERE anchor_event_id = ?", (new_id, event_id))
            db.execute("UPDATE mentions SET event_id = ? WHERE event_id = ?", (new_id, event_id))
            event_id = new_id
        _refresh(db, event_id)
    db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))


def _same_event(db: sqlite3.Connection, row: Row) -> str | None:
    """The stored event another article reported that ``row`` is the same as, or None.

    Same type; overlapping date intervals (day-precise reports may be ``DAY_TOLERANCE`` days apart); actors sharing
    a country (or, with no actors on either side, the same place); places not contradicting each other.
    """
    if row["date_start"] is None:
        return None
    tolerance = DAY_TOLERANCE if row["precision"] == "day" else 0
    candidates = db.execute(
        "SELECT event_id, date_start, date_end, precision, countries, location FROM events "
        "WHERE event_type = ? AND date_start <= ? AND date_end >= ? "
        "AND event_id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)",
        (row["event_type"], _shift(row["date_end"], tolerance), _shift(row["date_start"], -tolerance),
         row["doc_id"])).fetchall()
    mine = set(_split(row["countries"]))
    best: tuple[int, str] | None = None
    for c in candidates:
        if c["precision"] != "day" and tolerance and not (c["date_start"] <= row["date_end"]
                                                          and c["date_end"] >= row["date_start"]):
            continue
        theirs = set(_split(c["countries"]))
        if mine or theirs:
            if not (mine & theirs):
                continue
        elif not (row["location"] and row["location"] == c["location"]):
            continue
        if row["location"] and c["location"] and row["location"].split(",")[0] != c["location"].split(",")[0]:
            continue
        gap = abs((date.fromisoformat(c["date_start"]) - date.fromisoformat(row["date_start"])).days)
        if best is None or gap < best[0]:
            best = (gap, c["event_id"])
    return best[1] if best else None


def _refresh(db: sqlite3.Connection, event_id: str) -> None:
    """Recompute an event from its mentions: the date it shows (and why), actors, countries, sources, count."""
    mentions = [dict(m) for m in db.execute(
        "SELECT * FROM mentions WHERE event_id = ? ORDER BY published IS NULL, published, doc_id, char_start",
        (event_id,))]
    if not mentions:
        return
    chosen, why = choose_date(mentions)
    event = {name: chosen[name] for name in EVENT_COLUMNS}
    event["event_id"] = event_id
    event["anchor_event_id"] = next((m["anchor_event_id"] for m in mentions if m["anchor_event_id"]), None)
    event["actors"] = _union(m["actors"] for m in mentions)
    event["countries"] = _union(m["countries"] for m in mentions)
    event["location"] = chosen["location"] or next((m["location"] for m in mentions if m["location"]), None)
    event["sources"] = _union(m["source"] for m in mentions)
    event["mention_count"] = len({m["doc_id"] for m in mentions})
    event["date_choice"] = why
    assignments = ", ".join(f"{name} = ?" for name in EVENT_COLUMNS if name != "event_id")
    db.execute(f"UPDATE events SET {assignments} WHERE event_id = ?",
               [event[name] for name in EVENT_COLUMNS if name != "event_id"] + [event_id])


def _union(cells: Iterable[str | None]) -> str | None:
    out: list[str] = []
    for cell in cells:
        out.extend(part for part in _split(cell) if part not in out)
    return LIST_SEPARATOR.join(out) or None


def choose_date(mentions: list[Row]) -> tuple[Row, str | None]:
    """The mention whose date the event shows, and why, when reports differ.

    The most precise report wins (the narrowest interval), then the date most reports give, then the earliest
    published report. Reports whose intervals all contain the chosen one refine it; any other is a conflict, and
    every report's date stays in the mentions table.
    """
    def span(m: Row) -> tuple[str, str]:
        return m["date_start"], m["date_end"]

    spans = [span(m) for m in mentions]
    if len(set(spans)) == 1:
        return mentions[0], (f"all {len(mentions)} reports agree" if len(mentions) > 1 else None)
    votes = {s: spans.count(s) for s in spans}
    ranked = sorted(range(len(mentions)), key=lambda i: (
        (date.fromisoformat(spans[i][1]) - date.fromisoformat(spans[i][0])).days, -votes[spans[i]], i))
    chosen = mentions[ranked[0]]
    cs, ce = span(chosen)
    inside = all(s <= cs and ce <= e for s, e in spans)
    listing = "; ".join(f"{m['date_text']} = {_show(span(m))} ({m['source'] or m['doc_id']})" for m in mentions)
    if inside:
        return chosen, f"most precise of {len(mentions)} reports: {listing}"
    return chosen, (f"reports disagree: {listing}; shown: {_show((cs, ce))} "
                    "(most precise, then most reported, then earliest published)")


def _show(span: tuple[str, str]) -> str:
    return span[0] if span[0] == span[1] else f"{span[0]}..{span[1]}"


# --------------------------------------------------------------------- rows
def _insert(db: sqlite3.Connection, table: str, row: Row) -> None:
    names = list(row)
    db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
               [row[n] for n in names])
