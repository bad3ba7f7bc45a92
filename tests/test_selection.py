"""The one event filter of the CLI export and the dashboard, on the seed article's real event table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.schema import to_frame
from timeline.selection import Selection, list_items, select_events


@pytest.fixture
def seed_table(seed_path: Path) -> pd.DataFrame:
    return timeline.extract(seed_path)


def texts(frame: pd.DataFrame) -> list[str]:
    return list(frame["date_text"])


def test_no_choice_keeps_all_nine(seed_table: pd.DataFrame) -> None:
    kept = select_events(seed_table, Selection())
    assert len(kept) == 9 and list(kept.columns) == list(seed_table.columns)


def test_types_and_statuses_match_exactly(seed_table: pd.DataFrame) -> None:
    assert texts(select_events(seed_table, Selection(event_types=("talks",)))) == ["May", "early June",
                                                                                    "the coming week"]
    assert texts(select_events(seed_table, Selection(statuses=("proposed", "demanded")))) == [
        "this summer", "the coming week"]


def test_bases_match_exactly_and_rows_without_one_go_when_chosen(seed_table: pd.DataFrame) -> None:
    """The seed's 9 events: the deadline fifty days on is counted from Trump's threat, the other 8 are dated by their
    own clause; a row stored before bases were recorded has none."""
    assert texts(select_events(seed_table, Selection(bases=("count",)))) == ["within fifty days"]
    assert len(select_events(seed_table, Selection(bases=("clause",)))) == 8
    unrecorded = seed_table.assign(basis=seed_table["basis"].where(seed_table["date_text"] != "May"))
    assert "May" not in texts(select_events(unrecorded, Selection(bases=("clause", "sentence", "count", "context"))))


def test_actors_match_in_whole_words_case_aside(seed_table: pd.DataFrame) -> None:
    """"trump" finds "Donald Trump"; "Russia" finds the five events naming Russia, the Kremlin's statement included
    (a government is named by its country); "Russ" is no whole word of any actor."""
    assert set(select_events(seed_table, Selection(actors=("trump",)))["event_type"]) == {
        "ceasefire", "threat", "deadline"}
    russia = select_events(seed_table, Selection(actors=("Russia",)))
    assert texts(russia) == ["early 2022", "May", "early June", "Sunday", "the coming week"]
    assert select_events(seed_table, Selection(actors=("Russ",))).empty


def test_days_keep_overlapping_events_and_drop_undated_ones(seed_table: pd.DataFrame, seed_path: Path) -> None:
    july = Selection(date_from=date(2025, 7, 1), date_to=date(2025, 7, 31))
    assert texts(select_events(seed_table, july)) == ["this summer", "Last Monday", "Saturday", "Sunday",
                                                      "the coming week"]
    undated = timeline.extract(seed_path.read_text(encoding="utf-8").split("---\n", 2)[2])  # no publication date
    assert undated["date_start"].isna().sum() == 9
    assert texts(select_events(undated, Selection(date_from=date(2020, 1, 1)))) == ["early 2022"]


def test_text_and_sources(seed_table: pd.DataFrame) -> None:
    assert texts(select_events(seed_table, Selection(text="ISTANBUL"))) == ["May", "early June"]
    assert texts(select_events(seed_table, Selection(text="sanctions"))) == ["Last Monday", "within fifty days"]
    assert len(select_events(seed_table, Selection(sources=("globalnews.store",)))) == 9
    assert select_events(seed_table, Selection(sources=("globalnews",), event_types=("military",))).shape[0] == 1
    assert select_events(seed_table, Selection(sources=("wire-a",))).empty
    assert list_items(seed_table["actors"])[:3] == ["Dmitry Peskov", "Donald Trump", "Russia"]


def test_a_search_longer_than_any_cell_finds_nothing_and_does_not_fail() -> None:
    """A 5 MB search box value (case-insensitive matching compiles the needle: 'pattern too large')."""
    frame = to_frame([{"event_id": "a", "summary": "Talks in Doha", "sentence": "Talks in Doha resumed."}])
    assert select_events(frame, Selection(text="x" * 5_000_000)).empty
    assert list(select_events(frame, Selection(text="DOHA RES"))["event_id"]) == ["a"]
