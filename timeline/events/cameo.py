"""CAMEO codes refined by context (``resources/cameo.tsv``): talks at a third country's venue are 044, a threat of
sanctions 1312, and so on; the trigger's own code stands when no refinement applies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.resources import read_tsv

THIRD_LOCATION = "@third_location"


@dataclass(frozen=True)
class Refinement:
    event_type: str
    pattern: re.Pattern[str] | None  # None: the third-location test
    cameo: str
    label: str


@cache
def refinements() -> tuple[Refinement, ...]:
    rows = []
    for event_type, pattern, cameo, label in read_tsv("cameo.tsv", 4):
        compiled = None if pattern == THIRD_LOCATION else re.compile(r"(?<![\w-])(?:" + pattern + r")", re.IGNORECASE)
        rows.append(Refinement(event_type, compiled, cameo, label))
    return tuple(rows)


def refine(event_type: str, clause: str, countries: tuple[str, ...], place_country: str | None) -> tuple[str, str] | None:
    """The (code, label) of the first refinement that applies to this event, or None."""
    for r in refinements():
        if r.event_type != event_type:
            continue
        if r.pattern is None:
            if place_country and countries and place_country not in countries:
                return r.cameo, r.label
        elif r.pattern.search(clause):
            return r.cameo, r.label
    return None
