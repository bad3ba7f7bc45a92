"""Callbacks: each reads the controls, calls pure functions from data, figures and layout, and returns the result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pandas as pd
from dash import Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from dashboard import data, downloads, figures, layout, upload
from timeline.selection import select_events
from timeline.store import Store

EventsSource = Callable[[], pd.DataFrame]
#: The default view's timeline figure and count as of a day (layout.opening_view, kept by the app).
OpeningView = Callable[[date], tuple[Any, str]]


def view_of(values: tuple[Any, ...]) -> data.View:
    """The View the control values (in VIEW_CONTROLS order) describe."""
    return data.make_view(**dict(zip(layout.VIEW_CONTROLS, values)))


def selected_event_id(trigger: str | None, click_data: dict[str, Any] | None,
                      selected_rows: list[dict[str, Any]] | None) -> str | None:
    """The event the analyst picked: the clicked timeline point (its customdata starts with the id) or grid row."""
    if trigger == "timeline" and click_data and click_data.get("points"):
        custom = click_data["points"][0].get("customdata") or [None]
        return custom[0]
    if trigger == "events-grid" and selected_rows:
        return selected_rows[0].get("event_id")
    return None


def mention_records(mentions: pd.DataFrame) -> list[dict[str, Any]]:
    """Store.mentions rows as JSON-friendly dicts (ISO dates, ``None`` for nulls) for the detail panel."""
    return data.table_records(mentions, date.today(), layout.MENTION_FIELDS)


def register(app: Dash, events: EventsSource, store: Store, opening: OpeningView) -> None:
    """Wire the page's callbacks to ``app``; ``events`` returns the current event table (read on every update),
    ``store`` takes uploaded articles and gives each event's mentions, ``opening`` the default view's figure and count.

    The URL's query string is the view: controls write it, and the timeline, grid and CSV read it, so a copied link
    shows exactly what was on screen.
    """
    controls = list(layout.VIEW_CONTROLS.values())
    changes = [Input(cid, prop) for cid, prop in controls if cid not in layout.APPLIED_ON_SUBMIT]
    changes += [Input(cid, event) for cid in sorted(layout.APPLIED_ON_SUBMIT) for event in ("n_submit", "n_blur")]

    @app.callback([Output(cid, prop) for cid, prop in controls] + [Output("url", "search")],
                  inputs={"search": Input("url", "search"), "changes": changes,
                          "values": [State(cid, prop) for cid, prop in controls]})
    def sync_url(search: str | None, changes: list[Any], values: list[Any]) -> list[Any]:
        """Opening a link (or going back) sets the controls that differ from it; changing a control rewrites it."""
        if ctx.triggered_id in (None, "url"):
            wanted = layout.view_values(data.view_from_query(search), date.today())
            return [no_update if new == old else new for new, old in zip(wanted, values)] + [no_update]
        query = data.view_to_query(view_of(tuple(values)), date.today())
        return [no_update] * len(values) + [no_update if query == (search or "") else query]

    @app.callback(Output("timeline", "figure"), Output("count", "children"), Output("drawn-view", "data"),
                  Input("url", "search"), Input("store-version", "data"), State("drawn-view", "data"))
    def render(search: str | None, _version: int | None, drawn: str | None) -> tuple[Any, ...]:
        """Redraw the timeline and the count for the view in the URL (the grid asks for its rows by page). The page
        opens with the default view already drawn (``opening``, ``drawn-view`` ""), so opening it without a view in
        the URL draws nothing twice; new articles always redraw."""
        view = data.view_from_query(search)
        if ctx.triggered_id != "store-version" and view == data.view_from_query(drawn):
            raise PreventUpdate
        if view == data.View():  # back to the default view: built once per store version and day
            return *opening(date.today()), search or ""
        everything = events()
        shown, as_of = select_events(everything, view), data.resolved_as_of(view, date.today())
        count = layout.count_text(len(shown), int(shown["date_start"].isna().sum()), len(everything))
        return figures.timeline_figure(shown, view.lane, as_of), count, search or ""

    @app.callback(Output("events-grid", "getRowsResponse"), Input("events-grid", "getRowsRequest"),
                  State("url", "search"), prevent_initial_call=True)
    def grid_rows(request: dict[str, Any] | None, search: str | None) -> dict[str, Any]:
        """One page of the view's rows, sorted and filtered as the grid asks (the grid never holds them all)."""
        view = data.view_from_query(search)
        shown = select_events(events(), view)
        return data.grid_page(shown, request, data.resolved_as_of(view, date.today()), layout.GRID_FIELDS)

    # a new view or new articles: the grid drops its pages and asks again (from the first page)
    app.clientside_callback(
        "function() { const grid = dash_ag_grid.getApi('events-grid'); if (grid) { grid.purgeInfiniteCache(); } }",
        Input("url", "search"), Input("store-version", "data"), prevent_initial_call=True)

    @app.callback(Output("download", "data"), [Input(e.button_id, "n_clicks") for e in downloads.EXPORTS],
                  State("url", "search"), prevent_initial_call=True)
    def download(*args: Any) -> dict[str, Any]:
        """The events on screen in the format of the button pressed (the CLI's exports), or the figure as HTML."""
        view = data.view_from_query(args[-1])
        shown = select_events(events(), view)
        return downloads.payload(str(ctx.triggered_id), shown, view.lane, data.resolved_as_of(view, date.today()))

    @app.callback(Output("upload-status", "children"), Output("store-version", "data"),
                  Input("upload", "contents"), State("upload", "filename"), State("upload-published", "value"),
                  State("store-version", "data"), prevent_initial_call=True)
    def add_articles(contents: Any, names: Any, published: str | None, version: int | None) -> tuple[Any, int]:
        """Ingest the uploaded files; say what happened to each; redraw when any changed the store."""
        if not contents:
            raise PreventUpdate
        outcomes = upload.ingest_uploads(store, names, contents, published)
        changed = any(outcome.status in ("added", "redated") for outcome in outcomes)
        return layout.upload_messages(outcomes), (version or 0) + int(changed)

    @app.callback([Output(layout.VIEW_CONTROLS[name][0], "options") for name in layout.OPTION_CONTROLS],
                  Input("store-version", "data"), prevent_initial_call=True)
    def refresh_options(_version: int | None) -> list[list[str]]:
        """New articles can bring new types, statuses, actors and sources to filter by."""
        options = data.choices(events())
        return [options[name] for name in layout.OPTION_CONTROLS]

    @app.callback(Output("detail", "children"), Input("timeline", "clickData"), Input("events-grid", "selectedRows"),
                  prevent_initial_call=True)
    def detail(click_data: dict[str, Any] | None, selected_rows: list[dict[str, Any]] | None) -> list[Any]:
        """Show the event picked in the timeline or the grid."""
        event_id = selected_event_id(ctx.triggered_id, click_data, selected_rows)
        event = data.find_event(events(), event_id)
        mentions = store.mentions(event_id) if event else None
        metadata = store.metadata(event["doc_id"]) if event and event.get("doc_id") else {}
        return layout.detail_panel(event, None if mentions is None else mention_records(mentions), metadata)
