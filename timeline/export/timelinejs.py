"""TimelineJS exports: the JSON a TimelineJS page loads, and the rows of its Google Sheets template.

Date objects carry only what is known: a month-precise event has no day; vague dates ("early June", "summer 2025")
get a ``display_date`` in words; events are grouped by event type.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pandas as pd

from timeline.display import display_date
from timeline.export.safe import html_text, link
from timeline.export.tabular import write_csv
from timeline.headline import headlines
from timeline.schema import conform

#: Which parts of a date each precision knows, and whether the event shows its end date.
KNOWN_PARTS: dict[str, tuple[tuple[str, ...], bool]] = {
    "time": (("year", "month", "day"), False), "day": (("year", "month", "day"), False),
    "week": (("year", "month", "day"), True), "month": (("year", "month"), False),
    "season": (("year", "month"), True), "quarter": (("year", "month"), True), "half": (("year", "month"), True),
    "year": (("year",), False), "decade": (("year",), True), "century": (("year",), True),
}
SHEET_COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                 "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                 "Background")


def _date_object(day: date, parts: tuple[str, ...]) -> dict[str, str]:
    return {part: str(getattr(day, part)) for part in parts}


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    table = conform(frame)
    table = table[table["date_start"].notna()]
    out = []
    row: Any
    for row, title in zip(table.itertuples(index=False), headlines(table)):
        start, end = row.date_start.date(), row.date_end.date()
        parts, shows_end = KNOWN_PARTS.get(str(row.precision), (("year", "month", "day"), True))
        vague = bool(pd.notna(row.mod)) or str(row.precision) not in ("day", "time", "month", "year")
        out.append({
            "row": row, "headline": title, "start": _date_object(start, parts),
            "end": _date_object(end, parts) if shows_end and end != start else None,
            "display": display_date(start, end, str(row.precision), row.timex, None if pd.isna(row.mod) else row.mod)
            if vague else None,
        })
    return out


def _text(row: Any) -> str:
    """The slide's text: the sentence, then its source linked to the article (http(s) links only), as safe HTML."""
    source = row.source if pd.notna(row.source) else ""
    cited = link(row.url, source or "source") if pd.notna(row.url) else html_text(source)
    return html_text(row.sentence) + (f" ({cited})" if cited else "")


def to_timelinejs(frame: pd.DataFrame, title: str = "Negotiation timeline") -> str:
    """TimelineJS JSON: a title slide and one event slide per dated event (its headline, then its sentence and
    source), grouped by event type."""
    events = []
    for item in _rows(frame):
        row = item["row"]
        slide: dict[str, Any] = {
            "unique_id": row.event_id, "start_date": item["start"],
            "text": {"headline": html_text(item["headline"]), "text": _text(row)}, "group": str(row.event_type),
        }
        if item["end"]:
            slide["end_date"] = item["end"]
        if item["display"]:
            slide["display_date"] = item["display"]
        events.append(slide)
    return json.dumps({"title": {"text": {"headline": html_text(title)}}, "events": events}, ensure_ascii=False,
                      indent=1) + "\n"


def to_timelinejs_csv(frame: pd.DataFrame) -> str:
    """Rows for the TimelineJS Google Sheets template (its column names, in its order)."""
    records = []
    for item in _rows(frame):
        row, start, end = item["row"], item["start"], item["end"] or {}
        records.append({
            "Year": start.get("year"), "Month": start.get("month"), "Day": start.get("day"), "Time": None,
            "End Year": end.get("year"), "End Month": end.get("month"), "End Day": end.get("day"), "End Time": None,
            "Display Date": item["display"], "Headline": html_text(item["headline"]), "Text": _text(row),
            "Media": None, "Media Credit": None, "Media Caption": None, "Media Thumbnail": None, "Type": None,
            "Group": str(row.event_type), "Background": None,
        })  # the article is linked from Text: Media is for pictures and video, which an article URL is not
    return write_csv(pd.DataFrame(records, columns=list(SHEET_COLUMNS)))
