"""The dashboard's pure functions: the timeline figure, the filters, the URL form of a view, the detail panel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from dash import html
from plotly.offline import get_plotlyjs_version

import timeline
from dashboard import data, figures, layout, window
from dashboard.cache import EventCache
from dashboard.callbacks import selected_event_id, view_of
from dashboard.labels import LABEL_MAX, LABEL_META, label_order
from timeline.schema import EVENT_COLUMNS, conform, empty_frame, to_frame
from timeline.selection import select_events
from timeline.store import Store

AS_OF = date(2025, 7, 20)
SCRIPT = "<script>alert('x')</script>"

#: (id, start, end, precision, date text, type, status, actors) — the seed's events plus two to cover the rest.
ROWS = [
    ("mil", "2022-01-01", "2022-04-30", "season", "early 2022", "military", "occurred", "Russia; Ukraine"),
    ("may", "2025-05-01", "2025-05-31", "month", "May", "talks", "occurred", "Russia; Ukraine"),
    ("june", "2025-06-01", "2025-06-10", "month", "early June", "talks", "occurred", "Russia; Ukraine"),
    ("threat", "2025-07-14", "2025-07-14", "day", "Last Monday", "threat", "occurred", "Donald Trump"),
    ("dl", "2025-09-02", "2025-09-02", "day", "within fifty days", "deadline", "deadline", "Donald Trump"),
    ("prop", "2025-07-19", "2025-07-19", "day", "on Saturday", "proposal", "occurred", "Volodymyr Zelensky"),
    ("stmt", "2025-07-20", "2025-07-20", "day", "on Sunday", "statement", "occurred", "Dmitry Peskov"),
    ("week", "2025-07-21", "2025-07-27", "week", "in the coming week", "talks", "proposed", "Ukraine; Russia"),
    ("summer", "2025-06-01", "2025-08-31", "season", "this summer", "ceasefire", "demanded", "Donald Trump"),
    ("neg", "2025-07-22", "2025-07-22", "day", "on Tuesday", "agreement", "negated", "Russia"),
    ("undated", None, None, None, "one day", "talks", "hypothetical", "Russia; Turkey"),
]


#: The actors' countries (timeline.names groups an actor with its country's other actors).
COUNTRIES = {"Russia; Ukraine": "RUS; UKR", "Donald Trump": "USA", "Volodymyr Zelensky": "UKR", "Dmitry Peskov": "RUS",
             "Ukraine; Russia": "UKR; RUS", "Russia": "RUS", "Russia; Turkey": "RUS; TUR"}


@pytest.fixture
def events() -> pd.DataFrame:
    """The events, as reported by an article of 20 July 2025 (the wire's week of talks by one of 21 July)."""
    return to_frame(
        {"event_id": i, "date_start": s, "date_end": e, "precision": p, "date_text": t, "event_type": et,
         "status": st, "actors": a, "countries": COUNTRIES[a], "published": "2025-07-21" if i == "week" else "2025-07-20",
         "summary": f"{et} ({t})", "sentence": f"It happened {t}. {SCRIPT}",
         "source": "wire.example" if i == "week" else "globalnews.store", "url": "https://example.org/a",
         "sources": {"week": "wire.example", "threat": "globalnews.store; paper-b"}.get(i, "globalnews.store"),
         "anchor_event_id": "threat" if i == "dl" else None}
        for i, s, e, p, t, et, st, a in ROWS)


def trace_ids(trace: Any) -> list[str]:
    return [row[0] for row in trace.customdata]


def event_traces(fig: Any) -> list[Any]:
    """The traces that draw events (legend-only traces carry none; labels and revision marks have a ``meta``)."""
    return [trace for trace in fig.data if trace.customdata is not None and trace.meta is None]


def drawn(fig: Any) -> dict[str, Any]:
    """Event id -> the trace that draws it."""
    return {event_id: trace for trace in event_traces(fig) for event_id in trace_ids(trace)}


def labels(fig: Any) -> dict[tuple[float, float], str]:
    """(x in ms, row) -> the label the figure carries there."""
    trace = next(t for t in fig.data if t.meta == LABEL_META)
    return {(float(x), float(y)): text for x, y, text in zip(trace.x, trace.y, trace.text)}


#: Every day of the seed's events: a range that shows them all.
EVERYTHING = (pd.Timestamp("2021-12-01"), pd.Timestamp("2025-10-01"))


# ----------------------------------------------------------------------------------------------- the figure
def test_day_events_are_markers_and_intervals_are_bars(events: pd.DataFrame) -> None:
    by_id = drawn(figures.timeline_figure(events, as_of=AS_OF, x_range=EVERYTHING))
    assert {k for k, t in by_id.items() if t.type == "scatter"} == {"threat", "dl", "prop", "stmt", "neg"}
    assert {k for k, t in by_id.items() if t.type == "bar"} == {"mil", "may", "june", "week", "summer"}


def test_bar_extent_covers_every_day_of_the_interval(events: pd.DataFrame) -> None:
    trace = drawn(figures.timeline_figure(events, as_of=AS_OF))["week"]
    i = trace_ids(trace).index("week")
    assert trace.base[i] == "2025-07-21"
    assert pd.Timedelta(milliseconds=trace.x[i]) == pd.Timedelta(days=7)
    assert trace.orientation == "h"


def test_undated_events_are_not_drawn(events: pd.DataFrame) -> None:
    fig = figures.timeline_figure(events, as_of=AS_OF, x_range=EVERYTHING)
    assert "undated" not in drawn(fig)
    assert len(drawn(fig)) == len(events) - 1


def test_colour_follows_event_type_with_one_legend_entry_per_type(events: pd.DataFrame) -> None:
    fig = figures.timeline_figure(events, as_of=AS_OF, x_range=EVERYTHING)
    for trace in drawn(fig).values():
        colour = figures.TYPE_COLOURS[trace.name]
        assert trace.marker.color in (colour, "white") and trace.showlegend is False  # white: hollow bars
        assert {row[3] for row in trace.customdata} == {trace.name}
    legend = [t for t in fig.data if t.showlegend is not False and t.legend != "legend2"]
    assert [t.name for t in legend] == ["talks", "proposal", "statement", "threat", "deadline", "agreement",
                                        "ceasefire", "military"]
    assert all(t.marker.symbol == "square" and t.marker.color == figures.TYPE_COLOURS[t.name] for t in legend)
    assert len(set(figures.TYPE_COLOURS.values())) == len(figures.TYPE_COLOURS)


def test_deadlines_have_their_own_symbol_outline_and_countdown(events: pd.DataFrame) -> None:
    fig = figures.timeline_figure(events, as_of=AS_OF)
    trace, other = drawn(fig)["dl"], drawn(fig)["threat"]
    assert trace.marker.symbol[0] == "diamond" and other.marker.symbol[0] == "circle"
    assert trace.marker.line.color[0] == figures.DEADLINE_OUTLINE != other.marker.line.color[0]
    label = next(t for t in fig.data if t.meta == LABEL_META)
    shown = dict(zip(label.text, (row[1] for row in label.customdata)))
    # the label: headline and countdown; its short form, where that does not fit: the countdown
    assert shown["Trump: deadline within fifty days · 44 days left"] == "44 days left"
    assert label.text[0].endswith("44 days left")  # deadlines are labelled first


def test_deadline_intervals_are_outlined_bars() -> None:
    frame = to_frame([{"event_id": "d", "date_start": "2025-08-01", "date_end": "2025-08-31",
                       "event_type": "deadline", "status": "deadline"},
                      {"event_id": "t", "date_start": "2025-08-01", "date_end": "2025-08-31",
                       "event_type": "deadline", "status": "occurred"}])
    fig = figures.timeline_figure(frame, as_of=date(2025, 9, 3))
    bar = drawn(fig)["d"]
    assert bar.type == "bar" and list(bar.marker.line.color) == [figures.DEADLINE_OUTLINE] * 2
    assert sorted(labels(fig).values()) == ["Deadline · expired 3 days ago"] * 2  # no actor, no summary: the noun


def test_every_status_has_its_look(events: pd.DataFrame) -> None:
    """Occurred solid; planned and proposed hollow (white bars outlined in the type's colour, open markers);
    demanded hatched bars and lighter markers; hypothetical dotted bars and open markers with a dot; negated
    crossed; and the key names every look."""
    frame = pd.concat([events, to_frame([
        {"event_id": "hyp", "date_start": "2025-07-25", "date_end": "2025-07-25", "event_type": "agreement",
         "status": "hypothetical"},
        {"event_id": "plan", "date_start": "2025-07-26", "date_end": "2025-07-26", "event_type": "agreement",
         "status": "planned"},
        {"event_id": "dem", "date_start": "2025-07-27", "date_end": "2025-07-27", "event_type": "agreement",
         "status": "demanded"},
        {"event_id": "negbar", "date_start": "2025-08-01", "date_end": "2025-08-10", "event_type": "talks",
         "status": "negated"},
        {"event_id": "hypbar", "date_start": "2025-08-01", "date_end": "2025-08-10", "event_type": "talks",
         "status": "hypothetical"}])], ignore_index=True)
    by_id = drawn(figures.timeline_figure(frame, as_of=AS_OF))
    point = by_id["neg"]
    symbols = dict(zip(trace_ids(point), point.marker.symbol))
    opacity = dict(zip(trace_ids(point), point.marker.opacity))
    assert symbols == {"neg": "circle-x-open", "hyp": "circle-open-dot", "plan": "circle-open", "dem": "circle"}
    assert opacity["dem"] < 1 == opacity["neg"] == opacity["plan"]
    talks = by_id["negbar"]
    patterns = dict(zip(trace_ids(talks), talks.marker.pattern.shape))
    assert patterns == {"negbar": "x", "hypbar": ".", "may": "", "june": ""} and talks.marker.color == "#1f6fb4"
    hollow = by_id["week"]  # the proposed talks of the coming week
    assert hollow.marker.color == "white" and list(hollow.marker.line.color) == ["#1f6fb4"]
    assert by_id["summer"].marker.pattern.shape == ("/",)  # the demanded ceasefire: hatched
    key = [t.name for t in figures.timeline_figure(frame, as_of=AS_OF).data if t.legend == "legend2"]
    assert key == ["occurred", "planned, proposed", "demanded", "hypothetical", "negated", "deadline",
                   "date revised"]


def test_hover_shows_headline_date_expression_and_sentence_escaped(events: pd.DataFrame) -> None:
    trace = drawn(figures.timeline_figure(events, as_of=AS_OF))["june"]
    row = trace.customdata[trace_ids(trace).index("june")]
    assert row[1] == "early June" and row[2] == "2025-06-01 – 2025-06-10"
    assert row[5] == "Russia–Ukraine talks"  # the headline, not the summary: the sentence follows
    assert "It happened early June." in row[6] and "<script>" not in row[6] and "&lt;script&gt;" in row[6]
    for field in ("customdata[1]", "customdata[5]", "customdata[6]"):
        assert field in trace.hovertemplate


def test_lanes_by_country_repeat_an_event_for_each_country_and_group_its_actors(events: pd.DataFrame) -> None:
    placed, ticks = figures.place_events(events, "countries")
    assert sorted(placed.loc[placed["event_id"] == "may", "lane"]) == ["Russia", "Ukraine"]
    assert list(ticks) == ["Russia", "Ukraine", "US"]  # Peskov's statement in Russia's lane, Zelensky's in Ukraine's
    assert placed.loc[placed["event_id"] == "stmt", "lane"].tolist() == ["Russia"]
    fig = figures.timeline_figure(events, lane="countries", as_of=AS_OF, x_range=EVERYTHING)
    assert list(fig.layout.yaxis.ticktext) == list(ticks) and fig.layout.yaxis.title.text == "Country"
    assert data.make_view(lane="actors").lane == "countries"  # links from before country lanes still open


def test_lanes_by_source_and_overlapping_events_get_their_own_rows(events: pd.DataFrame) -> None:
    placed, ticks = figures.place_events(events, "source")
    assert list(ticks) == ["globalnews.store", "wire.example"]
    same_lane = placed[placed["lane"] == "globalnews.store"].set_index("event_id")["y"]
    assert same_lane["summer"] != same_lane["threat"]  # the summer bar spans the threat's day
    assert same_lane["may"] == same_lane["june"]  # back to back, no overlap


def test_as_of_line_in_or_near_the_range_and_an_edge_note_far_outside(events: pd.DataFrame) -> None:
    inside = figures.timeline_figure(events, as_of=AS_OF)
    lines = [s for s in inside.layout.shapes if s.yref == "paper"]
    assert [pd.Timestamp(s.x0) for s in lines] == [pd.Timestamp(AS_OF)]
    assert any(a.text == "as of 2025-07-20" for a in inside.layout.annotations)
    deadline_only = figures.timeline_figure(events[events["event_id"] == "dl"], as_of=date(2025, 8, 21))
    assert [pd.Timestamp(s.x0) for s in deadline_only.layout.shapes] == [pd.Timestamp("2025-08-21")]
    outside = figures.timeline_figure(events, as_of=date(2027, 1, 1))
    assert not [s for s in outside.layout.shapes if s.yref == "paper"]
    assert any(a.text == "as of 2027-01-01 ▶" for a in outside.layout.annotations)


def test_the_opening_range_is_chosen_from_the_events(events: pd.DataFrame) -> None:
    """Most events (CORE_SHARE), the latest publication date, and the upcoming events its article announces."""
    drawn_ = figures.timeline(events, as_of=AS_OF)
    xaxis = drawn_.figure.layout.xaxis
    assert xaxis.rangeslider.visible and not [a for a in drawn_.figure.layout.annotations if "earlier" in a.text]
    start, end = (pd.Timestamp(x) for x in xaxis.range)
    assert (start, end) == window.padded((pd.Timestamp("2025-05-01"), pd.Timestamp("2025-09-03")))
    # "early 2022" is left out of the opening range with its lane (no empty lane): the note beside says so
    assert drawn_.notes == ("◀ 1 earlier event, from 2022-01-01",)
    assert "military" not in drawn_.lanes and "military" not in drawn_.figure.layout.yaxis.ticktext
    assert figures.timeline(events[events["event_id"] != "mil"], as_of=AS_OF).notes == ()
    before = figures.timeline_figure(events, as_of=date(2020, 1, 1))  # "as of" far before: an edge note
    assert [a.text for a in before.layout.annotations] == ["◀ as of 2020-01-01"]


@pytest.mark.parametrize("outlier", ["2031-06-01", "1990-01-01"])
def test_a_single_far_event_never_decides_the_opening_range(events: pd.DataFrame, outlier: str) -> None:
    far = to_frame([{"event_id": "far", "date_start": outlier, "date_end": outlier, "event_type": "other",
                     "status": "planned", "published": "2025-07-20"}])
    with_far = pd.concat([events, far], ignore_index=True)
    assert window.opening_window(with_far, AS_OF) == window.opening_window(events, AS_OF)
    notes = figures.timeline(with_far, as_of=AS_OF).notes
    assert ("later event, to 2031-06-01 ▶" in notes[0]) if outlier > "2025" else notes[0].startswith("◀ 2 earlier")


def test_the_window_note_counts_events_not_lane_rows(events: pd.DataFrame) -> None:
    rng = (pd.Timestamp("2025-07-01"), pd.Timestamp("2025-08-01"))
    note = "◀ 3 earlier events, from 2022-01-01 · 1 later event, to 2025-09-02 ▶"
    assert window.window_note(events, rng) == note
    assert figures.timeline(events, "countries", AS_OF, rng).notes == (note,)  # "may" is two rows, one event


@pytest.mark.parametrize(("relayout", "expected"), [
    ({"xaxis.range[0]": "2025-07-01 06:00", "xaxis.range[1]": "2025-08-01"},
     (pd.Timestamp("2025-07-01 06:00"), pd.Timestamp("2025-08-01"))),
    ({"xaxis.range": ["2025-07-01T00:00:00.000Z", "2025-08-01"], "at": 1},
     (pd.Timestamp("2025-07-01"), pd.Timestamp("2025-08-01"))),
    ({"xaxis.autorange": True, "xaxis2.autorange": True}, "autorange"),
    ({"autosize": True}, None), ({"xaxis.range[0]": "garbage", "xaxis.range[1]": "2025-08-01"}, None),
    ({"xaxis.range": ["2025-08-01", "2025-07-01"]}, None), (None, None),
])
def test_relayout_events_give_the_days_on_screen(relayout: Any, expected: Any) -> None:
    assert window.relayout_range(relayout) == expected


def test_a_single_day_opens_on_a_month_not_hours(events: pd.DataFrame) -> None:
    start, end = (pd.Timestamp(x) for x in figures.timeline_figure(
        events[events["event_id"] == "threat"], as_of=date(2030, 1, 1)).layout.xaxis.range)
    assert end - start >= pd.Timedelta(days=window.MIN_DAYS) and start < pd.Timestamp("2025-07-14") < end


def test_few_rows_keep_thin_bars_centred(events: pd.DataFrame) -> None:
    one_row = figures.timeline_figure(events[events["event_id"] == "may"], as_of=AS_OF).layout.yaxis.range
    assert one_row[0] - one_row[1] == figures.MIN_ROWS and sum(one_row) == 0
    many = figures.timeline_figure(events, as_of=AS_OF).layout.yaxis.range
    assert many[1] == -0.5


def test_no_dated_events_gives_a_message_not_an_error(events: pd.DataFrame) -> None:
    fig = figures.timeline_figure(events[events["date_start"].isna()], as_of=AS_OF)
    assert not fig.data and fig.layout.annotations[0].text == "No dated events match the filters"


def test_an_empty_store_gives_an_empty_page_not_an_error() -> None:
    empty = empty_frame()
    assert layout.build(empty, AS_OF) is not None
    assert data.table_records(select_events(empty, data.make_view(text="x", actors=["A"])), AS_OF) == []
    assert not figures.timeline_figure(empty, lane="actors", as_of=AS_OF).data


def test_figure_functions_do_not_change_their_input(events: pd.DataFrame) -> None:
    before = events.copy(deep=True)
    for lane in data.LANES:
        figures.timeline_figure(events, lane=lane, as_of=AS_OF)
        figures.place_events(events, lane)
    select_events(events, data.make_view(event_types=["talks"], actors=["Russia"], text="june"))
    data.table_records(events, AS_OF)
    pd.testing.assert_frame_equal(events, before)
    assert tuple(events.columns) == EVENT_COLUMNS


# ----------------------------------------------------------------------------------------------- filters
@pytest.mark.parametrize(("view", "expected"), [
    ({}, {r[0] for r in ROWS}),
    ({"event_types": ["talks"]}, {"may", "june", "week", "undated"}),
    ({"actors": ["Ukraine"]}, {"mil", "may", "june", "week"}),
    ({"actors": ["Turkey", "Dmitry Peskov"]}, {"undated", "stmt"}),
    ({"statuses": ["negated", "deadline"]}, {"neg", "dl"}),
    ({"sources": ["wire.example"]}, {"week"}),
    ({"sources": ["paper-b"]}, {"threat"}),  # reported second: any source of the event matches
    ({"sources": ["paper-b", "wire.example"]}, {"threat", "week"}),
    ({"date_from": "2025-07-20", "date_to": "2025-07-21"}, {"stmt", "week", "summer"}),
    ({"date_from": "2025-09-01"}, {"dl"}),
    ({"text": "EARLY"}, {"mil", "june"}),
    ({"text": "trump"}, {"threat", "dl", "summer"}),
    ({"event_types": ["talks"], "actors": ["Ukraine"], "date_to": "2025-06-05"}, {"may", "june"}),
])
def test_filter_events(events: pd.DataFrame, view: dict[str, Any], expected: set[str]) -> None:
    shown = select_events(events, data.make_view(**view))
    assert set(shown["event_id"]) == expected
    assert tuple(shown.columns) == EVENT_COLUMNS and list(shown.index) == list(range(len(shown)))


def test_choices_come_from_the_data_in_schema_order(events: pd.DataFrame) -> None:
    options = data.choices(events)
    assert options["event_types"] == ["talks", "proposal", "statement", "threat", "deadline", "agreement",
                                      "ceasefire", "military"]
    assert options["actors"] == ["Dmitry Peskov", "Donald Trump", "Russia", "Turkey", "Ukraine",
                                 "Volodymyr Zelensky"]
    assert options["sources"] == ["globalnews.store", "paper-b", "wire.example"]


@pytest.mark.parametrize(("deadline", "expected"), [
    (date(2025, 8, 1), "12 days left"), (date(2025, 7, 21), "1 day left"), (date(2025, 7, 20), "due today"),
    (date(2025, 7, 19), "expired 1 day ago"), (date(2025, 7, 17), "expired 3 days ago"),
])
def test_countdown(deadline: date, expected: str) -> None:
    assert data.countdown(deadline, AS_OF) == expected


def test_table_records_list_undated_events_with_iso_dates(events: pd.DataFrame) -> None:
    records = {r["event_id"]: r for r in data.table_records(events, AS_OF)}
    assert records["undated"]["date_start"] is None and records["undated"]["countdown"] is None
    assert records["week"]["date_start"] == "2025-07-21" and records["week"]["event_type"] == "talks"
    assert records["dl"]["countdown"] == "44 days left"
    slim = data.table_records(events, AS_OF, layout.GRID_FIELDS)
    assert set(slim[0]) == {*layout.GRID_FIELDS, "countdown"} and "sentence" not in slim[0]


# ----------------------------------------------------------------------------------------------- URL state
def test_view_round_trips_through_the_query_string() -> None:
    view = data.make_view(event_types=["talks", "threat"], actors=["Donald Trump"], statuses=["proposed"],
                          sources=["a b"], bases=["clause", "nowhere"], date_from="2025-06-01", date_to="2025-08-31T00:00:00",
                          text="cease fire", lane="actors", as_of="2025-07-20")
    query = data.view_to_query(view, today=date(2026, 1, 1))
    assert query.startswith("?type=talks&type=threat&actor=Donald+Trump")
    assert "&basis=clause&" in query and view.bases == ("clause",)
    assert data.view_from_query(query) == view


def test_default_view_has_an_empty_query_and_bad_values_are_ignored() -> None:
    today = date(2026, 1, 1)
    assert data.view_to_query(data.make_view(lane="event_type", as_of=today), today) == ""
    assert data.view_from_query("?type=nonsense&lane=nowhere&from=yesterday&asof=2025-13-40&x=1") == data.View()


def test_view_values_fill_the_controls_in_order() -> None:
    view = data.view_from_query("?type=talks&q=June")
    values = dict(zip(layout.VIEW_CONTROLS, layout.view_values(view, date(2026, 1, 1))))
    assert values["event_types"] == ["talks"] and values["text"] == "June" and values["as_of"] == "2026-01-01"
    assert view_of(tuple(layout.view_values(view, date(2026, 1, 1)))) == data.make_view(
        event_types=["talks"], text="June", as_of="2026-01-01")


def components(tree: Any) -> list[Any]:
    """Every component in a layout tree."""
    if isinstance(tree, (list, tuple)):
        return [c for child in tree for c in components(child)]
    if not hasattr(tree, "_prop_names"):
        return []
    return [tree, *components(getattr(tree, "children", None))]


def test_the_page_opens_with_the_controls_of_the_default_view(events: pd.DataFrame) -> None:
    """Otherwise opening the page "corrects" a control late, and can clobber what the analyst is typing."""
    today = date(2026, 1, 1)
    by_id = {getattr(c, "id", None): c for c in components(layout.build(events, today))}
    opening = [getattr(by_id[cid], prop, None) for cid, prop in layout.VIEW_CONTROLS.values()]
    opening = [v.isoformat() if isinstance(v, date) else v for v in opening]
    assert opening == layout.view_values(data.View(), today)


# ----------------------------------------------------------------------------------------------- detail panel
def texts(component: Any) -> list[str]:
    """Every string in a component tree, in order."""
    if isinstance(component, str):
        return [component]
    if isinstance(component, (list, tuple)):
        return [t for c in component for t in texts(c)]
    children = getattr(component, "children", None)
    return texts(children) if children is not None else []


def test_detail_panel_highlights_the_date_expression_and_keeps_markup_as_text(events: pd.DataFrame) -> None:
    event = data.find_event(events, "june")
    panel = layout.detail_panel(event)
    quote = next(c for c in panel if isinstance(c, html.Blockquote))
    marks = [c for c in quote.children if isinstance(c, html.Mark)]
    assert [m.children for m in marks] == ["early June"]
    assert SCRIPT in "".join(texts(quote))  # a plain string: React renders it as text, never as markup
    assert "https://example.org/a" in texts(panel) and "globalnews.store" in texts(panel)


def test_detail_panel_does_not_link_non_web_urls(events: pd.DataFrame) -> None:
    event = {**data.find_event(events, "june"), "url": "javascript:alert(1)"}
    links = [c for c in layout.detail_panel(event)[2].children if isinstance(c, html.Dd)
             and isinstance(c.children, html.A)]
    assert links == []


def test_detail_panel_shows_the_articles_other_front_matter_keys_as_text(events: pd.DataFrame) -> None:
    event = data.find_event(events, "june")
    panel = layout.detail_panel(event, [], metadata={"author": "Jane Doe", "tags": ["geneva", "talks"], "note": SCRIPT})
    facts = panel[2].children
    shown = {facts[i].children: facts[i + 1].children for i in range(0, len(facts), 2)}
    assert (shown["author"], shown["tags"], shown["note"]) == ("Jane Doe", "geneva, talks", SCRIPT)  # text nodes


def test_the_basis_is_a_filter_and_a_fact_of_the_detail_panel(seed_path: Path) -> None:
    """The seed's table: 8 dates said of their event's own clause, 1 counted from another event; the filter offers
    those two, labelled, and the panel tells the deadline's."""
    seed = timeline.extract(seed_path)
    assert data.choices(seed)["bases"] == [{"label": "its own clause", "value": "clause"},
                                           {"label": "a count from another event", "value": "count"}]
    deadline = seed[seed["date_text"] == "within fifty days"].iloc[0].to_dict()
    facts = layout.detail_panel(deadline)[2].children
    shown = {facts[i].children: facts[i + 1].children for i in range(0, len(facts), 2)}
    assert shown["Date rests on"] == "a count from another event"


def test_highlight_pieces() -> None:
    assert data.highlight("Talks in early June ended.", "EARLY june") == [
        ("Talks in ", False), ("early June", True), (" ended.", False)]
    assert data.highlight("No date here.", "May") == [("No date here.", False)]


def test_selected_event_id_from_timeline_click_or_grid_row() -> None:
    click = {"points": [{"customdata": ["e1", "May"]}]}
    assert selected_event_id("timeline", click, None) == "e1"
    assert selected_event_id("events-grid", click, [{"event_id": "e2"}]) == "e2"
    assert selected_event_id("events-grid", None, []) is None


# ----------------------------------------------------------------------------------------------- large views
def large_frame(n: int) -> pd.DataFrame:
    """``n`` events over four years: every type, a third intervals, some negated, hypothetical and deadlines."""
    rng = np.random.default_rng(7)
    types = np.array(figures.EVENT_TYPES)[rng.integers(0, len(figures.EVENT_TYPES), n)]
    start = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 1460, n), unit="D")
    length = np.where(rng.random(n) < 1 / 3, rng.integers(1, 90, n), 0)
    status = np.array(["occurred", "negated", "hypothetical", "proposed"])[rng.integers(0, 4, n)]
    frame = pd.DataFrame({
        "event_id": [f"e{i}" for i in range(n)], "date_start": start, "date_end": start + pd.to_timedelta(length, "D"),
        "date_text": "some day", "event_type": types, "status": np.where(types == "deadline", "deadline", status),
        "actors": np.array(["Russia; Ukraine", "Donald Trump", "Qatar; Hamas <x>"])[rng.integers(0, 3, n)],
        "summary": [f"event {i}" for i in range(n)], "sentence": "It happened.", "source": "wire",
    })
    return conform(frame)


