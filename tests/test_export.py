"""Exports read back with the libraries users would use: pandas for CSV, json for JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

import timeline
from timeline.article import parse_article
from timeline.export import to_csv_text, to_json_text
from timeline.schema import EVENT_COLUMNS


def test_csv_round_trip_in_schema_order_with_iso_dates(seed_path: Path) -> None:
    table = timeline.extract(seed_path)
    back = pd.read_csv(io.StringIO(to_csv_text(table)), dtype=str)
    assert tuple(back.columns) == EVENT_COLUMNS
    assert len(back) == 9
    assert list(back["date_start"]) == list(table["date_start"].dt.strftime("%Y-%m-%d"))
    assert back.loc[back["event_type"] == "deadline", "date_end"].item() == "2025-09-02"
    assert list(back["event_id"]) == list(table["event_id"])


def test_csv_neutralises_formula_cells() -> None:
    table = timeline.extract(parse_article("=HYPERLINK(\"x\") Talks resumed on 3 March 2025 in Geneva."))
    back = pd.read_csv(io.StringIO(to_csv_text(table)), dtype=str)
    assert back["sentence"].item().startswith("'=HYPERLINK")


def test_json_records(seed_path: Path) -> None:
    records = json.loads(to_json_text(timeline.extract(seed_path)))
    assert len(records) == 9
    assert list(records[0]) == list(EVENT_COLUMNS)
    week = next(r for r in records if r["timex"] == "2025-W30")
    assert (week["date_start"], week["date_end"], week["mod"]) == ("2025-07-21", "2025-07-27", None)
    assert isinstance(week["char_start"], int)
