"""The Dash app over a timeline store: ``create_app`` builds it, ``run`` seeds an empty store and serves it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import dash

from dashboard import callbacks, layout
from timeline.store import Store, default_seeds_dir

TITLE = "Negotiation timeline"


def create_app(store: Store) -> dash.Dash:
    """The app showing ``store``'s events; the page and every update read the store afresh."""
    app = dash.Dash(__name__, title=TITLE, update_title=None)
    app.layout = lambda: layout.build(store.events(), date.today())
    callbacks.register(app, store.events, store)
    return app


def run(db_path: str | Path | None = None, host: str = "127.0.0.1", port: int = 8050, debug: bool = False) -> None:
    """Open the store at ``db_path`` (default: the store's default file), ingest the seed articles when it is
    empty, and serve the dashboard on ``host``:``port`` until interrupted."""
    store = Store(db_path)
    if store.is_empty():
        store.ingest_paths([default_seeds_dir()])
    create_app(store).run(host=host, port=port, debug=debug)
