"""The Dash app over a timeline store: ``create_app`` builds it, ``run`` seeds an empty store and serves it."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import dash

from dashboard import callbacks, layout
from dashboard.cache import EventCache
from timeline.article import display_path
from timeline.store import Store, default_seeds_dir, summary

TITLE = "Negotiation timeline"


def create_app(store: Store) -> dash.Dash:
    """The app showing ``store``'s events; the page and every update read the events kept in memory by an
    EventCache, which reads the store again whenever it has changed (an upload, or an ingest from the CLI)."""
    app = dash.Dash(__name__, title=TITLE, update_title=None)  # type: ignore[arg-type]  # None: no "Updating..." title
    cache = EventCache(store)

    def opening(today: date) -> tuple[Any, str]:
        """The default view's figure and count as of ``today``, built once per store version and day: the page opens
        with them, and the view callback sends them again whenever the filters go back to the default view."""
        return cache.derived(f"opening {today}", lambda: layout.opening_view(cache.events(), today))

    def page() -> Any:
        """The page as of today, built once per store version and day."""
        today = date.today()
        return cache.derived(f"layout {today}", lambda: layout.build(cache.events(), today, opening(today)))

    # Dash checks callbacks against a validation layout and sends it inside every page's HTML; left unset, it would be
    # the layout function's first result, the default view's figure included (1 MB at 100k events). Dash types the
    # attribute by its None default.
    app.validation_layout = layout.build(cache.events(), date.today(), ({}, ""))  # type: ignore[assignment]
    app.layout = page
    callbacks.register(app, cache.events, store, opening)
    return app


def serving_note(store: Store, seeded: str | None = None) -> str:
    """The line ``timeline serve`` starts with: which store, how many events and articles it holds, or how to fill it
    when it is empty."""
    where = display_path(store.path.resolve())
    if store.is_empty():
        return (f"timeline: serving {where}: the store is empty; add articles with `timeline ingest PATH... --db "
                f"{where}` or on the page (Add articles)")
    events, articles = store.count(), len(store.documents())
    return (f"timeline: serving {where}: {events} event{'s' * (events != 1)} from {articles} "
            f"article{'s' * (articles != 1)}{seeded or ''}")


def run(db_path: str | Path | None = None, host: str = "127.0.0.1", port: int = 8050, debug: bool = False) -> None:
    """Open the store at ``db_path`` (a missing one is an error; with None, the default store, created when missing),
    ingest the seed articles when it is empty, say on stderr which store it serves and what it holds, and serve the
    dashboard on ``host``:``port`` until interrupted."""
    store = Store(db_path, create=db_path is None)
    seeded = None
    if store.is_empty():
        seeds = default_seeds_dir()
        seeded = f"; the seed articles from {seeds} ingested ({summary(store.ingest_paths([seeds]))})"
    print(serving_note(store, seeded), file=sys.stderr)
    app = create_app(store)
    app.layout()  # read the events before the first visitor does
    app.run(host=host, port=port, debug=debug)
