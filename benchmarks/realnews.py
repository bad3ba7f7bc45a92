"""Event extraction on real published news: recall, precision and actors on the development and held-out parts.

    .venv/bin/python benchmarks/realnews.py [--listings]

The corpus is ``tests/data/realnews/`` (close paraphrases of real articles, gold written before the extractor ran;
``GUIDE.md`` says how). Scoring is ``timeline.events.evaluate``: a dated row matches a gold row when its interval
lies inside the gold window and its type is acceptable; precision also needs an acceptable status. Both parts are
scored; ``--listings`` prints the misses, false alarms, status and actor errors of the development part only: the
held-out part is read as figures, never studied.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

import timeline  # noqa: E402
from timeline.events.evaluate import EventScore, load_gold, score  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "realnews"
PARTS = ("dev", "heldout")
#: Targets of issue 10, on each part.
TARGETS = {"recall": 0.92, "precision": 0.90, "actors": 0.90}


def run(part: str, corpus: Path = CORPUS) -> dict[str, EventScore]:
    """Every article of one part, scored; listings carry an ``article`` column."""
    out: dict[str, EventScore] = {}
    for path in sorted((corpus / part).glob("*.md")):
        result = score(load_gold(path.with_suffix(".csv")), timeline.extract(path))
        for frame in (result.misses, result.false_alarms, result.wrong_status, result.wrong_actors):
            frame.insert(0, "article", path.stem[:40])
        out[path.stem] = result
    return out


def total(scores: dict[str, EventScore]) -> EventScore:
    values = list(scores.values())
    out = values[0]
    for s in values[1:]:
        out = out + s
    return out


def render(totals: dict[str, tuple[int, EventScore]]) -> str:
    head = (f"{'part':8} {'articles':>8} {'gold':>5} {'dated rows':>10} {'recall':>8} {'precision':>10} "
            f"{'actors':>8}")
    lines = [head, "-" * len(head)]
    for part, (n, s) in totals.items():
        lines.append(f"{part:8} {n:8d} {s.required:5d} {s.system:10d} {s.recall:8.1%} {s.precision:10.1%} "
                     f"{s.actor_rate:8.1%}")
    lines.append(f"{'target':8} {'':8} {'':5} {'':10} {TARGETS['recall']:8.0%} {TARGETS['precision']:10.0%} "
                 f"{TARGETS['actors']:8.0%}")
    detail = [f"  {part}: found {s.found}/{s.required} required gold rows; {s.right}/{s.system} dated rows right; "
              f"actors {s.actor_right}/{s.actor_rows}" for part, (_, s) in totals.items()]
    return "\n".join(lines + detail)


def _short(value: object, width: int) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def listings(s: EventScore) -> str:
    """The development part's misses, false alarms, status and actor errors, one line each."""
    def day(row: tuple[object, ...], a: str, b: str) -> str:
        return f"{pd.Timestamp(getattr(row, a)):%Y-%m-%d}..{pd.Timestamp(getattr(row, b)):%Y-%m-%d}"

    out = [f"MISSES ({len(s.misses)})"]
    out += [f"  {r.article:40} {day(r, 'window_start', 'window_end')} {'|'.join(r.types):18} "
            f"{'|'.join(r.status):18} {r.date_text!r} <- {_short(r.evidence, 50)}" for r in s.misses.itertuples()]
    out += ["", f"FALSE ALARMS ({len(s.false_alarms)})"]
    out += [f"  {r.article:40} {day(r, 'date_start', 'date_end')} {r.event_type!s:10} {r.status!s:12} "
            f"{r.date_text!r} <- {_short(r.sentence, 80)}" for r in s.false_alarms.itertuples()]
    out += ["", f"STATUS ERRORS ({len(s.wrong_status)})"]
    out += [f"  {r.article:40} gold {r.gold_event:<3} {r.event_type!s:10} {r.status!s:12} want {r.gold_status:18} "
            f"{r.date_text!r}" for r in s.wrong_status.itertuples()]
    out += ["", f"ACTOR ERRORS ({len(s.wrong_actors)})"]
    out += [f"  {r.article:40} gold {r.gold_event:<3} {r.event_type!s:10} has {_short(r.actors, 40)!r:42} "
            f"want {_short(r.gold_actors, 50)}" for r in s.wrong_actors.itertuples()]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", action="store_true", help="print the development part's errors")
    args = parser.parse_args(argv)
    results = {part: run(part) for part in PARTS}
    print(render({part: (len(r), total(r)) for part, r in results.items()}))
    if args.listings:
        print()
        print(listings(total(results["dev"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
