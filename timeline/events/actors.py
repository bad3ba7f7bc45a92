"""Actors and places: gazetteers of aliases -> entities, matched token by token (longest alias wins), plus people
the lists do not know, named after a title, and misspelt names of current people matched by similarity.

The knowledge is in ``resources/``: ``actors.tsv`` (hand-curated current actors; they win every alias they share),
``actors_world.tsv`` and ``places_world.tsv`` (built by ``tools/build_actors.py`` from the Phoenix/PETRARCH2
dictionaries and a country table), ``places.tsv`` (venues of talks), ``not_actors.tsv`` (phrases that hold an
alias but name no actor: "Persian Gulf", "Washington Post") and ``titles.tsv``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate

from rapidfuzz import fuzz, process

from timeline.resources import cue_words, read_tsv
from timeline.temporal.lexicon import MONTHS, WEEKDAYS

#: How similar (0-100) a capitalised word must be to a current person's one-word alias to count as its misspelling.
TYPO_SIMILARITY = 85
#: A misspelling is looked for among one-word aliases of this many letters or more, of the same first letter and of
#: a length within ``TYPO_LENGTH`` of the word's: a handful of comparisons per word, whatever the list's size.
TYPO_MIN_LENGTH = 5
TYPO_LENGTH = 2
#: Words before a capital that make it a place, not its government ("talks in Moscow", "flew to Kyiv").
LOCATIVE = cue_words("locative")
TOKEN = re.compile(r"[^\W_]+")
_SPLIT = re.compile(r"([^\W_]+)")
#: Arabic articles glued to a name by a hyphen ("al-Assad", "el-Sisi").
ARTICLES = cue_words("name_articles")
#: What may stand between two tokens of one alias ("Kim Jong Un", "U.S.", "al-Assad", "Washington, D.C.").
JOIN = re.compile(r"[ \t'’.,\-]{1,3}")
#: Capitalised words long enough to be checked for a misspelt name; not glued by a hyphen to another word.
_CAPITALISED = re.compile(rf"(?<![\w-])[A-Z][a-z]{{{TYPO_MIN_LENGTH - 1},}}(?![\w-])")
#: Token shapes: any case, capitalised ("Kremlin" matches "Kremlin" and "KREMLIN"), all capitals ("US", "M23").
ANY, CAPITALISED, CAPITALS = 0, 1, 2


@dataclass(frozen=True)
class Entity:
    """A named actor or place: canonical name, country code (ISO 3166 alpha-3, or an organisation code), kind;
    for people their office (``role``) and the day it ended (``until``, empty while in office)."""

    name: str
    country: str
    kind: str
    role: str = field(default="", compare=False)
    until: str = field(default="", compare=False)


@dataclass(frozen=True)
class Mention:
    """An entity found in a text at [start, end)."""

    start: int
    end: int
    entity: Entity


#: One row of an actor or place file: name, country, kind, role, until. Entities are made from rows when first
#: matched (``_entity``): tens of thousands of rows load fast as tuples.
Row = tuple[str, str, str, str, str]
#: Where an alias leads: its row (None: a phrase that names no actor) and the alias as written (its tokens' case).
Target = tuple[Row | None, str]


@lru_cache(maxsize=None)
def _entity(row: Row) -> Entity:
    return Entity(*row)


@cache
def _accents() -> dict[int, str]:
    """Latin letters with diacritics -> their base letter, one character for one ("ğ" -> "g", "é" -> "e")."""
    table = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        parts = unicodedata.normalize("NFD", chr(code))
        if len(parts) > 1 and all(unicodedata.combining(c) for c in parts[1:]):
            table[code] = parts[0]
    return table


def fold(token: str) -> str:
    """A token or a text as aliases are keyed: lower case, accents stripped ("Erdoğan" -> "erdogan"); a text keeps
    its length when lower-casing does."""
    lowered = token.lower()
    return lowered if lowered.isascii() else lowered.translate(_accents())


def _key(alias: str) -> tuple[str, ...]:
    """An alias's folded tokens: its key in the gazetteer."""
    return tuple(TOKEN.findall(fold(alias)))


