"""The page: labelled filter controls, the article upload, the timeline, the events grid with its download buttons,
and the detail panel.

Building functions are pure: they take the events frame (for the filter options) and return Dash components.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import dash_ag_grid as dag
import pandas as pd
from dash import dcc, html

from dashboard import figures
from dashboard.data import BASIS_LABELS, DEFAULT_LANE, LANES, PAGE_ROWS, View, choices, highlight
from dashboard.downloads import EXPORTS
from dashboard.upload import BROWSER_MAX_BYTES, LIMIT_TEXT
from timeline.errors import TimelineError
from timeline.known import Report
from timeline.selection import select_events

#: View field -> (component id, property): the controls that make up the view, in View's field order.
VIEW_CONTROLS: dict[str, tuple[str, str]] = {
    "event_types": ("filter-type", "value"),
    "actors": ("filter-actor", "value"),
    "statuses": ("filter-status", "value"),
    "sources": ("filter-source", "value"),
    "bases": ("filter-basis", "value"),
    "date_from": ("filter-dates", "start_date"),
    "date_to": ("filter-dates", "end_date"),
    "text": ("filter-text", "value"),
    "lane": ("lane", "value"),
    "as_of": ("as-of", "date"),
    "known": ("known-as-of", "date"),
}

#: View fields whose control's options come from the stored events (refreshed when articles are added).
OPTION_CONTROLS = ("event_types", "statuses", "actors", "sources", "bases")
#: Mention columns the detail panel lists.
MENTION_FIELDS = ("source", "url", "published", "date_text", "date_start", "date_end", "sentence")

#: Controls applied on Enter or on leaving them, not on every keystroke (dcc.Input's debounce can move the caret
#: while one types fast on a busy page).
APPLIED_ON_SUBMIT = frozenset({"filter-text"})

#: Grid columns: (field, header, extra column options).
GRID_COLUMNS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("date_start", "Start", {"width": 115, "sort": "asc"}),
    ("date_end", "End", {"width": 115}),
    ("date_text", "Date expression", {"width": 170}),
    ("event_type", "Type", {"width": 115}),
    ("status", "Status", {"width": 120}),
    ("countdown", "Deadline", {"width": 150}),
    ("actors", "Actors", {"width": 200, "tooltipField": "actors"}),
    ("headline", "Headline", {"flex": 1, "minWidth": 260, "tooltipField": "headline"}),
    ("source", "Source", {"width": 160}),
)

#: The timeline's modebar keeps plotly's "Download plot as a png" button (client-side, no server round trip).
GRAPH_CONFIG: Any = {  # dcc.Graph config (typed Any: Dash's Config type lists only some keys)
    "displaylogo": False, "responsive": True, "displayModeBar": True,
    "toImageButtonOptions": {"format": "png", "filename": "timeline", "scale": 2},
}

#: Event-table columns the grid needs (its columns, less the computed countdown, plus the row id).
GRID_FIELDS: tuple[str, ...] = ("event_id", *(field for field, _, _ in GRID_COLUMNS if field != "countdown"))

KEY_TEXT = (
    "Markers: events dated to a day; bars: intervals (a week, a month, \"early June\"). Colour: the event type; "
    "look: the status (key beneath the timeline): solid, occurred; outlined (hollow markers), planned or proposed; "
    "hatched bars and lighter markers, demanded; dotted bars and hollow markers with a dot, hypothetical; crossed, "
    "negated; dark-outlined diamonds and bars, deadlines, labelled with their countdown. Labels show each event's "
    "headline where it fits, the most important first. Above 2,000 events intervals are lines, dashed by status."
)


def aria(**attributes: str) -> dict[str, Any]:
    """ARIA attributes as keyword arguments for a Dash component (``aria(label="Filters")`` gives ``aria-label``):
    Dash passes them through, though its type hints do not list them."""
    return {f"aria-{name}": value for name, value in attributes.items()}


def _field(label: str, control: Any, control_id: str, hint: str | None = None) -> html.Div:
    """A control with its visible label (bound by ``htmlFor``; its id ``<control_id>-label`` lets
    ``assets/labels.js`` name controls that set their own aria-labelledby, such as dcc.Dropdown) and a hint."""
    children: list[Any] = [html.Label(label, htmlFor=control_id, id=f"{control_id}-label", className="field-label"),
                           control]
    if hint:
        children.append(html.Small(hint, className="hint"))
    return html.Div(children, className="field")


def _group(legend: str, control: Any, hint: str | None = None) -> html.Fieldset:
    """A group of checkboxes or radio buttons named by a legend (each option carries its own label)."""
    children: list[Any] = [html.Legend(legend, className="field-label"), control]
    if hint:
        children.append(html.Small(hint, className="hint"))
    return html.Fieldset(children, className="field")


def controls(frame: pd.DataFrame, today: date) -> html.Section:
    """The filter and view controls, options taken from ``frame``; defaults show everything as of ``today``."""
    options = choices(frame)
    return html.Section([
        _group("Event type", dcc.Checklist(options["event_types"], [], id="filter-type", inline=True),
               hint="none ticked = all"),
        _group("Status", dcc.Checklist(options["statuses"], [], id="filter-status", inline=True),
               hint="none ticked = all"),
        _group("Date rests on", dcc.Checklist(options["bases"], [], id="filter-basis", inline=True),
               hint="none ticked = all; a date said of its event's own clause is the surest"),
        _field("Actor", dcc.Dropdown(options["actors"], [], id="filter-actor", multi=True,
                                     placeholder="All actors"), "filter-actor"),
        _field("Source", dcc.Dropdown(options["sources"], [], id="filter-source", multi=True,
                                      placeholder="All sources"), "filter-source"),
        _field("Dates between", dcc.DatePickerRange(
            id="filter-dates", start_date_id="filter-dates-start", end_date_id="filter-dates-end",
            display_format="YYYY-MM-DD", clearable=True, start_date_placeholder_text="start",
            end_date_placeholder_text="end"), "filter-dates-start",
            hint="YYYY-MM-DD; keeps events overlapping these days"),
        _field("Search text", dcc.Input(id="filter-text", value="", type="search", n_submit=0, n_blur=0,
                                        placeholder="words in summary, sentence, actors…"), "filter-text",
               hint="Enter or Tab to apply"),
        _group("Lanes", dcc.RadioItems([{"label": f"by {label.lower()}", "value": key} for key, label in LANES.items()],
                                       DEFAULT_LANE, id="lane", inline=True)),
        _field("As of", dcc.DatePickerSingle(id="as-of", date=today.isoformat(), display_format="YYYY-MM-DD",
                                             placeholder="As of (YYYY-MM-DD)"), "as-of",
               hint="deadline countdowns count from this day"),
        # no date=None: the picker would report its mount as a change from None, and post the view again
        _field("Known as of", dcc.DatePickerSingle(id="known-as-of", display_format="YYYY-MM-DD",
                                                   clearable=True, placeholder="every report"), "known-as-of",
               hint="only reports published up to this day: the story as it stood then"),
    ], className="controls", **aria(label="Filters and view"))


def events_grid() -> dag.AgGrid:
    """The grid of filtered events; rows are keyed by event id and selectable (click, or Space on a row)."""
    return dag.AgGrid(
        id="events-grid",
        columnDefs=[{"field": field, "headerName": header, **extra} for field, header, extra in GRID_COLUMNS],
        defaultColDef={"sortable": True, "resizable": True, "filter": True},
        rowModelType="infinite",  # pages come from the server (callbacks.grid_rows), never all rows at once
        getRowId="params.data.event_id",
        dashGridOptions={"rowSelection": {"mode": "singleRow", "checkboxes": False, "enableClickSelection": True},
                         "pagination": True, "paginationPageSize": PAGE_ROWS, "cacheBlockSize": PAGE_ROWS,
                         "domLayout": "autoHeight", "tooltipShowDelay": 300, "suppressAnimationFrame": True},
        className="ag-theme-alpine",
    )


def opening_view(frame: pd.DataFrame, today: date) -> tuple[figures.Timeline, str]:
    """The timeline and the count line of the default view (every event, as of ``today``), so the page opens
    drawn without waiting for the view callback (which skips its first call when the URL asks for this view)."""
    shown = select_events(frame, View())
    count = count_text(len(shown), int(shown["date_start"].isna().sum()), len(frame))
    return figures.timeline(shown, DEFAULT_LANE, today), count


def timeline_notes(notes: tuple[str, ...]) -> list[Any]:
    """The notes beside the timeline (what lies outside its days, what a large view leaves out), one line each."""
    return [html.P(note, className="timeline-note-line") for note in notes]


def build(frame: pd.DataFrame, today: date, opening: tuple[figures.Timeline, str] | None = None) -> html.Div:
    """The whole page for the events in ``frame``; the timeline and count already show the default view
    (``opening``: opening_view's result, computed here when not given)."""
    drawn, count = opening or opening_view(frame, today)
    return html.Div([
        dcc.Location(id="url", refresh=False),
        html.Header([
            html.H1("Negotiation timeline"),
            html.P(count, id="count", role="status", className="count"),
        ]),
        html.Div(id="problem", className="problem", role="alert"),
        controls(frame, today),
        upload_area(),
        html.P(KEY_TEXT, className="key"),
        html.Div(timeline_notes(drawn.notes), id="timeline-note", className="timeline-note", role="status"),
        html.Div(dcc.Graph(id="timeline", figure=drawn.figure, config=GRAPH_CONFIG),
                 role="figure", **aria(label="Timeline of the filtered events")),
        html.Aside(detail_panel(None), id="detail", className="detail", **aria(live="polite")),
        html.Section([
            html.Div([
                html.H2("Events", id="events-heading"),
                html.Div([html.Span("Download the filtered view:", className="hint")]
                         + [html.Button(export.label, id=export.button_id, className="button", title=export.title)
                            for export in EXPORTS], className="downloads", role="group",
                         **aria(label="Download the filtered view")),
                dcc.Download(id="download"),
            ], className="grid-header"),
            events_grid(),
        ], className="events", **aria(labelledby="events-heading")),
        dcc.Store(id="store-version", data=0),
        dcc.Store(id="drawn-view", data=""),  # the URL query of the view the timeline shows (render skips it)
        dcc.Store(id="drawn-lanes", data=list(drawn.lanes)),  # the lanes it draws (redrawn when a zoom changes them)
        # the last relayout event that moved the x axis; not None: a Store mounting without data posts a change
        dcc.Store(id="x-window", data={}),
        dcc.Store(id="grid-asked", data={}),  # {"search": the URL query of the grid's last page request}; {}: none yet
    ], className="page")


def upload_area() -> html.Section:
    """Adding articles: a drop zone (or its button, for the keyboard), an optional publication date, the result."""
    return html.Section([
        html.H2("Add articles", id="upload-heading"),
        dcc.Upload(
            html.Div([html.Button("Choose article files…", id="upload-button", className="button", type="button"),
                      html.Span(" or drop them here", className="drop-text")]),
            id="upload", multiple=True, max_size=BROWSER_MAX_BYTES, className="upload-zone",
            className_active="upload-zone active"),
        html.Small(LIMIT_TEXT, className="hint", id="upload-limits"),
        _field("Publication date (optional)", dcc.Input(id="upload-published", type="text", value="",
                                                        placeholder="YYYY-MM-DD"), "upload-published",
               hint="overrides the files' own dates"),
        html.Ul(id="upload-status", className="upload-status", role="status", **aria(live="polite")),
        dcc.Store(id="upload-request"),  # the files the page sent (after its size check)
        dcc.Store(id="upload-job"),  # the upload the worker is on (dashboard.upload.UploadWorker)
        dcc.Interval(id="upload-poll", interval=500, disabled=True),
    ], className="upload", **aria(labelledby="upload-heading"))


def problem_message(error: Exception) -> str:
    """What the page says when an update failed: the store's own words for its troubles, else the kind of error."""
    if isinstance(error, TimelineError):
        return f"That could not be shown: {error}. The page shows what it showed before."
    return (f"That could not be shown ({type(error).__name__}). The page shows what it showed before; the server's "
            "log has the details.")


def failed_page(error: Exception) -> html.Div:
    """The page when even the events cannot be read (a damaged or locked store): the problem, and nothing else."""
    return html.Div([html.H1("Negotiation timeline"),
                     html.Div(problem_message(error), id="problem", className="problem", role="alert")],
                    className="page")


def upload_messages(outcomes: list[Any]) -> list[Any]:
    """One list item per uploaded file (an UploadOutcome), marked by its status; text only, never markup."""
    return [html.Li(outcome.message, className=f"upload-{outcome.status}") for outcome in outcomes]


def count_text(shown: int, undated: int, total: int) -> str:
    """The status line: how many events the filters keep, and how many of them have no date."""
    note = f" ({undated} without a date, listed but not drawn)" if undated else ""
    return f"{shown} of {total} events{note}"


def _dates(start: Any, end: Any) -> str:
    """An interval in words: one day, "start – end", or "no resolved date"."""
    return "no resolved date" if not start else (start if start == end or not end else f"{start} – {end}")


def _link(url: str | None) -> Any:
    """A link for http(s) URLs only; anything else (``javascript:``...) stays plain text."""
    url = url or ""
    return html.A(url, href=url, target="_blank", rel="noopener noreferrer") if url.startswith(
        ("http://", "https://")) else url


def _sentence(sentence: str | None, date_text: str | None) -> list[Any]:
    """The sentence as text nodes with the date expression in a ``<mark>``."""
    return [html.Mark(text) if marked else text for text, marked in highlight(sentence or "", date_text)]


def mentions_section(mentions: list[dict[str, Any]]) -> list[Any]:
    """Every report of the event (Store.mentions as JSON-friendly records): source, link, its date and sentence.
    Nothing when a single article reports it."""
    if len(mentions) < 2:
        return []
    items = [html.Li([
        html.Div([html.Strong(m.get("source") or "unknown source"), " · ", html.Span(m.get("date_text") or ""),
                  " → ", html.Span(_dates(m.get("date_start"), m.get("date_end"))),
                  *([" · published ", m["published"]] if m.get("published") else [])], className="mention-head"),
        html.Blockquote(_sentence(m.get("sentence"), m.get("date_text")), className="sentence"),
        html.Div(_link(m.get("url")), className="mention-url"),
    ], className="mention") for m in mentions]
    return [html.Section([html.H3(f"Reported by {len(mentions)} articles", id="mentions-heading"),
                          html.Ol(items, className="mentions")],
                         className="mentions-section", **aria(labelledby="mentions-heading"))]


def history_section(history: list[Report]) -> list[Any]:
    """How the event's date changed as reports came in (timeline.known.date_history): each report in the order
    published, the date it gave, and the date shown after it. Nothing when every report gave the same date."""
    if len({report.reported for report in history}) < 2:
        return []
    items = [html.Li([
        html.Span(report.published or "undated", className="history-day"), " · ",
        html.Strong(report.source or "unknown source"), f" said “{report.date_text or ''}” = ",
        _dates(*report.reported), " → shown: ", html.Span(_dates(*report.shown), className="history-shown"),
        *([" (changed)"] if report.changed else []),
    ], className="history-changed" if report.changed else "history-report") for report in history]
    return [html.Section([html.H3("How its date changed", id="history-heading"),
                          html.Ol(items, className="history")],
                         className="history-section", **aria(labelledby="history-heading"))]


def detail_panel(event: dict[str, Any] | None, mentions: list[dict[str, Any]] | None = None,
                 history: list[Report] | None = None, metadata: dict[str, Any] | None = None) -> list[Any]:
    """The selected event: headline, its sentence with the date expression highlighted, source and link, its
    article's other front-matter keys (``metadata``: author, tags, ...); how its date changed between reports
    (``history``, when they gave different dates); and when several articles report it, each report with its own
    date (and ``date_choice`` when they disagree).

    All article text goes in as text nodes, never as markup, so nothing in an article can run in the page.
    """
    if event is None:
        return [html.H2("Event"), html.P("Select an event in the timeline or the table to read its sentence.")]
    facts = [("Date expression", event.get("date_text") or ""),
             ("Dates", _dates(event.get("date_start"), event.get("date_end"))),
             ("Type", event.get("event_type") or ""), ("Status", event.get("status") or ""),
             ("Date rests on", BASIS_LABELS.get(event.get("basis") or "", "")),
             ("Actors", event.get("actors") or ""), ("Location", event.get("location") or ""),
             ("Source", event.get("source") or ""), ("URL", _link(event.get("url"))),
             ("Published", event.get("published") or ""), ("Date choice", event.get("date_choice") or ""),
             *((str(key), ", ".join(map(str, value)) if isinstance(value, list) else str(value))
               for key, value in (metadata or {}).items())]
    return [
        html.H2(event.get("headline") or event.get("summary") or "Event"),
        html.Blockquote(_sentence(event.get("sentence"), event.get("date_text")), className="sentence"),
        html.Dl([part for name, value in facts if value
                 for part in (html.Dt(name), html.Dd(value, className="date-choice" if name == "Date choice"
                                                     else None))]),
        *history_section(history or []),
        *mentions_section(mentions or []),
    ]


def view_values(view: View, today: date) -> list[Any]:
    """The control values that show ``view`` (an unset "as of" shows ``today``), in VIEW_CONTROLS order."""
    values = {
        "event_types": list(view.event_types), "actors": list(view.actors), "statuses": list(view.statuses),
        "sources": list(view.sources), "bases": list(view.bases), "text": view.text, "lane": view.lane,
        "date_from": view.date_from.isoformat() if view.date_from else None,
        "date_to": view.date_to.isoformat() if view.date_to else None,
        "as_of": (view.as_of or today).isoformat(),
        "known": view.known.isoformat() if view.known else None,
    }
    return [values[name] for name in VIEW_CONTROLS]
