"""The store: a SQLite file holding many articles and their events (documents, events and mentions tables).

Ingest is idempotent (an article is known by the hash of its text) and atomic (one transaction per article: a
failure leaves nothing of that article behind). Queries return the event table of ``timeline.schema``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import pandas as pd

from timeline.article import Article, read_article
from timeline.errors import ArticleError, StoreError
from timeline.extract import extract
from timeline.schema import COLUMNS, DATE_COLUMNS, EVENT_COLUMNS, chronological, conform, empty_frame

DEFAULT_DB = "timeline.db"
#: Article files taken from a directory.
ARTICLE_SUFFIXES = (".txt", ".md")

_SQL_TYPES = {"Int64": "INTEGER"}
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, path TEXT, title TEXT, source TEXT, url TEXT, published TEXT,
    ingested_at TEXT NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    {", ".join(f"{name} {_SQL_TYPES.get(str(dtype), 'TEXT')}" + (" PRIMARY KEY" if name == "event_id" else "")
               for name, dtype in COLUMNS.items())}
);
CREATE TABLE IF NOT EXISTS mentions (
    event_id TEXT NOT NULL REFERENCES events(event_id), doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    char_start INTEGER, char_end INTEGER, date_text TEXT, sentence TEXT,
    PRIMARY KEY (event_id, doc_id, char_start)
);
CREATE INDEX IF NOT EXISTS events_by_date ON events(date_start);
CREATE INDEX IF NOT EXISTS mentions_by_doc ON mentions(doc_id);
"""


def default_db_path() -> Path:
    """``$TIMELINE_DB`` if set, else ``timeline.db`` in the working directory."""
    return Path(os.environ.get("TIMELINE_DB") or DEFAULT_DB)


def default_seeds_dir() -> Path:
    """``$TIMELINE_SEEDS`` if set, else the project's ``seeds/`` folder."""
    return Path(os.environ.get("TIMELINE_SEEDS") or Path(__file__).resolve().parents[1] / "seeds")


@dataclass(frozen=True)
class IngestResult:
    """What happened to one input: ``added``, ``unchanged`` (already stored) or ``failed`` (with the reason)."""

    path: str
    status: str
    doc_id: str | None = None
    events: int = 0
    error: str | None = None


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, plus the article files (.txt, .md) inside named directories, sorted; missing paths are kept so
    that ingest reports them."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES
                              and f.name.lower() != "readme.md"))
        else:
            out.append(p)
    return out


class Store:
    """A timeline store in a SQLite file (created with its tables when missing)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        try:
            with self._connect() as db:
                db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a timeline store ({exc})") from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            connection = sqlite3.connect(self.path)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        with closing(connection):
            connection.execute("PRAGMA foreign_keys = ON")
            yield connection

    # ----------------------------------------------------------------- writing
    def ingest(self, article: Article) -> IngestResult:
        """Store one article and its events in one transaction; an article already stored changes nothing."""
        path = article.path or "<text>"
        frame = extract(article)
        with self._connect() as db:
            if db.execute("SELECT 1 FROM documents WHERE doc_id = ?", (article.doc_id,)).fetchone():
                return IngestResult(path, "unchanged", article.doc_id, 0)
            with db:  # one transaction: committed whole or rolled back whole
                db.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (article.doc_id, article.path, article.title, article.source, article.url,
                     article.published.isoformat() if article.published else None,
                     datetime.now(timezone.utc).isoformat(timespec="seconds"), article.text),
                )
                rows = _sql_rows(frame)
                db.executemany(
                    f"INSERT OR IGNORE INTO events ({', '.join(EVENT_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})", rows)
                db.executemany(
                    "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                    [(r["event_id"], article.doc_id, r["char_start"], r["char_end"], r["date_text"], r["sentence"])
                     for r in _records(frame)])
        return IngestResult(path, "added", article.doc_id, len(frame))

    def ingest_paths(self, paths: Iterable[str | Path], published: date | None = None) -> list[IngestResult]:
        """Ingest files and directories; a file that cannot be read is reported as failed and the rest go on."""
        results = []
        for p in article_paths(paths):
            try:
                results.append(self.ingest(read_article(p, published)))
            except ArticleError as exc:
                results.append(IngestResult(str(p), "failed", error=str(exc)))
        return results

    # ----------------------------------------------------------------- reading
    def events(self, event_type: Iterable[str] | None = None, status: Iterable[str] | None = None,
               actor: str | None = None, doc_id: str | None = None) -> pd.DataFrame:
        """The stored events as the event table, in date order, optionally filtered."""
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
            where.append("doc_id = ?")
            args.append(doc_id)
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events" + (f" WHERE {' AND '.join(where)}" if where else "")
        with self._connect() as db:
            frame = pd.read_sql_query(sql, db, params=args)
        return chronological(conform(frame)) if len(frame) else empty_frame()

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

    def is_empty(self) -> bool:
        """True when no article is stored."""
        with self._connect() as db:
            return db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    plain = conform(frame).astype(object)
    for column in DATE_COLUMNS:
        plain[column] = conform(frame)[column].dt.strftime("%Y-%m-%d").astype(object)
    plain = plain.where(plain.notna(), None)
    return [{k: (int(v) if k in ("char_start", "char_end") and v is not None else v) for k, v in r.items()}
            for r in plain.to_dict(orient="records")]


def _sql_rows(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    return [tuple(r[c] for c in EVENT_COLUMNS) for r in _records(frame)]
