"""Exports of the event table: each format a function DataFrame -> text or bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from timeline.export.datapackage import write_descriptor
from timeline.export.ics import to_ics
from timeline.export.tabular import to_csv_text, to_json_text, to_parquet_bytes, to_table_text
from timeline.export.timelinejs import to_timelinejs, to_timelinejs_csv

FORMATS: dict[str, Callable[[pd.DataFrame], str | bytes]] = {
    "csv": to_csv_text, "json": to_json_text, "table": to_table_text, "timelinejs": to_timelinejs,
    "timelinejs-csv": to_timelinejs_csv, "ics": to_ics, "parquet": to_parquet_bytes,
}
#: Formats that are bytes, not text: written to a file, never to a terminal.
BINARY_FORMATS = ("parquet",)
#: File name endings, for downloads.
SUFFIXES = {"csv": ".csv", "json": ".json", "table": ".txt", "timelinejs": ".timeline.json",
            "timelinejs-csv": ".timeline.csv", "ics": ".ics", "parquet": ".parquet"}


def render(frame: pd.DataFrame, fmt: str) -> str | bytes:
    """The table in one of ``FORMATS``."""
    try:
        return FORMATS[fmt](frame)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})") from None


def write(frame: pd.DataFrame, fmt: str, path: str | Path) -> list[Path]:
    """Write the table to ``path`` in ``fmt``, and for CSV its Frictionless descriptor (``datapackage.json``, the
    column types) beside it; returns the files written."""
    target = Path(path)
    content = render(frame, fmt)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    return [target, write_descriptor(target)] if fmt == "csv" else [target]


__all__ = ["BINARY_FORMATS", "FORMATS", "SUFFIXES", "render", "to_csv_text", "to_ics", "to_json_text",
           "to_parquet_bytes", "to_table_text", "to_timelinejs", "to_timelinejs_csv", "write", "write_descriptor"]
