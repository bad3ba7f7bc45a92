"""Event extraction on real published news: recall, precision and actors on the development and held-out parts.

    .venv/bin/python benchmarks/realnews.py [--listings]

The corpus is ``tests/data/realnews/`` (close paraphrases of real articles, gold written before the extractor ran;
``GUIDE.md`` says how). Scoring is ``timeline.events.evaluate``: a dated row matches a gold row when its interval
lies inside the gold window and its type is acceptable; precision also needs an acceptable status. Both parts are
scored; ``--listings`` prints the misses, false alarms, status and actor errors of the development part only: the
held-out part is read as figures, never studied. A second table gives each part's dated rows by their ``basis``
(what the date rests on, ``timeline.schema.BASES``): how many are right, and the recall and precision a reader gets
who keeps only the rows of the first bases (the clause's own date; then the sentence's; ...). A third table says
where the required gold events stand before any attachment: whether the sentence holding each one's evidence has a
date the tagger places inside its window and a lexicon word of an acceptable type (``reach``), and how many of each
kind the extractor finds. An attachment rule can only choose among what that sentence offers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

import timeline  # noqa: E402
from timeline.article import read_article  # noqa: E402
from timeline.events.triggers import find_triggers  # noqa: E402
from timeline.sentences import split_sentences  # noqa: E402
from timeline.temporal.tagger import tag  # noqa: E402
from timeline.events.evaluate import EventScore, load_gold, score  # noqa: E402
from timeline.schema import BASES  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "realnews"
PARTS = ("dev", "heldout")
#: Targets of issue 10, on each part.
TARGETS = {"recall": 0.92, "precision": 0.90, "actors": 0.90}


#: Per article: its gold table and the extractor's event table.
Pairs = dict[str, tuple[pd.DataFrame, pd.DataFrame]]


def extract_part(part: str, corpus: Path = CORPUS) -> Pairs:
    """Every article of one part with its gold (``load_gold``) and its event table (``timeline.extract``)."""
    return {path.stem: (load_gold(path.with_suffix(".csv")), timeline.extract(path))
            for path in sorted((corpus / part).glob("*.md"))}


def scored(pairs: Pairs, bases: tuple[str, ...] = BASES) -> dict[str, EventScore]:
    """Each article scored on its rows of ``bases`` (default all); listings carry an ``article`` column."""
    out: dict[str, EventScore] = {}
    for stem, (gold, table) in pairs.items():
        result = score(gold, table[table["basis"].isin(bases)])
        for frame in (result.misses, result.false_alarms, result.wrong_status, result.wrong_actors):
            frame.insert(0, "article", stem[:40])
        out[stem] = result
    return out


def run(part: str, corpus: Path = CORPUS) -> dict[str, EventScore]:
    """Every article of one part, scored."""
    return scored(extract_part(part, corpus))


def by_basis(pairs: Pairs, everything: dict[str, EventScore]) -> list[tuple[str, int, int, EventScore]]:
    """For each basis: its dated rows, how many of them are right (as ``everything``, the articles scored with every
    row, judged them), and the total score of the rows of that basis and those before it."""
    out = []
    for k, basis in enumerate(BASES):
        rows = right = 0
        for stem, (_, table) in pairs.items():
            dated = table[table["date_start"].notna()]
            wrong = pd.concat([everything[stem].false_alarms, everything[stem].wrong_status])
            key = ["sentence", "date_text", "event_type", "date_start", "actors"]  # a row, as the listings give it
            judged = set(wrong[key].itertuples(index=False, name=None))
            mine = dated[dated["basis"] == basis]
            rows += len(mine)
            right += sum(row not in judged for row in mine[key].itertuples(index=False, name=None))
        out.append((basis, rows, right, total(scored(pairs, BASES[:k + 1]))))
    return out


def render_bases(parts: dict[str, list[tuple[str, int, int, EventScore]]]) -> str:
    """The by-basis table: per part, a basis's rows and how many are right, then recall and precision keeping it
    and the bases above it."""
    head = f"{'basis':9}" + "".join(f" | {part:8} {'rows':>5} {'right':>6} {'kept: R':>8} {'P':>6}" for part in parts)
    lines = [head, "-" * len(head)]
    for k, basis in enumerate(BASES):
        cells = []
        for rows_of in parts.values():
            _, rows, right, kept = rows_of[k]
            share = f"{right / rows:6.1%}" if rows else f"{'-':>6}"
            cells.append(f" | {'':8} {rows:5d} {share} {kept.recall:8.1%} {kept.precision:6.1%}")
        lines.append(f"{basis:9}" + "".join(cells))
    return "\n".join(lines)


#: Where a required gold event stands, by what the sentence holding its evidence offers, best first.
REACH = ("date and word", "date, no word of its type", "dates outside its window", "a count only", "no date")
REACH_LABELS = {
    "date and word": "a date in its window and a word of its type",
    "date, no word of its type": "a date in its window, no word of its type",
    "dates outside its window": "dates, none placed in its window",
    "a count only": "no date placed, a count (\"a week after\")",
    "no date": "no time expression (context tells it)",
}


def reach(paths: list[Path], everything: dict[str, EventScore]) -> dict[str, tuple[int, int]]:
    """Each required gold event of the articles at ``paths`` classed by its evidence's sentence (``REACH``): per
    class, how many gold events and how many of them the extractor found (as ``everything`` scored them). The dates
    are the temporal tagger's, the words the trigger lexicon's: what attachment chooses from."""
    counts = {kind: [0, 0] for kind in REACH}
    for path in paths:
        article = read_article(path)
        text, gold = article.text, load_gold(path.with_suffix(".csv"))
        sentences = [(s, " ".join(s.text.split())) for s in split_sentences(text)]
        timexes = tag(text, article.published)
        missed = set(everything[path.stem].misses["event"])
        for row in gold[~gold["optional"]].itertuples():
            evidence = " ".join(str(row.evidence).split())
            home = next((s for s, flat in sentences if evidence in flat), None)
            kind = "no date"
            if home is not None:
                told = [t.value for t in timexes if home.start <= t.start < home.end]
                days = [(pd.Timestamp(v.start), pd.Timestamp(v.end)) for v in told if v.start and v.end]
                inside = [d for d in days if row.window_start <= d[0] and d[1] <= row.window_end]
                typed = any(hit.trigger.event_type in row.types for hit in find_triggers(text, home.start, home.end))
                counted = any(v.type == "DURATION" for v in told)
                kind = REACH[0 if inside and typed else 1 if inside else 2 if days else 3 if counted else 4]
            counts[kind][0] += 1
            counts[kind][1] += row.event not in missed
    return {kind: (gold_rows, found) for kind, (gold_rows, found) in counts.items()}


def render_reach(parts: dict[str, dict[str, tuple[int, int]]]) -> str:
    """The reach table: per part, each class's gold events (share of the part's) and how many were found."""
    head = f"{'the sentence of the gold event has':46}" + "".join(
        f" | {part:8} {'gold':>5} {'share':>6} {'found':>6}" for part in parts)
    lines = [head, "-" * len(head)]
    for kind in REACH:
        cells = []
        for classes in parts.values():
            gold_rows, found = classes[kind]
            everything = sum(g for g, _ in classes.values())
            cells.append(f" | {'':8} {gold_rows:5d} {gold_rows / everything:6.1%} "
                         f"{(f'{found / gold_rows:.1%}' if gold_rows else '-'):>6}")
        lines.append(f"{REACH_LABELS[kind]:46}" + "".join(cells))
    return "\n".join(lines)


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
    pairs = {part: extract_part(part) for part in PARTS}
    results = {part: scored(p) for part, p in pairs.items()}
    print(render({part: (len(r), total(r)) for part, r in results.items()}))
    print()
    print(render_bases({part: by_basis(p, results[part]) for part, p in pairs.items()}))
    print()
    print(render_reach({part: reach(sorted((CORPUS / part).glob("*.md")), results[part]) for part in PARTS}))
    if args.listings:
        print()
        print(listings(total(results["dev"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
