"""The dashboard's view of the event table: the view state, its URL form, filtering, and rows for the grid.

Everything here is pure: functions take the events frame (schema columns) and return new objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlencode

import pandas as pd

from timeline.schema import EVENT_COLUMNS, EVENT_TYPES, LIST_SEPARATOR, STATUSES

#: Lane key (an events column) -> label shown in the lane selector.
LANES: dict[str, str] = {"event_type": "Event type", "actors": "Actor", "source": "Source"}
DEFAULT_LANE = "event_type"
#: Lane label for events with no value in the lane's column.
NO_VALUE = "(none)"
#: Columns searched by the free-text filter.
TEXT_COLUMNS = ("summary", "sentence", "date_text", "actors", "location", "source")


@dataclass(frozen=True)
class View:
    """What the analyst chose to see: filters (an empty tuple means "all"), the lanes and the "as of" date.

    ``as_of`` of ``None`` means today, so a link without it keeps counting from the day it is opened.
    """

    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    lane: str = DEFAULT_LANE
    as_of: date | None = None


#: View field -> URL query key; the query string is the view's shareable form.
QUERY_KEYS: dict[str, str] = {
    "event_types": "type", "actors": "actor", "statuses": "status", "sources": "source",
    "date_from": "from", "date_to": "to", "text": "q", "lane": "lane", "as_of": "asof",
}


def _parse_date(value: Any) -> date | None:
    """An ISO date (or the date part of an ISO datetime) or ``None`` for anything else."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def make_view(
    event_types: Any = None, actors: Any = None, statuses: Any = None, sources: Any = None,
    date_from: Any = None, date_to: Any = None, text: Any = None, lane: Any = None, as_of: Any = None,
) -> View:
    """A View from loosely typed control values (lists or ``None``, ISO date strings), dropping invalid ones."""
    def strings(values: Any) -> tuple[str, ...]:
        return tuple(str(v) for v in values or () if v not in (None, ""))

    return View(
        event_types=tuple(v for v in strings(event_types) if v in EVENT_TYPES),
        actors=strings(actors),
        statuses=tuple(v for v in strings(statuses) if v in STATUSES),
        sources=strings(sources),
        date_from=_parse_date(date_from),
        date_to=_parse_date(date_to),
        text=str(text or "").strip(),
        lane=lane if lane in LANES else DEFAULT_LANE,
        as_of=_parse_date(as_of),
    )


def view_to_query(view: View, today: date) -> str:
    """The URL query string (with ``?``, or empty) that reopens ``view``; defaults are left out."""
    pairs: list[tuple[str, str]] = []
    for field in fields(View):
        value = getattr(view, field.name)
        key = QUERY_KEYS[field.name]
        if isinstance(value, tuple):
            pairs.extend((key, item) for item in value)
        elif isinstance(value, date):
            if not (field.name == "as_of" and value == today):
                pairs.append((key, value.isoformat()))
        elif value and not (field.name == "lane" and value == DEFAULT_LANE):
            pairs.append((key, value))
    return "?" + urlencode(pairs) if pairs else ""


def view_from_query(search: str | None) -> View:
    """The View a URL query string describes; unknown keys and invalid values are ignored."""
    query = parse_qs((search or "").lstrip("?"), keep_blank_values=False)
    values: dict[str, Any] = {}
    for field in fields(View):
        found = query.get(QUERY_KEYS[field.name], [])
        values[field.name] = found if isinstance(field.default, tuple) else (found[0] if found else None)
    return make_view(**values)


def resolved_as_of(view: View, today: date) -> date:
    """The view's "as of" date, today when unset."""
    return view.as_of or today


def split_list(cell: Any) -> list[str]:
    """The items of a multi-valued cell ("A; B" -> ["A", "B"]); none for a null or blank cell."""
    if cell is None or cell is pd.NA or (isinstance(cell, float) and pd.isna(cell)):
        return []
    return [item.strip() for item in str(cell).split(LIST_SEPARATOR.strip()) if item.strip()]


def actor_names(frame: pd.DataFrame) -> list[str]:
    """Every actor named in ``frame``, sorted, each once."""
    return sorted({actor for cell in frame["actors"] for actor in split_list(cell)})


def choices(frame: pd.DataFrame) -> dict[str, list[str]]:
    """Options for the filter controls: values present in ``frame``, types and statuses in schema order."""
    present_types = set(frame["event_type"].dropna().astype(str))
    present_statuses = set(frame["status"].dropna().astype(str))
    return {
        "event_types": [t for t in EVENT_TYPES if t in present_types],
        "actors": actor_names(frame),
        "statuses": [s for s in STATUSES if s in present_statuses],
        "sources": sorted(set(frame["source"].dropna().astype(str))),
    }


