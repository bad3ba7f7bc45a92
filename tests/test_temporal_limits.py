"""Dates at and past the calendar's ends (years 1 and 9999): refused as values with a reason, never a crash, and
counts of years read with their thousands separators."""

from __future__ import annotations

import subprocess
import sys
import warnings
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.extract import extract
from timeline.temporal import tag
from timeline.temporal.values import BEYOND_CALENDAR

ROOT = Path(__file__).resolve().parents[1]
JULY_20 = date(2025, 7, 20)


@pytest.mark.parametrize("sentence,expression", [
    ("The dispute began some 5000 years ago.", "5000 years ago"),
    ("The city was founded 3,000 years ago.", "3,000 years ago"),  # was read as "000 years ago": 2025
    ("The temple was built 2,500 years ago.", "2,500 years ago"),  # was read as "500 years ago": 1525
    ("The feud began 12,000 years ago.", "12,000 years ago"),
])
def test_dates_before_year_one_are_refused_with_the_reason(sentence: str, expression: str) -> None:
    [timex] = tag(sentence, JULY_20)
    assert timex.text == expression
    assert not timex.value.resolved and timex.value.note == BEYOND_CALENDAR
    assert extract(text=sentence, published=JULY_20).empty  # no event


def test_counts_with_thousands_separators_that_fit_the_calendar_resolve() -> None:
    [timex] = tag("The monastery was founded 1,500 years ago.", JULY_20)
    assert (timex.text, timex.value.value, timex.value.start) == ("1,500 years ago", "0525", date(525, 1, 1))


@pytest.mark.parametrize("sentence", [
    "Russia must agree within 9000 years.", "Russia must agree within 99999999 days.",
])
def test_deadlines_past_year_9999_give_no_event(sentence: str) -> None:
    assert extract(text=sentence, published=JULY_20).empty


def test_a_year_the_calendar_holds_is_read_where_day_and_month_make_it_one() -> None:
    values = [t.value.value for t in tag("It expires on 31 December 9999, or December 31, 9999 (9999-12-31).",
                                         JULY_20)]
    assert values == ["9999-12-31", "9999-12-31", "9999-12-31"]  # was 2025-12-31: the year left out


@pytest.mark.parametrize("published,kept", [
    (date(1, 1, 1), {("next month", "0001-02-01"), ("Monday", "0001-01-01")}),  # "last week" would be year 0
    (date(9999, 12, 31), {("last week", "9999-12-20")}),  # "next month" and "Monday" would be year 10000
])
def test_publication_dates_at_the_calendars_ends(published: date, kept: set[tuple[str, str]]) -> None:
    table = extract(text="Talks were held last week and will resume next month on Monday.", published=published)
    assert {(row.date_text, row.date_start.date().isoformat()) for row in table.itertuples()} == kept


def test_ingest_of_such_articles_goes_on_and_stores_the_rest(tmp_path: Path) -> None:
    ancient = tmp_path / "a1.txt"
    ancient.write_text("---\npublished: 2025-07-20\n---\nThe dispute began some 5000 years ago.\n", encoding="utf-8")
    edge = tmp_path / "a2.txt"
    edge.write_text("---\npublished: 9999-12-31\n---\nTalks will resume next week.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "ingest", "--db", str(tmp_path / "t.db"),
                             str(ancient), str(edge), str(ROOT / "seeds" / "000_d94f917fde063f95.txt")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("3 added, 0 unchanged, 0 failed")
    assert "(9 events)" in result.stdout


def test_an_unplaced_count_of_hours_keeps_a_precision_of_the_schema() -> None:
    """Found by the fuzzing campaign: "3,000 hours ago" in an undated article was an unresolved value of precision
    "hour", which the table's categorical turned into a missing value (with a pandas deprecation warning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", pd.errors.Pandas4Warning)
        table = timeline.extract(text="Talks were held 3,000 hours ago in Geneva, officials said.\n")
    assert table[["date_text", "precision"]].to_dict("records") == [
        {"date_text": "3,000 hours ago", "precision": "time"}]
    assert table["date_start"].isna().all() and "no publication date" in table["note"].iloc[0]
