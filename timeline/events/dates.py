"""A sentence's dates as its events take them: the temporal expressions that can date an event, ranges and same-day
pairs joined into one date ("from April 9 to April 13", "9:45 p.m. (1945 GMT) on Monday"), each found by the word
its span hangs from in the parse; and the readings only an article gives ("over the past week" as the days it
covers, "in 3 months' time" as the day it ends, "is travelling to Iran Monday" as the Monday ahead)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from timeline.events.attach import date_anchor
from timeline.events.status import asks_for
from timeline.resources import cue_words
from timeline.syntax import Parse
from timeline.temporal import Timex
from timeline.temporal.lexicon import RELATIVE_STEPS
from timeline.temporal.resolve import reach
from timeline.temporal.values import TimeValue


#: Words between two expressions of the same day that make them one date ("9:45 p.m. (1945 GMT) on Monday").
SAME_DAY_JOIN = re.compile(r"^[\s(),]*(?:on|at)?[\s(),]*$", re.IGNORECASE)


#: Words joining two dates into one interval ("from April 9 to April 13", "between May 6 and May 20").
RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$", re.IGNORECASE)
#: Words joining two dates side by side into the stretch they make when they are next to each other ("on Monday and
#: Tuesday", "in May and June").
PAIR_JOIN = re.compile(r"^\s*and\s*$", re.IGNORECASE)


VAGUE_REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass(frozen=True)
class DateMention:
    """A date an event can take: one temporal expression, or two joined into a range ("from April 9 to April 13")."""

    start: int
    end: int
    value: TimeValue
    timex: Timex
    timex_value: str


# --------------------------------------------------------------------- dates
def datable(t: Timex) -> bool:
    v = t.value
    if v.type in ("DATE", "TIME"):
        return v.ref not in VAGUE_REFERENCES and v.precision != "ref"
    return v.type == "DURATION"


#: Prepositions before "the past week" that make it the stretch of days an event fell in ("struck ... over the past
#: week"), not a length.
PAST_SPAN_SIGNALS = cue_words("past_span_signals")


#: The units such a stretch is counted in: how far back it reaches, and the unit of the publication day it is part of.
PAST_SPANS: dict[str, tuple[relativedelta, Callable[[date], TimeValue]]] = {
    "week": (relativedelta(weeks=1), TimeValue.week),
    "month": (relativedelta(months=1), lambda d: TimeValue.month(d.year, d.month)),
}


def _past_span(text: str, t: Timex, published: date | None) -> Timex:
    """"over the past week" in an article of 19 July 2025: the days 12-19 July, when an event fell in them (the
    TIMEX3 value stays the duration's unit, the week or month of publication, narrowed to those days); any other
    expression as it is."""
    words = t.text.lower().split()
    before = text[max(0, t.start - 12):t.start].lower().split()
    if published is None or t.rule != "duration of the past unit" or words[-1] not in PAST_SPANS \
            or not before or before[-1] not in PAST_SPAN_SIGNALS:
        return t
    back, unit_of = PAST_SPANS[words[-1]]
    return replace(t, value=unit_of(published).narrowed(published - back, published))


#: What follows a count of time counted from now ("in 3 months' time", "in two years time").
TIME_FROM_NOW = re.compile(r"['’]?s?\s+time\b")


def _from_now(text: str, t: Timex, published: date | None) -> Timex:
    """"in 3 months' time" in an article of 26 April 2022: the day the count ends, 26 July 2022, a date of its own
    (the span takes in "'s time"); any other expression as it is."""
    after = TIME_FROM_NOW.match(text, t.end)
    if published is None or t.value.type != "DURATION" or after is None \
            or not text[max(0, t.start - 4):t.start].lower().endswith("in "):
        return t
    value = reach(t.value, published)
    if value is None or value.start is None:
        return t
    return replace(t, end=after.end(), text=text[t.start:after.end()], value=value)


def _next_to(text: str, a: Timex, b: Timex) -> bool:
    """Two whole dates of one unit joined by "and", the second starting the day after the first ends, are one stretch:
    an event they date runs over both ("The security forces' crackdown on Monday and Tuesday killed at least 30
    protesters", real news dev 180; "agreed to reduce output in May and June", dev 121). A part of a unit is a date of
    its own ("talks in Istanbul in May and early June": two rounds)."""
    v, w = a.value, b.value
    return PAIR_JOIN.match(text[a.end:b.start]) is not None and v.precision == w.precision \
        and v.precision in ("day", "month", "year") and v.mod is None and w.mod is None \
        and v.end is not None and w.start is not None and v.end + timedelta(days=1) == w.start


def _same_day(text: str, a: DateMention, b: Timex) -> bool:
    return (a.value.resolved and b.value.resolved and (a.value.start, a.value.end) == (b.value.start, b.value.end)
            and bool(SAME_DAY_JOIN.match(text[a.end:b.start])))


def _date_mentions(text: str, timexes: list[Timex], published: date | None = None,
                   past: Callable[[int, int], bool] = lambda start, end: True) -> list[DateMention]:
    """Calendar dates of a sentence: ranges joined ("from April 9 to April 13" is one interval), expressions of the
    same day side by side joined ("9:45 p.m. (1945 GMT) on Monday" is one date). ``past(start, end)``: whether the
    clause of the text between those offsets is told in the past (a range of guessed years then lies behind)."""
    out: list[DateMention] = []
    skip = False
    for i, t in enumerate(timexes):
        if skip:
            skip = False
            continue
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        ranged = nxt is not None and RANGE_OPEN.search(text[max(0, t.start - 12):t.start]) is not None \
            and RANGE_JOIN.match(text[t.end:nxt.start]) is not None
        first, last = _range_ends(t, nxt, None if nxt is None or past(t.start, nxt.end) else published) \
            if ranged and nxt is not None else (t.value, t.value)
        if nxt is not None and not ranged and _next_to(text, t, nxt):
            ranged, first, last = True, t.value, nxt.value
        if (ranged and nxt is not None and first.resolved and last.resolved
                and t.value.type == nxt.value.type == "DATE"
                and first.start is not None and last.end is not None and first.start < last.end):
            value = replace(first, end=last.end, unit_end=None)
            out.append(DateMention(t.start, nxt.end, value, t, f"{first.value}/{last.value}"))
            skip = True
            continue
        if out and _same_day(text, out[-1], t):
            out[-1] = replace(out[-1], end=t.end)
            continue
        out.append(DateMention(t.start, t.end, t.value, t, t.value.value))
    return out


def sentence_dates(text: str, parse: Parse, timexes: list[Timex], published: date | None = None) -> tuple[
        list[DateMention], dict[int, DateMention], dict[int, DateMention]]:
    """A sentence's dates (``_date_mentions``), each by the word its span hangs from (its root), and each by the word
    it modifies (the root's head)."""
    def past(start: int, end: int) -> bool:
        w = parse.root_of(start, end)
        head = parse.clause_of[w] if w is not None else None
        return head is not None and any(parse.words[k].feature("Tense") == "Past"
                                        for k in (head, *parse.dependents(head, ("aux", "aux:pass"))))

    dates = _date_mentions(text, [t for t in timexes if t.value.type != "DURATION"], published, past)
    dates = [_weekday_ahead(parse, d, published) for d in dates]
    roots = {w: d for d in dates if (w := parse.root_of(d.start, d.end)) is not None}
    return dates, roots, {date_anchor(parse, w): d for w, d in roots.items()}


#: Timex rules of a weekday named alone ("on Saturday") or with its time of day ("Monday evening").
WEEKDAY_RULES = frozenset({"weekday", "weekday time of day"})


def _weekday_ahead(parse: Parse, d: DateMention, published: date | None) -> DateMention:
    """A weekday with no "last" or "next", resolved before publication, of a clause that tells what is still to
    come when it is told (``_told_ahead``), is the one ahead: "Grossi ... is travelling to Iran Monday" in a Wednesday
    article (real news dev 176) is the Monday after."""
    v = d.value
    words = d.timex.text.lower().split()
    if (d.timex.rule not in WEEKDAY_RULES or published is None or v.start is None or v.start >= published
            or any(" ".join(words[:n]) in RELATIVE_STEPS for n in (1, 2))):
        return d
    w = parse.root_of(d.start, d.end)
    if w is None or not _told_ahead(parse, w):
        return d
    return replace(d, value=v + timedelta(days=7))


def _told_ahead(parse: Parse, w: int) -> bool:
    """Word ``w``'s clause tells what is yet to come: a present progressive, the arrangement ahead ("is travelling to
    Iran Monday", real news dev 176), or a to-infinitive asked or offered ("a resolution asking the mission to start on
    Saturday", dev 167)."""
    head = parse.clause_of[w]
    h = parse.words[head]
    if h.tag == "VBG" and any(parse.words[a].lemma == "be" and parse.words[a].feature("Tense") == "Pres"
                              for a in parse.dependents(head, ("aux",))):
        return True
    return (h.dep == "xcomp" and h.head != head and "to" in parse.dependent_words(head, ("mark",))
            and asks_for(parse, h.head, head))


#: A year written in an expression.
YEAR = re.compile(r"\b\d{4}\b")


def _range_ends(t: Timex, end: Timex, published: date | None) -> tuple[TimeValue, TimeValue]:
    """The ends of a range whose years were guessed apart, the start after the end: the start placed in the year
    before ("killed between April and October" in a March article is April to October of the year before); but when
    the start was guessed ahead of publication and the end behind it, and neither has a year of its own, the whole
    range goes where it lies nearer publication ("cuts output from July to December" in an April article: this
    July to December). ``published``: None when the range is told in the past."""
    v, w = t.value, end.value
    if v.start is None or w.end is None or v.start <= w.end or YEAR.search(t.text) or v.start.year <= 1:
        return v, w
    back = v + relativedelta(years=-1)
    if published is None or YEAR.search(end.text) or w.start is None or not w.end < published < v.start:
        return back, w
    ahead = w + relativedelta(years=1)
    return (v, ahead) if (v.start - published).days < (published - w.end).days else (back, w)


def in_article(text: str, t: Timex, published: date | None) -> Timex:
    """Expression ``t`` read as the stretch or day it points at in an article (``_past_span``, ``_from_now``)."""
    return _from_now(text, _past_span(text, t, published), published)
