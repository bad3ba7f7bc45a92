"""Pure figure functions: an events frame (schema columns) in, a new plotly Figure out; the input is never changed.

Day events are markers, intervals (a week, a month, "early June") are bars spanning their days; colour is the event
type; deadlines are diamonds or bars with a dark outline and a countdown; negated events are crossed (markers) or
cross-hatched (bars), hypothetical ones hollow (markers) or dotted (bars).
"""

from __future__ import annotations

import html
import textwrap
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.data import DEFAULT_LANE, LANES, NO_VALUE, deadline_labels, is_deadline, split_list
from timeline.schema import EVENT_TYPES

#: Event type -> colour: deadlines red, threats and force warm, diplomacy cool, "other" grey.
TYPE_COLOURS: dict[str, str] = {
    "talks": "#1f6fb4", "proposal": "#35a7c9", "statement": "#7a8fa6", "threat": "#e07b00", "deadline": "#d62728",
    "agreement": "#2ca02c", "ceasefire": "#98c94f", "exchange": "#8a5cc2", "sanction": "#8c564b", "aid": "#17becf",
    "military": "#5b1a1a", "other": "#9a9a9a",
}
DEADLINE_OUTLINE = "#111111"
AS_OF_COLOUR = "#444444"
#: Status -> bar pattern and marker-symbol suffix that set it apart.
STATUS_PATTERN = {"negated": "x", "hypothetical": "."}
STATUS_SYMBOL_SUFFIX = {"negated": "-x-open", "hypothetical": "-open"}
ONE_DAY = pd.Timedelta(days=1)
ROW_HEIGHT_PX = 34
#: Views spanning longer than this open on their most recent events; the range slider still shows everything.
FOCUS_DAYS = 365
MIN_SPAN = pd.Timedelta(days=30)
#: The y axis always has room for this many rows, so few rows do not make fat bars.
MIN_ROWS = 4
#: A lane grows at most this many rows; beyond that its events overlap.
MAX_ROWS_PER_LANE = 8
#: From this many drawn events the timeline is drawn with WebGL (Scattergl): day events as markers, intervals as
#: thick line segments, a short hover (the sentence is in the detail panel) and no countdown labels or bar patterns
#: (SVG bars and labels cost the browser seconds at these sizes); the figure says so.
WEBGL_FROM = 2000
#: Above this many drawn events each event's hover text and click target (its id) are left out, which would be
#: ~200 bytes an event to build, send and parse: hover shows the day and type, and the figure says to filter.
HOVER_MAX = 20_000
#: Lanes of more events than this are packed round-robin by start date (vectorised) instead of greedily.
GREEDY_PACK_MAX = 5000
INTERVAL_LINE_PX = 9
#: Every trace type the figures use: the dashboard's plotly.js (assets/plotly-timeline.min.js, built by
#: dashboard/plotly_bundle) holds only these.
TRACE_TYPES = ("scatter", "bar", "scattergl")
#: Event-table columns the figure reads (the rest are left behind before any row is copied).
FIGURE_COLUMNS = ("event_id", "date_start", "date_end", "date_text", "event_type", "status", "actors", "summary",
                  "sentence", "source")
