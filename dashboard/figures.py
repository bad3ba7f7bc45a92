"""Pure figure functions: an events frame (schema columns) in, a new plotly Figure out; the input is never changed.

Day events are markers, intervals (a week, a month, "early June") are bars spanning their days; colour is the event
type, the look is the status (STATUS_LOOKS: occurred solid, planned and proposed outlined, demanded hatched and
lighter, hypothetical dotted, negated crossed; deadlines dark-outlined diamonds or bars), and a key beneath the
timeline says so. Events carry their headline as a label where it fits (dashboard.labels). The figure opens on the
window dashboard.window chooses, with the lanes that have an event in it.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.data import DEFAULT_LANE, LANES, NO_VALUE, deadline_labels, is_deadline, split_list, with_headlines
from dashboard.labels import CHAR_PX, LABEL_XAXIS, label_order, label_texts, label_trace
from dashboard import window
from dashboard.density import DENSITY_FROM, Density, density
from dashboard.window import Range, in_range, opening_window, padded, window_note
from timeline.headline import HEADLINE_COLUMNS
from timeline.names import country_label
from timeline.schema import EVENT_TYPES, STATUSES

#: Event type -> colour: deadlines red, threats and force warm, diplomacy cool, "other" grey.
TYPE_COLOURS: dict[str, str] = {
    "talks": "#1f6fb4", "proposal": "#35a7c9", "statement": "#7a8fa6", "threat": "#e07b00", "deadline": "#d62728",
    "agreement": "#2ca02c", "ceasefire": "#98c94f", "exchange": "#8a5cc2", "sanction": "#8c564b", "aid": "#17becf",
    "military": "#5b1a1a", "other": "#9a9a9a",
}
DEADLINE_OUTLINE = "#111111"
AS_OF_COLOUR = "#444444"
KEY_COLOUR = "#6b6b6b"
#: The mark above an event whose reports gave different dates (the ``revised`` column), and its name in the key.
REVISED_COLOUR = "#7a4b00"
REVISED_KEY = "date revised"
REVISED_META = "revised-marks"


@dataclass(frozen=True)
class StatusLook:
    """How a status is drawn: bars (hollow: white with an outline of the type's colour; a fill pattern), markers (a
    symbol suffix, e.g. "-open"; fill opacity), WebGL interval lines (a dash), and what the key calls it."""

    key: str
    hollow: bool = False
    pattern: str = ""
    symbol: str = ""
    opacity: float = 1.0
    dash: str = "solid"


#: Status -> look. Planned and proposed look alike: both are still to come.
STATUS_LOOKS: dict[str, StatusLook] = {
    "occurred": StatusLook("occurred"),
    "planned": StatusLook("planned, proposed", hollow=True, symbol="-open", dash="longdash"),
    "proposed": StatusLook("planned, proposed", hollow=True, symbol="-open", dash="longdash"),
    "demanded": StatusLook("demanded", pattern="/", opacity=0.45, dash="dashdot"),
    "hypothetical": StatusLook("hypothetical", pattern=".", symbol="-open-dot", dash="dot"),
    "negated": StatusLook("negated", pattern="x", symbol="-x-open", dash="dash"),
    "deadline": StatusLook("deadline"),
}
#: The distinct looks, in key order, and each status's position among them.
LOOKS: tuple[StatusLook, ...] = tuple(dict.fromkeys(STATUS_LOOKS.values()))
LOOK_OF_STATUS = {status: LOOKS.index(look) for status, look in STATUS_LOOKS.items()}
STATUS_DTYPE = pd.CategoricalDtype(list(STATUSES))
ONE_DAY = pd.Timedelta(days=1)
ROW_HEIGHT_PX = 34
#: The plot's width in pixels assumed when rows are packed so that labels fit (the browser measures them later).
PLOT_WIDTH_PX = 1150
#: The range slider's height in pixels (plotly takes a share of the plot's height).
RANGESLIDER_PX = 48
#: Marker sizes in pixels: SVG day events and deadlines, WebGL ones.
MARKER_PX, DEADLINE_PX, GL_MARKER_PX, GL_DEADLINE_PX = 13, 18, 10, 14
#: The y axis always has room for this many rows, so few rows do not make fat bars.
MIN_ROWS = 4
#: A lane grows at most this many rows; beyond that its events overlap.
MAX_ROWS_PER_LANE = 8
#: From this many drawn events the timeline is drawn with WebGL (Scattergl): day events as markers, intervals as
#: thick line segments, a short hover (the sentence is in the detail panel) and no countdown labels or bar patterns
#: (SVG bars and labels cost the browser seconds at these sizes); the figure says so.
WEBGL_FROM = 2000
#: Above this many drawn events each event's hover text and click target (its id) are left out, which would be
#: ~200 bytes an event to build, send and parse: hover shows the day and type, and the figure says to filter. Such
#: views have no labels either (lines and markers leave them no room; their layout took ~0.4 s of the first render).
#: More events than this on screen are drawn as density (DENSITY_FROM): only lanes that draw an event once for each
#: of its countries or sources reach it.
HOVER_MAX = 20_000
#: Lanes of more events than this are packed round-robin by start date (vectorised) instead of greedily.
GREEDY_PACK_MAX = 5000
INTERVAL_LINE_PX = 9
#: Every trace type the figures use: the dashboard's plotly.js (assets/plotly-timeline.min.js, built by
#: dashboard/plotly_bundle) holds only these.
TRACE_TYPES = ("scatter", "bar", "heatmap", "scattergl")
#: The columns the opening window is chosen from (dashboard.window).
WINDOW_COLUMNS = ("event_id", "date_start", "date_end", "published")
#: Density colours, from few events (light) to many (dark).
DENSITY_SCALE = "Blues"
#: Event-table columns the figure reads (the rest are left behind before any row is copied).
FIGURE_COLUMNS = tuple(dict.fromkeys(("event_id", "date_start", "date_end", "date_text", "event_type", "status",
                                       "actors", "countries", "summary", "sentence", "source", "published",
                                       "mention_count", "headline", "revised", *HEADLINE_COLUMNS)))
HOVER = (
    "<b>%{customdata[5]}</b><br>"
    "%{customdata[1]} (%{customdata[2]}) · %{customdata[3]} · %{customdata[4]}%{customdata[7]}<br>"
    "Actors: %{customdata[8]}<br>"
    "<i>%{customdata[6]}</i><extra></extra>"
)


def _text(value: object) -> str:
    """A cell as hover-safe text: nulls empty, markup escaped (plotly shows entities literally, runs no HTML)."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=False)


