"""Tabular exports: CSV, JSON records, a terminal table and Parquet, in the schema's column order."""

from __future__ import annotations

import io
import json

import pandas as pd

from timeline.export.safe import spreadsheet_cell
from timeline.schema import DATE_COLUMNS, conform, plain, records


def write_csv(cells: pd.DataFrame) -> str:
    """CSV as RFC 4180 writes it (CRLF between records, so a cell holding a CR or LF is always quoted and reads back
    as one cell), every text cell a spreadsheet would run as a formula neutralised (``safe.spreadsheet_cell``)."""
    safe = cells.copy()
    for column in safe.columns:
        safe[column] = safe[column].map(spreadsheet_cell)
    buffer = io.StringIO()
    safe.to_csv(buffer, index=False, lineterminator="\r\n")
    return buffer.getvalue()


def to_csv_text(frame: pd.DataFrame) -> str:
    """CSV with a header row, ISO dates, columns in schema order (``write_csv``)."""
    return write_csv(plain(frame))


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
