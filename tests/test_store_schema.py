"""The store's schema 4 on real SQLite files: list columns as JSON arrays that SQL and Datasette facet on, documents'
front-matter metadata, each event's basis, and the upgrade of a schema-2 or schema-3 store when it is opened (once, in
one transaction; never for a store already at 4; a read-only one refused with what to do)."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest
from datasette.app import Datasette

from timeline.article import parse_article, read_article
from timeline.errors import StoreError
from timeline.schema import LIST_COLUMNS
from timeline.store import SCHEMA_VERSION, Store

TAGGED = ("---\npublished: 2025-07-20\nsource: wire\nauthor: Jane Doe\ntags: [geneva, talks]\n---\n"
          "Envoys of Armenia and Azerbaijan met in Geneva on Monday.\n")


def test_list_columns_are_json_arrays_sql_and_datasette_facet_on(store_path: Path, seed_path: Path) -> None:
    """Seed golden facts: Russia is an actor of 5 events (the Kremlin's statement included), Ukraine of 4; RUS a
    country of 5."""
    store = Store(store_path)
    store.ingest(read_article(seed_path))
    with sqlite3.connect(store_path) as db:
        assert db.execute("SELECT actors, countries, sources FROM events WHERE date_text = 'Sunday'").fetchone() == (
            '["Russia", "Dmitry Peskov"]', '["RUS"]', '["globalnews.store"]')
        facet = db.execute("SELECT j.value, count(*) FROM events, json_each(events.actors) j GROUP BY j.value "
                           "ORDER BY count(*) DESC, j.value LIMIT 2").fetchall()
        assert facet == [("Russia", 5), ("Ukraine", 5)]
    assert store.events().set_index("date_text").loc["Sunday", "actors"] == "Russia; Dmitry Peskov"

    async def datasette_facets() -> dict[str, int]:
        response = await Datasette([str(store_path)], immutables=[]).client.get(
            f"/{store_path.stem}/events.json?_facet_array=actors&_facet_array=countries&_shape=objects")
        assert response.status_code == 200, response.text
        results = response.json()["facet_results"]
        return {f"{name}={item['value']}": item["count"] for name in ("actors", "countries")
                for item in results[name]["results"]}

    facets = asyncio.run(datasette_facets())
    assert (facets["actors=Russia"], facets["actors=Donald Trump"], facets["countries=RUS"]) == (5, 3, 5)


def test_front_matter_metadata_is_kept_with_the_document(store_path: Path) -> None:
    store = Store(store_path)
    article = parse_article(TAGGED, "tagged.md")
    store.ingest(article)
    assert store.metadata(article.doc_id) == {"author": "Jane Doe", "tags": ["geneva", "talks"]}
    assert store.documents()["metadata"].tolist() == [{"author": "Jane Doe", "tags": ["geneva", "talks"]}]
    assert store.metadata("no such doc") == {}


def schema_3(path: Path) -> None:
    """Turn a store into the schema-3 store an earlier version wrote: no basis column."""
    with closing(sqlite3.connect(path)) as db, db:
        for table in ("events", "mentions"):
            db.execute(f"ALTER TABLE {table} DROP COLUMN basis")
        db.execute("PRAGMA user_version = 3")


def schema_2(path: Path) -> None:
    """Turn a store into the schema-2 store an earlier version wrote: '; '-joined list cells, no metadata column."""
    schema_3(path)
    with closing(sqlite3.connect(path)) as db, db:
        for table in ("events", "mentions"):
            for column in LIST_COLUMNS:
                db.execute(f"UPDATE {table} SET {column} = (SELECT group_concat(value, '; ') FROM "
                           f"json_each({table}.{column})) WHERE {column} IS NOT NULL")
        db.execute("ALTER TABLE documents DROP COLUMN metadata")
        db.execute("PRAGMA user_version = 2")


def test_a_schema_2_store_is_upgraded_once_when_opened(store_path: Path, seed_path: Path) -> None:
    Store(store_path).ingest(read_article(seed_path))
    before = Store(store_path).events()
    schema_2(store_path)
    with sqlite3.connect(store_path) as db:
        assert db.execute("SELECT actors FROM events WHERE date_text = 'Sunday'").fetchone() == (
            "Russia; Dmitry Peskov",)
    store = Store(store_path)  # upgraded here, in one transaction that bumps the revision
    with sqlite3.connect(store_path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,) == (4,)
        assert db.execute("SELECT actors, basis FROM events WHERE date_text = 'Sunday'").fetchone() == (
            '["Russia", "Dmitry Peskov"]', None)
    pd.testing.assert_frame_equal(store.events(), before.assign(basis=pd.Series(None, index=before.index,
                                                                                 dtype=before["basis"].dtype)))
    assert store.revision() == 2
    untouched = store_path.read_bytes()
    Store(store_path).events()  # a store of the current schema is never rewritten
    assert store_path.read_bytes() == untouched and Store(store_path).revision() == 2
    store.ingest(parse_article(TAGGED, "tagged.md"))  # and it takes metadata
    assert store.documents()["metadata"].tolist()[-1]["author"] == "Jane Doe"


def test_a_schema_3_store_gets_a_basis_column_and_keeps_its_rows(store_path: Path, seed_path: Path) -> None:
    """Seed golden facts: 9 events, 8 dated by their own clause and the deadline counted fifty days on; an upgraded store's old rows have no basis
    (it was not recorded) and the articles ingested after it have theirs."""
    Store(store_path).ingest(read_article(seed_path))
    before = Store(store_path).events()
    assert before["basis"].value_counts().to_dict() == {"clause": 8, "sentence": 0, "count": 1, "context": 0}
    schema_3(store_path)
    store = Store(store_path)
    with sqlite3.connect(store_path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (4,)
        assert db.execute("SELECT count(*), count(basis) FROM mentions").fetchone() == (9, 0)
    pd.testing.assert_frame_equal(store.events().drop(columns="basis"), before.drop(columns="basis"))
    store.ingest(parse_article(TAGGED, "tagged.md"))
    assert store.events().set_index("date_text").loc["Monday", "basis"] == "clause"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KB file system (tmpfs), unmounted afterwards; skipped where mounting is not allowed."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here ({done.stderr.decode().strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_schema_2_store_is_refused_saying_what_to_do(small_disk: Path, seed_path: Path) -> None:
    db = small_disk / "old.db"
    Store(db).ingest(read_article(seed_path))
    schema_2(db)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert str(caught.value).startswith(f"{db}: written by an earlier version of timeline (store schema 2), which "
                                        "this version upgrades to 4 when it opens it, and it cannot be written (")
    assert str(caught.value).endswith("); open a writable copy") and caught.value.kind == "read-only"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:  # left as it was
        assert conn.execute("PRAGMA user_version").fetchone() == (2,)
