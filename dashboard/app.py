"""The Dash app over a timeline store: ``create_app`` builds it, ``run`` seeds an empty store and serves it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import dash
import pandas as pd

from dashboard import callbacks, data, figures, layout
from dashboard.cache import EventCache
from timeline.known import known_as_of, known_reports
from timeline.store import Store, default_seeds_dir

TITLE = "Negotiation timeline"
#: How many "known as of" days the server keeps the event table of (each a copy of the table).
KNOWN_DAYS_KEPT = 4


def create_app(store: Store) -> dash.Dash:
    """The app showing ``store``'s events; the page and every update read the events kept in memory by an
    EventCache, which reads the store again whenever it has changed (an upload, or an ingest from the CLI)."""
    app = dash.Dash(__name__, title=TITLE, update_title=None)  # type: ignore[arg-type]  # None: no "Updating..." title
    cache = EventCache(store)

    def events(known: date | None = None) -> pd.DataFrame:
        """The event table as the reports published up to ``known`` made it (every report when None), with
        headlines and which events' reports gave different dates; once per store version and day (the last
        KNOWN_DAYS_KEPT days asked for: an analyst steps through days)."""
        if known is None:
            return cache.derived("events", lambda: data.with_revisions(cache.events(), cache.mentions()))
        return cache.recent("known", known, KNOWN_DAYS_KEPT, lambda: data.with_revisions(
            data.with_headlines(known_as_of(cache.mentions(), known)), known_reports(cache.mentions(), known)))

    def opening(today: date) -> tuple[figures.Timeline, str]:
        """The default view's timeline and count as of ``today``, built once per store version and day: the page
        opens with them, and the view callback sends them again whenever the filters go back to the default view."""
        return cache.derived(f"opening {today}", lambda: layout.opening_view(events(), today))

    def page() -> Any:
        """The page as of today, built once per store version and day."""
        today = date.today()
        return cache.derived(f"layout {today}", lambda: layout.build(events(), today, opening(today)))

    # Dash checks callbacks against a validation layout and sends it inside every page's HTML; left unset, it would be
    # the layout function's first result, the default view's figure included (1 MB at 100k events). Dash types the
    # attribute by its None default.
    blank = figures.Timeline({}, (), ())  # type: ignore[arg-type]  # a figure dict: no 1 MB figure in the HTML
    app.validation_layout = layout.build(cache.events(), date.today(), (blank, ""))  # type: ignore[assignment]
    app.layout = page
    callbacks.register(app, events, store, opening)
    return app


def run(db_path: str | Path | None = None, host: str = "127.0.0.1", port: int = 8050, debug: bool = False) -> None:
    """Open the store at ``db_path`` (default: the store's default file), ingest the seed articles when it is
    empty, and serve the dashboard on ``host``:``port`` until interrupted."""
    store = Store(db_path)
    if store.is_empty():
        store.ingest_paths([default_seeds_dir()])
    app = create_app(store)
    app.layout()  # read the events before the first visitor does
    app.run(host=host, port=port, debug=debug)
