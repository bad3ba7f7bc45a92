"""The store: a SQLite file holding many articles and their events (documents, events and mentions tables).

Ingest is idempotent (an article is known by the hash of its text) and atomic (one ``BEGIN IMMEDIATE`` transaction
per article, the "already stored?" check inside it: a failure leaves nothing of that article behind, and concurrent
writers give the store one sequential run would). The same event reported by several articles is one row of
``events`` with one row per report in ``mentions`` (as GDELT's mentions table); its id is the id it got when first
stored; the judgement is ``timeline.merge``'s. Every write transaction bumps a revision counter (``revision()``), so
readers that keep what they read know when to read again.

Opening never writes to an existing file, except once to upgrade a store of the previous schema (``migrate``): a
read-only store can be read, another program's database is refused untouched, and every SQLite failure becomes a
``StoreError`` saying what happened (locked, read-only, damaged, disk full) instead of a traceback.

Actors, countries and sources, ``; ``-joined in the event table, are stored as JSON arrays (``["Russia", "Ukraine"]``)
so SQL reaches each item (``json_each``; Datasette's array facets); a document's other front-matter keys are a JSON
object in ``documents.metadata``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from itertools import chain
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.article import Article, display_path
from timeline.corpus import read_corpus
from timeline.errors import ArticleError, StoreError
from timeline.extract import extract_records
from timeline.merge import candidate_window, combine, mention_order, same_event
from timeline.schema import COLUMNS, EVENT_COLUMNS, LIST_COLUMNS, conform, empty_frame, join_items, split_items
from timeline.sources import article_paths

DEFAULT_DB = "timeline.db"
#: Bumped whenever the tables change: a store of an earlier version (from ``OLDEST_UPGRADED``) is upgraded when opened
#: (``migrate``), one of any other version refused with a clear message. 3: list columns as JSON arrays,
#: ``documents.metadata``. 4: the events' ``basis``.
SCHEMA_VERSION = 4
OLDEST_UPGRADED = 2
#: How long a write waits for another process's write to finish before the store is reported locked, in seconds.
BUSY_TIMEOUT = 30.0
#: Our tables: a database holding other tables and none of these is another program's.
TABLES = ("documents", "events", "mentions", "meta")

_SQL_TYPES = {"Int64": "INTEGER"}
_COLUMN_SQL = ", ".join(f"{name} {_SQL_TYPES.get(str(dtype), 'TEXT')}" for name, dtype in COLUMNS.items())
#: The revision counter lives in ``meta``; stores written before it existed get it at their next write.
_META = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta VALUES ('revision', 0);
"""
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, path TEXT, title TEXT, source TEXT, url TEXT, published TEXT,
    ingested_at TEXT NOT NULL, text TEXT NOT NULL, metadata TEXT
);
CREATE TABLE IF NOT EXISTS events ({_COLUMN_SQL}, PRIMARY KEY (event_id));
CREATE TABLE IF NOT EXISTS mentions (
    mention_id TEXT PRIMARY KEY, {_COLUMN_SQL},
    FOREIGN KEY (event_id) REFERENCES events(event_id), FOREIGN KEY (doc_id) REFERENCES documents(doc_id)
);
CREATE INDEX IF NOT EXISTS events_by_type_date ON events(event_type, date_start);
CREATE INDEX IF NOT EXISTS mentions_by_event ON mentions(event_id);
CREATE INDEX IF NOT EXISTS mentions_by_doc ON mentions(doc_id);
{_META}
"""

#: SQLite's primary result codes -> (StoreError kind, what the user is told).
_TROUBLES = {
    "SQLITE_BUSY": ("locked", "the store is locked by another process (waited {timeout:g} s for it)"),
    "SQLITE_LOCKED": ("locked", "the store is locked by another process (waited {timeout:g} s for it)"),
    "SQLITE_READONLY": ("read-only", "the store is read-only: it can be read, not written ({detail})"),
    "SQLITE_PERM": ("read-only", "the store is read-only: it can be read, not written ({detail})"),
    "SQLITE_CANTOPEN": ("read-only", "the store or its folder cannot be written ({detail})"),
    "SQLITE_CORRUPT": ("damaged", "the store is damaged ({detail}); export what can be read or restore a copy"),
    "SQLITE_NOTADB": ("foreign", "not a timeline store ({detail})"),
    "SQLITE_FULL": ("full", "the disk is full ({detail})"),
    "SQLITE_IOERR": ("io", "the disk could not be read or written ({detail})"),
}

Row = dict[str, Any]


def default_db_path() -> Path:
    """``$TIMELINE_DB`` if set, else ``timeline.db`` in the working directory."""
    return Path(os.environ.get("TIMELINE_DB") or DEFAULT_DB)


def default_seeds_dir() -> Path:
    """``$TIMELINE_SEEDS`` if set, else the seed articles: the project's ``seeds/`` folder, which a wheel installs
    inside the package (``timeline/seeds``) and a source checkout (an editable install) has beside it."""
    if os.environ.get("TIMELINE_SEEDS"):
        return Path(os.environ["TIMELINE_SEEDS"])
    installed = Path(__file__).resolve().parent / "seeds"
    return installed if installed.is_dir() else installed.parents[1] / "seeds"


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


def summary(results: Iterable[IngestResult]) -> str:
    """One line counting what a batch did: ``2 added, 1 re-dated, 0 unchanged, 1 failed`` (re-dated only when any)."""
    counts = Counter(r.status for r in results)
    redated = f"{counts['redated']} re-dated, " if counts["redated"] else ""
    return f"{counts['added']} added, {redated}{counts['unchanged']} unchanged, {counts['failed']} failed"


class Store:
    """A timeline store in a SQLite file. A missing file is created with its tables (unless ``create`` is false: then
    it is an error naming it); an existing one is only read until something is written to it."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True, timeout: float = BUSY_TIMEOUT) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.timeout = timeout
        self._name = display_path(self.path)
        if not self.path.exists():
            if not create:
                raise StoreError(f"{self._name}: no such store (ingest articles into it first)", "missing")
            if not self.path.parent.is_dir():
                raise StoreError(f"{self._name}: cannot be created: no such folder", "missing")
        elif not self.path.is_file():
            raise StoreError(f"{self._name}: not a store file (a directory or a device)", "foreign")
        with self._reading() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            with self._writing() as db:
                db.executescript(f"BEGIN IMMEDIATE; {_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
            return
        if not tables & set(TABLES):
            listed = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(f"{self._name}: a database of another program (its tables: {listed}), not a timeline "
                             "store; it was left untouched", "foreign")
        if OLDEST_UPGRADED <= version < SCHEMA_VERSION and {"documents", "events", "mentions"} <= tables:
            self.migrate(version)
            return
        if version != SCHEMA_VERSION or not {"documents", "events", "mentions"} <= tables:
            raise StoreError(f"{self._name}: written by another version of timeline (store schema {version}, this "
                             f"version reads {SCHEMA_VERSION}); ingest the articles into a new store", "version")

    def migrate(self, version: int) -> None:
        """Upgrade a store of schema ``version`` to ``SCHEMA_VERSION`` in one transaction, a step at a time: to 3, the
        list columns of events and mentions from ``; ``-joined text to JSON arrays and a ``metadata`` column for
        documents; to 4, a ``basis`` column for events and mentions (null for the rows stored before: the basis was not
        recorded). A store another process upgraded meanwhile is left as it is; a read-only one is refused with what
        to do."""
        try:
            with self._writing() as db, self._transaction(db):
                if db.execute("PRAGMA user_version").fetchone()[0] != version:
                    db.execute("ROLLBACK")
                    return
                if version < 3:
                    db.execute("ALTER TABLE documents ADD COLUMN metadata TEXT")
                    for table in ("events", "mentions"):
                        for column in LIST_COLUMNS:
                            cells = db.execute(f"SELECT rowid, {column} FROM {table} WHERE {column} IS NOT NULL")
                            db.executemany(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                                           [(_json_list(cell), rowid) for rowid, cell in cells.fetchall()])
                for table in ("events", "mentions"):
                    db.execute(f"ALTER TABLE {table} ADD COLUMN basis TEXT")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except StoreError as exc:
            raise StoreError(f"{self._name}: written by an earlier version of timeline (store schema {version}), "
                             f"which this version upgrades to {SCHEMA_VERSION} when it opens it, and it cannot be "
                             f"written ({exc}); open a writable copy", exc.kind) from None

    # ----------------------------------------------------------------- connections
    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            connection = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._trouble(exc) from None
        with closing(connection):
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            yield connection

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for reading; any SQLite failure becomes a StoreError naming it."""
        try:
            with self._connection() as db:
                yield db
        except sqlite3.Error as exc:
            raise self._trouble(exc) from None

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A connection for one write transaction, which the caller opens with ``BEGIN IMMEDIATE`` (``_transaction``);
        anything left open is rolled back, and SQLite failures become StoreErrors."""
        try:
            with self._connection() as db:
                try:
                    yield db
                finally:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise self._trouble(exc) from None

    @staticmethod
    @contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken before anything is read (``BEGIN IMMEDIATE``: two writers never both decide
        from the same state); committed whole, with the revision bumped, or rolled back whole."""
        db.execute("BEGIN IMMEDIATE")
        yield db
        if not db.in_transaction:  # the caller found nothing to do and rolled back
            return
        for statement in _META.split(";"):  # a store from before the counter gets it (not executescript: it commits)
            if statement.strip():
                db.execute(statement)
        db.execute("UPDATE meta SET value = value + 1 WHERE key = 'revision'")
        db.execute("COMMIT")

    def _trouble(self, exc: sqlite3.Error) -> StoreError:
        """The StoreError saying what a SQLite failure means for the user."""
        code = getattr(exc, "sqlite_errorname", "") or ""
        primary = next((name for name in _TROUBLES if code == name or code.startswith(name + "_")), None)
        if primary is None and "readonly" in str(exc).lower():
            primary = "SQLITE_READONLY"
        kind, text = _TROUBLES.get(primary or "", ("other", "the store failed ({detail})"))
        return StoreError(f"{self._name}: " + text.format(timeout=self.timeout, detail=exc), kind)

    # ----------------------------------------------------------------- writing
    def ingest(self, article: Article) -> IngestResult:
        """Store one article and its events in one transaction. An article already stored changes nothing, unless it
        now comes with another publication date: then its events are extracted again against that date and replace
        the old ones (``redated``), so relative dates left unresolved for want of a date can be resolved later.

        Raises ArticleError when the article's events cannot be extracted, StoreError when the store cannot take it
        (nothing of the article is stored then)."""
        path = article.path or "<text>"
        published = article.published.isoformat() if article.published else None
        if self._stored(article.doc_id, published) == "same":
            return IngestResult(path, "unchanged", article.doc_id)
        rows = extract_records(article)
        with self._writing() as db, self._transaction(db):
            stored = self._stored(article.doc_id, published, db)  # again, inside the transaction: another writer
            if stored == "same":                                    # may have stored it meanwhile
                db.execute("ROLLBACK")
                return IngestResult(path, "unchanged", article.doc_id)
            if stored == "other date":
                _forget(db, article.doc_id)
            _insert(db, "documents", {
                "doc_id": article.doc_id, "path": path, "title": article.title, "source": article.source,
                "url": article.url, "published": published,
                "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "text": article.text,
                "metadata": json.dumps(dict(article.metadata), ensure_ascii=False) if article.metadata else None})
            merged_into = {row["event_id"]: _same_event(db, row) for row in rows}
            ids = {own: (other or own) for own, other in merged_into.items()}
            for row in rows:
                own = row["event_id"]
                mention = {**row, "event_id": ids[own], "anchor_event_id": ids.get(row["anchor_event_id"],
                                                                                     row["anchor_event_id"])}
                if merged_into[own] is None:
                    _insert(db, "events", stored_row(mention))
                _insert(db, "mentions", {"mention_id": own, **stored_row(mention)})
                _refresh(db, ids[own])
        merged = sum(other is not None for other in merged_into.values())
        return IngestResult(path, "redated" if stored else "added", article.doc_id, len(rows), merged)

    def load(self, documents: Iterable[Row], events: Iterable[Row], mentions: Iterable[Row]) -> None:
        """Fill an empty store with a corpus merged elsewhere (``timeline.engine``): rows of the three tables as plain
        values, streamed, in one transaction (all of it is stored or, on any failure, none). A store that holds
        articles is refused: its events would have had to take part in that merge."""
        with self._writing() as db, self._transaction(db):
            if db.execute("SELECT 1 FROM documents LIMIT 1").fetchone():
                raise StoreError(f"{self._name}: already holds articles; a merged corpus is loaded into a new or "
                                 "empty store (or ingest the articles into this one with the local engine)",
                                 "not-empty")
            _insert_many(db, "documents", documents)
            _insert_many(db, "events", (stored_row(row) for row in events))
            _insert_many(db, "mentions", (stored_row(row) for row in mentions))

    def _stored(self, doc_id: str, published: str | None, db: sqlite3.Connection | None = None) -> str | None:
        """Whether the article is stored: ``same`` (nothing to do), ``other date`` (to re-date) or None."""
        def ask(connection: sqlite3.Connection) -> str | None:
            row = connection.execute("SELECT published FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            if row is None:
                return None
            return "same" if published is None or row["published"] == published else "other date"

        if db is not None:
            return ask(db)
        with self._reading() as connection:
            return ask(connection)

    def iter_ingest(self, paths: Iterable[str | Path], published: date | None = None) -> Iterator[IngestResult]:
        """Ingest a corpus (files, directories, globs; article files and JSON Lines or Parquet files of records, see
        ``timeline.corpus``) in corpus order, yielding each article's result as soon as it is stored. An article that
        cannot be read or extracted, whatever the cause, is a ``failed`` result and the batch goes on; a store that
        cannot be written (locked past the busy timeout, read-only, damaged, disk full) ends the batch with a
        StoreError saying what was stored before it and that running the batch again resumes it."""
        self.check()  # a damaged store says so before anything is reported as stored or unchanged
        done: list[IngestResult] = []
        for item in read_corpus(paths, published):
            try:
                result = self.ingest(item.load())
            except ArticleError as exc:
                result = IngestResult(item.name, "failed", error=str(exc))
            except StoreError as exc:
                stopped = item.name
                raise StoreError(f"{exc}; stopped at {stopped} after {summary(done)}: every article before it is "
                                 "stored whole, none of it; run the same command again to resume (stored articles "
                                 "are skipped)", exc.kind) from None
            done.append(result)
            yield result

    def ingest_paths(self, paths: Iterable[str | Path], published: date | None = None,
                     progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> list[IngestResult]:
        """``iter_ingest`` as a list. ``progress`` wraps the list of files (e.g. a progress bar)."""
        files = article_paths(paths)
        return list(self.iter_ingest(progress(files) if progress else files, published))

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
        with self._reading() as db:
            rows = db.execute(sql, args).fetchall()
        frame = pd.DataFrame.from_records([tuple(table_row(dict(r)).values()) for r in rows], columns=list(columns))
        return conform(frame, columns) if len(frame) else empty_frame()[list(columns)]

    def documents(self) -> pd.DataFrame:
        """The stored articles (without their text); ``metadata`` holds their other front-matter keys (a dict)."""
        with self._reading() as db:
            rows = db.execute("SELECT doc_id, path, title, source, url, published, ingested_at, metadata "
                              "FROM documents ORDER BY ingested_at").fetchall()
        return pd.DataFrame.from_records([(*tuple(r)[:-1], json.loads(r["metadata"] or "{}")) for r in rows], columns=[
            "doc_id", "path", "title", "source", "url", "published", "ingested_at", "metadata"])

    def metadata(self, doc_id: str) -> dict[str, Any]:
        """One article's front-matter keys other than title, date, source and url (author, tags, ...); {} if none."""
        with self._reading() as db:
            row = db.execute("SELECT metadata FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return json.loads(row["metadata"]) if row is not None and row["metadata"] else {}

    def count(self) -> int:
        """How many events are stored."""
        with self._reading() as db:
            return int(db.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    def revision(self) -> int:
        """The store's revision: a counter every write transaction bumps (0 for a store never written since it had
        one). Callers cache what they read and read again when it differs."""
        with self._reading() as db:
            has_meta = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
            row = db.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone() if has_meta else None
        return int(row[0]) if row else 0

    def is_empty(self) -> bool:
        """True when no article is stored."""
        with self._reading() as db:
            return db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

    def check(self) -> None:
        """Read every page of the store (SQLite's quick_check); a StoreError (``damaged``) when any is broken."""
        with self._reading() as db:
            problems = [r[0] for r in db.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise StoreError(f"{self._name}: the store is damaged ({'; '.join(problems)}); export what can be read "
                             "or restore a copy", "damaged")


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


def _forget(db: sqlite3.Connection, doc_id: str) -> None:
    """Remove one article and its mentions inside the caller's transaction. Its events that no other article
    reports go; one that others report stays, recomputed from their mentions, and when it carried this article's id
    it takes the id of its earliest remaining mention (so the article's events can come back under their own ids)."""
    events = [r["event_id"] for r in db.execute("SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?", (doc_id,))]
    own = {r["mention_id"] for r in db.execute("SELECT mention_id FROM mentions WHERE doc_id = ?", (doc_id,))}
    db.execute("PRAGMA defer_foreign_keys = ON")  # ids change in two tables before the commit checks them
    db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
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
    """The stored event another article reported that ``row`` is the same as, or None (``merge.same_event`` over
    the stored events of its type whose dates could overlap)."""
    window = candidate_window(row)
    if window is None:
        return None
    candidates = db.execute(
        "SELECT event_id, event_type, date_start, date_end, precision, countries, location FROM events "
        "WHERE event_type = ? AND date_start <= ? AND date_end >= ? "
        "AND event_id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)",
        (row["event_type"], window[1], window[0], row["doc_id"])).fetchall()
    return same_event(row, (table_row(dict(c)) for c in candidates))


def _refresh(db: sqlite3.Connection, event_id: str) -> None:
    """Recompute an event from its mentions (``merge.combine``) and write it."""
    mentions = sorted((table_row(dict(m)) for m in db.execute("SELECT * FROM mentions WHERE event_id = ?",
                                                              (event_id,))), key=mention_order)
    if not mentions:
        return
    event = combine(event_id, mentions)
    assignments = ", ".join(f"{name} = ?" for name in EVENT_COLUMNS if name != "event_id")
    event = stored_row(event)
    db.execute(f"UPDATE events SET {assignments} WHERE event_id = ?",
               [event[name] for name in EVENT_COLUMNS if name != "event_id"] + [event_id])


# --------------------------------------------------------------------- rows
def _insert(db: sqlite3.Connection, table: str, row: Row) -> None:
    names = list(row)
    db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
               [row[n] for n in names])


def _insert_many(db: sqlite3.Connection, table: str, rows: Iterable[Row]) -> None:
    """Insert rows that all have the keys of the first one."""
    stream = iter(rows)
    first = next(stream, None)
    if first is None:
        return
    names = list(first)
    db.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                   ([row[n] for n in names] for row in chain([first], stream)))


def stored_row(row: Row) -> Row:
    """An event-table row as the store keeps it: actors, countries and sources as JSON arrays."""
    return {**row, **{name: _json_list(row[name]) for name in LIST_COLUMNS if name in row}}


def table_row(row: Row) -> Row:
    """A stored row back in the event table's form: the JSON arrays ``; ``-joined again."""
    return {**row, **{name: join_items(json.loads(row[name])) if row[name] else None
                      for name in LIST_COLUMNS if name in row}}


def _json_list(cell: str | None) -> str | None:
    """A ``; ``-joined cell as a JSON array (None stays None: no items)."""
    return json.dumps(split_items(cell), ensure_ascii=False) if cell else None
