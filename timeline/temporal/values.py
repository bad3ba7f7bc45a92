"""Temporal values: small immutable objects with arithmetic; TIMEX3 strings only at the edges.

A ``TimeValue`` is what a temporal expression means: its TIMEX3 ``type``, a ``precision`` (the calendar unit it
names), an inclusive day interval ``[start, end]``, an optional ``mod`` (START, MID, END, APPROX, ...) and, for
durations, a ``Duration``.  Its TIMEX3 ``value`` string is derived from those fields, never parsed back by the engine.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

#: Why a date is refused: the calendar the timeline holds (Python's dates, the table's days) ends there.
BEYOND_CALENDAR = "beyond the calendar the timeline holds (years 1 to 9999)"

#: Calendar units a value can be precise to, finest first.
PRECISIONS = ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "ref")
#: Units of counting that are not precisions themselves -> the precision an unplaced count in them has.
UNIT_PRECISION = {"second": "time", "minute": "time", "hour": "time", "fortnight": "week", "millennium": "century"}

#: Meteorological seasons, northern hemisphere: TIMEX3 code -> first month. Winter starts in December of the year.
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Named parts of a unit (early/mid/late): TIMEX3 mod -> index of the third it covers.
PART_THIRDS = {"START": 0, "MID": 1, "END": 2}

#: Duration units -> TIMEX3 letter; time units go after a "T".
UNIT_CODES = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "week": ("W", False), "month": ("M", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "quarter": ("Q", False),
}


#: A unit -> (how many of the next smaller unit it holds, that unit): for writing fractions as whole numbers.
_SMALLER_UNITS = {"year": (12, "month"), "day": (24, "hour"), "hour": (60, "minute"), "minute": (60, "second"),
                  "week": (7, "day")}


#: A duration unit -> (the relativedelta field it counts in, how many of them one unit is).
_DELTA_FIELDS = {
    "second": ("seconds", 1), "minute": ("minutes", 1), "hour": ("hours", 1), "day": ("days", 1),
    "week": ("weeks", 1), "month": ("months", 1), "year": ("years", 1), "decade": ("years", 10),
    "century": ("years", 100), "quarter": ("months", 3),
}


@dataclass(frozen=True)
class Duration:
    """An amount of a calendar unit ("fifty days" = Duration(50, "day")); ``amount`` None means "some" (PXD)."""

    amount: float | None
    unit: str

    @property
    def value(self) -> str:
        """TIMEX3 duration value: P50D, PT24H, P1.5Y, PXW, P20Y for two decades."""
        field_, factor = _DELTA_FIELDS[self.unit]
        if self.amount is not None and field_ == "years" and factor > 1:
            # ISO 8601 has no decade letter: "two decades" is P20Y, as TimeBank and AQUAINT write it ("decades"
            # stays PXDE: PXY would lose its size)
            return Duration(self.amount * factor, "year").value
        smaller = _SMALLER_UNITS.get(self.unit)
        if self.amount is not None and not float(self.amount).is_integer() and smaller:
            whole, rest = divmod(self.amount * smaller[0], smaller[0])
            if float(rest).is_integer():  # 2 1/2 years -> P2Y6M, 5 1/2 hours -> PT5H30M
                head = Duration(whole, self.unit).value if whole else "P"
                tail = Duration(rest, smaller[1]).value[1:]
                return head + (tail[1:] if "T" in head and tail.startswith("T") else tail)
        code, is_time = UNIT_CODES[self.unit]
        if self.amount is None:
            number = "X"
        elif float(self.amount).is_integer():
            number = str(int(self.amount))
        else:
            number = f"{self.amount:g}"
        return f"P{'T' if is_time else ''}{number}{code}"

    def delta(self) -> relativedelta | None:
        """The duration as a relativedelta, or None when the amount is unknown or not whole."""
        if self.amount is None or not float(self.amount).is_integer():
            return None
        field_, factor = _DELTA_FIELDS[self.unit]
        return relativedelta(**{field_: factor * int(self.amount)})


@dataclass(frozen=True)
class TimeValue:
    """The meaning of one temporal expression.

    ``start``/``end`` are the inclusive day interval the expression covers (None when it cannot be placed on the
    calendar: durations, sets, vague references, or relative dates with no publication date). ``label`` carries the
    extra part of a TIMEX3 value that the interval alone does not say: a season code, a time of day ("T15:35", "TEV"),
    a set's period.  ``note`` says why a value is unresolved.
    """

    type: TimexType
    precision: str
    start: date | None = None
    end: date | None = None
    mod: str | None = None
    duration: Duration | None = None
    label: str | None = None
    note: str | None = None
    ref: str | None = field(default=None)  # PRESENT_REF / PAST_REF / FUTURE_REF

    # ----------------------------------------------------------------- constructors
    @classmethod
    def day(cls, d: date) -> TimeValue:
        return cls("DATE", "day", d, d)

    @classmethod
    def month(cls, year: int, month: int) -> TimeValue:
        return cls("DATE", "month", date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def year(cls, year: int) -> TimeValue:
        return cls("DATE", "year", date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def week(cls, d: date) -> TimeValue:
        """The ISO week (Monday to Sunday) containing ``d``."""
        monday = d - timedelta(days=d.weekday())
        return cls("DATE", "week", monday, monday + timedelta(days=6))

    @classmethod
    def season(cls, year: int, code: str) -> TimeValue:
        first = date(year, SEASON_START_MONTH[code], 1)
        last = first + relativedelta(months=3, days=-1)
        return cls("DATE", "season", first, last, label=code)

    @classmethod
    def season_of(cls, d: date) -> TimeValue:
        """The meteorological season containing ``d`` (January and February belong to the previous year's winter)."""
        code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")
        return cls.season(d.year - 1 if d.month < 3 else d.year, code)

    @classmethod
    def quarter(cls, year: int, q: int) -> TimeValue:
        first = date(year, 3 * q - 2, 1)
        return cls("DATE", "quarter", first, first + relativedelta(months=3, days=-1))

    @classmethod
    def half(cls, year: int, h: int) -> TimeValue:
        first = date(year, 6 * h - 5, 1)
        return cls("DATE", "half", first, first + relativedelta(months=6, days=-1))

    @classmethod
    def decade(cls, first_year: int) -> TimeValue:
        first_year -= first_year % 10
        return cls("DATE", "decade", date(first_year, 1, 1), date(first_year + 9, 12, 31))

    @classmethod
    def century(cls, first_year: int) -> TimeValue:
        first_year -= first_year % 100
        return cls("DATE", "century", date(first_year, 1, 1), date(first_year + 99, 12, 31))

    @classmethod
    def of_duration(cls, duration: Duration, mod: str | None = None) -> TimeValue:
        return cls("DURATION", "ref", duration=duration, mod=mod)

    @classmethod
    def reference(cls, ref: str) -> TimeValue:
        """A vague reference: PRESENT_REF ("now"), PAST_REF ("recently"), FUTURE_REF ("in the near future")."""
        return cls("DATE", "ref", ref=ref)

    @classmethod
    def unresolved(cls, precision: str, note: str, type_: TimexType = "DATE") -> TimeValue:
        """A value that could not be placed (``note`` says why), as precise as the unit it was counted in."""
        return cls(type_, precision if precision in PRECISIONS else UNIT_PRECISION.get(precision, "ref"), note=note)

    @classmethod
    def beyond_calendar(cls, type_: TimexType = "DATE") -> TimeValue:
        """A date the calendar cannot hold ("5000 years ago", "within 9000 years", a day after 31 December 9999):
        refused as a value, with the reason, and never placed on a timeline."""
        return cls(type_, "ref", note=BEYOND_CALENDAR)

    # ----------------------------------------------------------------- derived
    @property
    def resolved(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def value(self) -> str:
        """The TIMEX3 value string."""
        if self.type == "DURATION":
            return self.duration.value if self.duration else "PXD"
        if self.type == "SET":
            return self.label or "XXXX"
        if self.ref:
            return self.ref
        if not self.resolved or self.start is None:
            if self.precision == "time" and self.label:
                return f"XXXX-XX-XX{self.label}"  # a time of day on an unknown day: XXXX-XX-XXTEV
            return _UNKNOWN_VALUES.get(self.precision, "XXXX-XX-XX")
        return self._anchor_value()

    def _anchor_value(self) -> str:
        """The value of the unit the expression names (before any early/mid/late part is applied)."""
        s = self.unit_start or self.start
        assert s is not None
        p = self.precision
        if p == "day":
            return s.isoformat()
        if p == "time":
            return f"{s.isoformat()}{self.label or ''}"
        if p == "week":
            iso = s.isocalendar()
            return f"{iso.year}-W{iso.week:02d}" + ("-WE" if self.label == "WE" else "")
        if p == "month":
            return f"{s.year:04d}-{s.month:02d}"
        if p == "season":
            return f"{s.year:04d}-{self.label}"
        if p == "quarter":
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if p == "half":
            return f"{s.year:04d}-H{1 if s.month <= 6 else 2}"
        if p == "year":
            return f"{s.year:04d}"
        if p == "decade":
            return f"{s.year // 10:03d}"
        if p == "century":
            return f"{s.year // 100:02d}"
        return s.isoformat()

    # The unit's own interval, kept when a part (early/mid/late) narrows [start, end].
    unit_start: date | None = None
    unit_end: date | None = None

    # ----------------------------------------------------------------- arithmetic
    def __add__(self, other: object) -> TimeValue:
        """Shift a calendar value by a relativedelta, timedelta or Duration; the precision is kept."""
        delta = _as_delta(other)
        if delta is None:
            return NotImplemented
        if not self.resolved or self.start is None or self.end is None:
            return self
        return self._rebuild(self.start + delta, self.end + delta)

    def __sub__(self, other: object) -> TimeValue:
        delta = _as_delta(other)
        if delta is None:
            return NotImplemented
        return self.__add__(-delta)

    def _rebuild(self, start: date, end: date) -> TimeValue:
        """The same kind of value moved to ``start``: units are re-snapped to their calendar boundaries."""
        p = self.precision
        if p == "month":
            moved = TimeValue.month(start.year, start.month)
        elif p == "year":
            moved = TimeValue.year(start.year)
        elif p == "week":
            moved = TimeValue.week(start)
        elif p == "quarter":
            moved = TimeValue.quarter(start.year, (start.month - 1) // 3 + 1)
        elif p == "half":
            moved = TimeValue.half(start.year, 1 if start.month <= 6 else 2)
        elif p == "season" and self.label:
            moved = TimeValue.season(start.year, self.label)
        elif p == "decade":
            moved = TimeValue.decade(start.year)
        else:
            moved = replace(self, start=start, end=end, unit_start=None, unit_end=None)
            return moved
        return moved.with_part(self.mod) if self.mod in PART_THIRDS else replace(moved, mod=self.mod)

    def with_part(self, mod: str | None) -> TimeValue:
        """Narrow to the first, middle or last third of the unit (START/MID/END); other mods are just recorded.

        Months split at days 10 and 20; years at April and August; any other unit into thirds of its days (a unit
        shorter than three days keeps its interval).
        """
        if mod not in PART_THIRDS or not self.resolved or self.start is None or self.end is None \
                or (self.end - self.start).days < 2:  # a day has no thirds: "early Friday" is Friday
            return replace(self, mod=mod)
        third = PART_THIRDS[mod]
        s, e = self.unit_start or self.start, self.unit_end or self.end  # a count's days narrowed: its whole unit
        if self.precision == "month":
            bounds = [(1, 10), (11, 20), (21, e.day)][third]
            ps, pe = s.replace(day=bounds[0]), s.replace(day=bounds[1])
        elif self.precision == "year":
            first_month = 1 + 4 * third
            ps = date(s.year, first_month, 1)
            pe = ps + relativedelta(months=4, days=-1)
        else:
            days = (e - s).days + 1
            cut1, cut2 = days // 3, days - days // 3
            offsets = [(0, cut1 - 1), (cut1, cut2 - 1), (cut2, days - 1)][third]
            ps, pe = s + timedelta(days=offsets[0]), s + timedelta(days=offsets[1])
        return replace(self, start=ps, end=pe, mod=mod, unit_start=s, unit_end=e)

    def narrowed(self, start: date, end: date) -> TimeValue:
        """The same unit, its interval narrowed to the days [start, end] a count points at ("two months ago": a week
        either side of the day counted); the TIMEX3 value stays the unit's."""
        return replace(self, start=start, end=end, unit_start=self.unit_start or self.start,
                       unit_end=self.unit_end or self.end)

    def with_mod(self, mod: str | None) -> TimeValue:
        """Apply a TIMEX3 mod: parts narrow the interval, APPROX/BEFORE/AFTER/... only annotate it."""
        return self.with_part(mod)

    def as_type(self, type_: TimexType) -> TimeValue:
        return replace(self, type=type_)

    def __str__(self) -> str:
        mod = f" mod={self.mod}" if self.mod else ""
        span = f" [{self.start}..{self.end}]" if self.resolved else ""
        return f"{self.type} {self.value}{mod}{span}"


_UNKNOWN_VALUES = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "season": "XXXX-XX", "year": "XXXX",
    "quarter": "XXXX-QX", "half": "XXXX-HX", "decade": "XXX", "century": "XX", "time": "XXXX-XX-XXTXX:XX",
}


def _as_delta(other: object) -> relativedelta | timedelta | None:
    if isinstance(other, Duration):
        return other.delta()
    if isinstance(other, (relativedelta, timedelta)):
        return other
    return None
