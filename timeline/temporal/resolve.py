"""Normalisers: turn a rule's matched fields into a TimeValue, against the publication date (DCT), the tense of the
clause and the last mentioned date. One function per rule ``kind``, one per prefix ``effect``.

Conventions (documented in the README):
- a month or day without a year takes it from the DCT: in a past-tense clause (or when no word tells the tense: news
  mostly reports what happened) the latest such date begun by the DCT, in a future-tense clause the first not over by
  it, as long as that is within ``TENSE_REACH_DAYS`` (a year, ``PAST_EVENT_REACH_DAYS``, for the time of a simple
  past verb: "signed on March 10"); otherwise the nearest;
- "by"/"until" before an expression look ahead unless the clause is past; "as early as" always looks ahead;
- a weekday is the latest on or before the DCT unless its clause is in the future ("on Sunday" in a Sunday article
  is that day); a possessive weekday ("Wednesday's signing") is the latest on or before the DCT unless "ahead of" it;
  "the previous Friday", "the following Monday" count from the last mentioned day;
- the tense of a clause an expression opens ("On Tuesday, <subject> plans to ...") is that of the clause's first verb,
  however far; otherwise the nearest tense word around the expression tells it (an attribution after it does not);
- "the day after <event>" counts from the earlier date whose sentence shares most of the event's words, the one
  nearest them ("the day after the Pahalgam attack"), else from the last mentioned date; "the days before the vote" is
  the week up to the day before that day, "the days after" the week from the day after; "that afternoon" is that
  part of the last mentioned day;
- "earlier"/"later" in the unit holding the DCT are the part of it before/after the DCT ("earlier this month"), in
  another unit a third of it, as early/late;
- a yearless quarter is the latest begun by the DCT whatever the tense (results are reported after the quarter);
  "a year ago" right after a quarter is that quarter a year back (TimeBank's financial news convention);
- "last Monday" is the latest Monday before the DCT, "next Monday" the first after it;
- numeric dates a/b/yyyy are read month/day (US wire style) unless a > 12;
- seasons are meteorological, northern hemisphere; winter Y runs from 1 December Y to the end of February Y+1;
- with no DCT, anything relative stays unresolved with a note saying so, never resolved against today; a time of day
  is kept ("Wednesday evening" is XXXX-XX-XXTEV).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from timeline.temporal import lexicon as lx
from timeline.temporal.values import Duration, TimeValue

#: "unknown" when no word around the expression tells the tense of its clause.
Tense = Literal["past", "present", "future", "unknown"]
Fields = Mapping[str, str | None]

NO_DCT = "relative expression; the article has no publication date to resolve it against"


@dataclass(frozen=True)
class Context:
    """What a relative expression is resolved against."""

    dct: date | None
    tense: Tense = "past"
    anchor: TimeValue | None = None  # the last mentioned resolved date, for "the following day"
    past_event: bool = False  # the date is when a past-tense verb happened ("signed on March 10")
    reported: date | None = None  # the past day of the report it is in ("On August 7, Reuters reported that ...")
    quoted: bool = False  # the expression is inside a quotation


# ------------------------------------------------------------------ helpers
def _word(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _month(text: str | None) -> int | None:
    """A month from its name ("Sept.") or its number ("05")."""
    word = _word(text).rstrip(".")
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    return lx.MONTHS.get(word) if word else None


def _int(text: str | None) -> int | None:
    digits = "".join(ch for ch in text or "" if ch.isdigit())
    return int(digits) if digits else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: How far from the DCT a clause's tense may send a yearless date; beyond it the nearest date wins ("extended the
#: offer to Nov. 20" in a 2 November article is this November, though the clause is in the past).
TENSE_REACH_DAYS = 240
#: How far back the time of a past-tense verb may send a yearless date: any day of the year before ("the agreement,
#: which they signed on March 10" in a 4 January article is last March).
PAST_EVENT_REACH_DAYS = 366


def _pick_year(candidate: Callable[[int], TimeValue | None], dct: date, tense: Tense,
               reach: int = TENSE_REACH_DAYS) -> TimeValue | None:
    """Place a yearless value: the latest begun by the DCT (past), the first not ended before it (future), as long as
    that is within ``reach`` days of the DCT; otherwise (and with no tense) the nearest."""
    options = [v for v in (candidate(dct.year - 1), candidate(dct.year), candidate(dct.year + 1)) if v is not None]
    if not options:
        return None
    by_tense: list[TimeValue] = []
    if tense == "past":
        by_tense = [v for v in options if v.start is not None and v.start <= dct][-1:]
    elif tense == "future":
        by_tense = [v for v in options if v.end is not None and v.end >= dct][:1]
    if by_tense and _distance(by_tense[0], dct) <= reach:
        return by_tense[0]
    return min(options, key=lambda v: _distance(v, dct))


def _distance(value: TimeValue, d: date) -> int:
    """Days between ``d`` and the interval of ``value`` (0 when inside it)."""
    assert value.start is not None and value.end is not None
    return max((value.start - d).days, (d - value.end).days, 0)


def _with_part(value: TimeValue | None, f: Fields, dct: date | None = None) -> TimeValue | None:
    """Apply an early/mid/late part matched inside the rule itself ("the late 1970s", "the early summer", "later in
    the week": ``_part_of_writing`` when the unit holds the day of writing ``dct``)."""
    part = _word(f.get("part") or f.get("param_part"))
    if value is None or not part:
        return value
    return _part_of_writing(value, part, dct) or value.with_part(lx.PARTS.get(part) or lx.PARTS.get(f"the {part} of"))


def _part_of_writing(value: TimeValue, part: str, dct: date | None) -> TimeValue | None:
    """"earlier this month" in an article of 8 August: 1-7 August; "later this year": 9 August to 31 December
    (``lexicon.PARTS_OF_WRITING``), the TIMEX3 mod START or END kept. None when the unit does not hold the day of
    writing ("later in March" told in January: the last third), or has no day on that side of it."""
    side = lx.PARTS_OF_WRITING.get(part)
    if side is None or dct is None or not value.resolved or value.start is None or value.end is None \
            or not value.start <= dct <= value.end:
        return None
    mod = lx.PARTS[part]
    if side == "before" and value.start < dct:
        return replace(value.narrowed(value.start, dct - timedelta(days=1)), mod=mod)
    if side == "after" and dct < value.end:
        return replace(value.narrowed(dct + timedelta(days=1), value.end), mod=mod)
    return None


def _step_unit(ref: date, unit: str, step: int) -> TimeValue | None:
    """The calendar unit containing ``ref`` moved by ``step`` units."""
    if unit == "day":
        return TimeValue.day(ref + timedelta(days=step))
    if unit in ("week", "weekend"):
        week = TimeValue.week(ref + timedelta(weeks=step))
        if unit == "weekend" and week.start is not None:
            sat = week.start + timedelta(days=5)
            return replace(week, start=sat, end=sat + timedelta(days=1), label="WE")
        return week
    if unit == "month":
        moved = ref + relativedelta(months=step)
        return TimeValue.month(moved.year, moved.month)
    if unit == "quarter":
        moved = ref + relativedelta(months=3 * step)
        return TimeValue.quarter(moved.year, (moved.month - 1) // 3 + 1)
    if unit == "year":
        return TimeValue.year(ref.year + step)
    if unit == "decade":
        return TimeValue.decade(ref.year + 10 * step)
    if unit == "century":
        return TimeValue.century(ref.year + 100 * step)
    return None


def _unit(text: str | None) -> str:
    return lx.UNITS.get(_word(text), _word(text))


# ------------------------------------------------------------------ normalisers
def calendar_date(f: Fields, ctx: Context) -> TimeValue | None:
    """Absolute or partial calendar dates: "16 May 2025", "May 16", "in May", "December 2023", "2027"; a range of
    days in a month ("10-11 July", "July 10 and 11, 2023") is the month's value over those days."""
    month = _month(f.get("month"))
    day = _int(f.get("day"))
    year = lx.year_value(f.get("year") or "")
    if month is None and year is not None:
        return TimeValue.year(year)
    if month is None:
        return None
    if day is not None and day > 31:
        return None

    last = _int(f.get("day2"))

    def build(y: int) -> TimeValue | None:
        if day is None:
            return TimeValue.month(y, month)
        d = _safe_date(y, month, day)
        if d and last is not None:  # "10-11 July": the month, narrowed to its days
            e = _safe_date(y, month, last)
            return TimeValue.month(y, month).narrowed(d, e) if e and e > d else None
        return TimeValue.day(d) if d else None

    if year is not None:
        return build(year)
    if ctx.dct is None:
        return TimeValue.unresolved("day" if day else "month", NO_DCT + " (no year given)")
    reach = PAST_EVENT_REACH_DAYS if ctx.past_event and ctx.tense == "past" else TENSE_REACH_DAYS
    return _pick_year(build, ctx.dct, "past" if ctx.tense == "unknown" else ctx.tense, reach)  # news reports the past


#: Which week of a month: its first day's offset in days ("last": the month's final seven days).
_WEEK_OF_MONTH = {"first": 0, "second": 7, "third": 14, "fourth": 21}


def week_of_month(f: Fields, ctx: Context) -> TimeValue | None:
    """"the first week of January": days 1-7 of that month (second 8-14, third 15-21, fourth 22-28; "last" or
    "final": its last seven days), the month placed as a month alone would be."""
    month = calendar_date({"month": f.get("month"), "year": f.get("year")}, ctx)
    if month is None or month.start is None or month.end is None:
        return month if month is None else replace(month, precision="week")
    which = _word(f.get("which"))
    if which in _WEEK_OF_MONTH:
        first = month.start + timedelta(days=_WEEK_OF_MONTH[which])
    else:
        first = month.end - timedelta(days=6)
    return TimeValue("DATE", "week", first, min(first + timedelta(days=6), month.end))


def week_of_day(f: Fields, ctx: Context) -> TimeValue | None:
    """"the week of December 15": the ISO week (Monday to Sunday) holding that day, the day placed as a day alone
    would be; of a Sunday, the seven days it opens ("the week of March 3", 2024, a Sunday: 3-9 March), as a week
    named by its first day is."""
    day = calendar_date({"day": f.get("day") or f.get("day2"), "month": f.get("month") or f.get("month2"),
                         "year": f.get("year")}, ctx)
    if day is None or day.start is None:
        return day if day is None else replace(day, precision="week")
    if day.start.weekday() == 6:
        return TimeValue.week(day.start + timedelta(days=1)).narrowed(day.start, day.start + timedelta(days=6))
    return TimeValue.week(day.start)


def month_of_year(f: Fields, ctx: Context) -> TimeValue | None:
    """"June last year", "January this year": the month in the year counted from the DCT; "October of that year":
    in the year of the last mentioned date."""
    month = _month(f.get("month"))
    if month is None:
        return None
    if f.get("param_rel") == "anchor":
        anchor = ctx.anchor
        if anchor is None or anchor.start is None:
            return TimeValue.unresolved("month", "no year was mentioned before")
        return TimeValue.month(anchor.start.year, month)
    if ctx.dct is None:
        return TimeValue.unresolved("month", NO_DCT)
    return TimeValue.month(ctx.dct.year + lx.RELATIVE_STEPS.get(_word(f.get("rel")), 0), month)


def numeric_date(f: Fields, ctx: Context) -> TimeValue | None:
    """a/b/yyyy: month/day unless the first number exceeds 12 (then day/month)."""
    a, b, year = _int(f.get("a")), _int(f.get("b")), _int(f.get("year"))
    if a is None or b is None or year is None:
        return None
    if year < 100:
        year += 2000 if year < 50 else 1900
    month, day = (b, a) if a > 12 else (a, b)
    d = _safe_date(year, month, day) if month <= 12 else None
    return TimeValue.day(d) if d else None


def decade(f: Fields, ctx: Context) -> TimeValue | None:
    """"the 1990s", "the '90s", "the late nineties" (a two-digit decade takes its century from the DCT, never later
    than ten years past it)."""
    if f.get("decade"):
        return _with_part(TimeValue.decade(int(f["decade"] or 0)), f)
    dd = lx.DECADE_WORDS.get(_word(f.get("word"))) if f.get("word") else _int(f.get("dd"))
    if dd is None:
        return None
    base = (ctx.dct.year // 100) * 100 if ctx.dct else 1900
    year = base + dd
    if ctx.dct and year > ctx.dct.year + 10:
        year -= 100
    return _with_part(TimeValue.decade(year), f)


def century(f: Fields, ctx: Context) -> TimeValue | None:
    """"the 20th century" -> 19."""
    text = _word(f.get("ordinal"))
    n = lx.ORDINALS.get(text) or _int(text)
    return TimeValue.century((n - 1) * 100) if n and n > 0 else None


def quarter(f: Fields, ctx: Context) -> TimeValue | None:
    """"Q3 2026", "next year's first quarter", "the third quarter" (yearless: the latest begun by the DCT, whatever
    the tense: "expects to report third-quarter results" is about the quarter just ended)."""
    q = _int(f.get("q")) or lx.QUARTERS.get(_word(f.get("qord")))
    if not q:
        return None
    year = _int(f.get("year"))
    if year is not None:
        return TimeValue.quarter(year, q)
    if ctx.dct is None:
        return TimeValue.unresolved("quarter", NO_DCT + " (no year given)")
    if f.get("rel"):
        return TimeValue.quarter(ctx.dct.year + lx.RELATIVE_STEPS.get(_word(f.get("rel")), 0), q)
    return _pick_year(lambda y: TimeValue.quarter(y, q), ctx.dct, "past")


def reported_quarter_of(f: Fields, ctx: Context) -> TimeValue | None:
    """"the 1988 period", "the 1988 quarter": in that year, the quarter last reported (the one before the DCT's)."""
    year = lx.year_value(f.get("year") or "")
    if year is None:
        return None
    if ctx.dct is None:
        return TimeValue.unresolved("quarter", NO_DCT)
    reported = _step_unit(ctx.dct, "quarter", -1)
    assert reported is not None and reported.start is not None
    return TimeValue.quarter(year, (reported.start.month - 1) // 3 + 1)


def year_ago_quarter(f: Fields, ctx: Context) -> TimeValue | None:
    """"the year-earlier quarter", "year-ago": the last reported quarter (the one before the DCT's) a year back."""
    if ctx.dct is None:
        return TimeValue.unresolved("quarter", NO_DCT)
    q = lx.QUARTERS.get(_word(f.get("qord")))
    if q:
        return TimeValue.quarter(ctx.dct.year - 1, q)
    return _step_unit(ctx.dct, "quarter", -5)


def season(f: Fields, ctx: Context) -> TimeValue | None:
    """"summer 2024", "the early summer" (yearless: the DCT's season year, by tense)."""
    year = lx.year_value(f.get("year") or "")
    code = lx.SEASONS.get(_word(f.get("season")))
    if code is None:
        return None
    if year is not None:
        return _with_part(TimeValue.season(year, code), f)
    if ctx.dct is None:
        return TimeValue.unresolved("season", NO_DCT + " (no year given)")
    return _with_part(_pick_year(lambda y: TimeValue.season(y, code), ctx.dct, ctx.tense), f)


def relative_season(f: Fields, ctx: Context) -> TimeValue | None:
    """"this summer", "last winter", "next spring"."""
    code = lx.SEASONS.get(_word(f.get("season")))
    step = lx.RELATIVE_STEPS.get(_word(f.get("rel")))
    if code is None or step is None:
        return None
    if ctx.dct is None:
        return TimeValue.unresolved("season", NO_DCT)
    dct = ctx.dct
    current = TimeValue.season(dct.year - 1 if code == "WI" and dct.month <= 2 else dct.year, code)
    assert current.start is not None and current.end is not None
    if step < 0 and current.end >= dct:
        return current + relativedelta(years=-1)
    if step > 0 and current.start <= dct:
        return current + relativedelta(years=1)
    return current


def relative_month(f: Fields, ctx: Context) -> TimeValue | None:
    """"next May" (the first May after the DCT's month), "last March" (the latest before it, however far back),
    "this May" (by the clause's tense)."""
    month = _month(f.get("month"))
    step = lx.RELATIVE_STEPS.get(_word(f.get("rel")), 0)
    if month is None:
        return None
    if ctx.dct is None:
        return TimeValue.unresolved("month", NO_DCT)
    dct = ctx.dct
    if step < 0:
        return TimeValue.month(dct.year if month < dct.month else dct.year - 1, month)
    if step > 0:
        return TimeValue.month(dct.year if month > dct.month else dct.year + 1, month)
    return _pick_year(lambda y: TimeValue.month(y, month), dct, ctx.tense)


def deictic(f: Fields, ctx: Context) -> TimeValue | None:
    """"today", "yesterday", "tomorrow", "this morning" (a day, or a TIME with its part of day); in a quotation, from
    the day of the speech reported ("... starting from this evening," ... said", after "On Monday the Kuwait foreign
    minister announced the thaw", real news dev 105)."""
    word = _word(f.get("deictic"))
    if ctx.dct is None:
        return TimeValue.unresolved("day", NO_DCT)
    reference = ctx.reported if ctx.reported is not None and ctx.quoted else ctx.dct
    value = TimeValue.day(reference + timedelta(days=lx.DEICTIC_DAYS[word]))
    tod = next((label for name, label in lx.TIMES_OF_DAY.items() if word.endswith(name)), None)
    return replace(value, type="TIME", precision="time", label=tod) if tod else value


def weekday(f: Fields, ctx: Context) -> TimeValue | None:
    """"on Saturday", "Last Monday", "next Tuesday", "Wednesday evening"."""
    wd = lx.WEEKDAYS.get(_word(f.get("weekday")))
    if wd is None:
        return None
    tod = lx.TIMES_OF_DAY.get(_word(f.get("tod")))
    if ctx.dct is None:  # "Wednesday evening" keeps its evening on an unknown day
        return replace(TimeValue.unresolved("time", NO_DCT, "TIME"), label=tod) if tod else \
            TimeValue.unresolved("day", NO_DCT)
    rel = _word(f.get("rel"))
    step = lx.RELATIVE_STEPS.get(rel, 0) if rel else 0
    anchor = ctx.anchor if ctx.anchor is not None and ctx.anchor.precision in ("day", "time") else None
    # "the previous Friday" counts from the last mentioned day
    dct = anchor.start if rel in lx.ANAPHORIC_RELATIVES and anchor and anchor.start else ctx.dct
    back = (dct.weekday() - wd) % 7
    forward = (wd - dct.weekday()) % 7
    if step < 0:
        day = dct - timedelta(days=back or 7)
    elif step > 0:
        day = dct + timedelta(days=forward or 7)
    elif ctx.tense == "future":
        day = _ahead_of(ctx.reported or dct, wd)
    elif ctx.tense == "present":
        day = dct - timedelta(days=back) if back <= forward else dct + timedelta(days=forward)
    else:
        day = dct - timedelta(days=back)
    value = TimeValue.day(day)
    return replace(value, type="TIME", precision="time", label=tod) if tod else value


def _ahead_of(ref: date, wd: int) -> date:
    """The first day of weekday ``wd`` on or after ``ref``: a future day of a dated report counts from the report ("On
    August 7, Reuters reported ... a document to be signed on Friday", real news dev 082: August 8)."""
    return ref + timedelta(days=(wd - ref.weekday()) % 7)


def holiday(f: Fields, ctx: Context) -> TimeValue | None:
    """"Christmas", "Easter 2024", "last Thanksgiving": the day it falls on in its year (given, or from the DCT: by
    "last"/"next", else by the clause's tense like a month)."""
    spec = lx.HOLIDAYS.get(_word(f.get("holiday")).replace("’", "'"))
    if spec is None:
        return None

    def build(y: int) -> TimeValue | None:
        if spec.easter is not None:
            return TimeValue.day(easter(y) + timedelta(days=spec.easter))
        if spec.weekday is None:
            return TimeValue.day(date(y, spec.month, spec.day))
        if spec.nth > 0:
            first = date(y, spec.month, 1)
            return TimeValue.day(first + timedelta(days=(spec.weekday - first.weekday()) % 7 + 7 * (spec.nth - 1)))
        last = date(y, spec.month, 1) + relativedelta(months=1, days=-1)
        return TimeValue.day(last - timedelta(days=(last.weekday() - spec.weekday) % 7))

    year = lx.year_value(f.get("year") or "")
    if year is not None:
        return build(year)
    if ctx.dct is None:
        return TimeValue.unresolved("day", NO_DCT + " (no year given)")
    dct = ctx.dct
    step = lx.RELATIVE_STEPS.get(_word(f.get("rel")), 0)
    if step < 0:
        return next(v for y in (dct.year, dct.year - 1) if (v := build(y)) and v.start and v.start < dct)
    if step > 0:
        return next(v for y in (dct.year, dct.year + 1) if (v := build(y)) and v.start and v.start > dct)
    return _pick_year(build, dct, "past" if ctx.tense == "unknown" else ctx.tense)


def relative_unit(f: Fields, ctx: Context) -> TimeValue | None:
    """"the coming week", "last year", "this month", "the end of the month"."""
    rel = _word(f.get("rel"))
    step = lx.RELATIVE_STEPS.get(rel, 0) if rel else int(ctx_param(f, "rel", 0))
    unit = _unit(f.get("unit") or f.get("param_unit"))
    ref = ctx.anchor.start if rel in lx.ANAPHORIC_RELATIVES and ctx.anchor and ctx.anchor.start else ctx.dct
    if ref is None:
        return TimeValue.unresolved(unit, NO_DCT)
    return _with_part(_step_unit(ref, unit, step), f, ctx.dct)


def weekend(f: Fields, ctx: Context) -> TimeValue | None:
    """"the weekend": the latest begun by the DCT (past clause), else the next one; "this weekend" (``ahead``): the
    next one unless the clause is in the past ("met this weekend" in a Monday article: the weekend just gone)."""
    if ctx.dct is None:
        return TimeValue.unresolved("week", NO_DCT)
    ahead = ctx.tense == "future" or f.get("param_ahead") and ctx.tense != "past"
    step = 0 if ctx.dct.weekday() >= 5 or ahead else -1  # 0: the weekend of the DCT's own week
    return _step_unit(ctx.dct, "weekend", step)


def ctx_param(f: Fields, key: str, default: int) -> int:
    """A rule parameter passed through the fields (rules' ``params`` are merged into them)."""
    raw = f.get(f"param_{key}")
    return int(raw) if raw is not None else default


def offset(f: Fields, ctx: Context) -> TimeValue | None:
    """"two weeks ago", "three years from now": the DCT moved; precise to the unit counted. A count of months points
    at the day counted, give or take ``lexicon.COUNT_SLACK_DAYS`` ("almost two months ago": on the side of the DCT)."""
    unit = _unit(f.get("unit"))
    direction = -1 if _word(f.get("dir")) == "ago" else 1
    amount = lx.number_value(f.get("num") or "")
    mod = lx.QUANTIFIERS.get(_word(f.get("quantifier")))
    if amount is None:
        return TimeValue.reference("PAST_REF" if direction < 0 else "FUTURE_REF")
    if ctx.dct is None:
        return TimeValue.unresolved(unit, NO_DCT)
    back = _period_years_back(ctx, unit, direction * amount)
    value = back if back is not None else _moved(ctx.dct, "day", unit, direction * amount)
    if back is None:
        value = _near_counted_day(value, ctx.dct, unit, direction, amount, mod, lx.COUNT_SLACK_DAYS.get(unit))
    return replace(value, mod=mod) if value is not None and mod else value


def _near_counted_day(value: TimeValue | None, ref: date, unit: str, direction: int, amount: float,
                      mod: str | None = None, slack: int | None = 0) -> TimeValue | None:
    """A count of months or years from day ``ref`` narrowed to the day it points at, give or take ``slack`` days
    ("almost two months ago": on the side of ``ref``); the value stays the unit's."""
    if value is None or not value.resolved or slack is None or unit not in lx.COUNT_SLACK_DAYS \
            or not float(amount).is_integer() or amount > lx.COUNT_SLACK_MAX:
        return value
    day = ref + relativedelta(**{f"{unit}s": direction * int(amount)})
    low, high = day - timedelta(days=slack), day + timedelta(days=slack)
    if mod == "LESS_THAN":  # less far from ref than counted
        low, high = (day, high) if direction < 0 else (low, day)
    return value.narrowed(low, high)


def _period_years_back(ctx: Context, unit: str, amount: float) -> TimeValue | None:
    """Results "a year ago"/"a year earlier" after a quarter was named: that quarter, whole years back.

    The quarter is the one last named if it ended within a year of the DCT (a quarter already a year back is itself
    a comparison, not the period reported), else the last reported one (before the DCT's)."""
    anchor = ctx.anchor
    if unit != "year" or not float(amount).is_integer() or anchor is None or anchor.precision != "quarter" \
            or ctx.dct is None or anchor.end is None:
        return None
    if (ctx.dct - anchor.end).days > 366:
        anchor = _step_unit(ctx.dct, "quarter", -1)
    return anchor + relativedelta(years=int(amount)) if anchor is not None else None


#: Calendar units whose fractions are whole numbers of a smaller unit: unit -> (how many, smaller unit).
_EXACT_SMALLER = {"year": (12, "month"), "decade": (10, "year"), "century": (100, "year")}


def _moved(ref: date, ref_precision: str, unit: str, amount: float) -> TimeValue | None:
    """``ref`` moved by ``amount`` units; day-precise for day and week steps from a day, else precise to the unit."""
    if unit in lx.UNIT_EQUIVALENTS:
        factor, unit = lx.UNIT_EQUIVALENTS[unit]
        amount *= factor
    if not float(amount).is_integer() and unit in _EXACT_SMALLER:  # "one and a half years ago": 18 months
        factor, unit = _EXACT_SMALLER[unit]
        amount *= factor
    if not float(amount).is_integer():
        return TimeValue.unresolved(unit, f"{amount:g} {unit}s from a date is not a whole calendar unit")
    n = int(amount)
    if unit in ("hour", "minute", "second"):
        return TimeValue.day(ref)
    if unit == "day" or (unit == "week" and ref_precision == "day"):
        return TimeValue.day(ref + timedelta(days=n * (7 if unit == "week" else 1)))
    return _step_unit(ref, unit, n)


def anchor_offset(f: Fields, ctx: Context) -> TimeValue | None:
    """"a week later", "two days before": the last mentioned date (else the DCT) moved; a count of months or years
    from a day told before points at the day counted ("a month later" than May 3: June 3, GUIDE section 3: counted
    from the date it refers to), the value staying the month's."""
    unit = _unit(f.get("unit"))
    direction = -1 if _word(f.get("dir")) in ("before", "earlier", "prior") else 1
    amount = lx.number_value(f.get("num") or "")
    anchor = ctx.anchor if ctx.anchor is not None and ctx.anchor.start is not None else None
    ref = anchor.start if anchor else ctx.dct
    if amount is None or ref is None:
        return None if amount is None else TimeValue.unresolved(unit, NO_DCT)
    back = _period_years_back(ctx, unit, direction * amount)
    if back is not None:
        return back
    moved = _moved(ref, anchor.precision if anchor else "day", unit, direction * amount)
    # from no day told ("Profit rose from a year earlier"): the whole unit
    return _near_counted_day(moved, ref, unit, direction, amount) if anchor and anchor.precision == "day" else moved


def anchor_step(f: Fields, ctx: Context) -> TimeValue | None:
    """"the following day", "the previous week", "the day before", "that year": from the last mentioned date (for a
    rule with ``not_ahead``, not from one after the DCT: "Earlier in the day" is then the DCT)."""
    which = _word(f.get("which") or f.get("dir") or f.get("param_which"))
    unit = _unit(f.get("unit") or f.get("which2") or f.get("param_unit"))
    if unit in ("morning", "evening"):
        unit = "day"
    step = {"following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1, "same": 0}[which]
    anchor = ctx.anchor if ctx.anchor is not None and ctx.anchor.start is not None else None
    if anchor is not None and f.get("param_not_ahead") and ctx.dct is not None and anchor.start is not None \
            and anchor.start > ctx.dct:
        anchor = None  # "Earlier in the day" after a deadline was named: the day of writing
    ref = anchor.start if anchor else ctx.dct
    if ref is None:
        return TimeValue.unresolved(unit, NO_DCT)
    if anchor is not None and _finer(unit, anchor.precision):
        return TimeValue.unresolved(unit, f"the last mentioned date ({anchor.value}) does not say which {unit}")
    return _step_unit(ref, unit, step)


#: Directions of "the days <dir> <event>" that look back from the event's day; the others look ahead.
_DAYS_BEFORE = frozenset({"before", "preceding", "leading up to"})
#: How many days "the days before/after" an event spans when the text leaves the day open.
DAYS_AROUND = 7


def anchor_days(f: Fields, ctx: Context) -> TimeValue | None:
    """"in the days before the vote", "the week before the vote": the seven days before the day of the event named
    (else the last mentioned day), up to the day before it; "the days after the attack" the seven after it (GUIDE
    section 3: a range the text leaves the day open in). The TIMEX3 value is the week of the day next to the event's."""
    anchor = ctx.anchor
    if anchor is None or anchor.start is None or anchor.end is None or anchor.precision not in ("day", "time"):
        note = f"the last mentioned date ({anchor.value}) is not a day" if anchor else "no day was mentioned before"
        return TimeValue.unresolved("week", note)
    if _word(f.get("dir")) in _DAYS_BEFORE:
        first, last = anchor.start - timedelta(days=DAYS_AROUND), anchor.start - timedelta(days=1)
        return TimeValue.week(last).narrowed(first, last)
    first, last = anchor.end + timedelta(days=1), anchor.end + timedelta(days=DAYS_AROUND)
    return TimeValue.week(first).narrowed(first, last)


def anchor_time(f: Fields, ctx: Context) -> TimeValue | None:
    """"that afternoon", "that evening": that part of the last mentioned day (a TIME); of an unknown day when the
    last mentioned date is not a day."""
    label = lx.TIMES_OF_DAY[_word(f.get("tod"))]
    anchor = ctx.anchor
    if anchor is None or anchor.start is None or anchor.precision not in ("day", "time"):
        note = f"the last mentioned date ({anchor.value}) is not a day" if anchor else "no day was mentioned before"
        return replace(TimeValue.unresolved("time", note, "TIME"), label=label)
    return TimeValue("TIME", "time", anchor.start, anchor.start, label=label)


def _finer(unit: str, precision: str) -> bool:
    """Whether calendar ``unit`` is finer than ``precision`` ("day" than "month"); vague precisions never compare."""
    order = ("time", "day", "week", "month", "quarter", "year", "decade", "century")
    return unit in order and precision in order and order.index(unit) < order.index(precision)


def duration(f: Fields, ctx: Context) -> TimeValue | None:
    """"fifty days", "24 hours", "several weeks" (PXW), "years" (PXY), "a fortnight", "a year and a half" (P1Y6M)."""
    unit = _unit(f.get("unit"))
    if unit == "weekend":
        return None
    raw = f.get("param_amount")
    amount: float | None = float(raw) if raw is not None else lx.number_value(f.get("num") or "")
    if f.get("and_half") and amount is not None:  # "a year and a half"
        amount += 0.5
    if unit in lx.UNIT_EQUIVALENTS:
        factor, unit = lx.UNIT_EQUIVALENTS[unit]
        amount = amount * factor if amount is not None else None
    return TimeValue.of_duration(Duration(amount, unit))


def frequency_set(f: Fields, ctx: Context) -> TimeValue | None:
    """"every month" (P1M), "weekly" (P1W), "every Monday" (XXXX-WXX-1), "each winter", "summers" (XXXX-WI, XXXX-SU)."""
    if f.get("frequency"):
        amount, unit = lx.FREQUENCIES[_word(f.get("frequency"))]
        return TimeValue("SET", "ref", label=Duration(amount, unit).value)
    word = _word(f.get("unit") or f.get("unit2"))
    season = lx.SEASONS.get(word) or lx.SEASONS.get(word[:-1])
    if season:
        return TimeValue("SET", "ref", label=f"XXXX-{season}")
    if word in lx.WEEKDAYS:
        return TimeValue("SET", "ref", label=f"XXXX-WXX-{lx.WEEKDAYS[word] + 1}")
    if _month(word):
        return TimeValue("SET", "ref", label=f"XXXX-{_month(word):02d}")
    amount_f = lx.number_value(f.get("num") or "") if f.get("num") else 1.0
    unit = _unit(word)
    if unit not in ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "quarter"):
        return None
    return TimeValue("SET", "ref", label=Duration(amount_f, unit).value)


def reference(f: Fields, ctx: Context) -> TimeValue | None:
    """"now" PRESENT_REF, "recently" PAST_REF, "in the near future" FUTURE_REF."""
    return TimeValue.reference(lx.REFERENCES[_word(f.get("reference"))])


def clock_time(f: Fields, ctx: Context) -> TimeValue | None:
    """"at 15:35", "3 p.m.", "noon", "4 in the morning": a TIME on the last mentioned day, else on the DCT."""
    tod = _word(f.get("tod"))
    if tod:
        label = lx.TIMES_OF_DAY[tod]
    else:
        hour, minute = _int(f.get("hour")), _int(f.get("minute")) or 0
        if hour is None:
            return None
        ampm = _word(f.get("ampm")).replace(".", "")
        daypart = _word(f.get("daypart"))
        if not ampm and daypart:  # "4 in the morning", "10 at night", "2 at night"
            ampm = "am" if daypart.endswith("morning") or (daypart.endswith("night") and hour < 6) else "pm"
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        label = f"T{hour:02d}:{minute:02d}"
    anchor = ctx.anchor if ctx.anchor is not None and ctx.anchor.precision in ("day", "time") else None
    day = anchor.start if anchor and anchor.start else ctx.dct
    if day is None:
        return TimeValue("TIME", "time", label=label, note=NO_DCT)
    return TimeValue("TIME", "time", day, day, label=label)


def time_on_day(f: Fields, ctx: Context) -> TimeValue | None:
    """"10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9", "11pm GMT on 31 December", "mid-afternoon
    yesterday": the day, then the time."""
    if f.get("weekday"):
        day = weekday(f, ctx)
    elif f.get("deictic"):
        day = deictic(f, ctx)
    else:
        day = calendar_date({"month": f.get("month") or f.get("month2"), "day": f.get("day") or f.get("day2"),
                             "year": f.get("year") or f.get("year2")}, ctx)
    time = clock_time({k: v for k, v in f.items() if k in ("hour", "minute", "ampm", "tod")}, ctx)
    if day is None or time is None:
        return None
    mod = "MID" if _word(f.get("part")) == "mid" else None
    return replace(day, type="TIME", precision="time", label=time.label, mod=mod)


NORMALISERS: dict[str, Callable[[Fields, Context], TimeValue | None]] = {
    "calendar": calendar_date, "numeric": numeric_date, "decade": decade, "century": century, "quarter": quarter,
    "season": season, "relative_season": relative_season, "relative_month": relative_month, "deictic": deictic,
    "weekday": weekday, "relative_unit": relative_unit, "offset": offset, "anchor_offset": anchor_offset,
    "anchor_step": anchor_step, "anchor_days": anchor_days, "duration": duration, "set": frequency_set,
    "reference": reference, "time": clock_time, "month_of_year": month_of_year, "year_ago_quarter": year_ago_quarter,
    "reported_quarter_of": reported_quarter_of, "weekend": weekend,
    "time_on_day": time_on_day, "anchor_time": anchor_time, "holiday": holiday, "week_of_month": week_of_month,
    "week_of_day": week_of_day,
}


#: The rule kinds whose normalisers read the clause's tense (``ctx.tense``) when no year is given: the tagger works
#: it out only for them.
TENSED_KINDS = frozenset({"calendar", "season", "relative_month", "weekday", "holiday", "weekend", "time_on_day",
                          "week_of_month", "week_of_day"})


# ------------------------------------------------------------------ prefix effects
def part_effect(value: TimeValue, f: Fields, dct: date | None = None) -> TimeValue | None:
    """"early June": the first third of June (mod START); "earlier this month": the days of the month before the
    day of writing ``dct`` (``_part_of_writing``)."""
    if value.mod:
        return None
    word = _word(f.get("part"))
    return _part_of_writing(value, word, dct) or value.with_part(lx.PARTS.get(word.rstrip("-")) or lx.PARTS.get(word))


def half_effect(value: TimeValue, f: Fields, _dct: date | None = None) -> TimeValue | None:
    """"the first half of next year" -> 2026-H1."""
    if value.start is None:
        return replace(value, precision="half")
    return TimeValue.half(value.start.year, lx.HALVES[_word(f.get("half"))])


def quarter_effect(value: TimeValue, f: Fields, _dct: date | None = None) -> TimeValue | None:
    """"the third quarter of 2026" -> 2026-Q3."""
    if value.start is None:
        return replace(value, precision="quarter")
    return TimeValue.quarter(value.start.year, lx.QUARTERS[_word(f.get("qord"))])


def quantifier_effect(value: TimeValue, f: Fields, _dct: date | None = None) -> TimeValue | None:
    """"more than 15 months": mod MORE_THAN; the value is unchanged."""
    if value.mod:
        return None
    return replace(value, mod=lx.QUANTIFIERS[_word(f.get("quantifier"))])


def deadline_effect(value: TimeValue, f: Fields, _dct: date | None = None) -> TimeValue | None:
    """"within fifty days": the duration stays; the tagger records where it ends (see ``Timex.reaches``)."""
    return value


def within_unit_effect(value: TimeValue, f: Fields, _dct: date | None = None) -> TimeValue | None:
    """"within the next week": one week counted from the day of writing, a duration as "within the next two weeks"
    is; not the calendar week after the day of writing."""
    if value.precision not in ("day", "week", "month", "year"):
        return None
    return TimeValue.of_duration(Duration(1, value.precision))


#: Prefix effects by name; each is given the day of writing, which only a part told against it needs.
PREFIX_EFFECTS: dict[str, Callable[[TimeValue, Fields, date | None], TimeValue | None]] = {
    "part": part_effect, "half": half_effect, "quarter": quarter_effect, "quantifier": quantifier_effect,
    "deadline": deadline_effect, "within_unit": within_unit_effect,
}


#: Clock units -> hours, for counting how many whole days a duration in hours reaches.
_HOURS = {"hour": 1.0, "minute": 1 / 60, "second": 1 / 3600}


#: Anchors coarser than a day that a count of calendar units moves as a whole, and the units that may move them.
_COARSE_ANCHORS = frozenset({"month", "quarter", "half", "year"})
_CALENDAR_UNITS = frozenset({"month", "quarter", "year", "decade", "century"})


def reach(duration_value: TimeValue, anchor: TimeValue | date | None) -> TimeValue | None:
    """Where a duration ends when counted from ``anchor`` ("fifty days" from 14 July 2025 -> 2 September;
    "72 hours" from a day -> three days on; a clock duration shorter than a day stays on the anchor day).

    Counted in months or years from a month, quarter, half or year, the end is as coarse as its start ("within two
    years" of "October" 2025 -> October 2027, not 1 October 2027); other counts start from the anchor's first day.
    An end past the calendar's ("within 9000 years") is ``TimeValue.beyond_calendar()``."""
    try:
        return _reach(duration_value, anchor)
    except (OverflowError, ValueError):
        return TimeValue.beyond_calendar()


def _reach(duration_value: TimeValue, anchor: TimeValue | date | None) -> TimeValue | None:
    duration_ = duration_value.duration
    if anchor is None or duration_ is None:
        return None
    if isinstance(anchor, TimeValue):
        delta = duration_.delta()
        if anchor.precision in _COARSE_ANCHORS and duration_.unit in _CALENDAR_UNITS and delta is not None:
            return anchor + delta
        if anchor.start is None:
            return None
        anchor = anchor.start
    if duration_.unit in _HOURS:
        if duration_.amount is None:
            return None
        return TimeValue.day(anchor + timedelta(days=int(duration_.amount * _HOURS[duration_.unit] // 24)))
    delta = duration_.delta()
    return TimeValue.day(anchor + delta) if delta is not None else None


def tense_of(words_before: list[str], words_after: list[str], clause_after: list[str] | None = None) -> Tense:
    """The tense of the clause an expression is in.

    When the expression opens its clause ("On Tuesday, the delegation from Qatar plans to ..."), ``clause_after``
    holds the rest of that clause (words and , ; : as tokens) and its first verb marker gives the tense. Otherwise the
    nearest tense marker around the expression does (before it preferred; reporting verbs after it do not count;
    an auxiliary right after an expression that ends a noun phrase does: "a meeting planned for Sunday was
    cancelled"); "unknown" when there is none.

    A signal right before the expression can overrule it: "as early as Tuesday" looks ahead whatever the verb, and
    a deadline ("by Friday", "until Friday") looks ahead unless its clause is in the past and not about putting
    something off ("postponed until Tuesday")."""
    words = words_before + words_after
    bare = list(map(_bare, words))
    n_before = len(words_before)
    if n_before and bare[n_before - 1] in _SIGNAL_ENDS and any(
            tuple(bare[max(0, n_before - len(signal)):n_before]) == signal for signal in lx.FUTURE_SIGNALS):
        return "future"
    tense = _opening_clause_tense(clause_after) if clause_after is not None else None
    if tense is None:
        tense = _clause_tense(words, bare, n_before)
    if n_before and bare[n_before - 1] in lx.DEADLINE_SIGNALS and (
            tense != "past" or not lx.POSTPONING_VERBS.isdisjoint(bare[max(0, n_before - 6):n_before - 1])):
        return "future"
    return tense


#: The last words of ``lx.FUTURE_SIGNALS``, to try them only where one may end.
_SIGNAL_ENDS = frozenset(signal[-1] for signal in lx.FUTURE_SIGNALS)


def _opening_clause_tense(tokens: list[str]) -> Tense | None:
    """The tense of the first verb marker in the rest of a clause an expression opens, up to a subordinate clause or
    a new clause (", and ..."); None when there is none."""
    bare = [_bare(t) or t for t in tokens]
    for index, word in enumerate(bare):
        if word in (";", ":") or word in lx.SUBORDINATORS:
            return None
        if word == "," and index + 1 < len(bare) and bare[index + 1] in lx.CLAUSE_OPENERS:
            return None
        if word in lx.NON_VERB_MARKERS or not _marker(tokens[index]):
            continue
        if word in lx.REPORTING_VERBS and index + 1 < len(bare) and bare[index + 1] == ",":
            continue  # "On Tuesday, officials said, the talks will resume": an attribution set off by commas
        t = _marker_at(tokens, bare, index)
        if t:
            return t
    return None


def _clause_tense(words: list[str], bare: list[str], n_before: int) -> Tense:
    """The tense marked nearest to the expression, which sits between ``words[:n_before]`` and the rest."""
    for distance, index in enumerate(range(n_before - 1, -1, -1)):
        if _marker(words[index]):
            t = _marker_at(words, bare, index)
            if t:
                best = distance
                limit = min(len(words), n_before + best - 1)  # a marker after must be nearer to win
                if n_before < len(words) and bare[n_before] in lx.FINITE_AUXILIARIES and _participle(bare, index):
                    return lx.FINITE_AUXILIARIES[bare[n_before]]  # "a meeting planned for Sunday was cancelled"
                break
    else:
        t, limit = None, len(words)
    for index in range(n_before, limit):
        if bare[index] in lx.CLAUSE_JOINERS:
            break  # "... on Saturday and were planning to ...": the next clause has its own tense
        if bare[index] in lx.REPORTING_VERBS:
            continue  # "..., officials said": the attribution, not the tense of the clause before it
        if _marker(words[index]):
            after = _marker_at(words, bare, index)
            if after:
                return after
    return t or "unknown"


def _participle(bare: list[str], index: int) -> bool:
    """Whether ``bare[index]`` reads as a participle after a noun ("a meeting planned for"), not a finite verb ("who
    signed", "they planned") nor one with its auxiliary ("was planned")."""
    word = bare[index]
    if not (word.endswith("ed") or word in ("due", "set")) or word in lx.PAST_AUXILIARIES:
        return False
    before = bare[index - 1] if index else ""
    return bool(before) and before not in lx.SUBJECT_WORDS and before not in lx.FINITE_AUXILIARIES \
        and before not in _INSIDE_VERB_GROUP


#: Words skipped between an auxiliary and its participle ("will not be held", "to be signed").
_INSIDE_VERB_GROUP = frozenset({"be", "not", "n't", "also", "still"})


def _marker_at(words: list[str], bare: list[str], index: int) -> Tense | None:
    """The tense ``words[index]`` marks (``bare`` holds the words stripped and lower-cased).

    A future marker after "had", "been" or "previously" looks back from the past ("had been due to expire Friday",
    "as previously planned"); "is to" and "are to" look ahead ("is to free hostages on Saturday"). A participle
    takes the tense of its auxiliary: "will be held Friday" is ahead, "is held in May" present."""
    t = _marker(words[index])
    following = bare[index + 1] if index + 1 < len(bare) else ""
    if t == "future" and bare[index] in lx.PERFECT_MODALS and following == "have":
        return "past"
    if bare[index] in lx.PRESENT_AUXILIARIES and (following == "to" or following in lx.SCHEDULING_WORDS
                                                  and bare[index + 2:index + 3] == ["to"]):
        return "future"  # "Hamas is to free three hostages on Saturday", "is set to travel on Thursday": ahead
    if bare[index] in lx.NOUN_OR_VERB_MARKERS and following not in lx.VERB_OBJECT_STARTS:
        return None  # a noun: "vacation plans were cancelled", "hopes faded"
    if t == "future" and not lx.PAST_PERFECT_MARKERS.isdisjoint(bare[max(0, index - 4):index]):
        return "past"
    if t == "past" and bare[index] not in lx.PAST_AUXILIARIES:
        before = index - 1
        while before >= 0 and bare[before] in _INSIDE_VERB_GROUP:
            before -= 1
        auxiliary = bare[before] if before >= 0 else ""
        if auxiliary == "to" and before >= 2 and bare[before - 1] in lx.SCHEDULING_WORDS \
                and bare[before - 2] in lx.PAST_AUXILIARIES:
            return "past"  # "was supposed to be dismantled by 21 August": an arrangement of the past
        if auxiliary in lx.FUTURE_AUXILIARIES and (auxiliary != "to" or before < index - 1):  # "to" needs "be"
            return "future"
        if auxiliary in lx.PRESENT_AUXILIARIES:
            return "present"
    return t


#: Lexicon words that open with an apostrophe ("'ll"): clitics the parse splits off ("we'll" -> "we", "'ll"), kept
#: whole by ``_bare``.
_CLITICS = frozenset(w for w in lx.FUTURE_MARKERS | lx.FUTURE_AUXILIARIES if w.startswith("'"))


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> str:
    """``word`` in lower case without the punctuation around it; a clitic of the lexicon keeps its apostrophe
    (straight or curly: "’ll" is "'ll")."""
    lowered = word.lower()
    clitic = lowered.replace("’", "'")
    return clitic if clitic in _CLITICS else lowered.strip(".,;:!?\"'“”‘’()")


@lru_cache(maxsize=1 << 16)
def _marker(word: str) -> Tense | None:
    """The tense ``word`` marks by itself (cached: the tense of every expression looks at up to 16 words)."""
    w = _bare(word)
    if w in lx.FUTURE_MARKERS:
        return "future"
    if w in lx.PAST_MARKERS:
        return "past"
    if w in lx.POSSIBILITY_MODALS and word[:1].islower():
        return "future"
    if w in lx.PRESENT_AUXILIARIES:
        return "present"  # "the deadline for doing so is October 18": the nearer of last and next October 18
    if len(w) > 4 and w.endswith("ed") and w.isalpha() and w not in lx.NOT_PAST_ED and not word[:1].isupper():
        return "past"  # a capitalised word is a name ("United States"), not a verb
    return None
