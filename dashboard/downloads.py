"""Downloads of the filtered view: the event table in an export format, or the timeline as a standalone HTML page.

Each function takes the filtered events and returns what ``dcc.Download`` needs (``dcc.send_string``'s dict).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from dash import dcc

from dashboard import figures
from timeline.export import SUFFIXES, render

BASENAME = "events"


@dataclass(frozen=True)
class Export:
    """One download button: its id, its visible text, what it explains on hover, and the format it writes."""

    button_id: str
    label: str
    title: str
    fmt: str
    mime: str


#: The download buttons, in page order; ``fmt`` is a timeline.export format, or "html" for the figure.
EXPORTS: tuple[Export, ...] = (
    Export("download-csv", "Download CSV", "Download the filtered events as CSV", "csv", "text/csv"),
    Export("download-json", "JSON", "Download the filtered events as JSON records", "json", "application/json"),
    Export("download-timelinejs", "TimelineJS", "Download the filtered events as TimelineJS JSON", "timelinejs",
           "application/json"),
    Export("download-ics", "Calendar (ICS)", "Download deadlines and planned events as an iCalendar file", "ics",
           "text/calendar"),
    Export("download-html", "Figure (HTML)", "Download the timeline as a standalone HTML page (works offline)",
           "html", "text/html"),
)
BY_BUTTON = {export.button_id: export for export in EXPORTS}


#: The script that lays the labels out in the page (dashboard.labels), run in the download too.
LABELS_SCRIPT = Path(__file__).parent / "assets" / "timeline_labels.js"


def figure_html(shown: pd.DataFrame, lane: str, as_of: date) -> str:
    """The timeline of ``shown`` as one self-contained HTML page (plotly.js and the label layout inlined: no
    network needed)."""
    figure = figures.timeline_figure(shown, lane, as_of)
    return figure.to_html(include_plotlyjs=True, full_html=True, config={"displaylogo": False},
                          post_script=LABELS_SCRIPT.read_text(encoding="utf-8"))


def payload(button_id: str, shown: pd.DataFrame, lane: str, as_of: date) -> dict[str, Any]:
    """The download the button ``button_id`` asks for, of the events in ``shown``."""
    export = BY_BUTTON[button_id]
    if export.fmt == "html":
        return dcc.send_string(figure_html(shown, lane, as_of), "timeline.html", type=export.mime)
    content = render(shown, export.fmt)
    filename = BASENAME + SUFFIXES[export.fmt]
    if isinstance(content, bytes):
        return dcc.send_bytes(content, filename, type=export.mime)
    return dcc.send_string(content, filename, type=export.mime)
