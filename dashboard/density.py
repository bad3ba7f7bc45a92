"""Density for timelines too full to draw event by event: how many events touch each day, week, month... of each
lane, counted on the server.

Above DENSITY_FROM events on the days on screen the browser would draw (and send) tens or hundreds of thousands of
marks that no one can tell apart, hover or click; the counts are a few thousand cells. They come from the date
columns in one pass: each event adds one to its first bin and takes one off after its last (a difference array per
lane), so the work grows with the events, not with their length, and an event of a month counts once in each week
it touches, as the event-by-event view draws it across them. Pure functions over numpy arrays.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.window import FIRST_INSTANT, LAST_INSTANT, Range

#: More events than this on the days on screen are drawn as density; zoomed in to fewer, one by one. From here on
#: marks could not carry their hover and click (figures.HOVER_MAX), and drawing them cost a software-rendered WebGL
#: frame seconds (the 100k synthetic store's opening view: 52,442 events drawn with WebGL, first render 2.7 s).
DENSITY_FROM = 20_000
#: At most this many bins across the plot (about 3 pixels each on a laptop's screen).
MAX_BINS = 400
#: Bin units, finest first: (name, pandas frequency, approximate days). The first giving at most MAX_BINS bins
#: over the days on screen is used.
BIN_UNITS: tuple[tuple[str, str, float], ...] = (
    ("day", "D", 1), ("week", "W-MON", 7), ("month", "MS", 30.44), ("quarter", "QS", 91.31), ("year", "YS", 365.25),
    ("decade", "10YS", 3652.5), ("century", "100YS", 36525),
)
#: How a bin is named in the hover text, by unit (strftime patterns; quarters, decades and centuries are computed).
BIN_NAMES: dict[str, str] = {"day": "%a %d %b %Y", "week": "week of %d %b %Y", "month": "%B %Y", "year": "%Y"}


@dataclass(frozen=True)
class Density:
    """``counts[i, j]`` events of lane ``lanes[i]`` have a day in bin j, the days from ``edges[j]`` up to
    ``edges[j + 1]``; bins are one ``unit`` long."""

    lanes: tuple[str, ...]
    edges: pd.DatetimeIndex
    counts: np.ndarray
    unit: str

    def bin_names(self) -> list[str]:
        """Each bin's name for the hover text: "week of 03 Mar 2025", "March 2025", "2025 Q1", "2013–2022"."""
        starts = self.edges[:-1]
        if self.unit == "quarter":
            return [f"{day.year} Q{(day.month - 1) // 3 + 1}" for day in starts]
        if self.unit in ("decade", "century"):
            return [f"{day.year}–{end.year - 1}" for day, end in zip(starts, self.edges[1:])]
        return [day.strftime(BIN_NAMES[self.unit]) for day in starts]


def bin_edges(x_range: Range) -> tuple[str, pd.DatetimeIndex]:
    """The unit and edges of the bins covering the days of ``x_range``: the finest unit (BIN_UNITS) with at most
    MAX_BINS bins, edges on its natural boundaries (Mondays, firsts of months...), the first at or before the
    range's start and the last after its end."""
    low, high = (pd.Timestamp(x).as_unit("s") for x in x_range)
    days = (high - low) / pd.Timedelta(days=1)
    unit, freq, length = next((u for u in BIN_UNITS if days / u[2] <= MAX_BINS), BIN_UNITS[-1])
    reach = pd.Timedelta(days=math.ceil(length * 1.1) + 1)
    first, last = max(low - reach, FIRST_INSTANT), min(high + reach, LAST_INSTANT)
    edges = pd.date_range(first.floor("D"), last, freq=freq, unit="s")
    start = max(int(edges.searchsorted(low, side="right")) - 1, 0)
    stop = int(edges.searchsorted(high, side="left"))
    edges = edges[start:stop + 1]
    # at the calendar's ends the range may start before the first boundary or end after the last one
    before = pd.DatetimeIndex([low]) if len(edges) == 0 or edges[0] > low else pd.DatetimeIndex([])
    after = pd.DatetimeIndex([high]) if len(edges) == 0 or edges[-1] < high else pd.DatetimeIndex([])
    return unit, pd.DatetimeIndex(before.append(edges).append(after)).as_unit("s")


def density(starts: np.ndarray, last_days: np.ndarray, codes: np.ndarray, names: Sequence[str],
            order: Sequence[str], x_range: Range) -> Density:
    """The events of the lanes in ``order`` counted per bin (bin_edges) over the days of ``x_range``: one event
    per (first day, last day, lane code) triple of the arrays (datetime64 days; ``names[code]`` is the lane).
    Lanes with no event on those days are left out."""
    unit, edges = bin_edges(x_range)
    n_bins = len(edges) - 1
    rank = {name: i for i, name in enumerate(order)}
    codes = np.array([rank.get(name, -1) for name in names], dtype=np.int64)[codes]
    bounds = edges.to_numpy()
    first = np.searchsorted(bounds, starts.astype("datetime64[s]"), side="right") - 1
    last = np.searchsorted(bounds, last_days.astype("datetime64[s]"), side="right") - 1
    keep = (codes >= 0) & (last >= 0) & (first < n_bins)
    width = n_bins + 1
    codes, first, last = codes[keep], np.clip(first[keep], 0, n_bins - 1), np.clip(last[keep], 0, n_bins - 1)
    size = len(order) * width
    steps = (np.bincount(codes * width + first, minlength=size)
             - np.bincount(codes * width + last + 1, minlength=size))
    counts = steps.reshape(len(order), width).cumsum(axis=1)[:, :n_bins]
    present = np.asarray(counts.any(axis=1), dtype=bool)
    return Density(tuple(name for name, shown in zip(order, present) if shown), edges, counts[present], unit)
