"""The tagger: one pass over the text finds temporal expressions with the rules, then resolves them in text order.

    >>> [t.value.value for t in tag("Last Monday, Trump set a deadline.", date(2025, 7, 20))]
    ['2025-07-14']
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from timeline.sentences import Sentence, quote_open, split_sentences
from timeline.syntax import Parse, analyse
from timeline.temporal import _heads
from timeline.temporal import lexicon as lx
from timeline.temporal.resolve import NORMALISERS, PREFIX_EFFECTS, TENSED_KINDS, Context, reach
from timeline.temporal.tense import clause_tense, past_event_time
from timeline.temporal.rules import PREFIXES, RULES, Prefix, Rule, validate
from timeline.temporal.values import TimeValue

_WORD = re.compile(r"[\w']+")
#: How far left of an expression a prefix is looked for, in characters.
PREFIX_WINDOW = 40


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


class _Patterns:
    """Each rule's regex, compiled the first time a text reaches the rule: a short article tries a few of them, and
    compiling them all cost a new process about 0.2 s."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self._rules = rules
        self._compiled: list[re.Pattern[str] | None] = [None] * len(rules)

    def __getitem__(self, index: int) -> re.Pattern[str]:
        pattern = self._compiled[index]
        if pattern is None:
            pattern = self._compiled[index] = self._rules[index].compile()
        return pattern


