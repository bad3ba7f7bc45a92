"""The extraction rules' cue words live in ``resources/cues.tsv``: every set there is read by a rule, every set a rule
reads is there, and a word added to a set changes what the rule does."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline.events import extract
from timeline.resources import cue_words, read_tsv

ROOT = Path(__file__).resolve().parents[1]


def test_every_cue_set_is_read_by_a_rule_and_every_set_read_is_there() -> None:
    defined = [name for name, _ in read_tsv("cues.tsv", 2)]
    read = set(re.findall(r'cue_words\("(\w+)"\)', "".join(p.read_text() for p in (ROOT / "timeline").rglob("*.py"))))
    assert len(defined) == len(set(defined)) == 68
    assert set(defined) == read
    with pytest.raises(KeyError):
        cue_words("no such set")


def test_a_limit_word_makes_a_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    # "by Friday" after a threat made on Monday 14 July 2025 is a deadline of Friday 18 July; with "by" taken out of
    # the limits there is no deadline
    text = "On Monday, Trump threatened sanctions by Friday if there is no ceasefire."
    rows = timeline.extract(text=text, published=date(2025, 7, 20))
    assert ("deadline", "2025-07-18") in {(r.event_type, f"{r.date_start:%Y-%m-%d}") for r in rows.itertuples()}
    monkeypatch.setattr(extract, "LIMITS", cue_words("limits") - {"by"})
    rows = timeline.extract(text=text, published=date(2025, 7, 20))
    assert "deadline" not in set(rows["event_type"])
