"""Density views: more than DENSITY_FROM events on screen are counted per lane and bin on the server and drawn as a
heatmap; zoomed in to fewer, the events are drawn one by one again, only those near the days on screen."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from dashboard import figures, window
from dashboard.density import DENSITY_FROM, MAX_BINS, bin_edges, density
from timeline.schema import conform

AS_OF = date(2025, 7, 20)
TWO_YEARS = (pd.Timestamp("2024-07-01"), pd.Timestamp("2026-07-01"))


def days(*values: str) -> np.ndarray:
    return np.array(values, dtype="datetime64[s]")


def test_an_event_counts_once_in_every_bin_it_touches() -> None:
    # talks on Monday 14 and Wednesday 16 July 2025, talks "in July" (touching five weeks), a threat on Sunday 20 July
    starts = days("2025-07-14", "2025-07-16", "2025-07-01", "2025-07-20")
    last_days = days("2025-07-14", "2025-07-16", "2025-07-31", "2025-07-20")
    names = ["threat", "talks", "deadline"]
    counted = density(starts, last_days, np.array([1, 1, 1, 0]), names, ["talks", "threat", "deadline"], TWO_YEARS)
    assert counted.unit == "week"
    assert counted.lanes == ("talks", "threat")  # no deadline on these days: no lane for it
    weeks = {str(day.date()): i for i, day in enumerate(counted.edges[:-1])}
    talks, threat = counted.counts
    assert [talks[weeks[w]] for w in ("2025-06-23", "2025-06-30", "2025-07-07", "2025-07-14", "2025-07-21",
                                      "2025-07-28", "2025-08-04")] == [0, 1, 1, 3, 1, 1, 0]
    assert threat[weeks["2025-07-14"]] == 1 and threat.sum() == 1
    assert talks.sum() == 2 + 5
    assert counted.bin_names()[weeks["2025-07-14"]] == "week of 14 Jul 2025"


def test_events_off_the_days_on_screen_are_not_counted() -> None:
    starts = days("2020-01-01", "2024-06-30", "2027-01-01")
    last_days = days("2020-12-31", "2024-07-02", "2027-01-01")
    counted = density(starts, last_days, np.zeros(3, dtype=np.int64), ["talks"], ["talks"], TWO_YEARS)
    assert counted.counts.sum() == 1  # the event of 30 June - 2 July 2024 touches the first week, once
    assert counted.counts[0, 0] == 1


@pytest.mark.parametrize(("low", "high", "unit", "first", "names"), [
    ("2025-07-01", "2025-07-31", "day", "2025-07-01", ["Tue 01 Jul 2025", "Wed 02 Jul 2025"]),
    ("2024-07-03", "2026-07-01", "week", "2024-07-01", ["week of 01 Jul 2024", "week of 08 Jul 2024"]),
    ("2010-02-10", "2030-01-01", "month", "2010-02-01", ["February 2010", "March 2010"]),
    ("1950-05-01", "2050-01-01", "quarter", "1950-04-01", ["1950 Q2", "1950 Q3"]),
    ("1000-01-01", "1300-01-01", "year", "1000-01-01", ["1000", "1001"]),
    ("0001-01-01", "9999-12-31", "century", "0001-01-01", ["1–100", "101–200"]),
])
def test_bins_are_the_finest_unit_that_fits(low: str, high: str, unit: str, first: str, names: list[str]) -> None:
    x_range = (pd.Timestamp(low).as_unit("s"), pd.Timestamp(high).as_unit("s"))
    found, edges = bin_edges(x_range)
    assert found == unit
    assert len(edges) - 1 <= MAX_BINS
    assert edges[0] == pd.Timestamp(first).as_unit("s")
    assert edges[0] <= x_range[0] < edges[1] and edges[-2] < x_range[1] <= edges[-1]
    counted = density(days(low), days(low), np.zeros(1, dtype=np.int64), ["talks"], ["talks"], x_range)
    assert counted.bin_names()[:2] == names


def big_store_frame(n: int) -> pd.DataFrame:
    """``n`` one-day events, one a day from 1 January 2022 round the types, every other one of two countries."""
    start = pd.Timestamp("2022-01-01") + pd.to_timedelta(np.arange(n) % 1460, unit="D")
    types = np.array(["talks", "threat", "agreement"], dtype=object)[np.arange(n) % 3]
    countries = np.where(np.arange(n) % 2 == 0, "RUS; UKR", "USA")
    return conform(pd.DataFrame({"event_id": [f"e{i}" for i in range(n)], "date_start": start, "date_end": start,
                                 "event_type": types, "status": "occurred", "countries": countries,
                                 "published": pd.Timestamp("2025-12-31"), "source": "wire"}))


@pytest.fixture(scope="module")
def big() -> pd.DataFrame:
    return big_store_frame(120_000)


def test_a_view_of_more_than_20k_events_on_screen_is_drawn_as_their_density(big: pd.DataFrame) -> None:
    full = window.padded(window.full_window(big))
    drawn = figures.timeline(big, "event_type", AS_OF, full)
    assert [trace.type for trace in drawn.figure.data] == ["heatmap"]
    heat = drawn.figure.data[0]
    assert list(heat.y) == ["talks", "threat", "agreement"] == list(drawn.lanes)
    assert np.nansum(np.asarray(heat.z, dtype=float)) == 120_000  # one-day events: one bin each
    assert heat.colorbar.title.text == "events<br>per week"
    assert drawn.notes == ("120,000 events on these days, drawn as how many touch each week of each lane: zoom in "
                           "to fewer than 20,000 to see them one by one.",)
    by_country = figures.timeline(big, "countries", AS_OF, full)
    assert list(by_country.figure.data[0].y) == ["Russia", "Ukraine", "US"]
    assert np.nansum(np.asarray(by_country.figure.data[0].z, dtype=float)) == 1.5 * 120_000


def test_zoomed_in_a_big_view_draws_the_events_near_the_days_on_screen(big: pd.DataFrame) -> None:
    july = (pd.Timestamp("2024-07-01"), pd.Timestamp("2024-08-01"))
    assert figures.draws_days_on_screen(big)
    drawn = figures.timeline(big, "event_type", AS_OF, july)
    assert {trace.type for trace in drawn.figure.data} >= {"scattergl"}
    points = sum(len(trace.x) for trace in drawn.figure.data if trace.type == "scattergl" and trace.mode == "markers"
                 and trace.customdata is not None)
    # a month's days either side: 31 May to 31 August 2024, 93 days of 82 events (120,000 events on 1,460 days:
    # the first 280 days hold 83)
    assert points == window.in_range(big, window.around(july)).sum() == 93 * 82
    # before July 2024: 912 days, 280 of 83 events and 632 of 82; after it, the rest but July's 31 x 82
    assert drawn.notes[0] == "◀ 75,064 earlier events, from 2022-01-01 · 42,394 later events, to 2025-12-30 ▶"


def test_a_view_of_20k_events_or_fewer_holds_every_event_of_its_lanes(big: pd.DataFrame) -> None:
    small = big.iloc[:DENSITY_FROM]
    assert not figures.draws_days_on_screen(small)
    july = (pd.Timestamp("2024-07-01"), pd.Timestamp("2024-08-01"))
    drawn = figures.timeline(small, "event_type", AS_OF, july)
    assert sum(len(trace.x) for trace in drawn.figure.data if trace.type == "scattergl"
               and trace.mode == "markers") == DENSITY_FROM


def test_a_big_view_moved_to_days_without_events_keeps_its_axis_and_says_where_they_are(big: pd.DataFrame) -> None:
    later = (pd.Timestamp("2030-01-01"), pd.Timestamp("2030-02-01"))
    drawn = figures.timeline(big, "event_type", AS_OF, later)
    assert drawn.figure.layout.xaxis.visible is not False
    assert [pd.Timestamp(x) for x in drawn.figure.layout.xaxis.range] == list(later)
    assert drawn.lanes == () and [trace.type for trace in drawn.figure.data] == ["heatmap"]
    assert drawn.notes == ("◀ 120,000 earlier events, from 2022-01-01",)