class _Keys:
    """The indexed rules' key regexes over the tokens found where a rule can start, by how the first token starts
    (``_heads.token_pairs_by_start``): a start's keys are compiled the first time a token matches the start. A short
    article meets a few starts, and compiling every key (60 regexes, 117,000 characters) cost a new process 0.2 s."""

    def __init__(self, keys: tuple[tuple[str, tuple[tuple[int, str], ...]], ...]) -> None:
        self._starts = tuple(re.compile(start, re.IGNORECASE) for start, _ in keys)
        self._sources = tuple(sources for _, sources in keys)
        self._compiled: list[tuple[tuple[int, re.Pattern[str]], ...] | None] = [None] * len(keys)
        self.indexed = tuple(sorted({index for sources in self._sources for index, _ in sources}))

    def for_token(self, first: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """(rule index, key regex) for every key whose start matches token ``first``, by rule index."""
        found: list[tuple[int, re.Pattern[str]]] = []
        for k, start in enumerate(self._starts):
            if start.match(first):
                keys = self._compiled[k]
                if keys is None:
                    keys = tuple((i, re.compile(key, re.IGNORECASE)) for i, key in self._sources[k])
                    self._compiled[k] = keys
                found.extend(keys)
        return tuple(sorted(found, key=lambda pair: pair[0]))


@dataclass(frozen=True)
class _Compiled:
    """The rules, their regexes (compiled on first use), the prefixes compiled, and the index of where rules can
    start (see ``_heads``).

    ``trigger`` finds the places where an indexed rule can start (``_hits``); ``keys`` holds the indexed rules' regexes
    over the tokens found there (``_heads.token_pairs_by_start``); ``unindexed`` rules, whose heads the analysis
    cannot bound, are scanned over the whole text.
    """

    rules: tuple[Rule, ...]
    patterns: _Patterns
    prefixes: tuple[tuple[Prefix, re.Pattern[str], re.Pattern[str] | None], ...]
    trigger: _Trigger
    keys: _Keys
    unindexed: tuple[int, ...]


@dataclass(frozen=True)
class _Trigger:
    """Finds where a rule can start. ``at`` matches there, its groups the token and, if near (``_NEAR``), the next
    token after non-word characters. When every rule starts with the same negative lookbehind class, ``after`` is its
    complement: a hit is then one character before the start, which lets ``re`` skip through words fast."""

    at: re.Pattern[str]
    after: re.Pattern[str] | None


#: How many non-word characters may separate the two tokens of a trigger hit (further apart: the second is unknown).
_NEAR = 64


@dataclass(frozen=True)
class RuleIndex:
    """Where the rules can start, as regex sources: what ``_heads`` reads from the rules' syntax trees (the slow part
    of loading the tagger), kept in ``rule_index.json`` beside this module for the rules it was built from."""

    digest: str
    at: str
    after: str | None
    keys: tuple[tuple[str, tuple[tuple[int, str], ...]], ...]  # (start, ((rule index, key), ...)), by start
    unindexed: tuple[int, ...]


INDEX_FILE = Path(__file__).with_name("rule_index.json")


def rules_digest(rules: tuple[Rule, ...]) -> str:
    """What the index depends on: every rule's regex and flags (as compiled: ``re`` adds UNICODE to a text
    pattern's), and the analysis' limits. Read from the rules' sources, without compiling them."""
    h = hashlib.sha256(f"{_heads.MAX_TOKEN_CHARS}|{_heads.MAX_HEADS}|{_NEAR}|{_heads.KEY_START_CHARS}".encode())
    for source, flags in (rule.source() for rule in rules):
        h.update(f"{int(flags | re.UNICODE)}\n{source}\n".encode())
    return h.hexdigest()


def build_index(rules: tuple[Rule, ...]) -> RuleIndex:
    """Read where each rule can start from its syntax tree (``_heads``)."""
    patterns = tuple(rule.compile() for rule in rules)
    guards: set[str] = set()
    all_heads: set[_heads.Head] = set()
    keys: dict[str, list[tuple[int, str]]] = {}
    unindexed: list[int] = []
    for index, pattern in enumerate(patterns):
        found = _heads.heads(pattern)
        if found is None:
            unindexed.append(index)
            continue
        guards.add(_heads.guard(pattern))
        all_heads.update(found)
        for start, key in _heads.token_pairs_by_start(found).items():
            keys.setdefault(start, []).append((index, key))
    token = rf"\w{{1,{_heads.MAX_TOKEN_CHARS + 1}}}"
    at = rf"(?={_heads.first_tokens(all_heads)})(?=({token}|\W)(?:\W{{1,{_NEAR}}}({token}))?)" if all_heads \
        else "(?!)"
    shared = guards.pop() if len(guards) == 1 else ""
    after = "[^" + shared[1:] + at if shared else None
    return RuleIndex(rules_digest(rules), at, after, tuple((start, tuple(keys[start])) for start in sorted(keys)),
                     tuple(unindexed))


def load_index(rules: tuple[Rule, ...]) -> RuleIndex:
    """The index kept beside the module when it was built from these rules (``write_index`` validated them), else
    the rules validated (``rules.validate``) and indexed now."""
    try:
        kept = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
        keys = tuple((str(start), tuple((int(i), str(k)) for i, k in pairs)) for start, pairs in kept["keys"])
        index = RuleIndex(kept["digest"], kept["at"], kept["after"], keys, tuple(kept["unindexed"]))
    except (OSError, ValueError, KeyError, TypeError):
        index = None
    if index is not None and index.digest == rules_digest(rules):
        return index
    validate(rules, PREFIXES)
    return build_index(rules)


def write_index() -> Path:
    """Validate the current rules, build their index and keep it beside the module (after a rule changes)."""
    validate(RULES, PREFIXES)
    index = build_index(RULES)
    INDEX_FILE.write_text(json.dumps(asdict(index), indent=0) + "\n", encoding="utf-8")
    return INDEX_FILE


@cache
def _compiled() -> _Compiled:
    """Index the rules and compile the prefixes once, on first use (nothing runs at import time)."""
    index = load_index(RULES)
    after = re.compile(index.after, re.IGNORECASE) if index.after is not None else None
    trigger = _Trigger(re.compile(index.at, re.IGNORECASE), after)
    prefixes = tuple((prefix, prefix.compile(), prefix.compile_lead()) for prefix in PREFIXES)
    return _Compiled(RULES, _Patterns(RULES), prefixes, trigger, _Keys(index.keys), index.unindexed)


def _hits(text: str) -> Iterator[tuple[int, str, str | None]]:
    """(position, token, next token or None) for every place in ``text`` where an indexed rule can start, in order."""
    trigger = _compiled().trigger
    if trigger.after is None:
        for hit in trigger.at.finditer(text):
            yield hit.start(), hit[1], hit[2]
        return
    if first := trigger.at.match(text):
        yield 0, first[1], first[2]
    for hit in trigger.after.finditer(text):
        yield hit.end(), hit[1], hit[2]


@lru_cache(maxsize=1 << 12)
def _rules_for_token(first: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The indexed rules that may start with token ``first``, with their key regexes (a rule may have several)."""
    return tuple((index, key) for index, key in _compiled().keys.for_token(first) if key.match(first))


@lru_cache(maxsize=1 << 16)
def _rules_starting(first: str, second: str | None) -> tuple[int, ...]:
    """The indexed rules (by index) that may start with token ``first`` followed by ``second`` (None: unknown).
    A token as long as the trigger reads may go on: it is taken as unknown."""
    if len(first) > _heads.MAX_TOKEN_CHARS:
        return _compiled().keys.indexed
    if second is None or len(second) > _heads.MAX_TOKEN_CHARS:
        return tuple(dict.fromkeys(index for index, _ in _rules_for_token(first)))
    key = f"{first}\n{second}"
    return tuple(dict.fromkeys(index for index, regex in _rules_for_token(first) if regex.match(key)))


def _scan(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every rule match, as (start, end, rule index, match): the same as ``_scan_all``, trying rules only where
    they can start. Hits come in text order, so each rule's matches do not overlap, as with finditer."""
    compiled = _compiled()
    patterns = compiled.patterns
    last_end = [0] * len(compiled.rules)
    found: list[tuple[int, int, int, re.Match[str]]] = []
    for at, first, second in _hits(text):
        for index in _rules_starting(first, second):
            if at >= last_end[index] and (m := patterns[index].match(text, at)):
                found.append((at, m.end(), index, m))
                last_end[index] = m.end()
    for index in compiled.unindexed:
        found.extend((m.start(), m.end(), index, m) for m in patterns[index].finditer(text) if m.end() > m.start())
    return found


def _scan_all(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every rule match by the plain method, each rule's regex run over the whole text: the reference for ``_scan``."""
    patterns = _compiled().patterns
    return [(m.start(), m.end(), index, m) for index in range(len(_compiled().rules))
            for m in patterns[index].finditer(text) if m.end() > m.start()]


def _candidates(found: list[tuple[int, int, int, re.Match[str]]], length: int) -> list[tuple[int, int, int, re.Match[str]]]:
    """The matches kept, in text order, overlaps resolved: longest first, then earlier rule. ``length`` is the
    text's; a byte per character marks what is taken, so each check costs the match's length, not the matches'."""
    taken = bytearray(length)
    chosen = []
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[2], c[0])):
        start, end = cand[0], cand[1]
        if taken.find(1, start, end) < 0:
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


@lru_cache(maxsize=4)
def _expressions(text: str) -> tuple[tuple[int, int, int, re.Match[str]], ...]:
    """``_candidates`` of ``_scan`` over ``text``, kept for the last few texts: the event extractor asks for a text's
    expressions twice (``expression_sentences``, then ``tag``), a live blog three times."""
    return tuple(_candidates(_scan(text), len(text)))


def _fields(rule: Rule, match: re.Match[str]) -> Mapping[str, str | None]:
    fields: dict[str, str | None] = dict(match.groupdict())
    fields.update({f"param_{k}": str(v) for k, v in rule.params.items()})
    return fields


def _apply_prefixes(text: str, start: int, value: TimeValue, floor: int,
                    dct: date | None = None) -> tuple[int, TimeValue, str | None, int | None]:
    """Extend an expression leftwards over its prefixes (written on ``dct``); returns the new start, value, and any
    signal met."""
    signal: str | None = None
    signal_start: int | None = None
    used: set[str] = set()
    changed = True
    while changed:
        changed = False
        window_start = max(floor, start - PREFIX_WINDOW)
        window = text[window_start:start]
        for prefix, pattern, lead in _compiled().prefixes:
            if prefix.name in used or (lead is not None and not lead.match(text, start)):
                continue
            target = "DURATION" if value.type == "DURATION" else value.precision
            if target not in prefix.applies_to:
                continue
            m = pattern.search(window)
            if not m:
                continue
            new_value = PREFIX_EFFECTS[prefix.effect](value, m.groupdict(), dct)
            if new_value is None:
                continue
            used.add(prefix.name)
            if prefix.signal:  # a signal stays out of the span but may change the value ("within the next week")
                value, signal, signal_start = new_value, " ".join(m.group(0).split()), window_start + m.start()
            elif prefix.in_span:
                value, start, changed = new_value, window_start + m.start(), True
            else:
                value = new_value
            break
    return start, value, signal, signal_start


def expression_sentences(text: str, sentences: list[Sentence], tensed_only: bool = False) -> list[Sentence]:
    """The sentences holding a temporal expression (``tensed_only``: one whose value depends on its clause's
    tense, as a weekday or a month without a year does): the ones a caller parses for ``tag``."""
    starts = [s.start for s in sentences]
    chosen: dict[int, Sentence] = {}
    rules = _compiled().rules
    for start, _, index, match in _expressions(text):
        rule = rules[index]
        if tensed_only and not (rule.kind in TENSED_KINDS and not match.groupdict().get("year")):
            continue
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0:
            chosen.setdefault(k, sentences[k])
    return [chosen[k] for k in sorted(chosen)]


def written_on(entries: Sequence[tuple[int, date]], offset: int) -> date | None:
    """The day the live-blog entry holding ``offset`` was written (``entries``: where each entry begins and its day,
    in text order), or None before the first."""
    k = bisect.bisect_right(entries, offset, key=lambda entry: entry[0]) - 1  # no list built: one per expression
    return entries[k][1] if k >= 0 else None


def tag(text: str, published: date | None = None, analysis: Mapping[int, Parse] | None = None,
        entries: Sequence[tuple[int, date]] = ()) -> list[Timex]:
    """Find and normalise the temporal expressions of ``text`` written on ``published`` (the DCT).

    With no ``published`` date, relative expressions come back unresolved with a note; absolute ones still resolve.
    The tense of an expression's clause comes from the parse of its sentence: ``analysis`` (sentence start ->
    Parse, e.g. from the event extractor, which parses the same sentences), else the sentences whose expressions need
    a tense are parsed here. A live blog's ``entries`` (where each begins, the day it was written) are each their
    own DCT.
    """
    sentences = split_sentences(text)
    if analysis is None:
        analysis = analyse(expression_sentences(text, sentences, tensed_only=True))
    sentence_starts = [s.start for s in sentences]
    parsed_starts = sorted(analysis)  # the parsed sentences may start later than ours (after a dateline)
    out: list[Timex] = []
    anchor: TimeValue | None = None
    sentence_anchor: tuple[int, Timex] | None = None  # (sentence index, last resolved timex in it)
    dated: list[tuple[int, Timex]] = []  # every resolved date or time so far, with its sentence index
    report: tuple[int, TimeValue] | None = None  # the last date of a past verb ("On August 7, Reuters reported")
    floor = 0
    for start, end, index, match in _expressions(text):
        rule = _compiled().rules[index]
        sentence_index = max(0, bisect.bisect_right(sentence_starts, start) - 1)
        sentence = sentences[sentence_index] if sentences else Sentence(0, len(text), text)
        fields = _fields(rule, match)
        event_anchor = _event_anchor(text, end, dated, sentences) if fields.get("dir") and \
            rule.kind in EVENT_ANCHORED_KINDS else None
        tensed = rule.kind in TENSED_KINDS and not fields.get("year")  # a date that names its year needs no tense
        parse = _parse_at(analysis, parsed_starts, start, end)
        tense = clause_tense(text, parse, start, end, rule.kind) if tensed and parse is not None else "unknown"
        past_event = tensed and parse is not None and past_event_time(parse, start, end)
        dct = written_on(entries, start) or published
        quoted = quote_open(text, sentence.start, start, sentence.quoted)  # inside quotation marks of its sentence
        reported = _reported(report, sentence_index, quoted, dct)
        ctx = Context(dct, tense, event_anchor or anchor, past_event, reported, quoted)
        try:
            value = NORMALISERS[rule.kind](fields, ctx)
            if value is None:
                continue
            if rule.type != value.type and value.type == "DATE" and rule.type == "TIME":
                value = value.as_type("TIME")
            span_start, value, signal, signal_start = _apply_prefixes(text, start, value, max(floor, sentence.start),
                                                                     dct)
        except (OverflowError, ValueError):  # the one place where dates before year 1 or after 9999 are refused
            value = TimeValue.beyond_calendar("TIME" if rule.type == "TIME" else "DATE")
            span_start, signal, signal_start = start, None, None
        tid = f"t{len(out) + 1}"
        timex = Timex(tid, span_start, end, text[span_start:end], value, rule.name, signal, signal_start)
        if signal is not None:
            same_sentence = sentence_anchor if sentence_anchor and sentence_anchor[0] == sentence_index else None
            origin = same_sentence[1].value if same_sentence else dct
            timex = replace(timex, reaches=reach(value, origin),
                            anchor_tid=same_sentence[1].tid if same_sentence else None)
        out.append(timex)
        floor = end
        if value.resolved and value.type in ("DATE", "TIME"):
            anchor = value
            sentence_anchor = (sentence_index, timex)
            report = (sentence_index, value) if past_event else report
            dated.append(sentence_anchor)
        elif value.ref == "PRESENT_REF" and dct is not None:  # "right now": the story is back at the time of writing
            anchor = TimeValue.day(dct)
    return out


def _reported(report: tuple[int, TimeValue] | None, sentence_index: int, quoted: bool, dct: date | None) -> date | None:
    """The day of the last past act before the day of writing, in the same sentence or, for words quoted, in the one
    before: the day of the speech that reports them ("On August 7, Reuters reported ... that under a document to be
    signed on Friday"; "On Monday the Kuwait foreign minister announced the thaw ... "... starting from this
    evening," ... said")."""
    sentences = (sentence_index, sentence_index - 1) if quoted else (sentence_index,)
    if report is None or dct is None or report[0] not in sentences:
        return None
    value = report[1]
    if value.precision not in ("day", "time") or value.start is None or value.start >= dct:
        return None
    return value.start


def _parse_at(analysis: Mapping[int, Parse], starts: list[int], start: int, end: int) -> Parse | None:
    """The parse of the sentence holding [start, end) (``starts``: the analysis' keys, sorted)."""
    k = bisect.bisect_right(starts, start) - 1
    parse = analysis[starts[k]] if k >= 0 else None
    return parse if parse is not None and end <= parse.sentence.end else None


#: The words of an event named after "the day after" ("the Pahalgam attack"), up to the first punctuation.
_EVENT_WORDS = re.compile(r"[ \t]+((?:[\w'-]+[ \t]+){0,4}[\w'-]+)")


#: Rule kinds counted from the day of the event named after them ("the day after the attack", "the days before the
#: vote").
EVENT_ANCHORED_KINDS = frozenset({"anchor_step", "anchor_days"})
#: How many of the dates mentioned before "the day after <event>" are searched for the event (keeps tagging linear).
EVENT_LOOKBACK = 64
#: How far (characters) either side of such a date, within its sentence, the event's words are looked for.
EVENT_REACH = 300


def _event_anchor(text: str, end: int, dated: list[tuple[int, Timex]], sentences: list[Sentence]) -> TimeValue | None:
    """The date of the event named after "the day after" / "the day before" ("the day after the Pahalgam attack"):
    of the last ``EVENT_LOOKBACK`` dates mentioned, the one whose sentence shares most of the event's words within
    ``EVENT_REACH`` of it ("an attack on tourists in Pahalgam on April 22"), nearest to them; None when there is none
    (the last mentioned date is then used)."""
    named = _EVENT_WORDS.match(text, end)
    if named is None or not dated or not sentences:
        return None
    lowered_words = (w.lower() for w in _WORD.findall(named.group(1)))
    words = {w for w in lowered_words if len(w) > 3 and w not in lx.EVENT_STOPWORDS}
    if not words:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\b", re.IGNORECASE)
    best: tuple[int, int, int] | None = None
    chosen: TimeValue | None = None
    first = max(0, len(dated) - EVENT_LOOKBACK)
    for order, (sentence_index, timex) in enumerate(dated[first:], start=first):
        sentence = sentences[sentence_index]
        low, high = max(sentence.start, timex.start - EVENT_REACH), min(sentence.end, timex.end + EVENT_REACH)
        found = [(m.start(), m.group().lower()) for m in pattern.finditer(text, low, high)]
        if not found:
            continue
        at = timex.start
        key = (len({word for _, word in found}), -min(abs(place - at) for place, _ in found), order)
        if best is None or key > best:
            best, chosen = key, timex.value
    return chosen
