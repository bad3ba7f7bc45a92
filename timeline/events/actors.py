"""Actors and places: gazetteers with aliases (``resources/actors.tsv``, ``resources/places.tsv``) plus every
country ISO 3166 knows (via pycountry), each mapped to an ISO alpha-3 code; misspelt names matched by similarity."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry
from rapidfuzz import fuzz, process

from timeline.resources import read_tsv

#: How similar (0-100) a capitalised word must be to a known single-word alias to count as a misspelling of it.
TYPO_SIMILARITY = 85
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]{4,}(?![\w-])")


@dataclass(frozen=True)
class Entity:
    """A named actor or place: canonical name, country code (ISO 3166 alpha-3, or an organisation code), kind."""

    name: str
    country: str
    kind: str


@dataclass(frozen=True)
class Mention:
    """An entity found in a text at [start, end)."""

    start: int
    end: int
    entity: Entity


def _countries() -> list[tuple[Entity, list[str]]]:
    out = []
    for country in pycountry.countries:
        names = {country.name, getattr(country, "common_name", country.name)}
        short = getattr(country, "common_name", None) or country.name
        out.append((Entity(short, country.alpha_3, "country"), sorted(names)))
    return out


@dataclass(frozen=True)
class Gazetteer:
    """Aliases -> entities, with one compiled scanner (longest alias first)."""

    entities: dict[str, Entity]
    pattern: re.Pattern[str]
    single_words: tuple[str, ...]

    @classmethod
    def build(cls, entries: list[tuple[Entity, list[str]]]) -> Gazetteer:
        aliases: dict[str, Entity] = {}
        for entity, names in entries:
            for alias in names:
                aliases.setdefault(alias, entity)
        ordered = sorted(aliases, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w-])")
        singles = tuple(a for a in aliases if a.isalpha() and len(a) >= 5 and entries and aliases[a].kind == "person")
        return cls(aliases, pattern, singles)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Exact alias matches, then capitalised words that are near-misspellings of a person's name ("Zensky")."""
        stop = len(text) if end is None else end
        found = [Mention(m.start(), m.end(), self.entities[m.group()]) for m in self.pattern.finditer(text, start, stop)]
        taken = [(m.start, m.end) for m in found]
        for m in _CAPITALISED.finditer(text, start, stop):
            if any(s <= m.start() < e for s, e in taken) or m.group() in self.entities:
                continue
            best = process.extractOne(m.group(), self.single_words, scorer=fuzz.ratio, score_cutoff=TYPO_SIMILARITY)
            if best and best[0][0] == m.group()[0]:
                found.append(Mention(m.start(), m.end(), self.entities[best[0]]))
        return sorted(found, key=lambda x: x.start)


#: Capitalised words that follow a title but name no one ("minister Monday", "envoy for Gaza").
_NOT_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                        "February", "March", "April", "May", "June", "July", "August", "September", "October",
                        "November", "December", "The", "A", "An", "And", "Of", "For", "In", "On", "At"})


@cache
def _titled_name() -> re.Pattern[str]:
    titles = "|".join(title for (title,) in read_tsv("titles.tsv", 1))
    name = r"[A-Z][a-z'’-]+"
    return re.compile(rf"(?<![\w-])(?i:{titles})\s+(?P<name>{name}(?:[ \t]+{name}){{1,2}})(?![\w-])")


def titled_people(text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
    """People the actor list does not know, named after a title ("foreign minister Hakan Fidan"), with the country
    of a country name or demonym just before the title ("Turkey's foreign minister": TUR), else none ("")."""
    out: list[Mention] = []
    for m in _titled_name().finditer(text, start, end):
        name = re.sub(r"['’]s$", "", m.group("name"))  # "President Gustavo Petro's government"
        words = name.split()
        name_end = m.start("name") + len(name)
        if any(w in _NOT_NAMES for w in words) or any(k.start < name_end and m.start("name") < k.end for k in known):
            continue
        country = next((k.entity.country for k in reversed(known) if k.entity.kind == "country"
                        and 0 <= m.start() - k.end <= 24 and not re.search(r"[,;.]", text[k.end:m.start()])), "")
        out.append(Mention(m.start("name"), name_end, Entity(" ".join(words), country, "person")))
    return out


@cache
def actor_gazetteer() -> Gazetteer:
    """People, governments (and their metonyms), organisations and every ISO country."""
    rows = [(Entity(name, country, kind), aliases.split("|")) for name, country, kind, aliases in read_tsv("actors.tsv", 4)]
    return Gazetteer.build(rows + _countries())


@cache
def place_gazetteer() -> Gazetteer:
    """Cities and every ISO country, for "in Istanbul, Turkey"."""
    rows = [(Entity(name, country, "place"), aliases.split("|")) for name, country, aliases in read_tsv("places.tsv", 3)]
    countries = [(Entity(e.name, e.country, "country"), names) for e, names in _countries()]
    return Gazetteer.build(rows + countries)
