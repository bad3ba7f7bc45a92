"""Corpus-scale ingest: the local engine against the Dask engine with 1 and 2 workers, and the merge at two sizes.

    .venv/bin/python benchmarks/corpus.py [--articles 10000 100000] [--speed-at N] [--engines local dask1 dask2]

The corpus is made from the real-news articles (both parts) and the development set: each synthetic article is one of
them with its publication date moved forward by up to N/100 days (a stream of about 100 articles a day, so a larger
corpus covers a longer time at the same density, as a news stream does; the years written in its text move with
it), its countries and cities swapped for others (so events land on other dates, between other parties, in other
places, and overlap in new ways), and a line of its own (a new text). It is written as JSON Lines shards of 1,000
articles, streamed.

At the ``--speed-at`` size (default: the first) every engine of ``--engines`` runs, each in a fresh process: articles
and words per second of extraction (the local engine: the whole ingest, merge and SQLite included), the speed-up of
each Dask run over one worker, and the peak memory (RSS) of each worker process. At the other sizes the Dask engine
runs with the most workers asked for: its memory per worker, which stays flat as the corpus grows, and the merge
(seconds and microseconds per report, which stay about flat for a near-linear merge). Cluster start-up is left out
of the timings and printed apart. The machine's load average is printed before and after: on a shared machine the
speed-up of 2 workers over 1 is only meaningful when the load is well under the number of cores.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.article import read_article  # noqa: E402
from timeline.corpus import PART_SIZE  # noqa: E402

BASES = [ROOT / "tests/data/realnews/dev", ROOT / "tests/data/realnews/heldout", ROOT / "tests/data/devset"]
SHARD = 1000
COUNTRIES = ["Russia", "Ukraine", "Israel", "Iran", "Qatar", "Egypt", "Turkey", "India", "Pakistan", "Armenia",
             "Azerbaijan", "Sudan", "Ethiopia", "Serbia", "Kosovo", "Colombia", "Venezuela", "Yemen", "Syria",
             "Lebanon", "Saudi Arabia", "Oman", "Rwanda", "Kenya", "Norway"]
CITIES = ["Istanbul", "Doha", "Geneva", "Cairo", "Riyadh", "Jeddah", "Muscat", "Vienna", "Oslo", "Rome", "Washington",
          "Addis Ababa", "Nairobi", "Baku", "Abu Dhabi", "Brussels"]
_YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")
_NAMES = re.compile(r"\b(" + "|".join(map(re.escape, sorted(COUNTRIES + CITIES, key=len, reverse=True))) + r")\b")


def write_corpus(folder: Path, n: int, seed: int = 13) -> int:
    """Write ``n`` varied articles as JSON Lines shards; returns their words."""
    bases = [read_article(p) for d in BASES for p in sorted(d.glob("*.md"))]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    handle = None
    for i in range(n):
        if i % SHARD == 0:
            if handle:
                handle.close()
            handle = (folder / f"shard-{i // SHARD:04d}.jsonl").open("w", encoding="utf-8")
        base = bases[rng.randrange(len(bases))]
        moved = (base.published or date(2025, 1, 1)) + timedelta(days=rng.randrange(max(30, n // 100)))
        years = moved.year - (base.published or moved).year
        names = dict(zip(COUNTRIES, rng.sample(COUNTRIES, len(COUNTRIES))))
        names.update(zip(CITIES, rng.sample(CITIES, len(CITIES))))
        text = _YEAR.sub(lambda m: str(int(m.group(1)) + years), base.text)
        text = _NAMES.sub(lambda m: names[m.group(1)], text) + f"\n(Report {i}.)\n"
        published = moved.isoformat() if base.published else None
        words += len(text.split())
        assert handle is not None
        handle.write(json.dumps({"text": text, "published": published, "source": base.source, "url": base.url,
                                 "title": base.title, "id": f"synthetic-{i}"}) + "\n")
    if handle:
        handle.close()
    return words


def run_local(corpus: Path, work: Path) -> dict[str, Any]:
    """The local engine: Store.iter_ingest of the whole corpus (extraction, merge, SQLite)."""
    from timeline.store import Store

    started = time.perf_counter()
    results = list(Store(work / "local.db").iter_ingest([corpus]))
    return {"extract_s": time.perf_counter() - started, "articles": len(results),
            "peak_mb": [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]}


def part_size(articles: int) -> int:
    """Articles per task: the engine's 500, fewer for small corpora so that two workers get 40 parts to share (the
    same at every size of a run: ``articles`` is the smallest, so memory per worker compares like with like)."""
    return max(10, min(PART_SIZE, articles // 40))


def run_dask(corpus: Path, work: Path, workers: int, articles: int) -> dict[str, Any]:
    """The Dask engine on a LocalCluster of ``workers``: extraction, merge and load timed apart."""
    from timeline.engine.dask_engine import DaskEngine
    from timeline.engine.work import load_store
    from timeline.store import Store

    def peak() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    started = time.perf_counter()
    with DaskEngine(workers=workers, part_size=part_size(articles)) as engine:
        engine.client.wait_for_workers(workers)
        up = time.perf_counter() - started
        started = time.perf_counter()
        results = list(engine.extract([corpus], work / "out"))
        extracted = time.perf_counter() - started
        extract_mb = list(engine.client.run(peak).values())
        started = time.perf_counter()
        merged = engine.merge(work / "out")
        merge_s = time.perf_counter() - started
        merge_mb = list(engine.client.run(peak).values())
    started = time.perf_counter()
    load_store(work / "out", Store(work / "dask.db"))
    return {"startup_s": up, "extract_s": extracted, "articles": len(results), "peak_mb": extract_mb,
            "merge_s": merge_s, "merge_peak_mb": merge_mb, "reports": merged.reports, "events": merged.events,
            "largest_block": merged.largest_block, "load_s": time.perf_counter() - started}


def measure(engine: str, corpus: Path, articles: int) -> dict[str, Any]:
    """One engine in a fresh process (clean memory figures)."""
    with tempfile.TemporaryDirectory() as work:
        run = subprocess.run([sys.executable, __file__, "--measure", engine, str(corpus), work, str(articles)],
                             capture_output=True, text=True)
    if run.returncode != 0:  # the child's own error, not the parent's traceback about it
        problem = [line for line in run.stderr.splitlines() if not line.startswith(("INFO", "WARNING", " "))]
        raise SystemExit(f"{engine} at {articles:,} articles failed (exit {run.returncode}):\n" + "\n".join(problem[-15:]))
    return dict(json.loads(run.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--speed-at", type=int, help="the size at which every engine runs (default: the first)")
    parser.add_argument("--engines", nargs="+", default=["local", "dask1", "dask2"])
    parser.add_argument("--measure", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        engine, corpus, work, articles = args.measure
        figures = run_local(Path(corpus), Path(work)) if engine == "local" else \
            run_dask(Path(corpus), Path(work), int(engine.removeprefix("dask")), int(articles))
        print(json.dumps(figures))
        return
    speed_at = args.speed_at or args.articles[0]
    widest = max((e for e in args.engines if e.startswith("dask")), key=lambda e: int(e[4:]), default="dask2")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cpus")
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for size in sorted(set(args.articles) | {speed_at}):
            corpus = Path(scratch) / f"corpus-{size}"
            words = write_corpus(corpus, size)
            for engine in (args.engines if size == speed_at else [widest]):
                figures = measure(engine, corpus, min(args.articles))
                rows.append((size, engine, words, figures))
    one = {size: f["extract_s"] for size, engine, _, f in rows if engine == "dask1"}
    print()
    print(f"parts of {part_size(min(args.articles))} articles")
    print("| articles | engine | start-up s | extraction s | articles/s | words/s | x 1 worker | peak MB per worker "
          "(extraction) | merge s | reports | events | largest block | merge us/report | peak MB per worker "
          "(merge) | load s |")
    print("|" + "---|" * 15)
    for size, engine, words, f in rows:
        rate = f["articles"] / f["extract_s"]
        speedup = f"{one[size] / f['extract_s']:.2f}" if size in one and engine != "local" else ""
        merge = (f"{f['merge_s']:.1f} | {f['reports']:,} | {f['events']:,} | {f['largest_block']:,} | "
                 f"{1e6 * f['merge_s'] / max(1, f['reports']):.0f} | {max(f['merge_peak_mb']):.0f} | "
                 f"{f['load_s']:.1f}") if "merge_s" in f else "(in the ingest) | | | | | |"
        print(f"| {size:,} | {engine} | {f.get('startup_s', 0):.1f} | {f['extract_s']:.1f} | {rate:.1f} | "
              f"{words / f['extract_s']:,.0f} | {speedup} | {' / '.join(f'{m:.0f}' for m in f['peak_mb'])} | "
              f"{merge} |")
    print()
    words_of = {size: words for size, _, words, _ in rows}
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cpus; words: "
          + ", ".join(f"{words:,} in {size:,} articles" for size, words in words_of.items()))


if __name__ == "__main__":
    main()
