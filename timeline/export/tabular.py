"""Tabular exports: CSV, JSON records, a terminal table and Parquet, in the schema's column order."""

from __future__ import annotations

import io
import json

import pandas as pd

from timeline.schema import COLUMNS, DATE_COLUMNS, EVENT_COLUMNS, conform

#: A spreadsheet runs a cell that starts with one of these as a formula; such cells get a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as plain values: ISO date strings, None for nulls, schema column order."""
    out = conform(frame).astype(object)
    for column in DATE_COLUMNS:
        out[column] = conform(frame)[column].dt.strftime("%Y-%m-%d").astype(object)
    return out.where(out.notna(), None)[list(EVENT_COLUMNS)]


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
    records = [{k: (int(v) if str(COLUMNS[str(k)]) == "Int64" and v is not None else v) for k, v in row.items()}
               for row in plain(frame).to_dict(orient="records")]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


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
