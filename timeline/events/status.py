"""An event's status, read from the sentence's parse: negation, condition, the governor that makes the event a
demand or a proposal, the tense of its clause, and its date against the publication date.

In order: a deadline is a deadline; an event negated in its own clause ("not", "never", "no meeting", "without a
deal") or governed by a negating word ("cancelled", "refused to sign": ``resources/governors.tsv``) is negated; an
event in a conditional clause ("if there is no ceasefire", "should the talks fail"), or a modal consequence of one,
is hypothetical; a governor gives demanded, proposed, hypothetical or planned; a future clause ("will meet", "is due
to resume") or a date after publication makes it planned; otherwise it occurred. A proposal, threat or statement is
itself an act: only its own negation and its date change its status, not the words that govern what it proposes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from timeline.resources import cue_words, read_tsv
from timeline.syntax import SUBJECT, Parse, Word
from timeline.temporal.lexicon import MONTHS, WEEKDAYS
from timeline.temporal.resolve import tense_of

#: Event types that are acts in themselves (see the module's docstring).
ACTS = frozenset({"proposal", "threat", "statement"})
#: Words that negate their head.
NEGATORS = cue_words("negators")
#: Clause marks that make a clause a condition.
CONDITIONS = cue_words("conditions")
#: Auxiliaries that open a condition when they stand before its subject ("Should the talks fail, ...", "Had they
#: met, ...", "Were Iran to refuse, ...").
INVERTED_CONDITIONS = cue_words("inverted_conditions")
#: Modal auxiliaries of a consequence ("Israel could strike", "talks would follow").
MODALS = cue_words("modals")
#: Relations a governor is reached through, from an event word up ("called for a truce": obl; "refused to sign": xcomp).
GOVERNED_BY = frozenset({"obj", "obl", "nmod", "xcomp", "ccomp", "nsubj:pass", "csubj", "advcl", "acl", "iobj", "conj",
                         "amod", "compound"})
#: How many governors up a status word is looked for.
GOVERNOR_REACH = 3
#: Marks of an adverbial clause that is a circumstance of the verb it hangs on, not governed by it: "as Fidan affirmed
#: while visiting Moscow, I want to thank" does not make the visit wanted.
ADJUNCT_MARKS = cue_words("adjunct_marks")
#: Speech verbs stop the climb: what was said is not what the saying is.
SPEECH = cue_words("speech")
#: Prepositions of an event noun that is where its verb is done ("restored at talks in Warsaw on Monday").
SETTING_CASES = cue_words("setting_cases")
#: Verbs that plan what hangs on them only in the pluperfect ("the talks had been meant to conclude on Wednesday").
PLUPERFECT_PLANS = cue_words("pluperfect_plans")
#: The relations by which a pluperfect plan verb plans a word: its passive subject and its complement verb.
PLANNED_BY = frozenset({"nsubj:pass", "xcomp"})
#: Participles that call off the event noun they modify ("the cancelled summit").
CALLING_OFF = cue_words("calling_off")
#: The relations by which such a participle modifies its noun (the parser reads "cancelled" before a noun as either).
MODIFIERS = frozenset({"amod", "compound", "acl"})
#: Verbs whose negation negates their subject event ("the talks did not take place", "the truce did not hold").
OCCURRENCES = cue_words("occurrences")


@dataclass(frozen=True)
class Governor:
    """A row of ``resources/governors.tsv``."""

    lemma: str
    particle: str | None
    relation: str  # "any", or the relation the governed word must hang by ("xcomp+obj": a complement with an object)
    status: str


@cache
def governors() -> dict[str, tuple[Governor, ...]]:
    """The governor lexicon by lemma."""
    out: dict[str, list[Governor]] = {}
    for lemma, relation, status in read_tsv("governors.tsv", 3):
        head, _, particle = lemma.partition(" ")
        out.setdefault(head, []).append(Governor(head, particle or None, relation, status))
    return {k: tuple(v) for k, v in out.items()}


def _plans(parse: Parse, i: int) -> bool:
    """Word ``i`` is a participle that plans the noun it follows ("a summit scheduled before the end of the year",
    "talks planned for Monday"), alone or heading a relative clause ("its meeting that had been scheduled for November
    26", real news dev 184: in the pluperfect, a plan that did not hold)."""
    w = parse.words[i]
    return w.feature("VerbForm") == "Part" and any(g.status == "planned" and g.relation == "any"
                                                  for g in governors().get(w.lemma, ()))


def _calling_off(w: Word) -> bool:
    """Word ``w`` is a participle that calls off what it modifies, by lemma or, where the parser misreads it, by form
    ("the canceled summit", "the delayed vote": GUIDE section 4, negated)."""
    return w.lemma in CALLING_OFF and w.feature("VerbForm") == "Part" or w.lower in CALLING_OFF


def _called_off(parse: Parse, i: int) -> bool:
    """Event word ``i`` is modified by a participle that calls it off ("the cancelled summit", "the postponed talks":
    GUIDE section 4, negated), and its clause does not tell it as held or still to come: it is not the subject of
    its clause (nor the root the parser makes of it in "The delayed talks resumed on Monday"), or the clause is in a
    perfect tense, a plan that did not hold ("The cancelled summit was to have taken place on June 3", "the postponed
    talks had been due on Monday"; but "the postponed talks will take place on Friday")."""
    if not any(_calling_off(parse.words[c]) for c in parse.dependents(i, MODIFIERS)):
        return False
    return parse.words[i].dep not in SUBJECT | {"ROOT"} or perfect(parse, parse.words[i].head)


def _negated(parse: Parse, i: int) -> bool:
    """Word ``i`` is negated by one of its own dependents ("not", "never", "no deal", "without a deal")."""
    for c in parse.children[i]:
        w = parse.words[c]
        if w.lower in NEGATORS and w.dep in ("advmod", "det", "case", "cc", "neg", "aux"):
            return True
        if w.feature("Polarity") == "Neg" and w.dep in ("advmod", "det"):
            return True
    return False


def perfect(parse: Parse, i: int) -> bool:
    """Word ``i``'s verb group holds "have": a perfect, present or past ("has been held", "had been due")."""
    return any(parse.words[c].lemma == "have" for c in parse.dependents(i, ("aux", "aux:pass")))


def pluperfect(parse: Parse, i: int) -> bool:
    """Word ``i`` (a verb, or an adjective with its copula: "had been due") is in the pluperfect: "had" among its
    auxiliaries."""
    return any(parse.words[c].lemma == "have" and parse.words[c].feature("Tense") == "Past"
               for c in parse.dependents(i, ("aux", "aux:pass")))


def _plan_not_held(parse: Parse, head: int) -> bool:
    """The clause headed by word ``head`` is a past plan in the perfect infinitive, which tells that it did not hold
    ("The summit was to have taken place on June 3": GUIDE section 4, negated): a past "be", "to" and "have"."""
    auxiliaries = [parse.words[c] for c in parse.dependents(head, ("aux", "aux:pass"))]
    return ("to" in parse.dependent_words(head, ("mark",))
            and any(w.lemma == "be" and w.feature("Tense") == "Past" for w in auxiliaries)
            and any(w.lemma == "have" and w.feature("VerbForm") == "Inf" for w in auxiliaries))


def _subject_of_a_deed(parse: Parse, cue: int) -> bool:
    """Event word ``cue`` is the subject of a verb that tells what it did or is to do, not whether it happened:
    "Tuesday's talks did not produce commitments" and "the meeting is not expected to produce any announcement"
    leave the talks held; "the talks did not take place" and "the talks were not held" do not."""
    w = parse.words[cue]
    if w.dep not in ("nsubj", "nsubj:pass") or w.head == cue:
        return False
    deed = w.head  # "Monday's meeting is not expected to produce any big announcement": what it is to do, produce
    while (xcomp := parse.dependents(deed, ("xcomp",))) and parse.words[xcomp[0]].pos in ("VERB", "AUX"):
        deed = xcomp[0]
    return parse.words[deed].lemma not in OCCURRENCES and not (deed == w.head and w.dep == "nsubj:pass")


def _governor_status(parse: Parse, governor: int, governed: int) -> str | None:
    """The status word ``governor`` gives what hangs on it through word ``governed``, from the lexicon; a pluperfect
    plan verb plans its passive subject or complement ("The talks had been meant to conclude on Wednesday", real news
    dev 189)."""
    w = parse.words[governor]
    if w.lemma in PLUPERFECT_PLANS and pluperfect(parse, governor) and parse.words[governed].dep in PLANNED_BY:
        return "planned"
    rows = governors().get(w.lemma) or governors().get(w.lower)
    if not rows:
        return None
    particles = {parse.words[c].lower for c in parse.children[governed] if parse.words[c].dep in ("case", "mark")}
    particles |= {parse.words[c].lower for c in parse.children[governor] if parse.words[c].dep == "compound:prt"}
    particles |= _addressee_cases(parse, governor, governed)
    infinitive = any(parse.words[c].lower == "to" for c in parse.dependents(governed, ("mark",))) \
        or _object_with_infinitive(parse, governed)
    relation = "xcomp" if infinitive else parse.words[governed].dep  # "agreed to convene", "convene" read as a noun
    relations = {"any", relation}
    if relation == "xcomp" and parse.dependents(governor, ("obj",)):  # "wants Russia to agree": another is to do it
        relations.add("xcomp+obj")
    for row in rows:
        if (row.particle is None or row.particle in particles) and row.relation in relations:
            return row.status
    return None


def _object_with_infinitive(parse: Parse, i: int) -> bool:
    """Word ``i`` is an object with an infinitive the parser hangs on it, not on its verb ("The EU asked both sides
    to meet on Friday": asked to meet, GUIDE section 4, demanded)."""
    return parse.words[i].dep == "obj" and any(
        "to" in parse.dependent_words(c, ("mark",)) and parse.words[c].pos == "VERB"
        for c in parse.dependents(i, ("acl",)))


def _addressee_cases(parse: Parse, governor: int, governed: int) -> set[str]:
    """The prepositions of the obliques standing between word ``governor`` and the word ``governed`` that hangs on it:
    who is addressed ("Trump called on Putin to meet Zelensky on Friday": a call on someone, GUIDE section 4,
    demanded)."""
    return {w for c in parse.dependents(governor, ("obl",)) if governor < c < governed and _named(parse, c)
            for w in parse.dependent_words(c, ("case",))}


def _named(parse: Parse, i: int) -> bool:
    """Word ``i`` names someone or something, not a day or a month ("called on Putin", not "called Putin on Monday
    to discuss a ceasefire")."""
    w = parse.words[i]
    return w.pos in ("PROPN", "NOUN", "PRON") and w.lower not in WEEKDAYS and w.lower not in MONTHS


def asks_for(parse: Parse, governor: int, governed: int) -> bool:
    """Word ``governor`` asks for or offers what hangs on it through word ``governed``: a demand or a proposal, so
    something after the asking ("asking the mission to start on Saturday")."""
    return _governor_status(parse, governor, governed) in ("demanded", "proposed")


def _undone_by_conjunct(parse: Parse, head: int) -> bool:
    """A verb coordinated with clause ``head``, sharing its subject, calls off what the clause tells ("This round had
    at first been planned for May 3 in Rome but was put off"): the event did not happen then."""
    return any(parse.words[c].pos == "VERB" and not parse.dependents(c, SUBJECT)
               and _governor_status(parse, c, head) == "negated" for c in parse.dependents(head, ("conj",)))


def _setting(parse: Parse, i: int) -> bool:
    """Word ``i`` is an oblique naming where its verb is done, not what it does: the event it names takes neither the
    verb's negation nor a word above it ("Bathily will not be present at the signing ceremony on Tuesday", real news
    dev 166: the signing still takes place; "Kyiv would seek to get grain transit restored at talks in Warsaw on
    Monday", dev 130: the talks are held, not sought)."""
    return parse.words[i].dep == "obl" and bool(parse.dependent_words(i, ("case",)) & SETTING_CASES)


def _finite_with_subject(parse: Parse, i: int) -> bool:
    """Word ``i`` heads a finite clause of its own, with its own subject ("where M23 captured Goma in January"): what
    governs that clause does not govern its event."""
    w = parse.words[i]
    if not parse.is_clause_head(i) or w.head == i:
        return False
    has_subject = any(parse.words[c].dep in ("nsubj", "nsubj:pass") for c in parse.children[i])
    finite = w.feature("VerbForm") == "Fin" or any(parse.words[c].feature("VerbForm") == "Fin"
                                                    for c in parse.dependents(i, ("aux", "aux:pass", "cop")))
    return has_subject and finite


def _adjunct_clause(parse: Parse, i: int) -> bool:
    """Word ``i`` heads an adverbial clause of time, cause or concession ("while visiting Moscow")."""
    marks = parse.dependent_words(i, ("mark",))
    return parse.words[i].dep == "advcl" and bool(marks & ADJUNCT_MARKS)


def _conditional(parse: Parse, i: int) -> bool:
    """Word ``i``'s clause, or one it hangs in, is a condition; or it is a modal consequence of one."""
    head: int | None = parse.clause_of[i]
    while head is not None:
        if _condition(parse, head):
            return True
        head = parse.governing_clause(head)
    clause = parse.clause_of[i]
    if not any(parse.words[c].lower in MODALS for c in parse.dependents(clause, ("aux",))):
        return False
    consequences = [clause]  # "the truce would take effect ..., and the hostages would be freed": one condition
    while parse.words[consequences[-1]].dep == "conj":
        consequences.append(parse.clause_of[parse.words[consequences[-1]].head])
    return any(parse.words[c].dep == "advcl" and _condition(parse, c) for k in consequences for c in parse.children[k])


def _condition(parse: Parse, head: int) -> bool:
    """The clause headed by word ``head`` is a condition: marked ("if", "unless") or opened by an auxiliary before its
    subject ("Should the talks fail", which the parser may read as the auxiliary of the consequence's verb)."""
    if parse.dependent_words(head, ("mark",)) & CONDITIONS:
        return True
    openers = [a for a in parse.dependents(head, ("aux", "aux:pass")) if parse.words[a].lower in INVERTED_CONDITIONS]
    if not openers:  # the clause and its subjects are looked at only for a clause that may be one
        return False
    subjects = parse.dependents(head, ("nsubj", "nsubj:pass"))
    first = min(parse.clause(head))
    return any(a == first and subjects and a < min(subjects) for a in openers)


def _future(parse: Parse, i: int) -> bool:
    """Word ``i``'s clause (with its open complements) is in the future ("will meet", "is due to resume")."""
    words = [parse.words[k].text for k in parse.clause(i, with_complements=True)]
    where = next((n for n, k in enumerate(parse.clause(i, with_complements=True)) if k >= i), len(words))
    return tense_of(words[:where], words[where:]) == "future"


def status_of(parse: Parse, typed: int, cue: int, event_type: str, start: date | None, end: date | None,
              published: date | None) -> str:
    """The status of the event named at word ``typed`` (held by word ``cue``: its support, frame or demand word),
    dated [``start``, ``end``]: a date holding the publication day ("convene as soon as possible this month") is not
    past."""
    if event_type == "deadline":
        return "deadline"
    is_act = event_type in ACTS and parse.words[typed].pos != "NOUN"  # an act named by a noun ("is expected to put
    # out a draft agreement this week") takes its governor's status as any event does; a speech verb does not
    chain = [typed] if cue == typed else [typed, cue]
    if any(_negated(parse, k) for k in chain) or _negated(parse, parse.clause_of[cue]) and not _subject_of_a_deed(
            parse, cue) and not _setting(parse, cue) or _undone_by_conjunct(parse, parse.clause_of[cue]):
        return "negated"
    if _called_off(parse, typed) or _plan_not_held(parse, parse.clause_of[cue]):
        return "negated"
    found: str | None = None
    found_at = cue
    below, k = cue, cue
    for _ in range(GOVERNOR_REACH):
        w = parse.words[k]
        if w.head == k or w.dep not in GOVERNED_BY or _finite_with_subject(parse, k) or _adjunct_clause(parse, k):
            break
        below, k = k, w.head
        status = _governor_status(parse, k, below)
        if status is None and _setting(parse, below):
            break
        if status == "negated" and not is_act:
            return "negated"
        if status is not None and found is None and not is_act:
            found, found_at = status, k
        if parse.words[k].lemma in SPEECH:
            break
        if _negated(parse, k) and not is_act and parse.words[k].dep != "ROOT":
            return "negated"
    if typed != cue and found is None and not is_act:
        found, found_at = _governor_status(parse, cue, typed), cue
    if found is None and not is_act:  # "a summit scheduled before the end of the year"
        planner = next((c for c in parse.dependents(typed, ("acl", "acl:relcl")) if _plans(parse, c)), None)
        if planner is not None:
            found, found_at = "planned", planner
    if not is_act and _conditional(parse, cue):
        return "hypothetical"
    past = end is not None and published is not None and end < published
    if found == "planned" and past:  # "was due to meet on Monday", a Monday already past: reported, not planned;
        # "had been scheduled to begin on February 3" (the pluperfect of a plan): it did not happen then
        found = "negated" if pluperfect(parse, found_at) else None
    if found is not None:
        return found
    if start is not None and published is not None and start > published:
        return "planned"
    if not past and not is_act and _future(parse, cue):
        return "planned"
    return "occurred"
