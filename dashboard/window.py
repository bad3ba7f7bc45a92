"""Which days the timeline opens on, and what lies outside the days on screen.

The opening window is chosen from the events themselves: the shortest stretch holding most of them (CORE_SHARE),
reaching the latest publication date near it and the upcoming events the latest articles announce. A single event
far in the future or the past never decides it (it falls outside the core, and upcoming events count only within
UPCOMING_DAYS); a window is never empty when there are dated events. Pure functions over the events frame.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

#: The opening window holds at least this share of the dated events, unless that would span more than MAX_DAYS.
CORE_SHARE = 0.75
#: Longest opening window: wider cores keep their most recent MAX_DAYS.
MAX_DAYS = 730
#: Events starting after the latest publication date count as announced when their article is this recent...
RECENT_ARTICLE_DAYS = 30
#: ...and when they start at most this long after that date.
UPCOMING_DAYS = 183
#: Shortest opening window, so the axis shows days, not hours.
MIN_DAYS = 30
#: The "as of" day joins the window when it is at most this far outside it.
AS_OF_REACH_DAYS = 60
#: Padding of the visible range: a little on the left, more on the right for the labels beside the last events.
PAD_LEFT, PAD_RIGHT = 0.03, 0.12
ONE_DAY = pd.Timedelta(days=1)
#: The first and last instants a plotly date axis draws (years 1 to 9999): ranges are held inside them.
FIRST_INSTANT = pd.Timestamp("0001-01-01").as_unit("s")
LAST_INSTANT = pd.Timestamp("9999-12-31 23:59:59").as_unit("s")

Range = tuple[pd.Timestamp, pd.Timestamp]


def _dated(frame: pd.DataFrame) -> pd.DataFrame:
    """The dated rows with an end date (the start where it is missing)."""
    dated = frame[frame["date_start"].notna()]
    return dated.assign(date_end=dated["date_end"].fillna(dated["date_start"]))


def _events(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per event: lane rows (a ``lane`` column: an event of two countries is two rows) deduplicated, an
    event table as it is."""
    return frame.drop_duplicates("event_id") if "lane" in frame else frame


def opening_window(frame: pd.DataFrame, as_of: date | None = None) -> Range | None:
    """The days [start, end) the timeline opens on, or ``None`` when no event is dated (see the module's doc);
    ``frame`` is an event table or lane rows."""
    dated = _events(_dated(frame))
    if dated.empty:
        return None
    starts = np.sort(dated["date_start"].to_numpy())
    k = max(1, math.ceil(CORE_SHARE * len(starts)))
    widths = starts[k - 1:] - starts[:len(starts) - k + 1]
    first = int(np.argmin(widths))
    low, high = pd.Timestamp(starts[first]), pd.Timestamp(starts[first + k - 1]) + ONE_DAY
    published = dated["published"] if "published" in dated else pd.Series(dtype="datetime64[s]")
    near = published[(published >= low - pd.Timedelta(days=365)) & (published <= high + pd.Timedelta(days=365))]
    if len(near):
        news = pd.Timestamp(near.max())
        upcoming = dated[(published >= news - pd.Timedelta(days=RECENT_ARTICLE_DAYS)) & (dated["date_start"] > news)
                         & (dated["date_start"] <= news + pd.Timedelta(days=UPCOMING_DAYS))]
        low = min(low, news)
        high = max(high, news + ONE_DAY, *(upcoming["date_end"] + ONE_DAY))
    if high - low > pd.Timedelta(days=MAX_DAYS):
        low = high - pd.Timedelta(days=MAX_DAYS)
    if as_of is not None:
        when = pd.Timestamp(as_of)
        reach = pd.Timedelta(days=AS_OF_REACH_DAYS)
        if low - reach <= when <= high + reach:
            low, high = min(low, when), max(high, when + ONE_DAY)
    short = pd.Timedelta(days=MIN_DAYS) - (high - low)
    if short > pd.Timedelta(0):
        low, high = low - short / 2, high + short / 2
    return low, high


def padded(window: Range) -> Range:
    """The visible x range of a window: PAD_LEFT and PAD_RIGHT of its span added, within the years plotly draws."""
    low, high = window
    span = high - low
    return max(low - span * PAD_LEFT, FIRST_INSTANT), min(high + span * PAD_RIGHT, LAST_INSTANT)


def around(window: Range) -> Range:
    """``window`` and as many days again on either side, within the years plotly draws."""
    low, high = (stamp.as_unit("s") for stamp in window)
    span = high - low
    return max(low - span, FIRST_INSTANT), min(high + span, LAST_INSTANT)


def full_window(frame: pd.DataFrame) -> Range | None:
    """Every dated event's days, or ``None`` when none is dated."""
    dated = _dated(frame)
    if dated.empty:
        return None
    return pd.Timestamp(dated["date_start"].min()), pd.Timestamp(dated["date_end"].max()) + ONE_DAY


def in_range(frame: pd.DataFrame, x_range: Range) -> pd.Series:
    """True for the rows whose days overlap ``x_range`` (undated rows: False)."""
    low, high = x_range
    end = frame["date_end"].fillna(frame["date_start"]) + ONE_DAY
    return ((frame["date_start"] < high) & (end > low)).fillna(False).astype(bool)


def _plural(count: int, word: str) -> str:
    """"1 earlier event", "1,234 earlier events"."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def window_note(frame: pd.DataFrame, x_range: Range) -> str:
    """What lies outside the days on screen, counted in events (an event in several lanes once):
    "◀ 12 earlier events, from 2022-01-01 · 3 later events, to 2027-12-31 ▶"; empty when nothing does."""
    dated = _events(_dated(frame))
    low, high = x_range
    earlier = dated[dated["date_end"] + ONE_DAY <= low]
    later = dated[dated["date_start"] >= high]
    parts = []
    if len(earlier):
        parts.append(f"◀ {_plural(len(earlier), 'earlier event')}, from {earlier['date_start'].min().date()}")
    if len(later):
        parts.append(f"{_plural(len(later), 'later event')}, to {later['date_end'].max().date()} ▶")
    return " · ".join(parts)


def _timestamp(value: Any) -> pd.Timestamp | None:
    """A plotly axis value (an ISO date-time string, or milliseconds) as a naive UTC timestamp; ``None`` if it is
    not one."""
    try:
        stamp = pd.Timestamp(value, unit="ms") if isinstance(value, (int, float)) else pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        return None
    if pd.isna(stamp):
        return None
    return stamp.tz_convert(None) if stamp.tzinfo is not None else stamp


def relayout_range(relayout: Mapping[str, Any] | None) -> Range | str | None:
    """The x range a plotly relayout event sets: a (start, end) pair for a zoom, pan or range-slider drag,
    "autorange" for Autoscale or a double click, ``None`` for anything else (a resize, a y-axis change)."""
    if not relayout:
        return None
    if relayout.get("xaxis.autorange"):
        return "autorange"
    pair = relayout.get("xaxis.range")
    values = pair if isinstance(pair, list) and len(pair) == 2 else [relayout.get("xaxis.range[0]"),
                                                                        relayout.get("xaxis.range[1]")]
    low, high = (_timestamp(value) for value in values) if None not in values else (None, None)
    if low is None or high is None or high <= low:
        return None
    return low, high
