"""Does tagging time grow linearly with the input? 1 MB against 10 MB of adversarial text, on one core.

    .venv/bin/python benchmarks/scaling.py [--sizes 1 10]

Each kind of text is built to provoke super-linear regex or splitter behaviour: long digit runs, month names repeated
without end, words with no spaces, random Unicode, runs of full stops, and a real article repeated. The table gives the
seconds per MB at each size and their ratio; a ratio near 1 is linear, near 10 (for 1 vs 10 MB) is quadratic.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

from speed import SEED, pin_to_one_core  # noqa: E402  (benchmarks/speed.py, beside this file)

from timeline.article import read_article  # noqa: E402
from timeline.temporal import tag  # noqa: E402

MB = 1_000_000


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _random_unicode(size: int) -> str:
    rng = random.Random(3)
    alphabet = [chr(c) for c in rng.sample(range(0x20, 0x3000), 600)] + list(" .,-'0123456789\n")
    return "".join(rng.choice(alphabet) for _ in range(size))


#: Kind of text -> a builder of ``size`` characters of it.
KINDS: dict[str, Callable[[int], str]] = {
    "digit runs": lambda n: _repeat("1" * 5000 + " 2025 ", n),
    "months repeated": lambda n: _repeat("May June July 2025 early March the 16th of May ", n),
    "no spaces": lambda n: _repeat("MayJune2025fiftydaysLastMonday,thecomingweek-", n),
    "random unicode": _random_unicode,
    "full stops": lambda n: _repeat("." * 3000 + "x. A ", n),
    "article repeated": lambda n: _repeat(read_article(SEED).text, n),
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    tag(text, date(2025, 7, 20))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(1, 10), metavar=("SMALL", "LARGE"),
                        help="the two sizes in MB (default: 1 10)")
    small, large = parser.parse_args(argv).sizes
    print(pin_to_one_core())
    tag("Warm up on Monday.", date(2025, 7, 20))
    print(f"{'text':18} {f'{small} MB s':>9} {f'{large} MB s':>9} {'s/MB small':>11} {'s/MB large':>11} {'ratio':>6}")
    for name, build in KINDS.items():
        low, high = seconds(build(small * MB)), seconds(build(large * MB))
        per_low, per_high = low / small, high / large
        print(f"{name:18} {low:9.2f} {high:9.2f} {per_low:11.3f} {per_high:11.3f} {per_high / per_low:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
