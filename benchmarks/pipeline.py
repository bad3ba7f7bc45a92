"""The whole extraction, parse included: words per second on one core, and the time to a first article.

    .venv/bin/python benchmarks/pipeline.py [--repeat 5]

Text: the real-news corpus (tests/data/realnews, both parts), every article extracted ``--repeat`` times after a
warm-up, in one process pinned to one core, timed in CPU seconds (a busy machine moves them less than wall time).
Start-up: a fresh ``python -c "import timeline; timeline.extract(<a three-sentence article>)"``, wall time, median of
three runs, and the same with only ``import timeline``. Targets: >= 10,000 words/s; <= 2 s to the first article.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from timeline.article import read_article  # noqa: E402
from timeline.events import extract_events  # noqa: E402
from timeline.syntax_model import model_info  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "realnews"
SHORT = ("---\\npublished: 2025-07-20\\n---\\nRussia and Ukraine held talks in Istanbul in May. Trump threatened "
         "sanctions last Monday. Zelensky proposed talks in the coming week.\\n")


def words_per_second(repeat: int) -> tuple[int, float]:
    """Words extracted and CPU seconds for the corpus, ``repeat`` times over."""
    articles = [read_article(p) for p in sorted(CORPUS.glob("*/*.md"))]
    extract_events(articles[0])  # the pipeline loaded, the rules compiled
    words = sum(len(a.text.split()) for a in articles) * repeat
    start = time.process_time()
    for _ in range(repeat):
        for article in articles:
            extract_events(article)
    return words, time.process_time() - start


def start_up(code: str) -> float:
    """Median wall seconds of three fresh processes running ``code``."""
    times = []
    for _ in range(3):
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="times the corpus is extracted (default 5)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    info = model_info()
    words, seconds = words_per_second(args.repeat)
    first = start_up(f"import timeline; timeline.extract(text='{SHORT}')")
    bare = start_up("import timeline")
    print(f"pipeline: {info.name} {info.version} ({info.source}); load {os.getloadavg()[0]:.1f}")
    print(f"{'measure':34} {'value':>12} {'target':>10}")
    print(f"{'words extracted':34} {words:12,d}")
    print(f"{'CPU seconds':34} {seconds:12.2f}")
    print(f"{'words/s on one core':34} {words / seconds:12,.0f} {'>= 10,000':>10}")
    print(f"{'import timeline (s)':34} {bare:12.2f}")
    print(f"{'import + first short article (s)':34} {first:12.2f} {'<= 2':>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
