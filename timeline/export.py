"""Exports of the event table: each a function DataFrame -> text, in the schema's column order with ISO dates."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from timeline.schema import DATE_COLUMNS, EVENT_COLUMNS, conform

#: A spreadsheet runs a cell that starts with one of these as a formula; such cells get a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
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
    plain = _plain(frame)
    for column in plain.columns:
        if column not in DATE_COLUMNS:
            plain[column] = plain[column].map(_neutralise)
    buffer = io.StringIO()
    plain.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def to_json_text(frame: pd.DataFrame) -> str:
    """A JSON array of records, one per event, keys in schema order, ISO dates, null for missing values."""
    records = [{k: (int(v) if k in ("char_start", "char_end") and v is not None else v) for k, v in row.items()}
               for row in _plain(frame).to_dict(orient="records")]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def to_table_text(frame: pd.DataFrame) -> str:
    """A fixed-width table for the terminal: dates, precision, type, status, date expression, actors."""
    if frame.empty:
        return "(no events)\n"
    plain = _plain(frame)[["date_start", "date_end", "precision", "timex", "event_type", "status", "date_text",
                           "actors"]].fillna("")
    return plain.to_string(index=False) + "\n"


FORMATS: dict[str, Callable[[pd.DataFrame], str]] = {"csv": to_csv_text, "json": to_json_text, "table": to_table_text}


def render(frame: pd.DataFrame, fmt: str) -> str:
    """The table in one of ``FORMATS``."""
    try:
        return FORMATS[fmt](frame)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})") from None


def write(frame: pd.DataFrame, fmt: str, path: str | Path) -> Path:
    """Write the table to ``path`` in ``fmt``; returns the path."""
    target = Path(path)
    target.write_text(render(frame, fmt), encoding="utf-8")
    return target
