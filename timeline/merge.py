"""The "same event" judgement across articles, as pure functions over event rows (plain dicts, ISO date strings).

The store applies it one article at a time against the events already stored; the corpus engine can apply it block
by block. Nothing here reads or writes a database.

- ``same_event``: which of the candidate events a new mention reports (same type, overlapping dates, actors sharing a
  country or the same place, places not contradicting each other), or none.
- ``combine``: an event row recomputed from all its mentions (the date it shows and why, actors, countries, sources).
- ``choose_date``: which mention's date an event shows when reports disagree, and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from timeline.schema import EVENT_COLUMNS, join_items, split_items

Row = Mapping[str, Any]
#: Day-precise reports of one event may differ by this many days and still be the same event (a date conflict).
DAY_TOLERANCE = 1


def union(cells: Iterable[str | None]) -> str | None:
    """The items of several cells, each once, in order of first appearance, joined again (None when none)."""
    out: list[str] = []
    for cell in cells:
        out.extend(part for part in split_items(cell) if part not in out)
    return join_items(out)


def shift(day: str, days: int) -> str:
    """An ISO day moved by ``days``, held at the calendar's ends (1 January 1 and 31 December 9999)."""
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except OverflowError:
        return (date.max if days > 0 else date.min).isoformat()


def candidate_window(row: Row) -> tuple[str, str] | None:
    """The (earliest start, latest end) a stored event may have to be the same as ``row``; None for an undated row.
    Stores and engines use it to fetch the candidates ``same_event`` then judges."""
    if row["date_start"] is None:
        return None
    tolerance = DAY_TOLERANCE if row["precision"] == "day" else 0
    return shift(row["date_start"], -tolerance), shift(row["date_end"], tolerance)


def same_event(row: Row, candidates: Iterable[Row]) -> str | None:
    """The id of the candidate event that ``row`` (a mention from another article) reports, or None.

    Same type; overlapping date intervals (day-precise reports may be ``DAY_TOLERANCE`` days apart); actors sharing a
    country (or, with no actors on either side, the same place); places not contradicting each other. Of several, the
    one whose start is nearest."""
    window = candidate_window(row)
    if window is None:
        return None
    lowest, highest = window
    tolerant = row["precision"] == "day"
    mine = set(split_items(row["countries"]))
    best: tuple[int, str] | None = None
    for c in candidates:
        if c["event_type"] != row["event_type"] or c["date_start"] is None:
            continue
        if not (c["date_start"] <= highest and c["date_end"] >= lowest):
            continue
        if c["precision"] != "day" and tolerant and not (c["date_start"] <= row["date_end"]
                                                         and c["date_end"] >= row["date_start"]):
            continue
        theirs = set(split_items(c["countries"]))
        if mine or theirs:
            if not (mine & theirs):
                continue
        elif not (row["location"] and row["location"] == c["location"]):
            continue
        if row["location"] and c["location"] and row["location"].split(",")[0] != c["location"].split(",")[0]:
            continue
        gap = abs((date.fromisoformat(c["date_start"]) - date.fromisoformat(row["date_start"])).days)
        if best is None or gap < best[0]:
            best = (gap, c["event_id"])
    return best[1] if best else None


def mention_order(mention: Row) -> tuple[bool, str, str, int]:
    """The order reports are listed and chosen in: earliest published first (undated last), then article, place."""
    published = mention["published"]
    return published is None, published or "", mention["doc_id"] or "", mention["char_start"] or 0


def combine(event_id: str, mentions: Sequence[Row]) -> dict[str, Any]:
    """The event row that ``mentions`` (every report of one event, in ``mention_order``) make together: the date it
    shows and why (``choose_date``), actors, countries and sources of all reports, how many articles report it."""
    chosen, why = choose_date(mentions)
    event = {name: chosen[name] for name in EVENT_COLUMNS}
    event["event_id"] = event_id
    event["anchor_event_id"] = next((m["anchor_event_id"] for m in mentions if m["anchor_event_id"]), None)
    event["actors"] = union(m["actors"] for m in mentions)
    event["countries"] = union(m["countries"] for m in mentions)
    event["location"] = chosen["location"] or next((m["location"] for m in mentions if m["location"]), None)
    event["sources"] = union(m["source"] for m in mentions)
    event["mention_count"] = len({m["doc_id"] for m in mentions})
    event["date_choice"] = why
    return event


def choose_date(mentions: Sequence[Row]) -> tuple[Row, str | None]:
    """The mention whose date the event shows, and why, when reports differ.

    The most precise report wins (the narrowest interval), then the date most reports give, then the earliest
    published report. Reports whose intervals all contain the chosen one refine it; any other is a conflict, and
    every report's date stays in the mentions table.
    """
    def span(m: Row) -> tuple[str, str]:
        return m["date_start"], m["date_end"]

    spans = [span(m) for m in mentions]
    if len(set(spans)) == 1:
        return mentions[0], (f"all {len(mentions)} reports agree" if len(mentions) > 1 else None)
    votes = {s: spans.count(s) for s in spans}
    ranked = sorted(range(len(mentions)), key=lambda i: (
        (date.fromisoformat(spans[i][1]) - date.fromisoformat(spans[i][0])).days, -votes[spans[i]], i))
    chosen = mentions[ranked[0]]
    cs, ce = span(chosen)
    inside = all(s <= cs and ce <= e for s, e in spans)
    listing = "; ".join(f"{m['date_text']} = {_show(span(m))} ({m['source'] or m['doc_id']})" for m in mentions)
    if inside:
        return chosen, f"most precise of {len(mentions)} reports: {listing}"
    return chosen, (f"reports disagree: {listing}; shown: {_show((cs, ce))} "
                    "(most precise, then most reported, then earliest published)")


def _show(span: tuple[str, str]) -> str:
    return span[0] if span[0] == span[1] else f"{span[0]}..{span[1]}"
