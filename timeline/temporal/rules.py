"""Temporal patterns as data. Each rule says what it matches (a regex over the lexicon's ``{macros}``, with named
groups), which normaliser gives it meaning (``kind``), fixed parameters, and an example it must match whole.

Base rules find expressions; prefix rules (``PREFIXES``) widen a found expression leftwards and change its meaning
("early" + "June", "more than" + "15 months", "the first half of" + "next year", "within" + "fifty days").
A new expression is a new row here; the engine (``tagger.py``) and normalisers (``resolve.py``) stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from timeline.temporal.lexicon import MACROS


#: A match starts at a word start; after a hyphen only in "mid-" ("mid-1996"), which the "part" prefix then takes;
#: never inside a number written with thousands separators ("000 years ago" in "3,000 years ago").
_BEFORE = r"(?<![\w'])(?<!\d,)(?:(?<!-)|(?<=[Mm]id-))"


class RuleError(ValueError):
    """A rule is malformed: names the rule and the problem."""


@dataclass(frozen=True)
class Rule:
    """One base pattern. ``kind`` names the normaliser in ``resolve.NORMALISERS``; ``type`` its TIMEX3 type.
    ``context`` is text that follows the example when the rule looks ahead ("the year" + " ended June 30"), ``before``
    text that precedes it when the rule looks behind ("In " + "March Armenia")."""

    name: str
    pattern: str
    kind: str
    example: str
    type: str = "DATE"
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    case_sensitive: bool = False
    context: str = ""
    before: str = ""

    def source(self) -> tuple[str, int]:
        """The regex this rule compiles to, and its flags (what the tagger's index is kept for)."""
        try:
            expanded = self.pattern.format(**MACROS)
        except (KeyError, IndexError) as exc:
            raise RuleError(f"rule {self.name!r}: pattern does not compile ({exc})") from None
        return _BEFORE + r"(?:" + expanded + r")(?![\w]|-\w)", 0 if self.case_sensitive else re.IGNORECASE

    def compile(self) -> re.Pattern[str]:
        try:
            return re.compile(*self.source())
        except re.error as exc:
            raise RuleError(f"rule {self.name!r}: pattern does not compile ({exc})") from None


@dataclass(frozen=True)
class Prefix:
    """A word or phrase in front of an expression that changes its meaning. ``applies_to`` lists the precisions (or
    "DURATION") it may modify; ``effect`` names the change in ``resolve.PREFIX_EFFECTS``; ``in_span`` says whether the
    prefix becomes part of the TIMEX3 span (most modifiers do; "about" and signals such as "within" do not); ``signal``
    marks a prefix that introduces a deadline ("within fifty days"). ``lead``, when given, is how the expression itself
    must open for the prefix to apply: "in" is a deadline's signal only before "the next 14 months"."""

    name: str
    pattern: str
    effect: str
    applies_to: tuple[str, ...]
    example: str
    in_span: bool = True
    signal: bool = False
    lead: str = ""

    def compile(self) -> re.Pattern[str]:
        try:
            return re.compile(r"(?<![\w-])(?:" + self.pattern.format(**MACROS) + r")[\s-]*\Z", re.IGNORECASE)
        except (re.error, KeyError, IndexError) as exc:
            raise RuleError(f"prefix {self.name!r}: pattern does not compile ({exc})") from None

    def compile_lead(self) -> re.Pattern[str] | None:
        """How the expression must open (None: any expression)."""
        return re.compile(self.lead.format(**MACROS), re.IGNORECASE) if self.lead else None


def _p(**kw: Any) -> Mapping[str, Any]:
    return MappingProxyType(kw)


_PART = r"(?:(?P<part>early|mid|late)[\s-]*)?"

CALENDAR = (
    Rule("week of a month", r"the\s+(?P<which>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<month>{month})"
                            r"(?:,?\s+(?P<year>{full_year}))?", "week_of_month", "the first week of January"),
    # "to begin the week of December 15": the ISO week holding that day (US usage: the week that day opens)
    Rule("week of a day", r"the\s+week\s+of\s+(?:(?P<day>{dayth})\s+(?:of\s+)?(?P<month>{month})|(?P<month2>{month})\s+"
                          r"(?P<day2>{dayth}))(?:,?\s+(?P<year>{full_year}))?(?![\d%])", "week_of_day",
         "the week of December 15"),
    Rule("day range month", r"(?P<day>{dayth})\s*(?:-|–|to|and)\s*(?P<day2>{dayth})(?:\s+of)?\s+(?P<month>{month})"
                            r"(?:,?\s+(?P<year>{full_year}))?", "calendar", "10-11 July"),
    Rule("month day range", r"(?P<month>{month})\s+(?P<day>{dayth})\s*(?:-|–|to|and)\s*(?P<day2>{dayth})"
                            r"(?:(?:,\s*|\s+)(?P<year>{full_year}))?(?![\d%])", "calendar", "July 10-11, 2023"),
    Rule("day month year", r"(?:{weekday},?\s+)?(?:the\s+)?(?P<day>{dayth})(?:\s+of)?\s+(?P<month>{month}),?\s+(?P<year>{full_year})",
         "calendar", "16 May 2025"),
    Rule("month day year", r"(?:{weekday},?\s+)?(?P<month>{month})\s+(?P<day>{dayth}),?\s+(?P<year>{full_year})",
         "calendar", "May 16, 2025"),
    Rule("day month", r"(?:{weekday},?\s+)?(?:the\s+)?(?P<day>{dayth})(?:\s+of)?\s+(?P<month>{month})", "calendar",
         "16th of May"),
    Rule("month day", r"(?:{weekday},?\s+)?(?P<month>{month})\s+(?P<day>{dayth})(?!\s*(?:,\s*)?(?:\d|%))",
         "calendar", "Jan. 16"),
    Rule("month year", r"(?P<month>{month}),?\s+(?:of\s+)?(?P<year>{year}|{spoken_year})", "calendar", "December 2023"),
    Rule("month of relative year", r"(?P<month>{month})\s+(?P<rel>this|last|next)\s+year", "month_of_year",
         "June last year"),
    # "in October of that year": the month in the year of the last mentioned date
    Rule("month of that year", r"(?P<month>{month})\s+(?:of\s+)?(?:that|the\s+same)\s+year", "month_of_year",
         "October of that year", params=_p(rel="anchor")),
    # a month name followed by a capitalised word is a name ("Jan Kavan"), not a month, unless a preposition of time
    # opens it: "In March Armenia agreed to a five-point proposal" (dev 093)
    Rule("month", r"(?P<month>{month})(?!\s+(?-i:[A-Z][a-z]))", "calendar", "May"),
    Rule("month after a preposition", r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bduring\s))(?P<month>{month})",
         "calendar", "March", before="In ", context=" Armenia"),
    Rule("iso date", r"(?P<year>{full_year})-(?P<month>0[1-9]|1[0-2])-(?P<day>3[01]|[12]\d|0[1-9])", "calendar",
         "2025-05-16"),
    Rule("numeric date", r"(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<year>{year}|\d\d)", "numeric", "05/06/2025"),
    Rule("year", r"(?:the\s+year\s+|fiscal\s+(?:year\s+)?)?(?P<year>{year})(?!\s*(?:%|percent|per\s+cent|[.,]\d))",
         "calendar", "2027"),
    Rule("spoken year", r"(?:the\s+year\s+)?(?P<year>{spoken_year}|(?<=year\s)two\s+thousand)", "calendar",
         "nineteen ninety-six"),
    Rule("decade", r"the\s+" + _PART + r"(?:(?P<decade>1[89]\d0|20\d0)|'?(?P<dd>\d0))'?s", "decade", "the 1990s"),
    Rule("decade in words", r"the\s+" + _PART + r"(?P<word>{decade_word})", "decade", "the nineties"),
    Rule("century", r"(?:the\s+)?(?P<ordinal>{ordinal}|\d{{1,2}}(?:st|nd|rd|th))\s+century", "century",
         "the 20th century"),
    Rule("quarter year", r"(?:the\s+)?(?:Q(?P<q>[1-4])|(?P<qord>{qord})[\s-]quarter(?:\s+of)?),?\s+(?P<year>{year})",
         "quarter", "Q3 2026"),
    Rule("year quarter", r"the\s+(?P<year>{year})\s+(?P<qord>{qord})[\s-]quarter", "quarter",
         "the 1988 second quarter"),
    Rule("reported quarter of a year", r"the\s+(?P<year>{year})\s+(?:period|quarter)", "reported_quarter_of",
         "the 1988 period"),
    Rule("relative year quarter", r"(?P<rel>this|last|next)\s+year's\s+(?P<qord>{qord})[\s-]quarter", "quarter",
         "next year's first quarter"),
    # "the" belongs to a quarter named as a noun ("the third quarter"), not to one used as an adjective ("the
    # third-quarter loss", "the year-ago results"); a possessive never does ("its fourth quarter")
    Rule("quarter", r"(?:(?:the|a\s+flat)\s+(?!(?:fiscal[\s-]+)?{qord}-))?(?:fiscal[\s-]+)?(?P<qord>{qord}|final)"
                    r"[\s-]+quarter", "quarter", "the third quarter"),
    Rule("year-ago quarter", r"(?:the\s+(?=(?:comparable\s+)?year[\s-](?:ago|earlier)\s+(?:{qord}\s+)?(?:quarter|period)))?"
                             r"(?:comparable\s+)?year[\s-](?:ago|earlier)(?:\s+(?:(?P<qord>{qord})\s+)?(?:quarter|period))?",
         "year_ago_quarter", "the year-earlier quarter"),
    Rule("reported quarter", r"the\s+(?:latest|most\s+recent)\s+(?:quarter|period)|the\s+quarter",
         "relative_unit", "the latest quarter", params=_p(rel=-1, unit="quarter")),
    # "the" belongs to a season followed by "of" its year ("the winter of 1994")
    Rule("season year", r"(?:the\s+(?={season}\s+of\s))?(?P<season>{season})(?:\s+of)?\s+"
                        r"(?P<year>{year}|{spoken_year})", "season", "the winter of 1994"),
    Rule("the season", r"the\s+" + _PART + r"(?P<season>{season})", "season", "the early summer"),
    Rule("the year", r"(?:the|this)\s+(?:full\s+|current\s+|calendar\s+)?(?:fiscal\s+)?year"
                     r"(?!\s+(?:ended|ending|ago|earlier|before|after|later|two\s+thousand|\d))",
         "relative_unit", "the full year", params=_p(rel=0, unit="year")),
    Rule("year end", r"year(?:'s)?[\s-]end", "relative_unit", "year-end", params=_p(rel=0, unit="year", part="end")),
)

