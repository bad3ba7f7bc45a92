"""Data files the engines read: trigger, actor, place and status lexicons and the rules' cue words (TSV, one row per
entry)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


def read_tsv(name: str, columns: int) -> list[tuple[str, ...]]:
    """Rows of a TSV resource, comments (#) and blank lines skipped; each row must have ``columns`` fields."""
    rows: list[tuple[str, ...]] = []
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.rstrip("\n").split("\t"))
        if len(fields) != columns:
            raise ValueError(f"{name} line {number}: expected {columns} tab-separated fields, got {len(fields)}")
        rows.append(fields)
    return rows


@cache
def _cues() -> dict[str, frozenset[str]]:
    return {name: frozenset(words.split("|")) for name, words in read_tsv("cues.tsv", 2)}


def cue_words(name: str) -> frozenset[str]:
    """One set of the extraction rules' cue words (``cues.tsv``: prepositions, marks, verbs a rule looks for)."""
    return _cues()[name]
