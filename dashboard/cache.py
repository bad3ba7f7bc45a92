"""The store's event table kept in the server process, read again only when the store changes.

Every request asks the store for its ``revision()`` (a counter every write bumps, well under a millisecond) and
reuses the frames read at that version, so the page and each filter change work on memory instead of reading 100k
rows from SQLite.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any

import pandas as pd

from dashboard.data import with_headlines
from timeline.headline import HEADLINE_COLUMNS
from timeline.schema import EVENT_COLUMNS
from timeline.store import Store


class EventCache:
    """Frames of ``store``'s events by column set, and values derived from them, valid for one store version."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.RLock()
        self._version: int | None = None
        self._frames: dict[tuple[str, ...], pd.DataFrame] = {}
        self._derived: dict[str, Any] = {}

    def _current(self) -> None:
        """Drop everything read at an older version (call with the lock held)."""
        version = self.store.revision()
        if version != self._version:
            self._version, self._frames, self._derived = version, {}, {}

    def events(self, columns: Iterable[str] | None = None) -> pd.DataFrame:
        """The event table with ``columns`` (all by default), in the store's order, plus each event's ``headline``
        when the columns it is written from are there; read once per store version (headlines of 100k events take
        about a second, a figure or grid sort would otherwise repeat it). Callers must not change the returned
        frame (the figure and data functions never do)."""
        wanted = tuple(EVENT_COLUMNS) if columns is None else tuple(c for c in EVENT_COLUMNS if c in set(columns))
        with self._lock:
            self._current()
            frame = self._frames.get(wanted)
            if frame is None:
                full = self._frames.get(tuple(EVENT_COLUMNS))
                if full is not None:
                    frame = full[[*wanted, *(["headline"] if set(HEADLINE_COLUMNS) <= set(wanted) else [])]]
                else:
                    frame = self.store.events(columns=wanted)
                    frame = with_headlines(frame) if set(HEADLINE_COLUMNS) <= set(wanted) else frame
                self._frames[wanted] = frame
            return frame

    def mentions(self) -> pd.DataFrame:
        """Every report of every event (Store.mentions()), read once per store version."""
        return self.derived("mentions", self.store.mentions)

    def recent(self, name: str, key: Hashable, keep: int, make: Callable[[], Any]) -> Any:
        """``make()``'s result for ``key``, kept for the ``keep`` keys of ``name`` asked for last (this version)."""
        with self._lock:
            self._current()
            kept: OrderedDict[Hashable, Any] = self._derived.setdefault(f"recent {name}", OrderedDict())
            if key not in kept:
                kept[key] = make()
                while len(kept) > keep:
                    kept.popitem(last=False)
            kept.move_to_end(key)
            return kept[key]

    def derived(self, name: str, make: Callable[[], Any]) -> Any:
        """``make()``'s result, computed once per store version under ``name`` (e.g. the filter options)."""
        with self._lock:
            self._current()
            if name not in self._derived:
                self._derived[name] = make()
            return self._derived[name]
