"""Does extraction time grow linearly with the input, whatever the input? Seconds per MB at 0.1, 1 and 10 MB.

    .venv/bin/python benchmarks/scaling.py [--sizes 0.1 1 10] [--kinds NAME ...]

Each kind of text is built to provoke super-linear work in the splitter, the tagger or the event extractor: a real
article repeated, one line with no punctuation (one endless sentence), "talks on Monday, " repeated (a date and a
trigger every 17 characters), digits with slashes, an HTML page (read by trafilatura, then extracted), long digit
runs, month names without end, words with no spaces, random Unicode and runs of full stops. Every size runs the whole
pipeline (``timeline.extract``: sentences, temporal expressions, events, the table) on one core, in a fresh process
per kind (warmed up first), timed in CPU seconds so that a busy machine moves the figures less. The table gives
CPU seconds per MB at each size, the ratio of the largest size's to the
smallest's (about 1 is linear, 100 would be quadratic for 0.1 -> 10 MB; the target is <= 1.5), events found, and
the process's peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from timeline.article import Article, article_from_bytes, read_article  # noqa: E402
from timeline.extract import extract  # noqa: E402

SEED = ROOT / "seeds" / "000_d94f917fde063f95.txt"
MB = 1_000_000
PUBLISHED = date(2025, 7, 20)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _seed_text() -> str:
    return read_article(SEED).text


def _one_line(size: int) -> str:
    words = "".join(c if c.isalnum() or c.isspace() else " " for c in _seed_text()).split()
    return _repeat(" ".join(words) + " ", size)


def _random_unicode(size: int) -> str:
    rng = random.Random(3)
    alphabet = [chr(c) for c in rng.sample(range(0x20, 0x3000), 600)] + list(" .,-'0123456789\n")
    return "".join(rng.choice(alphabet) for _ in range(size))


def _html_page(size: int) -> bytes:
    """A news page: head, navigation, then the seed's paragraphs as <p> elements until ``size`` bytes."""
    paragraphs = "".join(f"<p>{line}</p>\n" for line in _seed_text().splitlines() if line.strip())
    head = ("<!doctype html><html><head><title>Kremlin cautious</title><meta property='article:published_time' "
            "content='2025-07-20'></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            "<article><h1>Kremlin cautious after the proposal</h1>\n")
    tail = "</article><footer>Scroll to Top</footer></body></html>\n"
    body = _repeat(paragraphs, max(0, size - len(head) - len(tail)))
    return (head + body[:body.rfind("</p>") + 4] + tail).encode("utf-8")


#: Kind of input -> a builder of about ``size`` bytes of it (text, or the bytes of an HTML page).
KINDS: dict[str, Callable[[int], str | bytes]] = {
    "seed repeated": lambda n: _repeat(_seed_text(), n),
    "one line, no stops": _one_line,
    "talks on Monday, x N": lambda n: _repeat("talks on Monday, ", n),
    # every count of days looks for the news it is counted from, and every member noun for the article's body
    "counts after news": lambda n: _repeat("The announcement comes just one day after Rubio said the talks had "
                                           "failed. Every member of NATO ratified the deal on Friday. ", n),
    "digits with slashes": lambda n: _repeat("12/05/2025 3/4/19 2025/07/20 1/2 07/20 ", n),
    "html page": _html_page,
    "digit runs": lambda n: _repeat("1" * 5000 + " 2025 ", n),
    "months repeated": lambda n: _repeat("May June July 2025 early March the 16th of May ", n),
    "no spaces": lambda n: _repeat("MayJune2025fiftydaysLastMonday,thecomingweek-", n),
    "random unicode": _random_unicode,
    "full stops": lambda n: _repeat("." * 3000 + "x. A ", n),
}


def _article(content: str | bytes) -> Article:
    if isinstance(content, bytes):
        return article_from_bytes("page.html", content, PUBLISHED)
    return Article(text=content, published=PUBLISHED, path="<benchmark>")


def measure(kind: str, sizes: list[float]) -> list[dict[str, float]]:
    """Run in this process: warm up, then extract each size of ``kind``; seconds, events and peak memory each."""
    extract(_article(KINDS[kind](2_000)))  # rules compiled, lexicons read
    out = []
    for size in sizes:
        content = KINDS[kind](int(size * MB))
        start = time.process_time()  # CPU time: what the work costs, not what other processes take meanwhile
        events = len(extract(_article(content)))
        seconds = time.process_time() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out.append({"mb": size, "seconds": seconds, "events": events, "peak_mb": peak})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 10], metavar="MB")
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=list(KINDS), metavar="NAME")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the child process: one kind, JSON out
    args = parser.parse_args(argv)
    if args.one:
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
        print(json.dumps(measure(args.one, args.sizes)))
        return 0
    sizes = sorted(args.sizes)
    head = "".join(f"{f'{s:g} MB s/MB':>13}" for s in sizes)
    print(f"{'input':22}{head}{'ratio':>7}{'events':>9}{'peak MB':>9}")
    worst = 0.0
    for kind in args.kinds:
        child = subprocess.run([sys.executable, __file__, "--one", kind, "--sizes", *map(str, sizes)],
                               capture_output=True, text=True)
        if child.returncode != 0:
            print(f"{kind:22} failed: {child.stderr.strip().splitlines()[-1:]}")
            continue
        rows = json.loads(child.stdout)
        per_mb = [r["seconds"] / r["mb"] for r in rows]
        ratio = per_mb[-1] / per_mb[0]
        worst = max(worst, ratio)
        cells = "".join(f"{v:13.2f}" for v in per_mb)
        print(f"{kind:22}{cells}{ratio:7.2f}{rows[-1]['events']:9d}{rows[-1]['peak_mb']:9.0f}")
    print(f"worst ratio {worst:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
