"""Events: typed, attributed, dated happenings found in an article's sentences."""

from timeline.events.extract import Event, extract_events

__all__ = ["Event", "extract_events"]
