"""Labels beside the timeline's markers and bars: which events get one, in what order, with what words.

The figure carries every candidate label in one text trace, most important first (deadlines, then agreements, ...);
``assets/timeline_labels.js`` shows them in that order wherever one fits, after every draw (zoom, pan, resize):
a label that would overlap a shown label, a marker or a bar, or cross the plot's edge, takes its short form (a
deadline's countdown) or is hidden. The trace sits on an x axis of its own that follows the timeline's
(``matches``), so the range slider, which draws only the timeline's axis, shows no labels.
"""

from __future__ import annotations

import html
from datetime import date

import numpy as np
import pandas as pd

from dashboard.data import deadline_labels, is_deadline
from timeline.headline import shortened

#: Event types by how much their label matters (deadlines and agreements first), the rest after them.
LABEL_PRIORITY = ("deadline", "agreement", "ceasefire", "talks", "proposal", "threat", "sanction", "exchange", "aid",
                  "military", "statement", "other")
#: At most this many labels per figure (the most important): large views label what matters most.
LABEL_MAX = 400
#: The short form of a label that has no better one: its headline cut to this many characters.
SHORT_CHARS = 24
LABEL_FONT_PX = 11
LABEL_COLOUR = "#303030"
#: The labels' trace: an id for the browser (``meta``) and the axis of its own.
LABEL_META = "event-labels"
LABEL_XAXIS = "x2"
#: A label's width in pixels, roughly, per character (for packing rows before the browser measures).
CHAR_PX = 6.3


def label_texts(placed: pd.DataFrame, as_of: date) -> tuple[pd.Series, pd.Series]:
    """Each row's label and its short form, escaped for plotly (which reads ``<b>`` as markup): the headline (a
    deadline's with its countdown, its short form the countdown alone), else the headline cut to SHORT_CHARS
    (empty when that is the headline itself)."""
    headline = placed["headline"].astype("object")
    countdown = deadline_labels(placed, as_of)
    has_countdown = countdown != ""
    full = headline.where(~has_countdown, headline + " · " + countdown)
    cut = headline.map(lambda text: shortened(text, SHORT_CHARS))
    short = countdown.where(has_countdown, cut.where(cut != headline, ""))
    return full.map(_escaped), short.map(_escaped)


def _escaped(text: str) -> str:
    """``text`` as plotly text: ``& < >`` escaped (plotly shows the entities as the characters)."""
    return html.escape(text, quote=False)


def label_order(placed: pd.DataFrame, limit: int = LABEL_MAX) -> np.ndarray:
    """Positions of the rows to label, most important first: by type (LABEL_PRIORITY), deadlines by status too,
    then the most reported, then the latest; at most ``limit``."""
    rank = placed["event_type"].astype("object").map({t: i for i, t in enumerate(LABEL_PRIORITY)}).fillna(
        len(LABEL_PRIORITY))
    rank = rank.where(~is_deadline(placed), -1)
    mentions = placed["mention_count"].astype("Float64").fillna(1) if "mention_count" in placed else 1
    keys = pd.DataFrame({"rank": rank.to_numpy(), "mentions": -np.asarray(mentions, dtype=float) * np.ones(len(placed)),
                         "start": -placed["date_start"].to_numpy().astype("datetime64[s]").astype(np.int64)})
    return keys.sort_values(["rank", "mentions", "start"], kind="stable").index.to_numpy()[:limit]


def label_trace(x_right: np.ndarray, y: np.ndarray, full: pd.Series, short: pd.Series,
                marker_px: np.ndarray) -> dict[str, object]:
    """The labels (in the order given: label_order's), each at the right edge of its mark (``x_right``, ms since
    the epoch; ``y``, its row) and pushed right of a marker by an invisible marker of its size (``marker_px``)."""
    return {
        "type": "scatter", "mode": "markers+text", "xaxis": LABEL_XAXIS, "yaxis": "y", "meta": LABEL_META,
        "x": x_right, "y": y, "text": full.to_numpy(dtype=object),
        "customdata": np.column_stack([full.to_numpy(dtype=object), short.to_numpy(dtype=object)]),
        "textposition": "middle right", "textfont": {"size": LABEL_FONT_PX, "color": LABEL_COLOUR},
        "marker": {"size": marker_px, "opacity": 0}, "hoverinfo": "skip", "showlegend": False, "cliponaxis": True,
    }
