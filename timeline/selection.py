"""Choosing events from the event table: by type, status, basis, actor, source, overlapping days and words.

One filter for every reader: ``timeline export`` and the dashboard select with the same ``Selection``, so an export
from the command line holds the rows the dashboard shows for the same choices.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd

from timeline.schema import LIST_SEPARATOR

#: Columns the free-text filter searches.
TEXT_COLUMNS = ("summary", "sentence", "date_text", "actors", "location", "source")


@dataclass(frozen=True)
class Selection:
    """Which events to keep; an empty tuple (or ``None``, or "") keeps all.

    Types, statuses and bases (what a date rests on: ``timeline.schema.BASES``; a row stored before bases were
    recorded has none, and goes as soon as bases are chosen) match exactly; actors and sources match when any of an event's actors, or the source of any
    article that reported it, holds a chosen name in whole words, case aside ("Trump": "Donald Trump").
    ``date_from``/``date_to`` keep events whose interval overlaps those days (undated events go as soon as either is
    set). ``text`` is a case-insensitive substring of the summary, sentence, date expression, actors, place or source.
    """

    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""


def list_items(cells: pd.Series) -> list[str]:
    """Every item of multi-valued cells ("A; B"), sorted, each once."""
    names = cells.dropna().astype("string").str.split(LIST_SEPARATOR.strip()).explode().str.strip()
    return sorted(set(names[names.notna() & (names != "")]))


def event_sources(frame: pd.DataFrame) -> pd.Series:
    """Each event's sources: every article source that reported it ("a; b", the ``sources`` column), or its first
    reporter's ``source`` where ``sources`` is empty."""
    return frame["sources"].astype("string").fillna(frame["source"].astype("string"))


def _names_any(cells: pd.Series, wanted: Sequence[str]) -> pd.Series:
    """True where a multi-valued cell ("A; B") names one of ``wanted`` in whole words, case aside: "Trump" finds
    "Donald Trump", "Russia" does not find "Russian Federation"."""
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(name) for name in wanted) + r")(?!\w)"
    text = cells.astype("string")
    found = pd.Series(False, index=cells.index)
    for name in wanted:  # a plain substring test first: the regex runs only on the cells that may match
        found |= text.str.contains(name, case=False, regex=False).fillna(False).astype(bool)
    if found.any():
        found[found] = text[found].str.contains(pattern, case=False, regex=True).fillna(False).astype(bool)
    return found


def select_events(frame: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    """The rows of the event table ``frame`` that ``selection`` keeps (a new frame, same columns, index reset)."""
    keep = pd.Series(True, index=frame.index)
    if selection.event_types:
        keep &= frame["event_type"].isin(selection.event_types)
    if selection.statuses:
        keep &= frame["status"].isin(selection.statuses)
    if selection.bases:
        keep &= frame["basis"].isin(selection.bases)
    if selection.sources:
        keep &= _names_any(event_sources(frame), selection.sources)
    if selection.actors:
        keep &= _names_any(frame["actors"], selection.actors)
    start = frame["date_start"]
    end = frame["date_end"].fillna(start)
    if selection.date_from is not None:
        keep &= (end >= pd.Timestamp(selection.date_from)).fillna(False).astype(bool)
    if selection.date_to is not None:
        keep &= (start <= pd.Timestamp(selection.date_to)).fillna(False).astype(bool)
    if selection.text:
        found = pd.Series(False, index=frame.index)
        for column in TEXT_COLUMNS:
            cells = frame[column].astype("string")
            longest = cells.str.len().max()
            if pd.isna(longest) or len(selection.text) > longest:
                continue  # longer than every cell: found nowhere (and a 5 MB needle is no pattern to compile)
            found |= cells.str.contains(selection.text, case=False, regex=False).fillna(False)
        keep &= found.astype(bool)
    return frame[keep.to_numpy()].reset_index(drop=True)
