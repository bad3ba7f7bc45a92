"""The tense of the clause a temporal expression is in, read from the sentence's parse (``timeline.syntax``).

The clause is the parse's: the clause of the word the expression modifies ("next week" in "talks will be held next
week, the Kremlin said" belongs to "will be held", not to "said"), with the open complements its verb takes ("plans
to meet"). Within it, the tense markers of
``resolve.tense_of`` decide (the nearest marker, a verb opening the clause when the expression opens it, signals
such as "as early as" and "by").
"""

from __future__ import annotations

from collections.abc import Callable

from timeline.resources import cue_words
from timeline.syntax import SUBJECT, Parse, Word
from timeline.temporal import lexicon as lx
from timeline.temporal.resolve import Tense, tense_of

#: How many words either side of an expression, within its clause, decide its tense (when none of them marks one,
#: the rest of the clause does).
TENSE_WINDOW = 8
#: How many tokens of a clause an expression opens are read.
CLAUSE_TOKENS = 40
#: Relations of words that can stand before an expression that still opens its clause ("On", "Early", "But", ",").
LEAD_RELATIONS = frozenset({"case", "mark", "cc", "punct", "det", "advmod", "amod", "nummod", "compound"})
_POSSESSIVE = ("'s", "’s")
_PUNCT = frozenset({"PUNCT", "SYM"})

#: Lemmas of speech verbs: a date between one and the subject of what it reports dates the saying ("said on Friday
#: he would speak with Putin": a past Friday).
SPEECH = cue_words("speech")
#: (start, end, rule kind) of an expression -> the tense of its clause.
TenseSource = Callable[[int, int, str], Tense]


def clause_tense(text: str, parse: Parse, start: int, end: int, kind: str = "") -> Tense:
    """The tense of the clause of the expression at [start, end) in ``parse``'s sentence.

    A possessive weekday ("Wednesday's signing") names a day already past unless "ahead of" it, or unless the noun it
    dates is the subject of a clause in the future or present ("Monday's meeting is not expected to produce": the
    nearer Monday); an adverbial clause with no tense of its own takes a
    future from the clause it hangs on ("When they sit down on Monday, they will take up ...")."""
    root = parse.root_of(start, end)
    if root is None:
        return "unknown"
    words = parse.words
    saying = parse.saying_of(root, parse.date_head(root), SPEECH)
    anchor = _past_attribution(parse, saying) if end <= words[saying].start else saying  # not "said, on Friday, that"
    clause = [i for i in _tense_words(parse, anchor) if not (start <= words[i].start < end)]
    before = [words[i] for i in clause if words[i].end <= start and not _no_marker(words[i])]
    after = [words[i] for i in clause if words[i].start >= end and not _no_marker(words[i])]
    before_words = [w.text for w in before if w.pos not in _PUNCT][-TENSE_WINDOW:]
    after_words = [w.text for w in after if w.pos not in _PUNCT][:TENSE_WINDOW]
    if kind == "weekday" and text.startswith(_POSSESSIVE, end):  # "Monday's meeting is not expected to produce"
        if [w.lower() for w in before_words[-2:]] == ["ahead", "of"]:
            return "future"
        noun = parse.date_head(root)
        while words[noun].dep in ("compound", "amod", "flat") and words[noun].head != noun:
            noun = words[noun].head  # "Monday's trilateral South Korea-China-Japan meeting": the meeting
        told = tense_of(before_words, after_words) if words[noun].dep in SUBJECT else "past"
        if told == "unknown" and words[noun].dep in SUBJECT and _not_past(parse, words[noun].head):
            return "present"  # "if Sunday's talks with Iran turn out to be unproductive": the nearer Sunday
        return told if told in ("future", "present") else "past"  # not "within 30 days of Wednesday's signing"
    if _opens_clause(before):
        return tense_of(before_words, after_words, [w.text for w in after][:CLAUSE_TOKENS])
    tense = tense_of(before_words, after_words)
    if tense == "unknown":  # no marker near it: the rest of its clause ("is due to sit down with ... on Monday")
        tense = tense_of([w.text for w in before if w.pos not in _PUNCT], [w.text for w in after if w.pos not in _PUNCT])
    clause_head = words[parse.clause_of[anchor]]
    if tense == "unknown" and clause_head.dep == "advcl" and any(
            words[a].lower in lx.FUTURE_AUXILIARIES for a in parse.dependents(clause_head.head, ("aux",))):
        return "future"  # "When Yoon, Li and Kishida sit down ... on Monday, they will take up ..."
    if tense == "unknown" and (_simple_present(words[anchor]) or _simple_present(clause_head)):
        return "present"  # "when Erdogan visits Iraq on Monday"; "goes before parliament on Saturday"
    return tense


