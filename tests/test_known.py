"""What was known when: the event table as the reports published up to a day made it (timeline.known)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from timeline.known import date_history, known_as_of, known_reports, revised_events
from timeline.schema import records
from timeline.store import Store, default_seeds_dir

ROOT = Path(__file__).resolve().parents[1]
MERGE = ROOT / "tests" / "data" / "merge"
DEVSET = ROOT / "tests" / "data" / "devset"
#: Sunday's statement: the seed (20 July) says Sunday, paper-b (21 July) says Saturday.
STATEMENT = "989e1657115f5475"


@pytest.fixture
def merged(store_path: Path) -> Store:
    store = Store(store_path)
    store.ingest_paths([default_seeds_dir(), *sorted(MERGE.glob("*.md"))])
    return store


def by_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("event_id").reset_index(drop=True)


def test_every_report_known_gives_the_stored_table(merged: Store, store_path: Path) -> None:
    pd.testing.assert_frame_equal(by_id(known_as_of(merged.mentions(), date(2030, 1, 1))), by_id(merged.events()))
    dev = Store(store_path.with_name("dev.db"))
    dev.ingest_paths([default_seeds_dir(), *sorted(DEVSET.glob("*.md"))])
    pd.testing.assert_frame_equal(by_id(known_as_of(dev.mentions(), date(2030, 1, 1))), by_id(dev.events()))


def test_a_day_keeps_only_the_reports_published_by_then(merged: Store) -> None:
    mentions = merged.mentions()
    assert [len(known_as_of(mentions, date(2025, 7, day))) for day in (15, 16, 19, 20, 21)] == [0, 3, 3, 10, 10]
    on_20 = known_as_of(mentions, date(2025, 7, 20)).set_index("event_id")
    on_21 = known_as_of(mentions, date(2025, 7, 21)).set_index("event_id")
    assert on_20.loc[STATEMENT, "mention_count"] == 1 and pd.isna(on_20.loc[STATEMENT, "date_choice"])
    assert on_21.loc[STATEMENT, "mention_count"] == 2
    assert on_21.loc[STATEMENT, "date_choice"].startswith("reports disagree: Sunday = 2025-07-20")
    assert set(known_reports(mentions, date(2025, 7, 16))["source"]) == {"wire-a"}


def test_revised_events_and_how_their_date_changed(merged: Store) -> None:
    mentions = merged.mentions()
    assert revised_events(mentions) == {STATEMENT}
    assert revised_events(known_reports(mentions, date(2025, 7, 20))) == set()  # one report then: nothing to revise
    history = date_history(records(merged.mentions(STATEMENT)))
    assert [(r.published, r.source, r.date_text, r.reported, r.shown) for r in history] == [
        ("2025-07-20", "globalnews.store", "Sunday", ("2025-07-20", "2025-07-20"), ("2025-07-20", "2025-07-20")),
        ("2025-07-21", "paper-b", "Saturday", ("2025-07-19", "2025-07-19"), ("2025-07-20", "2025-07-20"))]
    assert [r.changed for r in history] == [False, False]  # disagreeing, the earlier report's day stays shown


def test_a_more_precise_report_changes_the_date_shown(store_path: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.md"
    first.write_text("---\npublished: 2025-03-01\nsource: wire-a\n---\n"
                     "Russian and Ukrainian delegations will hold talks in Istanbul in May.\n", encoding="utf-8")
    second = tmp_path / "second.md"
    second.write_text("---\npublished: 2025-04-20\nsource: wire-b\n---\n"
                      "Russian and Ukrainian delegations will hold talks in Istanbul on 16 May.\n", encoding="utf-8")
    store = Store(store_path)
    store.ingest_paths([first, second])
    [event_id] = list(store.events()["event_id"])
    history = date_history(records(store.mentions(event_id)))
    assert [(r.shown, r.changed) for r in history] == [(("2025-05-01", "2025-05-31"), False),
                                                        (("2025-05-16", "2025-05-16"), True)]
    march = known_as_of(store.mentions(), date(2025, 3, 31))
    assert list(march["date_start"].dt.strftime("%Y-%m-%d")) == ["2025-05-01"]  # what was known in March