@lru_cache(maxsize=4096)
def _shapes(alias: str) -> tuple[int, ...]:
    """Per token: ANY, CAPITALISED or CAPITALS (worked out when an alias is first met in a text, not at load)."""
    out = []
    for m in TOKEN.finditer(alias):
        word = m.group()
        if word.isupper():
            out.append(CAPITALS)
        elif word[0].isupper() and not alias[max(0, m.start() - 1):m.start()] == "-":
            out.append(CAPITALISED)
        else:
            out.append(ANY)  # "al", "of", and what follows a hyphen ("Ban Ki-moon", "al-Assad")
    return tuple(out)


def _fits(shape: int, word: str) -> bool:
    if shape == CAPITALS:
        return word.isupper()
    return shape == ANY or word[0].isupper()


@dataclass(frozen=True)
class Gazetteer:
    """Aliases keyed by their folded tokens, and for each first token the length of its longest alias: one scan of
    the text's tokens, a few dictionary look-ups per token, the longest alias that fits its case wins."""

    aliases: dict[tuple[str, ...], Target]
    longest: dict[str, int]
    lower_first: frozenset[str]  # first tokens of aliases that start in lower case ("the Kremlin", "al-Qaeda")
    singles: frozenset[str]  # one-token aliases
    pairs: frozenset[tuple[str, str]]  # the first two tokens of every alias of two tokens or more
    typos: dict[tuple[str, int], tuple[str, ...]]  # (first letter, length) -> one-word aliases of current people
    places: frozenset[tuple[str, ...]]  # aliases that are also places: after "in", "at", "to" the place is meant
    misspelt: dict[str, Row | None] = field(default_factory=dict, compare=False)  # words already judged

    @classmethod
    def build(cls, entries: Sequence[tuple[Row | None, Sequence[str]]],
              places: frozenset[tuple[str, ...]] = frozenset(), source: str = "",
              typo_entries: Sequence[tuple[Row, Sequence[str]]] | None = None) -> Gazetteer:
        """From (row, aliases) in order of precedence (the first row to claim an alias keeps it); misspellings are
        looked for among the one-word aliases of ``typo_entries`` (current people). A one-word alias in lower case
        is refused: it would match common words."""
        aliases: dict[tuple[str, ...], Target] = {}
        longest: dict[str, int] = {}
        lower_first: set[str] = set()
        for row, names in entries:
            for alias in names:
                key = _key(alias)
                if not key or key in aliases:
                    continue
                if len(key) == 1 and not alias[:1].isupper():
                    raise ValueError(f"{source}: {alias!r} ({row[0] if row else 'not an actor'}): a one-word alias "
                                     "must be capitalised")
                aliases[key] = (row, alias)
                if longest.get(key[0], 0) < len(key):
                    longest[key[0]] = len(key)
                if not alias[:1].isupper():
                    lower_first.add(key[0])
        typos: dict[tuple[str, int], list[str]] = {}
        for _, names in typo_entries or []:
            for alias in names:
                if " " not in alias and len(alias) >= TYPO_MIN_LENGTH and alias.isalpha() and alias[0].isupper():
                    typos.setdefault((fold(alias[0]), len(alias)), []).append(alias)
        singles = frozenset(key[0] for key in aliases if len(key) == 1)
        pairs = frozenset((key[0], key[1]) for key in aliases if len(key) > 1)
        return cls(aliases, longest, frozenset(lower_first), singles, pairs, {k: tuple(v) for k, v in typos.items()},
                   places)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """The entities named in text[start:end], in order: exact aliases (longest first; a capitalised alias only
        capitalised, an all-capitals one only in capitals; never glued by a hyphen to a lower-case word, as in
        "pro-Russian"), then capitalised words that are near-misspellings of a current person's name ("Zensky").
        The text is folded and split in a few C-level passes; only words that may start an alias are looked at."""
        stop = len(text) if end is None else end
        segment = text[start:stop]
        folded_text = fold(segment)
        if len(folded_text) != len(segment):  # lower-casing changed its length ("İ"): split the text as it is
            parts = _SPLIT.split(segment)
            offsets = list(accumulate(map(len, parts), initial=start))
            parts[1::2] = [fold(w) for w in parts[1::2]]
        else:
            parts = _SPLIT.split(folded_text)  # separator, word, separator, word, ..., separator
            offsets = list(accumulate(map(len, parts), initial=start))  # offsets[j]: where parts[j] starts
        folded = parts[1::2]
        longest, lower_first, singles, pairs = self.longest, self.lower_first, self.singles, self.pairs
        found: list[Mention] = []
        after = 0  # the first word a new match may start at
        for i in [i for i, (word, nxt) in enumerate(zip(folded, [*folded[1:], ""]))
                  if word in longest and (word in singles or (word, nxt) in pairs)
                  and (word in lower_first or text[offsets[2 * i + 1]].isupper())]:
            if i < after:
                continue
            size = self._match(text, parts, offsets, i, longest[folded[i]])
            if size:
                key = tuple(folded[i:i + size])
                row = self.aliases[key][0]
                after = i + size
                if row is not None and not (row[2] == "government" and key in self.places
                                            and (_after_locative(folded, i) or _opens_a_name(text, parts, offsets,
                                                                                              i + size))):
                    found.append(Mention(offsets[2 * i + 1], offsets[2 * i + 2 * size], _entity(row)))
        if self.typos:
            found += self._typos(text, start, stop, found)
            found.sort(key=lambda m: m.start)
        return found

    def _match(self, text: str, parts: list[str], offsets: list[int], i: int, most: int) -> int:
        """How many words from word ``i`` the longest fitting alias spans (0: none). ``parts`` alternate separators
        and folded words (word ``k`` is ``parts[2k + 1]``, at ``offsets[2k + 1]`` in ``text``)."""
        if parts[2 * i] == "-" and _glued(text, parts, offsets, 2 * i):
            return 0
        most = min(most, (len(parts) - 1) // 2 - i)
        if most > 1 and (parts[2 * i + 1], parts[2 * i + 3]) not in self.pairs:
            most = 1
        for size in range(most, 0, -1):
            target = self.aliases.get(tuple(parts[2 * i + 1:2 * (i + size):2]))
            if target is None or parts[2 * (i + size)] == "-" and _glued(text, parts, offsets, 2 * (i + size)):
                continue
            if all(_fits(shape, text[offsets[2 * k + 1]:offsets[2 * k + 2]])
                   for k, shape in enumerate(_shapes(target[1]), start=i)) and \
                    all(JOIN.fullmatch(parts[2 * k]) for k in range(i + 1, i + size)):
                return size
        return 0

    def _typos(self, text: str, start: int, stop: int, found: list[Mention]) -> list[Mention]:
        """Capitalised words no alias took that are near-misspellings of a current person's one-word alias; not a
        word the text also writes in lower case ("Still, ..." is no Stiell), nor one it gives as another person's
        surname ("Russian businessman Arthur Petrov" is no Petro, nor is "Petrov" later on)."""
        out = []
        k = 0  # found is in text order: the mention that may cover the word
        for m in _CAPITALISED.finditer(text, start, stop):
            while k < len(found) and found[k].end <= m.start():
                k += 1
            if k < len(found) and found[k].start <= m.start():
                continue
            word = m.group()
            if word not in self.misspelt:
                self.misspelt[word] = self._misspelling(word)
            row = self.misspelt[word]
            if row is not None and not _other_word(text, word, row[0]):
                out.append(Mention(m.start(), m.end(), _entity(row)))
        return out

    def _misspelling(self, word: str) -> Row | None:
        """The current person a word misspells: same first letter, a length within ``TYPO_LENGTH``, similarity at
        least ``TYPO_SIMILARITY``; a word that starts an alias is no misspelling."""
        if fold(word) in self.longest:
            return None
        first = fold(word[0])
        candidates = [a for n in range(len(word) - TYPO_LENGTH, len(word) + TYPO_LENGTH + 1)
                      for a in self.typos.get((first, n), ())]
        best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=TYPO_SIMILARITY)
        return self.aliases[(fold(best[0]),)][0] if best else None

    def resolve(self, phrase: str) -> Entity | None:
        """The entity a phrase names (a subject noun phrase): the phrase itself as an alias ("the Kremlin"); its
        last named entity when the phrase ends with it ("Pakistan's Prime Minister Shehbaz Sharif", "Armenian
        Prime Minister Nikol Pashinyan"); a person's surname alone when one current person, else one person, has
        it ("Barrot"); a titled person the lists do not know, with the title's country; else None."""
        text = phrase.strip()
        mentions = [m for m in self.find(text) if m.entity.kind != "place"]
        tail = text.rstrip(" .,;:'’s")
        if mentions and mentions[-1].end >= len(tail) and (mentions[-1].start == 0 or mentions[-1].entity.kind in
                                                            ("person", "armed_group", "organisation")):
            return mentions[-1].entity
        titled = titled_people(text, 0, len(text), mentions)
        if titled and titled[-1].end >= len(tail):
            return titled[-1].entity
        words = TOKEN.findall(tail)
        if mentions or not words or not words[-1][:1].isupper():
            return None
        return _surnames().get(fold(words[-1]))


