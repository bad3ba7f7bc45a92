"""Event status from cue words around the trigger (``resources/status.tsv``): negated, hypothetical, proposed,
demanded, planned; otherwise occurred, or planned when the event's date lies after the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from timeline.resources import read_tsv

#: How many words before the trigger a "before" cue may stand, within its clause.
CUE_WINDOW_WORDS = 6
#: How many words after the trigger (or after a date that follows it) a "between" cue may stand.
AFTER_WINDOW_WORDS = 4
#: Where a clause ends for cue look-up: a cue beyond one of these belongs to another clause.
CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:but|while|although|and)\b|\b(?:but|although|while|because|after|before|when)\b"
                          r"|[\"“”]", re.IGNORECASE)
WHERE = ("before", "between", "sentence", "after")
#: Statuses that a proposal, threat, statement or demand cannot take: they are acts that happened.
ACTS = ("proposal", "threat", "statement")


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    status: str
    where: str


@cache
def cues() -> tuple[Cue, ...]:
    rows = []
    for pattern, status, where in read_tsv("status.tsv", 3):
        if where not in WHERE:
            raise ValueError(f"status.tsv: cue {pattern!r} has unknown place {where!r} (known: {', '.join(WHERE)})")
        rows.append(Cue(re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", re.IGNORECASE | re.MULTILINE), status,
                        where))
    return tuple(rows)


@dataclass(frozen=True)
class Context:
    """The text around an event's trigger that its status is read from."""

    before: str  # the trigger's clause before it (last few words)
    between: str  # from the trigger to the date expression (or a few words after the trigger)
    sentence: str  # the sentence up to the trigger
    after: str  # a few words after the trigger and its date, in its sentence ("planned for Sunday was cancelled")


def context(text: str, sentence: tuple[int, int], clause: tuple[int, int], trigger: tuple[int, int],
            timex: tuple[int, int]) -> Context:
    """Cut the three places cues are looked for out of ``text``."""
    window = text[clause[0]:trigger[0]]
    breaks = list(CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    before = " ".join(window.split()[-CUE_WINDOW_WORDS:])
    if timex[0] >= trigger[1]:
        between = text[trigger[1]:timex[0]]
    else:
        between = " ".join(text[trigger[1]:clause[1]].split()[:AFTER_WINDOW_WORDS])
    after = " ".join(text[max(timex[1], trigger[1]):sentence[1]].split()[:AFTER_WINDOW_WORDS])
    return Context(before, between, text[sentence[0]:trigger[0]], after)


def status_of(ctx: Context, event_type: str, start: date | None, published: date | None) -> str:
    """The status of an event of ``event_type`` whose cues are in ``ctx``."""
    if event_type == "deadline":
        return "deadline"
    for cue in cues():
        if event_type in ACTS and cue.status in ("proposed", "demanded", "planned", "hypothetical") \
                and cue.where != "between":
            continue  # a proposal, threat or statement is itself an act; its complement's cues are not its own
        if cue.pattern.search(getattr(ctx, cue.where)):
            if cue.status == "planned" and start is not None and published is not None and start < published:
                continue  # "would meet" of a date already past is reported, not planned
            return cue.status
    if start is not None and published is not None and start > published:
        return "planned"
    return "occurred"
