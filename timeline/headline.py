"""An event's headline, written from its fields: who, what, where, in at most HEADLINE_MAX characters.

"Russia–Ukraine talks, Istanbul", "Trump demands ceasefire", "Ukraine proposes talks with Russia". The words are
data (``resources/headlines.tsv``: a template per event type and status; ``resources/headline_nouns.tsv``); the
timeline's labels and hover, the grid, the detail panel, TimelineJS and iCalendar all show this one headline.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any

import pandas as pd

from timeline.names import sides, split_names
from timeline.resources import read_tsv

HEADLINE_MAX = 60
#: The fields a template may name.
FIELDS = frozenset({"parties", "first", "others", "noun", "place", "date", "summary"})
#: Field -> the columns it is made of, besides the actors (which every headline reads).
FIELD_COLUMNS = {"noun": ("event_type",), "place": ("location",), "date": ("date_text",),
                 "summary": ("summary", "date_text")}
#: A dateline opening a summary ("PRETORIA — ", "ADEN/SANAA — ").
_DATELINE = re.compile(r"^[A-Z][A-Z/ .'-]+\s+[—–-]+\s+")
_ELLIPSIS = "…"


@dataclass(frozen=True)
class Part:
    """A piece of a template: literal text with fields; an optional piece is left out when a field is empty."""

    text: str
    fields: tuple[str, ...]
    optional: bool


@dataclass(frozen=True)
class Template:
    """A headline template as parsed from one row of headlines.tsv."""

    source: str
    parts: tuple[Part, ...]

    @cached_property
    def fields(self) -> frozenset[str]:
        """Every field the template names."""
        return frozenset(name for part in self.parts for name in part.fields)

    @cached_property
    def reads(self) -> frozenset[str]:
        """The event-table columns its fields are made of, besides the actors."""
        return frozenset(column for name in self.fields for column in FIELD_COLUMNS.get(name, ()))

    @classmethod
    def parse(cls, source: str, row: str) -> Template:
        """Split ``source`` into plain and ``[optional]`` parts; unknown fields or brackets are refused, naming
        the row."""
        parts = []
        for plain, optional in re.findall(r"([^\[\]]+)|\[([^\[\]]*)\]", source):
            text = plain or optional
            names = tuple(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
            unknown = set(names) - FIELDS
            if unknown:
                raise ValueError(f"headlines.tsv {row}: unknown field {sorted(unknown)} in {source!r}")
            parts.append(Part(text, names, bool(optional)))
        if "".join(p.text if not p.optional else f"[{p.text}]" for p in parts) != source:
            raise ValueError(f"headlines.tsv {row}: unbalanced brackets in {source!r}")
        return cls(source, tuple(parts))

    def render(self, values: Mapping[str, str], keep: int) -> str:
        """The text with the first ``keep`` optional parts that can be filled (the rest left out)."""
        out: list[str] = []
        kept = 0
        for part in self.parts:
            if part.optional:
                if kept >= keep or not all(values.get(name) for name in part.fields):
                    continue
                kept += 1
            out.append(part.text.format_map(values))
        return "".join(out).strip()

    def optional_count(self) -> int:
        """How many optional parts the template has."""
        return sum(part.optional for part in self.parts)


@cache
def _templates() -> dict[tuple[str, str], tuple[Template, Template]]:
    """(event type or *, status or *) -> (template with actors, template without)."""
    return {(event_type, status): (Template.parse(with_actors, f"{event_type}/{status}"),
                                   Template.parse(without, f"{event_type}/{status}"))
            for event_type, status, with_actors, without in read_tsv("headlines.tsv", 4)}


@cache
def _nouns() -> dict[str, str]:
    """Event type -> the noun headlines name it by."""
    return {event_type: noun for event_type, noun in read_tsv("headline_nouns.tsv", 2)}


def _template(event_type: str, status: str, has_actors: bool) -> Template:
    """The most specific template for the type and status."""
    table = _templates()
    for key in ((event_type, status), (event_type, "*"), ("*", status), ("*", "occurred")):
        if key in table:
            return table[key][0 if has_actors else 1]
    raise ValueError(f"headlines.tsv has no template for {event_type}/{status} nor */occurred")


#: Columns a headline reads.
HEADLINE_COLUMNS = ("event_type", "status", "actors", "location", "date_text", "summary")


def _text(value: object) -> str:
    """A cell as stripped text, nulls empty."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def _joined(names: tuple[str, ...]) -> str:
    """"Russia", "Russia and US", "Russia, US and EU"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _summary(summary: str, date_text: str) -> str:
    """The summary without its dateline and date expression, capitalised: what happened, in the article's words."""
    text = _DATELINE.sub("", summary)
    if date_text:
        text = re.sub(rf"\s*,?\s*\b(?:on |in |at )?{re.escape(date_text)}\b,?", "", text, count=1, flags=re.I)
    text = text.strip(" ,;")
    return text[:1].upper() + text[1:]