@lru_cache(maxsize=1024)
def _other_word(text: str, word: str, person: str) -> bool:
    """Whether ``text`` shows that ``word``, a near-misspelling of ``person``'s name, is another word: it writes it
    in lower case too, or after a capitalised first name that is not the person's, or after a name particle. Kept
    for the texts last asked about: the extractor looks for names sentence by sentence in one article's text, and
    each look would read the whole text again."""
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return True
    first = fold(person.split()[0])
    return any(fold(m.group(1)) != first and m.group(1).lower() not in NOT_FIRST_NAMES
               for m in re.finditer(rf"(?<![\w-])([A-Z][a-z]+|{PARTICLES})[ \t]+{re.escape(word)}(?![\w-])", text))


#: Last words of listed names that are common nouns ("Government", "Declaration"): no surname of anyone.
NOT_SURNAMES = cue_words("not_surnames") | cue_words("not_actor_names")
#: Lower-case words inside personal names, before a surname ("Khaled al Mishri" is no Misri).
PARTICLES = "|".join(sorted(cue_words("name_particles")))
#: Capitalised words that may stand before a surname without being a first name: titles, honorifics and the words
#: that open a sentence ("President Zelenskyy", "Mr Zelenskyy", "When Zelenskyy").
NOT_FIRST_NAMES = cue_words("honorifics") | cue_words("not_actor_names") | frozenset(
    w for (title,) in read_tsv("titles.tsv", 1) for w in re.findall(r"[a-z]+", title))