def filter_events(frame: pd.DataFrame, view: View) -> pd.DataFrame:
    """The rows of ``frame`` that ``view`` selects (a new frame, same columns, index reset).

    Actors match when any of an event's actors is selected. A date range keeps events whose interval overlaps it;
    undated events are kept unless a date range is set. The text filter is a case-insensitive substring search.
    """
    keep = pd.Series(True, index=frame.index)
    if view.event_types:
        keep &= frame["event_type"].astype("object").isin(view.event_types)
    if view.statuses:
        keep &= frame["status"].astype("object").isin(view.statuses)
    if view.sources:
        keep &= frame["source"].astype("object").isin(view.sources)
    if view.actors:
        wanted = set(view.actors)
        keep &= frame["actors"].map(lambda cell: bool(wanted.intersection(split_list(cell)))).astype(bool)
    start = frame["date_start"]
    end = frame["date_end"].fillna(start)
    if view.date_from is not None:
        keep &= (end >= pd.Timestamp(view.date_from)).fillna(False).astype(bool)
    if view.date_to is not None:
        keep &= (start <= pd.Timestamp(view.date_to)).fillna(False).astype(bool)
    if view.text:
        needle = view.text.casefold()
        texts = [frame[column].astype("string").fillna("") for column in TEXT_COLUMNS]
        haystack = texts[0].str.cat(texts[1:], sep="\n")
        keep &= haystack.str.casefold().str.contains(needle, regex=False).astype(bool)
    return frame[keep.to_numpy()].reset_index(drop=True).copy()


def is_deadline(frame: pd.DataFrame) -> pd.Series:
    """True where the event is a deadline, by type or by status."""
    return (frame["event_type"].astype("object") == "deadline") | (frame["status"].astype("object") == "deadline")


def countdown(deadline: date, as_of: date) -> str:
    """How a deadline stands on ``as_of``: "12 days left", "due today", "expired 3 days ago"."""
    days = (deadline - as_of).days
    if days == 0:
        return "due today"
    plural = "" if abs(days) == 1 else "s"
    return f"{days} day{plural} left" if days > 0 else f"expired {-days} day{plural} ago"


def deadline_labels(frame: pd.DataFrame, as_of: date) -> pd.Series:
    """A countdown for each dated deadline (counted to the end of its interval); empty text for other rows."""
    last_day = frame["date_end"].fillna(frame["date_start"])
    labels = [
        countdown(day.date(), as_of) if flag and not pd.isna(day) else ""
        for flag, day in zip(is_deadline(frame), last_day)
    ]
    return pd.Series(labels, index=frame.index, dtype="object")


def _cell(value: Any) -> Any:
    """A JSON-friendly cell: ISO date for timestamps, ``None`` for nulls, plain str/int otherwise."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def table_records(frame: pd.DataFrame, as_of: date,
                  columns: Sequence[str] = EVENT_COLUMNS) -> list[dict[str, Any]]:
    """Rows for the grid: ``columns`` plus ``countdown``, as JSON-friendly values (undated rows included)."""
    labels = deadline_labels(frame, as_of).tolist()
    return [
        {**{column: _cell(value) for column, value in row.items()}, "countdown": label or None}
        for row, label in zip(frame[list(columns)].astype("object").to_dict("records"), labels)
    ]


def find_event(frame: pd.DataFrame, event_id: str | None) -> dict[str, Any] | None:
    """The row with ``event_id`` as JSON-friendly values, or ``None``."""
    if not event_id:
        return None
    match = frame[frame["event_id"] == event_id]
    if match.empty:
        return None
    return {column: _cell(value) for column, value in match.astype("object").iloc[0].items()}


def highlight(sentence: str, phrase: str | None) -> list[tuple[str, bool]]:
    """``sentence`` cut into (text, is_phrase) pieces around the first case-insensitive match of ``phrase``."""
    if not phrase:
        return [(sentence, False)] if sentence else []
    at = sentence.casefold().find(phrase.casefold())
    if at < 0:
        return [(sentence, False)] if sentence else []
    pieces = [(sentence[:at], False), (sentence[at:at + len(phrase)], True), (sentence[at + len(phrase):], False)]
    return [piece for piece in pieces if piece[0]]