def test_a_view_of_more_marks_than_hover_max_is_drawn_with_webgl_without_per_event_hover_and_says_so() -> None:
    # 15,000 events of two countries each: 30,000 marks in lanes by country, fewer events than a density view's
    frame = large_frame(15_000).assign(countries="RUS; UKR")
    drawn_ = figures.timeline(frame, "countries", as_of=AS_OF,
                              x_range=(pd.Timestamp("2021-12-01"), pd.Timestamp("2026-02-01")))
    fig = drawn_.figure
    events = [t for t in fig.data if t.showlegend is False and t.meta != LABEL_META]  # no legend entry, no label
    assert {t.type for t in events} == {"scattergl"} and all(t.customdata is None for t in events)
    days = int((frame["date_end"] == frame["date_start"]).sum())
    assert sum(len(t.x) for t in events if t.mode == "markers") == 2 * days  # every day event, in both lanes
    segments = sum(len(t.x) // 3 for t in events if t.mode == "lines")
    assert 0 < segments < 2 * (len(frame) - days)  # the intervals, overlapping ones merged per row
    assert {t.hovertemplate for t in events} == {figures.PLAIN_HOVER}
    assert drawn_.notes == (figures.webgl_note(30_000),) and "filter" in drawn_.notes[0]
    assert not [t for t in fig.data if t.meta == LABEL_META] and "xaxis2" not in fig.layout.to_plotly_json()  # no labels
    assert {t.type for t in fig.data} == {"scatter", "scattergl"}  # the key's swatches are markers: no bar module


def test_a_large_view_is_drawn_with_webgl_and_says_so() -> None:
    frame = large_frame(figures.HOVER_MAX)
    fig = figures.timeline_figure(frame, as_of=AS_OF)
    kinds = {trace.type for trace in fig.data if trace.showlegend is False and trace.meta != LABEL_META}
    assert kinds == {"scattergl"}
    label = next(t for t in fig.data if t.meta == LABEL_META)  # the most important few, laid out in the browser
    assert len(label.text) == LABEL_MAX and label.text[0].startswith("Trump: deadline")
    assert sum(len(t.customdata) for t in event_traces(fig)) == len(frame)
    lines = [t for t in fig.data if t.type == "scattergl" and t.mode == "lines"]
    # negated, hypothetical and proposed intervals differ
    assert {t.line.dash for t in lines} == {"solid", "dash", "dot", "longdash"}
    assert [t.name for t in fig.data if t.showlegend is not False and t.legend != "legend2"] == list(
        figures.EVENT_TYPES)
    assert figures.timeline(frame, as_of=AS_OF).notes[-1] == figures.webgl_note(len(frame))
    by_id = drawn(fig)
    assert by_id["e0"].customdata[0][0] == "e0"  # a click still names the event (callbacks.selected_event_id)


def test_webgl_markers_keep_the_looks_of_deadlines_and_statuses() -> None:
    fig = figures.timeline_figure(large_frame(figures.WEBGL_FROM), as_of=AS_OF)
    symbols = {t.marker.symbol for t in fig.data if t.type == "scattergl" and t.mode == "markers"
               and t.marker.opacity != 0}
    assert {"circle", "circle-x-open", "circle-open", "circle-open-dot", "diamond"} <= symbols
    heading = next(t for t in event_traces(fig) if t.name == "deadline").customdata[0][1]
    assert heading.startswith("some day (") and " · deadline · deadline · " in heading
    assert heading.endswith(("left", "ago", "due today"))
    escaped = [row[2] for t in event_traces(fig) for row in t.customdata if "Hamas" in row[2]]
    assert escaped and all(text == "Qatar; Hamas &lt;x&gt;" for text in escaped)


def test_a_small_view_keeps_svg_bars_and_no_note(events: pd.DataFrame) -> None:
    fig = figures.timeline_figure(events, as_of=AS_OF)
    assert "scattergl" not in {t.type for t in fig.data}
    assert not any("WebGL" in (a.text or "") for a in fig.layout.annotations)


def test_grid_page_sorts_filters_and_slices_like_the_grid_asks(events: pd.DataFrame) -> None:
    first = data.grid_page(events, {"startRow": 0, "endRow": 3, "sortModel": [{"colId": "date_start",
                                                                                "sort": "desc"}]}, AS_OF)
    assert first["rowCount"] == len(events) and [r["event_id"] for r in first["rowData"]] == ["dl", "neg", "week"]
    last = data.grid_page(events, {"startRow": 9, "endRow": 12, "sortModel": [{"colId": "date_start",
                                                                               "sort": "asc"}]}, AS_OF)
    assert [r["event_id"] for r in last["rowData"]] == ["dl", "undated"]  # undated last either way
    talks = data.grid_page(events, {"startRow": 0, "endRow": 20, "filterModel": {
        "event_type": {"filterType": "text", "type": "equals", "filter": "TALKS"}}}, AS_OF)
    assert talks["rowCount"] == 4 and {r["event_type"] for r in talks["rowData"]} == {"talks"}
    either = data.grid_page(events, {"startRow": 0, "endRow": 20, "filterModel": {"summary": {
        "filterType": "text", "operator": "OR", "conditions": [
            {"type": "contains", "filter": "june"}, {"type": "startsWith", "filter": "threat"}]}}}, AS_OF)
    assert {r["event_id"] for r in either["rowData"]} == {"june", "threat"}
    dated = data.grid_page(events, {"startRow": 0, "endRow": 20, "filterModel": {"date_start": {
        "filterType": "date", "type": "greaterThan", "dateFrom": "2025-07-21 00:00:00"}}}, AS_OF)
    assert {r["event_id"] for r in dated["rowData"]} == {"dl", "neg"}
    by_countdown = data.grid_page(events, {"startRow": 0, "endRow": 1, "sortModel": [{"colId": "countdown",
                                                                                      "sort": "asc"}]}, AS_OF)
    assert by_countdown["rowData"][0]["countdown"] == "44 days left"
    assert data.grid_page(events, None, AS_OF)["rowData"] == data.table_records(events, AS_OF)[:data.PAGE_ROWS]
    # a kept order (the server keeps one per view, filters and sort) gives the same pages, the second and later
    # pages included
    request = {"startRow": 2, "endRow": 5, "sortModel": [{"colId": "date_end", "sort": "desc"}], "filterModel": {
        "status": {"filterType": "text", "type": "notEqual", "filter": "occurred"}}}
    order = data.grid_order(events, request, AS_OF)
    assert len(order) == 5 and data.grid_page(events, request, AS_OF, order=order) == data.grid_page(
        events, request, AS_OF)
    # not occurred, by last day: dl 2025-09-02, summer 08-31, week 07-27, neg 07-22, undated last
    assert [r["event_id"] for r in data.grid_page(events, request, AS_OF, order=order)["rowData"]] == [
        "week", "neg", "undated"]


def test_actor_filter_matches_whole_names_only() -> None:
    frame = to_frame([{"event_id": "a", "actors": "Russian Federation; Ukraine"},
                      {"event_id": "b", "actors": "Russia"}, {"event_id": "c", "actors": "Qatar (mediator)"}])
    assert list(select_events(frame, data.make_view(actors=["Russia"]))["event_id"]) == ["b"]
    assert list(select_events(frame, data.make_view(actors=["Qatar (mediator)", "Ukraine"]))["event_id"]) == [
        "a", "c"]


def test_the_event_cache_reads_once_and_again_after_an_ingest(store_path: Path, seed_path: Path,
                                                              tmp_path: Path) -> None:
    store = Store(store_path)
    store.ingest_paths([seed_path])
    cache = EventCache(store)
    first = cache.events()
    assert cache.events() is first and len(first) == store.count()
    assert tuple(cache.events(data.VIEW_COLUMNS).columns) == (*data.VIEW_COLUMNS, "headline")  # once per version
    assert cache.derived("n", lambda: len(first)) == len(first)
    article = tmp_path / "more.txt"
    article.write_text("---\npublished: 2025-08-01\nsource: other.example\n---\n"
                       "Negotiators from Qatar and Egypt met in Doha on Tuesday to discuss a ceasefire.\n")
    before = store.revision()
    store.ingest_paths([article])
    assert store.revision() != before
    again = cache.events()
    assert again is not first and len(again) == store.count() > len(first)
    assert "other.example" in set(again["source"].dropna())
    assert cache.derived("n", lambda: len(again)) == len(again)


def test_merged_segments_cover_the_same_days_in_each_row() -> None:
    start = np.array([0.0, 5.0, 2.0, 10.0, 0.0, 20.0])
    end = np.array([3.0, 10.0, 4.0, 12.0, 1.0, 25.0])
    y = np.array([0.0, 0.0, 0.0, 0.0, 1.0, 0.0], dtype=np.float32)
    s, e, r = figures.merged_segments(start, end, y)
    assert list(zip(s, e, r)) == [(0.0, 4.0, 0.0), (5.0, 12.0, 0.0), (20.0, 25.0, 0.0), (0.0, 1.0, 1.0)]
    empty = np.array([])
    assert all(len(part) == 0 for part in figures.merged_segments(empty, empty, empty))


# ----------------------------------------------------------------------------------------------- plotly.js bundle
def test_figures_use_only_the_trace_types_the_dashboards_plotly_js_holds(events: pd.DataFrame) -> None:
    used = {trace.type for frame in (events, large_frame(figures.WEBGL_FROM), events.iloc[:0])
            for lane in data.LANES for trace in figures.timeline_figure(frame, lane, AS_OF).data}
    days = window.full_window(events)
    assert days is not None
    used |= {trace.type for lane in data.LANES  # the density a view of more than DENSITY_FROM events shows
             for trace in figures.density_timeline(events, lane, AS_OF, days).figure.data}
    assert used == set(figures.TRACE_TYPES)


def test_the_dashboards_plotly_js_is_the_version_the_plotly_package_ships() -> None:
    bundle = Path(layout.__file__).parent / "assets" / "plotly-timeline.min.js"
    banner = bundle.read_text(encoding="utf-8")[:300]
    assert f"plotly.js v{get_plotlyjs_version()} " in banner, "rebuild it: see dashboard/plotly_bundle/README.md"


# ----------------------------------------------------------------------------------------------- labels
def test_labels_put_deadlines_and_agreements_first_and_keep_markup_as_text(events: pd.DataFrame) -> None:
    frame = pd.concat([events, to_frame([{"event_id": "x", "date_start": "2025-07-23", "date_end": "2025-07-23",
                                          "event_type": "talks", "status": "occurred", "published": "2025-07-20",
                                          "summary": "Talks <b>bold</b> & more"}])], ignore_index=True)
    order = label_order(data.with_headlines(frame.dropna(subset=["date_start"]).reset_index(drop=True)))
    types = frame.dropna(subset=["date_start"]).reset_index(drop=True)["event_type"].astype(str)[order].tolist()
    assert types[:2] == ["deadline", "agreement"] and types.index("talks") < types.index("statement")
    texts = list(labels(figures.timeline_figure(frame, as_of=AS_OF)).values())
    assert "Talks &lt;b&gt;bold&lt;/b&gt; &amp; more" in texts  # plotly reads <b> as markup: escaped
    assert "Russia: no agreement" in texts and "Trump demands ceasefire" in texts


def test_the_grid_and_the_detail_panel_show_the_headline(events: pd.DataFrame) -> None:
    page = data.grid_page(events, {"startRow": 0, "endRow": 2, "sortModel": [{"colId": "headline", "sort": "asc"}]},
                          AS_OF, layout.GRID_FIELDS)
    assert [row["headline"] for row in page["rowData"]] == ["Peskov statement", "Possible Russia–Turkey talks"]
    panel = layout.detail_panel(data.find_event(events, "week"))
    assert panel[0].children == "Ukraine proposes talks with Russia"


def test_events_whose_reports_gave_different_dates_are_marked(events: pd.DataFrame) -> None:
    marked = events.assign(revised=events["event_id"].isin(["stmt", "week"]))
    fig = figures.timeline_figure(marked, as_of=AS_OF)
    [trace] = [t for t in fig.data if t.meta == figures.REVISED_META]
    assert sorted(trace_ids(trace)) == ["stmt", "week"] and trace.marker.symbol == "triangle-down"
    rows = {row[0]: y for row, y in zip(trace.customdata, trace.y)}
    assert rows["stmt"] == drawn(fig)["stmt"].y[trace_ids(drawn(fig)["stmt"]).index("stmt")] - 0.36  # just above
    assert not [t for t in figures.timeline_figure(events, as_of=AS_OF).data if t.meta == figures.REVISED_META]