RELATIVE = (
    # "an overnight curfew": an adjective for a kind of thing, no night of its own ("the overnight talks" has one)
    Rule("deictic", r"(?<!\ban\s)(?P<deictic>{deictic})", "deictic", "yesterday"),
    Rule("holiday", r"(?:(?P<rel>last|next|this)\s+)?(?P<holiday>{holiday})(?:,?\s+(?P<year>{year}))?", "holiday",
         "Christmas Day"),
    Rule("weekday time of day", r"(?:(?P<rel>{rel})\s+)?(?P<weekday>{weekday})\s+(?P<tod>{tod})", "weekday",
         "Wednesday evening", type="TIME"),
    Rule("weekday", r"(?:(?P<rel>{rel})\s+)?(?P<weekday>{weekday})"
                    r"(?:,?\s+(?:the\s+)?(?P<day>{dayth})(?![\w])(?!\s*(?:{ampm}|[:.]\d))(?!,\d))?", "weekday",
         "Last Monday"),
    # before "relative unit", which matches the same words: "the past week" is a stretch of time, "last week" a date
    Rule("duration of the past unit", r"the\s+(?:past|last)\s+(?P<unit>day|week|month|quarter|year|decade|century)",
         "duration", "the past week", type="DURATION", params=_p(amount=1)),
    # before "relative unit" too: "met this weekend" in a Monday article is the weekend just gone
    Rule("this weekend", r"this\s+weekend", "weekend", "this weekend", params=_p(ahead=True)),
    Rule("relative unit", r"(?P<rel>{rel})\s+(?P<unit>week|month|quarter|year|weekend|decade|century)",
         "relative_unit", "the coming week"),
    Rule("the weekend", r"the\s+weekend", "weekend", "the weekend"),
    Rule("a weekend of", r"an?\s+weekend(?=\s+of\s)", "weekend", "a weekend", context=" of talks"),
    Rule("earlier in the unit", r"(?P<part>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)", "relative_unit",
         "earlier in the week", params=_p(rel=0)),
    Rule("relative season", r"(?P<rel>{rel})\s+(?P<season>{season})", "relative_season", "this summer"),
    Rule("relative month", r"(?P<rel>last|next|this|this\s+coming|this\s+past)\s+(?P<month>{month})(?!\.?\s*\d)",
         "relative_month",
         "next May"),
    Rule("part of relative unit", r"the\s+(?P<part>end|beginning|start|middle)\s+of\s+the\s+(?P<unit>week|month|year)",
         "relative_unit", "the end of the month", params=_p(rel=0)),
    Rule("offset from now", r"(?:(?P<quantifier>{count_quantifier})\s+)?(?P<num>{num}|{vague})\s+(?P<unit>{unit})"
                            r"(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence)",
         "offset", "almost two months ago"),
    Rule("offset from anchor", r"(?P<num>{num})\s+(?P<unit>days?|weeks?|months?|years?)\s+"
                               r"(?P<dir>(?:later|earlier)(?!\s+than)|afterwards?|(?:before|after|prior)(?=\s*[,.;:]))",
         "anchor_offset", "a week later"),  # not "a day later than its planned end": a comparison
    # "in the days before the vote", "the week before the vote": the seven days before the vote's day (GUIDE section
    # 3), "the days after" the seven after; before "anchor day", which reads a bare "the week before" as a week
    Rule("anchor days", r"the\s+(?:days|week)\s+(?P<dir>before|after|preceding|following|leading\s+up\s+to)"
                        r"(?=\s+(?:the|an?|his|her|its|their)\s)",
         "anchor_days", "the days before", context=" the vote"),
    Rule("anchor day", r"the\s+(?P<which>following|next|previous|preceding|same)\s+"
                       r"(?P<unit>day|week|month|quarter|year|morning|evening)|"
                       r"the\s+(?P<which2>day|week|month|year)\s+(?P<dir>before|after)(?!\s+(?:yesterday|tomorrow))",
         "anchor_step", "the following day"),
    # "that year", "that same day", "earlier that day" (the part prefix): the unit of the last mentioned date
    Rule("anchor unit", r"that(?:\s+same)?\s+(?P<unit>day|week|month|quarter|year)", "anchor_step", "that same day",
         params=_p(which="same")),
    # "Earlier in the day, the ministry said ...": the last mentioned day, unless that lies ahead (a deadline just
    # named is no day the story is told on): then the day of writing
    Rule("earlier in the day", r"(?:earlier|later)\s+in\s+the\s+day", "anchor_step", "later in the day",
         params=_p(which="same", unit="day", not_ahead=True)),
    # "that afternoon": a part of the last mentioned day
    Rule("anchor time of day", r"that(?:\s+same)?\s+(?P<tod>morning|afternoon|evening|night)", "anchor_time",
         "that afternoon", type="TIME"),
)

