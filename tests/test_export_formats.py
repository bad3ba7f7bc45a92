"""Every export format read back with the library its users would use: pandas, json, icalendar, pyarrow."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from icalendar import Calendar

import timeline
from timeline.display import display_date
from timeline.export import render
from timeline.export.timelinejs import SHEET_COLUMNS
from timeline.schema import EVENT_COLUMNS


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return timeline.extract(Path(__file__).resolve().parents[1] / "seeds" / "000_d94f917fde063f95.txt")


def test_timelinejs_json_carries_only_the_known_precision(table: pd.DataFrame) -> None:
    doc = json.loads(render(table, "timelinejs"))
    slides = {s["unique_id"]: s for s in doc["events"]}
    by_text = table.set_index("date_text")["event_id"]
    assert len(slides) == 9
    threat = slides[by_text["Last Monday"]]
    assert threat["start_date"] == {"year": "2025", "month": "7", "day": "14"}
    assert "display_date" not in threat and "end_date" not in threat and threat["group"] == "threat"
    assert threat["text"]["headline"] == "Trump issues threat"  # timeline.headline, not the summary
    june = slides[by_text["early June"]]
    assert june["start_date"] == {"year": "2025", "month": "6"} and june["display_date"] == "early June 2025"
    summer = slides[by_text["this summer"]]
    assert summer["end_date"] == {"year": "2025", "month": "8"} and summer["display_date"] == "summer 2025"
    assert slides[by_text["early 2022"]]["start_date"] == {"year": "2022"}


def test_timelinejs_sheet_columns(table: pd.DataFrame) -> None:
    sheet = pd.read_csv(io.StringIO(render(table, "timelinejs-csv")), dtype=str)
    assert tuple(sheet.columns) == SHEET_COLUMNS
    week = sheet[sheet["Display Date"] == "week of 21 July 2025"].iloc[0]
    assert (week["Year"], week["Month"], week["Day"], week["End Day"], week["Group"]) == ("2025", "7", "21", "27",
                                                                                          "talks")
    assert week["Headline"] == "Ukraine proposes talks with Russia"


def test_ics_holds_deadlines_planned_and_proposed_as_all_day_events(table: pd.DataFrame) -> None:
    calendar = Calendar.from_ical(render(table, "ics"))
    events = {str(e.get("uid")).split("@")[0]: e for e in calendar.walk("VEVENT")}
    by_text = table.set_index("date_text")["event_id"]
    assert set(events) == {by_text["within fifty days"], by_text["the coming week"]}
    deadline = events[by_text["within fifty days"]]
    assert deadline.decoded("dtstart") == date(2025, 9, 2) and deadline.decoded("dtend") == date(2025, 9, 3)
    assert "within fifty days" in str(deadline.get("description"))
    assert str(deadline.get("summary")) == "Trump: deadline within fifty days"  # the event's headline
    assert "globalnews.store" in str(deadline.get("description"))
    week = events[by_text["the coming week"]]
    assert week.decoded("dtstart") == date(2025, 7, 21) and week.decoded("dtend") == date(2025, 7, 28)
    assert str(week.get("status")) == "TENTATIVE" and str(week.get("summary")) == "Ukraine proposes talks with Russia"


def test_parquet_keeps_dtypes(table: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    path.write_bytes(render(table, "parquet"))  # type: ignore[arg-type]
    back = pd.read_parquet(path)
    assert tuple(back.columns) == EVENT_COLUMNS
    assert back["date_end"].tolist() == table["date_end"].dt.date.tolist()  # date32: days, no time of day
    assert isinstance(back["event_type"].dtype, pd.CategoricalDtype)


@pytest.mark.parametrize("args,expected", [
    ((date(2025, 6, 1), date(2025, 6, 10), "month", "2025-06", "START"), "early June 2025"),
    ((date(2025, 9, 11), date(2025, 9, 20), "month", "2025-09", "MID"), "mid-September 2025"),
    ((date(2024, 9, 1), date(2024, 12, 31), "year", "2024", "END"), "late 2024"),
    ((date(2026, 7, 1), date(2026, 9, 30), "quarter", "2026-Q3", None), "Q3 2026"),
    ((date(1990, 1, 1), date(1999, 12, 31), "decade", "199", None), "the 1990s"),
    ((None, None, "day", "XXXX-XX-XX", None), "date unknown"),
])
def test_display_dates(args: tuple, expected: str) -> None:  # type: ignore[type-arg]
    assert display_date(*args) == expected
