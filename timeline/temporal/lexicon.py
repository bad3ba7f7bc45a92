"""Words -> values: the vocabulary the temporal rules are written in.

Every table maps a lower-cased surface form to its meaning. ``MACROS`` turns each table into a regex alternation
that rules refer to as ``{name}`` (HeidelTime's ``%reMonth``). Adding a word is adding an entry here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "febr": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
#: Month names that are also common English words: they count as months only when capitalised.
CAPITALISED_ONLY_MONTHS = ("may", "march", "mar", "jan", "dec", "aug")

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon.": 0, "tue.": 1, "tues.": 1, "wed.": 2, "thu.": 3, "thur.": 3, "thurs.": 3, "fri.": 4,
}

@dataclass(frozen=True)
class Holiday:
    """When a named day falls in a year: on a fixed date (``month``, ``day``), ``easter`` days after Western Easter
    Sunday, or on the ``nth`` ``weekday`` (0 = Monday) of ``month`` (-1: the last)."""

    month: int = 0
    day: int = 0
    easter: int | None = None
    weekday: int | None = None
    nth: int = 0


#: Named days -> when they fall (written capitalised: "Easter", not "easter"). Lunar holidays (Ramadan, Eid) and
#: national days that differ by country ("Independence Day") are left out.
HOLIDAYS: dict[str, Holiday] = {
    "christmas": Holiday(12, 25), "christmas day": Holiday(12, 25), "christmas eve": Holiday(12, 24),
    "boxing day": Holiday(12, 26), "new year's day": Holiday(1, 1), "new year’s day": Holiday(1, 1),
    "new year's eve": Holiday(12, 31), "new year’s eve": Holiday(12, 31), "orthodox christmas": Holiday(1, 7),
    "valentine's day": Holiday(2, 14), "valentine’s day": Holiday(2, 14), "halloween": Holiday(10, 31),
    "easter": Holiday(easter=0), "easter sunday": Holiday(easter=0), "easter monday": Holiday(easter=1),
    "good friday": Holiday(easter=-2), "thanksgiving": Holiday(11, weekday=3, nth=4),
    "thanksgiving day": Holiday(11, weekday=3, nth=4), "memorial day": Holiday(5, weekday=0, nth=-1),
    "labor day": Holiday(9, weekday=0, nth=1),
}

#: Meteorological seasons -> TIMEX3 season code.
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a": 1, "an": 1, "one and a half": 1.5, "a couple of": 2, "a couple": 2, "couple of": 2, "dozen": 12,
    "a dozen": 12, "half a": 0.5, "half an": 0.5,
}
#: Words that count an unknown number of units ("several weeks" = PXW).
VAGUE_NUMBERS = ("several", "a few", "few", "some", "many", "a number of", "the next few", "the past few", "recent")

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1, "final": -1,
}

#: Calendar units (singular and plural) -> canonical unit.
UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
    "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "quarter": "quarter", "quarters": "quarter",
    "weekend": "weekend",
}
#: Units that are spelled as other units ("a fortnight" = two weeks).
UNIT_EQUIVALENTS: dict[str, tuple[int, str]] = {"fortnight": (2, "week")}

#: Relative words in front of a unit or weekday -> step from the reference (0 = the one containing it).
RELATIVE_STEPS: dict[str, int] = {
    "this": 0, "current": 0, "the current": 0, "this coming": 1, "the coming": 1, "coming": 1, "next": 1,
    "the next": 1, "upcoming": 1, "the upcoming": 1, "last": -1, "the last": -1, "past": -1, "the past": -1,
    "previous": -1, "the previous": -1, "following": 1, "the following": 1, "this past": -1,
}

#: Relative words that count from the last mentioned date, not the DCT ("the previous quarter", "the following week").
ANAPHORIC_RELATIVES = frozenset({"following", "the following", "previous", "the previous"})

#: Fixed offsets in days from the publication date.
DEICTIC_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
    "overnight": -1,  # the night before the day of writing (TimeML: the night before its anchor day)
}
#: Time-of-day words -> TIMEX3 time label.
TIMES_OF_DAY: dict[str, str] = {
    "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "tonight": "TNI", "overnight": "TNI",
    "noon": "T12:00", "midday": "T12:00", "midnight": "T24:00",
}

#: Parts of a unit -> TIMEX3 mod (the interval becomes the first/middle/last third).
PARTS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START", "beginning of": "START",
    "start of": "START", "the early part of": "START", "mid": "MID", "mid-": "MID", "the middle of": "MID",
    "middle of": "MID", "late": "END", "the end of": "END", "end of": "END", "the close of": "END",
    "the late part of": "END", "the latter part of": "END", "earlier": "START", "earlier in": "START",
    "later": "END", "later in": "END",
}
#: Parts told against the day of writing: in the unit that holds it, "earlier this month" is the part before that day
#: and "later this year" the part after it, not a third of the unit.
PARTS_OF_WRITING: dict[str, str] = {"earlier": "before", "earlier in": "before", "later": "after", "later in": "after"}
#: Quantity modifiers -> TIMEX3 mod (they annotate, the interval stays). "over" and "under" are left out: more
#: often a signal ("over the past two years") than a quantity.
QUANTIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "more than": "MORE_THAN", "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
}
#: Approximations that say on which side of the day counted a count from the publication date lies ("almost two
#: months ago": after it): read inside the expression, as the "approximate date" prefix would read them.
COUNT_QUANTIFIERS = ("nearly", "almost")
#: Days either side of the day a count of months or years from the publication date points at ("two months ago": the
#: day two months back, give or take a week, not the whole month; "signed a year ago": give or take a month, not the
#: whole year); weeks and days are counted to the day already.
COUNT_SLACK_DAYS: dict[str, int] = {"month": 7, "year": 30}
#: The largest count that slack applies to: "1,500 years ago" is a year, not a day give or take a month.
COUNT_SLACK_MAX = 10
#: Halves and quarters named by ordinal.
HALVES: dict[str, int] = {"first": 1, "second": 2, "latter": 2, "last": 2}
QUARTERS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}

#: Vague references -> TIMEX3 value. TimeML leaves the preposition out of the span ("in [the near future]") and does
#: not annotate words that merely order events ("once", "previously", "soon").
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "recently": "PAST_REF", "more recently": "PAST_REF",
    "lately": "PAST_REF", "the past": "PAST_REF", "the near future": "FUTURE_REF", "the future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "coming days": "FUTURE_REF", "coming months": "FUTURE_REF", "the days ahead": "FUTURE_REF",
    "the months ahead": "FUTURE_REF", "a later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "recent years": "PAST_REF", "recent days": "PAST_REF",
}

#: Decades spelled as words ("the nineties") -> the decade's first year within its century.
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
    "nineties": 90,
}

#: Set frequencies -> (amount, unit). "annually" and "quarterly" are left out: TimeBank annotates them almost never
#: (they mostly qualify an amount: "a quarterly dividend", "rise 8% annually").
FREQUENCIES: dict[str, tuple[int, str]] = {
    "daily": (1, "day"), "weekly": (1, "week"), "monthly": (1, "month"), "yearly": (1, "year"),
    "hourly": (1, "hour"), "biweekly": (2, "week"),
    "fortnightly": (2, "week"),
}

#: Words around a temporal expression that tell the tense of its clause.
FUTURE_MARKERS = frozenset({
    "will", "'ll", "shall", "going", "due", "plans", "plan", "planned", "planning", "expected", "expects", "expect",
    "scheduled", "upcoming", "intends", "intend", "wants", "want", "wanted", "hopes", "hope", "aims", "would",
    "propose", "proposes", "next", "coming", "payable", "effective", "expire", "expires",
    "begins", "resume", "resumes", "soon",
})
#: Words that schedule the to-infinitive after them: "is set to travel on Thursday" looks ahead, "was supposed to be
#: dismantled by 21 August" back (the arrangement told in the past); a date of such a clause is no date of the saying
#: that reports it ("patrols are set to restart from October 30, Army sources said", events/attach.py).
SCHEDULING_WORDS = frozenset({"set", "due", "scheduled", "slated", "poised", "supposed", "expected", "planned", "meant",
                              "going"})
#: Modals of what may yet happen ("may push the bill through Parliament on Thursday"): ahead, unless a perfect follows
#: ("may have met on Monday"). Only in lower case: "May" is the month.
POSSIBILITY_MODALS = frozenset({"may", "might"})
#: Modals that look back when a perfect follows them ("would have gone back up to their levels in April").
PERFECT_MODALS = POSSIBILITY_MODALS | {"would"}
#: Auxiliaries that put a following participle in the future ("will be held Friday", "to be signed Friday").
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "would", "to"})
#: Past auxiliaries: they mark the past themselves, whatever comes before them.
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
#: Auxiliaries of the present passive: the participle after them is not a past event ("is held every May").
PRESENT_AUXILIARIES = frozenset({"is", "are", "am"})
#: Words ending in -ed that are not past verbs.
NOT_PAST_ED = frozenset({"hundred", "indeed", "proceed", "succeed", "exceed", "kindred", "sacred", "wicked", "naked"})
#: Signals right before an expression that point ahead of the DCT whatever the verb: "as early as Tuesday".
FUTURE_SIGNALS = (("as", "early", "as"), ("as", "soon", "as"), ("no", "later", "than"))
#: Deadline signals: "by Friday", "until Friday" look ahead unless their clause is in the past ("had not called
#: him a suspect until Thursday").
DEADLINE_SIGNALS = frozenset({"by", "until", "till"})
#: Verbs that move a deadline later: after them "until Tuesday" looks ahead even in the past ("postponed until
#: Tuesday", "extended its deadline until Friday").
POSTPONING_VERBS = frozenset({
    "postponed", "postpone", "postpones", "delayed", "delay", "delays", "extended", "extend", "extends", "deferred",
    "defer", "adjourned", "adjourn", "suspended", "suspend",
})
#: Verbs of attribution: after an expression ("talks resume on Thursday, officials said") they tell the tense of the
#: report, not of the clause the expression is in.
REPORTING_VERBS = frozenset({"said", "says", "say", "told", "added", "reported", "announced", "stated", "quoted"})
#: Words that join clauses: after an expression, a tense word beyond them belongs to the next clause.
CLAUSE_JOINERS = frozenset({"and", "but", "or", "while", "whereas"})
#: Words that may stand between the start of a clause and an expression that opens it ("On Tuesday, ...", "Early
#: on Friday, ...", "But by May, ..."): the clause's verb then comes after the expression.
LEAD_WORDS = frozenset({
    "on", "in", "at", "by", "from", "during", "through", "throughout", "for", "within", "over", "after", "before",
    "as", "of", "early", "late", "then", "so", "also", "again", "even", "only", "just", "starting", "beginning",
    "back", "around", "about", "sometime", "the", "not", "mid", "end", "middle", "start", "up", "to", "until", "till",
})
#: Words that open a clause of their own: an expression right after them (and its lead words) opens that clause.
CLAUSE_OPENERS = frozenset({"and", "but", "or", "while", "whereas", "when", "because", "although", "though",
                            "if", "unless", "yet"})
#: Words that end the search for the verb of a clause an expression opens: a subordinate clause begins.
SUBORDINATORS = frozenset({"when", "if", "because", "although", "though", "unless", "whether", "while", "whereas"})
#: Tense markers that are not verbs ("last", "ago", "soon"): they tell the tense near an expression, but are not the
#: verb of the clause an expression opens ("On Tuesday, last week's deal was signed").
NON_VERB_MARKERS = frozenset({"last", "next", "coming", "upcoming", "earlier", "ago", "since", "already", "soon"})
#: Future markers that are also nouns ("vacation plans were cancelled", "hopes faded"): verbs only before "to" or an
#: object's article ("plans to meet", "plans a rally").
NOUN_OR_VERB_MARKERS = frozenset({"plans", "plan", "hopes", "hope", "aims", "wants", "want"})
#: What follows such a word when it is a verb.
VERB_OBJECT_STARTS = frozenset({"to", "a", "an", "the"})
#: Finite auxiliaries: right after an expression that ends a noun phrase ("a meeting planned for Sunday was
#: cancelled"), they are the verb of the clause, not the participle before the expression.
FINITE_AUXILIARIES: dict[str, Literal["past", "present", "future"]] = {
    "was": "past", "were": "past", "had": "past", "did": "past", "has": "past", "have": "past", "will": "future",
    "would": "future", "shall": "future", "is": "present", "are": "present",
}
#: Words before a participle that make it a finite verb ("the ministers who signed on Monday will meet again").
SUBJECT_WORDS = frozenset({"who", "which", "that", "he", "she", "it", "they", "we", "i", "you"})
#: Words that do not name the event after "the day after" ("the day after the signing of the deal").
EVENT_STOPWORDS = frozenset({"that", "this", "these", "those", "their", "with", "from", "when", "which", "there",
                             "were", "have", "been", "they", "said", "will", "would", "what", "where", "while"})
#: Words that turn a following future marker into a past one ("had been scheduled to", "previously planned", "were
#: due to end on Friday evening").
PAST_PERFECT_MARKERS = frozenset({"had", "been", "previously", "was", "were"})
PAST_MARKERS = frozenset({
    "was", "were", "had", "did", "said", "told", "ago", "last", "earlier", "already", "met", "held", "signed",
    "spoke", "agreed", "began", "started", "took", "made", "came", "went", "left", "gave", "since",
    "announced", "reported", "visited", "launched", "ended", "failed", "rejected", "accepted", "responded",
})


def number_value(text: str) -> float | None:
    """The number a numeral or number phrase denotes ("fifty" 50, "fifty-two" 52, "24" 24, "1.5" 1.5); None if vague."""
    t = " ".join(text.lower().replace(",", "").split())
    if not t:
        return None
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    if t.endswith(" and a half"):  # "two and a half", "one and a half"
        whole = number_value(t[: -len(" and a half")])
        return whole + 0.5 if whole is not None else None
    if any(t == v for v in VAGUE_NUMBERS):
        return None
    try:
        return float(t)
    except ValueError:
        pass
    total = 0.0
    for part in re.split(r"[\s-]+", t):
        if part == "and":
            continue
        fraction = re.fullmatch(r"(\d+)/(\d+)", part)
        if fraction and int(fraction.group(2)):
            total += int(fraction.group(1)) / int(fraction.group(2))
            continue
        if part.isdigit():
            total += int(part)
            continue
        if part not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[part]
        total = total * value if value == 100 and total else total + value
    return total


def year_value(text: str) -> int | None:
    """A year in digits or spoken as news broadcasts do ("1996", "nineteen ninety-six", "two thousand and one")."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t.isdigit():
        return int(t)
    words = t.split()
    if len(words) >= 2 and words[0] in ("eighteen", "nineteen", "twenty"):
        rest = number_value(" ".join(words[1:]))
        return int(NUMBER_WORDS[words[0]] * 100 + rest) if rest is not None and 10 <= rest < 100 else None
    if words[:2] == ["two", "thousand"]:
        tail = [w for w in words[2:] if w != "and"]
        rest = number_value(" ".join(tail)) if tail else 0.0
        return 2000 + int(rest) if rest is not None else None
    return None