def _wrapped(value: object, width: int = 90) -> str:
    """Hover-safe text wrapped with ``<br>`` so long sentences stay readable (wrapped before escaping, so no
    entity is cut in two)."""
    plain = "" if value is None or value is pd.NA else str(value)
    return "<br>".join(_text(line) for line in textwrap.wrap(plain, width))


def _cell_lanes(cell: object, lane: str) -> list[str]:
    """The lanes of one cell of the ``lane`` column: its countries' labels for country lanes, else its text."""
    if lane == "countries":
        return list(dict.fromkeys(country_label(code) for code in split_list(cell))) or [NO_VALUE]
    text = "" if cell is None or cell is pd.NA or (isinstance(cell, float) and pd.isna(cell)) else str(cell)
    return [text or NO_VALUE]


def lane_positions(frame: pd.DataFrame, lane: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The lanes of ``frame``'s rows as (row positions, lane codes, lane names), a pair per row and lane, the
    lane's name ``names[code]``: with country lanes an event of several countries appears once per country (its
    actors' countries: "Russia" and "Russian government" are one lane, Russia), its pairs in a row.

    Each distinct cell is read once (a million events hold a few hundred): the rows then index its lanes."""
    cells, uniques = pd.factorize(frame[lane])
    per_cell = [_cell_lanes(cell, lane) for cell in uniques] + [[NO_VALUE]]  # the last for missing cells
    names = np.array(list(dict.fromkeys(name for lanes in per_cell for name in lanes)), dtype=object)
    code_of = {name: code for code, name in enumerate(names)}
    cells = np.where(cells < 0, len(uniques), cells)
    sizes = np.array([len(lanes) for lanes in per_cell])
    flat = np.array([code_of[name] for lanes in per_cell for name in lanes], dtype=np.int64)
    offsets = np.cumsum(sizes) - sizes
    repeats = sizes[cells]
    rows = np.repeat(np.arange(len(frame)), repeats)
    within = np.arange(len(rows)) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    return rows, flat[offsets[cells][rows] + within], names


def _lane_order(labels: pd.Series, lane: str) -> list[str]:
    """Lanes top to bottom: event types in schema order, other lanes alphabetical, the empty lane last."""
    present = set(labels.unique())
    ordered = ([t for t in EVENT_TYPES if t in present] if lane == "event_type"
               else sorted(present - {NO_VALUE}, key=str.casefold))
    return ordered + ([NO_VALUE] if NO_VALUE in present and NO_VALUE not in ordered else [])


def _pack(starts: list[int], ends: list[int], max_rows: int) -> list[int]:
    """A row for each interval (sorted by start): the first row free by its start; when all ``max_rows`` rows are
    busy, the one that frees soonest (so a dense lane overlaps instead of growing without bound)."""
    free_at: list[int] = []
    rows = []
    for start, end in zip(starts, ends):
        row = next((r for r, busy_until in enumerate(free_at) if busy_until <= start), None)
        if row is None and len(free_at) < max_rows:
            row = len(free_at)
            free_at.append(end)
        elif row is None:
            row = min(range(len(free_at)), key=free_at.__getitem__)
        free_at[row] = max(free_at[row], end) if free_at[row] > start else end
        rows.append(row)
    return rows


def lane_rows(frame: pd.DataFrame, lane: str = DEFAULT_LANE) -> pd.DataFrame:
    """The dated events, one row per lane they are drawn in (a ``lane`` column; an event of two countries is two
    rows), end dates filled with the start; a new frame."""
    dated = frame[frame["date_start"].notna()]
    if dated.empty:
        return dated.assign(lane=pd.Series(dtype="object"))
    positions, codes, names = lane_positions(dated, lane)
    rows = dated.take(positions).reset_index(drop=True)
    return rows.assign(date_end=rows["date_end"].fillna(rows["date_start"]), lane=names[codes])


def lanes_in_range(rows: pd.DataFrame, x_range: Range) -> list[str]:
    """The lanes (of lane_rows) with an event on the days of ``x_range``, in the order rows first name them."""
    present = set(rows.loc[in_range(rows, x_range).to_numpy(), "lane"].unique())
    return [lane for lane in rows["lane"].unique() if lane in present]


def place_events(frame: pd.DataFrame, lane: str = DEFAULT_LANE, x_range: Range | None = None,
                 label_px: np.ndarray | None = None) -> tuple[pd.DataFrame, dict[str, float]]:
    """Lay dated events out in lanes: a new frame with ``lane`` and ``y`` columns, and lane label -> tick y.

    Within a lane, events that would overlap on screen get separate rows, at most MAX_ROWS_PER_LANE (greedy packing
    by start date): a mark is as wide as its days or its marker, plus its label (``label_px``: pixels per row of
    ``frame`` when it is lane_rows' result), at PLOT_WIDTH_PX pixels for ``x_range`` (the opening range when
    ``None``). Undated events are left out.
    """
    placed = lane_rows(frame, lane) if "lane" not in frame else frame.reset_index(drop=True)
    if placed.empty:
        return placed.assign(y=pd.Series(dtype="float")), {}
    low, high = x_range or opening_range(placed)
    ms_per_px = max((high - low).total_seconds() * 1000 / PLOT_WIDTH_PX, 1.0)
    order = placed.sort_values(["date_start", "date_end"], kind="stable").index.to_numpy()
    starts = placed["date_start"].to_numpy().astype("datetime64[ms]").astype(np.int64)[order]
    ends = placed["date_end"].to_numpy().astype("datetime64[ms]").astype(np.int64)[order] + 86_400_000
    extra = np.zeros(len(placed)) if label_px is None else np.asarray(label_px, dtype=float)[order]
    visual_ends = np.maximum(ends, starts + MARKER_PX * ms_per_px) + extra * ms_per_px
    lane_of = placed["lane"].to_numpy()[order]
    y = np.zeros(len(placed))
    ticks: dict[str, float] = {}
    offset = 0
    for name in _lane_order(placed["lane"], lane):
        in_lane = lane_of == name
        if in_lane.sum() > GREEDY_PACK_MAX:
            rows = np.arange(int(in_lane.sum())) % MAX_ROWS_PER_LANE
        else:
            rows = np.asarray(_pack(starts[in_lane].tolist(), visual_ends[in_lane].tolist(), MAX_ROWS_PER_LANE))
        y[order[in_lane]] = offset + rows
        top = int(rows.max())
        ticks[name] = offset + top / 2
        offset += top + 1
    return placed.assign(y=y), ticks


def _customdata(placed: pd.DataFrame, as_of: date) -> np.ndarray:
    """Hover fields per row: id, date text, ISO dates, type, status, headline, sentence, countdown, actors (an
    object array, which plotly takes without checking each cell)."""
    start = placed["date_start"].dt.strftime("%Y-%m-%d")
    end = placed["date_end"].dt.strftime("%Y-%m-%d")
    dates = start.where(start == end, start + " – " + end)
    date_text = placed["date_text"].map(_text)
    columns = [
        placed["event_id"].astype(str), date_text.where(date_text != "", dates), dates,
        placed["event_type"].map(_text), placed["status"].map(_text), placed["headline"].map(_text),
        placed["sentence"].map(_wrapped),
        deadline_labels(placed, as_of).map(lambda label: f" · <b>{label}</b>" if label else ""),
        placed["actors"].map(lambda cell: _text(cell) or "—"),
    ]
    return np.column_stack([column.to_numpy(dtype=object) for column in columns])


def _legend_trace(event_type: str) -> go.Scatter:
    """A legend entry for an event type's colour alone (the drawn traces' first point may be crossed or hollow)."""
    return go.Scatter(x=[None], y=[None], mode="markers", name=event_type, legendgroup=event_type,
                      marker={"color": TYPE_COLOURS[event_type], "symbol": "square", "size": 12}, hoverinfo="skip")


def _key_traces(webgl: bool, xaxis: str) -> list[go.Bar | go.Scatter]:
    """The status key (the second legend), traces that draw nothing on ``xaxis`` (the labels' axis when there is
    one, so the timeline's own subplot holds only events): a grey bar swatch for each look, deadlines' dark outline
    included; in a WebGL view, where intervals are lines, a marker swatch (a square in each marker look), which
    spares such a figure plotly's bar module."""
    traces: list[go.Bar | go.Scatter] = []
    for look in LOOKS:
        deadline = look is STATUS_LOOKS["deadline"]
        outline = {"color": DEADLINE_OUTLINE if deadline else KEY_COLOUR, "width": 2.5 if deadline else 2}
        common = {"x": [None], "y": [None], "name": look.key, "legend": "legend2", "hoverinfo": "skip",
                  "xaxis": xaxis}
        if webgl:
            traces.append(go.Scatter(**common, mode="markers", marker={
                "symbol": ("diamond" if deadline else "square") + look.symbol, "size": 12, "color": KEY_COLOUR,
                "opacity": look.opacity, "line": outline if deadline else {"color": KEY_COLOUR, "width": 1}}))
            continue
        traces.append(go.Bar(**common, marker={
            "color": "white" if look.hollow else KEY_COLOUR, "line": outline,
            "pattern": {"shape": look.pattern, "fgcolor": "white", "fillmode": "overlay"}}))
    traces.append(go.Scatter(x=[None], y=[None], mode="markers", name=REVISED_KEY, legend="legend2",
                             hoverinfo="skip", xaxis=xaxis,
                             marker={"symbol": "triangle-down", "size": 9, "color": REVISED_COLOUR}))
    return traces


def _labels(marks: pd.DataFrame, point: np.ndarray, full: pd.Series, short: pd.Series,
            webgl: bool) -> dict[str, object]:
    """The labels of ``marks`` (placed rows, label_order's), each at the right edge of its mark and pushed past a
    marker by the marker's size."""
    right = np.where(point, _ms(marks["date_start"]) + ONE_DAY.total_seconds() * 500, _end_ms(marks["date_end"]))
    sizes = (GL_DEADLINE_PX, GL_MARKER_PX) if webgl else (DEADLINE_PX, MARKER_PX)
    marker_px = np.where(point, np.where(is_deadline(marks).to_numpy(), *sizes), 2)
    return label_trace(right, marks["y"].to_numpy(dtype=float), full, short, marker_px)


def _revised_trace(placed: pd.DataFrame, is_point: np.ndarray) -> go.Scatter | None:
    """A small mark above each event whose reports gave different dates (the ``revised`` column, from
    timeline.known): hover says so, a click opens the event and its date history. None in views too large for
    per-event hover (no headlines)."""
    if "revised" not in placed or "headline" not in placed:
        return None
    revised = placed["revised"].fillna(False).to_numpy(dtype=bool)
    if not revised.any():
        return None
    marks = placed[revised]
    x = _ms(marks["date_start"]) + is_point[revised] * ONE_DAY.total_seconds() * 500
    return go.Scatter(
        x=x, y=marks["y"] - 0.36, mode="markers", name=REVISED_KEY, showlegend=False, meta=REVISED_META,
        marker={"symbol": "triangle-down", "size": 9, "color": REVISED_COLOUR},
        customdata=np.column_stack([marks["event_id"].astype(str).to_numpy(dtype=object),
                                    marks["headline"].map(_text).to_numpy(dtype=object)]),
        hovertemplate="<b>%{customdata[1]}</b><br>Its reports gave different dates: click for how its date "
                      "changed<extra></extra>",
    )


def _look_index(frame: pd.DataFrame) -> np.ndarray:
    """Each row's look, as its position in LOOKS (an unknown or missing status looks occurred)."""
    codes = frame["status"].astype(STATUS_DTYPE).cat.codes.to_numpy()  # -1 for a missing or unknown status
    return np.array([LOOK_OF_STATUS[status] for status in STATUSES] + [0])[codes]


def _looks(frame: pd.DataFrame) -> list[StatusLook]:
    """Each row's StatusLook."""
    return [LOOKS[i] for i in _look_index(frame)]


def _outline(colour: str, deadline: bool, look: StatusLook, plain: str = "white") -> tuple[str, float]:
    """A mark's outline colour and width: dark for deadlines, the type's colour for hollow and lighter marks."""
    if deadline:
        return DEADLINE_OUTLINE, 2.5
    if look.hollow or look.opacity < 1:
        return colour, 2.0
    return plain, 1.0


def _point_trace(points: pd.DataFrame, event_type: str, as_of: date) -> go.Scatter:
    """Day events of one type as markers (deadlines diamonds), each in its status's look."""
    colour = TYPE_COLOURS[event_type]
    deadline = is_deadline(points).to_numpy()
    looks = _looks(points)
    outlines = [_outline(colour, flag, look) for flag, look in zip(deadline, looks)]
    return go.Scatter(
        x=points["date_start"] + ONE_DAY / 2, y=points["y"], mode="markers",
        name=event_type, legendgroup=event_type, showlegend=False,
        marker={
            "color": colour, "opacity": [look.opacity for look in looks],
            "symbol": [("diamond" if flag else "circle") + look.symbol for flag, look in zip(deadline, looks)],
            "size": [DEADLINE_PX if flag else MARKER_PX for flag in deadline],
            "line": {"color": [c for c, _ in outlines], "width": [w for _, w in outlines]},
        },
        customdata=_customdata(points, as_of), hovertemplate=HOVER,
    )


def _bar_traces(bars: pd.DataFrame, event_type: str, as_of: date) -> list[go.Bar]:
    """Intervals of one type as horizontal bars from the first day to the end of the last day, each in its
    status's look: filled ones (patterned by status) and hollow ones in separate traces (plotly takes one fill
    colour per patterned trace); a white edge keeps back-to-back intervals ("May", "early June") apart."""
    colour = TYPE_COLOURS[event_type]
    looks = np.array(_looks(bars), dtype=object)
    hollow = np.array([look.hollow for look in looks], dtype=bool)
    traces = []
    for fill, rows in ((colour, ~hollow), ("white", hollow)):
        if not rows.any():
            continue
        part, part_looks = bars[rows], looks[rows]
        deadline = is_deadline(part).to_numpy()
        outlines = [_outline(colour, flag, look) for flag, look in zip(deadline, part_looks)]
        duration = _end_ms(part["date_end"]) - _ms(part["date_start"])
        patterns = [look.pattern for look in part_looks]
        traces.append(go.Bar(
            base=part["date_start"].dt.strftime("%Y-%m-%d"), x=duration, y=part["y"], orientation="h", width=0.6,
            name=event_type, legendgroup=event_type, showlegend=False,
            marker={
                "color": fill, "line": {"color": [c for c, _ in outlines], "width": [w for _, w in outlines]},
                "pattern": {"shape": patterns, "fgcolor": "white", "fillmode": "overlay"} if any(patterns) else {},
            },
            customdata=_customdata(part, as_of), hovertemplate=HOVER,
        ))
    return traces


#: Hover of WebGL traces over _short_hover's fields.
SHORT_HOVER = "<b>%{customdata[3]}</b><br>%{customdata[1]}<br>Actors: %{customdata[2]}<extra></extra>"
#: Hover of WebGL traces of views too large for per-event hover (HOVER_MAX).
PLAIN_HOVER = "%{x|%Y-%m-%d} · %{fullData.name}<extra></extra>"


def _escaped(values: pd.Series) -> pd.Series:
    """Hover-safe text for a whole column at once: nulls empty, ``&``, ``<`` and ``>`` escaped."""
    text = values.astype("string").fillna("")
    return text.str.replace("&", "&amp;", regex=False).str.replace("<", "&lt;", regex=False).str.replace(
        ">", "&gt;", regex=False)


def _short_hover(placed: pd.DataFrame, as_of: date) -> np.ndarray:
    """(id, heading, actors, headline) per row for WebGL traces, built column-wise; the heading holds the date
    expression and dates, type, status and countdown. Plain text: the markup is in SHORT_HOVER, once per trace (in
    JSON every ``<`` costs six bytes), and the sentence is left to the detail panel to keep large views light."""
    start = pd.Series(np.datetime_as_string(placed["date_start"].to_numpy(), unit="D"), index=placed.index,
                      dtype="string")
    end = pd.Series(np.datetime_as_string(placed["date_end"].to_numpy(), unit="D"), index=placed.index,
                    dtype="string")
    dates = start.where(start == end, start + " to " + end)
    date_text = _escaped(placed["date_text"])
    labels = deadline_labels(placed, as_of).astype("string")
    heading = (date_text.where(date_text != "", dates) + " (" + dates + ") · " + _escaped(placed["event_type"])
               + " · " + _escaped(placed["status"]) + (" · " + labels).where(labels != "", ""))
    actors = _escaped(placed["actors"])
    columns = [placed["event_id"].astype(str), heading, actors.where(actors != "", "—"), _escaped(placed["headline"])]
    return np.column_stack([column.to_numpy(dtype=object) for column in columns])


def _ms(values: pd.Series) -> np.ndarray:
    """Timestamps as float milliseconds since the epoch (a date axis reads numbers so; sent as a typed array)."""
    return values.to_numpy().astype("datetime64[ms]").astype(np.int64).astype(float)


def _calendar_bounds(extent: Range) -> dict[str, object]:
    """Plotly's date axis draws years 1 to 9999 (beyond, NaN): when the drawn events come near either end (its
    autorange pads by a few percent), zoom, pan, Autoscale and the range slider are held inside them. Only then:
    the bounds cost a 100k-event view about a second of drawing."""
    low, high = extent
    margin = (high - low) * 0.1 + ONE_DAY
    if low - margin > window.FIRST_INSTANT and high + margin < window.LAST_INSTANT:
        return {}
    first, last = window.FIRST_INSTANT.isoformat(), window.LAST_INSTANT.isoformat()
    return {"minallowed": first, "maxallowed": last, "autorangeoptions": {"minallowed": first, "maxallowed": last},
            "rangeslider": {"range": [x.isoformat() for x in padded(extent)]}}


def _extent(placed: pd.DataFrame) -> Range:
    """The days of every drawn event."""
    return pd.Timestamp(placed["date_start"].min()), pd.Timestamp(placed["date_end"].max()) + ONE_DAY


def _end_ms(last_days: pd.Series) -> np.ndarray:
    """The end of each last day (the next midnight) in ms, held at the last instant plotly draws (9999-12-31)."""
    return np.minimum(_ms(last_days) + ONE_DAY.total_seconds() * 1000, _ms(pd.Series([window.LAST_INSTANT]))[0])


def merged_segments(start: np.ndarray, end: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The union of same-row segments: overlapping or touching [start, end) on the same ``y`` become one segment.

    Drawn in one colour and style they cover the same pixels, and WebGL draws a few hundred long segments where
    tens of thousands take it seconds (40,021 intervals of the 100k synthetic store merge into 546 segments).
    """
    if len(y) == 0:
        return start, end, y
    order = np.lexsort((start, y))
    s, e, r = start[order], end[order], y[order]
    reach = pd.Series(e).groupby(r).cummax().to_numpy()  # furthest end so far in the row
    new = np.ones(len(r), dtype=bool)
    new[1:] = (r[1:] != r[:-1]) | (s[1:] > reach[:-1])
    group = np.cumsum(new) - 1
    ends = np.full(int(group[-1]) + 1, -np.inf)
    np.maximum.at(ends, group, e)
    return s[new], ends, r[new]


def _gl_traces(placed: pd.DataFrame, event_type: str, hover: np.ndarray | None) -> list[dict[str, object]]:
    """Events of one type for WebGL (plain trace dicts over numpy arrays: no per-point checks or copies).

    Day events are markers as in SVG (deadlines outlined diamonds, each status its symbol), one trace per look;
    intervals are thick line segments from the first day to the end of the last day, dashed by status
    (StatusLook.dash; overlapping ones in a row merged: merged_segments), each hovered and clicked at its middle.
    ``hover`` holds _short_hover's fields per row of ``placed``; without it, hover shows the day and type and a
    click names no event.
    """
    common = {"type": "scattergl", "name": event_type, "legendgroup": event_type, "showlegend": False,
              "hovertemplate": SHORT_HOVER if hover is not None else PLAIN_HOVER}
    colour = TYPE_COLOURS[event_type]
    start, end = _ms(placed["date_start"]), _end_ms(placed["date_end"])
    y = placed["y"].to_numpy(dtype=np.float32)  # row numbers: four bytes a point are plenty
    point = (placed["date_end"] <= placed["date_start"]).to_numpy()
    deadline = is_deadline(placed).to_numpy()
    look_of = _look_index(placed)
    dashes = np.array([look.dash for look in LOOKS], dtype=object)[look_of]
    traces: list[dict[str, object]] = []
    for dash in dict.fromkeys(look.dash for look in LOOKS):
        rows = ~point & (dashes == dash)
        if not rows.any():
            continue
        seg_start, seg_end, seg_y = merged_segments(start[rows], end[rows], y[rows])
        n = len(seg_y)
        x, ys = np.full(3 * n, np.nan), np.full(3 * n, np.nan, dtype=np.float32)
        x[0::3], x[1::3] = seg_start, seg_end
        ys[0::3] = ys[1::3] = seg_y
        traces.append({**common, "x": x, "y": ys, "mode": "lines", "connectgaps": False,
                       "line": {"color": colour, "width": INTERVAL_LINE_PX, "dash": dash},
                       **({"hoverinfo": "skip"} if hover is not None else {})})
        # the hover and click target of each segment: an invisible marker at its middle (one hover text per
        # interval, where the segment's own vertices would need three)
        if hover is not None:
            traces.append({**common, "x": (start[rows] + end[rows]) / 2, "y": y[rows], "mode": "markers",
                           "marker": {"color": colour, "size": INTERVAL_LINE_PX, "opacity": 0},
                           "customdata": hover[rows]})
    for flag in (False, True):
        for index, look in enumerate(LOOKS):
            rows = point & (deadline == flag) & (look_of == index)
            if not rows.any():
                continue
            line, width = _outline(colour, flag, look)
            traces.append({**common, "x": start[rows] + ONE_DAY.total_seconds() * 500, "y": y[rows], "mode": "markers",
                           "marker": {"color": colour, "symbol": ("diamond" if flag else "circle") + look.symbol,
                                      "size": GL_DEADLINE_PX if flag else GL_MARKER_PX, "opacity": look.opacity,
                                      "line": {"color": line, "width": width / 2 if line == "white" else width}},
                           **({"customdata": hover[rows]} if hover is not None else {})})
    return traces


def _edge_marks(fig: go.Figure, as_of: date, x_range: Range) -> None:
    """A dashed vertical "as of" line, or a note at the edge it lies beyond."""
    when = pd.Timestamp(as_of)
    label = f"as of {as_of.isoformat()}"
    font = {"color": AS_OF_COLOUR}
    if x_range[0] <= when <= x_range[1]:
        fig.add_shape(type="line", xref="x", yref="paper", x0=when, x1=when, y0=0, y1=1,
                      line={"color": AS_OF_COLOUR, "width": 1.5, "dash": "dash"})
        share = (when - x_range[0]) / (x_range[1] - x_range[0])  # near an edge the label stays inside the plot
        anchor = "left" if share < 0.1 else "right" if share > 0.9 else "center"
        fig.add_annotation(x=when, xref="x", y=1, yref="paper", yanchor="bottom", xanchor=anchor, text=label,
                           showarrow=False, font=font)
    elif when > x_range[1]:
        fig.add_annotation(x=1, xref="paper", xanchor="right", y=1, yref="paper", yanchor="bottom", showarrow=False,
                           font=font, text=f"{label} ▶")
    else:
        fig.add_annotation(x=0, xref="paper", xanchor="left", y=1, yref="paper", yanchor="bottom", showarrow=False,
                           font=font, text=f"◀ {label}")


def opening_range(frame: pd.DataFrame, as_of: date | None = None) -> Range:
    """The x range the timeline of ``frame`` (with dated events) opens on: the opening window, padded."""
    window = opening_window(frame, as_of)
    if window is None:
        raise ValueError("no dated events: there is no range to open on")
    return padded(window)


def _empty_figure(message: str) -> go.Figure:
    """A figure holding only ``message``."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5, font={"size": 16})
    fig.update_layout(xaxis={"visible": False}, yaxis={"visible": False}, height=240, template="plotly_white")
    return fig


@dataclass(frozen=True)
class Timeline:
    """A drawn timeline: the figure, the notes to show beside it (what lies outside its days, what a WebGL view
    leaves out), and the lanes it draws."""

    figure: go.Figure
    notes: tuple[str, ...]
    lanes: tuple[str, ...]


def timeline_figure(frame: pd.DataFrame, lane: str = DEFAULT_LANE, as_of: date | None = None,
                    x_range: Range | None = None) -> go.Figure:
    """The figure of ``timeline``."""
    return timeline(frame, lane, as_of, x_range).figure


def notes(frame: pd.DataFrame, drawn: int, x_range: Range) -> tuple[str, ...]:
    """The notes beside a timeline of ``frame`` drawing ``drawn`` marks on the days of ``x_range``: the events
    outside those days, and what WebGL leaves out."""
    found = (window_note(frame, x_range), webgl_note(drawn) if drawn >= WEBGL_FROM else "")
    return tuple(note for note in found if note)


def timeline(frame: pd.DataFrame, lane: str = DEFAULT_LANE, as_of: date | None = None,
             x_range: Range | None = None, revision: str = "") -> Timeline:
    """The timeline of ``frame``'s dated events in lanes by ``lane`` (a key of LANES), countdowns as of ``as_of``,
    showing the days of ``x_range`` (by default dashboard.window's opening window, padded) and the lanes with an
    event on those days (every event of those lanes is drawn, so panning finds them). A new figure with the same
    ``revision`` keeps the zoom the analyst chose (plotly's uirevision)."""
    as_of = as_of or date.today()
    everything = frame
    if draws_days_on_screen(frame):
        x_range = x_range or opening_range(frame[list(WINDOW_COLUMNS)], as_of)
        on_screen = in_range(frame, x_range).to_numpy()
        near = in_range(frame, window.around(x_range)).to_numpy()  # a short pan finds events before the redraw
        if on_screen.sum() > DENSITY_FROM or not near.any():  # none near: an empty density keeps axis and notes
            return density_timeline(frame, lane, as_of, x_range, revision)
        frame = frame[near if near.sum() <= DENSITY_FROM else on_screen]
    rows = lane_rows(frame[[c for c in FIGURE_COLUMNS if c in frame.columns]], lane)
    if rows.empty:
        return Timeline(_empty_figure("No dated events match the filters"), (), ())
    x_range = x_range or opening_range(frame[list(WINDOW_COLUMNS)], as_of)  # the events, not their lane rows
    shown_lanes = lanes_in_range(rows, x_range) or list(rows["lane"].unique())
    rows = rows[rows["lane"].isin(shown_lanes).to_numpy()].reset_index(drop=True)
    webgl = len(rows) >= WEBGL_FROM
    if not webgl or len(rows) <= HOVER_MAX:
        rows = with_headlines(rows)
    labelled = label_order(rows) if len(rows) <= HOVER_MAX else np.array([], dtype=int)
    full, short = label_texts(with_headlines(rows.iloc[labelled]), as_of)
    label_px = np.zeros(len(rows))
    if not webgl:  # room for the labels when packing rows (WebGL views label only the few that matter most)
        label_px[labelled] = full.str.len().to_numpy() * CHAR_PX + 12
    placed, ticks = place_events(rows, lane, x_range, label_px)
    is_point = (placed["date_end"] <= placed["date_start"]).to_numpy()
    types = placed["event_type"]
    hover = _short_hover(placed, as_of) if webgl and len(placed) <= HOVER_MAX else None
    traces: list[object] = []
    for event_type in [t for t in EVENT_TYPES if t in set(types.unique())]:
        of_type = (types == event_type).to_numpy()
        traces.append(_legend_trace(event_type))
        if webgl:
            traces.extend(_gl_traces(placed[of_type], event_type, None if hover is None else hover[of_type]))
            continue
        bars, points = placed[of_type & ~is_point], placed[of_type & is_point]
        if len(bars):
            traces.extend(_bar_traces(bars, event_type, as_of))
        if len(points):
            traces.append(_point_trace(points, event_type, as_of))
    revised = _revised_trace(placed, is_point)
    traces.extend([revised] if revised is not None else [])
    # the labels' axis only where there are labels: a second subplot costs a 100k WebGL view's first frame ~0.5 s
    traces.extend(_key_traces(webgl, LABEL_XAXIS if len(labelled) else "x"))
    if len(labelled):
        traces.append(_labels(placed.iloc[labelled], is_point[labelled], full, short, webgl))
    fig = go.Figure(data=traces)  # not add_traces, which deep-copies every hover string of a large view
    n_rows = int(placed["y"].max()) + 1
    height = max(420, 230 + ROW_HEIGHT_PX * n_rows)
    spare = max(0.0, (MIN_ROWS - n_rows) / 2)  # a view of one or two rows keeps thin bars, centred
    boundaries = sorted({tick - 0.5 for tick in _lane_starts(placed)} - {-0.5})
    fig.update_layout(
        template="plotly_white", barmode="overlay", height=height,
        margin={"l": 10, "r": 20, "t": 56, "b": 40}, hoverlabel={"align": "left"}, uirevision=revision,
        legend={"title": {"text": "Event type"}, "orientation": "v"},
        legend2={"title": {"text": "Status"}, "orientation": "h", "x": 0, "xanchor": "left", "y": 0,
                 "yref": "container", "yanchor": "bottom", "itemclick": False, "itemdoubleclick": False},
        xaxis={"type": "date", "range": [x.isoformat() for x in x_range],
               "rangeslider": {"visible": True, "thickness": min(0.12, RANGESLIDER_PX / (height - 150))},
               "showgrid": True, "gridcolor": "#e6e6e6"},
        yaxis={"tickvals": list(ticks.values()), "ticktext": list(ticks), "range": [n_rows - 0.5 + spare, -0.5 - spare],
               "showgrid": False, "zeroline": False, "automargin": True, "fixedrange": True,
               "title": {"text": LANES.get(lane, lane)}},
        shapes=[{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": y, "y1": y,
                 "line": {"color": "#cccccc", "width": 1}} for y in boundaries],
    )
    if len(labelled):
        fig.update_layout(xaxis2={"type": "date", "overlaying": "x", "matches": "x", "visible": False})
    fig.layout.xaxis.update(_calendar_bounds(_extent(placed)))
    _edge_marks(fig, as_of, x_range)
    return Timeline(fig, notes(everything, len(placed), x_range), tuple(shown_lanes))


def draws_days_on_screen(frame: pd.DataFrame) -> bool:
    """True when a timeline of ``frame`` draws only the days on screen (more than DENSITY_FROM dated events: as
    density while more than that are on screen, else one by one), so that each zoom or pan needs a new figure;
    smaller views hold every event of their lanes, and panning finds them."""
    return int(frame["date_start"].notna().sum()) > DENSITY_FROM


def density_timeline(frame: pd.DataFrame, lane: str, as_of: date, x_range: Range, revision: str = "") -> Timeline:
    """The timeline of ``frame`` on the days of ``x_range`` as density (dashboard.density): per lane, how many
    events touch each bin, counted on the server."""
    dated = frame.loc[in_range(frame, x_range).to_numpy(), ["date_start", "date_end", lane]]
    positions, codes, names = lane_positions(dated, lane)
    starts = dated["date_start"].to_numpy()[positions]
    last_days = dated["date_end"].fillna(dated["date_start"]).to_numpy()[positions]
    order = _lane_order(pd.Series(names, dtype=object), lane)
    counted = density(starts, last_days, codes, list(names), order, x_range)
    note = (f"{len(dated):,} events on these days, drawn as how many touch each {counted.unit} of each lane: "
            f"zoom in to fewer than {DENSITY_FROM:,} to see them one by one.") if len(dated) else ""
    found = (window_note(frame[["event_id", "date_start", "date_end"]], x_range), note)
    return Timeline(density_figure(counted, lane, as_of, x_range, revision), tuple(n for n in found if n),
                    counted.lanes)


def density_figure(counted: Density, lane: str, as_of: date, x_range: Range, revision: str = "") -> go.Figure:
    """A heatmap of ``counted``: a row per lane, a cell per bin, darker for more events; empty bins blank."""
    z = counted.counts.astype(float)
    z[z == 0] = np.nan
    names = np.array(counted.bin_names(), dtype=object)
    heat = {"type": "heatmap", "x": [edge.isoformat() for edge in counted.edges], "y": list(counted.lanes), "z": z,
            "text": np.tile(names, (len(counted.lanes), 1)), "colorscale": DENSITY_SCALE, "zmin": 0, "ygap": 2,
            "hovertemplate": "<b>%{y}</b> · %{text}<br>%{z:,} events<extra></extra>",
            "colorbar": {"title": {"text": f"events<br>per {counted.unit}"}, "thickness": 14}}
    fig = go.Figure(data=[heat])
    height = max(420, 230 + ROW_HEIGHT_PX * len(counted.lanes))
    fig.update_layout(
        template="plotly_white", height=height, margin={"l": 10, "r": 20, "t": 56, "b": 40}, uirevision=revision,
        xaxis={"type": "date", "range": [x.isoformat() for x in x_range], "showgrid": True, "gridcolor": "#e6e6e6",
               "rangeslider": {"visible": True, "thickness": min(0.12, RANGESLIDER_PX / (height - 150))}},
        yaxis={"autorange": "reversed", "fixedrange": True, "automargin": True, "showgrid": False,
               "showticklabels": bool(counted.lanes), "title": {"text": LANES.get(lane, lane)}},
    )
    fig.layout.xaxis.update(_calendar_bounds((counted.edges[0], counted.edges[-1])))
    _edge_marks(fig, as_of, x_range)
    return fig


def webgl_note(drawn: int) -> str:
    """What a large view leaves out, and how to get it back."""
    if drawn > HOVER_MAX:
        return (f"{drawn:,} events drawn with WebGL, intervals as lines; no labels, hover shows only day and type, "
                f"and clicks open nothing: filter to {HOVER_MAX:,} or fewer for details, fewer than {WEBGL_FROM:,} "
                "for bars and every label.")
    return (f"{drawn:,} events drawn with WebGL: intervals as lines, only the most important labelled. "
            f"Filter to fewer than {WEBGL_FROM:,} for bars and every label.")


def _lane_starts(placed: pd.DataFrame) -> set[float]:
    """The first row of each lane."""
    return set(placed.groupby("lane")["y"].min())