#: Words before a counted duration that TimeML keeps in its span ("the past three months", "the first nine months"),
#: though not before a duration used as an adjective ("the [30-day] period", "the [two day] visit").
_DURATION_LEAD = (r"(?:(?:the|each\s+of\s+the)\s+(?:(?:past|last|next|first|coming|latest|previous|following|final|"
                  r"remaining|initial)\s+)?(?!{num}(?:-|\s+)(?:minute|hour|day|week|month|year|decade)\b)|"
                  r"(?:past|(?<!\bto\s)last|next|first|coming)\s+)?")  # "to last ten months": a verb
#: A range or an approximation after the count ("two to three weeks", "a year or two", "the next year or so").
_RANGE = r"(?:\s+(?:to|or)\s+(?:{num}))?"
_OR_SO = r"(?:\s+or\s+(?:so|more|two|three|{unit}))?"
#: Counts that are prices or quantities, not time ("$1.76 a year", "5% a year", "$500 million a year").
_NOT_AFTER_AMOUNT = r"(?<!\d\s)(?<!%\s)(?<!million\s)(?<!billion\s)"

DURATIONS_AND_SETS = (
    Rule("reference", r"(?P<reference>{reference})", "reference", "the near future"),
    Rule("duration", _NOT_AFTER_AMOUNT + _DURATION_LEAD + r"(?!{year}\s|an?\s+second\s)(?P<num>{num}|{vague})" + _RANGE
                     + r"(?:\s+more)?[\s-]+(?P<unit>{unit})(?![\s-]+old)(?<!quarter(?=\s+of))(?<!quarters(?=\s+of))"
                     r"(?P<and_half>\s+and\s+a\s+half)?(?:[\s-]+long)?" + _OR_SO,
         "duration", "fifty days", type="DURATION"),
    Rule("the year ended", r"the\s+(?:fiscal\s+)?(?P<unit>year)(?=\s+(?:ended|ending))", "duration", "the year",
         type="DURATION", params=_p(amount=1), context=" ended June 30"),
    Rule("duration of some units", r"(?<!\d\s)(?<!\d-)(?<!of\s)(?:(?:the\s+)?(?:first|early|coming|past|last|next)\s+)?"
                                   r"(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)"
                                   r"(?![\s-]+old)(?:\s+ahead)?" + _OR_SO, "duration", "the first hours", type="DURATION"),
    Rule("duration of a half", r"(?P<half>a\s+half|half\s+a|half\s+an)\s+(?P<unit>hour|day|year|century|decade)",
         "duration", "half a year", type="DURATION", params=_p(amount=0.5)),
    Rule("set every", r"(?:every|each|per)\s+(?:(?P<num>{num})\s+)?(?P<unit>{unit}|{weekday}|{month}|{season})", "set",
         "every month", type="SET"),
    # plural seasons recur: "the past three summers" is every summer (XXXX-SU); "springs" and "falls" are too often
    # not seasons to be read alone
    Rule("plural seasons", r"(?:the\s+(?:past|last|next|coming|previous)\s+(?:{num}\s+)?)?(?P<unit>summers|winters|autumns)|"
                           r"the\s+(?:past|last|next|coming|previous)\s+(?:{num}\s+)?(?P<unit2>springs|falls)",
         "set", "the past three summers", type="SET"),
    Rule("set frequency", r"(?P<frequency>{frequency})(?!\s+(?!(?:and|or|to|in|on|at|for|by|from|through|until|since|"
                          r"with|as|but|over|during|than)\b)[a-z])", "set", "weekly", type="SET"),
)

