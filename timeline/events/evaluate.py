"""Scoring extracted events against the real-news gold (``tests/data/realnews/GUIDE.md``, section 6).

A gold row gives a window of days, the acceptable event types and statuses, and the acceptable actor names. A dated
system row *matches* a gold row when its interval lies inside the window and its type is acceptable; the pairing is
one-to-one and as large as possible, pairs with a right status and with required (not optional) gold rows made
first. Recall counts required gold rows matched; precision counts dated system rows matched with a right status;
the actor rate counts, of the matched rows whose gold names actors, those naming one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from timeline.events.actors import resolve

GOLD_COLUMNS = ("event", "date_text", "evidence", "window_start", "window_end", "types", "status", "actors",
                "optional", "note")
#: System columns the listings keep.
SYSTEM_COLUMNS = ("date_text", "date_start", "date_end", "event_type", "status", "actors", "sentence")


@dataclass(frozen=True)
class EventScore:
    """Counts for one article or many (``+`` adds them), with the rows behind them for developers."""

    required: int            # gold rows not optional
    system: int              # dated system rows
    found: int               # required gold rows matched
    right: int               # dated system rows matched with an acceptable status
    actor_rows: int          # matched rows whose gold names actors
    actor_right: int         # ... whose system actors include one of them
    misses: pd.DataFrame = field(repr=False)        # required gold rows not matched
    false_alarms: pd.DataFrame = field(repr=False)  # dated system rows matched to nothing
    wrong_status: pd.DataFrame = field(repr=False)  # matched, status not acceptable
    wrong_actors: pd.DataFrame = field(repr=False)  # matched, gold names actors, none found

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.system if self.system else 1.0

    @property
    def actor_rate(self) -> float:
        return self.actor_right / self.actor_rows if self.actor_rows else 1.0

    def __add__(self, other: EventScore) -> EventScore:
        frames = [pd.concat([a, b], ignore_index=True) for a, b in zip(
            (self.misses, self.false_alarms, self.wrong_status, self.wrong_actors),
            (other.misses, other.false_alarms, other.wrong_status, other.wrong_actors))]
        return EventScore(self.required + other.required, self.system + other.system, self.found + other.found,
                          self.right + other.right, self.actor_rows + other.actor_rows,
                          self.actor_right + other.actor_right, *frames)


def load_gold(path: Path) -> pd.DataFrame:
    """A gold table (``NNN_slug.csv``): every column text, windows as datetimes, lists split on ``|``."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ValueError(f"{path}: gold table lacks columns {missing}")
    for column in ("window_start", "window_end"):
        gold[column] = pd.to_datetime(gold[column], format="%Y-%m-%d")
    for column in ("types", "status", "actors"):
        gold[column] = gold[column].map(lambda cell: [part.strip() for part in cell.split("|") if part.strip()])
    gold["optional"] = gold["optional"].str.strip().str.lower().eq("yes")
    return gold


def names_actor(system_actors: object, gold_actors: Iterable[str]) -> bool:
    """Whether a row's actors (``; ``-joined, or missing) include one of ``gold_actors``: equal, or containing it as
    whole words, case aside ("Shehbaz Sharif" contains "Sharif"), or naming the same entity in the actor knowledge
    (the gold's "Sergey Lavrov" is the extractor's "Sergei Lavrov", "Volodymyr Zelenskyy" is "Volodymyr Zelensky")."""
    cell = system_actors if isinstance(system_actors, str) else ""
    named = [a.strip() for a in cell.split(";") if a.strip()]
    entities = {e.name for e in map(resolve, named) if e is not None}
    for wanted in gold_actors:
        pattern = re.compile(rf"(?<!\w){re.escape(wanted.lower())}(?!\w)")
        if any(pattern.search(actor.lower()) for actor in named):
            return True
        entity = resolve(wanted)
        if entity is not None and entity.name in entities:
            return True
    return False


@dataclass(frozen=True)
class _Gold:
    """One gold row as the matcher reads it."""

    index: int
    event: int
    start: pd.Timestamp
    end: pd.Timestamp
    types: tuple[str, ...]
    statuses: tuple[str, ...]
    actors: tuple[str, ...]
    optional: bool


