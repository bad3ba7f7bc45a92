"""Who took part in an event and where, read from the sentence's parse.

Actors are the subject of the verb that reports the event (or the agent of a passive: "brokered by Qatar"), its
conjuncts ("Russia and Ukraine held talks"), the event noun's possessor and name modifiers ("Putin's proposal",
"Russia-Ukraine talks", "Russian strikes"), and the participants its type takes after a preposition ("talks with
Iran", "a truce between the army and the RSF", "strikes on Kyiv": ``resources/participants.tsv``). A verb with no
subject of its own takes that of the verb it complements or is coordinated with ("agreed to hold talks", "met and
agreed"); a relative clause takes the noun it is about. Each actor's words are normalised through the actor
knowledge (``events/actors.py``); a proper noun it does not know is kept as written, with its title.

The place is the first known place the event, its verb or its clause has after "in" or "at".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from timeline.events.actors import Entity, Mention, actor_gazetteer, knows, place_gazetteer, resolve, titled_people
from timeline.events.attach import SOURCE_CASES, same_scene
from timeline.events.status import SPEECH
from timeline.resources import cue_words, read_tsv
from timeline.sentences import CLOSING_QUOTES
from timeline.syntax import SUBJECT, Parse, Word

#: Relations that give an event noun's own actors ("Putin's proposal", "US-China talks", "Russian strikes").
NOUN_ACTORS = frozenset({"nmod:poss", "compound", "amod", "flat"})
#: Relations that do not belong to a name's words (clauses, appositions after a comma, case marks, modifiers with or
#: without a preposition: "on Gaza early Tuesday" is no name "Gaza early Tuesday").
NOT_NAME = frozenset({"acl", "acl:relcl", "appos", "case", "punct", "cc", "conj", "advcl", "parataxis", "ccomp",
                      "mark", "det", "nmod", "obl", "nmod:unmarked", "obl:unmarked", "nmod:tmod", "obl:tmod"})
#: Lower-case words inside personal names ("Tamim bin Hamad Al Thani", "Luiz Inácio Lula da Silva").
NAME_PARTICLES = cue_words("name_particles")
#: Honorifics before a surname ("Mr Farrell"): no part of the name.
HONORIFICS = cue_words("honorifics")
#: Quote marks a speaker's name may follow ('"...," Tom Perriello said').
_QUOTE_ENDS = CLOSING_QUOTES | {'"'}
#: Nouns that, after "both" or "two", name an article's two parties as a pair ("the two sides", "both camps").
PAIR_NOUNS = cue_words("pair_nouns")
PAIR_WORDS = frozenset({"both", "two"})
#: Nouns of a body's members ("member states"): with no name of their own they stand for the article's organisation.
MEMBER_NOUNS = cue_words("member_nouns")
#: Nouns of a group's people ("fighters", "rebels"): an acronym before one names the group.
GROUP_NOUNS = cue_words("group_nouns")
#: Places are taken after these words.
PLACE_CASES = cue_words("place_cases")
#: News agencies and outlets: one that reports what an actor said or did is no actor of it ("The authorities
#: announced ..., Reuters reported on Sept. 20").
NEWS_OUTLETS = cue_words("news_outlets")
#: Words that leave a party out ("Mexico excepted", "except Mexico", "excluding Iran"): it is no actor of the event.
EXCEPTIONS = cue_words("exceptions")
#: Regions of the world: a place, never an actor, though the parse makes one a subject ("The regional bloc of West
#: Africa said").
REGIONS = cue_words("regions")
#: Nouns of a people ("population", "refugees"): a demonym before one names the people, not their state.
PEOPLE_NOUNS = cue_words("people_nouns")
#: Relations of the clause a report tells, as the parser hangs it on the reporting verb.
REPORTED = frozenset({"ccomp", "parataxis", "advcl"})


@cache
def participant_links() -> dict[str, frozenset[str]]:
    """Event type -> the prepositions that introduce its other participants."""
    return {event_type: frozenset(words.split("|")) for event_type, words in read_tsv("participants.tsv", 2)}


def _name_span(parse: Parse, i: int) -> tuple[int, int]:
    """The article offsets of the name headed by word ``i``: the word with its name-forming dependents, the words
    glued to them by hyphens ("Tehreek-i-Taliban", however the parser hangs its pieces), and for a proper noun no
    lower-case word before it ("the banned Tehreek-i-Taliban Pakistan")."""
    words = {i}
    stack = [i]
    while stack:
        k = stack.pop()
        for c in parse.children[k]:
            if parse.words[c].dep not in NOT_NAME:
                words.add(c)
                stack.append(c)
    first, last = min(words), max(words)
    ws = parse.words
    while first > 0 and ws[first - 1].end == ws[first].start and "-" in (ws[first - 1].text, ws[first].text):
        first -= 1
    while last + 1 < len(ws) and ws[last].end == ws[last + 1].start and "-" in (ws[last].text, ws[last + 1].text):
        last += 1
    if ws[i].pos == "PROPN":
        while first < i and ws[first].text[:1].islower() and ws[first].text != "-":
            first += 1
        while first > 0 and (ws[first - 1].pos == "PROPN" and ws[first - 1].text[:1].isupper()
                             or ws[first - 1].lower in NAME_PARTICLES and first > 1):
            first -= 1  # a name the parser split ("Sheikh Tamim bin Hamad Al Thani": "Al" the subject)
        while (ws[first].lower in NAME_PARTICLES or _honorific(ws[first].text)) and first < i:
            first += 1
    return ws[first].start, ws[last].end


def _with_conjuncts(parse: Parse, heads: list[int]) -> list[int]:
    out: list[int] = []
    for h in heads:
        out.append(h)
        out.extend(c for c in parse.children[h] if parse.words[c].dep == "conj")
    return out


def _subjects(parse: Parse, verb: int) -> list[int]:
    """The subject words of ``verb`` (the agent of a passive first), borrowed from the verb it complements or is
    coordinated with, or the noun a relative clause is about, when it has none."""
    seen = 0
    k = verb
    while seen < 4:
        agents = [c for c in parse.children[k] if parse.words[c].dep == "obl:agent"]
        subjects = agents or [c for c in parse.children[k] if parse.words[c].dep in SUBJECT]
        subjects = [s for s in subjects if parse.words[s].tag not in ("WDT", "WP")]
        if subjects and not all(parse.words[s].tag == "PRP" for s in subjects):
            return _with_conjuncts(parse, subjects)
        if subjects and parse.words[k].dep != "ccomp" and not same_scene(parse, k):
            return _with_conjuncts(parse, subjects)  # a pronoun: its antecedent is unknown here
        # "Kyiv said it wanted to hold talks": the pronoun of a reported clause is the speaker; "Delegates met in
        # Barbados, where they reached a consensus": that of a clause set where the verb it hangs on was, its subject
        w = parse.words[k]
        if w.head == k:
            return []
        if w.dep in ("acl:relcl", "acl"):
            noun = _antecedent(parse, k)
            if not _passes_on(parse, k, noun):
                return [noun]
            k = parse.words[noun].head
            seen += 1
            continue
        if w.dep not in ("xcomp", "conj", "advcl", "ccomp"):
            return []
        k = w.head
        seen += 1
    return []


def _passes_on(parse: Parse, clause: int, noun: int) -> bool:
    """Whether a relative clause about ``noun`` ("that"/"which" its subject) takes its actors from the verb the noun
    is the object of: the noun names no one, so who acted is who set it going ("Britain, France and Germany on
    Thursday set in motion a 30-day process that could end with U.N. sanctions on Iran", real news dev 062; "they
    reached a wide consensus on the election, which is set to be held in the second half of next year", dev 029)."""
    w = parse.words[noun]
    return parse.words[clause].dep == "acl:relcl" and w.dep in ("obj", "obl") and parse.words[w.head].pos == "VERB" \
        and any(parse.words[c].tag == "WDT" for c in parse.children[clause]) and _nameless(parse, noun)


def _nameless(parse: Parse, i: int) -> bool:
    """Whether word ``i`` is a common noun whose name has no proper noun or capitalised modifier ("a 30-day process",
    not "the IAEA's Board of Governors" nor "Israeli forces")."""
    return parse.words[i].pos == "NOUN" and not any(
        parse.words[k].pos == "PROPN" or parse.words[k].pos == "ADJ" and parse.words[k].text[:1].isupper()
        for k in parse.span(*_name_span(parse, i)))


def _noun_agents(parse: Parse, noun: int, dates: frozenset[int]) -> list[int]:
    """The agents of an event noun, after "by" ("a suggestion in October by Devlet Bahceli"), also when the parser
    hangs them on the noun's date."""
    if parse.words[noun].pos != "NOUN":
        return []
    heads = [noun, *(c for c in parse.dependents(noun, ("nmod",)) if parse.words[c].start in dates)]
    return [c for h in heads for c in parse.dependents(h, ("nmod",)) if "by" in parse.dependent_words(c, ("case",))]


def _authors(parse: Parse, noun: int) -> list[int]:
    """The subject of a relative clause whose object is a common noun, with no relative pronoun ("a statement Michel
    issued after the meeting", "the new deal Mr Johnson has struck"): who made what the noun names."""
    if parse.words[noun].pos != "NOUN":
        return []
    out = []
    for clause in parse.dependents(noun, ("acl", "acl:relcl")):
        if parse.dependents(clause, ("obj", "ccomp", "xcomp")) or parse.words[clause].pos != "VERB" \
                or parse.words[clause].lower in EXCEPTIONS:  # "Big oil producers, Mexico excepted": no author
            continue
        out += [c for c in parse.dependents(clause, ("nsubj",))
                if parse.words[c].pos in ("PROPN", "NOUN") and parse.words[c].tag not in ("WDT", "WP")]
    return out


def _venue(parse: Parse, i: int) -> bool:
    """Whether an event noun's compound is a place, where it was held, not who held it ("the Nairobi talks", "a
    historic Gaza peace summit"): a place's name whose only actor, if any, is the government of a capital."""
    if parse.words[i].dep != "compound" or parse.words[i].pos != "PROPN":
        return False
    text = parse.sentence.text
    start, end = (x - parse.sentence.start for x in _name_span(parse, i))
    places = place_gazetteer().find(text, start, end)
    named = [m for m in actor_gazetteer().find(text, start, end) if m.entity.kind != "government"]
    return bool(places) and not named


def _title_word(parse: Parse, i: int) -> bool:
    """Whether compound ``i`` of an event noun is a word of a document's title, not a party to it: the noun is
    capitalised after "the", as a title is ("the Argyle Declaration, which they signed", real news dev 229; "the
    Nouméa Accord that was signed in 1998", dev 189; "The Water Treaty, signed on February 3, 1944", dev 214), and the
    actor knowledge knows no actor in the compound's name ("the EU-UK Trade and Cooperation Agreement" keeps its
    parties)."""
    noun = parse.words[i].head
    if parse.words[i].dep != "compound" or not parse.words[noun].text[:1].isupper() \
            or "the" not in parse.dependent_words(noun, ("det",)):
        return False
    start, end = (x - parse.sentence.start for x in _name_span(parse, i))
    return not _known(parse.sentence.text, start, end)


def _antecedent(parse: Parse, clause: int) -> int:
    """The noun a relative clause is about: the noun right before its relative pronoun ("the Russians, who began"),
    which the parse may have hung elsewhere; else the word the clause hangs on."""
    pronouns = [c for c in parse.children[clause] if parse.words[c].tag in ("WP", "WDT")]
    if pronouns:
        k = pronouns[0] - 1
        while k >= 0 and parse.words[k].pos == "PUNCT":
            k -= 1
        if k >= 0 and parse.words[k].pos in ("NOUN", "PROPN"):
            return k
    return parse.words[clause].head


def actor_words(parse: Parse, typed: int, cue: int, event_type: str, verb: int | None = None,
                dates: frozenset[int] = frozenset()) -> list[int]:
    """The words heading the event's actors: the subjects of the verb the date hangs on (``verb``), else of the
    event's own verb or clause; the event noun's own actors and agents; its participants. ``dates``: the offsets of
    the sentence's date words."""
    words = _subjects(parse, verb) if verb is not None else []
    if not words:
        words = _subjects(parse, parse.clause_of[cue] if parse.words[cue].pos not in ("VERB", "AUX") else cue)
    if not words and cue != parse.clause_of[cue]:
        words = _subjects(parse, parse.clause_of[cue])
    words += [a for w in words for a in _authors(parse, w)]  # "said a statement Michel issued"
    for event_word in dict.fromkeys((typed, cue)):
        words += [c for c in parse.children[event_word] if parse.words[c].dep in NOUN_ACTORS
                  and parse.words[c].pos in ("PROPN", "ADJ", "NOUN") and not _venue(parse, c)
                  and not _title_word(parse, c)]
        words += _noun_agents(parse, event_word, dates) + _authors(parse, event_word)
    links = participant_links().get(event_type, frozenset())
    for event_word in dict.fromkeys((typed, cue)):
        for c in parse.children[event_word]:
            if parse.words[c].dep not in ("obl", "nmod", "obj", "iobj") or c == typed:
                continue  # "held talks": the event itself is no participant of its verb
            cases = parse.dependent_words(c, ("case",))
            if cases & links or (parse.words[c].dep == "obj" and "obj" in links):
                words += _with_conjuncts(parse, [c])
    return list(dict.fromkeys(words))


def _known(text: str, start: int, end: int) -> list[Mention]:
    known = actor_gazetteer().find(text, start, end)
    return sorted(known + titled_people(text, start, end, known), key=lambda m: m.start)


def actors(text: str, parse: Parse, typed: int, cue: int, event_type: str, verb: int | None = None,
           dates: frozenset[int] = frozenset(), pair: Callable[[], list[Mention]] = list,
           bloc: Callable[[], list[Mention]] = list) -> list[Mention]:
    """The event's actors as known entities, or as the proper names written (never words of a date: ``dates``
    holds their offsets), with the parties ``pair`` gives for actor words that name a pair ("the two sides") and the
    organisation ``bloc`` gives for its unnamed members ("the member states"). When the parse gives none: the speaker
    after a closing quote, else the known actors of the event's clause, then of its sentence, leaving out the places
    after "in" or "at"."""
    words = actor_words(parse, typed, cue, event_type, verb, dates)
    sides = [i for i in words if both_sides(parse, i)]
    members = [i for i in words if i not in sides and unnamed_members(parse, i)]
    # "the two sides met", "a prisoner swap between the Yemeni war's two sides": the article's parties, not a name
    # the clause drops nor the war's
    out = _actors_of(text, parse, [i for i in words if i not in sides and i not in members], dates) \
        + (pair() if sides else []) + (bloc() if members else [])
    if _outlets_only(out):
        # "Qatar has told the United States ..., Reuters reported on Monday": Qatar's statement, which Reuters reports
        told = [c for c in parse.children[cue] if parse.words[c].dep in REPORTED]
        if parse.words[cue].dep in REPORTED:
            told.append(parse.words[cue].head)
        for c in told:
            if parse.words[c].pos in ("VERB", "AUX"):
                reported = _actors_of(text, parse, actor_words(parse, c, c, event_type, c), dates)
                if reported and not _outlets_only(reported):
                    return reported
    if out and not _outlets_only(out):
        return out
    speaker = _speaker_after_quote(text, parse, cue) if not out else []  # an outlet is the one speaking
    if speaker:
        return speaker
    aside = _place_spans(text, parse) + _aside_spans(parse)
    clause = [parse.words[k] for k in parse.clause(cue, with_complements=True)]
    found = _known(text, min(w.start for w in clause), max(w.end for w in clause))
    found = [m for m in found if not _inside(m, aside) and not _outlets_only([m])]
    found = found or [m for m in _known(text, parse.sentence.start, parse.sentence.end)
                      if not _inside(m, aside) and not _outlets_only([m])]
    return found or out  # a news outlet reporting, when the sentence names no one else


def _outlets_only(mentions: list[Mention]) -> bool:
    """Whether every one of (at least one) mentions is a news outlet's."""
    return bool(mentions) and all(m.entity.name.lower() in NEWS_OUTLETS for m in mentions)


def _actors_of(text: str, parse: Parse, words: list[int], dates: frozenset[int]) -> list[Mention]:
    """The actors the actor words name: known entities, else the proper names written, else their acronyms."""
    out: list[Mention] = []
    for i in words:
        start, end = _name_span(parse, i)
        found = _known(text, start, end) or _known_owner(text, parse, i) or _cut_short(text, parse, i, start)
        if found:
            out.extend(found)
        elif parse.words[i].pos == "PROPN" and parse.words[i].start not in dates and _named(parse, i):
            end = max([end, *(_name_span(parse, c)[1] for c in _name_of_parts(parse, i))])
            if text[start:end].lower() not in REGIONS and not _known_across(text, parse, start):
                out.append(Mention(start, end, Entity(text[start:end], "", "named")))
        else:
            out.extend(Mention(w.start, w.end, Entity(w.text, "", "named")) for w in _group_acronyms(parse, i))
            out.extend(_compound_names(text, parse, i, dates))
    return out


def _known_across(text: str, parse: Parse, start: int) -> bool:
    """A known name runs into the name starting at ``start`` from the word before it, which the parse left out ("the
    United Nations Climate Change Conference" with "United" read as an adjective, real news dev 208): the words from
    ``start`` on are the rest of a longer name, no actor of their own."""
    k = parse.at(start)
    if k is None or k == 0:
        return False
    before = parse.words[k - 1]
    return any(m.start <= before.start and m.end > start
               for m in actor_gazetteer().find(text, before.start, start + 64))


def _compound_names(text: str, parse: Parse, i: int, dates: frozenset[int]) -> list[Mention]:
    """The name a speaker the actor knowledge does not know is given by, when the parse makes a common noun its head
    ("The Daily Star newspaper said", "Anchor Media reported"): its proper-noun compounds, with a capitalised
    determiner that does not open the sentence and a capitalised head, which belong to the name. The speaker, not
    the names in what it says, is the actor of the saying."""
    w = parse.words[i]
    if w.pos != "NOUN" or w.dep not in SUBJECT or parse.words[w.head].lemma not in SPEECH:
        return []
    names = [c for c in parse.dependents(i, ("compound",)) if c < i and parse.words[c].tag in ("NNP", "NNPS")
             and parse.words[c].start not in dates and _named(parse, c)]
    if not names:
        return []
    start, end = _name_span(parse, names[0])[0], _name_span(parse, names[-1])[1]
    start = min([start, *(parse.words[c].start for c in parse.dependents(i, ("det",))
                          if parse.words[c].text[:1].isupper() and any(w.pos != "PUNCT" for w in parse.words[:c]))])
    end = w.end if w.text[:1].isupper() else end
    return [Mention(start, end, Entity(text[start:end], "", "named"))]


def _name_of_parts(parse: Parse, i: int) -> list[int]:
    """The capitalised "of" modifiers that belong to a name the actor knowledge does not know ("the General Security
    of Military Information Agreement": "of ... Agreement" is no owner, but the name's end)."""
    return [c for c in parse.dependents(i, ("nmod",)) if "of" in parse.dependent_words(c, ("case",))
            and all(parse.words[k].text[:1].isupper() for k in range(parse.dependents(c, ("case",))[0] + 1, c + 1))]


def _cut_short(text: str, parse: Parse, i: int, start: int) -> list[Mention]:
    """The known name a proper noun opens when the parse cut it short ("The Alliance for Freedom and Change held a
    meeting", "for Freedom and Change" hung as a modifier): the first known actor of the rest of the sentence, when
    it starts at the noun's name."""
    if parse.words[i].pos != "PROPN":
        return []
    return [m for m in _known(text, start, parse.sentence.end)[:1] if m.start == start]


def _group_acronyms(parse: Parse, i: int) -> list[Word]:
    """The acronyms a noun of fighters or members is compounded with, named by them ("250 MFDC fighters", "FACT
    rebels"): the group, though the actor knowledge does not know it."""
    if parse.words[i].pos != "NOUN" or parse.words[i].lemma not in GROUP_NOUNS:
        return []
    return [parse.words[c] for c in parse.dependents(i, ("compound",))
            if len(parse.words[c].text) > 1 and parse.words[c].text.isupper() and parse.words[c].text.isalpha()]


def _speaker_after_quote(text: str, parse: Parse, cue: int) -> list[Mention]:
    """The known actors named between a closing quote and the speech verb after it ('"We still hope ...," Tom
    Perriello, US special envoy for Sudan, said on Monday'), however the parser hangs them: the speaker."""
    if parse.words[cue].lemma not in SPEECH:
        return []
    quote = next((k for k in range(cue - 1, -1, -1) if parse.words[k].text in _QUOTE_ENDS), None)
    if quote is None or quote + 1 >= cue:
        return []
    return _known(text, parse.words[quote + 1].start, parse.words[cue - 1].end)


def both_sides(parse: Parse, i: int) -> bool:
    """Word ``i`` names the two parties as a pair ("the two sides", "both camps", "Delegates from both countries")."""
    for k in (i, *parse.dependents(i, ("nmod",))):
        w = parse.words[k]
        if w.lemma in PAIR_NOUNS and parse.dependent_words(k, ("det", "nummod", "amod")) & PAIR_WORDS:
            return True
    return False


def unnamed_members(parse: Parse, i: int) -> bool:
    """Word ``i`` names members of a body with no name of their own, itself or the noun it is "of" ("By the end of
    September, every member apart from Turkey and Hungary has ratified", real news dev 198; "the heads of the member
    states", dev 123): they stand for the organisation the article is about, not for the names around them."""
    for k in (i, *(c for c in parse.dependents(i, ("nmod",)) if "of" in parse.dependent_words(c, ("case",)))):
        if (parse.words[k].lemma in MEMBER_NOUNS or parse.dependent_words(k, ("compound",)) & MEMBER_NOUNS) \
                and not any(parse.words[c].pos == "PROPN" or parse.words[c].text[:1].isupper()
                            for c in parse.span(*_name_span(parse, k)) if c > 0):
            return True
    return False


def _known_owner(text: str, parse: Parse, i: int) -> list[Mention]:
    """The known actor a body unknown by name belongs to: "the Central Command of Colombia's National Liberation
    Army (ELN)" is the ELN's."""
    if parse.words[i].pos != "PROPN":
        return []
    owners = [c for c in parse.dependents(i, ("nmod",)) if "of" in parse.dependent_words(c, ("case",))]
    return [m for c in owners for m in _known(text, *_name_span(parse, c))]


def _place_spans(text: str, parse: Parse) -> list[tuple[int, int]]:
    """The article offsets of the sentence's places, which tell where something happened, not who did it: the names
    after "in" or "at" ("talks in Vienna", "a briefing in South Africa", "in the Kenyan capital of Nairobi", "in
    Romania on Wednesday, and in Slovakia on Thursday", the second hung as a conjunct of the verb), and a
    city modifying a common noun, though its name stands for a government elsewhere ("the Vienna negotiators")."""
    out = []
    for w in parse.words:
        cases = parse.dependent_words(w.i, ("case",))
        if w.dep in ("obl", "nmod", "advmod", "obl:unmarked", "conj") and cases & PLACE_CASES:
            out.append(_name_span(parse, w.i))
            out += [_name_span(parse, c) for c in parse.dependents(w.i, ("nmod",))
                    if "of" in parse.dependent_words(c, ("case",))]
        elif w.dep == "compound" and w.pos == "PROPN" and parse.words[w.head].pos == "NOUN":
            start, end = _name_span(parse, w.i)
            named = _known(text, start, end)
            if named and all(m.entity.kind == "government" for m in named) and place_gazetteer().find(text, start, end):
                out.append((start, end))
    return out


def _aside_spans(parse: Parse) -> list[tuple[int, int]]:
    """The article offsets of the phrases that name someone who is not the event's actor: a source ("according to
    RFE/RL's Armenian service"), a party excepted ("Big oil producers, Mexico excepted, agreed", "all except
    Mexico") and a people's demonym ("its mostly ethnic Armenian population")."""
    out = []
    for w in parse.words:
        cases = parse.dependent_words(w.i, ("case",))
        excepted = w.dep in SUBJECT | {"obj"} and w.head != w.i and parse.words[w.head].lower in EXCEPTIONS
        if w.dep in ("amod", "compound") and parse.words[w.head].lemma in PEOPLE_NOUNS:
            out.append((w.start, w.end))  # "its mostly ethnic Armenian population": a people, not a state
        if cases & (SOURCE_CASES | EXCEPTIONS) or excepted:
            k = w.i
            while parse.words[k].dep in NOUN_ACTORS and parse.words[k].head != k:
                k = parse.words[k].head  # "according to RFE/RL's Armenian service", the case hung on "RFE"
            words = parse.subtree(k)
            out.append((parse.words[words[0]].start, parse.words[words[-1]].end))
    return out


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in spans)


