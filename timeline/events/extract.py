"""Sentences + their parse + temporal expressions -> dated events (several per sentence), with type, actors, place,
status and the deadlines that durations and "by <date>" set.

Every decision reads the sentence's one analysis (``timeline.syntax``): which event a date belongs to
(``events/attach.py``), its status (``events/status.py``), its actors and place (``events/participants.py``). The
page's parts that are no sentence of the story (dateline, headline, furniture, live-blog entries) come from
``events/page.py``, a sentence's dates as events take them from ``events/dates.py``. What
they know lives in ``resources/``: triggers and their roles (triggers.tsv), status governors (governors.tsv), topic
prepositions (topics.tsv), participant links (participants.tsv), CAMEO refinements (cameo.tsv), actors and places,
page furniture (furniture.tsv).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from timeline.article import Article
from timeline.events.actors import Entity, Mention, actor_gazetteer, resolve
from timeline.events.attach import (NOT_DONE, OBJECT_OF_SUPPORT, RELEASED_TEXTS, SEQUENCE_MARKS, SUBJECT_OF_SUPPORT,
                                   Attachment, Triggers, When, attach, by_role, date_anchor, relative_of_date,
                                   setting_of_date, shared_events)
from timeline.events.cameo import refine
from timeline.events.dates import DateMention, datable, in_article, sentence_dates
from timeline.events.page import (COLON_NEXT, POST_SIGNATURE, SIGNATURE_DASH, after_offset, dateline, headlines,
                                  is_furniture, key_date_entries, live_blog_entries)
from timeline.events.participants import (actors, article_bloc, article_parties, both_sides, full_names, in_full,
                                          location)
from timeline.events.status import SPEECH, perfect, status_of
from timeline.events.triggers import Trigger, TriggerHit, find_triggers
from timeline.resources import cue_words
from timeline.sentences import Sentence, split_sentences
from timeline.syntax import SUBJECT, Parse, analyse
from timeline.temporal import Timex, tag
from timeline.temporal.resolve import reach
from timeline.temporal.tagger import expression_sentences
from timeline.temporal.lexicon import DEICTIC_DAYS as _DEICTIC_OFFSET, UNITS
from timeline.temporal.values import TimeValue

#: Prepositions of a date that make it a limit ("by Friday"); a limit of a threat or a condition is a deadline.
LIMITS = cue_words("limits")
#: Events whose limit is a deadline: a threat's or an ultimatum's, and a proposal's target ("the core target proposed
#: was 250 billion dollars ... by 2035").
LIMIT_SETTERS = frozenset({"threat", "deadline", "proposal"})
#: Verbs of warning: a warned clause holding one of attach.NOT_DONE is a threat (what will or would follow).
WARNINGS = cue_words("warnings")
#: Prepositions by which the end of a month or a year still ahead is the deadline of an act yet to be done.
END_LIMITS = cue_words("end_limits")
#: Events whose end is a deadline ("the ceasefire until May 18"), the prepositions that give an end, and the verbs
#: whose "to" does ("extended to May 14").
ENDING_TYPES = frozenset({"ceasefire", "agreement"})
ENDS = cue_words("ends")
EXTENDING = cue_words("extending")
#: Verbs after which "to" or "until" a date gives an event's new day ("postponed to next month").
POSTPONING = cue_words("postponing")
#: The prepositions of such a new day.
NEW_DAY_CASES = frozenset({"to", "until", "till"})
#: Prepositions after a duration naming what it is counted from ("within 30 days of the signing").
COUNTED_FROM = cue_words("counted_from")
#: Verbs whose object duration is a deadline without "within" ("giving Tehran 60 days").
GRANTS = cue_words("grants")
#: Nouns a duration before them is the length of a limit of ("a 60-day deadline", "a 48-hour ultimatum").
LIMIT_NOUNS = cue_words("limit_nouns")
#: Verbs that, with "back to", give where a state began ("dates back to 1974", "goes back to the 1990s").
ORIGIN_VERBS = cue_words("origin_verbs")
#: How recent a day must be for the next sentence to go on telling of it (the news of the days before publication,
#: not the background: "... since October 7, 2023. Israel was compelled to accept the truce ...").
CONTINUED_WITHIN = timedelta(days=14)
#: Words by which a dateless sentence refers back to the day the sentence before told of.
BACK_PRONOUNS = cue_words("back_pronouns")
BACK_DETERMINERS = cue_words("back_determiners")
#: Auxiliaries (lemmas) that make a clause something other than the simple past: a perfect, a future, a modal.
NOT_SIMPLE_PAST = cue_words("not_simple_past")
#: Things whose length ends on a deadline ("a 90-day pause"), and the verbs that give it ("to last ten months").
DURABLE = cue_words("durable")
LASTING = cue_words("lasting")
BEGINNINGS = cue_words("beginnings")
LENGTH_SIGNALS = cue_words("length_signals")
#: Prepositions before a length that is a gap already over, not a truce running ("after a four-year pause").
AFTER_A_GAP = cue_words("after_a_gap")
#: Rules of days named from the day of writing ("today", "yesterday"); inside a quote they count from the day it was
#: said, and speech verbs that say when.
DEICTIC_RULES = frozenset({"deictic"})
SPEECH_VERBS = cue_words("quote_speech")
#: The note of an event whose sentence names no actor: it takes the article's main parties.
INFERRED_PARTIES = "no actor named in its sentence: the article's main parties"
SUMMARY_WORDS = 24
#: How many of an article's latest events a duration may be counted from ("within 30 days of the signing", "one day
#: after Rubio said ..."): a bound that keeps the work linear in the article's length.
EVENT_LOOKBACK = 64
#: Parses sentence texts into spaCy Docs (``Language.pipe``); None: the project's pipeline.
Parser = Callable[[Iterable[str]], Iterable[Any]]


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
    basis: str  # what the date rests on (``timeline.schema.BASES``)
    anchor_event_id: str | None = None
    note: str | None = None
    trigger: str = ""  # the words that named the event ("signed", "truce"): what "of the signing" refers back to
    introduced: bool = False  # named by a noun with an indefinite article ("a telephone conference"): told as new

    def to_row(self, article: Article) -> dict[str, object]:
        return {
            "event_id": self.event_id, "date_start": self.start, "date_end": self.end, "precision": self.precision,
            "timex": self.timex, "mod": self.mod, "date_text": self.date_text, "event_type": self.event_type,
            "status": self.status, "actors": "; ".join(self.actors) or None, "location": self.location,
            "summary": self.summary, "sentence": self.sentence, "char_start": self.char_start,
            "char_end": self.char_end, "doc_id": article.doc_id, "source": article.source, "url": article.url,
            "published": article.published, "anchor_event_id": self.anchor_event_id, "note": self.note,
            "cameo_code": self.cameo, "cameo_label": self.cameo_label, "countries": "; ".join(self.countries) or None,
            "mention_count": 1, "sources": article.source, "basis": self.basis,
        }


def event_id(doc_id: str, start: int, end: int, event_type: str) -> str:
    """Stable id: the same article, expression and type always give the same id."""
    return hashlib.sha256(f"{doc_id}|{start}|{end}|{event_type}".encode()).hexdigest()[:16]


def _collapse(mentions: list[Mention]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Unique actor names in order, a country the text names kept beside its person or government ("Russian
    President Vladimir Putin": Russia and Vladimir Putin, so that filtering by the country finds him)."""
    names: list[str] = []
    countries: list[str] = []
    for m in mentions:
        if m.entity.name not in names:
            names.append(m.entity.name)
        if m.entity.country and m.entity.country not in countries:  # a titled person may have no known country
            countries.append(m.entity.country)
    return tuple(names), tuple(countries)


def _summary(text: str, parse: Parse, cue: int) -> str:
    """The clause the event is told in (with its open complements), at most ``SUMMARY_WORDS`` words."""
    words = [parse.words[i] for i in parse.clause(cue, with_complements=True)]
    head = parse.words[parse.clause_of[cue]]
    if head.dep in ("acl:relcl", "acl"):  # "the talks, which opened on Monday": with the noun it is about
        words.append(parse.words[head.head])
    start, end = min(w.start for w in words), max(w.end for w in words)
    tokens = text[start:end].strip(" ,.;").split()
    return " ".join(tokens[:SUMMARY_WORDS]) + (" …" if len(tokens) > SUMMARY_WORDS else "")


def _placed(text: str, timexes: list[Timex], published: date | None, parties: _Parties) -> list[Timex]:
    """The expressions that can date an event, each read as the stretch or day it points at in an article
    (``dates.in_article``); none inside a known name ("Theresa May", "the April 19 Movement")."""
    names = parties.known() if timexes else []  # in text order, none inside another
    starts = [m.start for m in names]
    return [in_article(text, t, published) for t in timexes if datable(t)
            and not _inside_name(names, starts, t)]


def _inside_name(names: list[Mention], starts: list[int], timex: Timex) -> bool:
    """Whether the expression lies inside one of ``names`` (sorted by ``starts``): the last name opening at or
    before it is the only one that can hold it."""
    k = bisect_right(starts, timex.start) - 1
    return k >= 0 and timex.end <= names[k].end


