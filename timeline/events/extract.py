"""Sentences + temporal expressions -> dated events (several per sentence), with type, actors, place, status and
the deadlines that durations set ("within fifty days" of a threat)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date

from timeline.article import Article
from timeline.events.actors import Entity, Mention, actor_gazetteer, place_gazetteer
from timeline.events.cameo import refine
from timeline.events.status import status_of
from timeline.events.triggers import TriggerHit, find_triggers
from timeline.sentences import Sentence, split_sentences
from timeline.temporal import Timex, tag

#: Where a clause ends inside a sentence: an event's actors, place and status cues are looked for within its clause.
CLAUSE_BREAK = re.compile(r"\s*(?:[;:]|[\"“”]|,\s*(?:but|while|although|whereas)\b|\bbut\b)\s*", re.IGNORECASE)
#: Words that open a new clause and belong to it ("if there is no ceasefire": its status cue is "if").
CLAUSE_OPENER = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
#: Words joining a frame trigger to the event it takes ("proposal for talks", "threat of sanctions").
FRAME_LINK = re.compile(r"^\W*(?:(?:\w+\W+){0,3}?(?:for|of|to|on)\b|(?:\w+\W+){0,2}$)", re.IGNORECASE)
#: Words after a trigger that introduce other participants, by event type.
PARTICIPANT_LINKS = {
    "talks": ("with", "between", "and"), "agreement": ("with", "between"), "exchange": ("with", "between"),
    "military": ("of", "on", "against", "into"), "ceasefire": ("with", "between"), "sanction": ("on", "against"),
    "aid": ("to", "for"),
}
#: Words a trigger further right than the expression is penalised by, so the verb before a date wins.
RIGHT_PENALTY = 2
#: A trigger in another clause of the sentence counts this many words further away.
CLAUSE_PENALTY = 12
SUMMARY_WORDS = 24
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
    cameo: str
    cameo_label: str
    anchor_event_id: str | None = None
    note: str | None = None

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


def event_id(doc_id: str, start: int, end: int, event_type: str) -> str:
    """Stable id: the same article, expression and type always give the same id."""
    return hashlib.sha256(f"{doc_id}|{start}|{end}|{event_type}".encode()).hexdigest()[:16]


def _words_between(text: str, a: int, b: int) -> int:
    return len(re.findall(r"[\w']+", text[min(a, b):max(a, b)]))


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """[start, end) offsets of the clauses of a sentence."""
    cuts = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(sentence.text)]
    cuts += [(m.start(), m.start()) for m in CLAUSE_OPENER.finditer(sentence.text)]
    bounds, pos = [], sentence.start
    for cut_start, cut_end in sorted(cuts):
        if sentence.start + cut_start < pos:
            continue
        bounds.append((pos, sentence.start + cut_start))
        pos = sentence.start + cut_end
    bounds.append((pos, sentence.end))
    return [(s, e) for s, e in bounds if e > s]


def _clause_of(clauses: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    return next(((s, e) for s, e in clauses if s <= offset < e), clauses[-1])


def choose_trigger(text: str, hits: list[TriggerHit], timex: Timex, clauses: list[tuple[int, int]],
                   published: date | None = None) -> TriggerHit | None:
    """The trigger an expression dates: the nearest one (left preferred, same clause preferred).

    A frame (proposal, threat, call for ...) that takes the chosen event as its complement gets the date instead
    when the date is not in the future ("Zelensky proposed talks on Saturday": the proposal was made on Saturday;
    "proposed talks in the coming week" stays talks), or when a light verb links the frame to the date ("the proposal
    for new negotiations made by Zelensky on Saturday").
    """
    clause = _clause_of(clauses, timex.start)
    best: tuple[int, int, TriggerHit] | None = None
    for hit in hits:
        if hit.trigger.role == "light" or (timex.start <= hit.start < timex.end):
            continue
        if hit.end <= timex.start:
            distance = _words_between(text, hit.end, timex.start)
        else:
            distance = _words_between(text, timex.end, hit.start) + RIGHT_PENALTY
        if _clause_of(clauses, hit.start) != clause:
            distance += CLAUSE_PENALTY
        key = (distance, hit.trigger.order)
        if best is None or key < best[:2]:
            best = (distance, hit.trigger.order, hit)
    if best is None:
        return None
    chosen = best[2]
    if chosen.trigger.role != "event" or chosen.end > timex.start:
        return chosen
    frames = [h for h in hits if h.trigger.role == "frame" and h.end <= chosen.start
              and FRAME_LINK.match(text[h.end:chosen.start] + " ")]
    if not frames:
        return chosen
    light = any(h.trigger.role == "light" and chosen.end <= h.start < timex.start for h in hits)
    end = timex.value.end
    not_future = end is not None and published is not None and end <= published
    return frames[-1] if light or not_future else chosen


def _actors(text: str, hit: TriggerHit, clause: tuple[int, int], event_type: str) -> list[Mention]:
    """Who: actors before the trigger in its clause, the agent after "by", and participants after a link word."""
    mentions = actor_gazetteer().find(text, clause[0], clause[1])
    chosen = [m for m in mentions if m.end <= hit.start]
    after = [m for m in mentions if m.start >= hit.end]
    agent = [m for m in after if re.search(r"\bby\s+(?:[\w.'-]+\s+){0,4}$", text[hit.end:m.start], re.IGNORECASE)]
    if agent:
        chosen = agent
    links = PARTICIPANT_LINKS.get(event_type, ())
    for m in after:
        gap = text[hit.end:m.start].lower().split()
        if gap and gap[-1].strip(",'’s") in links or (len(gap) >= 1 and any(w in links for w in gap[-2:])):
            chosen.append(m)
    return chosen


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
        if m.entity.country not in countries:
            countries.append(m.entity.country)
    return tuple(names), tuple(countries)


def _location(text: str, clause: tuple[int, int]) -> tuple[str, Entity] | None:
    """Where: the first place in the clause after "in" or "at" ("in Istanbul, Turkey"), with its entity."""
    places = place_gazetteer().find(text, clause[0], clause[1])
    for i, m in enumerate(places):
        if not re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(clause[0], m.start - 8):m.start], re.IGNORECASE):
            continue
        if i + 1 < len(places) and re.fullmatch(r",\s*", text[m.end:places[i + 1].start]):
            return f"{m.entity.name}, {places[i + 1].entity.name}", m.entity
        return m.entity.name, m.entity
    return None


def _summary(text: str, clause: tuple[int, int]) -> str:
    words = text[clause[0]:clause[1]].strip(" ,.;").split()
    return " ".join(words[:SUMMARY_WORDS]) + (" …" if len(words) > SUMMARY_WORDS else "")


def _datable(t: Timex) -> bool:
    v = t.value
    if v.type in ("DATE", "TIME"):
        return v.ref not in VAGUE_REFERENCES and v.precision != "ref"
    return v.type == "DURATION" and t.signal is not None


def extract_events(article: Article) -> list[Event]:
    """Every dated event of an article, in text order, same-day duplicates within the article merged."""
    text = article.text
    timexes = [t for t in tag(text, article.published) if _datable(t)]
    sentences = split_sentences(text)
    events: list[Event] = []
    by_tid: dict[str, Event] = {}
    for sentence in sentences:
        inside = [t for t in timexes if sentence.start <= t.start < sentence.end]
        if not inside:
            continue
        hits = find_triggers(text, sentence.start, sentence.end)
        clauses = _clauses(sentence)
        for t in inside:
            if t.value.type == "DURATION":
                anchor = by_tid.get(t.anchor_tid or "")
                event = _deadline(article, sentence, clauses, t, anchor)
            else:
                hit = choose_trigger(text, hits, t, clauses, article.published)
                if hit is None:
                    continue
                event = _event(article, sentence, clauses, t, hit)
            by_tid[t.tid] = event
            events.append(event)
    return merge_duplicates(events)


def _event(article: Article, sentence: Sentence, clauses: list[tuple[int, int]], t: Timex, hit: TriggerHit) -> Event:
    text, v = article.text, t.value
    clause = _clause_of(clauses, hit.start)
    event_type = hit.trigger.event_type
    names, countries = _collapse(_actors(text, hit, clause, event_type))
    status = status_of(text, clause[0], hit.start, event_type, v.start, article.published)
    place = _location(text, clause) or _location(text, (sentence.start, sentence.end))
    cameo, cameo_label = refine(event_type, text[clause[0]:clause[1]], countries,
                                place[1].country if place else None) or (hit.trigger.cameo, hit.trigger.cameo_label)
    return Event(
        event_id=event_id(article.doc_id, t.start, t.end, event_type), start=v.start, end=v.end,
        precision=v.precision, timex=v.value, mod=v.mod, date_text=t.text, event_type=event_type, status=status,
        actors=names, countries=countries, location=place[0] if place else None,
        summary=_summary(text, clause), sentence=sentence.text, char_start=t.start, char_end=t.end,
        cameo=cameo, cameo_label=cameo_label, note=v.note,
    )


def _deadline(article: Article, sentence: Sentence, clauses: list[tuple[int, int]], t: Timex,
              anchor: Event | None) -> Event:
    """A duration counted from an event ("within fifty days" of the threat) is a deadline dated at its end."""
    reached = t.reaches
    start = reached.start if reached else None
    origin = anchor.start if anchor else article.published
    note = None if reached else "the date it is counted from is unresolved"
    date_text = article.text[t.signal_start if t.signal_start is not None else t.start:t.end]
    clause = _clause_of(clauses, t.start)
    counted = f" (counted from {origin.isoformat()})" if origin else ""
    return Event(
        event_id=event_id(article.doc_id, t.start, t.end, "deadline"), start=start, end=start,
        precision="day" if reached else "ref", timex=reached.value if reached else t.value.value, mod=None,
        date_text=date_text, event_type="deadline", status="deadline",
        actors=anchor.actors if anchor else (), countries=anchor.countries if anchor else (),
        location=None, summary=f"Deadline{counted}: {_summary(article.text, clause)}", sentence=sentence.text,
        char_start=t.signal_start if t.signal_start is not None else t.start, char_end=t.end, cameo="139", cameo_label="give ultimatum",
        anchor_event_id=anchor.event_id if anchor else None, note=note,
    )


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per (type, interval) whose actors' countries overlap (or are unknown): the first mention is kept,
    the actors of later ones are added (the Kremlin's answer "on Sunday" and Peskov's words "on Sunday")."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _same(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        merged = replace(
            twin,
            actors=twin.actors + tuple(a for a in event.actors if a not in twin.actors),
            countries=twin.countries + tuple(c for c in event.countries if c not in twin.countries),
            location=twin.location or event.location,
        )
        kept[kept.index(twin)] = merged
    return kept


def _same(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.start is None or (a.start, a.end) != (b.start, b.end):
        return False
    return not a.countries or not b.countries or bool(set(a.countries) & set(b.countries))
