"""``plain_rows`` gives, without a DataFrame, exactly the rows the event table gives (``records`` of ``to_frame``):
the store and the corpus engine write them, and the engines must agree with ``extract``'s table."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.article import read_article
from timeline.events import extract_events
from timeline.schema import chronological, plain_rows, records, to_frame

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "data" / "realnews" / "dev").glob("*.md"))[:12] + sorted(
    (ROOT / "seeds").glob("*.txt"))

#: Rows at the edges of what the table holds: the calendar's first and last days, a datetime, ISO text, an undated
#: row, ties broken by article and place.
EDGES = [
    {"event_id": "first", "date_start": date(1, 1, 1), "date_end": date(9999, 12, 31), "event_type": "talks",
     "status": "planned", "precision": "day", "char_start": 5, "published": date(2025, 1, 2), "mention_count": 1},
    {"event_id": "undated", "date_start": None, "date_end": None, "event_type": "talks", "doc_id": "d"},
    {"event_id": "tie-b", "date_start": date(2025, 7, 14), "date_end": date(2025, 7, 14), "doc_id": "b",
     "char_start": 3, "event_type": "threat", "status": "occurred"},
    {"event_id": "tie-a", "date_start": date(2025, 7, 14), "date_end": date(2025, 7, 14), "doc_id": "a",
     "char_start": 40, "event_type": "deadline", "status": "deadline", "actors": "Donald Trump; Russia"},
    {"event_id": "tie-a-early", "date_start": date(2025, 7, 14), "date_end": date(2025, 7, 14), "doc_id": "a",
     "char_start": 7, "event_type": "deadline", "status": "deadline"},
    {"event_id": "timed", "date_start": datetime(2025, 5, 10, 17, 0), "date_end": "2025-05-10", "event_type":
     "ceasefire", "precision": "time", "mod": "START", "char_end": 99},
]


def table_rows(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return records(chronological(to_frame(rows)))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_an_articles_rows_are_the_tables_rows(path: Path) -> None:
    article = read_article(path)
    rows = [event.to_row(article) for event in extract_events(article)]
    random.Random(path.name).shuffle(rows)  # the order comes from the sort, not from the extractor
    assert rows and plain_rows(rows) == table_rows(rows)


def test_rows_at_the_edges_are_the_tables_rows() -> None:
    found = plain_rows(EDGES)
    assert found == table_rows(EDGES)
    assert [row["event_id"] for row in found] == ["first", "timed", "tie-a-early", "tie-a", "tie-b", "undated"]
    assert found[0]["date_start"] == "0001-01-01" and found[0]["date_end"] == "9999-12-31"
    assert found[0]["status"] == "planned" and found[0]["mention_count"] == 1
    assert found[1]["date_start"] == "2025-05-10" and found[1]["char_end"] == 99


def test_extract_and_extract_records_give_one_table() -> None:
    seed = ROOT / "seeds" / "000_d94f917fde063f95.txt"
    rows = timeline.extract_records(seed)
    assert len(rows) == 9 and rows[0]["date_start"] <= rows[-1]["date_start"]
    pd.testing.assert_frame_equal(timeline.extract(seed), to_frame(rows))
    assert records(timeline.extract(seed)) == rows


def test_an_unknown_column_is_refused_as_by_the_table() -> None:
    with pytest.raises(ValueError, match="unknown event-table columns: \\['colour'\\]"):
        plain_rows([{"event_id": "x", "colour": "red"}])
