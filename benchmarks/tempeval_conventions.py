"""Where TimeBank and AQUAINT annotate the same construction differently, and how much of our score that explains.

    .venv/bin/python benchmarks/tempeval_conventions.py

For each construction (a plain year's value, a week number, a decade, a weekday with a part of the day, words in front
of an expression) the table counts the gold TIMEX3 of each split written in each form, marks the form our tagger
writes, and counts our relaxed matches whose value, type or span disagrees with the gold one only because the gold
uses another form. A split that mostly uses the other form costs us those matches; fitting it would cost TimeBank.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

from benchmarks.tempeval import tbaq_dir
from timeline.temporal.evaluate import match
from timeline.temporal.timeml import Annotation, read_timeml, system_annotations, tml_files

SPLITS = ("TimeBank", "AQUAINT")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


@dataclass(frozen=True)
class Convention:
    """A construction and the forms it is written in: ``form`` names the form of one annotation (None: not this
    construction), given the annotation and the text just before it; ``ours`` is the form our tagger writes."""

    construction: str
    form: Callable[[Annotation, str], str | None]
    ours: str


def _value_form(patterns: dict[str, str]) -> Callable[[Annotation, str], str | None]:
    """The form whose value pattern matches the whole value."""
    def form(a: Annotation, _before: str) -> str | None:
        return next((name for name, p in patterns.items() if re.fullmatch(p, a.value)), None)
    return form


def _word_form(words: str, head: str = r"\S") -> Callable[[Annotation, str], str | None]:
    """"inside" when the span starts with one of ``words`` (then ``head``), "outside" when they stand just before."""
    def form(a: Annotation, before: str) -> str | None:
        if re.match(rf"(?i)(?:{words})\s+{head}", a.text):
            return "inside"
        if re.search(rf"(?i)\b(?:{words})\s+$", before) and re.match(rf"(?i){head}", a.text):
            return "outside"
        return None
    return form


def _part_of_day(a: Annotation, _before: str) -> str | None:
    if re.fullmatch(rf"(?i){_WEEKDAY}\s+(?:morning|afternoon|evening|night)", a.text):
        return a.type
    return None


CONVENTIONS = (
    Convention("a year's value", _value_form({"1968": r"\d{4}", "1968-XX": r"\d{4}-XX"}), "1968"),
    Convention("a week number below 10", _value_form({"2000-W07": r"\d{4}-W0\d", "2000-W7": r"\d{4}-W\d"}),
               "2000-W07"),
    Convention("a decade's value", _value_form({"196": r"\d{3}", "196X": r"\d{3}X"}), "196"),
    Convention("weekday + part of day: type", _part_of_day, "TIME"),
    Convention("'the' in front", _word_form("the"), "inside"),
    Convention("'about' in front", _word_form("about"), "outside"),
    Convention("early/late/earlier/later + weekday", _word_form("early|late|earlier|later", _WEEKDAY), "inside"),
)


def _before(text: str, a: Annotation) -> str:
    return text[max(0, a.start - 20):a.start]


def measure() -> tuple[Counter[tuple[str, str, str]], Counter[tuple[str, str]], Counter[str], Counter[str]]:
    """(gold counts by (split, construction, form); our disagreeing matches whose gold uses another form, by (split,
    construction); relaxed matches that disagree at all, by split; those with any construction in another form)."""
    forms: Counter[tuple[str, str, str]] = Counter()
    costs: Counter[tuple[str, str]] = Counter()
    disagreeing: Counter[str] = Counter()
    explained: Counter[str] = Counter()
    for split in SPLITS:
        for path in tml_files(tbaq_dir() / split):
            document = read_timeml(path)
            text = document.plain_text
            for a in document.timexes:
                for c in CONVENTIONS:
                    form = c.form(a, _before(text, a))
                    if form is not None:
                        forms[split, c.construction, form] += 1
            for g, s in match(document.timexes, system_annotations(document)):
                if (g.value, g.type, g.start, g.end) == (s.value, s.type, s.start, s.end):
                    continue
                disagreeing[split] += 1
                other = [c for c in CONVENTIONS if c.form(g, _before(text, g)) not in (None, c.ours)]
                costs.update((split, c.construction) for c in other)
                explained[split] += bool(other)
    return forms, costs, disagreeing, explained


def main() -> int:
    if not all((tbaq_dir() / split).is_dir() for split in SPLITS):
        print(f"TempEval-3 data not found at {tbaq_dir()} (set TIMELINE_SHARED)", file=sys.stderr)
        return 2
    forms, costs, disagreeing, explained = measure()
    print("| construction | form | TimeBank gold | AQUAINT gold | ours | our matches it costs (TimeBank / AQUAINT) |")
    print("| --- | --- | ---: | ---: | :---: | ---: |")
    for c in CONVENTIONS:
        names = sorted({form for (_, construction, form) in forms if construction == c.construction},
                       key=lambda f: f != c.ours)
        for i, name in enumerate(names):
            cost = f"{costs['TimeBank', c.construction]} / {costs['AQUAINT', c.construction]}" if i == 0 else ""
            print(f"| {c.construction if i == 0 else ''} | {name} | {forms['TimeBank', c.construction, name]} | "
                  f"{forms['AQUAINT', c.construction, name]} | {'x' if name == c.ours else ''} | {cost} |")
    for split in SPLITS:
        print(f"\n{split}: {disagreeing[split]} relaxed matches disagree in value, type or span; in "
              f"{explained[split]} of them the gold writes a construction above in the form we do not")
    return 0


if __name__ == "__main__":
    sys.exit(main())