def _glued(text: str, parts: list[str], offsets: list[int], j: int) -> bool:
    """Whether separator ``parts[j]``, a hyphen, is gluing a lower-case word to the name beside it ("pro-Russian",
    "Iran-backed", "US-brokered"): then the name is part of a modifier, not an actor. An Arabic article before a
    name is no modifier ("al-Assad")."""
    if j == 0 or j == len(parts) - 1:
        return False
    return text[offsets[j + 1]].islower() or (text[offsets[j - 1]].islower() and parts[j - 1] not in ARTICLES)


def _opens_a_name(text: str, parts: list[str], offsets: list[int], k: int) -> bool:
    """Whether word ``k`` (the one after a place's name) is a capitalised word the name opens, one space away and no
    day or month: the place is then part of a longer name ("Santiago Wills", the chair of the talks), no government."""
    if 2 * k + 1 >= len(parts) or parts[2 * k] != " " or not text[offsets[2 * k + 1]].isupper():
        return False
    return parts[2 * k + 1] not in WEEKDAYS and parts[2 * k + 1] not in MONTHS


def _after_locative(folded: list[str], i: int) -> bool:
    return i > 0 and folded[i - 1] in LOCATIVE or (i > 1 and folded[i - 1] == "the" and folded[i - 2] in LOCATIVE)


# --------------------------------------------------------------------- people named after a title
#: Capitalised words that follow a title but name no one ("minister Monday", "envoy for Gaza").
_NOT_NAMES = cue_words("not_titled_names")


@cache
def _titled_name() -> re.Pattern[str]:
    titles = "|".join(title for (title,) in read_tsv("titles.tsv", 1))
    name = r"[A-Z][a-z'’-]+"
    return re.compile(rf"(?<![\w-])(?i:{titles})\s+(?P<name>{name}(?:[ \t]+{name}){{1,2}})(?![\w-])")


