"""TempEval-3 Task A scoring of TIMEX3 annotations, as the official toolkit computes it.

- Relaxed match: a system TIMEX3 overlapping a gold one; pairs are made one-to-one, in text order.
- Strict match: a system TIMEX3 with exactly the gold span.
- Precision = matches / system TIMEX3, recall = matches / gold TIMEX3, F1 their harmonic mean.
- Attribute F1 (value, type): over the relaxed matches, the attribute strings must be equal; F1 = 2 x correct /
  (system + gold), which is the toolkit's "attribute accuracy x relaxed F1".
- Counts are summed over documents before dividing (micro average). The creation-time TIMEX3 is not scored: only the
  TIMEX3 inside ``<TEXT>`` are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from timeline.temporal.timeml import Annotation, TimeMLDocument, TimeMLError, read_timeml, tml_files


@dataclass(frozen=True)
class Scores:
    """Match counts over a set of documents; the figures (percentages) are derived from them."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: object) -> Scores:
        if not isinstance(other, Scores):
            return NotImplemented
        return Scores(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    @staticmethod
    def _ratio(part: int, whole: int) -> float:
        return 100.0 * part / whole if whole else 0.0

    def _f1(self, correct: int) -> float:
        return self._ratio(2 * correct, self.system + self.gold)

    @property
    def strict_precision(self) -> float:
        return self._ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return self._ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict)

    @property
    def relaxed_precision(self) -> float:
        return self._ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return self._ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return self._f1(self.relaxed)

    @property
    def value_f1(self) -> float:
        return self._f1(self.value)

    @property
    def type_f1(self) -> float:
        return self._f1(self.type)

    def table(self, label: str = "TIMEX3") -> str:
        """These scores as a plain-text table of one row."""
        return render_table({label: self})


_COLUMNS: tuple[tuple[str, str], ...] = (
    ("strict P", "strict_precision"), ("strict R", "strict_recall"), ("strict F1", "strict_f1"),
    ("relaxed P", "relaxed_precision"), ("relaxed R", "relaxed_recall"), ("relaxed F1", "relaxed_f1"),
    ("value F1", "value_f1"), ("type F1", "type_f1"), ("docs", "docs"), ("gold", "gold"), ("system", "system"),
)


def render_table(rows: Mapping[str, Scores]) -> str:
    """Several labelled ``Scores`` as one plain-text table (percentages with one decimal, then counts)."""
    header = [""] + [name for name, _ in _COLUMNS]
    body = []
    for label, scores in rows.items():
        cells = [label]
        for _, attr in _COLUMNS:
            figure = getattr(scores, attr)
            cells.append(f"{figure:.1f}" if isinstance(figure, float) else str(figure))
        body.append(cells)
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = []
    for row in [header, *body]:
        lines.append("  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]))
    return "\n".join(lines)


def match(gold: Iterable[Annotation], system: Iterable[Annotation]) -> list[tuple[Annotation, Annotation]]:
    """Pair overlapping gold and system TIMEX3 one-to-one, in text order (each pairs with the first it overlaps)."""
    g = sorted(gold, key=lambda a: (a.start, a.end))
    s = sorted(system, key=lambda a: (a.start, a.end))
    pairs: list[tuple[Annotation, Annotation]] = []
    i = j = 0
    while i < len(g) and j < len(s):
        if g[i].end <= s[j].start:
            i += 1
        elif s[j].end <= g[i].start:
            j += 1
        else:
            pairs.append((g[i], s[j]))
            i += 1
            j += 1
    return pairs


def score_document(gold: TimeMLDocument, system: TimeMLDocument) -> Scores:
    """Counts for one document; both must carry the same text."""
    if gold.text != system.text:
        raise TimeMLError(system.name, f"its text differs from the gold document {gold.name}")
    pairs = match(gold.timexes, system.timexes)
    return Scores(
        docs=1,
        gold=len(gold.timexes),
        system=len(system.timexes),
        strict=sum(1 for g, s in pairs if (g.start, g.end) == (s.start, s.end)),
        relaxed=len(pairs),
        value=sum(1 for g, s in pairs if g.value == s.value),
        type=sum(1 for g, s in pairs if g.type == s.type),
    )


def evaluate_dirs(gold_dir: str | Path, system_dir: str | Path) -> Scores:
    """Score every gold ``.tml`` file against the system file of the same name in ``system_dir``."""
    total = Scores()
    for gold_path in tml_files(gold_dir):
        system_path = Path(system_dir) / gold_path.name
        if not system_path.is_file():
            raise TimeMLError(str(system_path), f"missing: the system output for gold document {gold_path.name}")
        total += score_document(read_timeml(gold_path), read_timeml(system_path))
    return total
