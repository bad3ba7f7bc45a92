"""Event extraction against the hand-made devset: recall, precision and status accuracy per article.

    .venv/bin/python benchmarks/events.py [DEVSET_DIR]

Each article ``tests/data/devset/NN_topic.md`` has a gold table ``NN_topic.csv`` beside it (columns
``date_text,date_start,date_end,event_type,status,note``; see ``tests/data/devset/README``). The extractor's rows
(``timeline.extract(path)``) are matched to gold rows one-to-one: a match needs the same date interval (date_start
and date_end) and the same event_type. Status is not part of a match; its accuracy over the matched pairs is
reported separately. The table ends with a micro-averaged TOTAL row; misses (gold not found), false alarms (system
rows not in gold) and status errors are then listed for developers.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

import timeline  # noqa: E402

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "data" / "devset"
GOLD_COLUMNS = ("date_text", "date_start", "date_end", "event_type", "status", "note")
#: The columns kept from system rows in the listings.
SYSTEM_COLUMNS = ("date_text", "date_start", "date_end", "event_type", "status", "sentence")


@dataclass(frozen=True)
class Score:
    """The outcome of matching one article's system rows (or many articles') to gold rows."""

    gold: int
    system: int
    matched: int
    status_correct: int
    misses: pd.DataFrame = field(repr=False)        # gold rows with no system match
    false_alarms: pd.DataFrame = field(repr=False)  # system rows with no gold match
    status_errors: pd.DataFrame = field(repr=False)  # matched pairs whose statuses differ (gold_status, system_status)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else 1.0

    @property
    def status_accuracy(self) -> float:
        return self.status_correct / self.matched if self.matched else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(self.gold + other.gold, self.system + other.system, self.matched + other.matched,
                     self.status_correct + other.status_correct,
                     pd.concat([self.misses, other.misses], ignore_index=True),
                     pd.concat([self.false_alarms, other.false_alarms], ignore_index=True),
                     pd.concat([self.status_errors, other.status_errors], ignore_index=True))


def _key(row: pd.Series) -> tuple:
    start, end = pd.Timestamp(row["date_start"]), pd.Timestamp(row["date_end"])
    if pd.isna(start) or pd.isna(end):
        return (None, None, str(row["event_type"]))  # undated rows never match: a None key is never in gold
    return (start.normalize(), end.normalize(), str(row["event_type"]))


def score(gold: pd.DataFrame, system: pd.DataFrame) -> Score:
    """Match ``system`` rows to ``gold`` rows one-to-one on (date_start, date_end, event_type).

    Both frames need ``date_start``, ``date_end`` (anything ``pd.Timestamp`` reads), ``event_type`` and ``status``.
    Where several rows share a key, pairs with equal statuses are made first, then the rest in order of appearance.
    Undated system rows count as system rows that match nothing.
    """
    gold = gold.reset_index(drop=True)
    system = system.reset_index(drop=True)
    gold_by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, row in gold.iterrows():
        gold_by_key[_key(row)].append(i)
    system_by_key: dict[tuple, list[int]] = defaultdict(list)
    for j, row in system.iterrows():
        system_by_key[_key(row)].append(j)

    pairs: list[tuple[int, int]] = []
    for key, gold_rows in gold_by_key.items():
        if key[0] is None:
            continue
        free_gold, free_system = list(gold_rows), list(system_by_key.get(key, []))
        for i in list(free_gold):  # equal statuses first
            same = [j for j in free_system if str(system.at[j, "status"]) == str(gold.at[i, "status"])]
            if same:
                pairs.append((i, same[0]))
                free_gold.remove(i)
                free_system.remove(same[0])
        pairs.extend(zip(free_gold, free_system))

    matched_gold = {i for i, _ in pairs}
    matched_system = {j for _, j in pairs}
    errors = [(i, j) for i, j in pairs if str(gold.at[i, "status"]) != str(system.at[j, "status"])]
    status_errors = gold.loc[[i for i, _ in errors]].rename(columns={"status": "gold_status"}).reset_index(drop=True)
    status_errors["system_status"] = [str(system.at[j, "status"]) for _, j in errors]
    return Score(
        gold=len(gold), system=len(system), matched=len(pairs), status_correct=len(pairs) - len(errors),
        misses=gold.loc[[i for i in gold.index if i not in matched_gold]].reset_index(drop=True),
        false_alarms=system.loc[[j for j in system.index if j not in matched_system]].reset_index(drop=True),
        status_errors=status_errors,
    )


def articles(devset: Path = DEVSET) -> list[Path]:
    """The devset's articles (``*.md``), in name order."""
    return sorted(devset.glob("*.md"))


