"""Sentences + temporal expressions -> dated events (several per sentence), with type, actors, place, status and
the deadlines that durations and "by <date>" set.

The engines here are small; what they know lives in ``resources/``: triggers and their roles (triggers.tsv), status
cues (status.tsv), CAMEO refinements (cameo.tsv), actors and places (actors.tsv, places.tsv), page furniture
(furniture.tsv).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

from timeline.article import Article
from timeline.events.actors import Entity, Mention, actor_gazetteer, place_gazetteer, titled_people
from timeline.events.cameo import refine
from timeline.events.status import context, status_of
from timeline.events.triggers import TriggerHit, find_triggers
from timeline.resources import read_tsv
from timeline.sentences import Sentence, split_sentences
from timeline.temporal import Timex, tag
from timeline.temporal.resolve import reach
from timeline.temporal.values import TimeValue

#: Where a clause ends inside a sentence: an event's actors, place and status cues are looked for within its clause.
CLAUSE_BREAK = re.compile(r"\s*(?:[;:]|[\"“”]|,\s*(?:but|while|although|whereas)\b|\bbut\b)\s*", re.IGNORECASE)
#: Words that open a new clause and belong to it ("if there is no ceasefire": its status cue is "if").
CLAUSE_OPENER = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
#: A relative clause between commas ("Trump, who pulled out of the accord during his first term, sent ..."): a
#: clause of its own, so its triggers do not take the dates outside it.
PARENTHETICAL = re.compile(r",\s*(?:who|which|whose|where)\b[^,;]*(?:,|$)", re.IGNORECASE)
RELATIVE_OPENER = re.compile(r"[\s,]*(?:which|that|who|whose)\b", re.IGNORECASE)
#: A date opening its clause ("Last Monday, Trump threatened"; "and a week later Putin agreed"): the verb after it
#: is the one it dates.
FRONTED = re.compile(r"(?:^|[,;:]|\band|\bbut)\s*(?:on|in|at|by|during|early|late|then)?\s*$", re.IGNORECASE)
#: A coordinating word between a date and a trigger after it.
COORDINATION = re.compile(r"\b(?:and|but|then)\b", re.IGNORECASE)
#: Words between a speech verb and a date that put the date in the reported clause ("accused Moscow of breaking
#: that pledge the following day").
COMPLEMENT = re.compile(r"\b(?:that|of|whether)\b", re.IGNORECASE)
#: Words that make an event noun the topic of another ("talks on sanctions relief").
TOPIC = re.compile(r"\b(?:on|about|over|regarding|concerning)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
#: "since 1992" in a present-perfect clause dates a state, not an event.
SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
WHEN_CLAUSE = re.compile(r",?\s*when\b", re.IGNORECASE)
#: Words joining a frame trigger to the event it takes ("proposal for talks", "threat of sanctions", "proposed talks").
FRAME_LINK = re.compile(r"^\W*(?:(?:\w+\W+){0,3}?(?:for|of|to|on|that)\b|(?:[\w'-]+\W+){0,3}$)", re.IGNORECASE)
#: A dateline opening an article's first paragraph ("DOHA, Jan 14 —"): its date is the publication date.
DATELINE = re.compile(r"[A-Z][A-Z .'/-]{1,40}(?:,[^—–\n]{1,30}?)?\s*(?:—|–|--|-)\s")
#: Words before a duration that make it a deadline without "within" ("giving Tehran 60 days").
GRANT = re.compile(r"\b(?:giv(?:e|es|ing|en)|gave|grant(?:ed|s|ing)?|allow(?:ed|s|ing)?)\s+(?:[\w'-]+\s+){0,3}$",
                   re.IGNORECASE)
#: Words after a duration that name what it is counted from ("within 30 days of Wednesday's signing").
COUNTED_FROM = re.compile(r"\s+(?:of|from|after)\s+(?:the\s+)?", re.IGNORECASE)
#: Words before a date that make it a limit ("by Friday"); a limit in a threat or a condition is a deadline.
LIMIT = re.compile(r"\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+)?$", re.IGNORECASE)
#: Words between two expressions of the same day that make them one date ("9:45 p.m. (1945 GMT) on Monday").
SAME_DAY_JOIN = re.compile(r"^[\s(),]*(?:on|at)?[\s(),]*$", re.IGNORECASE)
#: Words joining two dates into one interval ("from April 9 to April 13", "between May 6 and May 20").
RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$", re.IGNORECASE)
#: Words after a trigger that introduce other participants, by event type.
PARTICIPANT_LINKS = {
    "talks": ("with", "between", "and"), "agreement": ("with", "between"), "exchange": ("with", "between"),
    "military": ("of", "on", "against", "into"), "ceasefire": ("with", "between"), "sanction": ("on", "against"),
    "aid": ("to", "for"),
}
#: Words a trigger further right than the expression is penalised by, so the verb before a date wins.
RIGHT_PENALTY = 5
#: A trigger in another clause of the sentence counts this many words further away.
CLAUSE_PENALTY = 12
#: How far (in words) a support verb looks for the event noun it reports ("aid package ... would be announced").
SUPPORT_REACH = 8
SUMMARY_WORDS = 24
#: How many triggers nearest a date (by position) are weighed for it, and how many of an article's latest events a
#: duration may be counted from ("within 30 days of the signing"): both keep the work per date bounded.
CANDIDATES = 8
EVENT_LOOKBACK = 64
VAGUE_REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass(frozen=True)
class Event:
    """One dated event as the extractor sees it; ``to_row`` gives its event-table row."""

    event_id: str
    start: date | None
    end: date | None
    precision: str
    timex: str
    mod: str | None
    date_text: str
    event_type: str
    status: str
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    location: str | None
    summary: str
    sentence: str
    char_start: int
    char_end: int
    cameo: str | None
    cameo_label: str | None
    anchor_event_id: str | None = None
    note: str | None = None
    trigger: str = ""  # the words that named the event ("signed", "truce"): what "of the signing" refers back to

    def to_row(self, article: Article) -> dict[str, object]:
        return {
            "event_id": self.event_id, "date_start": self.start, "date_end": self.end, "precision": self.precision,
            "timex": self.timex, "mod": self.mod, "date_text": self.date_text, "event_type": self.event_type,
            "status": self.status, "actors": "; ".join(self.actors) or None, "location": self.location,
            "summary": self.summary, "sentence": self.sentence, "char_start": self.char_start,
            "char_end": self.char_end, "doc_id": article.doc_id, "source": article.source, "url": article.url,
            "published": article.published, "anchor_event_id": self.anchor_event_id, "note": self.note,
            "cameo_code": self.cameo, "cameo_label": self.cameo_label, "countries": "; ".join(self.countries) or None,
            "mention_count": 1, "sources": article.source,
        }


@dataclass(frozen=True)
class DateMention:
    """A date an event can take: one temporal expression, or two joined into a range ("from April 9 to April 13")."""

    start: int
    end: int
    value: TimeValue
    timex: Timex
    timex_value: str


def event_id(doc_id: str, start: int, end: int, event_type: str) -> str:
    """Stable id: the same article, expression and type always give the same id."""
    return hashlib.sha256(f"{doc_id}|{start}|{end}|{event_type}".encode()).hexdigest()[:16]


@cache
def _furniture() -> re.Pattern[str]:
    patterns = [row[0] for row in read_tsv("furniture.tsv", 1)]
    return re.compile(r"^\W*(?:" + "|".join(patterns) + ")", re.IGNORECASE)


def is_furniture(sentence: str) -> bool:
    """Page furniture ("Read more: ...", "Scroll to Top", "Advertisement") is not news text."""
    return bool(_furniture().match(sentence))


#: A word, or a run of capitalised words counted as one: "the Grand Ethiopian Renaissance Dam in Addis Ababa" is as
#: near as "the dam in Cairo", so a long name does not push a trigger away from its date.
_WORD_OR_NAME = re.compile(r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*|[\w']+")


def _words_between(text: str, a: int, b: int) -> int:
    return len(_WORD_OR_NAME.findall(text, min(a, b), max(a, b)))


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """[start, end) offsets of the clauses of a sentence."""
    cuts = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(sentence.text)]
    cuts += [(m.start(), m.start()) for m in CLAUSE_OPENER.finditer(sentence.text)]
    for m in PARENTHETICAL.finditer(sentence.text):
        cuts += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
    bounds, pos = [], sentence.start
    for cut_start, cut_end in sorted(cuts):
        if sentence.start + cut_start < pos:
            continue
        bounds.append((pos, sentence.start + cut_start))
        pos = sentence.start + cut_end
    bounds.append((pos, sentence.end))
    return [(s, e) for s, e in bounds if e > s] or [(sentence.start, sentence.end)]


def _clause_of(clauses: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    return next(((s, e) for s, e in clauses if s <= offset < e), clauses[-1])


# --------------------------------------------------------------------- which trigger a date belongs to
@dataclass(frozen=True)
class Choice:
    """The trigger a date belongs to (``hit``, where status cues are read) and the event type it gives."""

    hit: TriggerHit
    typed: TriggerHit
    event_type: str
    cameo: str | None
    cameo_label: str | None


def _fronted(text: str, when: DateMention, clauses: list[tuple[int, int]]) -> bool:
    """Whether the date opens its clause ("Last Monday, Trump threatened")."""
    clause_start = _clause_of(clauses, when.start)[0]
    return bool(FRONTED.search(text[clause_start:when.start]))


def _distance(text: str, hit: TriggerHit, when: DateMention, clauses: list[tuple[int, int]], fronted: bool) -> int:
    if hit.end <= when.start:
        distance = _words_between(text, hit.end, when.start) + (RIGHT_PENALTY if fronted else 0)
    else:
        distance = _words_between(text, when.end, hit.start) + (0 if fronted else RIGHT_PENALTY)
        if COORDINATION.search(text[when.end:hit.start]):
            distance += RIGHT_PENALTY  # "met ... last Thursday and agreed to ...": the date closes the first verb
    if _clause_of(clauses, hit.start) != _clause_of(clauses, when.start):
        distance += CLAUSE_PENALTY
    return distance


def _reported(text: str, support: TriggerHit, hits: list[TriggerHit], when: DateMention,
              clause: tuple[int, int]) -> TriggerHit | None:
    """The event noun a support verb reports: its subject, the nearest event noun before it in its clause ("talks
    that ended", "a ceasefire between the army and the RSF is due to take effect"), or its object, the weightiest
    event noun within ``SUPPORT_REACH`` words after it ("agreed in a call with Trump to halt strikes": the ceasefire).
    Aspect verbs ("began", "ended") look for their subject first, other verbs for their object. Nothing is taken
    across a clause break, across the date itself, or across another event noun; a verb right after "and" shares
    its subject with the verb before ("met ... and agreed to"), so it has no noun subject of its own."""
    speech = support.trigger.event_type == "statement"
    nouns = [h for h in hits if h.trigger.role == "event" and h is not support and not _is_topic(text, h, hits)
             and not (min(h.start, support.start) < when.start < max(h.start, support.start))]
    subjects = []
    floor = _with_antecedent(text, clause)[0]  # "the Jeddah talks, which opened": the antecedent
    shared = re.search(r"\b(?:and|but)\s+(?:(?:then|later|also|finally|eventually|\w+ly)\s+)?$",
                       text[max(0, support.start - 25):support.start], re.IGNORECASE)
    for h in nouns:
        between = any(h.end <= o.start and o.end <= support.start and not _is_topic(text, o, hits)
                      for o in hits if o is not h and o.trigger.role in ("event", "frame"))
        if h.end <= support.start and h.start >= floor and not between and not shared:
            gap = text[h.end:support.start]
            words = _words_between(text, h.end, support.start)
            if not re.search(r"[;:\"“”]", gap) and not (speech and ("," in gap or words > SUPPORT_REACH)):
                subjects.append((words, h.trigger.order, h))
    objects = []
    for h in nouns:
        if h.start >= support.end:
            words = _words_between(text, support.end, h.start)
            if words <= SUPPORT_REACH and not re.search(r"[;:,\"“”]|\bthat\b", text[support.end:h.start], re.I):
                objects.append((h.trigger.order, words, h))
    subject = min(subjects, key=lambda c: c[:2])[2] if subjects else None
    obj = min(objects, key=lambda c: c[:2])[2] if objects else None
    return (subject or obj) if support.trigger.event_type == "-" else (obj or subject)


def choose(text: str, hits: list[TriggerHit], when: DateMention, clauses: list[tuple[int, int]],
           published: date | None) -> Choice | None:
    """The event a date belongs to.

    The nearest trigger wins (one before the date preferred, one in the same clause preferred). A support verb hands
    the date to the event noun it reports ("a truce declared in March" is a ceasefire). A demand ("called for a
    ceasefire on Friday") hands it to the event demanded. A frame (proposal, threat) takes the date from the event it
    governs when the date is not in the future ("Zelensky proposed talks on Saturday" is a proposal) or a light verb
    links them ("the proposal for talks made ... on Saturday").
    """
    eligible = [h for h in hits if h.trigger.role != "light" and not (when.start <= h.start < when.end)]
    nearest = sorted(eligible, key=lambda h: abs(h.start - when.start))[:CANDIDATES]
    fronted = _fronted(text, when, clauses)
    ranked = sorted((_distance(text, h, when, clauses, fronted), h.trigger.order, i, h)
                    for i, h in enumerate(nearest) if not _is_topic(text, h, hits))
    for _, _, _, hit in ranked:
        role = hit.trigger.role
        if hit.trigger.event_type == "statement" and hit.end <= when.start and \
                COMPLEMENT.search(text[hit.end:when.start]):
            continue  # the date belongs to what was said, not to the saying
        if role in ("support", "demand"):
            noun = _reported(text, hit, hits, when, _clause_of(clauses, hit.start))
            if noun is not None:
                return _choice(noun if noun.end <= hit.start else hit, noun)
            if role == "demand":
                continue
            if hit.trigger.event_type == "-":
                return None  # "the holiday, which begins on Friday": the date belongs to no event
            return _choice(hit, hit)
        if role == "event" and hit.end <= when.start:
            frames = [h for h in hits if h.trigger.role == "frame" and h.end <= hit.start
                      and FRAME_LINK.match(text[h.end:hit.start] + " ")]
            if frames:
                light = any(h.trigger.role == "light" and hit.end <= h.start < when.start for h in hits)
                not_future = when.value.end is not None and published is not None and when.value.end <= published
                if light or not_future:
                    return _choice(frames[-1], frames[-1])
        return _choice(hit, hit)
    return None


def _with_antecedent(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """A relative clause with the noun phrase it is about ("the Russians, who began ..."): up to four words back."""
    if not RELATIVE_OPENER.match(text, clause[0]):
        return clause
    words = list(re.finditer(r"[\w'’-]+", text[max(0, clause[0] - 40):clause[0]]))
    if not words:
        return clause
    first = words[-min(4, len(words))]
    return max(0, clause[0] - 40) + first.start(), clause[1]


def _is_topic(text: str, hit: TriggerHit, hits: list[TriggerHit]) -> bool:
    """An event noun that is what another event is about ("talks on sanctions relief") dates nothing itself."""
    before = TOPIC.search(text[max(0, hit.start - 25):hit.start])
    return bool(before) and any(h.trigger.role == "event" and 0 <= hit.start - h.end <= 30 and h is not hit
                                for h in hits)


def _choice(cue_hit: TriggerHit, typed: TriggerHit) -> Choice:
    t = typed.trigger
    return Choice(cue_hit, typed, t.event_type, t.cameo, t.cameo_label)


# --------------------------------------------------------------------- who, where, what
def _actors(text: str, hit: TriggerHit, clauses: list[tuple[int, int]], event_type: str) -> list[Mention]:
    """Who: actors before the trigger in its clause (or in the noun phrase a relative clause is about; or, when the
    clause has none and follows a relative clause, in the noun phrase that one is about: "The African Union, which
    has mediated since 2020, proposed ..."), the agent after "by", and participants after a link word."""
    own = _clause_of(clauses, hit.start)
    clause = _with_antecedent(text, own)
    mentions = _people_and_groups(text, clause[0], clause[1])
    chosen = [m for m in mentions if m.end <= hit.start]
    before = [c for c in clauses if c[1] <= own[0]]
    if not chosen and before and RELATIVE_OPENER.match(text, before[-1][0]):
        subject = _with_antecedent(text, before[-1])
        chosen = _people_and_groups(text, subject[0], before[-1][0])
    after = [m for m in mentions if m.start >= hit.end]
    agent = [m for m in after if re.search(r"\bby\s+(?:[\w.'-]+\s+){0,4}$", text[hit.end:m.start], re.IGNORECASE)]
    if agent:
        chosen = agent
    links = PARTICIPANT_LINKS.get(event_type, ())
    for m in after:
        gap = text[hit.end:m.start].lower().split()
        if gap and (gap[-1].strip(",'’s") in links or any(w in links for w in gap[-2:])):
            chosen.append(m)
    return chosen


@lru_cache(maxsize=256)
def _people_and_groups(text: str, start: int, end: int) -> list[Mention]:
    """The actors named in text[start:end]: the actor list's, and people it does not know named after a title.
    Kept for the clauses last asked about (a clause holding many dates is scanned once; a string keeps its hash)."""
    known = actor_gazetteer().find(text, start, end)
    return sorted(known + titled_people(text, start, end, known), key=lambda m: m.start)


@lru_cache(maxsize=256)
def _places(text: str, start: int, end: int) -> list[Mention]:
    """The places named in text[start:end], kept as ``_people_and_groups`` is."""
    return place_gazetteer().find(text, start, end)


def _collapse(mentions: list[Mention]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Unique actor names in order, dropping a bare country when a person or government of it is named."""
    named = {m.entity.country for m in mentions if m.entity.kind in ("person", "government")}
    names: list[str] = []
    countries: list[str] = []
    for m in mentions:
        if m.entity.kind == "country" and m.entity.country in named:
            continue
        if m.entity.name not in names:
            names.append(m.entity.name)
        if m.entity.country and m.entity.country not in countries:  # a titled person may have no known country
            countries.append(m.entity.country)
    return tuple(names), tuple(countries)


def _location(text: str, clause: tuple[int, int]) -> tuple[str, Entity] | None:
    """Where: the first place in the clause after "in" or "at" ("in Istanbul, Turkey"), with its entity."""
    places = _places(text, clause[0], clause[1])
    for i, m in enumerate(places):
        if not re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(clause[0], m.start - 8):m.start], re.IGNORECASE):
            continue
        if i + 1 < len(places) and re.fullmatch(r",\s*", text[m.end:places[i + 1].start]):
            return f"{m.entity.name}, {places[i + 1].entity.name}", m.entity
        return m.entity.name, m.entity
    return None


def _summary(text: str, clause: tuple[int, int]) -> str:
    start, end = _with_antecedent(text, clause)
    words = text[start:end].strip(" ,.;").split()
    return " ".join(words[:SUMMARY_WORDS]) + (" …" if len(words) > SUMMARY_WORDS else "")


# --------------------------------------------------------------------- dates
def _datable(t: Timex) -> bool:
    v = t.value
    if v.type in ("DATE", "TIME"):
        return v.ref not in VAGUE_REFERENCES and v.precision != "ref"
    return v.type == "DURATION"


def _dateline_end(sentences: list[Sentence]) -> int:
    """Where an opening dateline ("DOHA, Jan 14 —", in one of the first sentences) ends, or 0."""
    for sentence in sentences[:4]:
        m = DATELINE.match(sentence.text)
        if m:
            return sentence.start + m.end()
    return 0


def _same_day(text: str, a: DateMention, b: Timex) -> bool:
    return (a.value.resolved and b.value.resolved and (a.value.start, a.value.end) == (b.value.start, b.value.end)
            and bool(SAME_DAY_JOIN.match(text[a.end:b.start])))


def _date_mentions(text: str, timexes: list[Timex]) -> list[DateMention]:
    """Calendar dates of a sentence: ranges joined ("from April 9 to April 13" is one interval), expressions of the
    same day side by side joined ("9:45 p.m. (1945 GMT) on Monday" is one date)."""
    out: list[DateMention] = []
    skip = False
    for i, t in enumerate(timexes):
        if skip:
            skip = False
            continue
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        if (nxt is not None and t.value.resolved and nxt.value.resolved and t.value.type == nxt.value.type == "DATE"
                and RANGE_OPEN.search(text[max(0, t.start - 12):t.start])
                and RANGE_JOIN.match(text[t.end:nxt.start])
                and t.value.start is not None and nxt.value.end is not None and t.value.start < nxt.value.end):
            value = replace(t.value, end=nxt.value.end, unit_end=None)
            out.append(DateMention(t.start, nxt.end, value, t, f"{t.value.value}/{nxt.value.value}"))
            skip = True
            continue
        if out and _same_day(text, out[-1], t):
            out[-1] = replace(out[-1], end=t.end)
            continue
        out.append(DateMention(t.start, t.end, t.value, t, t.value.value))
    return out


# --------------------------------------------------------------------- the extractor
def extract_events(article: Article) -> list[Event]:
    """Every dated event of an article, in text order, duplicates within the article merged."""
    text = article.text
    timexes = [t for t in tag(text, article.published) if _datable(t)]
    starts = [t.start for t in timexes]  # in text order: each sentence finds its own by bisection
    sentences = split_sentences(text)
    dateline_end = _dateline_end(sentences)
    events: list[Event] = []
    by_tid: dict[str, Event] = {}
    for sentence in sentences:
        if is_furniture(sentence.text):
            continue
        inside = [t for t in timexes[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
                  if t.start >= dateline_end]
        if not inside:
            continue
        hits = find_triggers(text, sentence.start, sentence.end)
        clauses = _clauses(sentence)
        dates = _date_mentions(text, [t for t in inside if t.value.type != "DURATION"])
        own: list[Event] = []  # this sentence's events
        for when in dates:
            event = _dated_event(article, sentence, clauses, hits, when, own)
            if event is not None:
                by_tid[when.timex.tid] = event
                own.append(event)
        for t in (t for t in inside if t.value.type == "DURATION"):
            event = _deadline(article, sentence, clauses, hits, t, by_tid, own, events[-EVENT_LOOKBACK:])
            if event is not None:
                own.append(event)
        events.extend(own)
    return merge_duplicates(sorted(events, key=lambda e: e.char_start))


def _dated_event(article: Article, sentence: Sentence, clauses: list[tuple[int, int]], hits: list[TriggerHit],
                 when: DateMention, earlier: list[Event]) -> Event | None:
    """The event ``when`` dates, if any; ``earlier``: the events of its sentence before it."""
    text, v = article.text, when.value
    clause = _clause_of(clauses, when.start)
    if SINCE.search(text[max(sentence.start, when.start - 8):when.start]) and PERFECT.search(text[clause[0]:when.start]) \
            and not WHEN_CLAUSE.match(text, when.end):
        return None  # "has mediated since 1992": a state, not an event ("since 2022, when talks resumed" is one)
    limit = LIMIT.search(text[max(sentence.start, when.start - 25):when.start])
    chosen = choose(text, hits, when, clauses, article.published)
    if chosen is None:
        return None
    clause = _clause_of(clauses, chosen.hit.start)
    event_type, cameo, cameo_label = chosen.event_type, chosen.cameo, chosen.cameo_label
    if limit and (chosen.hit.trigger.event_type in ("threat", "deadline")
                  or CLAUSE_OPENER.search(text[_clause_of(clauses, when.start)[0]:when.start])):
        event_type, cameo, cameo_label = "deadline", "139", "give ultimatum"  # "leave homes by Friday" under a threat
    names, countries = _collapse(_actors(text, chosen.hit, clauses, event_type))
    cues = context(text, (sentence.start, sentence.end), clause, (chosen.hit.start, chosen.hit.end),
                   (when.start, when.end))
    status = status_of(cues, event_type, v.start, article.published)
    place = _location(text, clause) or _location(text, (sentence.start, sentence.end))
    refined = refine(event_type, text[clause[0]:clause[1]], countries, place[1].country if place else None)
    if refined:
        cameo, cameo_label = refined
    anchor = next((e.event_id for e in reversed(earlier) if e.event_type == "threat"), None) \
        if event_type == "deadline" else None
    return Event(
        event_id=event_id(article.doc_id, when.start, when.end, event_type), start=v.start, end=v.end,
        precision=v.precision, timex=when.timex_value, mod=v.mod, date_text=text[when.start:when.end],
        event_type=event_type, status=status, actors=names, countries=countries,
        location=place[0] if place else None, summary=_summary(text, clause), sentence=sentence.text,
        char_start=when.start, char_end=when.end, cameo=cameo, cameo_label=cameo_label, anchor_event_id=anchor,
        note=v.note, trigger=_trigger_words(text, hits, chosen),
    )


def _trigger_words(text: str, hits: list[TriggerHit], chosen: Choice) -> str:
    """The words that name an event: its trigger, the cue trigger, and a verb governing it ("signed ... agreement")."""
    governing = [h for h in hits if h.trigger.role in ("support", "frame") and h.end <= chosen.typed.start
                 and _words_between(text, h.end, chosen.typed.start) <= 4]
    return " ".join(text[h.start:h.end] for h in (*governing, chosen.hit, chosen.typed))


def _deadline(article: Article, sentence: Sentence, clauses: list[tuple[int, int]], hits: list[TriggerHit],
              t: Timex, by_tid: dict[str, Event], own: list[Event], recent: list[Event]) -> Event | None:
    """A duration counted from an event ("within fifty days" of the threat, "within 30 days of the signing",
    "giving Tehran 60 days") is a deadline dated at its end; other durations are not events."""
    text = article.text
    granted = GRANT.search(text[max(sentence.start, t.start - 40):t.start])
    if t.signal is None and not granted:
        return None
    if t.value.duration is None or t.value.duration.amount is None:
        return None  # "within months": no date to put on a timeline
    anchor, origin = _counted_from(text, t, by_tid, own, recent)
    if origin is None and anchor is None:
        origin = article.published
    since: TimeValue | date | None = origin
    if anchor is not None and anchor.start == origin:  # counted from an event: as precise as its date
        since = TimeValue("DATE", anchor.precision, anchor.start, anchor.end, mod=anchor.mod)
    reached = reach(t.value, since) if since is not None else None
    if reached is not None and not reached.resolved:
        return None  # it ends beyond the calendar: refused, as the tagger refuses such dates
    note = None if reached else "the date it is counted from is unresolved"
    begin = t.signal_start if t.signal_start is not None else t.start
    clause = _clause_of(clauses, t.start)
    counted = f" (counted from {anchor.timex if anchor and anchor.precision != 'day' else origin})" if origin else ""
    return Event(
        event_id=event_id(article.doc_id, t.start, t.end, "deadline"), start=reached.start if reached else None,
        end=reached.end if reached else None, precision=reached.precision if reached else "ref",
        timex=reached.value if reached else t.value.value, mod=reached.mod if reached else None,
        date_text=text[begin:t.end], event_type="deadline", status="deadline",
        actors=anchor.actors if anchor else (), countries=anchor.countries if anchor else (),
        location=None, summary=f"Deadline{counted}: {_summary(text, clause)}", sentence=sentence.text,
        char_start=begin, char_end=t.end, cameo="139", cameo_label="give ultimatum",
        anchor_event_id=anchor.event_id if anchor else None, note=note,
    )


def _counted_from(text: str, t: Timex, by_tid: dict[str, Event], own: list[Event],
                  recent: list[Event]) -> tuple[Event | None, date | None]:
    """What a duration is counted from: the event or date named after it ("of Wednesday's signing"; "of the
    signing": the latest of the ``recent`` events named by a word of the same stem, else of the same type), else the
    date written before it in its sentence (``own``: the sentence's events), else nothing (the publication date)."""
    after = COUNTED_FROM.match(text, t.end)
    if after:
        named = next((e for e in own if after.end() <= e.char_start < after.end() + 30 and e.start is not None), None)
        if named:
            return named, named.start
        for hit in find_triggers(text, after.end(), min(len(text), after.end() + 40)):
            stem = text[hit.start:hit.end].lower()[:4]
            dated = [e for e in reversed(recent + own) if e.start is not None]
            match = next((e for e in dated if any(w.lower().startswith(stem) for w in e.trigger.split())), None) \
                or next((e for e in dated if e.event_type == hit.trigger.event_type), None)
            if match:
                return match, match.start
    if t.anchor_tid and t.anchor_tid in by_tid:
        anchor = by_tid[t.anchor_tid]
        return anchor, anchor.start
    before = [e for e in own if e.char_start < t.start and e.start is not None]
    if before:
        return before[-1], before[-1].start
    return None, None


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per (type, interval) within an article: the first mention is kept, the actors of later ones are
    added (the Kremlin's answer "on Sunday" and Peskov's words "on Sunday")."""
    kept: list[Event] = []
    place: dict[tuple[str, date, date | None], int] = {}  # (type, start, end) -> index in kept
    renamed: dict[str, str] = {}
    for event in events:
        key = (event.event_type, event.start, event.end) if event.start is not None else None
        if key is None or key not in place:
            if key is not None:
                place[key] = len(kept)
            kept.append(event)
            continue
        twin = kept[place[key]]
        renamed[event.event_id] = twin.event_id
        kept[place[key]] = replace(
            twin,
            actors=twin.actors + tuple(a for a in event.actors if a not in twin.actors),
            countries=twin.countries + tuple(c for c in event.countries if c not in twin.countries),
            location=twin.location or event.location,
        )
    return [replace(e, anchor_event_id=renamed.get(e.anchor_event_id, e.anchor_event_id)) if e.anchor_event_id else e
            for e in kept]
