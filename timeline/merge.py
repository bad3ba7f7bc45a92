"""The "same event" judgement across articles, as pure functions over event rows (plain dicts, ISO date strings).

The store applies it one article at a time against the events already stored; the corpus engine applies it block by
block (``block_key``, ``reach``, ``replay``), with the same results. Nothing here reads or writes a database.

- ``same_event``: which of the candidate events a new mention reports (same type, overlapping dates, actors sharing a
  country or the same place, places not contradicting each other), or none.
- ``combine``: an event row recomputed from all its mentions (the date it shows and why, actors, countries, sources).
- ``choose_date``: which mention's date an event shows when reports disagree, and why.
- ``replay``: the store's article-by-article merge over a list of reports, without a store: which event each joins.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from itertools import groupby
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


def tolerance(precision: str | None) -> int:
    """How many days a report of this precision may be off and still meet an event: ``DAY_TOLERANCE`` for a day."""
    return DAY_TOLERANCE if precision == "day" else 0


def candidate_window(row: Row) -> tuple[str, str] | None:
    """The (earliest start, latest end) a stored event may have to be the same as ``row``; None for an undated row.
    Stores and engines use it to fetch the candidates ``same_event`` then judges."""
    if row["date_start"] is None:
        return None
    days = tolerance(row["precision"])
    return shift(row["date_start"], -days), shift(row["date_end"], days)


def same_event(row: Row, candidates: Iterable[Row]) -> str | None:
    """The id of the candidate event that ``row`` (a mention from another article) reports, or None.

    Same type; overlapping date intervals (day-precise reports may be ``DAY_TOLERANCE`` days apart); actors sharing a
    country (or, with no actors on either side, the same place); places not contradicting each other. Of several, the
    one whose start is nearest, then the earliest, then the smallest id: the answer never depends on the order the
    candidates come in, so a store and a blocked merge agree."""
    window = candidate_window(row)
    if window is None:
        return None
    lowest, highest = window
    tolerant = row["precision"] == "day"
    mine = set(split_items(row["countries"]))
    best: tuple[int, str, str] | None = None
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
        if best is None or (gap, c["date_start"], c["event_id"]) < best:
            best = (gap, c["date_start"], c["event_id"])
    return best[2] if best else None


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


# --------------------------------------------------------------------- the same merge, block by block
def block_key(row: Row) -> tuple[str, str] | None:
    """What a report must share with another to ever be the same event: its type, and whether it names countries
    (a report with countries only joins an event with countries) or else its place (one without countries only joins
    an event at the same place). None for a report that joins nothing and nothing joins: undated, or with neither."""
    if row["date_start"] is None or not (split_items(row["countries"]) or row["location"]):
        return None
    return row["event_type"], "" if split_items(row["countries"]) else row["location"]


def reach(row: Row) -> tuple[str, str]:
    """The days over which a dated report can meet another: its interval, a day-precise one a day longer at the end
    (an event always shows one of its reports' dates, so two reports whose reaches do not overlap, directly or
    through a chain of others of the same ``block_key``, never end up in one event)."""
    return row["date_start"], shift(row["date_end"], tolerance(row["precision"]))


def blocks(rows: Iterable[Row]) -> list[int]:
    """Each report's block: reports in different blocks never join one event, whatever the order they come in, so
    each block can be merged on its own (``replay``) and the union is the merge of all. A block is a chain of
    overlapping reaches of one ``block_key``; a report no other can join is a block of its own."""
    keyed: list[tuple[tuple[str, str], str, str, int]] = []
    out: list[int] = []
    for i, row in enumerate(rows):
        key = block_key(row)
        out.append(-1)
        if key is not None:
            keyed.append((key, *reach(row), i))
    keyed.sort()
    number, last_key, last_end = -1, None, ""
    for key, start, end, i in keyed:
        if key != last_key or start > last_end:
            number, last_key, last_end = number + 1, key, end
        last_end = max(last_end, end)
        out[i] = number
    for i, block in enumerate(out):
        if block < 0:
            number += 1
            out[i] = number
    return out


def replay(reports: Iterable[Row]) -> dict[str, str]:
    """Which event each report joins when the reports are stored one article at a time, as the store does: the
    event-table rows of articles in ingest order (each article's rows together, each with its own ``event_id``);
    every row of an article is judged (``same_event``) against the events stored before that article, a row that
    joins none starts an event under its own id. Returns {report's own id: its event's id}."""
    events: dict[str, _Event] = {}
    index = _Index()
    joined: dict[str, str] = {}
    seq = 0
    for _, article in groupby(reports, key=lambda r: r["doc_id"]):
        rows = list(article)
        targets = [same_event(row, index.candidates(row, events)) for row in rows]
        for row, target in zip(rows, targets):
            event = events[target] if target else events.setdefault(row["event_id"], _Event(row["event_id"]))
            index.remove(event)
            event.add(row, seq)
            index.add(event)
            joined[row["event_id"]] = event.event_id
            seq += 1
    return joined


class _Event:
    """An event as ``same_event`` sees it while reports join it: the date ``choose_date`` would show (narrowest, then
    most reported, then first in ``mention_order``), the union of countries, the place; kept up to date per report
    instead of recomputed from all of them."""

    def __init__(self, event_id: str) -> None:
        self.event_id = event_id
        self.spans: dict[tuple[str, str], list[Any]] = {}  # span -> [width, -votes, first report's order, it]
        self.countries: list[str] = []
        self.first_location: tuple[Any, str] | None = None
        self.view: dict[str, Any] = {}

    def add(self, row: Row, seq: int) -> None:
        order = (mention_order(row), seq)
        span = (row["date_start"], row["date_end"])
        entry = self.spans.setdefault(span, [_width(span), 0, order, row])
        entry[1] -= 1
        if order < entry[2]:
            entry[2:] = [order, row]
        self.countries.extend(c for c in split_items(row["countries"]) if c not in self.countries)
        if row["location"] and (self.first_location is None or order < self.first_location[0]):
            self.first_location = (order, row["location"])
        chosen = min(self.spans.values(), key=lambda entry: entry[:3])[3]
        location = chosen["location"] or (self.first_location[1] if self.first_location else None)
        self.view = {"event_id": self.event_id, "event_type": row["event_type"], "date_start": chosen["date_start"],
                     "date_end": chosen["date_end"], "precision": chosen["precision"],
                     "countries": join_items(self.countries), "location": location}


#: Upper bounds of interval widths (days from start to end) that the index keeps apart, so that a query looks back
#: only as far as the widest interval of each class can reach.
_WIDTHS = (0, 6, 31, 92, 184, 366, 3653, 3_000_000)


def _width(span: tuple[str | None, str | None]) -> int:
    """Days from a span's start to its end; 0 for an undated report's (None, None), which joins nothing and so is
    the only span of its event."""
    if span[0] is None or span[1] is None:
        return 0
    return (date.fromisoformat(span[1]) - date.fromisoformat(span[0])).days


class _Index:
    """Dated events by type, lane (each of their countries, or their place when they have none: a report only meets
    events in one of its own lanes) and width class, sorted by start: the candidates whose interval overlaps a
    window, found without looking at events of other countries, places or far-away dates."""

    def __init__(self) -> None:
        self.lists: dict[tuple[str, str, int], list[tuple[str, str, str]]] = {}

    @staticmethod
    def _lanes(row: Mapping[str, Any]) -> list[str]:
        return split_items(row["countries"]) or ([f"@{row['location']}"] if row["location"] else [])

    def _slots(self, view: Mapping[str, Any]) -> list[tuple[tuple[str, str, int], tuple[str, str, str]]]:
        if not view or view["date_start"] is None:
            return []
        width = _width((view["date_start"], view["date_end"]))
        cls = next(i for i, bound in enumerate(_WIDTHS) if width <= bound)
        entry = (view["date_start"], view["date_end"], view["event_id"])
        return [((view["event_type"], lane, cls), entry) for lane in self._lanes(view)]

    def add(self, event: _Event) -> None:
        for key, entry in self._slots(event.view):
            insort(self.lists.setdefault(key, []), entry)

    def remove(self, event: _Event) -> None:
        for key, entry in self._slots(event.view):
            entries = self.lists[key]
            del entries[bisect_left(entries, entry)]

    def candidates(self, row: Row, events: Mapping[str, _Event]) -> list[Mapping[str, Any]]:
        window = candidate_window(row)
        if window is None:
            return []
        lowest, highest = window
        found: dict[str, Mapping[str, Any]] = {}
        earliest: dict[int, str] = {}
        for lane in self._lanes(row):
            for cls, bound in enumerate(_WIDTHS):
                entries = self.lists.get((row["event_type"], lane, cls))
                if not entries:
                    continue
                if cls not in earliest:
                    earliest[cls] = shift(lowest, -bound)
                first = bisect_left(entries, (earliest[cls],))
                last = bisect_right(entries, (highest, "\uffff"))
                found.update((e, events[e].view) for start, end, e in entries[first:last] if end >= lowest)
        return list(found.values())