def load_gold(article: Path) -> pd.DataFrame:
    """The gold table beside ``article`` (same stem, ``.csv``), with datetime dates."""
    gold = pd.read_csv(article.with_suffix(".csv"), dtype=str, keep_default_na=False)
    for column in ("date_start", "date_end"):
        gold[column] = pd.to_datetime(gold[column], format="%Y-%m-%d")
    return gold


def run(devset: Path = DEVSET) -> dict[str, Score]:
    """Extract and score every article; scores by article stem, each with an ``article`` column in its listings."""
    results: dict[str, Score] = {}
    for path in articles(devset):
        system = timeline.extract(path)
        result = score(load_gold(path), system[list(SYSTEM_COLUMNS)])
        for frame in (result.misses, result.false_alarms, result.status_errors):
            frame.insert(0, "article", path.stem)
        results[path.stem] = result
    return results


def total(results: dict[str, Score]) -> Score:
    """The micro-average: all articles' counts summed."""
    scores = list(results.values())
    out = scores[0]
    for s in scores[1:]:
        out = out + s
    return out


def render_table(results: dict[str, Score]) -> str:
    rows = [(name, s) for name, s in results.items()] + [("TOTAL", total(results))]
    width = max(len(name) for name, _ in rows)
    lines = [f"{'article':<{width}}  {'gold':>4}  {'system':>6}  {'matched':>7}  {'recall':>6}  {'precision':>9}"]
    lines.append("-" * len(lines[0]))
    for name, s in rows:
        if name == "TOTAL":
            lines.append("-" * len(lines[0]))
        lines.append(f"{name:<{width}}  {s.gold:>4}  {s.system:>6}  {s.matched:>7}  {s.recall:>6.1%}  {s.precision:>9.1%}")
    return "\n".join(lines)


def _fmt_dates(row: pd.Series) -> str:
    start, end = pd.Timestamp(row["date_start"]), pd.Timestamp(row["date_end"])
    if pd.isna(start):
        return "(undated)".ljust(21)
    return f"{start:%Y-%m-%d}..{end:%Y-%m-%d}" if end != start else f"{start:%Y-%m-%d}".ljust(22)


def render_listings(overall: Score) -> str:
    out = [f"status accuracy over matched events: {overall.status_correct}/{overall.matched}"
           f" = {overall.status_accuracy:.1%}", ""]
    out.append(f"MISSES (gold not found): {len(overall.misses)}")
    for _, r in overall.misses.iterrows():
        out.append(f"  {r['article']:<36} {_fmt_dates(r)} {r['event_type']:<10} {r['status']:<12} {r['date_text']!r}")
    out.append("")
    out.append(f"FALSE ALARMS (system rows not in gold): {len(overall.false_alarms)}")
    for _, r in overall.false_alarms.iterrows():
        sentence = " ".join(str(r["sentence"]).split())
        sentence = sentence if len(sentence) <= 90 else sentence[:87] + "..."
        out.append(f"  {r['article']:<36} {_fmt_dates(r)} {r['event_type']!s:<10} {r['status']!s:<12}"
                   f" {r['date_text']!r}  <- {sentence}")
    out.append("")
    out.append(f"STATUS ERRORS (matched, status differs): {len(overall.status_errors)}")
    for _, r in overall.status_errors.iterrows():
        out.append(f"  {r['article']:<36} {_fmt_dates(r)} {r['event_type']:<10} gold={r['gold_status']:<12}"
                   f" system={r['system_status']:<12} {r['date_text']!r}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    devset = Path(argv[0]) if argv else DEVSET
    if not articles(devset):
        print(f"no articles (*.md) in {devset}", file=sys.stderr)
        return 2
    results = run(devset)
    print(render_table(results))
    print()
    print(render_listings(total(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
