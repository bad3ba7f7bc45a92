"""Short names of actors and countries, and the sides an event's actors stand for.

"Russian government; Dmitry Peskov" is one side, Russia, named by its one person: Peskov. Headlines and the
dashboard's country lanes read the same sides, so an actor and its government never look like two parties.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from timeline.events.actors import Entity, known_entities
from timeline.resources import read_tsv
from timeline.schema import LIST_SEPARATOR

#: Kinds of actor that name a country or organisation as a whole (a person is named in person).
COLLECTIVE_KINDS = frozenset({"country", "government", "organisation"})


@cache
def _short_names() -> dict[str, str]:
    """Canonical name -> listed short form."""
    return {name: short for name, short in read_tsv("short_names.tsv", 2)}


def short_name(name: str) -> str:
    """The name a headline uses: listed short forms ("European Union": EU), else a person's last word."""
    listed = _short_names().get(name)
    if listed:
        return listed
    if actor(name).kind in COLLECTIVE_KINDS:
        return name
    return name.split()[-1] if name.split() else name


@cache
def _country_names() -> dict[str, str]:
    """Country or organisation code -> its name: the actor list's own names first ("Russia"), then ISO's."""
    names: dict[str, str] = {}
    for kind in ("country", "organisation", "government"):  # a government's row may be named as its state is
        for entity in known_entities().values():
            if entity.kind == kind and entity.country:
                names.setdefault(entity.country, entity.name)
    return names


def country_label(code: str) -> str:
    """A country or organisation code as a short name ("RUS": Russia, "USA": US); unknown codes as they are."""
    return short_name(_country_names().get(code, code))


def actor(name: str) -> Entity:
    """The gazetteer's entity for a canonical actor name; a name it does not know is a person of no known country
    (people named after a title, "foreign minister Hakan Fidan")."""
    return known_entities().get(name) or Entity(name, "", "person")


def split_names(cell: object) -> list[str]:
    """The names in a multi-valued cell ("A; B"); none for a null or blank cell."""
    if not isinstance(cell, str):
        return []
    return [part.strip() for part in cell.split(LIST_SEPARATOR.strip()) if part.strip()]


def sides(actors: Iterable[str]) -> list[str]:
    """The sides ``actors`` stand for, in the order first named: one per country (or organisation), named by its
    one person when exactly one is named, else by the country; a person of no known country is a side alone."""
    groups: dict[str, list[Entity]] = {}
    for name in actors:
        entity = actor(name)
        groups.setdefault(entity.country or f"person:{entity.name}", []).append(entity)
    out: list[str] = []
    for key, members in groups.items():
        people = list(dict.fromkeys(m.name for m in members if m.kind == "person"))
        label = short_name(people[0]) if len(people) == 1 else country_label(key)
        if label not in out:
            out.append(label)
    return out
