"""Event triggers: the words that name an event, read from ``resources/triggers.tsv`` (data, not code)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.resources import read_tsv


#: What the lexicon writes in the CAMEO columns of a row that has no code.
NO_CODE = "-"


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger lexicon; ``order`` is its row number (earlier rows win ties)."""

    pattern: str
    event_type: str
    cameo: str | None  # None: the lexicon's "-", no CAMEO code (a null in the event table, never a "-")
    cameo_label: str | None
    role: str  # event | frame | support | demand | light (see resources/triggers.tsv)
    order: int


@dataclass(frozen=True)
class TriggerHit:
    """A trigger found in a text: [start, end) and the lexicon row."""

    start: int
    end: int
    trigger: Trigger

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start, self.end


@cache
def triggers() -> tuple[Trigger, ...]:
    """The trigger lexicon, validated: each pattern compiles and cannot match the empty string."""
    rows = []
    for order, (pattern, event_type, cameo, label, role) in enumerate(read_tsv("triggers.tsv", 5)):
        if role not in ("event", "frame", "support", "demand", "light"):
            raise ValueError(f"triggers.tsv: pattern {pattern!r} has unknown role {role!r}")
        if re.fullmatch(pattern, ""):
            raise ValueError(f"triggers.tsv: pattern {pattern!r} matches the empty string")
        rows.append(Trigger(pattern, event_type, _code(cameo), _code(label), role, order))
    return tuple(rows)


def _code(cell: str) -> str | None:
    """A CAMEO column of the lexicon: "-" is no code."""
    return None if cell == NO_CODE else cell


@cache
def _scanner() -> tuple[re.Pattern[str], dict[str, Trigger]]:
    """One alternation of every trigger, each in its own group, so one scan finds them all; and group -> trigger."""
    parts = [f"(?P<t{t.order}>{t.pattern})" for t in triggers()]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
    return pattern, {f"t{t.order}": t for t in triggers()}


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[TriggerHit]:
    """Every trigger in ``text[start:end]``, in text order (offsets index into ``text``)."""
    return list(_scan(text, start, len(text) if end is None else end))


@lru_cache(maxsize=256)
def _scan(text: str, start: int, end: int) -> tuple[TriggerHit, ...]:
    """``find_triggers``, kept for the last sentences asked about: the extractor asks about some sentences twice or
    three times (whether one that follows a dated sentence names an event, then for its events)."""
    scanner, by_group = _scanner()
    return tuple(TriggerHit(m.start(), m.end(), by_group[m.lastgroup])
                 for m in scanner.finditer(text, start, end) if m.lastgroup is not None)
