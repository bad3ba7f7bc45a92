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
from functools import cache
from typing import Any

import pandas as pd

from timeline.names import sides, split_names
from timeline.resources import read_tsv

HEADLINE_MAX = 60
#: The fields a template may name.
FIELDS = frozenset({"parties", "first", "others", "noun", "place", "date", "summary"})
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


def _cell(row: Mapping[str, Any], name: str) -> str:
    """A cell as stripped text, nulls empty."""
    value = row.get(name)
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def _joined(names: list[str]) -> str:
    """"Russia", "Russia and US", "Russia, US and EU"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _summary(row: Mapping[str, Any]) -> str:
    """The summary without its dateline and date expression, capitalised: what happened, in the article's words."""
    text = _DATELINE.sub("", _cell(row, "summary"))
    date_text = _cell(row, "date_text")
    if date_text:
        text = re.sub(rf"\s*,?\s*\b(?:on |in |at )?{re.escape(date_text)}\b,?", "", text, count=1, flags=re.I)
    text = text.strip(" ,;")
    return text[:1].upper() + text[1:]


def _shortened(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + _ELLIPSIS


def headline(row: Mapping[str, Any]) -> str:
    """The headline of one event-table row (any mapping of its columns): at most HEADLINE_MAX characters; optional
    parts (the place, other parties) go first when it is too long, then the text is cut at a word."""
    event_type, status = _cell(row, "event_type") or "other", _cell(row, "status") or "occurred"
    named = sides(split_names(row.get("actors")))
    place = _cell(row, "location").split(",")[0].strip()
    values = {
        "parties": "–".join(named[:3]) + (f" +{len(named) - 3}" if len(named) > 3 else ""),
        "first": named[0] if named else "", "others": _joined(named[1:3]),
        "noun": _nouns().get(event_type, event_type), "place": place if place not in named else "",
        "date": _cell(row, "date_text"), "summary": _summary(row),
    }
    template = _template(event_type, status, bool(named))
    for keep in range(template.optional_count(), -1, -1):
        text = template.render(values, keep)
        if len(text) <= HEADLINE_MAX:
            break
    text = text[:1].upper() + text[1:]
    return _shortened(text, HEADLINE_MAX)


#: Columns a headline reads.
HEADLINE_COLUMNS = ("event_type", "status", "actors", "location", "date_text", "summary")


def headlines(frame: pd.DataFrame) -> pd.Series:
    """The headline of every row of an event table (computed once per distinct set of the columns it reads)."""
    if frame.empty:
        return pd.Series([], index=frame.index, dtype="object")
    keys = frame[list(HEADLINE_COLUMNS)].astype("object")
    keys = keys.where(keys.notna(), None)
    records = list(keys.itertuples(index=False, name=None))
    unique = {key: "" for key in records}
    for key in unique:
        unique[key] = headline(dict(zip(HEADLINE_COLUMNS, key)))
    return pd.Series([unique[key] for key in records], index=frame.index, dtype="object")
