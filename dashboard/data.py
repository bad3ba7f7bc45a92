"""The dashboard's view of the event table: the view state and its URL form, filter options, and rows for the grid.

Everything here is pure: functions take the events frame (schema columns) and return new objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlencode

import numpy as np
import pandas as pd

from timeline.headline import headlines
from timeline.known import revised_events
from timeline.schema import BASES, EVENT_COLUMNS, EVENT_TYPES, LIST_SEPARATOR, STATUSES
from timeline.selection import Selection, event_sources, list_items

#: Lane key (an events column) -> label shown in the lane selector.
LANES: dict[str, str] = {"event_type": "Event type", "countries": "Country", "source": "Source"}
DEFAULT_LANE = "event_type"
#: Lane keys of older links, still understood: actor lanes became country lanes.
LANE_ALIASES = {"actors": "countries"}
#: Lane label for events with no value in the lane's column.
NO_VALUE = "(none)"
#: Event-table columns the page reads (filters, timeline, grid, count); the detail panel and the CSV read them all.
VIEW_COLUMNS: tuple[str, ...] = tuple(c for c in EVENT_COLUMNS if c in {
    "event_id", "date_start", "date_end", "date_text", "event_type", "status", "actors", "countries", "summary",
    "sentence", "location", "source", "sources", "published", "mention_count", "basis"})
#: What each basis (``timeline.schema.BASES``) tells a reader of the event's date, in the filter and the detail panel.
BASIS_LABELS: dict[str, str] = {
    "clause": "its own clause", "sentence": "another word of its sentence", "count": "a count from another event",
    "context": "an earlier sentence",
}


@dataclass(frozen=True)
class View(Selection):
    """What the analyst chose to see: the events selected (timeline.selection, the CLI export's filter), the lanes,
    the "as of" date and the "known as of" day. ``as_of`` of ``None`` means today, so a link without it keeps
    counting from the day it is opened; ``known`` of ``None`` means every report (timeline.known)."""

    lane: str = DEFAULT_LANE
    as_of: date | None = None
    known: date | None = None


#: View field -> URL query key; the query string is the view's shareable form.
QUERY_KEYS: dict[str, str] = {
    "event_types": "type", "actors": "actor", "statuses": "status", "sources": "source", "bases": "basis",
    "date_from": "from", "date_to": "to", "text": "q", "lane": "lane", "as_of": "asof", "known": "known",
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
    event_types: Any = None, actors: Any = None, statuses: Any = None, sources: Any = None, bases: Any = None,
    date_from: Any = None, date_to: Any = None, text: Any = None, lane: Any = None, as_of: Any = None,
    known: Any = None,
) -> View:
    """A View from loosely typed control values (lists or ``None``, ISO date strings), dropping invalid ones."""
    def strings(values: Any) -> tuple[str, ...]:
        return tuple(str(v) for v in values or () if v not in (None, ""))

    return View(
        event_types=tuple(v for v in strings(event_types) if v in EVENT_TYPES),
        actors=strings(actors),
        statuses=tuple(v for v in strings(statuses) if v in STATUSES),
        sources=strings(sources),
        bases=tuple(v for v in strings(bases) if v in BASES),
        date_from=_parse_date(date_from),
        date_to=_parse_date(date_to),
        text=str(text or "").strip(),
        lane=LANE_ALIASES.get(lane, lane) if LANE_ALIASES.get(lane, lane) in LANES else DEFAULT_LANE,
        as_of=_parse_date(as_of),
        known=_parse_date(known),
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
    return list_items(frame["actors"])


def choices(frame: pd.DataFrame) -> dict[str, list[Any]]:
    """Options for the filter controls: values present in ``frame``, types, statuses and bases in schema order (bases
    as options labelled for a reader, ``BASIS_LABELS``)."""
    present_types = set(frame["event_type"].dropna().astype(str))
    present_statuses = set(frame["status"].dropna().astype(str))
    present_bases = set(frame["basis"].dropna().astype(str))
    return {
        "event_types": [t for t in EVENT_TYPES if t in present_types],
        "actors": actor_names(frame),
        "statuses": [s for s in STATUSES if s in present_statuses],
        "sources": list_items(event_sources(frame)),
        "bases": [{"label": BASIS_LABELS[b], "value": b} for b in BASES if b in present_bases],
    }


def with_revisions(frame: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a ``revised`` column: True for the events whose reports in ``mentions`` gave different dates
    (timeline.known.revised_events); a new frame."""
    return frame.assign(revised=frame["event_id"].isin(revised_events(mentions)).to_numpy())


def with_headlines(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a ``headline`` column (timeline.headline): itself when it has one (the server's EventCache
    adds it once per store version), else a new frame."""
    return frame if "headline" in frame else frame.assign(headline=headlines(frame))


def is_deadline(frame: pd.DataFrame) -> pd.Series:
    """True where the event is a deadline, by type or by status."""
    return (frame["event_type"] == "deadline").fillna(False) | (frame["status"] == "deadline").fillna(False)


def countdown(deadline: date, as_of: date) -> str:
    """How a deadline stands on ``as_of``: "12 days left", "due today", "expired 3 days ago"."""
    return _days_left((deadline - as_of).days)


def _days_left(days: int) -> str:
    """The countdown text for a deadline ``days`` away (negative: past)."""
    if days == 0:
        return "due today"
    plural = "" if abs(days) == 1 else "s"
    return f"{days} day{plural} left" if days > 0 else f"expired {-days} day{plural} ago"


def deadline_labels(frame: pd.DataFrame, as_of: date) -> pd.Series:
    """A countdown for each dated deadline (counted to the end of its interval); empty text for other rows."""
    last_day = frame["date_end"].fillna(frame["date_start"])
    labels = pd.Series("", index=frame.index, dtype="object")
    dated = (is_deadline(frame) & last_day.notna()).to_numpy()
    if dated.any():
        days = (last_day[dated] - pd.Timestamp(as_of)).dt.days.astype(int)
        labels[dated] = np.array([_days_left(d) for d in days], dtype=object)
    return labels


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
    """Rows for the grid: ``columns`` plus ``countdown``, as JSON-friendly values (undated rows included); a
    ``headline`` column is written when ``frame`` has none."""
    frame = with_headlines(frame) if "headline" in columns else frame
    plain = {}
    for column in columns:
        values = frame[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            values = values.dt.strftime("%Y-%m-%d")
        cells = values.astype("object").to_numpy(copy=True)
        cells[pd.isna(values).to_numpy()] = None
        plain[column] = cells.tolist()
    labels = deadline_labels(frame, as_of).to_numpy()
    plain["countdown"] = [label or None for label in labels]
    names = list(plain)
    return [dict(zip(names, row)) for row in zip(*plain.values())]


#: Grid page size: the browser holds and the server sends this many rows at a time.
PAGE_ROWS = 20


def _condition(values: pd.Series, condition: dict[str, Any]) -> pd.Series:
    """Where a grid column (its text as shown) meets one AG Grid text or date filter condition; unknown filter
    types keep every row."""
    text = values.astype("string")
    kind, wanted = condition.get("type"), condition.get("filter")
    if condition.get("filterType") == "date":
        wanted = (condition.get("dateFrom") or "")[:10]
        upper = (condition.get("dateTo") or "")[:10]
        tests = {"equals": text == wanted, "notEqual": text != wanted, "lessThan": text < wanted,
                 "greaterThan": text > wanted, "inRange": (text >= wanted) & (text <= upper)}
    else:
        needle = str(wanted or "").casefold()
        folded = text.str.casefold()
        tests = {"contains": folded.str.contains(needle, regex=False),
                 "notContains": ~folded.str.contains(needle, regex=False), "equals": folded == needle,
                 "notEqual": folded != needle, "startsWith": folded.str.startswith(needle),
                 "endsWith": folded.str.endswith(needle)}
    tests |= {"blank": text.isna() | (text == ""), "notBlank": text.notna() & (text != "")}
    return tests.get(str(kind), pd.Series(True, index=values.index)).fillna(False).astype(bool)


def grid_order(frame: pd.DataFrame, request: dict[str, Any] | None, as_of: date,
               columns: Sequence[str] = EVENT_COLUMNS) -> np.ndarray:
    """The positions of ``frame``'s rows in the order AG Grid shows them: filtered by the grid's own column filters
    (``filterModel``) and sorted by its ``sortModel`` (dates as dates, the countdown by its deadline day, nulls
    last). The part of grid_page that reads every row: a server keeps it while the grid asks for page after page."""
    request = request or {}
    rows = with_headlines(frame) if "headline" in columns else frame
    keep = np.ones(len(rows), dtype=bool)
    for field, model in (request.get("filterModel") or {}).items():
        if field not in rows.columns and field != "countdown":
            continue
        shown = pd.DataFrame(table_records(rows, as_of, [field] if field != "countdown" else []))
        values = shown[field] if len(shown) else pd.Series(dtype="object")
        values.index = rows.index
        conditions = model.get("conditions") or [model]
        masks = [_condition(values, condition) for condition in conditions]
        found = masks[0]
        for mask in masks[1:]:
            found = (found | mask) if model.get("operator") == "OR" else (found & mask)
        keep &= found.to_numpy()
    positions = np.flatnonzero(keep)
    rows = rows.iloc[positions]
    keys: list[pd.Series] = []
    ascending: list[bool] = []
    for sort in request.get("sortModel") or []:
        field = sort.get("colId")
        if field == "countdown":
            key = rows["date_end"].fillna(rows["date_start"]).where(is_deadline(rows))
        elif field in rows.columns:
            key = rows[field]
        else:
            continue
        keys.append(key.rename(f"key{len(keys)}"))
        ascending.append(sort.get("sort") != "desc")
    if keys:  # sort the keys alone, then copy only the page's rows
        table = pd.concat([key.reset_index(drop=True) for key in keys], axis=1)
        positions = positions[table.sort_values(list(table.columns), ascending=ascending, kind="stable",
                                                na_position="last").index.to_numpy()]
    return positions


def grid_page(frame: pd.DataFrame, request: dict[str, Any] | None, as_of: date,
              columns: Sequence[str] = EVENT_COLUMNS, order: np.ndarray | None = None) -> dict[str, Any]:
    """One block of grid rows for AG Grid's infinite row model: rows ``startRow`` to ``endRow`` of ``frame`` in
    grid_order (``order``, when the caller kept it for this frame and request's filters and sort) as
    table_records; ``rowCount`` is the filtered total."""
    request = request or {}
    order = grid_order(frame, request, as_of, columns) if order is None else order
    start, end = max(0, int(request.get("startRow") or 0)), max(0, int(request.get("endRow") or PAGE_ROWS))
    rows = with_headlines(frame) if "headline" in columns else frame
    return {"rowData": table_records(rows.iloc[order[start:end]], as_of, columns), "rowCount": len(order)}


def find_event(frame: pd.DataFrame, event_id: str | None) -> dict[str, Any] | None:
    """The row with ``event_id`` as JSON-friendly values (its headline included), or ``None``."""
    if not event_id:
        return None
    match = frame[frame["event_id"] == event_id]
    if match.empty:
        return None
    match = with_headlines(match)
    return {str(column): _cell(value) for column, value in match.astype("object").iloc[0].items()}


def highlight(sentence: str, phrase: str | None) -> list[tuple[str, bool]]:
    """``sentence`` cut into (text, is_phrase) pieces around the first case-insensitive match of ``phrase``."""
    if not phrase:
        return [(sentence, False)] if sentence else []
    at = sentence.casefold().find(phrase.casefold())
    if at < 0:
        return [(sentence, False)] if sentence else []
    pieces = [(sentence[:at], False), (sentence[at:at + len(phrase)], True), (sentence[at + len(phrase):], False)]
    return [piece for piece in pieces if piece[0]]

