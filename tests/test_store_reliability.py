"""The store under trouble, on real SQLite files: a lock, a full disk, a read-only file system, a damaged file,
another program's database, concurrent writers, and one bad article in a batch. Each trouble is named in one line,
nothing already stored is lost, and a re-run resumes."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from timeline.article import Article, read_article
from timeline.errors import StoreError
from timeline.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "data" / "devset"


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as db:
        return tuple(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("documents", "events", "mentions"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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


def test_every_write_bumps_the_revision_and_a_no_op_does_not(store_path: Path, seed_path: Path) -> None:
    store = Store(store_path)
    assert store.revision() == 0  # a new store
    store.ingest(read_article(seed_path))
    assert store.revision() == 1
    store.ingest(read_article(seed_path))  # unchanged: nothing written
    assert store.revision() == 1
    store.ingest(read_article(seed_path, published=pd.Timestamp("2025-07-27").date()))  # re-dated: counts kept
    assert counts(store_path) == (1, 9, 9)
    assert store.revision() == 2


def test_a_lock_held_past_the_timeout_ends_the_batch_saying_what_was_stored(store_path: Path, seed_path: Path,
                                                                            tmp_path: Path) -> None:
    Store(store_path).ingest(read_article(seed_path))
    new = tmp_path / "new.md"
    new.write_text("---\npublished: 2025-08-01\n---\nEnvoys met in Doha on Tuesday.\n", encoding="utf-8")
    holder = sqlite3.connect(store_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process is writing
    try:
        result = cli("ingest", "--db", str(store_path), "--busy-timeout", "0.5", str(seed_path), str(new))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2
    assert "unchanged: " in result.stdout  # the seed was read and reported before the lock stopped the batch
    [line] = [x for x in result.stderr.splitlines() if x.startswith("timeline: error:")]
    assert "the store is locked by another process (waited 0.5 s for it)" in line
    assert "stopped at " + str(new) in line and "0 added, 0 unchanged" not in line and "1 unchanged" in line
    assert "run the same command again to resume" in line and "Traceback" not in result.stderr
    again = cli("ingest", "--db", str(store_path), str(seed_path), str(new))
    assert again.returncode == 0 and "1 added, 1 unchanged, 0 failed" in again.stderr


def test_a_full_disk_ends_the_batch_and_keeps_every_article_before_it(small_disk: Path, seed_path: Path) -> None:
    db = small_disk / "timeline.db"
    articles = sorted(DEVSET.glob("*.md"))
    result = cli("ingest", "--db", str(db), str(seed_path), *map(str, articles))
    assert result.returncode == 2, result.stderr
    [line] = [x for x in result.stderr.splitlines() if x.startswith("timeline: error:")]
    assert "the disk is full" in line and "stored whole" in line and "Traceback" not in result.stderr
    stored = counts(db)
    added = result.stdout.count("added: ")
    assert stored[0] == added >= 1  # every article reported added is there, whole; the one that failed is not
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_store_is_read_and_refuses_writes_by_name(small_disk: Path, seed_path: Path) -> None:
    db = small_disk / "timeline.db"
    Store(db).ingest(read_article(seed_path))
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    store = Store(db)  # opening writes nothing
    assert len(store.events()) == 9 and store.revision() == 1
    exported = cli("export", "--db", str(db), "--format", "csv")
    assert exported.returncode == 0 and exported.stdout.count("\n") == 10
    with pytest.raises(StoreError, match="the store is read-only: it can be read, not written") as caught:
        store.ingest(read_article(DEVSET / "01_gaza_doha_hostage_talks.md"))
    assert caught.value.kind == "read-only"


def test_a_damaged_store_is_named_on_export_and_on_ingest(store_path: Path, seed_path: Path) -> None:
    Store(store_path).ingest_paths([seed_path, DEVSET])
    # the page overwritten is the events table's root, which every export reads (the middle page of the file, used
    # before, may belong to the mentions table, which an export of events never reads: only ingest's check saw it)
    with sqlite3.connect(store_path) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    db.close()
    data = bytearray(store_path.read_bytes())
    data[(root - 1) * size:root * size] = b"\xa5" * size  # one page of the events table overwritten
    store_path.write_bytes(bytes(data))
    exported = cli("export", "--db", str(store_path))
    ingested = cli("ingest", "--db", str(store_path), str(seed_path))
    for result in (exported, ingested):
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert "the store is damaged" in result.stderr
    assert "unchanged" not in ingested.stdout


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
        db.execute("PRAGMA user_version = 2")  # even with our schema's version number
    before = digest(path)
    with pytest.raises(StoreError, match=r"a database of another program \(its tables: notes\)") as caught:
        Store(path)
    assert caught.value.kind == "foreign" and digest(path) == before
    result = cli("ingest", "--db", str(path), str(ROOT / "seeds"))
    assert result.returncode == 2 and "left untouched" in result.stderr and digest(path) == before


def test_export_of_a_store_that_does_not_exist_creates_nothing_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store") as caught:
        Store(tmp_path / "typo.db", create=False)
    assert caught.value.kind == "missing" and not (tmp_path / "typo.db").exists()


def test_concurrent_ingests_of_the_same_articles_give_the_store_of_one_run(tmp_path: Path, seed_path: Path) -> None:
    articles = [str(seed_path), *map(str, sorted(DEVSET.glob("*.md")))]
    shared, alone = tmp_path / "shared.db", tmp_path / "alone.db"
    Store(shared)  # both writers find the tables made
    writers = [subprocess.Popen([sys.executable, "-m", "timeline.cli", "ingest", "--db", str(shared), *articles],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [w.communicate(timeout=600) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], [err for _, err in outputs]
    assert sum(out.count("added: ") for out, _ in outputs) == len(articles)  # each article added once
    assert cli("ingest", "--db", str(alone), *articles).returncode == 0

    def table(path: Path) -> pd.DataFrame:
        return Store(path).events().sort_values("event_id").reset_index(drop=True)

    pd.testing.assert_frame_equal(table(shared), table(alone))
    assert counts(shared) == counts(alone)


def test_an_article_whose_extraction_breaks_is_failed_and_the_batch_goes_on(
        store_path: Path, seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text("---\npublished: 2025-07-20\n---\nTalks resumed on Monday.\n", encoding="utf-8")
    module = sys.modules["timeline.extract"]  # the module, which the package's extract() function shadows
    real = module.extract_events

    def extract_events(article: Article) -> list[Any]:
        if (article.path or "").endswith("broken.md"):
            raise ZeroDivisionError("a rule met text it did not foresee")
        return real(article)

    monkeypatch.setattr(module, "extract_events", extract_events)
    results = Store(store_path).ingest_paths([broken, seed_path])
    assert [r.status for r in results] == ["failed", "added"]
    assert results[0].error == (f"{broken}: its events could not be extracted "
                                "(ZeroDivisionError: a rule met text it did not foresee)")
    assert counts(store_path) == (1, 9, 9)


def test_a_file_name_that_is_not_utf8_is_stored_and_reported(store_path: Path, tmp_path: Path) -> None:
    odd = tmp_path / os.fsdecode(b"accord-\xe9t\xe9.md")  # Latin-1 bytes in a file name
    odd.write_text("---\npublished: 2025-07-20\n---\nEnvoys met in Doha on Tuesday.\n", encoding="utf-8")
    result = cli("ingest", "--db", str(store_path), str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "accord-\ufffdt\ufffd.md (1 events)" in result.stdout
    assert Store(store_path).documents()["path"].str.endswith("accord-\ufffdt\ufffd.md").all()


def test_copy_of_a_store_reads_the_same(store_path: Path, seed_path: Path, tmp_path: Path) -> None:
    Store(store_path).ingest(read_article(seed_path))
    copy = tmp_path / "copy.db"
    shutil.copy(store_path, copy)
    pd.testing.assert_frame_equal(Store(copy).events(), Store(store_path).events())
