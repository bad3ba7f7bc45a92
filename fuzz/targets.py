"""What the campaign feeds: each target is a hypothesis test over one of the strategies, asserting what must hold
for any input. A target fails only on a real fault: an exception the user would see as a traceback, or a broken
invariant (a date outside the calendar, a span outside the text, an export that reads back wrong or runs script)."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from fuzz import strategies as s
from timeline.article import Article, article_from_bytes, parse_article
from timeline.errors import ArticleError, StoreError
from timeline.export import FORMATS, render
from timeline.extract import extract
from timeline.schema import EVENT_COLUMNS, to_frame
from timeline.store import Store
from timeline.temporal import tag

ROOT = Path(__file__).resolve().parents[1]
#: The articles store operations draw from: the seed, two development articles and one hostile article.
POOL = [ROOT / "seeds" / "000_d94f917fde063f95.txt", ROOT / "tests" / "data" / "devset" / "02_us_iran_nuclear_rome.md",
        ROOT / "tests" / "data" / "merge" / "wednesday_wire.md"]
HOSTILE = "<script>alert(1)</script> Talks resumed on Monday; =1+1 within 99999999 days, 5,000 years ago.\n"
#: Settings for the test suite's short runs (slow targets fewer); the campaign (``python -m fuzz``) feeds the same
#: targets for longer.
QUICK = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(QUICK, max_examples=12)


def check_table(table: pd.DataFrame, text: str | None = None) -> None:
    """What any event table must satisfy: the schema's columns, ordered intervals, offsets inside the text."""
    assert tuple(table.columns) == EVENT_COLUMNS
    dated = table[table["date_start"].notna()]
    assert (dated["date_start"] <= dated["date_end"]).all()
    if text is not None and len(table):
        assert ((table["char_start"] >= 0) & (table["char_end"] <= len(text))
                & (table["char_start"] < table["char_end"])).all()


@QUICK
@given(s.ARTICLE_NAMES, s.article_bytes())
def read_and_extract(name: str, data: bytes) -> None:
    """Any uploaded or read file: a named ArticleError for what cannot be read, else a well-formed event table. An
    extractor failure (an ArticleError saying events could not be extracted) is a fault."""
    try:
        article = article_from_bytes(name, data)
    except ArticleError as exc:
        assert exc.path == name and exc.problem
        return
    try:
        table = extract(article)
    except ArticleError as exc:
        raise AssertionError(f"the extractor failed: {exc}") from exc
    check_table(table, article.text)


@QUICK
@given(s.TEXT, st.one_of(st.none(), s.EDGE_DATES))
def extract_text(text: str, published: date | None) -> None:
    """News-like text published on any day the calendar holds, the ends included."""
    article = Article(text=text, published=published, path="<fuzz>")
    check_table(extract(article), text)
    for timex in tag(text, published):
        assert 0 <= timex.start < timex.end <= len(text)
        if timex.value.resolved:
            assert timex.value.start is not None and timex.value.end is not None
            assert timex.value.start <= timex.value.end


#: The only markup an export may write: links to http(s) pages.
_SAFE_MARKUP = re.compile(r'<a href="https?://[^"<>]*">|</a>', re.IGNORECASE)


def _no_script(html: str) -> None:
    """Escaped text and http(s) links only: no element that runs or loads anything."""
    assert "<" not in _SAFE_MARKUP.sub("", html), html


@SLOW
@given(s.hostile_tables())
def exports(rows: list[dict[str, Any]]) -> None:
    """Every export of a table with hostile cells reads back whole with its consumer and runs no script."""
    table = to_frame(rows)
    for fmt in FORMATS:
        content = render(table, fmt)
        if fmt == "csv":
            assert isinstance(content, str)
            back = list(csv.reader(io.StringIO(content, newline="")))
            assert len(back) == len(table) + 1
            cells = [cell for row in back[1:] for cell in row]
            assert not any(cell[:1] in "=+-@\t\r\n＝＋－＠" for cell in cells if cell.strip(" \u00a0")), back
        elif fmt == "timelinejs":
            assert isinstance(content, str)
            doc = json.loads(content)
            for slide in doc["events"]:
                _no_script(slide["text"]["text"])
                _no_script(slide["text"]["headline"])
        elif fmt == "timelinejs-csv":
            assert isinstance(content, str)
            sheet = pd.read_csv(io.StringIO(content, newline=""), dtype=str, keep_default_na=False)
            assert len(sheet) == int(table["date_start"].notna().sum())
            for text in sheet["Text"]:
                _no_script(text)
        elif fmt == "ics":
            assert isinstance(content, bytes)
            Calendar.from_ical(content)
        elif fmt == "parquet":
            assert isinstance(content, bytes)
            assert len(pd.read_parquet(io.BytesIO(content))) == len(table)
        elif fmt == "json":
            assert isinstance(content, str)
            assert len(json.loads(content)) == len(table)


def _articles() -> list[Article]:
    from timeline.article import read_article

    return [read_article(p) for p in POOL] + [parse_article(HOSTILE, "hostile.md")]


@SLOW
@given(s.STORE_OPS)
def store_operations(ops: list[tuple[str, int, date]]) -> None:
    """Ingests, re-dates (publication dates at the calendar's ends included) and reads on a real store file: every
    step a result or a named error, the file intact, every event backed by its mentions."""
    pool = _articles()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.db"
        store = Store(path)
        for op, index, day in ops:
            article = pool[index]
            if op == "read":
                check_table(store.events())
                continue
            published = day if op == "redate" else article.published
            try:
                result = store.ingest(article.with_published(published))
            except StoreError as exc:
                raise AssertionError(f"a healthy store refused a write: {exc}") from exc
            assert result.status in ("added", "unchanged", "redated")
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            orphans = db.execute("SELECT COUNT(*) FROM mentions WHERE event_id NOT IN (SELECT event_id FROM events)")
            assert orphans.fetchone()[0] == 0
            empty = db.execute("SELECT COUNT(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM mentions)")
            assert empty.fetchone()[0] == 0
            counts = db.execute("SELECT e.mention_count, COUNT(DISTINCT m.doc_id) FROM events e JOIN mentions m "
                                "USING (event_id) GROUP BY e.event_id").fetchall()
            assert all(a == b for a, b in counts)


#: Target name -> the hypothesis test (its ``.hypothesis.fuzz_one_input`` takes raw bytes).
TARGETS: dict[str, Callable[..., None]] = {
    "read and extract an article file": read_and_extract,
    "extract news-like text on any day": extract_text,
    "export hostile tables": exports,
    "store operations": store_operations,
}