def _named(parse: Parse, i: int) -> bool:
    """A proper noun kept as an actor's name: not a trigger's word nor a title alone ("Truce", "Director Generals")."""
    w = parse.words[i]
    return w.text[:1].isupper() and w.lower not in _NOT_NAMES and not _honorific(w.text) \
        and any(c.isalpha() for c in w.text)


#: Capitalised words that are not names of actors.
_NOT_NAMES = cue_words("not_actor_names")


def _honorific(word: str) -> bool:
    """Whether a word is an honorific, with or without its stop ("Mr", "Mr.", "dr"): no name, nor part of one."""
    return word.lower().rstrip(".") in HONORIFICS


def article_parties(mentions: list[Mention]) -> list[Mention]:
    """The parties an article is about when an event names none ("the ceasefire was extended"), from the known actors
    it names (``mentions``, its text's ``actor_gazetteer().find``): the two countries, armed groups or organisations
    ("the WTO conference opened on Monday") it names most, each at least twice; when it names none twice, the two
    people it names most ("Under what was agreed in May this year, the parties were to set up a coalition
    government": Salva Kiir and Riek Machar, in an article naming no country twice)."""
    bodies = _most_named([m for m in mentions if m.entity.kind in ("country", "government", "armed_group",
                                                                    "organisation")])
    return bodies or _most_named([m for m in mentions if m.entity.kind == "person"])


