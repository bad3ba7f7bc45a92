"""The store on a real SQLite file: idempotent re-ingest, failures skipped, atomic per article."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from timeline.article import read_article
from timeline.errors import StoreError
from timeline.schema import EVENT_COLUMNS
from timeline.store import Store


def table_counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as db:
        return tuple(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("documents", "events", "mentions"))


def test_ingest_stores_the_seed_and_reingest_changes_nothing(store_path: Path, seed_path: Path) -> None:
    store = Store(store_path)
    first = store.ingest_paths([seed_path])
    assert [(r.status, r.events) for r in first] == [("added", 9)]
    before = store.events()
    assert table_counts(store_path) == (1, 9, 9)
    again = Store(store_path).ingest_paths([seed_path.parent])
    assert [r.status for r in again] == ["unchanged"]
    assert table_counts(store_path) == (1, 9, 9)
    pd.testing.assert_frame_equal(before, Store(store_path).events())


def test_events_come_back_in_the_schema_with_filters(store_path: Path, seed_path: Path) -> None:
    store = Store(store_path)
    store.ingest_paths([seed_path])
    events = store.events()
    assert tuple(events.columns) == EVENT_COLUMNS
    assert list(events["date_start"].dt.strftime("%Y-%m-%d")) == sorted(events["date_start"].dt.strftime("%Y-%m-%d"))
    assert len(store.events(event_type=["talks"])) == 3
    assert len(store.events(status=["proposed", "demanded"])) == 2
    assert set(store.events(actor="Trump")["event_type"]) == {"threat", "deadline", "ceasefire"}
    assert store.count() == 9 and not store.is_empty()


def test_a_bad_file_is_reported_and_skipped_and_nothing_stored_is_lost(store_path: Path, seed_path: Path,
                                                                         tmp_path: Path) -> None:
    store = Store(store_path)
    store.ingest_paths([seed_path])
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    results = store.ingest_paths([bad, tmp_path / "missing.txt"])
    assert [r.status for r in results] == ["failed", "failed"]
    assert "bad.txt: is not UTF-8" in (results[0].error or "")
    assert table_counts(store_path) == (1, 9, 9)


def test_a_failure_inside_the_transaction_leaves_no_half_article(store_path: Path, seed_path: Path) -> None:
    store = Store(store_path)
    with sqlite3.connect(store_path) as db:  # a real SQLite failure half-way: the mentions insert aborts
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON mentions BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(StoreError, match="disk full"):
        store.ingest(read_article(seed_path))
    assert table_counts(store_path) == (0, 0, 0)
    with sqlite3.connect(store_path) as db:
        db.execute("DROP TRIGGER refuse")
    assert store.ingest(read_article(seed_path)).status == "added"
    assert table_counts(store_path) == (1, 9, 9)


def test_a_file_that_is_not_a_store_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 50)
    with pytest.raises(StoreError, match="notes.db: not a timeline store"):
        Store(path)
    assert path.read_text().startswith("these are my notes")