def titled_people(text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
    """People the actor lists do not know, named after a title ("foreign minister Hakan Fidan"), with the country
    of a country, demonym or government named just before the title ("Pakistan's Prime Minister": PAK; "Turkish
    foreign minister": TUR), else none ("")."""
    out: list[Mention] = []
    for m in _titled_name().finditer(text, start, end):
        name = re.sub(r"['’]s$", "", m.group("name"))  # "President Gustavo Petro's government"
        words = name.split()
        name_end = m.start("name") + len(name)
        if any(w in _NOT_NAMES for w in words) or any(k.start < name_end and m.start("name") < k.end for k in known):
            continue
        country = next((k.entity.country for k in reversed(known) if k.entity.kind in ("country", "government")
                        and 0 <= m.start() - k.end <= 24 and not re.search(r"[,;.]", text[k.end:m.start()])), "")
        out.append(Mention(m.start("name"), name_end, Entity(" ".join(words), country, "person")))
    return out


# --------------------------------------------------------------------- the gazetteers
@cache
def _rows(name: str) -> list[tuple[Row, tuple[str, ...]]]:
    """The rows of an actor file with their aliases (read once: the gazetteer and the surname index share it).
    Aliases are kept in tuples, not lists: a tuple of strings leaves the garbage collector's care at its first pass,
    and 16,000 lists more kept in it made a new process's first article pay a full collection (0.05 s)."""
    return [((n, country, kind, role, until), tuple(aliases.split("|")))
            for n, country, kind, role, until, aliases in read_tsv(name, 6)]


@cache
def _place_rows() -> list[tuple[Row | None, tuple[str, ...]]]:
    rows = read_tsv("places.tsv", 3) + read_tsv("places_world.tsv", 3)
    return [((name, country, "place", "", ""), tuple(aliases.split("|"))) for name, country, aliases in rows]


@cache
def actor_gazetteer() -> Gazetteer:
    """Current actors (actors.tsv), then the world's countries, governments, people, organisations and armed groups
    (actors_world.tsv); phrases of not_actors.tsv name no one. A government alias that is also a place's name
    ("Moscow") is the place after "in", "at", "to"."""
    entries: list[tuple[Row | None, tuple[str, ...]]] = [(None, tuple(p for (p,) in read_tsv("not_actors.tsv", 1)))]
    entries += _rows("actors.tsv") + _rows("actors_world.tsv")
    places = frozenset(_key(a) for _, names in _place_rows() for a in names)
    current = [(r, names) for r, names in _rows("actors.tsv") if r[2] == "person" and not r[4]]
    return Gazetteer.build(entries, places, "actors", current)


@cache
def place_gazetteer() -> Gazetteer:
    """Venues, capitals, cities and countries, for "in Istanbul, Turkey"."""
    return Gazetteer.build(_place_rows(), source="places")


@cache
def _surnames() -> dict[str, Entity]:
    """Surname -> person: the surnames one current person (actors.tsv, in office) has, else one person of any time."""
    current: dict[str, set[str]] = {}
    anyone: dict[str, set[str]] = {}
    rows: dict[str, Row] = {}
    for source in ("actors.tsv", "actors_world.tsv"):
        for row, names in _rows(source):
            if row[2] != "person":
                continue
            rows.setdefault(row[0], row)
            for key in (_key(alias) for alias in names):
                if len(key) >= 2 and key[-1] not in NOT_SURNAMES:
                    anyone.setdefault(key[-1], set()).add(row[0])
                    if source == "actors.tsv" and not row[4]:
                        current.setdefault(key[-1], set()).add(row[0])
    out = {k: v for k, v in anyone.items() if len(v) == 1}
    out.update({k: v for k, v in current.items() if len(v) == 1})
    return {k: _entity(rows[next(iter(v))]) for k, v in out.items()}


@cache
def known_entities() -> dict[str, Entity]:
    """Canonical name -> entity, for every actor the files list (actors.tsv first: its row wins a shared name)."""
    entities: dict[str, Entity] = {}
    for source in ("actors.tsv", "actors_world.tsv"):
        for row, _ in _rows(source):
            entities.setdefault(row[0], _entity(row))
    return entities


def resolve(phrase: str) -> Entity | None:
    """The entity a noun phrase names, or None (see ``Gazetteer.resolve``)."""
    return actor_gazetteer().resolve(phrase)


def knows(word: str) -> bool:
    """Whether the actor knowledge has ``word`` as it is written, as an alias or a person's surname: no
    misspelling of one ("Petrov" is no "Petro" here)."""
    return (fold(word),) in actor_gazetteer().aliases or fold(word) in _surnames()