def article_bloc(mentions: list[Mention]) -> list[Mention]:
    """The organisation an article is about, for its unnamed members ("the member states"): the one of the known
    actors it names (``mentions``) it names most, at least twice."""
    return _most_named([m for m in mentions if m.entity.kind == "organisation"])[:1]


def _most_named(mentions: list[Mention]) -> list[Mention]:
    """The first mentions of the two entities named most, each at least twice."""
    counts: dict[str, tuple[int, Mention]] = {}
    for m in mentions:
        n, first = counts.get(m.entity.name, (0, m))
        counts[m.entity.name] = (n + 1, first)
    ranked = sorted(counts.values(), key=lambda c: (-c[0], c[1].start))
    return [first for n, first in ranked[:2] if n >= 2]


#: A run of capitalised words that may be a person's full name ("Ksenia Karelina", "Wilbert Joseph Castaneda"), with
#: the titles before it ("Foreign Affairs Cabinet Secretary Monica Juma", real news dev 202).
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,7}(?![\w-])")


def full_names(text: str) -> dict[str, str]:
    """Surname -> the one full name the article gives a person ("Karelina" -> "Ksenia Karelina" when "US-Russian
    national Ksenia Karelina" stands earlier), so that a later "Karelina was detained" names her in full. A run of
    capitalised words loses its leading titles, honorifics, known actors (not a first name that is one: "Don
    Farrell") and non-names, and everything up to a title inside it ("European Council President Charles Michel":
    "Charles Michel", the known person's name when the actor knowledge has it); a known person goes by the first
    word of the name too, as news calls some ("Wang" for Wang Yi, a Chinese family name standing first; "Anwar" for
    Anwar Ibrahim, a Malay given name). A name two people share, or one the actor knowledge knows, is left as
    written."""
    found: dict[str, set[str]] = {}
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        while words and (words[0].lower() in _NOT_NAMES or words[0].lower() in _TITLE_WORDS
                         or _honorific(words[0])
                         or len(words) > 2 and resolve(words[0]) is not None):  # "Don Farrell": a first name
            words = words[1:]
        titles = [k for k, w in enumerate(words[:-2]) if w.lower() in _TITLE_WORDS]
        words = words[titles[-1] + 1:] if titles else words  # "European Council President Charles Michel"
        known = resolve(" ".join(words))
        if len(words) < 2 or len(words) > 3 or any(w.endswith(("'s", "’s")) for w in words) \
                or known is not None and known.kind != "person":
            continue
        found.setdefault(words[-1], set()).add(known.name if known is not None else " ".join(words))
        if known is not None:  # "Wang had been due in India" (real news dev 177), "Anwar said" (dev 024)
            found.setdefault(words[0], set()).add(known.name)
    return {surname: next(iter(names)) for surname, names in found.items()
            if len(names) == 1 and not knows(surname)}