_CLOCK = r"(?<![$#\d.,])"
_ON_DAY = (r",?\s+(?:on\s+)?(?:(?P<weekday>{weekday})|(?P<month>{month})\s+(?P<day>{dayth})(?:,?\s+(?P<year>{full_year}))?|"
           r"(?P<day2>{dayth})\s+(?:of\s+)?(?P<month2>{month})(?:,?\s+(?P<year2>{full_year}))?|"
           r"(?P<deictic>yesterday|today|tomorrow))")

TIMES = (
    Rule("clock time", _CLOCK + r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?:\s*(?P<ampm>{ampm})|\s+hours)?"
                       r"(?:\s+(?P<zone>{zone}))?", "time", "15:35", type="TIME"),
    Rule("dotted time", _CLOCK + r"(?P<hour>1[0-2]|0?[1-9])\.(?P<minute>[0-5]\d)\s*(?P<ampm>{ampm})"
                        r"(?:\s+(?P<zone>{zone}))?", "time", "3.30 pm", type="TIME"),
    Rule("hour am pm", _CLOCK + r"(?P<hour>1[0-2]|0?[1-9])\s*(?P<ampm>{ampm})(?:\s+(?P<zone>{zone}))?", "time",
         "3 p.m.", type="TIME"),
    Rule("hour of the day", _CLOCK + r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?(?:\s+o'clock)?\s+"
                             r"(?P<daypart>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)", "time",
         "4 in the morning", type="TIME"),
    # a four-digit clock needs its zone: "1945 GMT" is a time, "1945" a year
    Rule("military time", _CLOCK + r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:(?P<zone>{zone})|hours|hrs)", "time",
         "1945 GMT", type="TIME"),
    Rule("named time", r"(?P<tod>noon|midday|midnight)", "time", "noon", type="TIME"),
    Rule("time on a day", _CLOCK + r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>{ampm})"
                          r"(?:\s+(?P<zone>{zone}))?" + _ON_DAY, "time_on_day", "10 p.m. Wednesday", type="TIME"),
    Rule("military time on a day", _CLOCK + r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?P<zone>{zone})" + _ON_DAY,
         "time_on_day", "1945 GMT on Friday", type="TIME"),
    Rule("named time on a day", r"(?:(?P<part>mid)-?)?(?P<tod>noon|midnight|morning|afternoon|evening)" + _ON_DAY,
         "time_on_day", "noon Thursday", type="TIME"),
)

