"""Error analysis of the temporal tagger on a TBAQ split: where value, type and span disagree with the gold TIMEX3.

    .venv/bin/python benchmarks/tempeval_errors.py                # TimeBank, every section
    .venv/bin/python benchmarks/tempeval_errors.py --split AQUAINT --section value --examples 3

Sections: ``value`` (mismatches grouped by rule, then by gold/system value shape), ``type``, ``span`` (relaxed but
not strict matches), ``missed`` (gold TIMEX3 with no system one), ``spurious`` (system TIMEX3 with no gold one).
Use it on TimeBank to develop; on AQUAINT only to see error categories, never to fit a rule to one document.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

from benchmarks.tempeval import tbaq_dir
from timeline.temporal.evaluate import match
from timeline.temporal.tagger import tag
from timeline.temporal.timeml import Annotation, TimeMLDocument, read_timeml, system_annotations, tml_files

SECTIONS = ("value", "type", "span", "missed", "spurious")
#: Characters of context shown either side of an expression.
CONTEXT = 60


@dataclass(frozen=True)
class Case:
    """One disagreement: the document, the gold and system annotations (either may be missing), the rule, context."""

    doc: str
    dct: str
    gold: Annotation | None
    system: Annotation | None
    rule: str
    context: str

    @property
    def text(self) -> str:
        """The gold expression's text, else the system's."""
        annotation = self.gold or self.system
        assert annotation is not None
        return annotation.text

    def line(self) -> str:
        g = f"{self.gold.text!r} {self.gold.type} {self.gold.value}" if self.gold else "-"
        s = f"{self.system.text!r} {self.system.type} {self.system.value}" if self.system else "-"
        return f"  {self.doc} (DCT {self.dct}) gold {g} | sys {s} [{self.rule}]\n      ...{self.context}..."


def shape(value: str) -> str:
    """A value's shape: digits become 9 ("1998-03-04" -> "9999-99-99")."""
    return re.sub(r"\d", "9", value)


def _context(text: str, start: int, end: int) -> str:
    snippet = text[max(0, start - CONTEXT):start] + "[" + text[start:end] + "]" + text[end:end + CONTEXT]
    return " ".join(re.sub(r"<[^>]+>", "", snippet).split())


def cases(document: TimeMLDocument) -> Iterator[tuple[str, Case]]:
    """(section, case) for every disagreement in one document."""
    system = system_annotations(document)
    rules = {a.tid: t.rule for a, t in zip(system, tag(document.plain_text, document.dct))}
    pairs = match(document.timexes, system)
    dct = document.dct.isoformat() if document.dct else "-"

    def case(g: Annotation | None, s: Annotation | None) -> Case:
        anchor = g or s
        assert anchor is not None
        return Case(document.name, dct, g, s, rules.get(s.tid, "-") if s else "-",
                    _context(document.text, anchor.start, anchor.end))

    for g, s in pairs:
        if g.value != s.value:
            yield "value", case(g, s)
        if g.type != s.type:
            yield "type", case(g, s)
        if (g.start, g.end) != (s.start, s.end):
            yield "span", case(g, s)
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    yield from (("missed", case(g, None)) for g in document.timexes if id(g) not in matched_gold)
    yield from (("spurious", case(None, s)) for s in system if id(s) not in matched_system)


def _print_groups(title: str, groups: dict[str, list[Case]], examples: int) -> None:
    print(f"\n-- {title}")
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(items):4d}  {key}")
        for item in items[:examples]:
            print(item.line())


def report(split: str, sections: tuple[str, ...], examples: int) -> None:
    """Print the disagreements of ``split`` section by section, biggest groups first."""
    found: dict[str, list[Case]] = defaultdict(list)
    for path in tml_files(tbaq_dir() / split):
        for section, item in cases(read_timeml(path)):
            found[section].append(item)
    print(", ".join(f"{s}: {len(found[s])}" for s in SECTIONS))
    for section in sections:
        items = found[section]
        print(f"\n==== {section} ({len(items)})")
        if section == "value":
            by_rule: dict[str, list[Case]] = defaultdict(list)
            by_shape: dict[str, list[Case]] = defaultdict(list)
            for item in items:
                assert item.gold and item.system
                by_rule[item.rule].append(item)
                by_shape[f"{shape(item.gold.value)} <- {shape(item.system.value)}"].append(item)
            _print_groups("by rule", by_rule, examples)
            _print_groups("by gold <- system shape", by_shape, 0)
        elif section == "type":
            by_types: dict[str, list[Case]] = defaultdict(list)
            for item in items:
                assert item.gold and item.system
                by_types[f"{item.gold.type} <- {item.system.type} [{item.rule}]"].append(item)
            _print_groups("by gold <- system type", by_types, examples)
        elif section == "spurious":
            by_spurious_rule: dict[str, list[Case]] = defaultdict(list)
            for item in items:
                by_spurious_rule[item.rule].append(item)
            _print_groups("by rule", by_spurious_rule, examples)
        else:
            words = Counter(" ".join(item.text.lower().split()) for item in items)
            print("most common:", ", ".join(f"{w!r} {n}" for w, n in words.most_common(15)))
            for item in items:
                print(item.line())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="TimeBank", choices=("TimeBank", "AQUAINT"))
    parser.add_argument("--section", action="append", choices=SECTIONS, help="repeatable; default: all")
    parser.add_argument("--examples", type=int, default=2, help="examples shown per group")
    args = parser.parse_args()
    if not (tbaq_dir() / args.split).is_dir():
        print(f"TempEval-3 data not found at {tbaq_dir()} (set TIMELINE_SHARED)", file=sys.stderr)
        return 2
    report(args.split, tuple(args.section or SECTIONS), args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
