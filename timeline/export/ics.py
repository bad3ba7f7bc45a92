"""iCalendar export: what is still to come (deadlines, planned and proposed events) as all-day events that leave the
reader free (TRANSP:TRANSPARENT), each linked to its article."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pandas as pd
from icalendar import Calendar, Event

from timeline.display import display_date
from timeline.export.safe import safe_url
from timeline.headline import headlines
from timeline.schema import conform

#: Statuses that belong in a calendar, and the iCalendar STATUS each gets.
CALENDAR_STATUSES = {"deadline": "CONFIRMED", "planned": "CONFIRMED", "proposed": "TENTATIVE"}
#: The calendar's name in calendar apps (X-WR-CALNAME, and NAME of RFC 7986).
CALENDAR_NAME = "Negotiation timeline"
#: An event spanning more days than this ("the second half of 2026") is put on its first day, its span said in the
#: description: a calendar would otherwise show the reader's every day for months under it.
LONGEST_SPAN_DAYS = 31


def to_ics(frame: pd.DataFrame, now: datetime | None = None) -> bytes:
    """An .ics calendar of the table's deadlines, planned and proposed events, each spanning its date interval (one
    longer than ``LONGEST_SPAN_DAYS`` on its first day), named by its headline, transparent (they do not make the
    reader busy), with the article's URL."""
    stamp = now or datetime.now(timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", "-//negotiation-timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("name", CALENDAR_NAME)
    table = conform(frame)
    table = table[table["status"].isin(list(CALENDAR_STATUSES)) & table["date_start"].notna()]
    row: Any
    for row, title in zip(table.itertuples(index=False), headlines(table)):
        start, end = row.date_start.date(), row.date_end.date()
        event = Event()
        event.add("uid", f"{row.event_id}@negotiation-timeline")
        event.add("dtstamp", stamp)
        long = (end - start).days + 1 > LONGEST_SPAN_DAYS
        event.add("dtstart", start)
        last = start if long else end
        if last < date.max:
            event.add("dtend", last + timedelta(days=1))  # all-day events end the day after (exclusive)
        else:  # that day is past the calendar: the same span as a duration
            event.add("duration", timedelta(days=(last - start).days + 1))
        event.add("transp", "TRANSPARENT")
        event.add("summary", title)
        when = display_date(start, end, str(row.precision), row.timex, None if pd.isna(row.mod) else row.mod)
        source = " ".join(str(v) for v in (row.source, row.url) if pd.notna(v))
        span = f", {start.isoformat()} to {end.isoformat()}, shown on its first day" if long else ""
        event.add("description", f"{row.sentence}\n\nDate: {row.date_text} ({when}{span})\nSource: {source}")
        if safe_url(row.url):
            event.add("url", safe_url(row.url))
        event.add("categories", [str(row.event_type)])
        event.add("status", CALENDAR_STATUSES[str(row.status)])
        if pd.notna(row.location):
            event.add("location", row.location)
        calendar.add_component(event)
    return calendar.to_ical()
