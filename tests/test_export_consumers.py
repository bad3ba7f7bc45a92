"""Each export read back by the library its consumer uses: DuckDB for JSON and Parquet, pyarrow for Parquet's types,
pandas with the datapackage.json types for CSV, icalendar for ICS, and TimelineJS's own rules for its JSON and sheet
(ConfigFactory.js and TimelineConfig.js of TimelineJS 3: what makes it log an error or drop a slide).

Golden facts of the seed (published 20 July 2025, nine events): Russia is an actor of 5 events (the Kremlin's Sunday
statement included) and RUS a country of 5; Ukraine is an actor of 4; "May" and "early June" are talks at a third location, CAMEO 044.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from icalendar import Calendar

import timeline
from timeline.export import render, write
from timeline.export.timelinejs import SHEET_COLUMNS
from timeline.schema import EVENT_COLUMNS, LIST_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_d94f917fde063f95.txt"
#: An article with an event CAMEO has no code for (a referendum: type "other"), one planned for half a year, and a
#: link whose query string needs escaping in HTML attributes.
MIXED = ("---\npublished: 2025-07-20\nsource: wire\nurl: https://example.org/a?b=1&c=\"2\"\n---\n"
         "Voters will hold a referendum on 3 March 2026 in Bougainville.\n"
         "The two sides plan to sign a peace agreement in the second half of 2026.\n"
         "Envoys will meet in Geneva next Tuesday.\n")


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return timeline.extract(SEED)


@pytest.fixture(scope="module")
def mixed() -> pd.DataFrame:
    table = timeline.extract(text=MIXED)
    assert sorted(table["event_type"].astype(str)) == ["agreement", "other", "talks"]
    return table


# ----------------------------------------------------------------------------------------- JSON and Parquet
def test_json_lists_are_arrays_duckdb_reads_as_lists(seed: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    path.write_text(str(render(seed, "json")), encoding="utf-8")
    records = json.loads(path.read_text(encoding="utf-8"))
    assert records[0]["actors"] == ["Russia", "Ukraine"] and records[0]["countries"] == ["RUS", "UKR"]
    db = duckdb.connect()
    types = {row[0]: row[1] for row in db.execute(f"DESCRIBE SELECT * FROM read_json('{path}')").fetchall()}
    assert types["actors"] == types["countries"] == types["sources"] == "VARCHAR[]"
    assert types["date_start"] == "DATE" and types["cameo_code"] == "VARCHAR"
    assert _facet(db, f"read_json('{path}')", "actors")[:2] == [("Russia", 5), ("Ukraine", 5)]
    assert db.execute(f"SELECT count(*) FROM read_json('{path}') WHERE list_contains(countries, 'RUS')").fetchall() \
        == [(5,)]


def test_parquet_has_date32_dates_and_list_columns(seed: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    path.write_bytes(bytes(render(seed, "parquet")))
    schema = pq.read_schema(path)
    assert schema.names == list(EVENT_COLUMNS)
    assert {schema.field(n).type for n in ("date_start", "date_end", "published")} == {pa.date32()}
    assert all(pa.types.is_list(schema.field(n).type) and schema.field(n).type.value_type == pa.string()
               for n in LIST_COLUMNS)
    assert schema.field("event_type").type == pa.dictionary(pa.int8(), pa.string())
    table = pq.read_table(path)
    assert table.column("date_end").to_pylist()[-1] == date(2025, 9, 2)  # the deadline, a day with no time
    assert table.column("cameo_code").to_pylist()[1:3] == ["044", "044"]
    assert table.column("event_type").chunk(0).dictionary.to_pylist()[:2] == ["talks", "proposal"]  # every type
    db = duckdb.connect()
    assert _facet(db, f"'{path}'", "actors")[:2] == [("Russia", 5), ("Ukraine", 5)]
    assert db.execute(f"SELECT typeof(date_start), typeof(actors) FROM '{path}' LIMIT 1").fetchall() == [
        ("DATE", "VARCHAR[]")]
    back = pd.read_parquet(path)
    assert back["actors"].map(list).tolist()[6] == ["Russia", "Dmitry Peskov"]
    assert isinstance(back["event_type"].dtype, pd.CategoricalDtype)


def _facet(db: duckdb.DuckDBPyConnection, source: str, column: str) -> list[tuple[str, int]]:
    """Items of a list column by how many events hold them (Datasette's array facet, in SQL)."""
    return [(str(k), int(n)) for k, n in db.execute(
        f"SELECT item, count(*) AS n FROM (SELECT unnest({column}) AS item FROM {source}) GROUP BY item "
        "ORDER BY n DESC, item").fetchall()]


# ----------------------------------------------------------------------------------------- CSV and datapackage
def test_csv_with_its_datapackage_reads_back_with_the_types(seed: pd.DataFrame, mixed: pd.DataFrame,
                                                            tmp_path: Path) -> None:
    """pandas applies the descriptor's types: CAMEO 044 stays the text 044, dates are dates, counts integers; an
    event with no CAMEO code has an empty cell (a missing value), never "-"."""
    table = pd.concat([seed, mixed], ignore_index=True)
    written = write(table, "csv", tmp_path / "events.csv")
    assert written == [tmp_path / "events.csv", tmp_path / "datapackage.json"]
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    [resource] = package["resources"]
    assert resource["path"] == "events.csv" and resource["profile"] == "tabular-data-resource"
    fields = {f["name"]: f for f in resource["schema"]["fields"]}
    assert [f["name"] for f in resource["schema"]["fields"]] == list(EVENT_COLUMNS)
    assert (fields["cameo_code"]["type"], fields["date_start"]["type"], fields["char_start"]["type"]) == (
        "string", "date", "integer")
    assert fields["status"]["constraints"]["enum"][0] == "occurred"
    back = read_with_datapackage(tmp_path / "datapackage.json", resource["name"])
    assert back["cameo_code"].tolist()[1:3] == ["044", "044"]
    assert back.loc[back["event_type"] == "other", "cameo_code"].isna().all()
    assert back["date_start"].dt.date.tolist()[0] == date(2022, 1, 1)
    assert str(back["char_start"].dtype) == "Int64"
    cells = [c for row in csv.reader(io.StringIO((tmp_path / "events.csv").read_text(), newline="")) for c in row]
    assert "-" not in cells and "'-" not in cells


def read_with_datapackage(descriptor: Path, name: str) -> pd.DataFrame:
    """A resource of a Data Package read by pandas with the types its Table Schema gives (as a consumer would)."""
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    resource = next(r for r in package["resources"] if r["name"] == name)
    fields = resource["schema"]["fields"]
    dtypes = {"string": "string", "integer": "Int64"}
    return pd.read_csv(descriptor.parent / resource["path"], encoding=resource["encoding"],
                       keep_default_na=False, na_values=resource["schema"]["missingValues"],
                       dtype={f["name"]: dtypes[f["type"]] for f in fields if f["type"] in dtypes},
                       parse_dates=[f["name"] for f in fields if f["type"] == "date"])


def test_a_second_csv_in_the_folder_joins_the_datapackage(seed: pd.DataFrame, tmp_path: Path) -> None:
    write(seed, "csv", tmp_path / "seed.csv")
    write(seed.head(2), "csv", tmp_path / "two.csv")
    write(seed.head(3), "csv", tmp_path / "two.csv")  # written again: its resource replaced, not doubled
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [(r["name"], r["path"]) for r in package["resources"]] == [("seed", "seed.csv"), ("two", "two.csv")]
    assert len(read_with_datapackage(tmp_path / "datapackage.json", "two")) == 3


# ----------------------------------------------------------------------------------------- iCalendar
def test_ics_events_leave_the_reader_free_and_link_the_article(mixed: pd.DataFrame) -> None:
    calendar = Calendar.from_ical(render(mixed, "ics"))
    assert str(calendar.get("x-wr-calname")) == "Negotiation timeline"
    events = {str(e.get("categories").cats[0]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"agreement", "talks", "other"}
    assert {str(e.get("transp")) for e in events.values()} == {"TRANSPARENT"}
    assert {str(e.get("url")) for e in events.values()} == {'https://example.org/a?b=1&c="2"'}
    talks = events["talks"]
    assert (talks.decoded("dtstart"), talks.decoded("dtend")) == (date(2025, 7, 22), date(2025, 7, 23))
    half = events["agreement"]  # the second half of 2026: 184 days, put on its first day
    assert (half.decoded("dtstart"), half.decoded("dtend")) == (date(2026, 7, 1), date(2026, 7, 2))
    assert "2026-07-01 to 2026-12-31, shown on its first day" in str(half.get("description"))


# ----------------------------------------------------------------------------------------- TimelineJS
_INTEGER = re.compile(r"^-?\d+$|^$")  # TimelineJS's VALID_INTEGER_PATTERN for every date part


def timelinejs_errors(config: dict[str, Any]) -> list[str]:
    """What TimelineJS 3 reports or drops when it loads this JSON (TimelineConfig and validDateConfig)."""
    errors = []
    if not config.get("events"):
        errors.append("Timeline configuration has no events")
    seen: set[str] = set()
    for i, slide in enumerate(config.get("events", [])):
        if "start_date" not in slide or "year" not in slide["start_date"]:
            errors.append(f"{i}: missing_start_date_err")
        for key in ("start_date", "end_date"):
            for part, value in slide.get(key, {}).items():
                if isinstance(value, str) and not _INTEGER.match(value):
                    errors.append(f"{i}: invalid_date_err {key}.{part}={value!r}")
        if slide.get("unique_id") in seen:
            errors.append(f"{i}: duplicate unique_id {slide['unique_id']}")
        seen.add(slide.get("unique_id"))
        if not isinstance(slide.get("text", {}).get("headline", ""), str):
            errors.append(f"{i}: headline is not text")
        if re.search(r"<", slide.get("display_date", "")):
            errors.append(f"{i}: display_date holds markup (TimelineJS strips it)")
    return errors


def test_timelinejs_json_loads_without_errors(seed: pd.DataFrame, mixed: pd.DataFrame) -> None:
    config = json.loads(str(render(pd.concat([seed, mixed], ignore_index=True), "timelinejs")))
    assert timelinejs_errors(config) == []
    assert len(config["events"]) == 12 and config["title"]["text"]["headline"] == "Negotiation timeline"
    referendum = next(s for s in config["events"] if s["group"] == "other")
    assert '<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">wire</a>' in referendum["text"]["text"]
    assert "media" not in referendum  # the article is linked from the text, not shown as a picture
    half = next(s for s in config["events"] if s["group"] == "agreement")
    assert half["display_date"] == "second half of 2026" and half["end_date"] == {"year": "2026", "month": "12"}


def test_timelinejs_sheet_rows_read_as_timelinejs_reads_them(seed: pd.DataFrame, mixed: pd.DataFrame) -> None:
    """Each row as extractEventFromCSVObject reads it: a year, integer date parts, Media empty (TimelineJS would show
    the article page as a broken picture and request it), links only in Text, the template's columns."""
    sheet = str(render(pd.concat([seed, mixed], ignore_index=True), "timelinejs-csv"))
    rows = list(csv.DictReader(io.StringIO(sheet, newline="")))
    assert tuple(rows[0]) == SHEET_COLUMNS and len(rows) == 12
    for row in rows:
        row = {k: v.strip() for k, v in row.items()}
        assert row["Year"] and all(_INTEGER.match(row[k]) for k in ("Year", "Month", "Day", "End Year", "End Month",
                                                                      "End Day"))
        assert row["Media"] == row["Media Thumbnail"] == "" and row["Type"] in ("", "title", "era")
    referendum = next(r for r in rows if r["Group"] == "other")
    assert '<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">wire</a>' in referendum["Text"]


@pytest.mark.parametrize("args,expected", [
    ((date(2001, 1, 1), date(2100, 12, 31), "century", "21", None), "the 21st century"),
    ((date(1901, 1, 1), date(2000, 12, 31), "century", "20", None), "the 20th century"),
    ((date(2101, 1, 1), date(2200, 12, 31), "century", "22", None), "the 22nd century"),
    ((date(1001, 1, 1), date(1100, 12, 31), "century", "11", None), "the 11th century"),
])
def test_centuries_have_their_ordinals(args: tuple, expected: str) -> None:  # type: ignore[type-arg]
    from timeline.display import display_date

    assert display_date(*args) == expected
