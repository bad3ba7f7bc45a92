"""The corpus engine's Parquet layout: one directory per table, files partitioned Hive-style by month, readable by
pandas (``pd.read_parquet(DIR / "events")``), DuckDB (``read_parquet('DIR/events/*/*.parquet',
hive_partitioning = true)``) and Dask (``dd.read_parquet``)::

    DIR/documents/month=2025-07/part-00003.parquet   extraction: one row per article read (text included), by
                                                      publication month
    DIR/reports/month=2025-07/part-00003.parquet     extraction: one row per event an article reports, as extracted
                                                      (the article's own ids), by publication month
    DIR/events/month=2025-07/part-00001.parquet      merge: the event table, one row per event, by start month
    DIR/mentions/month=2025-07/part-00001.parquet    merge: every report with its event's id (the store's mentions
                                                      table), by publication month

``month=undated`` holds rows without that date. Extraction files are numbered by corpus part, merge files by merge
group. Documents and reports carry their place in the corpus (``input_file``, ``input_row``; reports also
``report_no``, their row in the article's table), which is the order the merge replays them in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.schema import COLUMNS

DOCUMENTS, REPORTS, EVENTS, MENTIONS = "documents", "reports", "events", "mentions"
#: The corpus place columns of documents and reports.
PLACE = ("input_file", "input_row")


def _arrow(dtype: Any) -> pa.DataType:
    """The Arrow type of an event-table column: dates as dates, whole numbers as int64, the rest as text."""
    text = str(dtype)
    if text.startswith("datetime"):
        return pa.date32()
    return pa.int64() if text == "Int64" else pa.string()


_EVENT_FIELDS = [pa.field(name, _arrow(dtype)) for name, dtype in COLUMNS.items()]
_PLACE_FIELDS = [pa.field("input_file", pa.int64()), pa.field("input_row", pa.int64())]
SCHEMAS: dict[str, pa.Schema] = {
    DOCUMENTS: pa.schema([pa.field(n, pa.string()) for n in ("doc_id", "path", "title", "source", "url")]
                         + [pa.field("published", pa.date32()), pa.field("ingested_at", pa.string()),
                            pa.field("text", pa.string()), pa.field("metadata", pa.string()), *_PLACE_FIELDS]),
    REPORTS: pa.schema([pa.field("mention_id", pa.string()), *_EVENT_FIELDS, *_PLACE_FIELDS,
                        pa.field("report_no", pa.int64())]),
    EVENTS: pa.schema(_EVENT_FIELDS),
    MENTIONS: pa.schema([pa.field("mention_id", pa.string()), *_EVENT_FIELDS]),
}
#: The date column that places each table's rows in a month.
MONTH_OF = {DOCUMENTS: "published", REPORTS: "published", EVENTS: "date_start", MENTIONS: "published"}


def month(day: str | None) -> str:
    """The partition of an ISO day: ``2025-07``, or ``undated``."""
    return day[:7] if day else "undated"


def write_table(out: str | Path, table: str, rows: Iterable[Mapping[str, Any]], part: int) -> list[str]:
    """Write rows (plain values, ISO dates) to ``out/table/month=M/part-NNNNN.parquet``, one file per month; each
    file is written beside its place and renamed into it, so a reader never sees half a file. Returns the paths."""
    by_month: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        by_month[month(row[MONTH_OF[table]])].append(row)
    return [_write_month(out, table, name, to_arrow(chunk, SCHEMAS[table]), part)
            for name, chunk in sorted(by_month.items())]


def write_arrow(out: str | Path, table: str, data: pa.Table, part: int) -> list[str]:
    """``write_table`` for an Arrow table with the table's columns (and maybe others, left out): no row becomes a
    Python object."""
    data = data.select(SCHEMAS[table].names).cast(SCHEMAS[table])
    months = pc.fill_null(pc.utf8_slice_codeunits(data[MONTH_OF[table]].cast(pa.string()), 0, 7), "undated")
    return [_write_month(out, table, name, data.filter(pc.equal(months, name)), part)
            for name in sorted(pc.unique(months).to_pylist())]


def _write_month(out: str | Path, table: str, name: str, data: pa.Table, part: int) -> str:
    folder = Path(out) / table / f"month={name}"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"part-{part:05d}.parquet"
    partial = folder / f".part-{part:05d}.parquet.partial"
    pq.write_table(data, partial)
    partial.replace(target)
    return str(target)


def to_arrow(rows: list[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    """An Arrow table of rows of plain values (dates as ISO text)."""
    columns = {}
    for field in schema:
        values = [row[field.name] for row in rows]
        if field.type == pa.date32():
            columns[field.name] = pa.array(values, pa.string()).cast(pa.date32())
        else:
            columns[field.name] = pa.array(values, field.type)
    return pa.table(columns, schema=schema)


def from_arrow(table: pa.Table) -> list[dict[str, Any]]:
    """Rows of plain values (dates as ISO text, nulls as None), as the store and ``timeline.merge`` take them."""
    for i, field in enumerate(table.schema):
        if field.type == pa.date32():
            table = table.set_column(i, field.name, table.column(i).cast(pa.string()))
    return table.to_pylist()


def files(out: str | Path, table: str) -> list[Path]:
    """The Parquet files of one table, in a stable order (by month, then part)."""
    return sorted((Path(out) / table).glob("month=*/part-*.parquet"))


def read_rows(out: str | Path, table: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Every row of one table, a file at a time (memory: one file)."""
    for path in files(out, table):
        yield from from_arrow(pq.read_table(path, columns=columns, partitioning=None))
