"""Tabular exports: CSV, JSON records, a terminal table and Parquet, in the schema's column order."""

from __future__ import annotations

import io
import json
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.export.safe import spreadsheet_cell
from timeline.schema import COLUMNS, DATE_COLUMNS, LIST_COLUMNS, conform, plain, records, split_items


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
    """A JSON array of records, one per event, keys in schema order, ISO dates, null for missing values; actors,
    countries and sources are arrays of strings (empty when none), so DuckDB and jq read them as lists."""
    rows = [{**row, **{name: split_items(row[name]) for name in LIST_COLUMNS}} for row in records(frame)]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def to_table_text(frame: pd.DataFrame) -> str:
    """A fixed-width table for the terminal: dates, precision, type, status, date expression, actors."""
    if frame.empty:
        return "(no events)\n"
    view = plain(frame)[["date_start", "date_end", "precision", "timex", "event_type", "status", "date_text",
                           "actors"]].fillna("")
    return view.to_string(index=False) + "\n"


def parquet_schema() -> pa.Schema:
    """The Parquet columns: dates as date32, categories as dictionaries, whole numbers as int64, actors, countries and
    sources as list<string>, the rest strings."""
    def arrow(name: str, dtype: Any) -> pa.DataType:
        if name in DATE_COLUMNS:
            return pa.date32()
        if name in LIST_COLUMNS:
            return pa.list_(pa.string())
        if isinstance(dtype, pd.CategoricalDtype):
            return pa.dictionary(pa.int8(), pa.string())
        return pa.int64() if str(dtype) == "Int64" else pa.string()

    return pa.schema([pa.field(name, arrow(name, dtype)) for name, dtype in COLUMNS.items()])


def to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Parquet (pyarrow) in ``parquet_schema``: dates are dates (no time of day), categories stay categories, lists
    are lists (empty when none)."""
    table = conform(frame)
    columns = {}
    for name, field in zip(table.columns, parquet_schema()):
        values = table[name]
        if name in DATE_COLUMNS:
            columns[name] = pa.array([d.date() if pd.notna(d) else None for d in values], field.type)
        elif name in LIST_COLUMNS:
            columns[name] = pa.array([split_items(cell) for cell in values], field.type)
        elif isinstance(values.dtype, pd.CategoricalDtype):  # every category, in the schema's order
            codes = values.cat.codes.to_numpy()
            columns[name] = pa.DictionaryArray.from_arrays(pa.array(codes, pa.int8(), mask=codes < 0),
                                                           pa.array(list(values.dtype.categories), pa.string()))
        else:
            columns[name] = pa.array(values.astype("object").where(values.notna(), None), field.type)
    buffer = io.BytesIO()
    pq.write_table(pa.table(columns, schema=parquet_schema()), buffer)
    return buffer.getvalue()