#: Single words of the titles that stand before a name ("President", "Minister", "envoy").
_TITLE_WORDS = frozenset(w for (title,) in read_tsv("titles.tsv", 1) for w in re.findall(r"[a-z]+", title)
                         if w not in ("s", "of", "the"))


def in_full(mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """``mentions`` with a person named by a surname alone, or after a title ("CS Juma", real news dev 202), named in
    full (``full_names``)."""
    return [Mention(m.start, m.end, Entity(names[_untitled(m.entity.name)], m.entity.country, m.entity.kind))
            if m.entity.kind == "named" and _untitled(m.entity.name) in names else m for m in mentions]


def _untitled(name: str) -> str:
    """A name without the titles and honorifics before its last word ("CS Juma": "Juma")."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in _TITLE_WORDS or _honorific(words[0])):
        words = words[1:]
    return " ".join(words)


def location(text: str, parse: Parse, words: tuple[int, ...]) -> tuple[str, Entity] | None:
    """The first known place after "in" or "at" hanging on one of ``words`` (the event, its verb, its clause),
    with the country after it when one follows ("in Istanbul, Turkey")."""
    for i in words:
        for c in parse.children[i]:
            if parse.words[c].dep not in ("obl", "nmod", "advmod", "obl:unmarked"):
                continue
            cases = parse.dependent_words(c, ("case",))
            if not cases & PLACE_CASES:
                continue
            phrase = [parse.words[k] for k in parse.subtree(c) if parse.words[k].dep not in ("case", "punct")]
            start, end = min(w.start for w in phrase), max(w.end for w in phrase)
            places = place_gazetteer().find(text, start, end)
            if places:
                first = places[0]
                after = [p for p in place_gazetteer().find(text, first.end, min(parse.sentence.end, first.end + 40))
                         if text[first.end:p.start].strip() == ","]
                if after:
                    return f"{first.entity.name}, {after[0].entity.name}", first.entity
                return first.entity.name, first.entity
    return None