def _no_marker(w: Word) -> bool:
    """A tense word in a role where it tells no tense: "coming" as a verb ("a peace accord ... coming into effect on
    Friday", real news dev 211; future only as "the coming week"), a future participle before its noun ("put off a
    planned visit in February", dev 217: the clause's own verb tells)."""
    if w.lower not in lx.FUTURE_MARKERS:
        return False
    return w.lower == "coming" and w.pos == "VERB" or w.dep == "amod" and w.tag == "VBN"


def _not_past(parse: Parse, verb: int) -> bool:
    """Verb ``verb`` is a finite present ("if Sunday's talks with Iran turn out to be unproductive", real news dev
    009) or a bare infinitive with no past auxiliary, the head of a modal's clause however the parser hangs the modal
    ("Tuesday's talks would in part take up underlying questions", dev 112): a clause not in the past."""
    w = parse.words[verb]
    if _simple_present(w):
        return True
    auxiliaries = {parse.words[a].lower for a in parse.dependents(verb, ("aux", "aux:pass", "mark"))}
    return w.tag == "VB" and not auxiliaries & (lx.PAST_AUXILIARIES | {"to"})


def _simple_present(w: Word) -> bool:
    """A finite verb in the present ("visits"), as the morphology reads it."""
    return w.pos == "VERB" and w.feature("Tense") == "Pres" and w.feature("VerbForm") == "Fin"


def _past_attribution(parse: Parse, anchor: int) -> int:
    """A date before an attribution set off by commas belongs to what is said: in "On Tuesday, officials said, the
    talks will resume", the clause of "resume" (after it, "said, on Friday, that ...", the date is the saying's)."""
    w = parse.words[anchor]
    following = parse.words[anchor + 1] if anchor + 1 < len(parse.words) else None
    if w.lower not in lx.REPORTING_VERBS or following is None or following.text != ",":
        return anchor
    said = [c for c in parse.children[anchor] if c > anchor and parse.words[c].dep in ("ccomp", "parataxis")]
    return said[0] if said else anchor


def _tense_words(parse: Parse, anchor: int) -> list[int]:
    """The words whose tense markers count for a date on ``anchor``: its verb group; for a participle clause
    reducing a relative ("a meeting planned for Sunday was cancelled") the clause of the noun it modifies too; and
    infinitives hanging on its nouns (the parser reads some verbs as nouns: "the delegation ... plans to resume")."""
    words = parse.clause(anchor, with_complements=True)
    head = parse.words[parse.clause_of[anchor]]
    finite = head.feature("VerbForm") == "Fin" or parse.dependents(head.i, ("aux", "aux:pass"))
    if head.dep == "acl" and not finite and head.head != head.i:
        words = sorted(set(words) | set(parse.clause(head.head, with_complements=True)))
    infinitives = [c for i in words for c in parse.children[i] if parse.words[c].dep == "acl"
                   and any(parse.words[m].lower == "to" for m in parse.dependents(c, ("mark",)))]
    for c in infinitives:  # "plans to resume" read as a noun with an infinitive: the infinitive still marks tense
        words = sorted(set(words) | set(parse.clause(c)))
    return words


def _opens_clause(before: list[Word]) -> bool:
    """Whether an expression after ``before`` (its clause's words before it) opens its clause: only lead words
    ("On", "Early on", "But by") between it and a mark, a clause-opening word ("and", "when") or the clause's start."""
    for w in reversed(before):
        if w.pos in _PUNCT or w.lower in lx.CLAUSE_OPENERS:
            return True
        if w.dep not in LEAD_RELATIONS and w.lower not in lx.LEAD_WORDS:
            return False
    return True


#: Prepositions of a date that is the time of the verb it hangs on ("signed on March 10"; none: "met Monday").
TIME_CASES = frozenset({"on", "in"})
#: Relations of such a date.
TIME_RELATIONS = frozenset({"obl", "obl:tmod", "obl:unmarked", "nmod:tmod"})


def past_event_time(parse: Parse, start: int, end: int) -> bool:
    """Whether the expression at [start, end) is the time of a simple past verb ("which they signed on March 10"),
    not a limit or an object of it ("extended to Nov. 20", "has set Nov. 10 as the deadline"), or the start of a
    state after "since" ("since April")."""
    root = parse.root_of(start, end)
    if root is None:
        return False
    w = parse.words[root]
    verb = parse.words[w.head]
    cases = parse.dependent_words(root, ("case",))
    if "since" in cases:
        return True  # "has been on the offensive since April": the start of what goes on, however far back
    return w.dep in TIME_RELATIONS and cases <= TIME_CASES and verb.pos == "VERB" \
        and verb.feature("Tense") == "Past" and verb.feature("VerbForm") == "Fin"
