"""Exports safe where they are opened: no script runs from a TimelineJS page, no formula runs in a spreadsheet, and
a cell holding a line break stays one cell. Hostile values come in through real articles (front matter and text)."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

import timeline
from timeline.article import parse_article
from timeline.export import render
from timeline.export.safe import html_text, link, safe_url, spreadsheet_cell

HOSTILE = ('---\ntitle: t\npublished: 2025-07-20\nsource: <img src=x onerror=alert(1)>"paper\n'
           'url: javascript:alert(document.cookie)\n---\n'
           '<script>alert(1)</script> Talks resumed in Geneva on Monday.\n')


@pytest.fixture(scope="module")
def hostile() -> pd.DataFrame:
    table = timeline.extract(parse_article(HOSTILE))
    assert len(table) == 1
    return table


def test_timelinejs_json_escapes_text_and_drops_script_links(hostile: pd.DataFrame) -> None:
    slide = json.loads(render(hostile, "timelinejs"))["events"][0]
    text = slide["text"]["text"]
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;&quot;paper" in text
    assert "javascript:" not in text and "<a " not in text  # the link is dropped, its label kept as text


def test_timelinejs_links_are_attribute_escaped() -> None:
    assert link('https://example.org/a?b=1&c="x"', "Paper") == \
        '<a href="https://example.org/a?b=1&amp;c=&quot;x&quot;">Paper</a>'
    assert [safe_url(u) for u in ("HTTPS://ok.example/x", "javascript:alert(1)", "data:text/html,x", "//host/x",
                                   "file:///etc/passwd", " http://ok.example ")] == [
        "HTTPS://ok.example/x", None, None, None, None, "http://ok.example"]
    assert html_text(None) == "" and html_text(pd.NA) == "" and html_text("a'b") == "a&#x27;b"


def test_timelinejs_csv_neutralises_and_escapes_and_has_no_media(hostile: pd.DataFrame) -> None:
    sheet = pd.read_csv(io.StringIO(render(hostile, "timelinejs-csv")), dtype=str, keep_default_na=False)
    row = sheet.iloc[0]
    assert "<script>" not in row["Text"] and "javascript:" not in row["Text"]
    assert row["Media"] == "" and row["Media Credit"] == ""  # an article URL is not a picture


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "＝1+1", "＋1", "－1",
                                  "＠SUM(A1)", " =1", "  @x", "\u00a0=1"])
def test_every_formula_start_is_neutralised(cell: str) -> None:
    assert spreadsheet_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Talks", "2025-07-20", "a=b", "", "'already"])
def test_plain_cells_pass(cell: str) -> None:
    assert spreadsheet_cell(cell) == cell


def test_csv_quotes_line_breaks_so_rows_read_back_whole() -> None:
    text = "Envoys met in Geneva on Monday.\rThey met again in Doha on Tuesday.\r\n+The sides will meet on Friday."
    table = timeline.extract(parse_article(f"---\npublished: 2025-07-20\n---\n{text}\n"))
    rendered = render(table.assign(summary="line one\rline two"), "csv")
    assert isinstance(rendered, str)
    rows = list(csv.reader(io.StringIO(rendered, newline="")))
    assert len(rows) == len(table) + 1 and all(len(r) == len(rows[0]) for r in rows)
    back = pd.read_csv(io.StringIO(rendered, newline=""), dtype=str)
    assert len(back) == len(table) and set(back["summary"]) == {"line one\rline two"}