# --------------------------------------------------------------------- the extractor
def extract_events(article: Article, parser: Parser | None = None) -> list[Event]:
    """Every dated event of an article, in text order, duplicates within the article merged. Only the sentences
    holding a temporal expression are parsed (``parser``, default the project's pipeline), each once."""
    text = article.text
    sentences = split_sentences(text)
    dateline_start, dateline_end = dateline(sentences)
    # a dateline is parsed as no part of its sentence
    sentences = [after_offset(s, dateline_end, text) for s in sentences]
    skipped = headlines(article, sentences) | {s.start for s in sentences if is_furniture(s.text)}
    dated_sentences = [s for s in expression_sentences(text, sentences) if s.start not in skipped]
    lead = _lead(text, sentences, dated_sentences, dateline_end)
    parsed = [*dated_sentences, *_continuations(text, sentences, dated_sentences, skipped)]
    parsed += [lead] if lead is not None and lead not in parsed else []
    analysis = analyse(sorted(parsed, key=lambda s: s.start), parser)
    parties = _Parties(text)
    timexes = _placed(text, tag(text, article.published, analysis), article.published, parties)
    entries = live_blog_entries(sentences, timexes) or key_date_entries(text, sentences, timexes, article.published)
    if entries:  # a live blog or a list of key dates: each entry's relative dates count from its own day
        timexes = _placed(text, tag(text, article.published, analysis, entries), article.published, parties)
    starts = [t.start for t in timexes]  # in text order: each sentence finds its own by bisection
    news_day = _news_day(timexes, dated_sentences, (dateline_start, dateline_end), article.published)
    events: list[Event] = []
    by_tid: dict[str, Event] = {}
    told: DateMention | None = None  # the one past day the sentence before told of, if it told of one
    last_told: list[Event] = []  # the dated events of the sentence before
    entry: DateMention | None = None  # the date heading the line being read ("March 29, 2022: Talks begin ...")
    for k, sentence in enumerate(sentences):
        if entry is not None and "\n" in text[entry.start:sentence.start]:
            entry = None
        parse = analysis.get(sentence.start)
        if parse is None:
            told, last_told = None, []
            continue
        inside = [t for t in timexes[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
                  if not dateline_start <= t.start < dateline_end]
        dates, roots, dated = sentence_dates(text, parse, inside, article.published)
        triggers = Triggers(parse, find_triggers(text, sentence.start, sentence.end), frozenset(dated))
        # a date that names ("the 2015 nuclear deal") dates nothing, nor is it any clause's date of its own
        roots = {r: d for r, d in roots.items() if not _names_an_event(parse, r, triggers, d, article.published)}
        kept = {id(d) for d in roots.values()}
        dated = {w: d for w, d in dated.items() if id(d) in kept}
        own: list[Event] = []  # this sentence's events
        date_words = frozenset(parse.words[i].start for d in dates for i in parse.span(d.start, d.end))
        said = _speech_day(parse, dated) or _quote_closing_day(text, sentences, k, analysis, timexes, starts)
        for root, when in roots.items():
            for event in _dated_events(article, parse, triggers, root, when, own, said, dated, date_words,
                                       parties):
                by_tid.setdefault(when.timex.tid, event)
                own.append(event)
        for t in (t for t in inside if t.value.type == "DURATION"):
            deadline = _deadline(article, parse, triggers, t, by_tid, own, events[-EVENT_LOOKBACK:], parties, roots)
            if deadline is not None:
                own.append(deadline)
            recent = events[-EVENT_LOOKBACK:]
            before = _counted_back(article, parse, triggers, t, own, recent, last_told, date_words, parties) \
                or _length_of(article, parse, triggers, t, own, recent, last_told, date_words, parties, news_day)
            if before is not None:
                own.append(before)
        signed = not own and bool(dates) and bool(own := _post_signature(article, parse, dates[-1], events))
        if lead is not None and k > 0 and sentences[k - 1] is lead and (day := _lead_day(
                article, analysis, lead, parse, dates)) is not None:  # the lead's news, dated by this sentence
            events.extend(_continued(article, analysis[lead.start], day, events[-EVENT_LOOKBACK:], parties, lead=True))
        if not dates and not own:  # no day of its own ("Those calls produced a temporary 30-day halt ..."): it may
            if entry is not None:  # go on telling the day the line's heading or the sentence before told of
                events.extend(_continued(article, parse, entry, events[-EVENT_LOOKBACK:], parties, entry=True))
            elif told is not None and not dateline_start <= sentence.start < dateline_end:
                events.extend(_continued(article, parse, told, events[-EVENT_LOOKBACK:], parties))
            told, last_told = None, []
            continue
        own = _finest(own)
        events.extend(own)
        told, last_told = (None, []) if signed else (_told_day(own, dates, article.published), own)
        entry = _heading(text, sentence, dates) or entry
    return merge_duplicates(sorted(events, key=lambda e: e.char_start))


def _post_signature(article: Article, parse: Parse, when: DateMention, earlier: list[Event]) -> list[Event]:
    """The post an embedded post's signature dates ("... the talks were largely constructive. — Redwan Hussien
    (@RedwanHussien) May 3, 2023"): a statement of that day by the name before the handle, unless the article
    already told of a statement of that day by that name (the post quoted after the report of it)."""
    text = article.text
    m = POST_SIGNATURE.search(text, parse.sentence.start, when.start)
    if m is None or text[m.end():when.start].strip() or when.value.precision != "day":
        return []
    parts = SIGNATURE_DASH.split(m.group())  # the name after the signature's own dash, not a hyphen inside it
    name = " ".join(parts[-1].split("(@")[0].split(",")[0].split())  # not the ", PhD" after it
    if len(parts) < 2 or len(name) < 2:
        return []
    v = when.value
    person = resolve(name)
    mention = Mention(m.start(), m.end(), person if person is not None else Entity(name, "", "named"))
    names, countries = _collapse([mention])
    if any(e.event_type == "statement" and (e.start, e.end) == (v.start, v.end) and set(names) & set(e.actors)
           for e in earlier):
        return []
    status = "occurred" if article.published is None or v.start is None or v.start <= article.published else "planned"
    return [Event(
        event_id=event_id(article.doc_id, when.start, when.end, "statement"), start=v.start, end=v.end,
        precision=v.precision, timex=when.timex_value, mod=v.mod, date_text=text[when.start:when.end],
        event_type="statement", status=status, actors=names, countries=countries, location=None,
        summary=" ".join(text[parse.sentence.start:m.start()].split()[-SUMMARY_WORDS:]) or f"Post by {name}",
        sentence=parse.sentence.text, char_start=when.start, char_end=when.end, cameo="010",
        cameo_label="make statement", basis="clause", trigger=m.group().strip())]


def _finest(own: list[Event]) -> list[Event]:
    """A sentence's events without those a later date of the sentence narrows: the same trigger, type and status on
    a date inside theirs, written after it ("further talks would take place this week in Romania on Wednesday, and
    in Slovakia on Thursday": the two days, not the week as well; but "a swap on Thursday, the third this week"
    keeps the week: it tells of the other swaps)."""
    def narrows(f: Event, e: Event) -> bool:
        if f is e or (f.trigger, f.event_type, f.status) != (e.trigger, e.event_type, e.status) \
                or f.char_start < e.char_end:
            return False
        if e.start is None or e.end is None or f.start is None or f.end is None:
            return False
        return e.start <= f.start <= f.end <= e.end and (f.start, f.end) != (e.start, e.end)
    return [e for e in own if not any(narrows(f, e) for f in own)]


def _recent_since(published: date) -> date:
    """The first day of the news of the days before publication (``CONTINUED_WITHIN``), the calendar's first day at
    the earliest."""
    return published - CONTINUED_WITHIN if published - date.min > CONTINUED_WITHIN else date.min


def _news_day(timexes: list[Timex], body: list[Sentence], dateline_span: tuple[int, int],
              published: date | None) -> date | None:
    """The day of an article's news: the first recent past day its body names ("put out a joint statement on Friday",
    told right after the lead "Iran and Saudi Arabia have agreed to re-establish diplomatic relations ..., following
    four days of talks in Beijing", real news dev 230), else the publication day; page furniture, headlines and the
    dateline aside."""
    if published is None:
        return None
    recent = _recent_since(published)
    starts = [s.start for s in body]  # in text order: each expression finds its sentence by bisection

    def in_body(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < body[k].end

    return next((t.value.end for t in timexes if t.value.precision in ("day", "time") and t.value.end is not None
                 and recent <= t.value.end <= published and not dateline_span[0] <= t.start < dateline_span[1]
                 and in_body(t.start)), published)


def _continuations(text: str, sentences: list[Sentence], dated: list[Sentence], skipped: set[int]) -> list[Sentence]:
    """The sentences right after a dated one, or on the line a dated one opens, that hold no date but name an event:
    they may go on telling of that day ("... convened an urgent summit in Abuja on Sunday. They put out a scathing
    communique ..."; "March 29, 2022: Talks begin in Istanbul ... Kyiv said it was open to talking ...")."""
    dated_starts = {s.start for s in dated}
    out, line_of = [], None
    for prev, s in zip(sentences, sentences[1:]):
        if prev.start in dated_starts:
            line_of = prev.start
        if line_of is not None and "\n" in text[line_of:s.start]:
            line_of = None
        near = prev.start in dated_starts or line_of is not None
        if near and s.start not in dated_starts and s.start not in skipped and find_triggers(text, s.start, s.end):
            out.append(s)
    return out


def _heading(text: str, sentence: Sentence, dates: list[DateMention]) -> DateMention | None:
    """The date a sentence opens with before a colon, heading a line of a list of dates ("March 29, 2022: Talks
    begin in Istanbul ..."): it dates the rest of the line."""
    if not dates or text[sentence.start:dates[0].start].strip() or not COLON_NEXT.match(text, dates[0].end):
        return None
    return dates[0] if dates[0].value.precision in ("day", "time") else None


def _told_day(own: list[Event], dates: list[DateMention], published: date | None) -> DateMention | None:
    """The one date of a sentence when it is a recent past day (or weekend: "met this weekend in Kuala Lumpur",
    144) its events happened on, else None."""
    days = {(e.char_start, e.char_end) for e in own if e.start is not None}
    if len(days) != 1 or len(dates) != 1 or not (own[0].precision in ("day", "time") or _weekend(dates[0].value)):
        return None
    mention, end = dates[0], dates[0].value.end
    recent = published is not None and end is not None and _recent_since(published) <= end <= published
    return mention if recent and (mention.start, mention.end) in days else None


def _weekend(value: TimeValue) -> bool:
    """A date is a weekend: one occasion of news, like a day ("met this weekend")."""
    return value.precision == "week" and value.label == "WE"


def _continued(article: Article, parse: Parse, when: DateMention, earlier: list[Event], parties: _Parties,
               entry: bool = False, lead: bool = False) -> list[Event]:
    """The events of a dateless sentence that goes on telling of the day the sentence before told of: those of
    its clauses in the simple past that refer back to it ("They put out a scathing communique"; "At the meeting, the
    Commissions reached agreement"), sayings aside ("He urged everyone ...": more words of a saying already dated).
    On a line a date heads (``entry``), every clause told as done, in the past or the historical present, sayings
    too ("Kyiv said it was open to talking") unless a pronoun says more of one ("He says Kyiv has backtracked"). Of
    an article's ``lead`` the sentence after dates, every clause told as done, sayings aside."""
    sentence = parse.sentence
    triggers = Triggers(parse, find_triggers(article.text, sentence.start, sentence.end))
    if not (entry or lead) and not _refers_back(parse, triggers):
        return []
    out: list[Event] = []
    for i, w in enumerate(parse.words):
        if w.pos not in ("VERB", "AUX") or not parse.is_clause_head(i) or _quoted_words(parse, i) \
                or not (_told_as_done(parse, i) if entry or lead else _simple_past(parse, i)):
            continue
        hit = triggers.at(i)
        chosen = by_role(parse, triggers, i, hit, "past", "continues the day before") \
            if hit is not None and hit.trigger.role != "light" else next(
                (Attachment(noun, noun, j, j, "continues the day before")
                 for j, noun in triggers.events_below(i, SUBJECT_OF_SUPPORT | OBJECT_OF_SUPPORT)), None)
        saying = chosen is not None and (chosen.cue.trigger.role == "demand"
                                         or bool({w.lemma, parse.words[chosen.cue_word].lemma} & SPEECH))
        same_speaker = any(parse.words[c].lower in BACK_PRONOUNS for c in parse.dependents(i, ("nsubj",)))
        said = chosen is None or _text_cited(parse, i) or saying and (not entry or same_speaker)
        if chosen is not None and not said:  # "He urged everyone ...": more words of the saying already dated
            out.append(_event(article, parse, i, when, chosen, earlier + out, frozenset(), parties))
    return out


def _text_cited(parse: Parse, i: int) -> bool:
    """Clause ``i``, or a clause it lies in, has for subject a text already told of, named with a definite or
    demonstrative determiner ("The communique disclosed that this had been the second 'preparatory meeting'", real
    news dev 163; "The short statement from Haiti's Ministry of Foreign Affairs gave few details, beyond saying that
    both sides were looking for a 'just and definitive' answer", dev 185): the clause tells what the text says, no
    act of the day before."""
    return any(parse.words[s].lemma in RELEASED_TEXTS and parse.dependent_words(s, ("det",)) & BACK_DETERMINERS
               for k in (i, *parse.ancestors(i)) for s in parse.dependents(k, SUBJECT))


def _quoted_words(parse: Parse, i: int) -> bool:
    """Clause head ``i`` is in a quote of someone's words, not in the narrator's: a quoted verb whose subject stands
    outside the quote ('Sullivan and Kalin "talked over regional matters ..."', real news dev 115) is narration."""
    return parse.in_quote[i] and not any(not parse.in_quote[s] for s in parse.dependents(i, SUBJECT))


def _lead(text: str, sentences: list[Sentence], dated: list[Sentence], dateline_end: int) -> Sentence | None:
    """The sentence a dateline opens, when it holds no date but names an event ("Maputo, 25 Mar (AIM) – Venancio
    Mondlane ... has stated that President Daniel Chapo and he have agreed to halt the violence"): news leads tell
    what happened before the next sentence says when."""
    lead = next((s for s in sentences if s.start == dateline_end), None) if dateline_end else None
    if lead is None or any(s.start == lead.start for s in dated) or not find_triggers(text, lead.start, lead.end):
        return None
    return lead


def _lead_day(article: Article, analysis: dict[int, Parse], lead: Sentence, parse: Parse,
              dates: list[DateMention]) -> DateMention | None:
    """The day the sentence after a dateless lead dates the lead's news by: its one recent past day, when its main
    clause's subject is the lead's doers, by a pronoun or by a name the lead holds ("Chapo and Mondlane held a
    face-to-face meeting in Maputo on Sunday" after the lead "Venancio Mondlane ... has stated that President Daniel
    Chapo and he have agreed to halt the violence", real news dev 129)."""
    published = article.published
    days = [d for d in dates if d.value.precision in ("day", "time") and published is not None
            and d.value.end is not None and _recent_since(published) <= d.value.end <= published]
    if len(days) != 1 or lead.start not in analysis:
        return None
    root = next((w.i for w in parse.words if w.head == w.i), 0)
    subject = [k for c in parse.dependents(root, SUBJECT) for k in parse.subtree(c)]
    named = {w.text for w in analysis[lead.start].words if w.pos == "PROPN"}
    return days[0] if any(parse.words[k].lower in BACK_PRONOUNS or parse.words[k].pos == "PROPN"
                          and parse.words[k].text in named for k in subject) else None


def _refers_back(parse: Parse, triggers: Triggers) -> bool:
    """A sentence refers back to the one before: its main clause's subject is a personal pronoun ("They put out a
    communique") or names the two parties as a pair ("The two leaders agreed to ease the economic strains", after
    the sentence telling they met: 144), or it names an event with a definite or demonstrative determiner ("At the
    meeting", "Those calls")."""
    root = next((w.i for w in parse.words if w.head == w.i), 0)
    if any(parse.words[c].lower in BACK_PRONOUNS or both_sides(parse, c)
           for c in parse.dependents(root, SUBJECT_OF_SUPPORT)):
        return True
    return any(parse.words[c].lower in BACK_DETERMINERS and triggers.at(c) is None
               for w in parse.words if triggers.at(w.i) is not None and w.pos == "NOUN"
               for c in parse.dependents(w.i, ("det",)))


def _told_as_done(parse: Parse, i: int) -> bool:
    """Word ``i`` is a finite verb told as done, in the past or the historical present of a list of dates
    ("Zelenskyy asks for direct talks"), not in the future, a condition or a modal."""
    auxiliaries = parse.dependents(i, ("aux", "aux:pass"))
    if any(parse.words[a].lemma in NOT_DONE for a in auxiliaries) \
            or parse.dependent_words(i, ("mark",)) & NOT_DONE:
        return False
    return any(parse.words[k].feature("VerbForm") == "Fin" for k in (i, *auxiliaries))


def _done_before(parse: Parse, i: int) -> bool:
    """Verb ``i`` tells in the past what was done before or by a day ("The two leaders met before Christmas", "By
    Monday, the two sides had signed a ceasefire"): no deadline, unlike what must or will be done by it."""
    return _told_as_done(parse, i) and any(parse.words[k].feature("Tense") == "Past"
                                           for k in (i, *parse.dependents(i, ("aux", "aux:pass"))))


def _simple_past(parse: Parse, i: int) -> bool:
    """Word ``i`` is a verb in the simple past, active ("reached") or passive ("was passed on"): not a pluperfect,
    a perfect or a modal."""
    auxiliaries = parse.dependents(i, ("aux", "aux:pass"))
    if any(parse.words[a].lemma in NOT_SIMPLE_PAST for a in auxiliaries):
        return False
    if not auxiliaries:  # a past form with its own subject and no auxiliary, however the tagger reads its form
        return parse.words[i].feature("Tense") == "Past" and bool(parse.dependents(i, ("nsubj",)))
    return any(parse.words[a].feature("Tense") == "Past" and parse.words[a].feature("VerbForm") == "Fin"
               for a in auxiliaries)


def _when(value: TimeValue, published: date | None) -> When:
    """Where a date lies against the publication date."""
    if value.start is None or value.end is None or published is None:
        return "unknown"
    if value.start > published:
        return "future"
    return "past" if value.end < published else "present"


#: Events a date before their noun gives the day of, not a name: "an August 1 deadline" falls on 1 August.
DATED_BY_PREMODIFIER = frozenset({"deadline"})


def _names_an_event(parse: Parse, root: int, triggers: Triggers, when: DateMention,
                    published: date | None = None) -> bool:
    """A date that is part of an event's name ("the 2015 nuclear accord", "the October 7 attack", "a battered 2015
    nuclear deal" however the parser hangs the year) or a citation in brackets ("resolutions 2510 (2020)") dates
    nothing; a deadline's is its day ("an August 1 deadline")."""
    w = parse.words[root]
    hit = triggers.at(w.head)
    date = _date_span(parse, when)
    if any(parse.words[i].lower in POSSESSIVES for i in date):  # "last Tuesday's talks": a possessive date dates its
        return _background_possessor(parse, w.head, when, published) or (_possessor(parse, root, date) and not any(
            triggers.at(k) for k in _compound_noun(parse, w.head)))  # noun; one of no event names it
    modifier = w.dep in ("nummod", "compound", "amod", "nmod:unmarked") and hit is not None \
        and _named_by_date(hit) and w.head > root \
        and any(_naming_determiner(parse, c, when) and c not in date for c in parse.children[w.head])
    return modifier or _premodifier(parse, root, triggers, when) or _cited(parse, date)


def _background_possessor(parse: Parse, noun: int, when: DateMention, published: date | None) -> bool:
    """A past month or year as the possessor of a noun that is no subject names what it refers back to, not an event
    the sentence tells of ("an agreement that would build on last year's Glasgow Climate Pact", real news dev 086; "a
    political reprisal for last year's Korea Supreme Court rulings", dev 161); a day dates it ("Tuesday's talks"), and
    one to come is the event planned ("a mechanism that might be put into operation at next year's COP28 Climate
    Summit", dev 086)."""
    return when.value.precision in REFERENCE_PRECISIONS and _when(when.value, published) == "past" \
        and parse.words[_compound_head(parse, noun)].dep not in SUBJECT


def _possessor(parse: Parse, root: int, date: set[int]) -> bool:
    """The date is all of the possessor of a noun ("today's difficult situation"), and the noun no point a count is
    measured from ("A day after Monday's call": the date still dates by way of the count)."""
    inside, noun = set(parse.subtree(root)), parse.words[root].head
    return parse.words[noun].pos in ("NOUN", "PROPN") and not _measured_from(parse, noun) \
        and all(i in inside or parse.words[i].lower in POSSESSIVES for i in date)


def _compound_noun(parse: Parse, i: int) -> set[int]:
    """The words of the compound noun word ``i`` is part of, however the parser splits it: "Monday's trilateral South
    Korea-China-Japan meeting" hangs the possessive on "Korea" (160), "Today's announcement settles" on "settles"
    (125). A possessive date of a noun that names no event names it ("today's difficult economic and social
    situation", 127; "next week's Muslim holiday of Eid al-Fitr", 027)."""
    head = _compound_head(parse, i)
    return {head, *parse.dependents(head, ("compound",))}


def _compound_head(parse: Parse, i: int) -> int:
    """The head of the compound noun word ``i`` is part of ("Korea" in "South Korea-China-Japan meeting": "meeting")."""
    while parse.words[i].dep == "compound" and parse.words[i].head != i:
        i = parse.words[i].head
    return i


#: The possessive marks of a date that dates the noun after it ("Saturday's vote", "last week's talks").
POSSESSIVES = frozenset({"'s", "’s"})


def _date_span(parse: Parse, when: DateMention) -> set[int]:
    """The words of a date, however the parser hangs them ("last" of "last Tuesday's talks" parsed as the noun's
    adjective), with its possessive mark."""
    words = set(parse.span(when.start, when.end))
    k = max(words) + 1
    if k < len(parse.words) and parse.words[k].lower in POSSESSIVES:
        words.add(k)
    return words


#: Words opening a bracketed citation of a source and its date ("(see Fides, 1/7/2025)").
CITING = cue_words("citing")
#: Prepositions of a date an event is measured from ("hours before Christmas Day", "days after May 10").
MEASURED_FROM = cue_words("measured_from")
#: First words of a count that only bounds a gap: the days between, not the day counted.
BOUNDING_COUNTS = cue_words("bounding_counts")
#: Relations by which a measure hangs on the date it is counted from ("just hours before Christmas Day").
MEASURES = frozenset({"nmod:unmarked", "obl:unmarked", "nmod:npmod", "obl:npmod", "nmod:tmod"})


def _measured_from(parse: Parse, root: int) -> bool:
    """A date an event is measured from by a count of time units the text does not give as a date ("Agreement came
    just hours before Christmas Day") is a reference point: the event is not on it."""
    if not parse.dependent_words(root, ("case",)) & MEASURED_FROM:
        return False
    return any(parse.words[c].lower in UNITS for c in parse.dependents(root, MEASURES))


def _origin_of_a_count(parse: Parse, root: int) -> bool:
    """A date that a count of time beside it on a verb of lasting is counted from ("prolong the tariff truce by a
    further 90 days from August 12") is where the count starts (``_deadline`` dates its end), no day of the event."""
    head = parse.words[root].head
    if head == root or parse.words[head].lemma not in LASTING \
            or not parse.dependent_words(root, ("case",)) & COUNTED_FROM:
        return False
    return any(parse.words[c].lower in UNITS for c in parse.children[head] if c != root)


#: Parts of speech that may stand between a date premodifying a noun and the noun ("2015 nuclear deal").
_PREMODIFIERS = frozenset({"ADJ", "NOUN", "PROPN"})


def _premodifier(parse: Parse, root: int, triggers: Triggers, when: DateMention) -> bool:
    """A date with no preposition inside a noun phrase, before its event noun or a noun that names no event: after
    the noun's determiner, with only modifiers between ("a battered 2015 nuclear deal", "the 2011 ouster")."""
    if parse.dependents(root, ("case", "mark")):
        return False
    k = max(parse.subtree(root)) + 1
    while k < len(parse.words) and triggers.at(k) is None and (parse.words[k].pos in _PREMODIFIERS
                                                              or parse.words[k].text in ("-", "–")):
        k += 1  # "the failed 2009 Turkey-Armenia Protocol process"
    hit = triggers.at(k) if k < len(parse.words) else None
    if hit is None:  # "the 2011 ouster", "a signature 2016 campaign promise": the date of a thing named no event
        k -= 1
    elif not _named_by_date(hit):
        return False
    if k > root and parse.words[k].pos in ("NOUN", "PROPN") and when.value.precision == "year" \
            and all(parse.words[j].text[:1].isupper() for j in range(max(parse.subtree(root)) + 1, k + 1)) \
            and root in parse.subtree(k):
        return True  # "a deal on Article 6 of 2015 Paris Agreement" (real news dev 208): the year of a proper name
    if parse.words[k].pos != "NOUN" or k == root or root not in parse.subtree(k):
        return False
    return any(_naming_determiner(parse, c, when) and c < root for c in parse.children[k])


#: Precisions of a date that an indefinite determiner before it leaves a date, not a name ("a mid-March meeting");
#: after a possessive pronoun only a day does ("his November 7 briefing", not "their April 2020 positions").
DATED_BY_INDEFINITE = frozenset({"day", "time", "month"})


def _naming_determiner(parse: Parse, i: int, when: DateMention) -> bool:
    """Word ``i`` is a determiner that makes a date before the noun part of its name: definite or possessive ("the
    October 7 attack", "Hamas's October 7 attack"), or indefinite before a year ("a battered 2015 nuclear deal"); an
    indefinite one before a day or a month dates ("during a July 4 meeting", "came after a mid-March meeting in
    Niamey", real news dev 164), a possessive pronoun before a day ("his November 7 briefing"; not "their April 2020
    positions", dev 199)."""
    w = parse.words[i]
    indefinite = w.dep == "det" and w.feature("Definite") == "Ind"
    pronoun = w.dep == "nmod:poss" and w.pos == "PRON"
    precision = when.value.precision
    return w.dep in ("det", "nmod:poss") and not (indefinite and precision in DATED_BY_INDEFINITE
                                                  or pronoun and precision in ("day", "time"))


def _named_by_date(hit: TriggerHit) -> bool:
    """An event noun a date before it names ("the 2015 nuclear accord"), not dates ("an August 1 deadline")."""
    return hit.trigger.role == "event" and hit.trigger.event_type not in DATED_BY_PREMODIFIER


def _cited(parse: Parse, date: set[int]) -> bool:
    """A date that closes brackets cites a source: alone after a name or number ("resolutions 2510 (2020)"), or
    after a citing word or a name and a comma ("(see Fides, 1/7/2025)", "(Reuters, May 12)")."""
    words, first, last = parse.words, min(date), max(date)
    if last + 1 >= len(words) or words[last + 1].text != ")":
        return False
    opening = next((k for k in range(first - 1, -1, -1) if words[k].text in ("(", ")")), None)
    if opening is None or words[opening].text != "(":
        return False
    inside = words[opening + 1:first]
    if not inside:
        return opening > 0 and words[opening - 1].pos in ("NOUN", "PROPN", "NUM")
    return inside[0].lower in CITING or (inside[-1].text == "," and all(
        w.pos == "PROPN" or w.text in (",", ".") for w in inside))


#: Prepositions of a noun phrase that only marks what came after it ("following the army's ouster of ... Bashir in
#: April"): a date inside it is a reference point.
REFERENCE_POINTS = cue_words("reference_points")
#: Relations by which a word hangs inside the noun phrase of the noun it hangs on.
_IN_NOUN_PHRASE = frozenset({"nmod", "compound", "nummod", "amod", "conj", "nmod:unmarked", "nmod:tmod"})
#: Precisions of such a reference point: a month or longer marks the background; a day is the recent happening the
#: news goes on from ("which comes after a meeting in Moscow on Monday", 104), an event of its own.
REFERENCE_PRECISIONS = frozenset({"month", "season", "quarter", "half", "year", "decade", "century"})


def _reference_point(parse: Parse, root: int, value: TimeValue) -> bool:
    """A month or a year inside a noun phrase after "following", "after" or "since" is used only as a reference point
    ("a compromise ... following the army's ouster of longtime leader Omar al-Bashir in April", 145; "since the start
    of the Central African crisis in 2012", 091): GUIDE 8 gives it no row. The date's own "since April" is not one."""
    if value.precision not in REFERENCE_PRECISIONS or value.unit_start is not None:
        return False  # a month narrowed to days is days: "a trip ... by special envoys on 21 and 22 October" (150)
    k = root
    while parse.words[k].dep in _IN_NOUN_PHRASE and parse.words[parse.words[k].head].pos in ("NOUN", "PROPN"):
        k = parse.words[k].head
        if parse.dependent_words(k, ("case",)) & REFERENCE_POINTS:
            return True
    return False


#: Precisions of a "since" date that starts a state in a perfect clause ("has mediated since 1992"); from a day or a
#: month the perfect tells what has happened since ("has freed 58 since Friday", "has recovered much of the land
#: since September 27").
STATE_SINCE_PRECISIONS = frozenset({"year", "decade", "century"})


#: Words (lemmas) of a standstill: a "since" date on one starts a state, whatever its precision.
STALLED = cue_words("stalled")


def _state_since(parse: Parse, root: int, triggers: Triggers, value: TimeValue) -> bool:
    """"has mediated since 1992" dates a state, not an event ("since 2022, when talks resumed" is one), as does a
    standstill since any date ("the army, stuck in a civil war ... since April 2023", 094); "for the first time since
    1973" is a reference point of a noun that names no event; "dates back to 1974" is where a state began."""
    cases = parse.dependent_words(root, ("case", "mark"))
    head_word = parse.words[parse.words[root].head]
    if head_word.lower == "back":  # "dates back to 1974", parsed with the date on "back"
        head_word = parse.words[head_word.head]
    if "to" in cases and head_word.lemma in ORIGIN_VERBS and "back" in parse.dependent_words(
            head_word.i, ("compound:prt", "advmod")):
        return True  # "the island's split, which dates back to 1974": where a state began, no event of the date
    if "since" not in cases:
        return False
    if head_word.lemma in STALLED:  # "Talks ... had been stalled since May" (133)
        return True
    noun = parse.words[parse.words[root].head]
    if noun.i != root and noun.pos in ("NOUN", "PROPN", "PRON") and triggers.at(noun.i) is None:
        return True
    head = parse.clause_of[parse.words[root].head]
    when = any(parse.words[c].dep in ("acl:relcl", "advcl", "acl") for c in parse.children[root])
    return perfect(parse, head) and not when and value.precision in STATE_SINCE_PRECISIONS \
        and not _under_way(parse, head, triggers)


def _under_way(parse: Parse, head: int, triggers: Triggers) -> bool:
    """The perfect clause ``head`` tells of an event under way since a date, its subject naming it ("Since 2018 the
    laborious discussions have worked through everything", real news dev 174; "where the talks have run since late
    last year", 116): the date is when that event began, as in "since talks began on Monday"."""
    return any((hit := triggers.at(s)) is not None and hit.trigger.role == "event"
               for s in parse.dependents(head, SUBJECT))


class _Parties:
    """The known actors the article names (``known``), its main parties (``participants.article_parties``), the
    organisation it is about (``participants.article_bloc``) and its people's full names (``participants.full_names``),
    each found once when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: list[Mention] | None = None
        self._found: list[Mention] | None = None
        self._bloc: list[Mention] | None = None
        self._names: dict[str, str] | None = None

    def known(self) -> list[Mention]:
        if self._known is None:
            self._known = actor_gazetteer().find(self.text)
        return self._known

    def get(self) -> list[Mention]:
        if self._found is None:
            self._found = article_parties(self.known())
        return self._found

    def bloc(self) -> list[Mention]:
        if self._bloc is None:
            self._bloc = article_bloc(self.known())
        return self._bloc

    def in_full(self, mentions: list[Mention]) -> list[Mention]:
        if self._names is None and any(m.entity.kind == "named" for m in mentions):
            self._names = full_names(self.text)
        return in_full(mentions, self._names) if self._names else mentions


def _dated_events(article: Article, parse: Parse, triggers: Triggers, root: int, when: DateMention,
                  earlier: list[Event], said: DateMention | None, dated: dict[int, DateMention],
                  date_words: frozenset[int], parties: _Parties) -> list[Event]:
    """The events the date rooted at word ``root`` dates: the one it belongs to, and those sharing it. ``said``: the
    day the quote the sentence is in was said, if the text tells it."""
    if _state_since(parse, root, triggers, when.value) or _measured_from(parse, root) \
            or _origin_of_a_count(parse, root) or _reference_point(parse, root, when.value) \
            or POST_SIGNATURE.search(article.text, parse.sentence.start, when.start):
        return []
    shift = _speech_shift(parse, root, when, said)
    if shift:
        when = replace(when, value=when.value + shift)
    when = _limit_day(parse, root, when)
    v = when.value
    background = v.precision in REFERENCE_PRECISIONS and v.unit_start is None
    chosen = attach(parse, triggers, root, _when(v, article.published), background) or _bare_limit(parse, root)
    if chosen is None or _dated_otherwise(parse, root, chosen, when, dated):
        return []
    out = [_event(article, parse, root, when, chosen, earlier, date_words, parties)]
    for shared in [*shared_events(parse, triggers, chosen, dated), *relative_of_date(parse, triggers, root),
                   *setting_of_date(parse, triggers, root, chosen)]:
        if shared.how == "announcing act" and v.precision not in ("day", "time"):
            continue  # news of a day: "declared independence in 2008" is the independence alone (devset 08)
        event = _event(article, parse, root, when, shared, earlier + out, date_words, parties)
        if shared.how == "talks it followed" and out[0].status == "occurred":  # held before what was done, whatever
            event = replace(event, status="occurred")  # the complement it hangs on says ("agreed to keep up ...")
        if not shared.how.startswith("reported") or event.status == "occurred":  # a reported wish is not done
            out.append(event)
    return out


#: The deadline a limit of an act that names no event sets ("the changes would come into force by Wednesday").
BARE_LIMIT = Trigger("", "deadline", "139", "give ultimatum", "event", -1)


def _bare_limit(parse: Parse, root: int) -> Attachment | None:
    """A limit ("by", "before") of an act not yet done (a future, modal or infinitive verb) that names no event of
    the lexicon is a deadline of that act, its verb the cue: "the changes would come into force by Wednesday" (real
    news dev 048), "By 2030, half of those imported cars will cost under $35,000", "Ottawa expects Beijing to lower
    canola seed duties to 15 per cent from 84 per cent by March 1" (dev 134)."""
    if not parse.dependent_words(root, ("case",)) & (LIMITS - ENDS):
        return None
    verb = date_anchor(parse, root)
    if parse.words[verb].pos not in ("VERB", "AUX") or not parse.dependent_words(verb, ("aux", "mark")) & NOT_DONE:
        return None
    w = parse.words[verb]
    hit = TriggerHit(w.start, w.end, BARE_LIMIT)
    return Attachment(hit, hit, verb, verb, "bare limit", verb)


def _limit_day(parse: Parse, root: int, when: DateMention) -> DateMention:
    """A limit set at the end of a year falls at the end of its last month ("a summit scheduled before the end of the
    year": 21-31 December, as "by the end of June" is 21-30 June), not in its last third as "late 2024" does."""
    v = when.value
    end = v.unit_end
    if v.mod != "END" or v.precision != "year" or end is None or not parse.dependent_words(root, ("case",)) & LIMITS:
        return when
    last = TimeValue.month(end.year, end.month).with_part("END")
    assert last.start is not None
    return replace(when, value=v.narrowed(last.start, end))


def _dated_otherwise(parse: Parse, root: int, chosen: Attachment, when: DateMention,
                     dated: dict[int, DateMention]) -> bool:
    """A statement a date reached through the tree holds a date of its own ("Hezbollah said at the weekend that any
    forces still there after Tuesday ...": the saying is the weekend's, not Tuesday's)."""
    own = dated.get(chosen.cue_word)
    return chosen.typed.trigger.event_type == "statement" and own is not None and own is not when \
        and parse.words[root].head != chosen.cue_word


def _limit(parse: Parse, root: int, chosen: Attachment, event_type: str, precision: str,
           end_ahead: bool = False) -> bool:
    """The date is a deadline: a limit ("by Friday") set by a threat, a proposal or a condition ("leave homes by
    Friday" under a threat), a day whatever event yet to be done must happen by ("will swap out military personnel
    ... by 10 May", at ``precision`` day or time: "before the end of the year" is rather when the event is due), or
    the end of a month or a year still ahead (``end_ahead``, ``_end_limit``), the end of a truce or an agreement
    ("extended the ceasefire until May 18", "extended to May 14") or of anything that lasts (``DURABLE``: "a 90-day
    reprieve until July 9")."""
    cases = parse.dependent_words(root, ("case",))
    if cases & LIMITS and (chosen.cue.trigger.event_type in LIMIT_SETTERS or status_of(
            parse, chosen.typed_word, chosen.cue_word, event_type, None, None, None) == "hypothetical"):
        return True
    limit_day = precision in ("day", "time") or (end_ahead and _end_limit(parse, root, chosen, event_type))
    if cases & (LIMITS - ENDS) and limit_day and not _done_before(parse, parse.words[root].head):
        return True  # "by", "before"; not "until" (how long it lasts)
    head = parse.words[parse.words[root].head]
    extended = head.lemma in EXTENDING and "to" in cases
    if cases & ENDS and head.lemma in DURABLE:  # "a 90-day reprieve until July 9": the end of a pause
        return True
    return event_type in ENDING_TYPES and bool(cases & ENDS or extended)


#: Events that the end of a month or a year after "by" gives the day they are due, no deadline: a meeting ("The foreign
#: ministers are due to meet in Abu Dhabi by the end of the month", devset 03).
DUE_BY_END = frozenset({"talks"})


def _end_limit(parse: Parse, root: int, chosen: Attachment, event_type: str) -> bool:
    """The end of a month or a year still ahead, after "by" (``END_LIMITS``), is the deadline of the act yet to be done
    by it ("agreed ... to swap every prisoner ... by the end of the year", real news dev 151; "speed up the talks so as
    to finalise the FTA by the end of the year", dev 170), unless it is a meeting its own verb names (``DUE_BY_END``)
    or an event called for ("The EU wants a truce by the end of the month": the truce, demanded)."""
    if not parse.dependent_words(root, ("case",)) & END_LIMITS:
        return False
    if event_type in DUE_BY_END and date_anchor(parse, root) == chosen.typed_word:
        return False
    return status_of(parse, chosen.typed_word, chosen.cue_word, event_type, None, None, None) != "demanded"


def _new_day(parse: Parse, root: int) -> bool:
    """The date is the day an event was put off to ("the talks were postponed to next month"): the event is not
    called off on it."""
    w = parse.words[root]
    return parse.words[w.head].lemma in POSTPONING and bool(parse.dependent_words(root, ("case",)) & NEW_DAY_CASES)


def _mere_warning(parse: Parse, cue: int) -> bool:
    """A warning that only tells how things are ("Guterres warned that things were spiraling out of control") is a
    statement; one of what will or would follow ("warned that Israel would respond", "warned of retaliation if")
    stays a threat."""
    if parse.words[cue].lemma not in WARNINGS:
        return False
    told = parse.dependents(cue, ("ccomp",))
    return bool(told) and not any(parse.words[k].lower in NOT_DONE for c in told
                                  for k in parse.clause(c, with_complements=True)
                                  if parse.words[k].dep in ("aux", "aux:pass", "mark"))


def _speech_day(parse: Parse, dated: dict[int, DateMention]) -> DateMention | None:
    """The day a speech verb outside the quotes of the sentence is dated by ("Aliyev said on Friday"), if any."""
    for w in parse.words:
        said = dated.get(w.i) if not parse.in_quote[w.i] and w.lemma in SPEECH_VERBS else None
        if said is not None and said.value.start is not None and said.value.precision in ("day", "time"):
            return said
    return None


def _quote_closing_day(text: str, sentences: list[Sentence], k: int, analysis: dict[int, Parse],
                       timexes: list[Timex], starts: list[int]) -> DateMention | None:
    """For sentence ``k`` inside a quote that runs on over the next sentences of its paragraph, the day the sentence
    closing the quote says it was said ("“... met today. ... agreement,” SANA reported on Tuesday")."""
    j = k + 1
    while j < len(sentences) and sentences[j].quoted:
        if j + 1 == len(sentences) or not sentences[j + 1].quoted:  # the quote closes in sentence j
            closing, parse = sentences[j], analysis.get(sentences[j].start)
            if parse is None:
                return None
            _, _, dated = sentence_dates(text, parse, timexes[bisect_left(starts, closing.start):
                                                               bisect_left(starts, closing.end)])
            return _speech_day(parse, dated)
        j += 1
    return None


def _speech_shift(parse: Parse, root: int, when: DateMention, said: DateMention | None) -> timedelta:
    """How far a deictic day inside a quote ("“Today we are creating peace,” Aliyev said on Friday") moves: from the
    publication day to the day the quote was said (``said``; none when the text does not tell it)."""
    if when.timex.rule not in DEICTIC_RULES or not parse.in_quote[root] or said is None \
            or said.value.start is None or when.value.start is None:
        return timedelta(0)
    published = when.value.start - timedelta(days=_DEICTIC_OFFSET.get(when.timex.text.lower(), 0))
    return said.value.start - published


def _event(article: Article, parse: Parse, root: int, when: DateMention, chosen: Attachment,
           earlier: list[Event], dates: frozenset[int], parties: _Parties) -> Event:
    text, v = article.text, when.value
    t = chosen.typed.trigger
    event_type, cameo, cameo_label = t.event_type, t.cameo, t.cameo_label
    end_ahead = v.mod == "END" and _when(v, article.published) != "past"
    if _limit(parse, root, chosen, event_type, v.precision, end_ahead):
        event_type, cameo, cameo_label = "deadline", "139", "give ultimatum"
    elif event_type == "threat" and _mere_warning(parse, chosen.cue_word):
        event_type, cameo, cameo_label = "statement", "010", "make statement"
    found = parties.in_full(actors(text, parse, chosen.typed_word, chosen.cue_word, event_type, chosen.verb, dates,
                                   parties.get, parties.bloc))
    names, countries = _collapse(found or parties.get())
    note = v.note or (INFERRED_PARTIES if names and not found else None)
    status = status_of(parse, chosen.typed_word, chosen.cue_word, event_type, v.start, v.end, article.published)
    if status == "negated" and _new_day(parse, root):
        status = "planned" if article.published is None or v.start is None or v.start > article.published else \
            "occurred"
    head = parse.clause_of[chosen.cue_word]
    place = location(text, parse, tuple(dict.fromkeys((chosen.typed_word, chosen.cue_word, head))))
    clause = [parse.words[i] for i in parse.clause(chosen.cue_word, with_complements=True)]
    clause_text = text[min(w.start for w in clause):max(w.end for w in clause)]
    refined = refine(event_type, clause_text, countries, place[1].country if place else None)
    if refined:
        cameo, cameo_label = refined
    anchor = next((e.event_id for e in reversed(earlier) if e.event_type == "threat"), None) \
        if event_type == "deadline" else None
    words = (chosen.cue_word, chosen.typed_word) if chosen.cue_word != chosen.typed_word else (chosen.typed_word,)
    return Event(
        event_id=event_id(article.doc_id, when.start, when.end, event_type), start=v.start, end=v.end,
        precision=v.precision, timex=when.timex_value, mod=v.mod, date_text=text[when.start:when.end],
        event_type=event_type, status=status, actors=names, countries=countries,
        location=place[0] if place else None, summary=_summary(text, parse, chosen.cue_word),
        sentence=parse.sentence.text, char_start=when.start, char_end=when.end, cameo=cameo, cameo_label=cameo_label,
        basis=chosen.basis, anchor_event_id=anchor, note=note, trigger=" ".join(parse.words[i].text for i in words),
        introduced=_indefinite(parse, chosen.typed_word),
    )


def _indefinite(parse: Parse, i: int) -> bool:
    """Word ``i`` is a noun with an indefinite article, which brings in something not told of before ("spoke fresh
    from a telephone conference with Russian President Vladimir Putin", real news dev 121)."""
    return parse.words[i].pos == "NOUN" and any(parse.words[d].feature("Definite") == "Ind"
                                                for d in parse.dependents(i, ("det",)))


def _deadline(article: Article, parse: Parse, triggers: Triggers, t: Timex, by_tid: dict[str, Event],
              own: list[Event], recent: list[Event], parties: _Parties,
              roots: dict[int, DateMention]) -> Event | None:
    """A duration counted from an event ("within fifty days" of the threat, "within 30 days of the signing",
    "giving Tehran 60 days") or the length of a truce or pause ("a 90-day pause", "a truce that is to last ten
    months") is a deadline dated at its end; other durations are not events. Its actors are the event's it is
    counted from, else those of the word it hangs on ("a withdrawal of Israeli troops over the course of the next 60
    days"), else the article's parties."""
    text = article.text
    root = parse.root_of(t.start, t.end)
    granted = root is not None and parse.words[root].dep.split(":")[0] in ("obj", "iobj", "obl") \
        and parse.words[parse.words[root].head].lemma in GRANTS
    if t.signal in LENGTH_SIGNALS and root is not None and parse.words[root].dep != "nmod" \
            and not _length_of_a_truce(parse, root):
        return None  # "the talks go on for the next two weeks": how long they last, no limit
    limit = _limit_length(parse, root)
    # else a limit: "within fifty days", "giving Tehran 60 days", "a 60-day deadline", "had allowed the authorities one
    # month" (a bare noun of time the parser may read as an unmarked obl)
    truce_length = t.signal is None and not granted and not limit
    if truce_length and not (root is not None and _length_of_a_truce(parse, root)):
        return None
    if t.value.duration is None or t.value.duration.amount is None:
        return None  # "within months": no date to put on a timeline
    anchor, origin = _counted_from(parse, triggers, t, root, by_tid, own, recent, roots, limit)
    if origin is None and anchor is None and root is not None:
        origin = _begun_on(parse, root, roots)
    if origin is None and anchor is None:
        if truce_length:
            return None  # a truce's length with no start told ("on the final day of a four-day truce")
        origin = article.published
    since: TimeValue | date | None = origin
    if anchor is not None and anchor.start == origin:  # counted from an event: as precise as its date
        since = TimeValue("DATE", anchor.precision, anchor.start, anchor.end, mod=anchor.mod)
    reached = reach(t.value, since) if since is not None else None
    if reached is not None and not reached.resolved:
        return None  # it ends beyond the calendar: refused, as the tagger refuses such dates
    note = None if reached else "the date it is counted from is unresolved"
    begin = t.signal_start if t.signal_start is not None else t.start
    cue = parse.clause_of[root] if root is not None else 0
    counted = f" (counted from {anchor.timex if anchor and anchor.precision != 'day' else origin})" if origin else ""
    if anchor is not None:
        names, countries = anchor.actors, anchor.countries
    else:
        head = parse.words[root].head if root is not None else None
        found = actors(text, parse, head, head, "deadline") if head is not None and head != root else []
        names, countries = _collapse(found or parties.get())
    return Event(
        event_id=event_id(article.doc_id, t.start, t.end, "deadline"), start=reached.start if reached else None,
        end=reached.end if reached else None, precision=reached.precision if reached else "ref",
        timex=reached.value if reached else t.value.value, mod=reached.mod if reached else None,
        date_text=text[begin:t.end], event_type="deadline", status="deadline",
        actors=names, countries=countries, location=None, summary=f"Deadline{counted}: {_summary(text, parse, cue)}",
        sentence=parse.sentence.text, char_start=begin, char_end=t.end, cameo="139", cameo_label="give ultimatum",
        basis="count", anchor_event_id=anchor.event_id if anchor else None, note=note,
    )


def _counted_back(article: Article, parse: Parse, triggers: Triggers, t: Timex, own: list[Event],
                  earlier: list[Event], previous: list[Event], dates: frozenset[int],
                  parties: _Parties) -> Event | None:
    """The event a count of time measures from ("said on Wednesday, one day after the opposition held talks"; "The
    session came a day after delegations had held talks"): dated that count before (after "after") or after (after
    "before") the event the count hangs on, the sentence's last dated event before the count, else the last of the
    sentence right before (``previous``) when it is news of the days before publication."""
    root = parse.root_of(t.start, t.end)
    duration = t.value.duration
    if root is None or duration is None or duration.amount is None or t.signal is not None:
        return None
    k = next((w.i for w in parse.words if w.start >= t.end), len(parse.words))
    if k >= len(parse.words) or parse.words[k].lower not in MEASURED_FROM or parse.words[k].dep not in (
            "case", "mark"):
        return None
    first = min(parse.span(t.start, t.end), default=0)
    if first > 0 and parse.words[first - 1].lower == "for":
        return None  # "stayed shut for seven years after Maduro imposed a blockade": how long, not when
    reference = _reference_event(article, parse, triggers, t, root, own, earlier, previous)
    if reference is None:
        return None
    chosen = None
    for j in range(k + 1, len(parse.words)):  # the first event the clause after "after" names
        head = parse.words[j].head
        if parse.words[j].pos in ("PUNCT", "SCONJ") or parse.words[j].dep == "cc" and parse.words[head].pos in (
                "VERB", "AUX"):
            break  # the clause ends, or another is joined to it
        hit = triggers.at(j)
        if parse.words[j].dep == "compound" and triggers.at(head) is not None:
            continue  # "the negotiation deadline": the deadline, the talks only name its kind
        if hit is not None and hit.trigger.role != "light":
            chosen = by_role(parse, triggers, j, hit, "past", "counted back")
            break
    if chosen is None or any(parse.words[i].start in dates and not reference.char_start <= parse.words[i].start
                             < reference.char_end for i in parse.clause(chosen.cue_word)):
        return None  # "two months after a soldier was killed ... in late May": the clause dates its event itself (by
        # another date than the one counted from: "struck a deal Wednesday, two days before the negotiation deadline")
    assert reference.start is not None and reference.end is not None
    step = -1 if parse.words[k].lower == "after" else 1
    delta = duration.delta()
    if delta is None:
        return None
    value = TimeValue("DATE", "day", reference.start, reference.end) + step * delta
    if parse.words[first].lower in BOUNDING_COUNTS and value.start is not None:  # "less than a week after the
        low, high = sorted((value.start, reference.start))  # summit": any day between the two
        if (high - low).days > 1:
            value = replace(value, start=low + timedelta(days=1), end=high - timedelta(days=1))
    end = parse.words[k].end
    mention = DateMention(t.start, end, value, t, value.value)
    return _event(article, parse, root, mention, chosen, earlier + own, dates, parties)


def _reference_event(article: Article, parse: Parse, triggers: Triggers, t: Timex, root: int, own: list[Event],
                     earlier: list[Event], previous: list[Event]) -> Event | None:
    """The event a count of time in the sentence measures from: the sentence's last dated event before the count,
    else the earlier event its clause's subject names, else the last of the sentence right before that is news of the
    days before publication (not a deadline it sets); dated to a day."""
    published = article.published
    recent = _recent_since(published) if published else None
    news = [e for e in earlier if e.end is not None and recent is not None and e.end >= recent]
    dated = [e for e in own if e.char_start < t.start and e.start is not None] or \
        _subject_event(parse, triggers, root, news, published) or \
        [e for e in previous if e.end is not None and recent is not None and published is not None
         and recent <= e.end <= published][-1:]
    if not dated or dated[-1].precision not in ("day", "time"):
        return None  # the sentence before told of the background ("... in January 2023, at Orthodox Christmas")
    return dated[-1]


def _length_of(article: Article, parse: Parse, triggers: Triggers, t: Timex, own: list[Event], earlier: list[Event],
               previous: list[Event], dates: frozenset[int], parties: _Parties, news_day: date | None) -> Event | None:
    """An event noun a count of time after "after" or "following" measures ("The deal came after two days of
    negotiations", "After five days of continuous bilateral negotiations, the final decisions were arrived at"):
    held over that many days, ending on the day of the past event it came before (``_reference_event``); talks a
    sentence with no date of its own tells of with none, on the day of the article's news (``_news_day``: "have agreed
    to re-establish diplomatic relations ..., following four days of talks in Beijing", real news dev 230)."""
    root = parse.root_of(t.start, t.end)
    if root is None or not parse.dependent_words(root, ("case", "mark")) & SEQUENCE_MARKS:
        return None
    found = next(((c, hit) for c in parse.dependents(root, ("nmod",)) if "of" in parse.dependent_words(c, ("case",))
                  and (hit := triggers.at(c)) is not None and hit.trigger.role == "event"), None)
    if found is None:
        return None
    noun, hit = found
    days = _days_long(t.value, hit.trigger.event_type)
    if days is None:
        return None  # "after 20 years of negotiations": a process, no round of talks
    reference = _reference_event(article, parse, triggers, t, root, own, earlier, previous)
    if reference is not None:
        end = reference.end
    else:  # nothing told to end on: talks a sentence tells of with no date of its own end on the day of the news
        end = news_day if not dates and hit.trigger.event_type == "talks" else None
    if end is None or article.published is None or end > article.published \
            or any(e.event_type == hit.trigger.event_type and e.end == end for e in own):
        return None  # "talks that ended on 20 March, after ten days of negotiations": dated by their end already
    value = TimeValue("DATE", "day", end - timedelta(days=days - 1), end)
    chosen = Attachment(hit, hit, noun, noun, "length of")
    mention = DateMention(t.start, parse.words[noun].end, value, t, value.value)
    event = _event(article, parse, root, mention, chosen, earlier + own, dates, parties)
    event = replace(event, status="occurred")  # held before a past event, whatever the clause says of it
    # the talks that led to the deal were held by its parties ("after two days of negotiations in Geneva")
    return replace(event, actors=reference.actors, countries=reference.countries) \
        if reference is not None and reference.actors else event


def _days_long(count: TimeValue, event_type: str) -> int | None:
    """The days a counted stretch of an event lasts: an exact count of days, or of weeks for talks ("after two weeks
    of intensive talks", a conference's round, real news dev 181; "after six weeks of heavy fighting" is a war's
    course, dev 040); None for longer units and for a hedged count, which gives no first day ("After nearly two weeks
    of negotiations", dev 099)."""
    duration = count.duration
    weeks = duration is not None and duration.unit == "week" and event_type == "talks"
    if duration is None or duration.amount is None or not float(duration.amount).is_integer() \
            or count.mod is not None or not (duration.unit == "day" or weeks):
        return None
    return int(duration.amount) * (7 if weeks else 1)


def _subject_event(parse: Parse, triggers: Triggers, root: int, earlier: list[Event],
                   published: date | None) -> list[Event]:
    """The event a count of time measures from when its clause's subject names one of the ``earlier`` events dated to
    a day ("The summit was held about a week after the envoy went to Bamako", the summit told of before): that
    event. A subject naming none of them with a definite or possessive word is the article's own news ("The
    announcement comes just one day after Rubio said ...", real news dev 073; "The talks in Accra took place three
    months after the bloc slapped tough sanctions", 146): dated by the first past day the article told of."""
    verb = next((i for i in (root, *parse.ancestors(root)) if parse.words[i].pos in ("VERB", "AUX")), None)
    if verb is None:
        return []
    for s in parse.dependents(verb, SUBJECT):
        hit = triggers.at(s)
        if hit is None:
            continue
        days = [e for e in earlier if e.start is not None and e.precision in ("day", "time")]
        named = _named_by(parse, s, hit, days[::-1])
        if named is None and _definite(parse, s):
            named = next((e for e in days if published is not None and e.end is not None and e.end <= published), None)
        return [named] if named is not None else []
    return []


def _definite(parse: Parse, noun: int) -> bool:
    """Noun ``noun`` is made definite by a determiner or a possessor ("The announcement", "Fidan's announcement"), and
    is no noun a count is measured from taken for a subject ('"56 years after our independence, decolonization has
    ... been completed"', real news dev 132)."""
    return (bool(parse.dependent_words(noun, ("det",)) & BACK_DETERMINERS)
            or bool(parse.dependents(noun, ("nmod:poss",)))) and not parse.dependent_words(noun, ("case",))


def _named_by(parse: Parse, k: int, hit: TriggerHit, events: list[Event]) -> Event | None:
    """The first of ``events`` that event word ``k`` names again: one whose trigger shares the word's stem ("the
    signing" for "signed"), else the first of its type, else the first whose sentence has a word of that stem
    ("signed a truce on May 3 ... within 30 days of the signing", GUIDE section 3)."""
    stem = parse.words[k].lower[:4]
    return next((e for e in events if _has_stem(e.trigger, stem)), None) \
        or next((e for e in events if e.event_type == hit.trigger.event_type), None) \
        or next((e for e in events if _has_stem(e.sentence, stem)), None)


def _has_stem(words: str, stem: str) -> bool:
    """Whether a word of ``words`` begins with ``stem`` (lower case)."""
    return any(w.lower().startswith(stem) for w in words.split())


def _limit_length(parse: Parse, root: int | None) -> bool:
    """The duration rooted at ``root`` is the length of a limit it comes before ("a 60-day deadline", GUIDE section
    3): a deadline ending that long after the day it was set, as "within 60 days" is."""
    if root is None:
        return False
    w = parse.words[root]
    return w.dep in ("compound", "amod", "nummod", "nmod") and parse.words[w.head].lemma in LIMIT_NOUNS


def _length_of_a_truce(parse: Parse, root: int) -> bool:
    """The duration rooted at ``root`` is how long a truce, a pause or a process runs: it modifies such a noun ("a
    90-day pause") or measures a verb of lasting whose subject, object or governing clause holds one ("a truce will
    start that is to last ten months", "prolonging a tariff pause for another 90 days")."""
    w = parse.words[root]
    head = parse.words[w.head]
    if w.dep in ("compound", "amod", "nummod", "nmod") and head.lemma in DURABLE:
        return not parse.dependent_words(w.head, ("case",)) & AFTER_A_GAP  # not "resumed after a four-year pause"
    if not w.dep.startswith("obl") or head.lemma not in LASTING:
        return False
    around = [*parse.children[w.head], head.head, *parse.children[head.head]]
    return any(parse.words[k].lemma in DURABLE and parse.words[k].dep in ("nsubj", "nsubj:pass", "obj") for k in around)


def _begun_on(parse: Parse, root: int, roots: dict[int, DateMention]) -> date | None:
    """The day a lasting thing began, when the verb of lasting the duration rooted at ``root`` measures is joined to a
    verb telling that beginning, with its date ("The pause began on March 11 and is to run for four months": from
    March 11)."""
    verb = parse.words[root].head
    if parse.words[verb].lemma not in LASTING or parse.words[verb].dep != "conj":
        return None
    first = parse.words[verb].head
    if parse.words[first].lemma not in BEGINNINGS:
        return None
    return next((d.value.start for c in parse.children[first] if (d := roots.get(c)) is not None), None)


def _counted_from(parse: Parse, triggers: Triggers, t: Timex, root: int | None, by_tid: dict[str, Event],
                  own: list[Event], recent: list[Event],
                  roots: dict[int, DateMention], limit: bool = False) -> tuple[Event | None, date | None]:
    """What a duration is counted from: the event or date hanging on it (or on the verb of lasting it measures) after
    "of", "from", "after" or "beyond" ("of Wednesday's signing"; "beyond an Aug. 12 deadline"; "of the signing": the
    latest of the ``recent`` events named by a word of the same stem, else of the same type), else the date written
    before it in its sentence (``limit``: the length of a limit, anywhere in it, the day the limit was set: "gave Putin
    a 50-day deadline on Monday", GUIDE section 3), else nothing (the publication date)."""
    if root is not None:
        head = parse.words[root].head  # "prolonging a pause for another 90 days beyond an Aug. 12 deadline"
        siblings = [c for c in parse.children[head] if c != root] if parse.words[head].lemma in LASTING else []
        for c in (*parse.children[root], *siblings):
            cases = parse.dependent_words(c, ("case", "mark"))
            if not cases & COUNTED_FROM:
                continue
            span = parse.subtree(c)
            starts = {parse.words[k].start for k in span}
            named = next((e for e in own if e.char_start in starts and e.start is not None), None)
            if named:
                return named, named.start
            written = roots.get(c)  # a day no event is on: "by a further 90 days from August 12"
            if written is not None and written.value.start is not None:
                return None, written.value.start
            for k in span:
                hit = triggers.at(k)
                if hit is None:
                    continue
                match = _named_by(parse, k, hit, [e for e in reversed(recent + own) if e.start is not None])
                if match:
                    return match, match.start
    if t.anchor_tid and t.anchor_tid in by_tid:
        anchor = by_tid[t.anchor_tid]
        return anchor, anchor.start
    before = [e for e in own if (limit or e.char_start < t.start) and e.start is not None]
    if before:
        return before[-1], before[-1].start
    return None, None


def _same_parties(a: Event, b: Event) -> bool:
    """Two mentions of one type and day can be one event: always, except statements or releases whose doers (their
    first actors, the subjects of the verbs) differ and are not one speaker named twice (``_doer_among``), and
    meetings (``MEETING_TYPES``) the later of which is brought in as new with no party in common."""
    if not a.actors or not b.actors:
        return True
    if a.event_type in MEETING_TYPES and b.introduced:
        return bool(set(a.actors + a.countries) & set(b.actors + b.countries))
    if a.event_type not in SIDED_TYPES:
        return True
    return a.actors[0] == b.actors[0] or _doer_among(a, b)


def _doer_among(a: Event, b: Event) -> bool:
    """Statements (``SPOKEN_TYPES``) of one day whose doers are of one country, the one doer named among the other
    statement's actors: one speaker's words told twice, once with the speaker's country or partner named first
    ("... 'sensitive and tense' ..., Malaysian Prime Minister Anwar Ibrahim said Tuesday" and "Anwar told parliament
    on Tuesday", real news dev 024; "The announcement was made this Saturday in Caracas" and "The peace delegations
    of the Government of Colombia and the National Liberation Army (ELN) guerrillas said this Saturday", dev 016).
    A party of another country named in what was said speaks for itself; over a longer span one doer speaks more
    than once ("earlier this month" and "In early August, President Petro accused Peru", dev 186)."""
    if a.event_type not in SPOKEN_TYPES or a.start is None or a.start != a.end:
        return False
    doers = [resolve(a.actors[0]), resolve(b.actors[0])]
    one_country = doers[0] is not None and doers[1] is not None and doers[0].country == doers[1].country
    return one_country and (a.actors[0] in b.actors or b.actors[0] in a.actors)


#: Event types a later mention brings in as new ("a telephone conference", ``Event.introduced``) that is another
#: happening of the day when no party of it is a party of the earlier one: "The online meeting of OPEC members ...
#: got under way just after 1440 GMT on Thursday" and "Trump spoke fresh from a telephone conference with Russian
#: President Vladimir Putin" (real news dev 121; also dev 003, the talks in Alaska and "a long and detailed
#: conversation with @POTUS"). A definite mention ("the meeting") refers back to one told before.
MEETING_TYPES = frozenset({"talks"})


#: Event types whose acts by different doers on one day are different events: two speakers' statements, each side's
#: release of prisoners in a swap, each side's measures in a trade war ("March 4th: The postponed 25 per cent US
#: tariffs on Mexico and Canada come into force ... Canada unveils countermeasures", real news dev 194).
SIDED_TYPES = frozenset({"statement", "exchange", "sanction"})

#: Sided event types whose mentions of one day by doers of one country, one named among the other's actors, are one
#: act (``_doer_among``): a speaker's words told again with the speaker's country named first. A measure or release
#: names the other side as its target: "US tariffs on Mexico and Canada ... Canada unveils countermeasures" are two
#: (real news dev 194).
SPOKEN_TYPES = frozenset({"statement"})


#: Event types a later mention retells on a date inside the first one's (or around it) when the doer is the same:
#: one deal told twice ("DR Congo and Rwanda are expected to put their signatures to a peace accord in Washington on
#: June 27" and "to be signed formally in Washington next week", real news dev 022). Talks, fighting and the like
#: recur: their mentions on nested dates are often different happenings.
RETOLD_TYPES = frozenset({"agreement"})

#: Event types a later mention retells only on a date inside the first one's, when the doer is the same: a lead's
#: round of talks "last week" given its day further down ("India and the UK wrapped up the eleventh round of
#: negotiations ... last week" and "On 18 July 2023, India and the United Kingdom completed the eleventh round",
#: real news dev 081; also dev 017 and 142). A later mention dated around an earlier one is other talks: "The
#: high-level session came a day after" and "direct phone calls last week" (dev 052).
NARROWED_TYPES = frozenset({"talks"})

#: Event types a mention named by the same words as an earlier one, with a party in common, retells on days inside
#: or around the earlier one's (``_named_again``): "the talks" told again. Named otherwise it may be other talks:
#: "The high-level session came a day after" and "direct phone calls last week" (real news dev 052). Statements,
#: swaps and the like recur under one name ("said" on Thursday and "said" this week).
NAMED_AGAIN_TYPES = frozenset({"talks"})


def _retold(a: Event, b: Event) -> bool:
    """Event ``b`` tells again of earlier event ``a``: the same type, status and first actor, and a type that does
    not recur (``RETOLD_TYPES``) with one's interval inside the other's, or talks (``NARROWED_TYPES``) that ``b``
    dates inside ``a``."""
    if a.event_type not in RETOLD_TYPES | NARROWED_TYPES or (a.event_type, a.status) != (b.event_type, b.status) \
            or not a.actors or not b.actors or a.actors[0] != b.actors[0]:
        return False
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    inside = a.start <= b.start <= b.end <= a.end
    return inside or (a.event_type in RETOLD_TYPES and b.start <= a.start <= a.end <= b.end)


def _dated_finer(a: Event, b: Event) -> Event:
    """Talks (``NARROWED_TYPES``) that a later mention ``b`` dates on days inside ``a``'s take its finer date, and its
    sentence, which holds that date: the round "last week" is the one completed "On 18 July 2023" (real news dev
    081)."""
    if a.event_type not in NARROWED_TYPES or a.start is None or a.end is None or b.start is None or b.end is None \
            or not a.start <= b.start <= b.end <= a.end or (a.start, a.end) == (b.start, b.end):
        return a
    return replace(a, start=b.start, end=b.end, precision=b.precision, timex=b.timex, mod=b.mod, date_text=b.date_text,
                   sentence=b.sentence, char_start=b.char_start, char_end=b.char_end, summary=b.summary)


def _foretold(a: Event, b: Event) -> bool:
    """Planned event ``b``, on the day event ``a`` occurred, is ``a`` told as it stood beforehand: the same first
    actor and date value (``timex``). "Hoti said before the meeting that mutual recognition would be the only subject
    discussed with Serbia" is the talks held "on Friday" (real news dev 154; also dev 033, 128, 160). A session set
    for an hour of that day ("a plenary hearing for 7pm local time on Saturday" after talks "stalled once more on
    Saturday afternoon", dev 019) has a date value of its own and stays apart."""
    return bool(a.actors) and bool(b.actors) and a.actors[0] == b.actors[0] and a.timex == b.timex


def _named_again(a: Event, b: Event) -> bool:
    """Event ``b`` is talks (``NAMED_AGAIN_TYPES``) of ``a``'s status named by the same words, with a party of
    ``a``'s, on days inside or around ``a``'s: the talks told of again, dated more coarsely or finely ("The talks
    broke off nearly a week ago" and "after the talks adjourned last week", real news dev 010; "the negotiations are
    expected to wrap up in the course of next week" and "Next Tuesday, the European Commission will brief the EU
    member states on where the negotiations stand", dev 155; also dev 124 and 190)."""
    if a.event_type not in NAMED_AGAIN_TYPES or (a.event_type, a.status, a.trigger) != (b.event_type, b.status,
                                                                                        b.trigger):
        return False
    if a.start is None or a.end is None or b.start is None or b.end is None \
            or not set(a.actors + a.countries) & set(b.actors + b.countries):
        return False
    return a.start <= b.start <= b.end <= a.end or b.start <= a.start <= a.end <= b.end


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per (type, status, interval) and parties within an article, one agreement however finely its
    mentions date it, and one round of talks a later mention dates inside the first (``_retold``, taking the finer
    date) or names by the same words on days inside or around it (``_named_again``), and an occurred event with a
    later mention that tells it as planned (``_foretold``): the first mention is kept, the actors of later ones are
    added (the Kremlin's answer "on Sunday" and Peskov's words "on Sunday"). Statements of different speakers on one
    day stay apart, and so do talks that stalled and talks set for later the same day."""
    kept: list[Event] = []
    place: dict[tuple[str, str, date, date | None], list[int]] = {}  # (type, status, start, end) -> indexes in kept
    doers: dict[tuple[str, str, str], list[int]] = {}  # (type, status, first actor) -> indexes in kept
    renamed: dict[str, str] = {}
    for event in events:
        key = (event.event_type, event.status, event.start, event.end) if event.start is not None else None
        same = [k for k in place.get(key, []) if _same_parties(kept[k], event)] if key is not None else []
        doer = (event.event_type, event.status, event.actors[0]) if event.actors else None
        same = same or [k for k in doers.get(doer, [])[-EVENT_LOOKBACK:] if _retold(kept[k], event)] \
            if doer is not None else same  # the doer's latest few: work stays linear in the article's events
        if not same:  # the latest few kept: work stays linear in the article's events
            same = [k for k in range(max(0, len(kept) - EVENT_LOOKBACK), len(kept)) if _named_again(kept[k], event)]
        if not same and event.start is not None and event.status == "planned":
            done = (event.event_type, "occurred", event.start, event.end)
            same = [k for k in place.get(done, []) if _foretold(kept[k], event)]
        if not same:
            if key is not None:
                place.setdefault(key, []).append(len(kept))
            if doer is not None:
                doers.setdefault(doer, []).append(len(kept))
            kept.append(event)
            continue
        index = same[0]
        if key is not None and index not in place.get(key, []):
            place.setdefault(key, []).append(index)  # its own day leads later mentions on it to the same twin
        twin = _dated_finer(kept[index], event)
        renamed[event.event_id] = twin.event_id
        kept[index] = replace(
            twin,
            actors=twin.actors + tuple(a for a in event.actors if a not in twin.actors),
            countries=twin.countries + tuple(c for c in event.countries if c not in twin.countries),
            location=twin.location or event.location, basis=_surest_basis(twin, kept[index], event),
        )
    return _distinct_ids([replace(e, anchor_event_id=renamed.get(e.anchor_event_id, e.anchor_event_id))
                          if e.anchor_event_id else e for e in kept])


def _surest_basis(twin: Event, *mentions: Event) -> str:
    """The basis of a merged event's date: "clause" when any mention giving that very interval dates it in its own
    clause (the same date read twice, once from the parse), else that of the mention whose date is kept."""
    own = [m.basis for m in mentions if (m.start, m.end) == (twin.start, twin.end)]
    return "clause" if "clause" in own else twin.basis


def _distinct_ids(events: list[Event]) -> list[Event]:
    """Events kept apart that share an id (one date giving two statements of different speakers, or the sentences a
    date heading a line dates: "March 29, 2022: ... Moscow says ... Kyiv said ..."): the later ones get an id of
    their own, derived from the first and their rank, the same on every run."""
    seen: dict[str, int] = {}
    out = []
    for e in events:
        n = seen.get(e.event_id, 0)
        seen[e.event_id] = n + 1
        out.append(replace(e, event_id=hashlib.sha256(f"{e.event_id}/{n}".encode()).hexdigest()[:16]) if n else e)
    return out
