"""Several articles, one store: the same event from two sources is one event with two mentions; conflicting dates
are kept and explained; ids stay stable; a killed ingest leaves no half article."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.article import parse_article
from timeline.merge import choose_date
from timeline.store import Store

DATA = Path(__file__).resolve().parent / "data" / "merge"


@pytest.fixture
def store(store_path: Path, seed_path: Path) -> Store:
    s = Store(store_path)
    s.ingest_paths([seed_path])
    return s


def test_the_same_threat_from_two_sources_is_one_event_with_two_mentions(store: Store) -> None:
    before = store.events().set_index("event_type")
    [result] = store.ingest_paths([DATA / "wednesday_wire.md"])
    assert result.status == "added" and result.merged >= 2
    events = store.events()
    threat = events[events["event_type"] == "threat"]
    assert len(threat) == 1
    row = threat.iloc[0]
    assert row["event_id"] == before.loc["threat", "event_id"]  # the id it was first stored under
    assert row["mention_count"] == 2
    assert row["sources"] == "wire-a; globalnews.store"
    assert row["date_start"] == pd.Timestamp("2025-07-14")
    assert row["date_choice"] == "all 2 reports agree"
    mentions = store.mentions(row["event_id"])
    assert list(mentions["source"]) == ["wire-a", "globalnews.store"]
    assert list(mentions["date_text"]) == ["on Monday", "Last Monday"] or list(mentions["date_text"]) == [
        "Monday", "Last Monday"]
    deadline = events[events["event_type"] == "deadline"].iloc[0]
    assert deadline["mention_count"] == 2 and deadline["date_start"] == pd.Timestamp("2025-09-02")
    assert deadline["anchor_event_id"] == row["event_id"]


def test_conflicting_dates_are_kept_and_the_choice_explained(store: Store) -> None:
    store.ingest_paths([DATA / "monday_paper.md"])
    events = store.events()
    statement = events[events["event_type"] == "statement"]
    assert len(statement) == 1
    row = statement.iloc[0]
    assert row["mention_count"] == 2
    assert row["date_choice"].startswith("reports disagree:")
    assert "2025-07-19" in row["date_choice"] and "2025-07-20" in row["date_choice"]
    dates = set(store.mentions(row["event_id"])["date_start"])
    assert dates == {pd.Timestamp("2025-07-19"), pd.Timestamp("2025-07-20")}
    proposal = events[events["event_type"] == "proposal"].iloc[0]
    assert proposal["mention_count"] == 2 and proposal["date_choice"] == "all 2 reports agree"


def test_unrelated_events_do_not_merge(store: Store) -> None:
    count = store.count()
    store.ingest(parse_article("Armenia and Azerbaijan signed a peace agreement in Washington on 8 August 2025.",
                               published=None))
    store.ingest(parse_article("Sudan's army and the RSF held talks in Jeddah in May 2025.", published=None))
    assert store.count() == count + 2


def test_the_most_precise_report_refines_a_vague_one() -> None:
    vague = {"date_start": "2025-05-01", "date_end": "2025-05-31", "date_text": "in May", "source": "a",
             "doc_id": "1"}
    exact = {"date_start": "2025-05-16", "date_end": "2025-05-16", "date_text": "on 16 May", "source": "b",
             "doc_id": "2"}
    chosen, why = choose_date([vague, exact])
    assert chosen is exact
    assert why == "most precise of 2 reports: in May = 2025-05-01..2025-05-31 (a); on 16 May = 2025-05-16 (b)"


def test_ingest_order_does_not_change_what_is_stored(tmp_path: Path, seed_path: Path) -> None:
    a, b = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    a.ingest_paths([seed_path, DATA])
    b.ingest_paths([DATA, seed_path])
    key = ["event_type", "date_start", "mention_count"]
    assert a.events()[key].sort_values(key).values.tolist() == b.events()[key].sort_values(key).values.tolist()


def _unique_copies(seed_path: Path, folder: Path, n: int) -> None:
    text = seed_path.read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"{i:03d}.md").write_text(text.replace("Scroll to Top", f"Scroll to Top {i}"), encoding="utf-8")


def _consistent(db_path: Path) -> tuple[int, int]:
    """Every stored article has every one of its events; returns (articles, mentions)."""
    with sqlite3.connect(db_path) as db:
        docs = db.execute("SELECT doc_id, text, published FROM documents").fetchall()
        for doc_id, text, published in docs:
            stored = db.execute("SELECT COUNT(*) FROM mentions WHERE doc_id = ?", (doc_id,)).fetchone()[0]
            expected = len(timeline.extract(parse_article(
                text, published=pd.Timestamp(published).date() if published else None)))
            assert stored == expected, f"article {doc_id}: {stored} of {expected} events stored"
        orphans = db.execute("SELECT COUNT(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM mentions)")
        assert orphans.fetchone()[0] == 0
        return len(docs), db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]


def test_a_killed_ingest_leaves_no_half_article(tmp_path: Path, seed_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "t.db"
    folder.mkdir()
    _unique_copies(seed_path, folder, 80)
    proc = subprocess.Popen([sys.executable, "-m", "timeline.cli", "ingest", str(folder), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and stored < 3 and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=0.1) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    articles, _ = _consistent(db)
    assert 3 <= articles < 80
    rerun = subprocess.run([sys.executable, "-m", "timeline.cli", "ingest", str(folder), "--db", str(db)],
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{80 - articles} added, {articles} unchanged, 0 failed" in rerun.stderr
    assert _consistent(db)[0] == 80


def test_an_article_ingested_again_with_another_date_is_redated_and_its_merges_follow(store: Store,
                                                                                      seed_path: Path) -> None:
    """Re-dating the seed (20 July -> 10 August 2025) moves its "Last Monday" threat from 14 July to 4 August: the
    wire's report of the 14 July threat no longer matches it, so it keeps an event of its own under its own id, with
    the deadline it set still linked to it; the seed's events come back under their ids, nothing is duplicated."""
    store.ingest_paths([DATA / "wednesday_wire.md"])
    seed_ids = set(store.events()["event_id"])
    seed_threat_id = store.events().set_index("event_type").loc["threat", "event_id"]
    with sqlite3.connect(store.path) as db:
        [(wire_threat_id,)] = db.execute("SELECT mention_id FROM mentions WHERE source = 'wire-a' AND "
                                         "event_type = 'threat'").fetchall()
    assert wire_threat_id != seed_threat_id

    [result] = store.ingest_paths([seed_path], published=date(2025, 8, 10))
    assert (result.status, result.events) == ("redated", 9)
    events = store.events()
    threats = events[events["event_type"] == "threat"].set_index("event_id")
    assert len(threats) == 2
    assert threats["date_start"].dt.strftime("%Y-%m-%d").to_dict() == {seed_threat_id: "2025-08-04",
                                                                      wire_threat_id: "2025-07-14"}
    assert set(threats["mention_count"]) == {1}
    wire_deadline = events[(events["event_type"] == "deadline") & (events["sources"] == "wire-a")].iloc[0]
    assert wire_deadline["anchor_event_id"] == wire_threat_id
    assert wire_deadline["date_start"] == pd.Timestamp("2025-09-02")
    seed_deadline = events[(events["event_type"] == "deadline") & (events["sources"] == "globalnews.store")].iloc[0]
    assert seed_deadline["date_start"] == pd.Timestamp("2025-09-23")  # fifty days from 4 August
    assert seed_ids <= set(events["event_id"])  # the seed's events keep their ids
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = db.execute("SELECT COUNT(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM mentions)")
        assert orphans.fetchone()[0] == 0
    assert [r.status for r in store.ingest_paths([seed_path], published=date(2025, 8, 10))] == ["unchanged"]
