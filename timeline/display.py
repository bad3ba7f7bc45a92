"""Dates as people write them: "14 July 2025", "early June 2025", "summer 2025", "week of 21 July 2025"."""

from __future__ import annotations

from datetime import date

SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PART_NAMES = {"START": "early", "MID": "mid", "END": "late"}


def display_date(start: date | None, end: date | None, precision: str | None, timex: str | None,
                 mod: str | None) -> str:
    """A human reading of an event's date at the precision it is known to; "date unknown" when unresolved."""
    if start is None or end is None:
        return "date unknown"
    part = PART_NAMES.get(mod or "")
    p = precision or "day"
    if p in ("day", "time"):
        text = f"{start.day} {start:%B %Y}"
    elif p == "week":
        text = f"week of {start.day} {start:%B %Y}"
    elif p == "month":
        text = f"{start:%B %Y}"
    elif p == "season":
        code = (timex or "")[-2:]
        text = f"{SEASON_NAMES.get(code, 'season')} {start.year}"
    elif p == "quarter":
        text = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif p == "half":
        text = f"{'first' if start.month <= 6 else 'second'} half of {start.year}"
    elif p == "year":
        text = str(start.year)
    elif p == "decade":
        text = f"the {start.year}s"
    elif p == "century":
        text = f"the {ordinal(start.year // 100 + 1)} century"
    else:
        text = f"{start.isoformat()} to {end.isoformat()}"
    if part:
        text = f"{part}-{text}" if part == "mid" else f"{part} {text}"
    return text


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st, 22nd, 101st."""
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
