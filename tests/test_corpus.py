"""Corpus input: article files, JSON Lines and Parquet records, in one order, streamed, cut into parts that read the
same items as the whole; a bad record is a failed item and the rest goes on, in the store as on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline.corpus import plan, read_corpus, read_part
from timeline.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = "Russia and Ukraine held talks in Istanbul on Monday. The Kremlin said on Tuesday it would reply."


def _records(n: int) -> list[dict[str, object]]:
    return [{"text": f"{SEED_TEXT} (Report {i}.)", "published": f"2025-05-{1 + i % 28:02d}", "source": f"wire-{i}",
             "url": f"https://example.org/{i}", "title": f"Talks {i}", "id": f"n{i}"} for i in range(n)]


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_jsonl_records_become_articles_with_their_fields_and_places(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "news.jsonl", [json.dumps(r) for r in _records(3)])
    items = list(read_corpus([path]))
    assert [(i.input_file, i.input_row, i.name) for i in items] == [
        (0, 1, f"{path}:1 (n0)"), (0, 2, f"{path}:2 (n1)"), (0, 3, f"{path}:3 (n2)")]
    article = items[1].load()
    assert (article.published, article.source, article.url, article.title) == (
        date(2025, 5, 2), "wire-1", "https://example.org/1", "Talks 1")
    assert article.text.endswith("(Report 1.)")
    assert list(read_corpus([path], published=date(2025, 7, 1)))[0].load().published == date(2025, 7, 1)


def test_bad_records_are_failed_items_and_the_file_goes_on(tmp_path: Path) -> None:
    good = json.dumps({"text": SEED_TEXT, "published": "2025-05-01"})
    path = tmp_path / "news.jsonl"
    path.write_bytes("\n".join([
        good, "{not json", json.dumps([1, 2]), json.dumps({"published": "2025-05-01"}),
        json.dumps({"text": SEED_TEXT, "published": "May 2025"}), "", json.dumps({"text": SEED_TEXT + "\x00"}),
    ]).encode() + b"\n\xff\xfe\n" + good.encode())
    outcomes = []
    for item in read_corpus([path]):
        try:
            outcomes.append((item.input_row, item.load().published))
        except Exception as exc:  # noqa: BLE001 - each bad line's message is checked below
            outcomes.append((item.input_row, str(exc)))
    assert outcomes == [
        (1, date(2025, 5, 1)),
        (2, f"{path}:2: is not JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"),
        (3, f"{path}:3: is not a JSON object with a 'text' field"),
        (4, f"{path}:4: has no text (a record needs a non-empty 'text' field)"),
        (5, f"{path}:5: published date 'May 2025' is not an ISO date (YYYY-MM-DD)"),
        (7, f"{path}:7: has a NUL character in its text (binary data, not text)"),
        (8, f"{path}:8: is not UTF-8 text (bad byte at offset 0)"),
        (9, date(2025, 5, 1)),
    ]


def test_parquet_records_are_read_by_row_group_with_any_date_type(tmp_path: Path) -> None:
    records = _records(7)
    table = pa.table({"text": [r["text"] for r in records],
                      "published": pa.array([date.fromisoformat(str(r["published"])) for r in records]),
                      "source": [r["source"] for r in records], "extra": list(range(7))})
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=3)
    parts = plan([path])
    assert [p.row_group for p in parts] == [0, 1, 2]
    items = [i for p in parts for i in read_part(p)]
    assert [(i.input_row, i.name) for i in items] == [(n, f"{path}:{n}") for n in range(1, 8)]
    assert [i.load().published for i in items] == [date(2025, 5, 1 + n) for n in range(7)]
    assert items[6].load().source == "wire-6"
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "wrong.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    messages = []
    for name in ("wrong.parquet", "broken.parquet", "missing.parquet"):
        with pytest.raises(Exception) as failed:
            [item] = read_corpus([tmp_path / name])
            item.load()
        messages.append(str(failed.value))
    assert messages[0] == f"{tmp_path / 'wrong.parquet'}: has no 'text' column (a corpus has text, published, " \
                          "source, url, title, id)"
    assert messages[1].startswith(f"{tmp_path / 'broken.parquet'}: is not a readable Parquet file (")
    assert messages[2] == f"{tmp_path / 'missing.parquet'}: no such file"


@pytest.mark.parametrize("part_size", [1, 2, 3, 4, 10])
def test_parts_read_the_same_items_in_the_same_order_as_the_whole(tmp_path: Path, part_size: int) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(5):
        (articles / f"{i}.md").write_text(f"---\npublished: 2025-05-0{i + 1}\n---\n{SEED_TEXT} ({i})\n")
    lines = [json.dumps(r) for r in _records(7)]
    lines.insert(3, "")
    _jsonl(tmp_path / "a.jsonl", lines)
    (tmp_path / "b.jsonl").write_text("\n".join(lines))  # no newline at the end
    _jsonl(tmp_path / "c.jsonl", lines[:part_size])      # ends exactly at a cut
    inputs = [articles, tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"]

    def seen(items: object) -> list[tuple[int, int, str]]:
        return [(i.input_file, i.input_row, i.name) for i in items]  # type: ignore[attr-defined]

    whole = seen(read_corpus(inputs))
    assert len(whole) == 5 + 7 + 7 + min(part_size, 8) - (1 if part_size >= 4 else 0)
    assert seen(i for p in plan(inputs, part_size) for i in read_part(p)) == whole
    assert len(plan(inputs, part_size)) >= 4


def test_the_store_and_the_command_line_ingest_records_and_report_bad_ones(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "news.jsonl", [json.dumps(r) for r in _records(2)] + ["{oops"])
    results = list(Store(tmp_path / "a.db").iter_ingest([path]))
    assert [(r.path, r.status) for r in results] == [
        (f"{path}:1 (n0)", "added"), (f"{path}:2 (n1)", "added"), (f"{path}:3", "failed")]
    documents = Store(tmp_path / "a.db").documents()
    assert list(documents["path"]) == [f"{path}:1 (n0)", f"{path}:2 (n1)"]
    assert list(documents["source"]) == ["wire-0", "wire-1"]
    run = subprocess.run([sys.executable, "-m", "timeline.cli", "ingest", str(tmp_path), "--db",
                          str(tmp_path / "b.db")], capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert f"added: {path}:1 (n0) (" in run.stdout
    assert f"failed: {path}:3: is not JSON (" in run.stderr
    assert run.stderr.strip().endswith("2 added, 0 unchanged, 1 failed")