#: All base rules, most specific first: on overlapping matches the longest wins, then the earlier rule.
RULES: tuple[Rule, ...] = CALENDAR + RELATIVE + DURATIONS_AND_SETS + TIMES

#: Prefix rules, tried innermost first; each may apply once per expression.
PREFIXES: tuple[Prefix, ...] = (
    Prefix("part", r"(?P<part>{part})", "part",
           ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"), "early"),
    Prefix("half of", r"the\s+(?P<half>first|second|latter|last)\s+half\s+of", "half", ("year",), "the first half of"),
    Prefix("quarter of", r"the\s+(?P<qord>first|second|third|fourth|final|last)\s+quarter\s+of", "quarter", ("year",),
           "the third quarter of"),
    # TimeBank and AQUAINT leave "about" out of the span 9 times in 11 ("about [two weeks]"); its mod stays
    Prefix("about", r"(?P<quantifier>about)", "quantifier", ("DURATION", "day", "week", "month", "year", "time"),
           "about", in_span=False),
    Prefix("quantity", r"(?P<quantifier>{quantifier})", "quantifier", ("DURATION",), "more than"),
    Prefix("approximate date", r"(?P<quantifier>around|approximately|roughly|nearly|almost|some)", "quantifier",
           ("day", "week", "month", "year", "time"), "around"),
    Prefix("within", r"(?P<signal>within(?:\s+a\s+(?:maximum\s+)?period\s+of)?|in\s+the\s+next|inside\s+of)",
           "deadline", ("DURATION",), "within",
           in_span=False, signal=True),
    # "within the next week": a week counted from the day of writing, as "within the next two weeks" is two
    Prefix("within the next unit", r"(?P<signal>within)", "within_unit", ("week", "month", "year"), "within",
           in_span=False, signal=True, lead=r"the\s+(?:next|coming)\s+(?:week|month|year)\b"),
    # "leave the country in the next 14 months", "withdraw over the course of the next 60 days", "access to Suwayda
    # for the next two days": the span holds "the next" (TimeML's), so the signal is the word before it
    Prefix("in the next", r"(?P<signal>in|over\s+the\s+course\s+of|during|for)", "deadline", ("DURATION",), "in",
           in_span=False, signal=True, lead=r"the\s+(?:next|coming)\s"),
)


def validate(rules: tuple[Rule, ...] = RULES, prefixes: tuple[Prefix, ...] = PREFIXES) -> None:
    """Refuse rules that do not compile, match the empty string, have an unknown kind or miss their own example."""
    from timeline.temporal.resolve import NORMALISERS, PREFIX_EFFECTS

    seen: set[str] = set()
    for rule in rules:
        if rule.name in seen:
            raise RuleError(f"rule {rule.name!r}: the name is used twice")
        seen.add(rule.name)
        compiled = rule.compile()
        if compiled.fullmatch("") or re.fullmatch(rule.pattern.format(**MACROS), "", re.IGNORECASE):
            raise RuleError(f"rule {rule.name!r}: the pattern matches the empty string")
        if rule.kind not in NORMALISERS:
            raise RuleError(f"rule {rule.name!r}: unknown kind {rule.kind!r}")
        whole = compiled.match(rule.before + rule.example + rule.context, len(rule.before))
        if whole is None or whole.end() != len(rule.before + rule.example):
            raise RuleError(f"rule {rule.name!r}: does not match its own example {rule.example!r}")
    for prefix in prefixes:
        compiled = prefix.compile()
        if compiled.fullmatch(""):
            raise RuleError(f"prefix {prefix.name!r}: the pattern matches the empty string")
        if prefix.effect not in PREFIX_EFFECTS:
            raise RuleError(f"prefix {prefix.name!r}: unknown effect {prefix.effect!r}")
        if not compiled.search(prefix.example + " "):
            raise RuleError(f"prefix {prefix.name!r}: does not match its own example {prefix.example!r}")
