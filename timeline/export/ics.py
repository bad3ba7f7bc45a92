"""iCalendar export: what is still to come (deadlines, planned and proposed events) as all-day events."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pandas as pd
from icalendar import Calendar, Event

from timeline.display import display_date
from timeline.headline import headlines
from timeline.schema import conform

#: Statuses that belong in a calendar, and the iCalendar STATUS each gets.
CALENDAR_STATUSES = {"deadline": "CONFIRMED", "planned": "CONFIRMED", "proposed": "TENTATIVE"}


def to_ics(frame: pd.DataFrame, now: datetime | None = None) -> bytes:
    """An .ics calendar of the table's deadlines, planned and proposed events, each spanning its date interval and
    named by its headline."""
    stamp = now or datetime.now(timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", "-//negotiation-timeline//EN")
    calendar.add("version", "2.0")
    table = conform(frame)
    table = table[table["status"].isin(list(CALENDAR_STATUSES)) & table["date_start"].notna()]
    row: Any
    for row, title in zip(table.itertuples(index=False), headlines(table)):
        start, end = row.date_start.date(), row.date_end.date()
        event = Event()
        event.add("uid", f"{row.event_id}@negotiation-timeline")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        if end < date.max:
            event.add("dtend", end + timedelta(days=1))  # all-day events end the day after (exclusive)
        else:  # that day is past the calendar: the same span as a duration
            event.add("duration", timedelta(days=(end - start).days + 1))
        event.add("summary", title)
        when = display_date(start, end, str(row.precision), row.timex, None if pd.isna(row.mod) else row.mod)
        source = " ".join(str(v) for v in (row.source, row.url) if pd.notna(v))
        event.add("description", f"{row.sentence}\n\nDate: {row.date_text} ({when})\nSource: {source}")
        event.add("categories", [str(row.event_type)])
        event.add("status", CALENDAR_STATUSES[str(row.status)])
        if pd.notna(row.location):
            event.add("location", row.location)
        calendar.add_component(event)
    return calendar.to_ical()
