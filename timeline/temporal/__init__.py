"""Temporal expressions: recognition and normalisation to TIMEX3 values and day intervals."""

from timeline.temporal.tagger import Timex, tag
from timeline.temporal.values import Duration, TimeValue

__all__ = ["Duration", "TimeValue", "Timex", "tag"]
