"""The Dask engine's cross-article merge as the corpus grows, without extracting each corpus again:

    .venv/bin/python benchmarks/merge_scaling.py [--base 1000] [--articles 10000 100000] [--workers 2] [--spread]

A base corpus of ``--base`` articles (``benchmarks/corpus.py``'s generator: real-news and development articles with
moved dates, swapped countries and cities) is extracted once on the Dask engine. A corpus of N articles is then
N / base copies of its documents and reports, copy k published k * SHIFT_DAYS days after the base (every date of its
reports moved with it, its ids made its own), so copies overlap in time as a news stream's days do. The base's own
articles span years of publication, so copies 10 days apart pile up: the articles a day (printed) grow with N, and
with them the events each report is judged against (many articles about the same years). With ``--spread`` copy k
is published k base spans later instead: the articles a day stay the base's (a longer stream). Each corpus is merged by the Dask engine on a fresh LocalCluster
(``DaskEngine.merge``): seconds, microseconds a report (flat for a near-linear merge), blocks, the largest block,
merge groups, and the peak memory (RSS) of each worker, which stays flat when no group outgrows
``MAX_GROUP_REPORTS``. Printed as a table.
"""

from __future__ import annotations

import argparse
from bisect import bisect_left, bisect_right
from collections import defaultdict
import os
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import write_corpus  # noqa: E402
from timeline.engine.dask_engine import DaskEngine  # noqa: E402
from timeline.engine.layout import DOCUMENTS, REPORTS, files, from_arrow, read_file, write_part  # noqa: E402

#: Days between one copy of the base corpus and the next.
SHIFT_DAYS = 10
#: Id columns made each copy's own, and the date columns moved with it.
ID_COLUMNS = ("mention_id", "event_id", "doc_id", "anchor_event_id")
DATE_COLUMNS = ("date_start", "date_end", "published")


def _moved(day: str | None, days: int) -> str | None:
    """An ISO day ``days`` later, within the calendar (None stays None)."""
    if not day:
        return day
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except OverflowError:
        return day


def copy_corpus(base: Path, out: Path, copies: int, shift: int = SHIFT_DAYS) -> float:
    """Write ``copies`` copies of the extracted ``base`` folder's documents and reports into ``out``, copy k
    ``shift`` x k days later; returns the articles a day around a dated article (the median, over the articles, of
    those published within 15 days of it, over 31 days): the density a report meets."""
    parts: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: {DOCUMENTS: [], REPORTS: []})
    for table in (DOCUMENTS, REPORTS):
        for path in files(base, table):
            parts[path.name][table].extend(from_arrow(read_file(path)))
    names = sorted(parts)
    inputs = 1 + max(row["input_file"] for part in parts.values() for row in part[DOCUMENTS])
    for k in range(copies):
        for number, name in enumerate(names):
            moved = {table: [_copy(row, k, inputs, shift) for row in rows] for table, rows in parts[name].items()}
            write_part(out, moved[DOCUMENTS], moved[REPORTS], k * len(names) + number)
    days = sorted(date.fromisoformat(row["published"]).toordinal() + k * shift for k in range(copies)
                  for part in parts.values() for row in part[DOCUMENTS] if row["published"])
    around = sorted(bisect_right(days, day + 15) - bisect_left(days, day - 15) for day in days)
    return around[len(around) // 2] / 31 if around else 0.0


def _copy(row: dict[str, Any], k: int, inputs: int, shift: int) -> dict[str, Any]:
    """Copy k of a row: its own corpus place and ids, its dates ``shift`` x k days later."""
    row = dict(row, input_file=row["input_file"] + k * inputs)
    for column in ID_COLUMNS:
        if row.get(column):
            row[column] = f"c{k}-{row[column]}"
    for column in DATE_COLUMNS:
        if column in row:
            row[column] = _moved(row[column], k * shift)
    return row


def span(base: Path) -> int:
    """Days from the first to the last publication day of the extracted ``base`` folder's documents, plus one."""
    days = [date.fromisoformat(row["published"]).toordinal() for path in files(base, DOCUMENTS)
            for row in from_arrow(read_file(path)) if row["published"]]
    return max(days) - min(days) + 1


def merge(out: Path, workers: int) -> dict[str, Any]:
    """The Dask engine's merge of ``out`` on a fresh LocalCluster: its summary, seconds and worker peaks."""
    def peak() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    with DaskEngine(workers=workers) as engine:
        engine.client.wait_for_workers(workers)
        before = list(engine.client.run(peak).values())
        started = time.perf_counter()
        summary = engine.merge(out)
        seconds = time.perf_counter() - started
        after = list(engine.client.run(peak).values())
    return {"summary": summary, "seconds": seconds, "idle_mb": before, "peak_mb": after}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=1000)
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--spread", action="store_true", help="copies a base span apart: the articles a day stay")
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cpus")
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        corpus, base = Path(scratch) / "corpus", Path(scratch) / "base"
        write_corpus(corpus, args.base)
        started = time.perf_counter()
        with DaskEngine(workers=args.workers) as engine:
            for _ in engine.extract([corpus], base):
                pass
        print(f"base corpus of {args.base:,} articles extracted in {time.perf_counter() - started:.0f} s")
        shift = span(base) if args.spread else SHIFT_DAYS
        for n in args.articles:
            out = Path(scratch) / f"copies-{n}"
            started = time.perf_counter()
            per_day = copy_corpus(base, out, max(1, n // args.base), shift)
            written = time.perf_counter() - started
            result = merge(out, args.workers)
            rows.append((n, per_day, result))
            print(f"  {n:,} articles: copies written in {written:.0f} s, merged in {result['seconds']:.1f} s",
                  flush=True)
    print()
    print("| articles | articles a day | reports | events | blocks | largest block | groups | merge s | us/report | "
          "worker MB idle | worker MB peak |")
    print("|" + "---|" * 11)
    for n, per_day, r in rows:
        s = r["summary"]
        print(f"| {n:,} | {per_day:.0f} | {s.reports:,} | {s.events:,} | {s.blocks:,} | {s.largest_block:,} | "
              f"{s.groups} | {r['seconds']:.1f} | {1e6 * r['seconds'] / max(1, s.reports):.0f} | "
              f"{' / '.join(f'{m:.0f}' for m in r['idle_mb'])} | {' / '.join(f'{m:.0f}' for m in r['peak_mb'])} |")
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cpus; "
          f"copy k of the base is published {shift:,} x k days later")


if __name__ == "__main__":
    main()
