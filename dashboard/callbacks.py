"""Callbacks: each reads the controls, calls pure functions from data, figures and layout, and returns the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from dash import Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from dashboard import data, downloads, figures, layout, upload, window
from timeline.known import date_history, known_reports
from timeline.schema import records
from timeline.selection import select_events
from timeline.store import Store

#: The event table as known as of a day (every report when None), with headlines and revision marks.
EventsSource = Callable[[date | None], pd.DataFrame]
#: The events a view selects, from the table as known on its day (kept by the app for the last few views).
SelectedEvents = Callable[[data.View], pd.DataFrame]
#: The grid's order of a view's events for the grid's filters and sort (data.grid_order, kept by the app).
GridOrder = Callable[[data.View, dict[str, Any] | None], np.ndarray]
#: The default view's timeline and count as of a day (layout.opening_view, kept by the app).
OpeningView = Callable[[date], tuple[figures.Timeline, str]]


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


def revision(view: data.View) -> str:
    """The figure's uirevision for ``view``: a new selection or lanes open on their own window; a new "as of" day
    keeps the zoom."""
    return data.view_to_query(replace(view, as_of=None), date.today())


def mention_records(mentions: pd.DataFrame) -> list[dict[str, Any]]:
    """Store.mentions rows as JSON-friendly dicts (ISO dates, ``None`` for nulls) for the detail panel."""
    return data.table_records(mentions, date.today(), layout.MENTION_FIELDS)


def register(app: Dash, events: EventsSource, selected: SelectedEvents, ordered: GridOrder, store: Store,
             worker: upload.UploadWorker, opening: OpeningView) -> None:
    """Wire the page's callbacks to ``app``; ``events`` returns the current event table as known as of a day (read
    on every update), ``selected`` the events of a view, ``ordered`` their order in the grid, ``store`` gives each
    event's mentions, ``worker`` ingests uploaded articles, ``opening`` the default view's figure and count.

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
        # only the controls that changed move away from the URL's view: on a page's first load a control can report
        # a change (a date picker mounting) before the URL's values have reached the others
        wanted = layout.view_values(data.view_from_query(search), date.today())
        changed = {key.rsplit(".", 1)[0] for key in ctx.triggered_prop_ids}
        merged = [value if cid in changed else url_value
                  for (cid, _), value, url_value in zip(controls, values, wanted)]
        query = data.view_to_query(view_of(tuple(merged)), date.today())
        return [no_update] * len(values) + [no_update if query == (search or "") else query]

    @app.callback(Output("timeline", "figure"), Output("count", "children"), Output("timeline-note", "children"),
                  Output("drawn-view", "data"), Output("drawn-lanes", "data"),
                  Input("url", "search"), Input("store-version", "data"), State("drawn-view", "data"))
    def render(search: str | None, _version: int | None, drawn: str | None) -> tuple[Any, ...]:
        """Redraw the timeline, its notes and the count for the view in the URL (the grid asks for its rows by
        page). The page opens with the default view already drawn (``opening``, ``drawn-view`` ""), so opening it
        without a view in the URL draws nothing twice; new articles always redraw."""
        view = data.view_from_query(search)
        today = date.today()
        if ctx.triggered_id != "store-version" and view == data.view_from_query(drawn):
            raise PreventUpdate
        if view == data.View():  # back to the default view: built once per store version and day
            opened, count = opening(today)
        else:
            everything, shown = events(view.known), selected(view)
            opened = figures.timeline(shown, view.lane, data.resolved_as_of(view, today), revision=revision(view))
            count = layout.count_text(len(shown), int(shown["date_start"].isna().sum()), len(everything))
        return opened.figure, count, layout.timeline_notes(opened.notes), search or "", list(opened.lanes)

    # Relayout events that change the x axis only (a zoom, pan, range-slider drag or Autoscale): an autosize event
    # (a first draw, a figure of another height) that followed one would make Dash drop the server's answer to it.
    app.clientside_callback(
        "function(relayout) { return Object.keys(relayout || {}).some(k => k.startsWith('xaxis.'))"
        " ? Object.assign({}, relayout, {at: Date.now()}) : window.dash_clientside.no_update; }",
        Output("x-window", "data"), Input("timeline", "relayoutData"), prevent_initial_call=True)

    # A callback of its own (not an input of render), for the same reason: a zoom right after a new view.
    @app.callback(Output("timeline", "figure", allow_duplicate=True),
                  Output("timeline-note", "children", allow_duplicate=True),
                  Output("drawn-lanes", "data", allow_duplicate=True),
                  Input("x-window", "data"), State("url", "search"), State("drawn-lanes", "data"),
                  prevent_initial_call=True)
    def follow(relayout: dict[str, Any] | None, search: str | None, lanes: list[str] | None) -> tuple[Any, ...]:
        """A zoom, pan, range-slider drag or Autoscale: the notes for the days now on screen, and a new figure
        when other lanes have events on them (lanes with none are not drawn)."""
        x_range = window.relayout_range(relayout)
        if x_range is None:
            raise PreventUpdate
        view = data.view_from_query(search)
        shown = selected(view)
        as_of = data.resolved_as_of(view, date.today())
        if figures.draws_days_on_screen(shown):  # a big view holds only the days it shows: every move redraws it
            wide = x_range if not isinstance(x_range, str) else window.padded(
                window.full_window(shown) or figures.opening_range(shown))
            redrawn = figures.timeline(shown, view.lane, as_of, wide, revision(view))
            return redrawn.figure, layout.timeline_notes(redrawn.notes), list(redrawn.lanes)
        rows = figures.lane_rows(shown, view.lane)
        if rows.empty:
            raise PreventUpdate
        if isinstance(x_range, str):  # Autoscale: every event
            x_range = window.padded(window.full_window(rows) or figures.opening_range(rows))
        wanted = figures.lanes_in_range(rows, x_range)
        if not wanted or wanted == list(lanes or ()):
            drawn = int(rows["lane"].isin(lanes or ()).sum())
            return no_update, layout.timeline_notes(figures.notes(shown, drawn, x_range)), no_update
        redrawn = figures.timeline(shown, view.lane, as_of, x_range, revision(view))
        return redrawn.figure, layout.timeline_notes(redrawn.notes), list(redrawn.lanes)

    @app.callback(Output("events-grid", "getRowsResponse"), Input("events-grid", "getRowsRequest"),
                  State("url", "search"), prevent_initial_call=True)
    def grid_rows(request: dict[str, Any] | None, search: str | None) -> dict[str, Any]:
        """One page of the view's rows, sorted and filtered as the grid asks (the grid never holds them all)."""
        view = data.view_from_query(search)
        shown = selected(view)
        return data.grid_page(shown, request, data.resolved_as_of(view, date.today()), layout.GRID_FIELDS,
                              ordered(view, request))

    # the view each page request of the grid is answered for (grid_rows reads the same URL query as its State)
    app.clientside_callback("function(request, search) { return {search: search || ''}; }",
                            Output("grid-asked", "data"), Input("events-grid", "getRowsRequest"),
                            State("url", "search"), prevent_initial_call=True)
    # a new view or new articles: the grid drops its pages and asks again (from the first page). A grid that has
    # asked for no page yet (or not started: getApi would throw) will ask for the view in the URL when it does; one
    # whose pages are for this URL query already keeps them (the page's URL set on load is no new view: purging
    # then asked for the first page twice when the grid had started first).
    app.clientside_callback(
        "function(search, version, asked) {"
        " const fresh = dash_clientside.callback_context.triggered.some(t => t.prop_id === 'store-version.data');"
        " if (!document.querySelector('#events-grid .ag-root') || asked.search === undefined"
        "     || (!fresh && (search || '') === asked.search)) { return; }"
        " dash_ag_grid.getApi('events-grid').purgeInfiniteCache(); }",
        Input("url", "search"), Input("store-version", "data"), State("grid-asked", "data"),
        prevent_initial_call=True)

    @app.callback(Output("download", "data"), [Input(e.button_id, "n_clicks") for e in downloads.EXPORTS],
                  State("url", "search"), prevent_initial_call=True)
    def download(*args: Any) -> dict[str, Any]:
        """The events on screen in the format of the button pressed (the CLI's exports, every column), or the
        figure as HTML."""
        view = data.view_from_query(args[-1])
        shown = select_events(events(view.known), view)
        return downloads.payload(str(ctx.triggered_id), shown, view.lane, data.resolved_as_of(view, date.today()))

    # the page checks an upload's size before sending it: a larger request would be refused (413) unread, with no
    # callback left to say why
    app.clientside_callback(
        f"""function(contents, names) {{
            const files = [].concat(contents || []), total = files.reduce((n, c) => n + c.length * 3 / 4, 0);
            if (!files.length) {{ return [window.dash_clientside.no_update, window.dash_clientside.no_update]; }}
            if (total > {upload.UPLOAD_MAX_BYTES}) {{
                const message = 'not added: these ' + files.length + ' files are ' + (total / 1048576).toFixed(1)
                    + ' MB together, more than the {upload.UPLOAD_MAX_BYTES // (1024 * 1024)} MB one upload may be;'
                    + ' add them in smaller groups';
                return [[{{type: 'Li', namespace: 'dash_html_components',
                          props: {{children: message, className: 'upload-failed'}}}}],
                        window.dash_clientside.no_update];
            }}
            return [window.dash_clientside.no_update, {{names: names, contents: contents, at: Date.now()}}];
        }}""",
        Output("upload-status", "children"), Output("upload-request", "data"),
        Input("upload", "contents"), State("upload", "filename"), prevent_initial_call=True)

    @app.callback(Output("upload-status", "children", allow_duplicate=True), Output("upload-job", "data"),
                  Output("upload-poll", "disabled"),
                  Input("upload-request", "data"), State("upload-published", "value"), prevent_initial_call=True)
    def add_articles(request: dict[str, Any] | None, published: str | None) -> tuple[Any, ...]:
        """Hand the uploaded files to the worker (a line per file says it is being added), or say why none is."""
        if not request:
            raise PreventUpdate
        job, progress = worker.start(request["names"], request["contents"], published)
        return layout.upload_messages(list(progress.outcomes)), job, job is None

    @app.callback(Output("upload-status", "children", allow_duplicate=True),
                  Output("upload-job", "data", allow_duplicate=True),
                  Output("upload-poll", "disabled", allow_duplicate=True), Output("store-version", "data"),
                  Input("upload-poll", "n_intervals"), State("upload-job", "data"), State("store-version", "data"),
                  prevent_initial_call=True)
    def upload_progress(_ticks: int | None, job: str | None, version: int | None) -> tuple[Any, ...]:
        """Each file's line as the worker gets through them; once all are done, redraw if any changed the store."""
        if not job:
            raise PreventUpdate
        progress = worker.progress(job)
        if not progress.done:
            return layout.upload_messages(list(progress.outcomes)), no_update, no_update, no_update
        changed = any(outcome.status in ("added", "redated") for outcome in progress.outcomes)
        return layout.upload_messages(list(progress.outcomes)), None, True, (version or 0) + int(changed)

    # a problem reported by a failed update (app.report_failure) is cleared by the next view
    app.clientside_callback("function() { return ''; }", Output("problem", "children"), Input("url", "search"),
                            prevent_initial_call=True)

    @app.callback([Output(layout.VIEW_CONTROLS[name][0], "options") for name in layout.OPTION_CONTROLS],
                  Input("store-version", "data"), prevent_initial_call=True)
    def refresh_options(_version: int | None) -> list[list[str]]:
        """New articles can bring new types, statuses, actors and sources to filter by."""
        options = data.choices(events(None))
        return [options[name] for name in layout.OPTION_CONTROLS]

    @app.callback(Output("detail", "children"), Input("timeline", "clickData"), Input("events-grid", "selectedRows"),
                  State("url", "search"), prevent_initial_call=True)
    def detail(click_data: dict[str, Any] | None, selected_rows: list[dict[str, Any]] | None,
               search: str | None) -> list[Any]:
        """Show the event picked in the timeline or the grid, with the reports known as of the view's day."""
        known = data.view_from_query(search).known
        event_id = selected_event_id(ctx.triggered_id, click_data, selected_rows)
        event = data.find_event(events(known), event_id)
        if event is None:
            return layout.detail_panel(None)
        mentions = store.mentions(event_id)
        mentions = mentions if known is None else known_reports(mentions, known)
        metadata = store.metadata(event["doc_id"]) if event.get("doc_id") else {}
        return layout.detail_panel(event, mention_records(mentions), date_history(records(mentions)), metadata)
