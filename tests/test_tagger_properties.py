"""Properties of the tagger on arbitrary text: it never raises, its spans index the text, its values are TIMEX3.

Also: the bounded look-backs that keep it linear read what the plain slices read.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED
from timeline.article import read_article
from timeline.sentences import _word_before
from timeline.temporal import lexicon, tagger
from timeline.temporal.resolve import NORMALISERS
from timeline.temporal.rules import RULES
from timeline.temporal.tagger import tag

_DAY = r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)"
#: TIMEX3 value shapes by type (TimeML 1.2.1).
VALUE_SHAPES = {
    "DATE": re.compile(
        r"\d{4}(?:-\d\d(?:-\d\d)?)?|\d{4}-W\d\d(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)|\d{4}-[QH]\d|\d{2,3}"
        r"|XXXX(?:-XX(?:-XX)?|-WXX|-QX|-HX)?|XXX|XX|PRESENT_REF|PAST_REF|FUTURE_REF"),
    "TIME": re.compile(_DAY + r"(?:T(?:\d\d:\d\d|XX:XX|MO|AF|EV|NI))?"),
    "DURATION": re.compile(r"P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|Q)|PT(?:\d+(?:\.\d+)?|X)[HMS]"),
    "SET": re.compile(r"P\d+(?:\.\d+)?(?:Y|M|W|D|DE|CE|Q)|PT\d+(?:\.\d+)?[HMS]|XXXX-WXX-[1-7]|XXXX"
                      r"|XXXX-(?:SP|SU|FA|WI)|XXXX-\d\d"),
}

_WORDS = sorted({w for table in vars(lexicon).values() if isinstance(table, (dict, tuple, frozenset))
                 for w in table if isinstance(w, str)} | {rule.example for rule in RULES})
#: Text that is mostly temporal words, digits and punctuation, with arbitrary characters mixed in.
TEMPORAL_TEXT = st.lists(st.one_of(
    st.sampled_from(_WORDS), st.from_regex(r"\d{1,5}", fullmatch=True),
    st.sampled_from([" ", "\n", ", ", ". ", "-", "'", "/", ":", "within ", "early ", "more than "]),
    st.text(max_size=4)), max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), TEMPORAL_TEXT)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT, PUBLISHED)
def test_tag_never_raises_and_spans_index_the_text(text: str, published: date | None) -> None:
    for timex in tag(text, published):
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert VALUE_SHAPES[timex.value.type].fullmatch(timex.value.value), (timex.text, timex.value.value)
        if timex.reaches is not None:
            assert VALUE_SHAPES["DATE"].fullmatch(timex.reaches.value)
        if timex.signal_start is not None:
            assert 0 <= timex.signal_start < timex.start


def test_unresolved_time_of_day_keeps_it() -> None:
    """With no DCT, "Wednesday evening" is a TIME on an unknown day that keeps its evening."""
    (timex,) = tag("Wednesday evening", None)
    assert (timex.value.type, timex.value.value) == ("TIME", "XXXX-XX-XXTEV")
    assert not timex.value.resolved and timex.value.note is not None
    (clock,) = tag("at 10 p.m. Wednesday", None)
    assert (clock.value.type, clock.value.value) == ("TIME", "XXXX-XX-XXT22:00")


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, PUBLISHED)
def test_expressions_come_in_text_order_without_overlap(text: str, published: date | None) -> None:
    timexes = tag(text, published)
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:]))
    assert [t.tid for t in timexes] == [f"t{i}" for i in range(1, len(timexes) + 1)]


_FORMER_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*\Z")


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(list("aZ9_ .!?\"'”’)]([“‘-,") + ["U.S", "é", "٣"]), max_size=30).map("".join),
       st.data())
def test_word_before_a_stop_is_what_the_former_regex_found(line: str, data: st.DataObject) -> None:
    """sentences._word_before replaced a search of the whole line (quadratic on long lines)."""
    end = data.draw(st.integers(0, len(line)))
    former = _FORMER_WORD_BEFORE.search(line[:end])
    assert _word_before(line, end) == (former.group(1) if former else "")


@settings(max_examples=200, deadline=None)
@given(TEMPORAL_TEXT, PUBLISHED)
def test_tense_is_worked_out_wherever_it_is_read(text: str, published: date | None) -> None:
    """The tagger skips the tense for rule kinds outside ``TENSED_KINDS``: working it out for every kind changes
    nothing."""
    lazy = tag(text, published)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tagger, "TENSED_KINDS", frozenset(NORMALISERS))
        assert tag(text, published) == lazy


#: A clause of each tense around every kind of expression whose value depends on the tense.
_TENSED_TEXTS = [f"The envoys {verb} {expression}." for verb in ("will meet", "met")
                 for expression in ("on Friday", "in March", "on March 3", "in the winter", "this December",
                                    "at Christmas", "at the weekend", "at 10 p.m. Friday")]


def test_tense_is_worked_out_wherever_it_is_read_in_tensed_texts() -> None:
    article = read_article(SEED)
    for text, published in [(t, date(2025, 7, 17)) for t in _TENSED_TEXTS] + [(article.text, article.published)]:
        lazy = tag(text, published)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(tagger, "TENSED_KINDS", frozenset(NORMALISERS))
            assert tag(text, published) == lazy, text[:80]
