"""The fuzzing campaign's targets, run briefly on every test run (``python -m fuzz`` runs them for longer and counts
the inputs), and the crashers campaigns found, each kept as a regression test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pandas as pd
import pytest
from icalendar import Calendar

from fuzz.targets import TARGETS
from timeline.export import render
from timeline.schema import to_frame


@pytest.mark.parametrize("name", list(TARGETS))
def test_target_holds_for_generated_inputs(name: str) -> None:
    target: Callable[[], None] = TARGETS[name]
    target()


def test_crasher_an_event_ending_on_the_last_day_of_the_calendar_exports_to_ics() -> None:
    """Found by the campaign: DTEND (the day after, exclusive) of an event ending 9999-12-31 overflowed."""
    table = to_frame([{"event_id": "e", "date_start": date(9999, 12, 30), "date_end": date(9999, 12, 31),
                       "precision": "day", "event_type": "deadline", "status": "deadline", "summary": "end",
                       "sentence": "s", "date_text": "31 December 9999"}])
    content = render(table, "ics")
    assert isinstance(content, bytes)
    [event] = Calendar.from_ical(content).walk("VEVENT")
    assert event.decoded("dtstart") == date(9999, 12, 30) and event.decoded("duration") == pd.Timedelta(days=2)
