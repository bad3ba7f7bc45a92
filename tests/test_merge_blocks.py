"""The store's merge without a store: ``merge.replay`` over report rows, whole or block by block (``merge.blocks``),
joins every report to the event the store joined it to, on real articles and on a synthetic stream of many
overlapping reports."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import write_synthetic_corpus
from timeline.corpus import read_corpus
from timeline.extract import extract
from timeline.merge import blocks, replay, same_event
from timeline.schema import records
from timeline.store import Store

ROOT = Path(__file__).resolve().parents[1]
REAL = [ROOT / "tests/data/realnews/dev", ROOT / "tests/data/devset", ROOT / "seeds", ROOT / "tests/data/merge"]


def _reports(paths: list[Path]) -> list[dict[str, Any]]:
    return [row for item in read_corpus(paths) for row in records(extract(item.load()))]


def _stored(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as connection:
        return dict(connection.execute("SELECT mention_id, event_id FROM mentions").fetchall())


def _by_blocks(reports: list[dict[str, Any]]) -> dict[str, str]:
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for report, block in zip(reports, blocks(reports)):
        grouped[block].append(report)
    joined: dict[str, str] = {}
    for rows in grouped.values():
        joined.update(replay(rows))
    return joined


@pytest.mark.parametrize("corpus", ["real", "synthetic"])
def test_replay_whole_and_by_blocks_joins_every_report_as_the_store_does(corpus: str, tmp_path: Path) -> None:
    if corpus == "real":
        paths = REAL
    else:
        write_synthetic_corpus(tmp_path / "articles", 150)
        paths = [tmp_path / "articles"]
    db = tmp_path / "t.db"
    list(Store(db).iter_ingest(paths))
    stored = _stored(db)
    reports = _reports(paths)
    assert len(reports) == len(stored)
    merged = len(stored) - len(set(stored.values()))
    assert merged >= (15 if corpus == "real" else 100), "too few merges for the comparison to mean much"
    assert replay(reports) == stored
    assert _by_blocks(reports) == stored
    assert len(set(blocks(reports))) > (100 if corpus == "real" else 15)


def test_a_tie_goes_to_the_earliest_start_then_the_smallest_id_whatever_the_order() -> None:
    row = {"event_type": "talks", "date_start": "2025-05-12", "date_end": "2025-05-12", "precision": "day",
           "countries": "RUS", "location": None}
    def event(event_id: str, day: str) -> dict[str, Any]:
        return {"event_id": event_id, "event_type": "talks", "date_start": day, "date_end": day, "precision": "day",
                "countries": "RUS; UKR", "location": None}
    candidates = [event("b", "2025-05-13"), event("c", "2025-05-11"), event("a", "2025-05-11")]
    assert same_event(row, candidates) == "a"
    assert same_event(row, list(reversed(candidates))) == "a"


def test_reports_that_cannot_meet_are_in_different_blocks() -> None:
    def report(day: str, end: str, precision: str, countries: str | None, location: str | None = None,
               event_type: str = "talks") -> dict[str, Any]:
        return {"event_type": event_type, "date_start": day, "date_end": end, "precision": precision,
                "countries": countries, "location": location}
    rows = [
        report("2025-05-01", "2025-05-01", "day", "RUS"),          # 0
        report("2025-05-02", "2025-05-02", "day", "UKR"),          # 1: a day later: same block
        report("2025-05-04", "2025-05-04", "day", "RUS"),          # 2: two days after 1: a new block
        report("2025-05-01", "2025-05-31", "month", "RUS"),        # 3: the month reaches all three: one block
        report("2025-05-01", "2025-05-01", "day", None, "Doha"),    # 4: no countries: by place
        report("2025-05-01", "2025-05-01", "day", None, "Cairo"),   # 5
        report("2025-05-01", "2025-05-01", "day", None, None),     # 6: joins nothing
        report("2025-05-01", "2025-05-01", "day", "RUS", event_type="statement"),  # 7: another type
    ]
    numbers = blocks(rows)
    assert numbers[0] == numbers[1] == numbers[2] == numbers[3]
    assert len({numbers[0], numbers[4], numbers[5], numbers[6], numbers[7]}) == 5
    assert blocks(rows[:3])[1] != blocks(rows[:3])[2]