LINE_DASH = {"negated": "dash", "hypothetical": "dot"}
HOVER = (
    "<b>%{customdata[1]}</b> (%{customdata[2]})<br>"
    "%{customdata[3]} · %{customdata[4]}%{customdata[7]}<br>"
    "Actors: %{customdata[8]}<br>"
    "<b>%{customdata[5]}</b><br>"
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


def _lane_values(frame: pd.DataFrame, lane: str) -> pd.Series:
    """One lane label per row; with actor lanes an event with several actors appears once per actor."""
    if lane == "actors":
        labels = frame["actors"].map(lambda cell: split_list(cell) or [NO_VALUE])
        return labels.explode()
    values = frame[lane].astype("object")
    return values.where(values.notna() & (values != ""), NO_VALUE).astype(str)


def _lane_order(labels: pd.Series, lane: str) -> list[str]:
    """Lanes top to bottom: event types in schema order, other lanes alphabetical, the empty lane last."""
    present = set(labels)
    ordered = [t for t in EVENT_TYPES if t in present] if lane == "event_type" else sorted(present - {NO_VALUE})
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


def place_events(frame: pd.DataFrame, lane: str = DEFAULT_LANE) -> tuple[pd.DataFrame, dict[str, float]]:
    """Lay dated events out in lanes: a new frame with ``lane`` and ``y`` columns, and lane label -> tick y.

    Within a lane, events that would overlap on screen get separate rows, at most MAX_ROWS_PER_LANE (greedy packing
    by start date); a marker counts as 1/60 of the opening view wide. Undated events are left out.
    """
    dated = frame[frame["date_start"].notna()].copy()
    if dated.empty:
        return dated.assign(lane=pd.Series(dtype="object"), y=pd.Series(dtype="float")), {}
    dated["date_end"] = dated["date_end"].fillna(dated["date_start"])
    lanes = _lane_values(dated, lane)
    placed = dated.loc[lanes.index].assign(lane=lanes.to_numpy()).reset_index(drop=True)
    order = placed.sort_values(["date_start", "date_end"], kind="stable").index.to_numpy()
    starts = placed["date_start"].to_numpy().astype("datetime64[s]").astype(np.int64)[order]
    ends = placed["date_end"].to_numpy().astype("datetime64[s]").astype(np.int64)[order] + 86_400
    min_extent = max(86_400, int(min(ends.max() - starts.min(), FOCUS_DAYS * 86_400) / 60))
    visual_ends = np.maximum(ends, starts + min_extent)
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
    """Hover fields per row: id, date text, ISO dates, type, status, summary, sentence, countdown, actors (an
    object array, which plotly takes without checking each cell)."""
    start = placed["date_start"].dt.strftime("%Y-%m-%d")
    end = placed["date_end"].dt.strftime("%Y-%m-%d")
    dates = start.where(start == end, start + " – " + end)
    date_text = placed["date_text"].map(_text)
    columns = [
        placed["event_id"].astype(str), date_text.where(date_text != "", dates), dates,
        placed["event_type"].map(_text), placed["status"].map(_text), placed["summary"].map(_text),
        placed["sentence"].map(_wrapped),
        deadline_labels(placed, as_of).map(lambda label: f" · <b>{label}</b>" if label else ""),
        placed["actors"].map(lambda cell: _text(cell) or "—"),
    ]
    return np.column_stack([column.to_numpy(dtype=object) for column in columns])


def _legend_trace(event_type: str) -> go.Scatter:
    """A legend entry for an event type's colour alone (the drawn traces' first point may be crossed or hollow)."""
    return go.Scatter(x=[None], y=[None], mode="markers", name=event_type, legendgroup=event_type,
                      marker={"color": TYPE_COLOURS[event_type], "symbol": "square", "size": 12}, hoverinfo="skip")


def _point_trace(points: pd.DataFrame, event_type: str, as_of: date) -> go.Scatter:
    """Day events of one type as markers; deadlines as outlined diamonds labelled with their countdown (text and
    patterns are left out of traces that need none: they cost the browser dearly on large views)."""
    deadline = is_deadline(points).to_numpy()
    statuses = points["status"].astype("object").fillna("")
    symbols = [
        ("diamond" if flag else "circle") + STATUS_SYMBOL_SUFFIX.get(status, "")
        for flag, status in zip(deadline, statuses)
    ]
    labels = deadline_labels(points, as_of).tolist()
    return go.Scatter(
        x=points["date_start"] + ONE_DAY / 2, y=points["y"], mode="markers+text" if any(labels) else "markers",
        name=event_type, legendgroup=event_type, showlegend=False,
        marker={
            "color": TYPE_COLOURS[event_type], "symbol": symbols,
            "size": [18 if flag else 13 for flag in deadline],
            "line": {"color": [DEADLINE_OUTLINE if flag else "white" for flag in deadline],
                     "width": [2.5 if flag else 1 for flag in deadline]},
        },
        text=labels if any(labels) else None, textposition="middle right",
        textfont={"color": DEADLINE_OUTLINE, "size": 12},
        customdata=_customdata(points, as_of), hovertemplate=HOVER,
    )


def _bar_trace(bars: pd.DataFrame, event_type: str, as_of: date) -> go.Bar:
    """Intervals of one type as horizontal bars from the first day to the end of the last day; a white edge keeps
    back-to-back intervals ("May", "early June") apart."""
    deadline = is_deadline(bars).to_numpy()
    statuses = bars["status"].astype("object").fillna("")
    duration = (bars["date_end"] + ONE_DAY - bars["date_start"]).dt.total_seconds() * 1000
    labels = deadline_labels(bars, as_of).tolist()
    patterns = [STATUS_PATTERN.get(status, "") for status in statuses]
    return go.Bar(
        base=bars["date_start"].dt.strftime("%Y-%m-%d"), x=duration, y=bars["y"], orientation="h", width=0.6,
        name=event_type, legendgroup=event_type, showlegend=False,
        marker={
            "color": TYPE_COLOURS[event_type],
            "line": {"color": [DEADLINE_OUTLINE if flag else "white" for flag in deadline],
                     "width": [2.5 if flag else 1.5 for flag in deadline]},
            "pattern": {"shape": patterns, "fgcolor": "white", "fillmode": "overlay"} if any(patterns) else {},
        },
        text=labels if any(labels) else None, textposition="outside", cliponaxis=False,
        textfont={"color": DEADLINE_OUTLINE, "size": 12},
        customdata=_customdata(bars, as_of), hovertemplate=HOVER,
    )


#: Hover of WebGL traces over _short_hover's fields.
SHORT_HOVER = "<b>%{customdata[1]}</b><br>Actors: %{customdata[2]}<br><b>%{customdata[3]}</b><extra></extra>"
#: Hover of WebGL traces of views too large for per-event hover (HOVER_MAX).
PLAIN_HOVER = "%{x|%Y-%m-%d} · %{fullData.name}<extra></extra>"


def _escaped(values: pd.Series) -> pd.Series:
    """Hover-safe text for a whole column at once: nulls empty, ``&``, ``<`` and ``>`` escaped."""
    text = values.astype("string").fillna("")
    return text.str.replace("&", "&amp;", regex=False).str.replace("<", "&lt;", regex=False).str.replace(
        ">", "&gt;", regex=False)


def _short_hover(placed: pd.DataFrame, as_of: date) -> np.ndarray:
    """(id, heading, actors, summary) per row for WebGL traces, built column-wise; the heading holds the date
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
    columns = [placed["event_id"].astype(str), heading, actors.where(actors != "", "—"), _escaped(placed["summary"])]
    return np.column_stack([column.to_numpy(dtype=object) for column in columns])


def _ms(values: pd.Series) -> np.ndarray:
    """Timestamps as float milliseconds since the epoch (a date axis reads numbers so; sent as a typed array)."""
    return values.to_numpy().astype("datetime64[ms]").astype(np.int64).astype(float)


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

    Day events are markers as in SVG (deadlines outlined diamonds, negated crossed, hypothetical hollow), one trace
    per look; intervals are thick line segments from the first day to the end of the last day, solid, dashed when
    negated, dotted when hypothetical (overlapping ones in a row merged: merged_segments), each hovered and clicked
    at its middle. ``hover`` holds _short_hover's
    fields per row of ``placed``; without it, hover shows the day and type and a click names no event.
    """
    common = {"type": "scattergl", "name": event_type, "legendgroup": event_type, "showlegend": False,
              "hovertemplate": SHORT_HOVER if hover is not None else PLAIN_HOVER}
    colour = TYPE_COLOURS[event_type]
    start, end = _ms(placed["date_start"]), _ms(placed["date_end"] + ONE_DAY)
    y = placed["y"].to_numpy(dtype=np.float32)  # row numbers: four bytes a point are plenty
    point = (placed["date_end"] <= placed["date_start"]).to_numpy()
    deadline = is_deadline(placed).to_numpy()
    status = placed["status"].astype("object").fillna("").to_numpy()
    traces: list[dict[str, object]] = []
    for dash in ("solid", "dash", "dot"):
        rows = ~point & (np.array([LINE_DASH.get(s, "solid") for s in status]) == dash)
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
    suffix = np.array([STATUS_SYMBOL_SUFFIX.get(s, "") for s in status], dtype=object)
    for flag in (False, True):
        for look in ("", *STATUS_SYMBOL_SUFFIX.values()):
            rows = point & (deadline == flag) & (suffix == look)
            if not rows.any():
                continue
            traces.append({**common, "x": start[rows] + ONE_DAY.total_seconds() * 500, "y": y[rows], "mode": "markers",
                           "marker": {"color": colour, "symbol": ("diamond" if flag else "circle") + look,
                                      "size": 14 if flag else 10,
                                      "line": {"color": DEADLINE_OUTLINE if flag else "white",
                                               "width": 2 if flag else 0.5}},
                           **({"customdata": hover[rows]} if hover is not None else {})})
    return traces


def _x_range(placed: pd.DataFrame, as_of: date) -> list[str]:
    """The opening x range: all events, or when they span more than FOCUS_DAYS, those starting in the last
    FOCUS_DAYS (the range slider still shows everything); widened to the "as of" day when that is within FOCUS_DAYS;
    at least MIN_SPAN wide (so the axis shows days, not hours); padded, more on the right for countdown labels."""
    low, high = placed["date_start"].min(), placed["date_end"].max() + ONE_DAY
    focus = pd.Timedelta(days=FOCUS_DAYS)
    if high - low > focus:
        recent = placed["date_start"][placed["date_start"] >= high - focus]
        low = recent.min() if len(recent) else high - focus
    when = pd.Timestamp(as_of)
    if low - focus <= when <= high + focus:
        low, high = min(low, when), max(high, when + ONE_DAY)
    if high - low < MIN_SPAN:
        low, high = low - (MIN_SPAN - (high - low)) / 2, high + (MIN_SPAN - (high - low)) / 2
    span = high - low
    return [(low - span * 0.04).isoformat(), (high + span * 0.18).isoformat()]


def earlier_note(placed: pd.DataFrame, x_range: list[str]) -> str | None:
    """What the opening range leaves out on the left ("◀ 1 earlier event, from 2022-01-01: drag the range slider"),
    so a lane that looks empty is not taken for a lane without events."""
    earlier = placed["date_end"][placed["date_end"] < pd.Timestamp(x_range[0])]
    if earlier.empty:
        return None
    first = placed["date_start"].min().date().isoformat()
    plural = "" if len(earlier) == 1 else "s"
    return f"◀ {len(earlier):,} earlier event{plural}, from {first}: drag the range slider"


def _edge_marks(fig: go.Figure, placed: pd.DataFrame, as_of: date, x_range: list[str]) -> None:
    """A dashed vertical "as of" line, or an edge note pointing to it when it lies outside the opening range; and a
    note on the left when the range leaves earlier events out."""
    when = pd.Timestamp(as_of)
    label = f"as of {as_of.isoformat()}"
    left = [note for note in [earlier_note(placed, x_range)] if note]
    if pd.Timestamp(x_range[0]) <= when <= pd.Timestamp(x_range[1]):
        fig.add_shape(type="line", xref="x", yref="paper", x0=when, x1=when, y0=0, y1=1,
                      line={"color": AS_OF_COLOUR, "width": 1.5, "dash": "dash"})
        fig.add_annotation(x=when, xref="x", y=1, yref="paper", yanchor="bottom", text=label, showarrow=False,
                           font={"color": AS_OF_COLOUR})
    elif when > pd.Timestamp(x_range[1]):
        fig.add_annotation(x=1, xref="paper", xanchor="right", y=1, yref="paper", yanchor="bottom", showarrow=False,
                           font={"color": AS_OF_COLOUR}, text=f"{label} ▶")
    else:
        left.insert(0, f"◀ {label}")
    if left:
        fig.add_annotation(x=0, xref="paper", xanchor="left", y=1, yref="paper", yanchor="bottom", showarrow=False,
                           font={"color": AS_OF_COLOUR}, text=" · ".join(left))


def timeline_figure(frame: pd.DataFrame, lane: str = DEFAULT_LANE, as_of: date | None = None) -> go.Figure:
    """The timeline of ``frame``'s dated events in lanes by ``lane`` (a key of LANES), countdowns as of ``as_of``."""
    as_of = as_of or date.today()
    placed, ticks = place_events(frame[[c for c in FIGURE_COLUMNS if c in frame.columns]], lane)
    if placed.empty:
        fig = go.Figure()
        fig.add_annotation(text="No dated events match the filters", showarrow=False, xref="paper", yref="paper",
                           x=0.5, y=0.5, font={"size": 16})
        fig.update_layout(xaxis={"visible": False}, yaxis={"visible": False}, height=240, template="plotly_white")
        return fig
    is_point = (placed["date_end"] <= placed["date_start"]).to_numpy()
    types = placed["event_type"].astype("object").to_numpy()
    webgl = len(placed) >= WEBGL_FROM
    hover = _short_hover(placed, as_of) if webgl and len(placed) <= HOVER_MAX else None
    traces: list[object] = []
    for event_type in [t for t in EVENT_TYPES if t in set(types)]:
        of_type = types == event_type
        traces.append(_legend_trace(event_type))
        if webgl:
            traces.extend(_gl_traces(placed[of_type], event_type, None if hover is None else hover[of_type]))
            continue
        bars, points = placed[of_type & ~is_point], placed[of_type & is_point]
        if len(bars):
            traces.append(_bar_trace(bars, event_type, as_of))
        if len(points):
            traces.append(_point_trace(points, event_type, as_of))
    fig = go.Figure(data=traces)  # not add_traces, which deep-copies every hover string of a large view
    rows = int(placed["y"].max()) + 1
    spare = max(0.0, (MIN_ROWS - rows) / 2)  # a view of one or two rows keeps thin bars, centred
    boundaries = sorted({tick - 0.5 for tick in _lane_starts(placed)} - {-0.5})
    x_range = _x_range(placed, as_of)
    fig.update_layout(
        template="plotly_white", barmode="overlay", height=max(360, 190 + ROW_HEIGHT_PX * rows),
        margin={"l": 10, "r": 20, "t": 40, "b": 10}, hoverlabel={"align": "left"}, uirevision=lane,
        legend={"title": {"text": "Event type"}, "orientation": "v"},
        xaxis={"type": "date", "range": x_range, "rangeslider": {"visible": True, "thickness": 0.08},
               "showgrid": True, "gridcolor": "#e6e6e6"},
        yaxis={"tickvals": list(ticks.values()), "ticktext": list(ticks), "range": [rows - 0.5 + spare, -0.5 - spare],
               "showgrid": False, "zeroline": False, "automargin": True, "fixedrange": True,
               "title": {"text": LANES.get(lane, lane)}},
        shapes=[{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": y, "y1": y,
                 "line": {"color": "#cccccc", "width": 1}} for y in boundaries],
    )
    _edge_marks(fig, placed, as_of, x_range)
    if webgl:
        fig.add_annotation(text=webgl_note(len(placed)), showarrow=False, xref="paper", yref="paper", x=0, y=1,
                           xanchor="left", yanchor="bottom", yshift=18, align="left",
                           font={"size": 12, "color": AS_OF_COLOUR})
    return fig


def webgl_note(drawn: int) -> str:
    """What a large view leaves out, and how to get it back."""
    if drawn > HOVER_MAX:
        return (f"{drawn:,} events drawn with WebGL, intervals as lines; hover shows only day and type, and clicks "
                f"open nothing: filter to {HOVER_MAX:,} or fewer for details, fewer than {WEBGL_FROM:,} for bars "
                "and countdown labels.")
    return (f"{drawn:,} events drawn with WebGL: intervals as lines, no countdown labels (see hover and table). "
            f"Filter to fewer than {WEBGL_FROM:,} for bars and labels.")


def _lane_starts(placed: pd.DataFrame) -> set[float]:
    """The first row of each lane."""
    return set(placed.groupby("lane")["y"].min())
