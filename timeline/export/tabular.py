"""Tabular exports: CSV, JSON records, a terminal table and Parquet, in the schema's column order."""

from __future__ import annotations

import io
import json

import pandas as pd

from timeline.schema import DATE_COLUMNS, conform, plain, records

#: A spreadsheet runs a cell that starts with one of these as a formula; such cells get a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv_text(frame: pd.DataFrame) -> str:
    """CSV with a header row, ISO dates, and text cells that a spreadsheet would run as formulas neutralised."""
    cells = plain(frame)
    for column in cells.columns:
        if column not in DATE_COLUMNS:
            cells[column] = cells[column].map(_neutralise)
    buffer = io.StringIO()
    cells.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def to_json_text(frame: pd.DataFrame) -> str:
    """A JSON array of records, one per event, keys in schema order, ISO dates, null for missing values."""
    return json.dumps(records(frame), ensure_ascii=False, indent=1) + "\n"


def to_table_text(frame: pd.DataFrame) -> str:
    """A fixed-width table for the terminal: dates, precision, type, status, date expression, actors."""
    if frame.empty:
        return "(no events)\n"
    view = plain(frame)[["date_start", "date_end", "precision", "timex", "event_type", "status", "date_text",
                           "actors"]].fillna("")
    return view.to_string(index=False) + "\n"


def to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Parquet (via pyarrow) with the schema's dtypes: dates stay dates, categories stay categories."""
    buffer = io.BytesIO()
    conform(frame).to_parquet(buffer, index=False, engine="pyarrow")
    return buffer.getvalue()
