"""Which event a date belongs to, read from the sentence's parse: the predicate or event noun it modifies.

A date hangs on the word it modifies (``obl``, ``obl:tmod``, ``nmod``, ``advmod``...). When that word names an event
(a trigger of ``resources/triggers.tsv``), the trigger's role decides what is dated:

- ``event``: the event itself ("talks ... in May"); an event noun that a frame governs takes the frame's place when
  the date is not in the future ("proposed talks on Saturday" parsed with the date on "talks" is still the proposal);
- ``frame`` (proposal, threat): the act itself when the date is not in the future, else the event it governs
  ("proposed talks in the coming week": talks, proposed) or the clause it is the attribution of ("Israel could strike
  as early as next month, officials have warned");
- ``support`` (began, held, signed, announced, took effect): the event noun it reports, its subject for aspect
  verbs ("fighting erupted"), its object otherwise ("signed the agreement", "agreed to a truce"), not the call or
  meeting it was done in ("agreed in a call with Trump to halt strikes"), the deal reached for negotiations it
  concludes ("wrapped up negotiations on a trade agreement"); alone, its own type;
- ``demand`` (called for, urged): the event demanded;
- ``light`` (made, issued): the frame or event it issues ("presented a final draft on Monday"), else the frame noun it
  belongs to ("the proposal made on Saturday").

When the modified word names no event, the date goes up the tree to the nearest word that does, in its clause first.
A date that heads its own fragment ("February 28, 2022: delegations hold their first meeting") dates the predicate
hanging on it; one right after a joining "and" dates the clause it opens (", and two weeks ago Rodríguez met ...");
one after a preposition that the parser makes a subject ("truces announced in late April were violated") modifies
the word before it. A date shared by coordinated predicates ("met on Monday and agreed a truce") or an "after"-clause of
the dated verb ("said Friday after meeting with Pashinyan and Aliyev") dates those events too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from timeline.events.status import SPEECH, pluperfect, status_of
from timeline.events.triggers import Trigger, TriggerHit
from timeline.resources import cue_words, read_tsv
from timeline.syntax import SUBJECT, Parse
from timeline.temporal.lexicon import SCHEDULING_WORDS

#: Where a date lies against the publication date (see ``attach``).
When = Literal["past", "present", "future", "unknown"]

#: Relations by which a support verb's subject is reported ("talks were held", "fighting erupted").
SUBJECT_OF_SUPPORT = SUBJECT | {"obl:agent"}
#: Relations by which a verb's object event noun is reached ("signed the deal", "agreed to a truce").
OBJECT_OF_SUPPORT = frozenset({"obj", "obl", "iobj", "xcomp", "ccomp", "nmod"})
#: Relations of a frame's complement event ("a proposal for talks", "threatened sanctions", "offered to hold talks").
FRAME_COMPLEMENT = frozenset({"obj", "xcomp", "nmod", "obl", "acl", "ccomp"})
#: Relations of fragment predicates hanging on a date that heads its line ("May 6: India launched strikes").
FRAGMENT = frozenset({"parataxis", "appos", "dep", "list", "acl", "ccomp", "advcl", "conj", "acl:relcl"})
#: How many dependency edges crossing into another clause counts as, when a date's event is looked for by distance.
CLAUSE_STEP = 2
#: Relations of the words between a verb and the noun right before it that leave that noun its subject ("the war
#: began", "fighting erupted", "the long-awaited talks finally opened").
_SUBJECT_GAP = frozenset({"det", "amod", "compound", "nummod", "punct", "advmod", "aux", "aux:pass", "nmod:poss",
                          "case"})
#: Words of a reported clause that say it is not done by the time of speaking ("will", "would", "if", "to").
NOT_DONE = cue_words("not_done")
#: Adjectives by which a reported event is not done yet ("said agreements with several countries were close").
NOT_YET = cue_words("not_yet")
#: Event types a dated statement announces on the day they are done, even in the pluperfect, when a noun names the
#: deal ("said on Monday that agreement had been reached to prolong the truce"); other events it reports in the
#: pluperfect came before, on a day it does not give ("said on Nov. 5 a team had gone to Istanbul for the third round
#: of talks").
ANNOUNCED_WHEN_DONE = frozenset({"agreement", "ceasefire"})
#: Event types a statement verb tells of without dating them ("the meeting was officially confirmed a day later",
#: "early details of the negotiations surfaced"): the statement is the event of the date.
ANNOUNCED_ACTS_OF = frozenset({"talks"})
#: Verbs whose talks object is agreed to, not held ("accepted face-to-face negotiations"): the accepting is the event
#: of the verb's date, as agreeing to a proposal is ("accepted the draft agreement").
ACCEPTING = cue_words("accepting")
#: Verbs that make an event public, a statement beside the event they report (``_announcing_act``).
ANNOUNCING = cue_words("announcing")
#: Verbs that bring a process to its end, and the nouns of a negotiating process that such a verb concludes into a deal
#: (``_concluded_negotiations``).
CONCLUDING = cue_words("concluding")
NEGOTIATING_PROCESSES = cue_words("negotiating_processes")
#: Clause marks after which an adverbial clause of a dated verb happened on that date too.
SAME_DAY_MARKS = cue_words("same_day_marks")
#: Of those, the marks of a sequence: an event noun after them ("agreed on July 28 following Malaysia's
#: intervention") came before, not on the date; a clause after them ("said Friday after meeting with Pashinyan") did.
SEQUENCE_MARKS = cue_words("sequence_marks")
#: Conjunctions after which a date opens the clause that follows ("..., and two weeks ago Rodríguez met ...").
CLAUSE_JOINS = cue_words("clause_joins")
_PUNCT = frozenset({"PUNCT", "SYM"})
#: Words ending a date that name the event it counts from ("the day after the Pahalgam attack").
REFERENCE_CASES = cue_words("reference_cases")
#: Prepositions of the source a clause is attributed to ("according to the statement"): no event of its date.
SOURCE_CASES = cue_words("source_cases")
#: Relative adverbs opening an adverbial clause of a dated verb that happened then and there too ("met in Barbados on
#: October 17, where they reached a wide consensus").
SAME_DAY_RELATIVES = cue_words("same_day_relatives")
#: Prepositions of an event noun that is where a support verb's act was done ("agreed in a call ... to halt strikes").
SETTING_CASES = cue_words("setting_cases")
#: Units whose count before an event noun makes it a stretch with no day of its own ("after months of negotiations").
COUNTED_UNITS = frozenset({"day", "week", "month", "year", "hour"})
#: Of those, the units of a stretch that ends on the day of what followed it ("nearly 12 hours of talks").
WITHIN_A_DAY = frozenset({"hour"})
#: Verbs by which a dated event is told as coming after another ("a news conference that followed ... talks").
FOLLOWING_VERBS = cue_words("following_verbs")
#: Prepositions that make an event noun a circumstance of a verb, not what the verb reports ("a ceasefire was agreed
#: on July 28 following Malaysia's intervention": the ceasefire, not the intervention).
ADJUNCT_CASES = cue_words("adjunct_cases")


@cache
def topic_cases() -> frozenset[str]:
    """Prepositions that make an event noun the topic of another event ("talks on sanctions relief")."""
    return frozenset(row[0] for row in read_tsv("topics.tsv", 1))


#: The basis (``timeline.schema.BASES``) each rule that finds a date's event gives it, by the rule's name (the start
#: of ``Attachment.how``). The date is said of the event's own clause: the word it modifies or one above it, a light
#: verb's noun, or an event the clause sets it in ("talks it followed"). Another word of the sentence: the nearest
#: in the parse, a coordinated event, an event a saying reports or an act done at the dated event. Counted from
#: another event ("a day after the talks"). Or told by an earlier sentence ("continues the day before").
RULE_BASES: Mapping[str, str] = {
    "modifies": "clause", "above": "clause", "light verb": "clause", "bare limit": "clause",
    "deal the talks ended without": "clause", "verbless setting": "clause", "talks the agreeing was done at": "clause",
    "talks its doers were meeting at": "clause", "talks it followed": "clause", "setting of the date": "clause",
    "nearest in the tree": "sentence", "shares the date": "sentence", "reported": "sentence",
    "act at the dated event": "sentence", "announcing act": "clause",
    "counted back": "count", "length of": "count",
    "continues the day before": "context",
}


@dataclass(frozen=True)
class Attachment:
    """The event a date belongs to: ``typed`` names the event (its type), ``cue`` is the word its status and actors
    are read around (the support, frame or demand word holding it, or the event word itself); ``how`` says which
    rule chose it."""

    typed: TriggerHit
    cue: TriggerHit
    typed_word: int
    cue_word: int
    how: str
    verb: int | None = None  # the verb the date hangs on, when it is one: its subject is the event's actor

    @property
    def basis(self) -> str:
        """What the date rests on (``RULE_BASES``), by the rule that found the event: ``how`` up to its comma."""
        return RULE_BASES[self.how.split(",")[0]]


#: Nouns naming a text, which is published when released (``_published``).
RELEASED_TEXTS = cue_words("released_texts")
#: What releasing a text is: making a statement.
PUBLISHING = Trigger("", "statement", "010", "make statement", "event", -1)
#: What concluding negotiations is: reaching the deal they were about (``_concluded_negotiations``).
CONCLUDED = Trigger("", "agreement", "057", "sign formal agreement", "event", -1)
#: Nouns of an armed conflict, and what a phase verb says of one (``_armed_conflict``): fighting, as a war is.
ARMED_CONFLICT_NOUNS = cue_words("armed_conflict_nouns")
FIGHTING = Trigger("", "military", "190", "use conventional military force", "event", -1)


def _published(parse: Parse, hit: TriggerHit, root: int) -> TriggerHit:
    """An exchange verb whose thing let go is a text publishes it, a statement, and sets no one free: a text noun as
    its object, or the noun it describes ("a commentary by ... Maria Zakharova released on Saturday", dev 172;
    "May 28: Text of the bill released", dev 193)."""
    w = parse.words[root]
    if hit.trigger.event_type != "exchange" or w.pos != "VERB":
        return hit
    released = [w.head] if w.dep == "acl" else parse.dependents(root, ("obj", "nsubj:pass"))
    if any(parse.words[k].lemma in RELEASED_TEXTS for k in released):
        return TriggerHit(hit.start, hit.end, PUBLISHING)
    return hit


class Triggers:
    """A sentence's trigger hits by word: every word of a hit points to it; the hit's head word is its root."""

    def __init__(self, parse: Parse, hits: list[TriggerHit], dated: frozenset[int] = frozenset()) -> None:
        self.parse = parse
        self.dated = dated  # words a date of the sentence hangs on
        self.by_word: dict[int, TriggerHit] = {}
        self.head: dict[int, int] = {}  # id(hit) -> head word
        for hit in hits:
            root = parse.root_of(hit.start, hit.end)
            if root is None:
                continue
            hit = _published(parse, hit, root)
            self.head[id(hit)] = root
            for i in parse.span(hit.start, hit.end):
                self.by_word.setdefault(i, hit)

    def at(self, i: int) -> TriggerHit | None:
        hit = self.by_word.get(i)
        return hit if hit is not None and hit.trigger.role != "-" else None

    def word(self, hit: TriggerHit) -> int:
        return self.head[id(hit)]

    def events_below(self, i: int, relations: frozenset[str]) -> Iterator[tuple[int, TriggerHit]]:
        """Event words hanging on word ``i`` by ``relations`` (through an ``xcomp`` verb's object too), nearest
        first."""
        parse = self.parse
        for c in sorted(parse.children[i], key=lambda c: abs(c - i)):
            if parse.words[c].dep not in relations or self.is_adjunct(c):
                continue
            hit = self.at(c)
            if hit is not None and hit.trigger.role == "event" and not self.is_topic(c):
                yield c, hit
            elif parse.words[c].dep == "xcomp":  # "agreed to hold talks": the complement verb's object
                yield from self.events_below(c, OBJECT_OF_SUPPORT - {"xcomp", "ccomp"})
            elif hit is None and parse.words[c].pos in ("NUM", "PRON"):  # "Round one of the peace talks has been
                yield from self.events_below(c, frozenset({"nmod"}))  # concluded": the talks

    def is_adjunct(self, i: int) -> bool:
        """An oblique event noun after "following", "amid", "before"... is a circumstance, not an argument; after
        "according to", a source."""
        w = self.parse.words[i]
        cases = self.parse.dependent_words(i, ("case",))
        return w.dep.startswith(("obl", "nmod")) and bool(cases & (ADJUNCT_CASES | SOURCE_CASES))

    def is_topic(self, i: int) -> bool:
        """An event noun that is what another event is about ("talks on sanctions relief") dates nothing itself."""
        w = self.parse.words[i]
        cases = self.parse.dependent_words(i, ("case",))
        head = self.at(w.head)
        return w.dep.startswith(("nmod", "obl")) and bool(cases & topic_cases()) and head is not None \
            and head.trigger.role == "event" and w.head != i


def date_anchor(parse: Parse, root: int) -> int:
    """The word a date (whose root word is ``root``) modifies: its head; for a date heading its own line or fragment
    ("May 6: India launched strikes"), the first predicate hanging on it."""
    w = parse.words[root]
    if w.head != root:
        opened = _opened_clause(parse, root)
        if opened is not None:
            return opened
        head = parse.date_head(root)
        if head != w.head:
            return head
        opened = _complement_opened(parse, root, head)
        if opened is not None:
            return opened
        return _clause_before_attribution(parse, root, parse.saying_of(
            root, _clause_before(parse, root, _of_phrase_owner(parse, root, w.head)), SPEECH))
    for c in parse.children[root]:
        if parse.words[c].dep in FRAGMENT and parse.words[c].pos in ("VERB", "AUX", "NOUN", "PROPN"):
            return c
    return root


def _opened_clause(parse: Parse, root: int) -> int | None:
    """A date right after a joining "and" or "but", with a subject and its verb after it, opens that verb's clause
    ("raised the prospect in mid-September, and two weeks ago Rodríguez met opposition representatives", however the
    parser hangs the date): the verb. Not a date joined to another ("in May and early June, but the talks ...")."""
    words = parse.words
    span = [i for i in parse.subtree(root) if words[i].pos not in _PUNCT]
    first = span[0] if words[span[0]].pos == "CCONJ" else span[0] - 1
    if first < 0 or words[first].lower not in CLAUSE_JOINS or words[root].dep == "conj":
        return None
    for k in range(max(span) + 1, len(words)):
        if words[k].pos in _PUNCT or words[k].pos in ("CCONJ", "SCONJ"):
            return None  # the date's clause ends before another opens
        if words[k].pos in ("VERB", "AUX") and parse.is_clause_head(k):
            subjects = [s for s in parse.dependents(k, SUBJECT) if max(span) < s < k]
            return k if subjects else None
    return None


def _complement_opened(parse: Parse, root: int, head: int) -> int | None:
    """A date hung on a speech verb but standing right after the "that" opening the verb's complement clause, before
    that clause's verb, dates the clause ("Alex Raufogli ... wrote that on Friday, August 8, U.S. President Donald
    Trump would hold a meeting", dev 082, "that" read as the verb's object): that clause's verb; else None."""
    first = min(parse.subtree(root))
    if parse.words[head].lemma not in SPEECH or first == 0 or parse.words[first - 1].lower != "that" \
            or not head < first:
        return None
    return next((c for c in parse.dependents(head, ("ccomp",)) if c > root), None)


def _clause_before(parse: Parse, root: int, head: int) -> int:
    """A date hung on a verb but standing right after an adverbial clause of that verb with a subject of its own
    ("talks got underway after Azerbaijan retook Karabakh in September 2023") modifies that clause's verb: the
    nearer reading, which the parser often misses."""
    first = min(parse.subtree(root))
    for c in parse.children[head]:
        if parse.words[c].dep == "advcl" and c < root and max(parse.subtree(c)) == first - 1 \
                and parse.dependents(c, SUBJECT) and parse.words[c].pos in ("VERB", "AUX"):
            return c
    return head


def _of_phrase_owner(parse: Parse, root: int, head: int) -> int:
    """A date after the noun of an "of" phrase, hung on that noun ("their largest prisoner exchange of the war on
    Friday"), modifies the noun the phrase belongs to: the parser's nearest reading, rarely the meant one."""
    h = parse.words[head]
    while h.dep == "nmod" and h.pos in ("NOUN", "PROPN") and root > head and parse.words[root].dep == "nmod" \
            and "of" in parse.dependent_words(head, ("case",)) and parse.dependents(root, ("case",)):
        head = h.head
        h = parse.words[head]
    return head


def _clause_before_attribution(parse: Parse, root: int, head: int) -> int:
    """A date hung on a speech verb but ending the clause that verb's attribution follows, in one stretch with that
    clause's verb and before the comma ("Russia fired dozens of missiles at Kyiv overnight, Ukrainian officials said
    on Wednesday") modifies that clause's verb; otherwise ``head``."""
    if parse.words[head].lemma not in SPEECH or root > head:
        return head
    date = parse.subtree(root)
    if not parse.comma_between(max(k for k in date if parse.words[k].pos not in _PUNCT), head):
        return head
    first = min(date)
    return next((c for c, _ in _said(parse, head) if c < first and not parse.comma_between(c, first)),
                head)  # not "summit, where, at 10.35am, the PM"


#: Words of a birth ("born", not the lemma "bear": "bore the brunt"): a date on one is a birth date, no event.
BIRTHS = cue_words("births")


def attach(parse: Parse, triggers: Triggers, root: int, when: When, background: bool = False) -> Attachment | None:
    """The event the date rooted at word ``root`` belongs to. ``when`` places the date against the publication date:
    ``future`` (it starts after it: frames then date the event they govern), ``past`` (it ended before it),
    ``present`` (it holds the publication date), ``unknown``; ``background``: the date is a month or longer. A birth
    date belongs to none (GUIDE section 2: "The president, who was born in 1952, met the envoy")."""
    anchor = date_anchor(parse, root)
    if parse.words[anchor].lower in BIRTHS:
        return None
    verb = anchor if parse.words[anchor].pos in ("VERB", "AUX") else None
    chosen = _find(parse, triggers, anchor, root, when, background)
    return replace(chosen, verb=verb) if chosen is not None else None


def _find(parse: Parse, triggers: Triggers, anchor: int, root: int, when: When, background: bool) -> Attachment | None:
    for i, how in [*_climb(parse, anchor, root), *_nearest(parse, triggers, anchor, root, background)]:
        if _set_apart(parse, i, root):
            continue
        hit = triggers.at(i)
        if hit is not None and triggers.is_topic(i):
            continue  # "vote on the deal on December 30" read with the date on "deal": the vote's date
        if hit is not None and hit.trigger.role != "light":
            chosen = by_role(parse, triggers, i, hit, when, how)
            if chosen is not None:
                return chosen
            continue
        if hit is not None:  # a light verb: the frame or event it issues ("presented a final draft on Monday"),
            issued = parse.dependents(i, ("obj",))  # else the frame noun it belongs to ("the proposal made Saturday")
            for j in (*issued, parse.words[i].head, *parse.ancestors(i)):
                held = triggers.at(j)
                if held is not None and held.trigger.role in ("frame", "event") and not _reports(parse, j, i):
                    # never the speech verb reporting it ("has argued that it was made to surrender the island group
                    # in 1965", real news dev 132: the date is the surrender's, not the arguing's)
                    return by_role(parse, triggers, j, held, when, "light verb")
            text = _text_act(parse, i, ("obj",))  # else a text it issues: a statement
            if text is not None:
                return Attachment(text, text, i, i, f"{how}, text issued")
            continue
        giver = _subject_giver(parse, i)
        arguments = [*triggers.events_below(i, OBJECT_OF_SUPPORT), *triggers.events_below(i, SUBJECT_OF_SUPPORT),
                     *(_shared_subject_events(parse, triggers, giver) if giver != i else ())]
        for j, noun in arguments:  # an unlexicalised verb: its object ("will pick up their talks"), else its subject
            if _set_apart(parse, j, root):
                continue
            return Attachment(noun, noun, j, j, f"{how}, its argument")
        text = _text_act(parse, i, ("nsubj",))  # else a text telling something: a statement
        if text is not None and parse.words[i].pos == "VERB":
            return Attachment(text, text, i, i, f"{how}, text telling")
    return None


def _text_act(parse: Parse, i: int, relations: tuple[str, ...]) -> TriggerHit | None:
    """A statement made by verb ``i`` with a text for its ``relations`` argument: a text issued by a light verb ("The
    IAEA issued reports on Wednesday setting out its problems with Iran", real news dev 176) or telling by an
    unlexicalised verb ("a ministerial meeting on July 15 ..., a document showed on Monday", dev 089): the text is
    made public that day, whatever it tells of."""
    if not any(parse.words[k].lemma in RELEASED_TEXTS for k in parse.dependents(i, relations)):
        return None
    w = parse.words[i]
    return TriggerHit(w.start, w.end, PUBLISHING)


def _set_apart(parse: Parse, i: int, root: int) -> bool:
    """Word ``i`` sits in an aside between dashes that the date rooted at ``root`` is outside of: an aside tells
    something beside the clause, never the event of a date outside it ("Lebanon and Israel - two neighbouring states
    formally at war - on Thursday sign a landmark agreement", dev 107, read with the date under "war"; "It was in fact
    partly broken in May – before the six-month term had run out – in four departments", dev 044)."""
    return bool(parse.aside[i]) and parse.aside[i] != parse.aside[root]


def _subject_giver(parse: Parse, i: int) -> int:
    """The word whose subject verb ``i`` shares: the first of coordinated verbs when ``i`` has none of its own ("The
    ceasefire has been observed since 6 p.m. and would run through Sunday"); else ``i`` itself."""
    w = parse.words[i]
    if w.dep == "conj" and w.pos in ("VERB", "AUX") and not parse.dependents(i, SUBJECT):
        return w.head
    return i


def _shared_subject_events(parse: Parse, triggers: Triggers, giver: int) -> list[tuple[int, TriggerHit]]:
    """The events naming the subject verb ``giver`` shares with a verb coordinated after it, however the parser hangs
    that subject: on the verb, or on a word it reads as the verb's preposition or auxiliary ("The talks were due to
    finish on Friday but went on throughout Saturday", real news dev 208: "talks" hung on "due")."""
    heads = [giver, *parse.dependents(giver, ("case", "mark", "aux", "cop"))]
    return [pair for h in heads for pair in triggers.events_below(h, SUBJECT_OF_SUPPORT)]


def _climb(parse: Parse, anchor: int, root: int) -> Iterator[tuple[int, str]]:
    """Where a date looks for its event first: the word it modifies, then up the tree to its clause's head; never
    into the date itself."""
    yield anchor, "modifies"
    clause = parse.clause_of[anchor]
    for i in parse.ancestors(anchor):
        if parse.clause_of[i] != clause and i != clause:
            break
        if i != root:
            yield i, "above"


def _nearest(parse: Parse, triggers: Triggers, anchor: int, root: int, background: bool) -> list[tuple[int, str]]:
    """Then the other trigger words of the sentence, nearest in the tree first (a word of another clause counts
    ``CLAUSE_STEP`` edges further); at equal distance the one before the date, then the closer in the text; never the
    speech verb reporting the date's clause ("The aircraft left Abha before 9 am on Saturday, said Jessica
    Moussan"; "the EU said delegates will take up their work again on Monday"; "says that since September 27 it has
    recovered"), nor the source the clause is attributed to ("According to the joint statement, the changes would
    come into force by Wednesday"); for a ``background`` date, none outside the clause of another doer
    (``_clause_of_other_doer``)."""
    span = set(parse.subtree(root)) if parse.words[root].head != root else {root}
    heads = {triggers.word(h) for h in set(triggers.by_word.values())} - span - {anchor} - _reference(parse, root)
    own = _clause_of_other_doer(parse, triggers, anchor) if background else None
    if own is not None:
        heads &= own
    ranked = sorted(heads, key=lambda i: (
        parse.distance(anchor, i) + (CLAUSE_STEP if parse.clause_of[i] != parse.clause_of[anchor] else 0),
        i > root, abs(i - root)))
    return [(i, "nearest in the tree") for i in ranked if not triggers.is_topic(i)
            and not parse.dependent_words(i, ("case",)) & SOURCE_CASES
            and not _reports(parse, i, anchor) and not _charged(parse, triggers, i, anchor)
            and not _ahead_of_saying(parse, i, anchor)]


#: Relations of a subject that does what its verb says (not the patient of a passive: "the two English-speaking regions
#: that were joined to post-independence Cameroon in 1961", dev 163, were joined by others).
ACTIVE_SUBJECT = frozenset({"nsubj", "csubj"})
#: Nouns of a conflict the lexicon gives no event type: as a subject they name a happening, not a doer.
CONFLICT_NOUNS = cue_words("conflict_nouns")


def _clause_of_other_doer(parse: Parse, triggers: Triggers, anchor: int) -> set[int] | None:
    """The words of the clause of the date's verb when that verb names no event and its subject, the doer, names none
    either: a month or a year on it is the background of that doer's doing ("who have battled government troops since
    May this year", dev 148; "since Mali joined forces with Russia's Wagner mercenary group in 2021", dev 167; "the
    voluntary one million bpd cut it has applied since July", dev 184), so its event lies inside that clause (clauses
    joined to it with subjects of their own aside), never in the clause it hangs on; else None. A relative pronoun
    stands for its noun, an apposition for the noun it renames ("30 years of war ..., a conflict that grew worse in
    2021", dev 023)."""
    w = parse.words[anchor]
    subjects = parse.dependents(anchor, ACTIVE_SUBJECT)
    if w.pos not in ("VERB", "AUX") or triggers.at(anchor) is not None or not subjects:
        return None
    for s in subjects:
        if parse.words[s].tag in ("WDT", "WP") and w.dep == "acl:relcl":
            s = w.head
        while not _names_a_happening(parse, triggers, s) and parse.words[s].dep == "appos":
            s = parse.words[s].head
        if _names_a_happening(parse, triggers, s):
            return None
    inside = set(parse.subtree(anchor))
    for c in parse.dependents(anchor, ("conj",)):
        if parse.dependents(c, SUBJECT):
            inside -= set(parse.subtree(c))
    return inside


def _names_a_happening(parse: Parse, triggers: Triggers, i: int) -> bool:
    """Word ``i`` names an event of the lexicon or a conflict ("a conflict that grew worse in 2021", dev 023)."""
    return triggers.at(i) is not None or parse.words[i].lemma in CONFLICT_NOUNS


def _ahead_of_saying(parse: Parse, speech: int, anchor: int) -> bool:
    """The date's verb (or the verb it complements) is future or modal and speech verb ``speech`` is not: what is said
    to come is no date of the saying, however the parser joins the two ("the Foreign Ministry said the exchange ...
    would happen on September 18", read with "happen" a conjunct of "said"; "gas will keep flowing ... starting 1
    January, said Alexey Miller", read with "said" a complement of "keep")."""
    def ahead(k: int) -> bool:
        return any(parse.words[a].lower in NOT_DONE for a in parse.dependents(k, ("aux", "aux:pass"))) \
            or scheduling(k)

    def scheduling(k: int) -> bool:  # "are set to restart"
        return parse.words[k].lower in SCHEDULING_WORDS and any(
            "to" in parse.dependent_words(c, ("mark",)) for c in parse.dependents(k, ("xcomp",)))

    group = anchor  # the date's verb group: "will keep flowing ... starting 1 January" is ahead by "will"
    while parse.words[group].dep == "xcomp" and not ahead(group) and parse.words[group].head != group:
        group = parse.words[group].head
    verb = parse.words[anchor].pos in ("VERB", "AUX") or scheduling(anchor)  # "set" in "are set to" may be an ADJ
    return parse.words[speech].lemma in SPEECH and verb and ahead(group) and not ahead(speech)


def _charged(parse: Parse, triggers: Triggers, speech: int, anchor: int) -> bool:
    """Word ``anchor`` lies in the object of statement word ``speech``, what it charges or denies ("accused Moscow
    of breaking that pledge the following day", parsed with the date under "Moscow"): the date is the charge's."""
    hit = triggers.at(speech)
    return hit is not None and hit.trigger.event_type == "statement" and any(
        anchor in parse.subtree(c) for c in parse.dependents(speech, ("obj",)))


def _reference(parse: Parse, root: int) -> set[int]:
    """The event a date ending in "after" or "before" counts from ("the day after the Pahalgam attack": the attack's
    date is the tagger's reference point): never the event the date dates."""
    k = max(parse.subtree(root)) + 1
    w = parse.words[k] if k < len(parse.words) else None
    return {w.head} if w is not None and w.lower in REFERENCE_CASES and w.dep in ("case", "mark") else set()


def _reports(parse: Parse, speech: int, anchor: int) -> bool:
    """Word ``anchor`` lies in what speech verb ``speech`` reports: a date there is no date of the saying."""
    return parse.words[speech].lemma in SPEECH and any(
        parse.words[c].dep in ("ccomp", "parataxis") and anchor in parse.subtree(c) for c in parse.children[speech])


def by_role(parse: Parse, triggers: Triggers, i: int, hit: TriggerHit, when: When, how: str) -> Attachment | None:
    role = hit.trigger.role
    if role == "event":
        verb = _concluding_verb(parse, triggers, i, hit)
        if verb is not None:  # the date read on the noun ("wrapped up negotiations on a trade agreement Tuesday")
            return by_role(parse, triggers, verb, triggers.by_word[verb], when, how)
        frame = _governing_frame(parse, triggers, i)
        if frame is not None:
            j, frame_hit = frame
            if when != "future":
                return Attachment(frame_hit, frame_hit, j, j, f"{how}, frame of the event")
            return Attachment(hit, frame_hit, i, j, f"{how}, event of a frame")
        return Attachment(hit, hit, i, i, how)
    if role == "frame":
        if when != "future":
            return Attachment(hit, hit, i, i, how)
        for j, noun in triggers.events_below(i, FRAME_COMPLEMENT):
            return Attachment(noun, hit, j, i, f"{how}, event the frame governs")
        for j, _ in _said(parse, i):  # "Israel could strike ... next month, officials have warned"
            said = triggers.at(j)
            if said is not None and said.trigger.role == "event":
                return Attachment(said, hit, j, i, f"{how}, event the frame reports")
        return Attachment(hit, hit, i, i, how)
    if role == "demand":
        for j, noun in triggers.events_below(i, OBJECT_OF_SUPPORT):
            return Attachment(noun, hit, j, i, f"{how}, event demanded")
        if when == "future":
            return None
        return Attachment(hit, hit, i, i, f"{how}, the call itself")  # "issued an appeal on Thursday for the PKK
        # to disband": no event named, the call is the event
    # support: aspect verbs ("-") report their subject first, typed ones their object first
    subjects = list(triggers.events_below(i, SUBJECT_OF_SUPPORT))
    objects = _past_settings(parse, triggers, [
        (j, noun) for j, noun in triggers.events_below(i, OBJECT_OF_SUPPORT)
        if hit.trigger.event_type == "-" or parse.words[j].dep != "ccomp"])  # "declared that Russia was suspending
    # the deal", "agreed that each would free 1,000 prisoners": the clause is what was said or agreed, the act itself
    # is the verb's
    if parse.words[i].dep in ("acl", "acl:relcl"):
        head = parse.words[i].head  # "a truce declared in March", "the talks that ended on Friday"
        held = triggers.at(head)  # not talks with a date of their own ("talks this Sunday, Albusaidi announced")
        if held is not None and held.trigger.role == "event" and head not in triggers.dated:
            subjects.insert(0, (head, held))
    if not subjects and hit.trigger.event_type == "-" and not any(parse.words[j].dep == "obj" for j, _ in objects):
        subjects = _antecedent_event(parse, triggers, i)  # "negotiations between Ankara and Ocalan, which began"
    if not subjects and parse.words[i].dep == "xcomp" and not parse.dependents(i, SUBJECT_OF_SUPPORT):
        subjects = list(triggers.events_below(parse.words[i].head, SUBJECT_OF_SUPPORT))  # an open complement's
        # subject is its governor's: "The verbal agreement was said to take effect from 5 pm on May 10" (dev 197)
    if not subjects and not parse.dependents(i, SUBJECT_OF_SUPPORT):
        subjects = _noun_before(parse, triggers, i)
    order = subjects + objects if hit.trigger.event_type == "-" else objects + subjects
    if hit.trigger.event_type == "statement":  # "the meeting was officially confirmed": the confirming is the act
        order = [(j, noun) for j, noun in order if noun.trigger.event_type not in ANNOUNCED_ACTS_OF]
    if hit.trigger.event_type == "agreement":  # "at a trilateral summit, Pashinyan and Aliyev consented": the
        order = [(j, noun) for j, noun in order if not _talks_held_at(parse, j, noun)]  # consenting is the act, the
        # summit where it was done shares its date (``_talks_agreed_at``)
    if order:
        j, noun = order[0]
        if _concluded_negotiations(parse, i, j, noun):
            return Attachment(TriggerHit(hit.start, hit.end, CONCLUDED), hit, i, i, f"{how}, negotiations concluded")
        if hit.trigger.event_type == "agreement" and (noun.trigger.event_type == "proposal" or (
                noun.trigger.event_type == "talks" and parse.words[i].lemma in ACCEPTING)):
            return Attachment(hit, hit, i, i, f"{how}, agreement to a proposal")  # "accepted the draft agreement",
            # "accepted face-to-face negotiations": the accepting is done, the talks are not
        return Attachment(noun, hit, j, i, f"{how}, event the verb reports")
    if hit.trigger.event_type == "-":
        return _armed_conflict(parse, i, hit, how)
    for j, act in _typed_acts(parse, triggers, i):
        return Attachment(act, hit, j, i, f"{how}, act the verb reports")
    return Attachment(hit, hit, i, i, how)


def _concluded_negotiations(parse: Parse, verb: int, j: int, noun: TriggerHit) -> bool:
    """Support verb ``verb`` brings to an end the negotiating process that talks word ``j`` names, not a round or a
    meeting of it: the deal is reached ("Indonesia and the European Union wrapped up negotiations on a trade agreement
    Tuesday", dev 173; "the negotiations are expected to wrap up in the course of next week", dev 155), where
    "wrapped up the eleventh round of negotiations" (dev 081) and "trade talks ... concluded on Tuesday" (dev 064)
    end talks."""
    return noun.trigger.event_type == "talks" and parse.words[verb].lemma in CONCLUDING \
        and parse.words[j].lemma in NEGOTIATING_PROCESSES


def _concluding_verb(parse: Parse, triggers: Triggers, i: int, hit: TriggerHit) -> int | None:
    """The support verb whose object or subject is negotiations word ``i`` when it concludes them
    (``_concluded_negotiations``); else None."""
    verb = parse.words[i].head
    verb_hit = triggers.at(verb)
    if verb_hit is None or verb_hit.trigger.role != "support" or parse.words[i].dep not in ("obj", *SUBJECT_OF_SUPPORT):
        return None
    return verb if _concluded_negotiations(parse, verb, i, hit) else None


def _past_settings(parse: Parse, triggers: Triggers, found: list[tuple[int, TriggerHit]]) -> list[
        tuple[int, TriggerHit]]:
    """A support verb's event noun after "in" or "at" is where the act was done, and an event an infinitive on it
    names is what was done ("agreed in a call with Trump to halt strikes", the infinitive parsed as the call's): that
    event comes before the setting."""
    out = []
    for j, noun in found:
        if parse.words[j].dep.startswith("obl") and parse.dependent_words(j, ("case",)) & SETTING_CASES:
            for c in parse.dependents(j, ("acl",)):
                hit = triggers.at(c)
                if hit is not None and hit.trigger.role == "event" and "to" in parse.dependent_words(c, ("mark",)):
                    out.append((c, hit))
        out.append((j, noun))
    return out


def _talks_held_at(parse: Parse, j: int, noun: TriggerHit) -> bool:
    """Event noun ``j`` is talks where a verb's act was done: after "at" or "in" ("at a trilateral summit in
    Brussels", read as an oblique or, by the parser, as a subject), not what the act was about."""
    return noun.trigger.event_type == "talks" and noun.trigger.role == "event" \
        and bool(parse.dependent_words(j, ("case",)) & SETTING_CASES)


def _typed_acts(parse: Parse, triggers: Triggers, verb: int) -> list[tuple[int, TriggerHit]]:
    """A typed support word used as the noun object of a verb ("welcomes the signing today"): the act reported."""
    out = []
    for c in parse.dependents(verb, ("obj",)):
        act = triggers.at(c)
        if act is not None and act.trigger.role == "support" and act.trigger.event_type != "-" \
                and parse.words[c].pos == "NOUN":
            out.append((c, act))
    return out


def _antecedent_event(parse: Parse, triggers: Triggers, verb: int) -> list[tuple[int, TriggerHit]]:
    """The event a relative "which" or "that" subject of an aspect verb stands for, however the parser hangs the
    clause: the first common noun before the pronoun, names and the titles in them passed over (a "which" stands for
    no person), when it names an event with no date of its own ("indirect negotiations between Ankara and the
    imprisoned PKK founder Ocalan, which began in October", dev 178; "the details of a truce, put forward jointly by
    Russia and Turkey, that began Sunday", dev 104); none for "the rebel group, which began ..."."""
    relative = [s for s in parse.dependents(verb, SUBJECT_OF_SUPPORT) if parse.words[s].tag == "WDT"]
    k = _antecedent(parse, relative[0]) if relative else None
    if k is None:
        return []
    hit = triggers.at(k)
    return [(k, hit)] if hit is not None and hit.trigger.role == "event" and k not in triggers.dated else []


def _antecedent(parse: Parse, relative: int) -> int | None:
    """The noun a relative pronoun ``relative`` stands for: the first common noun before it, names and the titles in
    them passed over ("indirect negotiations between Ankara and the imprisoned PKK founder Ocalan, which began")."""
    return next((k for k in range(relative - 1, -1, -1)
                 if parse.words[k].pos == "NOUN" and parse.words[parse.words[k].head].pos != "PROPN"), None)


def _armed_conflict(parse: Parse, verb: int, hit: TriggerHit, how: str) -> Attachment | None:
    """A phase verb (``verb``, a support of no type: "began", "broke out", "ended") whose subject is an armed conflict
    the lexicon names no event for, or a relative "which" standing for one: the fighting, as "the war began" is ("The
    conflict in Karabakh began in February 1988", real news dev 228; "Africa's oldest conflicts, which began in
    1982", dev 119)."""
    for s in parse.dependents(verb, SUBJECT_OF_SUPPORT):
        noun = _antecedent(parse, s) if parse.words[s].tag == "WDT" else s
        if noun is not None and parse.words[noun].lemma in ARMED_CONFLICT_NOUNS:
            w = parse.words[noun]
            return Attachment(TriggerHit(w.start, w.end, FIGHTING), hit, noun, verb, f"{how}, armed conflict")
    return None


def _noun_before(parse: Parse, triggers: Triggers, verb: int) -> list[tuple[int, TriggerHit]]:
    """The event noun right before a verb that has no subject in the parse ("the war began on October 7" parsed
    with "war" elsewhere): only articles, adjectives and the like between them."""
    k = verb - 1
    while k >= 0 and parse.words[k].dep in _SUBJECT_GAP and triggers.at(k) is None:
        k -= 1
    hit = triggers.at(k) if k >= 0 else None
    if hit is not None and hit.trigger.role == "event" and parse.words[k].pos in ("NOUN", "PROPN"):
        return [(k, hit)]
    return []


def _governing_frame(parse: Parse, triggers: Triggers, i: int) -> tuple[int, TriggerHit] | None:
    """The frame word governing event word ``i`` as its complement ("proposed talks", "a proposal for talks"), or
    modifying it ("the proposed talks")."""
    for c in parse.children[i]:
        hit = triggers.at(c)
        if parse.words[c].dep in ("amod", "acl") and hit is not None and hit.trigger.role == "frame":
            return c, hit
    w = parse.words[i]
    head = w.head
    if head == i or w.dep not in FRAME_COMPLEMENT | {"obj"}:
        return None
    hit = triggers.at(head)
    if hit is not None and hit.trigger.role == "frame":
        return head, hit
    if parse.words[head].dep == "xcomp":  # "offered to hold talks"
        above = triggers.at(parse.words[head].head)
        if above is not None and above.trigger.role == "frame":
            return parse.words[head].head, above
    return None


def shared_events(parse: Parse, triggers: Triggers, attached: Attachment, dated: Mapping[int, object]) -> list[
        Attachment]:
    """Events that share a date with ``attached``: verbs coordinated with its clause's verb (or with the predicate
    of a dated fragment: "March 21, 2022: Zelenskyy asks for talks and is turned down") that have no subject and no
    date of their own ("met on Monday and agreed a truce"), an "after"-clause of it ("said Friday after
    meeting with Pashinyan") or a "where"-clause ("met on October 17, where they reached a consensus"), what a
    dated statement reports as done, and the statement of a verb making the dated event public ("confirmed the
    release on Thursday"). ``dated``: words that carry a date of their own (for a "where"-clause, in the
    clause itself: "reached a consensus on the election, which is set for next year" still shares the date)."""
    out: list[Attachment] = []
    heads = dict.fromkeys((parse.clause_of[attached.cue_word], attached.verb))  # the verb: a fragment's predicate
    for c in (c for head in heads if head is not None for c in parse.children[head]):
        w = parse.words[c]
        marks = _clause_marks(parse, c)
        relative = same_scene(parse, c)
        own = parse.clause(c, with_complements=True) if relative else parse.subtree(c)
        if any(d in dated for d in own):
            continue
        shared_subject = w.dep == "conj" and "to" not in marks and (  # not "to accept"
            not parse.dependents(c, SUBJECT) or _other_doer_same_day(parse, c)) and not _attribution(parse, c)
        after = w.dep == "advcl" and bool(marks & SAME_DAY_MARKS) or w.dep in ("obl", "nmod") and bool(
            marks & SAME_DAY_MARKS - SEQUENCE_MARKS)
        if not (shared_subject or after or relative):
            continue
        hit = triggers.at(c)
        if hit is None and after and w.dep in ("obl", "nmod"):  # "freed ... at the opening of the fresh talks"
            c, hit = next(((k, h) for k in parse.dependents(c, ("nmod",))
                           if "of" in parse.dependent_words(k, ("case",)) and (h := triggers.at(k)) is not None
                           and h.trigger.role == "event"), (c, None))
        if hit is None:
            continue
        chosen = by_role(parse, triggers, c, hit, "past", "shares the date")
        if chosen is not None and chosen.typed_word != attached.typed_word \
                and not (after and _done_before(parse, c, marks, chosen)):
            out.append(chosen)
    verbs = [h for h in heads if h is not None]
    return out + _talks_agreed_at(parse, triggers, attached, dated) + _doers_meeting(parse, triggers, verbs, dated) \
        + _talks_it_followed(parse, triggers, attached, verbs, dated) + _setting_of(parse, triggers, attached) \
        + _verbless_setting(parse, triggers, attached, verbs, dated) + _reported(parse, triggers, attached, dated) \
        + _deal_not_reached(parse, triggers, attached, verbs, dated) + _announcing_act(parse, attached)


def _announcing_act(parse: Parse, attached: Attachment) -> list[Attachment]:
    """The making public itself, when the date hangs on a verb that announces the event its object names (GUIDE 2: a
    date belongs to each event the text tells of it): "US Secretary of State Marco Rubio and a lawyer for Karelina
    confirmed the release on Thursday" is the release and Rubio's statement (real news dev 076), "March 11th: The US
    declares an extra 25 per cent tariff" the tariff and its declaration (dev 194). Only a date of a day gives it
    (``extract._dated_events``)."""
    verb = attached.cue_word
    if attached.verb != verb or parse.words[verb].lemma not in ANNOUNCING \
            or attached.cue.trigger.event_type != "statement" or attached.typed.trigger.event_type == "statement" \
            or attached.typed_word not in parse.dependents(verb, ("obj",)):
        return []
    return [Attachment(attached.cue, attached.cue, verb, verb, "announcing act", verb)]


def _done_before(parse: Parse, clause: int, marks: set[str], chosen: Attachment) -> bool:
    """An "after"-clause with a subject of its own tells what was done before the dated act, on a day the text does
    not give ("Riyadh cut diplomatic ties with Tehran in 2016, after protesters stormed the Saudi Embassy", real news
    dev 230; "after the agreement was reached, the Armenian Ministry of Defense announced on October 10", dev 228);
    a meeting it tells is where the act was prepared that day ("made the announcement on March 13 ... after the two
    leaders met in Bishkek", dev 118), as a clause with no subject is ("said Friday after meeting with Pashinyan")."""
    return parse.words[clause].dep == "advcl" and bool(marks & SEQUENCE_MARKS) \
        and bool(parse.dependents(clause, SUBJECT)) and chosen.typed.trigger.event_type != "talks"


def _deal_not_reached(parse: Parse, triggers: Triggers, attached: Attachment, verbs: list[int],
                      dated: Mapping[int, object]) -> list[Attachment]:
    """The deal dated talks ended without ("after ceasefire talks with Putin in Alaska overnight ended with 'no
    deal'", real news dev 003; "negotiations ... have stalled after three days of talks, with state media in each
    country Tuesday blaming the other for the failure to strike a deal", dev 031): an agreement or truce in the words
    of the talks' verb that the sentence tells as not reached, with no date of its own, is not reached that day (GUIDE
    4: "broke up without agreement" is the agreement, negated)."""
    if attached.typed.trigger.event_type != "talks":
        return []
    return [Attachment(hit, hit, c, c, "deal the talks ended without")
            for c, hit in _undated_events_below(parse, triggers, attached, verbs, dated)
            if hit.trigger.event_type in ANNOUNCED_WHEN_DONE and triggers.word(hit) == c
            and not _in_circumstance(parse, c, verbs)
            and status_of(parse, c, c, hit.trigger.event_type, None, None, None) == "negated"]


def _undated_events_below(parse: Parse, triggers: Triggers, attached: Attachment, verbs: list[int],
                          dated: Mapping[int, object]) -> list[tuple[int, TriggerHit]]:
    """The event words within the dated verbs' words, in text order, other than the one the date went to, that carry
    no date of their own: the candidates for sharing its date."""
    out = []
    for c in sorted({c for v in verbs for c in parse.subtree(v)} - {attached.typed_word}):
        hit = triggers.at(c)
        if hit is not None and hit.trigger.role == "event" and not _dated_below(parse, c, dated):
            out.append((c, hit))
    return out


def _in_circumstance(parse: Parse, i: int, verbs: list[int]) -> bool:
    """Word ``i`` lies, below the dated verbs, in a clause or phrase marked as a circumstance, another occasion ("is due
    to sit down with Donald Trump in Washington on Monday, after ceasefire talks ... overnight ended with 'no deal'";
    "will travel to Washington on Monday to see Trump after the 'no deal' Alaska peace summit", real news dev 003: the
    deal not reached is the summit's, not Monday's)."""
    for k in (i, *parse.ancestors(i)):
        if k in verbs:
            return False
        if _clause_marks(parse, k) & ADJUNCT_CASES:
            return True
    return False


def _verbless_setting(parse: Parse, triggers: Triggers, attached: Attachment, verbs: list[int],
                      dated: Mapping[int, object]) -> list[Attachment]:
    """The event noun of a verbless adverbial clause ("while on a trip to Moscow") within the dated verb's words, with
    no date of its own: the setting the act was done in ("Foreign Minister Taro Kono said Monday while on a trip to
    Moscow", dev 124), however the parser hangs the noun (there: as the subject of the clause after it)."""
    return [Attachment(hit, hit, c, c, "verbless setting")
            for c, hit in _undated_events_below(parse, triggers, attached, verbs, dated)
            if parse.words[c].pos == "NOUN" and parse.dependent_words(c, ("mark",)) & (SAME_DAY_MARKS - SEQUENCE_MARKS)]


def _talks_agreed_at(parse: Parse, triggers: Triggers, attached: Attachment, dated: Mapping[int, object]) -> list[
        Attachment]:
    """The talks a dated agreeing verb was done at ("On April 6, at a trilateral summit in Brussels, Pashinyan and
    Aliyev consented to begin work on preparing a peace treaty", real news dev 093): held that day too, unless they
    carry a date of their own."""
    verb = attached.cue_word
    if attached.typed.trigger.event_type != "agreement" or attached.typed_word != verb:
        return []
    out = []
    for c in parse.children[verb]:
        hit = triggers.at(c)
        if hit is not None and _talks_held_at(parse, c, hit) and not _dated_below(parse, c, dated):
            out.append(Attachment(hit, hit, c, c, "talks the agreeing was done at"))
    return out


def _doers_meeting(parse: Parse, triggers: Triggers, verbs: list[int], dated: Mapping[int, object]) -> list[
        Attachment]:
    """Talks a present participle set off by a comma after the dated verb's subject tells of ("President Kiir and
    opposition leader Dr. Riek Machar, meeting at the Entebbe summit yesterday, agreed to delay ...", real news dev
    084, the participle read as a modifier of the subject or, by the parser, as its conjunct): the doers met that day,
    unless the participle carries a date of its own."""
    out = []
    for s in (s for v in verbs for s in parse.dependents(v, SUBJECT)):
        for c in parse.children[s]:
            w, hit = parse.words[c], triggers.at(c)
            if w.dep in ("acl", "conj") and w.pos == "VERB" and w.feature("VerbForm") == "Part" \
                    and w.feature("Tense") == "Pres" and parse.comma_between(s, c) and hit is not None \
                    and hit.trigger.event_type == "talks" and hit.trigger.role == "event" \
                    and not _dated_below(parse, c, dated):
                out.append(Attachment(hit, hit, c, c, "talks its doers were meeting at"))
    return out


def _clause_marks(parse: Parse, c: int) -> set[str]:
    """The words marking clause or phrase ``c``: its "mark" and "case" dependents, and a conjunction of sequence
    opening the noun phrase right before its verb that the parser hung on that noun, inside the subject, as a
    preposition ("... with the President of Kyrgyzstan Sadyr Japarov after the two leaders met in Bishkek", "after"
    read as the case of "leaders", dev 118)."""
    marks = parse.dependent_words(c, ("mark", "case"))
    for n in (n for s in parse.dependents(c, SUBJECT) for n in parse.subtree(s)):
        phrase = parse.subtree(n)
        opener = parse.words[min(phrase)]
        if max(phrase) == c - 1 and opener.dep == "case" and opener.head == n and opener.lower in SEQUENCE_MARKS:
            marks.add(opener.lower)
    return marks


def _dated_below(parse: Parse, i: int, dated: Mapping[int, object]) -> bool:
    """Some word of ``i``'s phrase carries a date of its own: the event it names is not dated by another's."""
    return any(k in dated for k in parse.subtree(i))


def same_scene(parse: Parse, clause: int) -> bool:
    """An adverbial clause opens with a relative "where" or "when" ("Delegates from both camps met in Barbados on
    October 17, where they reached a wide consensus"): it tells what was done then and there by the doers of the verb
    it hangs on, on that verb's day."""
    return parse.words[clause].dep == "advcl" and any(
        parse.words[m].lower in SAME_DAY_RELATIVES and parse.words[m].feature("PronType") == "Rel"
        for m in parse.dependents(clause, ("advmod",)))


def _talks_it_followed(parse: Parse, triggers: Triggers, attached: Attachment, verbs: list[int],
                       dated: Mapping[int, object]) -> list[Attachment]:
    """The meeting a dated agreement or statement came after ("agreed Thursday to keep up a direct dialogue after an
    initial meeting of their two leaders"), hung on its verb or that verb's "to"-complement: held that day, as far as
    the text tells; not a counted stretch of talks ("after months of negotiations": no day of its own)."""
    if attached.typed.trigger.event_type not in ("agreement", "statement"):
        return []
    verbs = verbs + [c for h in verbs for c in parse.children[h] if parse.words[c].dep in ("xcomp", "advcl")
                     and "to" in parse.dependent_words(c, ("mark",))]
    out = []
    for c in (c for v in verbs for c in parse.children[v]):
        hit = triggers.at(c)
        if parse.words[c].dep != "obl" or not parse.dependent_words(c, ("case", "mark")) & SEQUENCE_MARKS \
                or hit is None or hit.trigger.event_type != "talks" or hit.trigger.role != "event" or c in dated \
                or any(parse.words[k].pos == "NUM" or parse.words[k].lemma in COUNTED_UNITS
                       for k in parse.subtree(c) if k < c):
            continue
        out.append(Attachment(hit, hit, c, c, "talks it followed"))
    return out + _talks_it_came_after(parse, triggers, attached, dated)


def _talks_it_came_after(parse: Parse, triggers: Triggers, attached: Attachment, dated: Mapping[int, object]) -> list[
        Attachment]:
    """The talks a dated statement or agreement noun is said in a relative clause to have followed ("At a news
    conference that followed nearly 12 hours of talks at Ohrid ..., on Saturday, Borrell told journalists", dev 101):
    held that day, alone or as a stretch of hours; not of days or more."""
    out = []
    for clause in parse.dependents(attached.typed_word, ("acl:relcl",)):
        if parse.words[clause].lemma not in FOLLOWING_VERBS:
            continue
        for c in parse.dependents(clause, ("obj",)):
            if parse.words[c].lemma in WITHIN_A_DAY:  # "nearly 12 hours of talks": the talks
                c = next((k for k in parse.dependents(c, ("nmod",)) if "of" in parse.dependent_words(k, ("case",))), c)
            hit = triggers.at(c)
            if hit is not None and hit.trigger.event_type == "talks" and hit.trigger.role == "event" \
                    and c not in dated and not any(parse.words[k].lemma in COUNTED_UNITS for k in parse.subtree(c)):
                out.append(Attachment(hit, hit, c, c, "talks it followed"))
    return out


def relative_of_date(parse: Parse, triggers: Triggers, root: int) -> list[Attachment]:
    """The event of a relative clause opened right after a date by a preposition of time and "which" ("a meeting in
    Moscow on Monday at which Libya's parties did not sign a ceasefire agreement"): done that day too, however the
    parser hangs the clause."""
    k = max(parse.subtree(root)) + 1
    if k + 1 >= len(parse.words) or parse.words[k].lower not in SAME_DAY_MARKS - SEQUENCE_MARKS:
        return []
    pronoun = parse.words[k + 1]
    if pronoun.feature("PronType") != "Rel" or pronoun.head == pronoun.i:
        return []
    chosen = _event_of_clause(parse, triggers, pronoun.head, "shares the date")
    return [chosen] if chosen is not None else []


def setting_of_date(parse: Parse, triggers: Triggers, root: int, attached: Attachment) -> list[Attachment]:
    """The event noun the parser hung on the date itself after "in", "at" or "during" ("In a social media post
    Wednesday, U.S. President Donald Trump unveiled the Korea-U.S. agreement", dev 135, read with "post" under
    "Wednesday"): what the dated act was done in, that day too."""
    out = []
    for c in parse.dependents(root, ("nmod", "obl")):
        hit = triggers.at(c)
        if hit is not None and hit.trigger.role == "event" and c != attached.typed_word \
                and parse.dependent_words(c, ("case",)) & (SAME_DAY_MARKS - SEQUENCE_MARKS):
            out.append(Attachment(hit, hit, c, c, "setting of the date"))
    return out


def _event_of_clause(parse: Parse, triggers: Triggers, verb: int, how: str) -> Attachment | None:
    """The event a clause tells, done: its verb's, else the event noun of its subject or object."""
    hit = triggers.at(verb)
    chosen = by_role(parse, triggers, verb, hit, "past", how) if hit is not None else None
    if chosen is None:
        chosen = next((Attachment(noun, noun, j, j, how) for j, noun in
                       triggers.events_below(verb, SUBJECT_OF_SUPPORT | OBJECT_OF_SUPPORT)), None)
    return chosen


def _attribution(parse: Parse, c: int) -> bool:
    """Conjunct ``c`` is a speech verb joined with no "and" after a comma: the attribution of the dated clause, which
    gives no day of its own ("On Thursday, Kenyan President Uhuru Kenyatta received Qatar's envoy ..., Kenya's
    presidency said on Twitter", dev 106, read as a conjunct)."""
    return parse.words[c].lemma in SPEECH and not parse.dependents(c, ("cc",)) \
        and parse.comma_between(parse.words[c].head, c)


def _other_doer_same_day(parse: Parse, c: int) -> bool:
    """A coordinated clause with a named subject of its own, finite with no auxiliary, after a comma and "and" and a
    clause in the past, and no date of its own: the other side's act of the same day ("Hamas released three hostages
    on Saturday, and Israel set free 183 Palestinian prisoners", "set" read as a present)."""
    w = parse.words[c]
    return w.pos == "VERB" and w.feature("VerbForm") == "Fin" and parse.words[w.head].feature("Tense") == "Past" \
        and not parse.dependents(c, ("aux", "aux:pass")) and "and" in parse.dependent_words(c, ("cc",)) \
        and parse.comma_between(w.head, c) \
        and all(parse.words[k].pos == "PROPN" for k in parse.dependents(c, SUBJECT))  # a party named


def _setting_of(parse: Parse, triggers: Triggers, attached: Attachment) -> list[Attachment]:
    """The act done at a dated event that is its setting ("signed the declaration on the opening day of the summit on
    Sunday", the date read on the summit): the verb above the event noun, through nouns naming no event and an
    oblique, when it is a typed support verb reporting an event of its own."""
    k = attached.typed_word
    while parse.words[k].pos in ("NOUN", "PROPN") and parse.words[k].dep in ("nmod", "obl") \
            and parse.words[k].head != k:
        below, relation, k = k, parse.words[k].dep, parse.words[k].head
        if parse.words[k].pos != "VERB":
            if triggers.at(k) is not None or _count_of_time(parse, k):
                return []  # another event between: "a war that broke out in ..." under "a cessation of hostilities"
            continue
        hit = triggers.at(k)
        topic = below == attached.typed_word and not parse.dependent_words(below, ("case",)) & SETTING_CASES
        if hit is None and relation == "obl" and not topic:
            return _argument_act(parse, triggers, k)
        if relation != "obl" or hit is None or hit.trigger.role != "support" or hit.trigger.event_type == "-" \
                or k == attached.cue_word or topic:  # "reached a consensus on the election": what, not where
            return []
        chosen = by_role(parse, triggers, k, hit, "past", "act at the dated event")
        if chosen is not None and chosen.typed_word == attached.typed_word:  # the setting itself: the verb's own act
            chosen = Attachment(hit, hit, k, k, "act at the dated event")  # ("agreed that each would free ...")
        return [chosen] if chosen is not None else []
    return []


def _count_of_time(parse: Parse, k: int) -> bool:
    """Noun ``k`` counts time units ("within 30 days of Saturday's agreement"): an event under it is what the count
    runs from, no setting of the verb above ("a committee is to be set up within 30 days of Saturday's agreement")."""
    return parse.words[k].lemma in COUNTED_UNITS and bool(parse.dependents(k, ("nummod",)))


def _argument_act(parse: Parse, triggers: Triggers, verb: int) -> list[Attachment]:
    """The act a verb naming no event does at its setting, named by its subject or object noun ("The request was put
    to Sri Lanka at the fourth meeting ... on Wednesday", dev 143): a call, proposal or statement."""
    for c in parse.dependents(verb, SUBJECT_OF_SUPPORT | {"obj"}):
        hit = triggers.at(c)
        if hit is not None and (hit.trigger.role in ("demand", "frame") or hit.trigger.event_type == "statement"):
            chosen = by_role(parse, triggers, c, hit, "past", "act at the dated event")
            return [chosen] if chosen is not None else []
    return []


def _said(parse: Parse, speech: int) -> list[tuple[int, list[int]]]:
    """The clauses a speech word reports, each with its words: its complement clauses, and the clause an
    attribution set off by a comma hangs on ("The two sides have agreed to a truce, Obasanjo told reporters
    Wednesday night", which the parser may read as a conjunct, no "and" then, as an adverbial clause, no mark, or as
    an open complement with a subject of its own: "... have struck a staff-level agreement ..., the fund announced on
    Wednesday", dev 183)."""
    out = [(c, parse.subtree(c)) for c in parse.children[speech] if parse.words[c].dep in ("ccomp", "parataxis")
           or _fronted(parse, c, speech)] + [(c, parse.subtree(c)) for c in _told_that(parse, speech)]
    w = parse.words[speech]
    attribution = w.dep in ("parataxis", "conj") or w.dep == "advcl" and not parse.dependents(speech, ("mark",)) \
        or w.dep == "xcomp" and bool(parse.dependents(speech, SUBJECT))
    if attribution and w.head < speech and not parse.dependents(speech, ("cc",)) \
            and parse.comma_between(w.head, speech) and parse.is_clause_head(w.head):
        out.append((w.head, parse.clause(w.head, with_complements=True)))
    return out


def _told_that(parse: Parse, speech: int) -> list[int]:
    """The "that"-clause after the hearer of a speech verb that the parser read as a relative clause of the hearer,
    opened by "that" read as its object, with a subject of its own ("Borrell told journalists that Serbian President
    Aleksandar Vucic and Kosovo Prime Minister Albin Kurti have come to an agreement", real news dev 101): what was
    told."""
    out = []
    for hearer in parse.dependents(speech, ("iobj", "obj")):
        for c in parse.dependents(hearer, ("acl:relcl",)):
            opener = min(parse.subtree(c))
            if parse.words[opener].lower == "that" and opener in parse.dependents(c, ("obj", "mark")) \
                    and any(k != opener for k in parse.dependents(c, SUBJECT)):
                out.append(c)
    return out


def _fronted(parse: Parse, c: int, speech: int) -> bool:
    """Clause ``c`` is what the speech verb after it reports, read by the parser as an adverbial clause with no mark:
    a finite verb before a comma ("The two sides met in Istanbul ..., officials said on Friday")."""
    w = parse.words[c]
    return w.dep == "advcl" and c < speech and w.pos == "VERB" and w.feature("VerbForm") != "Inf" \
        and not parse.dependents(c, ("mark",)) and parse.comma_between(c, speech)


def _reported(parse: Parse, triggers: Triggers, attached: Attachment, dated: Mapping[int, object]) -> list[
        Attachment]:
    """What a dated statement reports as done by then ("said on Friday he was on his way back with six Americans"):
    the events of its complement clause and of that clause's "after"-clauses ("... after he held a meeting with
    Maduro"), when the clause has no date of its own and is neither future nor modal, nor in the pluperfect unless
    it announces a deal (``ANNOUNCED_WHEN_DONE``)."""
    if attached.typed.trigger.event_type != "statement":
        return []
    out: list[Attachment] = []
    speech = _speech_of(parse, attached.typed_word)
    for said, _ in _said(parse, speech):
        if any(d in dated for d in parse.clause(said)):
            continue  # a date of its own; one of a complement dates only that ("agreed to cut output in May")
        after = [a for a in parse.dependents(said, ("advcl",)) if _clause_marks(parse, a) & SAME_DAY_MARKS]
        for c in (said, *after):
            if parse.words[c].pos == "ADJ" and parse.words[c].lemma in NOT_YET:
                continue
            chosen = _event_of_clause(parse, triggers, c, "reported")
            if chosen is not None and chosen.typed.trigger.event_type != "statement" and not _not_done(
                    parse, c, chosen) and (not pluperfect(parse, c) or _deal_announced(parse, chosen, c)) \
                    and not _under_way(parse, triggers, speech, c):
                out.append(chosen)
    return out


def _under_way(parse: Parse, triggers: Triggers, speech: int, clause: int) -> bool:
    """A clause in the progressive that a plain speech verb (one naming the saying itself: "said", "told", "wrote")
    reports tells what was under way as it was said, no act of that day ("Asad Qaiser said that the talks with the
    negotiating team were still going on", real news dev 139); announcing it makes it one ("Somalia on Thursday
    announced that it was restoring diplomatic relations with Kenya", dev 106)."""
    w, hit = parse.words[clause], triggers.at(speech)
    return hit is not None and hit.trigger.role == "event" and w.pos == "VERB" \
        and w.feature("VerbForm") == "Part" and w.feature("Tense") == "Pres" \
        and any(parse.words[a].lemma == "be" for a in parse.dependents(clause, ("aux",)))


def _speech_of(parse: Parse, statement: int) -> int:
    """The speech verb a statement noun hangs on, through the nouns above it ("At a news conference ..., on Saturday,
    Borrell told journalists that ...", real news dev 101; '"The parties accepted the draft agreement ...," the
    Sudanese negotiator Atta al-Manan Bakheit told SUNA, the official news agency, in a statement, on Saturday', dev
    091): what that verb reports is what the statement tells; else the word itself."""
    k = statement
    while parse.words[k].pos in ("NOUN", "PROPN") and parse.words[k].head != k:
        k = parse.words[k].head
    return k if parse.words[k].lemma in SPEECH and k != statement else statement


def _deal_announced(parse: Parse, chosen: Attachment, clause: int) -> bool:
    """A deal that a dated statement reports in the pluperfect (``ANNOUNCED_WHEN_DONE``) is the statement's news of
    that day when a noun names it ("said on Monday that agreement had been reached to prolong the truce", "said
    yesterday that India and Pakistan had agreed to a cease-fire"); the bare verb of the clause ``clause`` ("Erdoğan
    said that Putin had agreed to an extension", dev 113; "confirmed that Blinken had signed a waiver", dev 117) tells
    an act done before the saying, on a day it does not give."""
    return chosen.typed.trigger.event_type in ANNOUNCED_WHEN_DONE and chosen.typed_word != clause \
        and parse.words[chosen.typed_word].head == clause


def _not_done(parse: Parse, clause: int, chosen: Attachment) -> bool:
    """A reported event is not done when its clause or a complement of it is future, modal or an infinitive ("said
    they hoped to hold talks", "the talks seemed to have achieved a breakthrough"); when the clause's own verb names
    the event, an infinitive of purpose beside it leaves it done ("sat down in Istanbul to review where the
    negotiations stand, Gharibabadi said")."""
    own = clause in (chosen.typed_word, chosen.cue_word)
    words = parse.clause(clause, with_complements=not own)
    return any(parse.words[k].lower in NOT_DONE for k in words if parse.words[k].dep in ("aux", "mark"))