@dataclass(frozen=True)
class _System:
    """One dated system row as the matcher reads it."""

    index: int
    start: pd.Timestamp
    end: pd.Timestamp
    event_type: str
    status: str
    actors: object


def _gold_rows(gold: pd.DataFrame) -> list[_Gold]:
    return [_Gold(i, int(r["event"]), pd.Timestamp(r["window_start"]), pd.Timestamp(r["window_end"]),
                  tuple(r["types"]), tuple(r["status"]), tuple(r["actors"]), bool(r["optional"]))
            for i, r in enumerate(gold.to_dict(orient="records"))]


def _system_rows(dated: pd.DataFrame) -> list[_System]:
    return [_System(j, pd.Timestamp(r["date_start"]), pd.Timestamp(r["date_end"]), str(r["event_type"]),
                    str(r["status"]), r["actors"]) for j, r in enumerate(dated.to_dict(orient="records"))]


def _pairing(edges: dict[int, list[int]], rank: dict[tuple[int, int], int]) -> dict[int, int]:
    """A largest one-to-one pairing system -> gold (augmenting paths), built in rounds of increasing ``rank`` so
    the best pairs come first and stay paired (an augmenting path never unpairs a row)."""
    paired_gold: dict[int, int] = {}  # gold -> system
    for level in sorted(set(rank.values())):
        allowed = {j: [i for i in gs if rank[(j, i)] <= level] for j, gs in edges.items()}

        def augment(j: int, seen: set[int]) -> bool:
            for i in allowed[j]:
                if i in seen:
                    continue
                seen.add(i)
                if i not in paired_gold or augment(paired_gold[i], seen):
                    paired_gold[i] = j
                    return True
            return False

        for j in allowed:
            if j not in paired_gold.values():
                augment(j, set())
    return {j: i for i, j in paired_gold.items()}


def score(gold: pd.DataFrame, system: pd.DataFrame) -> EventScore:
    """Score one article's system rows (the event table) against its gold (``load_gold``)."""
    gold = gold.reset_index(drop=True)
    dated = system[system["date_start"].notna()].reset_index(drop=True)
    golds, rows = _gold_rows(gold), _system_rows(dated)
    edges = {r.index: [g.index for g in golds if g.start <= r.start and r.end <= g.end and r.event_type in g.types]
             for r in rows}
    rank = {(j, i): (0 if rows[j].status in golds[i].statuses else 4) + 2 * int(golds[i].optional)
            + int(bool(golds[i].actors) and not names_actor(rows[j].actors, golds[i].actors))
            for j, gs in edges.items() for i in gs}  # right status first, required rows, then the right actors
    pairs = _pairing(edges, rank)
    status_ok = {j for j, i in pairs.items() if rows[j].status in golds[i].statuses}
    with_actors = {j: i for j, i in pairs.items() if golds[i].actors}
    actors_ok = {j for j, i in with_actors.items() if names_actor(rows[j].actors, golds[i].actors)}
    required = gold[~gold["optional"]]
    matched_gold = set(pairs.values())

    def listing(chosen: dict[int, int]) -> pd.DataFrame:
        out = dated.loc[list(chosen), list(SYSTEM_COLUMNS)].reset_index(drop=True)
        out.insert(0, "gold_event", [golds[i].event for i in chosen.values()])
        out["gold_status"] = ["|".join(golds[i].statuses) for i in chosen.values()]
        out["gold_actors"] = ["|".join(golds[i].actors) for i in chosen.values()]
        return out

    return EventScore(
        required=len(required), system=len(dated),
        found=sum(i in matched_gold for i in required.index), right=len(status_ok),
        actor_rows=len(with_actors), actor_right=len(actors_ok),
        misses=required.loc[[i for i in required.index if i not in matched_gold]].reset_index(drop=True),
        false_alarms=dated.loc[[j for j in dated.index if j not in pairs], list(SYSTEM_COLUMNS)].reset_index(drop=True),
        wrong_status=listing({j: i for j, i in pairs.items() if j not in status_ok}),
        wrong_actors=listing({j: i for j, i in with_actors.items() if j not in actors_ok}),
    )