def alternation(words: Iterable[str], capitalised_only: Iterable[str] = ()) -> str:
    """A regex alternation of ``words``, longest first; ``capitalised_only`` words must start with a capital."""
    keep = set(capitalised_only)
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):  # longest first; a fixed order, run to run
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        if word in keep:
            parts.append(f"(?-i:{re.escape(word[0].upper())}){escaped[1:] if len(word) > 1 else ''}")
        else:
            parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def _months() -> str:
    words = [w for w in MONTHS]
    dotted = [w + "." for w in MONTHS if len(w) <= 4 and w != "may" and w != "june" and w != "july"]
    return alternation(words + dotted, CAPITALISED_ONLY_MONTHS + tuple(w + "." for w in CAPITALISED_ONLY_MONTHS))


_NUMBER_WORD = alternation([w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an", "dozen")])
_TENS = alternation(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
_UNITS_WORD = alternation(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])

#: Regex macros rules use as ``{name}``.
MACROS: Mapping[str, str] = {
    "month": _months(),
    "weekday": alternation(WEEKDAYS),
    "holiday": alternation(HOLIDAYS, HOLIDAYS),
    "season": alternation(SEASONS),
    "unit": alternation(UNITS),
    "ordinal": alternation(ORDINALS),
    "part": alternation(PARTS),
    "quantifier": alternation(QUANTIFIERS),
    "count_quantifier": alternation(COUNT_QUANTIFIERS),
    "rel": alternation(RELATIVE_STEPS),
    "deictic": alternation(DEICTIC_DAYS),
    "tod": alternation(TIMES_OF_DAY),
    "reference": alternation(REFERENCES),
    "frequency": alternation(FREQUENCIES),
    "vague": alternation(VAGUE_NUMBERS),
    "decade_word": alternation(DECADE_WORDS),
    "qord": r"(?:first|second|third|fourth)",
    "ampm": r"(?:[ap]\.m\.|[ap]m\b)",
    "zone": r"(?:GMT|UTC|[ECMP][SD]T)",
    "num": (
        rf"(?:(?:\d+|{_TENS}(?:[\s-]{_UNITS_WORD})?|{_NUMBER_WORD})\s+and\s+a\s+half|"
        rf"\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:\s+1/2)?(?![\d,])|\d+(?:\.\d+)?|{_TENS}(?:[\s-]{_UNITS_WORD})?|{_NUMBER_WORD}(?:\s+hundred)?|"
        r"a\s+couple\s+of|a\s+dozen|a\s+hundred|half\s+an?|an?)"
    ),
    "day": r"(?:3[01]|[12]\d|0?[1-9])",
    "dayth": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
    "year": r"(?:1[89]\d\d|20\d\d)",
    # any four-digit year, where the day and month around it make it one ("31 December 9999", "9999-12-31")
    "full_year": r"(?:[1-9]\d\d\d)",
    "spoken_year": (
        rf"(?:(?:nineteen|twenty)\s+(?:{_TENS}(?:[\s-]{_UNITS_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        rf"sixteen|seventeen|eighteen|nineteen))"
    ),
    "yy": r"(?:'\d\d)",
}
