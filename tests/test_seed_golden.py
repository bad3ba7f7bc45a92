"""The seed article (published Sunday 20 July 2025) yields exactly its nine dated events."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.schema import EVENT_COLUMNS

# (date_text, date_start, date_end, precision, timex, mod, event_type, status)
GOLDEN = [
    ("early 2022", "2022-01-01", "2022-04-30", "year", "2022", "START", "military", "occurred"),
    ("May", "2025-05-01", "2025-05-31", "month", "2025-05", None, "talks", "occurred"),
    ("early June", "2025-06-01", "2025-06-10", "month", "2025-06", "START", "talks", "occurred"),
    ("Last Monday", "2025-07-14", "2025-07-14", "day", "2025-07-14", None, "threat", "occurred"),
    ("within fifty days", "2025-09-02", "2025-09-02", "day", "2025-09-02", None, "deadline", "deadline"),
    ("Saturday", "2025-07-19", "2025-07-19", "day", "2025-07-19", None, "proposal", "occurred"),
    ("Sunday", "2025-07-20", "2025-07-20", "day", "2025-07-20", None, "statement", "occurred"),
    ("the coming week", "2025-07-21", "2025-07-27", "week", "2025-W30", None, "talks", "proposed"),
    ("this summer", "2025-06-01", "2025-08-31", "season", "2025-SU", None, "ceasefire", "demanded"),
]


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return timeline.extract(Path(__file__).resolve().parents[1] / "seeds" / "000_d94f917fde063f95.txt")


def test_the_seed_yields_exactly_nine_events(table: pd.DataFrame) -> None:
    assert len(table) == 9


@pytest.mark.parametrize("date_text,start,end,precision,timex,mod,event_type,status", GOLDEN,
                         ids=[g[0] for g in GOLDEN])
def test_golden_event(table: pd.DataFrame, date_text: str, start: str, end: str, precision: str, timex: str,
                      mod: str | None, event_type: str, status: str) -> None:
    rows = table[table["date_text"] == date_text]
    assert len(rows) == 1, f"{date_text!r}: {len(rows)} rows"
    row = rows.iloc[0]
    assert row["date_start"] == pd.Timestamp(start)
    assert row["date_end"] == pd.Timestamp(end)
    assert row["precision"] == precision
    assert row["timex"] == timex
    assert (None if pd.isna(row["mod"]) else row["mod"]) == mod
    assert row["event_type"] == event_type
    assert row["status"] == status


def test_the_deadline_links_to_the_threat_it_was_set_by(table: pd.DataFrame) -> None:
    deadline = table[table["event_type"] == "deadline"].iloc[0]
    threat = table[table["event_type"] == "threat"].iloc[0]
    assert deadline["anchor_event_id"] == threat["event_id"]
    assert "Trump" in threat["actors"]


def test_actors_place_and_the_misspelt_headline(table: pd.DataFrame) -> None:
    by_text = table.set_index("date_text")
    assert by_text.loc["Saturday", "actors"] == "Ukraine; Volodymyr Zelensky"  # "Ukrainian President ..."
    assert by_text.loc["May", "location"] == "Istanbul, Turkey"
    assert "Dmitry Peskov" in by_text.loc["Sunday", "actors"]


def test_page_furniture_yields_no_event(table: pd.DataFrame) -> None:
    assert not table["sentence"].str.contains("Scroll to Top|Zensky", regex=True).any()


def test_table_schema_and_stable_ids(table: pd.DataFrame) -> None:
    assert tuple(table.columns) == EVENT_COLUMNS
    assert str(table["date_start"].dtype) == "datetime64[s]"
    assert isinstance(table["event_type"].dtype, pd.CategoricalDtype)
    again = timeline.extract(Path(__file__).resolve().parents[1] / "seeds" / "000_d94f917fde063f95.txt")
    assert list(again["event_id"]) == list(table["event_id"])
    assert table["event_id"].is_unique
    assert (table["published"] == pd.Timestamp("2025-07-20")).all()


def test_every_sentence_holds_its_date_expression(table: pd.DataFrame) -> None:
    for _, row in table.iterrows():
        assert row["date_text"].split()[-1] in row["sentence"]
