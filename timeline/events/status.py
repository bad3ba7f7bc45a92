"""Event status from cue words in the trigger's clause (``resources/status.tsv``): negated, hypothetical, proposed,
demanded, planned; otherwise occurred, or planned when the event's date lies after the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from timeline.resources import read_tsv

#: How many words before the trigger a cue may stand, within its clause.
CUE_WINDOW_WORDS = 6
#: Words that end a clause for cue look-up: a cue beyond one of them belongs to another clause.
CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:but|while|although|and)\b|\b(?:but|although|while|because|after|before)\b"
                          r"|[\"“”]", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    status: str


@cache
def cues() -> tuple[Cue, ...]:
    return tuple(
        Cue(re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", re.IGNORECASE), status)
        for pattern, status, _where in read_tsv("status.tsv", 3)
    )


def clause_before(text: str, clause_start: int, trigger_start: int) -> str:
    """The words of the trigger's clause before it, at most ``CUE_WINDOW_WORDS`` of them."""
    window = text[clause_start:trigger_start]
    breaks = list(CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    words = window.split()
    return " ".join(words[-CUE_WINDOW_WORDS:])


def status_of(text: str, clause_start: int, trigger_start: int, event_type: str, start: date | None,
              published: date | None) -> str:
    """The status of the event whose trigger starts at ``trigger_start``."""
    if event_type == "deadline":
        return "deadline"
    before = clause_before(text, clause_start, trigger_start)
    for cue in cues():
        if cue.status in ("proposed", "demanded") and event_type in ("proposal", "threat", "statement"):
            continue  # a proposal, threat or statement is itself an act that occurred
        if cue.pattern.search(before):
            return cue.status
    if start is not None and published is not None and start > published:
        return "planned"
    return "occurred"