def shortened(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + _ELLIPSIS


@lru_cache(maxsize=65536)
def _sides(actors: str) -> tuple[str, ...]:
    """The sides of an actors cell (cached: a store repeats the same few combinations)."""
    return tuple(sides(split_names(actors)))


def _values(template: Template, named: tuple[str, ...], cells: dict[str, str]) -> dict[str, str]:
    """The values of the fields ``template`` names (only those: the summary's clean-up costs)."""
    place = cells["location"].split(",")[0].strip()
    makers = {
        "parties": lambda: "–".join(named[:3]) + (f" +{len(named) - 3}" if len(named) > 3 else ""),
        "first": lambda: named[0] if named else "",
        "others": lambda: _joined(named[1:3]),
        "noun": lambda: _nouns().get(cells["event_type"], cells["event_type"]),
        "place": lambda: place if place not in named else "",
        "date": lambda: cells["date_text"],
        "summary": lambda: _summary(cells["summary"], cells["date_text"]),
    }
    return {name: makers[name]() for name in template.fields}


def _headline(cells: dict[str, str]) -> tuple[Template, tuple[str, ...], str]:
    """The template, sides and headline of a row of clean cells (HEADLINE_COLUMNS -> text, nulls empty)."""
    named = _sides(cells["actors"])
    template = _template(cells["event_type"] or "other", cells["status"] or "occurred", bool(named))
    values = _values(template, named, cells)
    for keep in range(template.optional_count(), -1, -1):
        text = template.render(values, keep)
        if len(text) <= HEADLINE_MAX:
            break
    text = text or _nouns().get(cells["event_type"], cells["event_type"] or "event")  # no summary to tell it
    return template, named, shortened(text[:1].upper() + text[1:], HEADLINE_MAX)


def headline(row: Mapping[str, Any]) -> str:
    """The headline of one event-table row (any mapping of its columns): at most HEADLINE_MAX characters; optional
    parts (the place, other parties) go first when it is too long, then the text is cut at a word."""
    return _headline({name: _text(row.get(name)) for name in HEADLINE_COLUMNS})[2]


def headlines(frame: pd.DataFrame) -> pd.Series:
    """The headline of every row of an event table, computed once per distinct value of the fields its template
    reads (the summary only where the template tells the event in the article's words)."""
    columns = [frame[name].astype("string").fillna("").str.strip().to_numpy(dtype=object) for name in HEADLINE_COLUMNS]
    done: dict[tuple[str, ...], str] = {}
    reads: dict[tuple[str, str, bool], frozenset[str]] = {}
    out = []
    for values in zip(*columns):
        cells = dict(zip(HEADLINE_COLUMNS, values))
        kind = (cells["event_type"], cells["status"], cells["actors"] != "")
        read = reads.get(kind)
        key = values if read is None else tuple(v if n in read or n == "actors" else "" for n, v in cells.items())
        text = done.get(key)
        if text is None:
            template, _, text = _headline(cells)
            reads[kind] = template.reads | {"event_type", "status"}
            done[tuple(v if n in reads[kind] or n == "actors" else "" for n, v in cells.items())] = text
        out.append(text)
    return pd.Series(out, index=frame.index, dtype="object")
