"""The one event table: its columns, their order and dtypes, defined here and nowhere else.

Every producer (extractor, store) builds its DataFrame with ``to_frame`` and every consumer (exports, dashboard)
reads the columns named here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import pandas as pd

EVENT_TYPES = (
    "talks", "proposal", "statement", "threat", "deadline", "agreement", "ceasefire", "exchange", "sanction", "aid",
    "military", "other",
)
STATUSES = ("occurred", "planned", "proposed", "deadline", "demanded", "negated", "hypothetical")
PRECISIONS = ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "ref")
#: What an event's date rests on: ``clause``, the date is said of the event word or of the clause that holds it ("talks
#: began in Istanbul on Friday"); ``sentence``, the event word stands elsewhere in the sentence (the nearest in its
#: parse, a coordinated event sharing the date, an event a saying reports); ``count``, the date is counted from another
#: event ("a day after the talks", "within fifty days"); ``context``, the sentence names no date and goes on telling
#: of the day an earlier sentence, a line's heading or the lead's next sentence told of.
BASES = ("clause", "sentence", "count", "context")
MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE")

#: Column name -> dtype, in the table's order. Dates are day-resolution datetimes; categories are categoricals.
#: ``anchor_event_id`` links a deadline to the event that set it; ``note`` says why a date is unresolved;
#: ``cameo_code``/``cameo_label`` type the event as CAMEO does (GDELT); ``countries`` are the actors' ISO 3166
#: alpha-3 codes; ``mention_count``/``sources`` count and name the articles that report the event, and
#: ``date_choice`` says which date was kept when they disagree; ``basis`` says what the date rests on (``BASES``; null
#: in rows stored before it was recorded).
COLUMNS: dict[str, Any] = {
    "event_id": "string",
    "date_start": "datetime64[s]",
    "date_end": "datetime64[s]",
    "precision": pd.CategoricalDtype(list(PRECISIONS)),
    "timex": "string",
    "mod": pd.CategoricalDtype(list(MODS)),
    "date_text": "string",
    "event_type": pd.CategoricalDtype(list(EVENT_TYPES)),
    "status": pd.CategoricalDtype(list(STATUSES)),
    "actors": "string",
    "location": "string",
    "summary": "string",
    "sentence": "string",
    "char_start": "Int64",
    "char_end": "Int64",
    "doc_id": "string",
    "source": "string",
    "url": "string",
    "published": "datetime64[s]",
    "anchor_event_id": "string",
    "note": "string",
    "cameo_code": "string",
    "cameo_label": "string",
    "countries": "string",
    "mention_count": "Int64",
    "sources": "string",
    "date_choice": "string",
    "basis": pd.CategoricalDtype(list(BASES)),
}
EVENT_COLUMNS: tuple[str, ...] = tuple(COLUMNS)
DATE_COLUMNS = tuple(name for name, dtype in COLUMNS.items() if str(dtype).startswith("datetime"))

#: Multi-valued cells (actors) are joined with this separator.
LIST_SEPARATOR = "; "
#: The multi-valued columns: ``; ``-joined text in the table, lists where a format has them (JSON arrays, Parquet
#: list<string>, JSON arrays in the store's columns).
LIST_COLUMNS = ("actors", "countries", "sources")


def split_items(cell: object) -> list[str]:
    """The items of a ``; ``-joined cell (none for a null)."""
    return [item for item in cell.split(LIST_SEPARATOR) if item] if isinstance(cell, str) else []


def join_items(items: Iterable[str]) -> str | None:
    """A ``; ``-joined cell of ``items`` (None for none): the inverse of ``split_items``."""
    return LIST_SEPARATOR.join(items) or None


def to_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build the event table from row mappings: every column present, in order, with its dtype.

    Missing keys become nulls; unknown keys are refused so that no producer invents a column.
    """
    records = list(rows)
    for record in records:
        extra = set(record) - set(COLUMNS)
        if extra:
            raise ValueError(f"unknown event-table columns: {sorted(extra)}")
    frame = pd.DataFrame.from_records(records, columns=list(EVENT_COLUMNS))
    return conform(frame)


def conform(frame: pd.DataFrame, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """Return ``frame`` with exactly the schema's columns (or the named subset), in schema order, cast to the
    schema's dtypes (a new frame)."""
    out: dict[str, pd.Series] = {}  # the frame is made once from its columns: inserting them one by one cost more
    source = frame.reset_index(drop=True)
    wanted = set(columns) if columns is not None else None
    for name, dtype in COLUMNS.items():
        if wanted is not None and name not in wanted:
            continue
        column = source[name] if name in source else pd.Series([None] * len(source), dtype="object")
        if name in DATE_COLUMNS:
            out[name] = pd.to_datetime(column, errors="coerce", format="ISO8601").astype("datetime64[s]")
        elif isinstance(dtype, pd.CategoricalDtype):
            out[name] = column.astype("object").where(column.notna(), None).astype(dtype)
        else:
            out[name] = column.astype(dtype)
    return pd.DataFrame(out, index=pd.RangeIndex(len(frame)))


def empty_frame() -> pd.DataFrame:
    """The event table with no rows."""
    return to_frame([])


def chronological(frame: pd.DataFrame) -> pd.DataFrame:
    """Events by start date, then end date, then position in their article; undated events last (a new frame)."""
    order = frame.sort_values(["date_start", "date_end", "doc_id", "char_start"], na_position="last", kind="stable")
    return order.reset_index(drop=True)


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as plain values, for files and SQL: ISO date strings, None for nulls, schema column order."""
    table = conform(frame)
    out = table.astype(object)
    for column in DATE_COLUMNS:
        out[column] = table[column].dt.strftime("%Y-%m-%d").astype(object)
    return out.where(out.notna(), None)[list(EVENT_COLUMNS)]


def plain_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``records(chronological(to_frame(rows)))`` without a DataFrame: row mappings (dates as ``date``) as dicts of
    plain values, in the table's order. The store and the corpus engine write each article's rows so, where a frame
    an article cost them three times the extraction itself (43 of 61 ms an article on the real-news corpus)."""
    out = []
    for row in rows:
        extra = set(row) - set(COLUMNS)
        if extra:
            raise ValueError(f"unknown event-table columns: {sorted(extra)}")
        out.append({name: _plain(row.get(name), dtype) for name, dtype in COLUMNS.items()})
    return sorted(out, key=_chronological_key)


def _plain(value: Any, dtype: Any) -> Any:
    """One cell as ``records`` gives it: ISO day, whole number, a category's value (else None), text; None for null."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if str(dtype).startswith("datetime"):
        return _iso_day(value)
    if isinstance(dtype, pd.CategoricalDtype):
        return value if value in dtype.categories else None
    return int(value) if dtype == "Int64" else str(value)


def _iso_day(value: Any) -> str | None:
    """A day as ``YYYY-MM-DD`` from a date, a datetime or an ISO text; None for text that is no day (coerced)."""
    if isinstance(value, date):
        return value.isoformat()[:10]
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def _chronological_key(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """``chronological``'s order for plain rows: start, end, article, place; nulls last in each."""
    return tuple(part for name, null in (("date_start", ""), ("date_end", ""), ("doc_id", ""), ("char_start", 0))
                 for part in (row[name] is None, null if row[name] is None else row[name]))


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The table's rows as dicts of plain values (``plain``), whole-number columns as ints."""
    return [{str(k): (int(v) if v is not None and str(COLUMNS[str(k)]) == "Int64" else v) for k, v in row.items()}
            for row in plain(frame).to_dict(orient="records")]
