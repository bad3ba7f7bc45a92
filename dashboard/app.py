"""The Dash app over a timeline store: ``create_app`` builds it, ``run`` seeds an empty store and serves it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import dash

from dashboard import callbacks, layout
from dashboard.cache import EventCache
from timeline.store import Store, default_seeds_dir

TITLE = "Negotiation timeline"


def create_app(store: Store) -> dash.Dash:
    """The app showing ``store``'s events; the page and every update read the events kept in memory by an
    EventCache, which reads the store again whenever it has changed (an upload, or an ingest from the CLI)."""
    app = dash.Dash(__name__, title=TITLE, update_title=None)
    cache = EventCache(store)
    app.layout = lambda: cache.derived(f"layout {date.today()}", lambda: layout.build(cache.events(), date.today()))
    callbacks.register(app, cache.events, store)
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
