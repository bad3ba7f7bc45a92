"""The actor and place gazetteers: resource sizes, entities by kind, build time at first use, matching speed.

    .venv/bin/python benchmarks/actors.py

Build time is measured in fresh processes (the median of five), as a user meets it at the first extraction. Both
figures are CPU time of the measuring process, so that other work on a shared machine does not count.
Matching speed is ``actor_gazetteer().find`` over whole texts: the development articles of the real-news corpus
(``tests/data/realnews/dev``, never the held-out part), repeated, on one core.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections import Counter
from importlib.resources import files
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

from timeline.events.actors import actor_gazetteer, place_gazetteer  # noqa: E402
from timeline.resources import read_tsv  # noqa: E402

DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "realnews" / "dev"
RESOURCES = ("actors.tsv", "actors_world.tsv", "places.tsv", "places_world.tsv", "not_actors.tsv")
BUILD = ("import time; from timeline.events import actors; t = time.process_time(); actors.actor_gazetteer(); "
         "actors.place_gazetteer(); print(time.process_time() - t)")
#: Target of issue 10: find over whole texts.
TARGET_WORDS_PER_SECOND = 500_000


def build_seconds(runs: int = 5) -> float:
    """Median seconds to build both gazetteers in a fresh interpreter."""
    out = [float(subprocess.run([sys.executable, "-c", BUILD], capture_output=True, text=True, check=True).stdout)
           for _ in range(runs)]
    return statistics.median(out)


def words_per_second(texts: list[str], repeat: int = 20) -> tuple[int, float]:
    """Words and words per second of ``find`` over every text, ``repeat`` times (best of three rounds, in this
    process's CPU time: the machine may be shared)."""
    gazetteer = actor_gazetteer()
    words = sum(len(t.split()) for t in texts) * repeat
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(repeat):
            for text in texts:
                gazetteer.find(text)
        best = min(best, time.process_time() - start)
    return words, words / best


def main() -> int:
    folder = files("timeline.resources")
    print(f"{'resource':18} {'bytes':>10} {'rows':>7}")
    for name in RESOURCES:
        rows = len(read_tsv(name, {"places.tsv": 3, "places_world.tsv": 3, "not_actors.tsv": 1}.get(name, 6)))
        print(f"{name:18} {len(folder.joinpath(name).read_bytes()):10,d} {rows:7,d}")
    kinds: Counter[str] = Counter()
    for name in ("actors.tsv", "actors_world.tsv"):
        kinds.update(row[2] for row in read_tsv(name, 6))
    print("rows by kind: " + ", ".join(f"{k} {n:,d}" for k, n in sorted(kinds.items())))
    print(f"aliases: actors {len(actor_gazetteer().aliases):,d}, places {len(place_gazetteer().aliases):,d}")
    print(f"build at first use (median of 5 fresh processes): {build_seconds():.3f} s")
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.md"))]
    words, speed = words_per_second(texts)
    print(f"find over {len(texts)} dev articles x 20 ({words:,d} words): {speed:,.0f} words/s "
          f"(target {TARGET_WORDS_PER_SECOND:,d})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
