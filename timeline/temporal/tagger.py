"""The tagger: one pass over the text finds temporal expressions with the rules, then resolves them in text order.

    >>> [t.value.value for t in tag("Last Monday, Trump set a deadline.", date(2025, 7, 20))]
    ['2025-07-14']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from timeline.sentences import Sentence, split_sentences
from timeline.temporal.resolve import NORMALISERS, PREFIX_EFFECTS, Context, reach, tense_of
from timeline.temporal.rules import PREFIXES, RULES, Prefix, Rule, validate
from timeline.temporal.values import TimeValue

_WORD = re.compile(r"[\w']+")
#: How far left of an expression a prefix is looked for, in characters.
PREFIX_WINDOW = 40
#: How many words either side of an expression decide its clause's tense.
TENSE_WINDOW = 8


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text: its [start, end) span, text and meaning.

    For a duration introduced by a signal such as "within", ``reaches`` is the day it ends when counted from the last
    date mentioned earlier in its sentence (``anchor_tid``), or from the publication date.
    """

    tid: str
    start: int
    end: int
    text: str
    value: TimeValue
    rule: str
    signal: str | None = None
    signal_start: int | None = None
    reaches: TimeValue | None = None
    anchor_tid: str | None = None


@dataclass(frozen=True)
class _Compiled:
    rules: tuple[tuple[Rule, re.Pattern[str]], ...]
    prefixes: tuple[tuple[Prefix, re.Pattern[str]], ...]


@cache
def _compiled() -> _Compiled:
    """Validate and compile the rules once, on first use (nothing runs at import time)."""
    validate(RULES, PREFIXES)
    return _Compiled(
        tuple((rule, rule.compile()) for rule in RULES),
        tuple((prefix, prefix.compile()) for prefix in PREFIXES),
    )


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every rule match, as (start, end, rule index, match), overlaps resolved: longest first, then earlier rule."""
    found: list[tuple[int, int, int, re.Match[str]]] = []
    for index, (_, pattern) in enumerate(_compiled().rules):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), index, m))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    for cand in found:
        s, e = cand[0], cand[1]
        i = bisect.bisect_right(starts, s)
        if i > 0 and ends[i - 1] > s:
            continue
        if i < len(starts) and starts[i] < e:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _fields(rule: Rule, match: re.Match[str]) -> Mapping[str, str | None]:
    fields: dict[str, str | None] = dict(match.groupdict())
    fields.update({f"param_{k}": str(v) for k, v in rule.params.items()})
    return fields


def _apply_prefixes(text: str, start: int, value: TimeValue, floor: int) -> tuple[int, TimeValue, str | None, int | None]:
    """Extend an expression leftwards over its prefixes; returns the new start, value, and any signal met."""
    signal: str | None = None
    signal_start: int | None = None
    used: set[str] = set()
    changed = True
    while changed:
        changed = False
        window_start = max(floor, start - PREFIX_WINDOW)
        window = text[window_start:start]
        for prefix, pattern in _compiled().prefixes:
            if prefix.name in used:
                continue
            target = "DURATION" if value.type == "DURATION" else value.precision
            if target not in prefix.applies_to:
                continue
            m = pattern.search(window)
            if not m:
                continue
            new_value = PREFIX_EFFECTS[prefix.effect](value, m.groupdict())
            if new_value is None:
                continue
            used.add(prefix.name)
            if prefix.in_span:
                value, start, changed = new_value, window_start + m.start(), True
            else:
                signal, signal_start = " ".join(m.group(0).split()), window_start + m.start()
            break
    return start, value, signal, signal_start


def tag(text: str, published: date | None = None) -> list[Timex]:
    """Find and normalise the temporal expressions of ``text`` written on ``published`` (the DCT).

    With no ``published`` date, relative expressions come back unresolved with a note; absolute ones still resolve.
    """
    sentences = split_sentences(text)
    sentence_starts = [s.start for s in sentences]
    out: list[Timex] = []
    anchor: TimeValue | None = None
    sentence_anchor: tuple[int, Timex] | None = None  # (sentence index, last resolved timex in it)
    floor = 0
    for start, end, index, match in _candidates(text):
        rule = _compiled().rules[index][0]
        sentence_index = max(0, bisect.bisect_right(sentence_starts, start) - 1)
        sentence = sentences[sentence_index] if sentences else Sentence(0, len(text), text)
        ctx = Context(published, _tense(text, sentence, start, end), anchor)
        value = NORMALISERS[rule.kind](_fields(rule, match), ctx)
        if value is None:
            continue
        if rule.type != value.type and value.type == "DATE" and rule.type == "TIME":
            value = value.as_type("TIME")
        span_start, value, signal, signal_start = _apply_prefixes(text, start, value, max(floor, sentence.start))
        tid = f"t{len(out) + 1}"
        timex = Timex(tid, span_start, end, text[span_start:end], value, rule.name, signal, signal_start)
        if signal is not None:
            same_sentence = sentence_anchor if sentence_anchor and sentence_anchor[0] == sentence_index else None
            origin = same_sentence[1].value.start if same_sentence else published
            timex = replace(timex, reaches=reach(value, origin),
                            anchor_tid=same_sentence[1].tid if same_sentence else None)
        out.append(timex)
        floor = end
        if value.resolved and value.type in ("DATE", "TIME"):
            anchor = value
            sentence_anchor = (sentence_index, timex)
    return out


def _tense(text: str, sentence: Sentence, start: int, end: int) -> "str":
    before = _WORD.findall(text[sentence.start:start])[-TENSE_WINDOW:]
    after = _WORD.findall(text[end:sentence.end])[:TENSE_WINDOW]
    return tense_of(before, after)
