"""The fast scan (rules tried only where their first words are) finds exactly what the plain scan finds.

``_scan`` is compared with ``_scan_all``, which runs every rule's regex over the whole text: on each rule's own
example, on the seed article, on the TempEval-3 TBAQ texts and on generated text made of the lexicon's words.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED, require_shared
from timeline.article import read_article
from timeline.temporal import lexicon
from timeline.temporal.rules import RULES, Rule
from timeline.temporal.tagger import _candidates, _scan, _scan_all, tag
from timeline.temporal.timeml import read_timeml, tml_files

Found = list[tuple[int, int, int, dict[str, str | None]]]


def _matches(found: list[tuple[int, int, int, re.Match[str]]]) -> Found:
    """Matches in a comparable form: span, rule index and named groups, sorted."""
    return sorted((start, end, index, m.groupdict()) for start, end, index, m in found)  # type: ignore[misc]


def assert_same_scan(text: str) -> None:
    fast, plain = _scan(text), _scan_all(text)
    assert _matches(fast) == _matches(plain)
    assert [c[:3] for c in _candidates(fast, len(text))] == [c[:3] for c in _candidates(plain, len(text))]


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_each_rule_example_is_found_by_the_fast_scan(rule: Rule) -> None:
    index = RULES.index(rule)
    # the words a rule's lookbehind may need before its example, and its lookahead after it
    text = rule.before + rule.example + rule.context
    assert (len(rule.before), len(rule.before + rule.example), index) in [c[:3] for c in _scan(text)]
    for variant in (text, f"On {text}, talks resumed.", f"({text})", text.upper()):
        assert_same_scan(variant)


def test_seed_article() -> None:
    article = read_article(SEED)
    assert_same_scan(article.text)
    assert tag(article.text, article.published)  # the seed has expressions to find


def _tbaq_texts() -> list[tuple[str, str]]:
    folder = require_shared() / "data" / "tempeval3" / "tbaq"
    return [(path.name, read_timeml(path).plain_text) for split in ("TimeBank", "AQUAINT")
            for path in tml_files(folder / split)]


def test_tempeval3_tbaq_texts() -> None:
    differing = []
    for name, text in _tbaq_texts():
        fast, plain = _scan(text), _scan_all(text)
        if _matches(fast) != _matches(plain):
            differing.append(name)
    assert not differing, f"fast scan differs on {len(differing)} texts: {differing[:5]}"


def _vocabulary() -> list[str]:
    """Every word of the lexicon's tables and the rules' examples: the text most likely to start rules."""
    words = {w for table in vars(lexicon).values() if isinstance(table, (dict, tuple, frozenset))
             for w in table if isinstance(w, str)}
    return sorted(words | {rule.example for rule in RULES})


_PIECES = st.one_of(
    st.sampled_from(_vocabulary()),
    st.from_regex(r"\d{1,5}", fullmatch=True),
    st.sampled_from([" ", "  ", "\n", ", ", ". ", "-", "'", "/", ":", ".", "(", "'s", "mid-", "the ", "a "]),
    st.text(max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_generated_text(text: str) -> None:
    assert_same_scan(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_generated_text_upper_case(text: str) -> None:
    assert_same_scan(text.upper())
