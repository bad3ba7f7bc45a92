"""The Dash app over a timeline store: ``create_app`` builds it, ``run`` seeds an empty store and serves it."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import dash
import numpy as np
import pandas as pd
from dash import set_props

from dashboard import callbacks, data, figures, layout, upload
from dashboard.cache import EventCache
from timeline.article import display_path
from timeline.errors import TimelineError
from timeline.known import known_as_of, known_reports
from timeline.selection import select_events
from timeline.store import Store, default_seeds_dir, summary

TITLE = "Negotiation timeline"
#: How many "known as of" days the server keeps the event table of (each a copy of the table).
KNOWN_DAYS_KEPT = 4
#: Selections kept per store version (the last asked for): a view's callbacks select its events once.
SELECTIONS_KEPT = 4
#: Hosts that mean "every interface": not a name a request can be addressed by.
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})
LOG = logging.getLogger("dashboard")


def report_failure(error: Exception) -> None:
    """Dash's handler of a callback that failed: the traceback goes to the server's log, a message to the page
    (never a bare HTTP 500); the callback's outputs stay as they were."""
    LOG.error("a callback failed", exc_info=error)
    set_props("problem", {"children": layout.problem_message(error)})


def allowed_hosts(host: str) -> list[str]:
    """The names a request may address the server by (its Host header): 127.0.0.1, localhost, and the host it
    listens on when that is a name or address (not a wildcard such as 0.0.0.0). Any other is refused (400): a page
    of another site, its name re-pointed at this machine (DNS rebinding), cannot reach the store."""
    return list(dict.fromkeys(["127.0.0.1", "localhost", *([host] if host not in WILDCARD_HOSTS else [])]))


def create_app(store: Store, hosts: list[str] | None = None) -> dash.Dash:
    """The app showing ``store``'s events; the page and every update read the events kept in memory by an
    EventCache, which reads the store again whenever it has changed (an upload, or an ingest from the CLI).
    Requests must name one of ``hosts`` (allowed_hosts of 127.0.0.1 by default) and be at most REQUEST_MAX_BYTES."""
    app = dash.Dash(__name__, title=TITLE, update_title=None,  # type: ignore[arg-type]  # None: no "Updating..."
                    on_error=report_failure)
    app.server.config["TRUSTED_HOSTS"] = hosts or allowed_hosts("127.0.0.1")
    app.server.config["MAX_CONTENT_LENGTH"] = upload.REQUEST_MAX_BYTES  # refused with 413 before it is read
    cache = EventCache(store)
    worker = upload.UploadWorker(store.path)

    def events(known: date | None = None) -> pd.DataFrame:
        """The event table as the reports published up to ``known`` made it (every report when None), with
        headlines and which events' reports gave different dates; once per store version and day (the last
        KNOWN_DAYS_KEPT days asked for: an analyst steps through days)."""
        if known is None:
            return cache.derived("events", lambda: data.with_revisions(cache.events(), cache.mentions()))
        return cache.recent("known", known, KNOWN_DAYS_KEPT, lambda: data.with_revisions(
            data.with_headlines(known_as_of(cache.mentions(), known)), known_reports(cache.mentions(), known)))

    def selected(view: data.View) -> pd.DataFrame:
        """The events ``view`` selects (timeline.selection) from the table as known on its "known as of" day, with
        the columns the page reads (data.VIEW_COLUMNS, headline, revised: a selection copies only them); the last
        SELECTIONS_KEPT views' are kept for the store version, so that the timeline, the grid's pages and a zoom of
        one view select once (a few hundred ms at 1M events)."""
        key = replace(view, lane=data.DEFAULT_LANE, as_of=None)  # neither changes which events are selected
        return cache.recent("selection", key, SELECTIONS_KEPT, lambda: select_events(
            events(view.known)[[*data.VIEW_COLUMNS, "headline", "revised"]], view))

    def ordered(view: data.View, request: dict[str, Any] | None) -> np.ndarray:
        """The grid's order of the view's events for its filters and sort (data.grid_order), kept for the last
        SELECTIONS_KEPT asked: the grid asks for page after page of one order (at 1M events a sort takes ~0.3 s)."""
        models = json.dumps({name: (request or {}).get(name) for name in ("filterModel", "sortModel")},
                            sort_keys=True, default=str)
        key = (replace(view, lane=data.DEFAULT_LANE), data.resolved_as_of(view, date.today()), models)
        return cache.recent("grid order", key, SELECTIONS_KEPT, lambda: data.grid_order(
            selected(view), request, key[1], layout.GRID_FIELDS))

    def opening(today: date) -> tuple[figures.Timeline, str]:
        """The default view's timeline and count as of ``today``, built once per store version and day: the page
        opens with them, and the view callback sends them again whenever the filters go back to the default view."""
        return cache.derived(f"opening {today}", lambda: layout.opening_view(events(), today))

    def page() -> Any:
        """The page as of today, built once per store version and day; the problem alone when the store cannot be
        read."""
        today = date.today()
        try:
            return cache.derived(f"layout {today}", lambda: layout.build(events(), today, opening(today)))
        except TimelineError as exc:
            LOG.error("the page could not be built", exc_info=exc)
            return layout.failed_page(exc)

    # Dash checks callbacks against a validation layout and sends it inside every page's HTML; left unset, it would be
    # the layout function's first result, the default view's figure included (1 MB at 100k events). Dash types the
    # attribute by its None default.
    blank = figures.Timeline({}, (), ())  # type: ignore[arg-type]  # a figure dict: no 1 MB figure in the HTML
    app.validation_layout = layout.build(cache.events(), date.today(), (blank, ""))  # type: ignore[assignment]
    app.layout = page
    callbacks.register(app, events, selected, ordered, store, worker, opening)
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
    app = create_app(store, allowed_hosts(host))
    app.layout()  # read the events before the first visitor does
    app.run(host=host, port=port, debug=debug)
