"""The rule index kept beside the tagger (timeline/temporal/rule_index.json) is the one the current rules give: it
spares every process the syntax-tree analysis of the rules (about a second) and the rules' validation, and a stale
one would index the wrong starts. After changing a rule or a macro: `make rules` (it validates the rules first)."""

from __future__ import annotations

import json

import pytest

from timeline.temporal import tagger
from timeline.temporal.rules import PREFIXES, RULES, Rule, RuleError, validate
from timeline.temporal.tagger import INDEX_FILE, build_index, load_index, rules_digest


def test_the_kept_index_is_the_one_the_rules_give() -> None:
    kept = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
    assert kept["digest"] == rules_digest(RULES), "the rules changed: run `make rules` and commit the index"
    assert load_index(RULES) == build_index(RULES)


def test_the_digest_is_read_from_the_rules_as_compiled() -> None:
    # the kept digest was taken from compiled patterns, whose flags re fills in (UNICODE for a text pattern)
    compiled = [rule.compile() for rule in RULES]
    assert [(p.pattern, p.flags) for p in compiled] == [(s, f | 32) for s, f in (r.source() for r in RULES)]


def test_the_shipped_rules_and_prefixes_are_valid() -> None:
    validate(RULES, PREFIXES)


@pytest.mark.parametrize(("rule", "problem"), [
    (Rule("empty", r"(?:today)?", "deictic", "today"), "matches the empty string"),
    (Rule("unknown kind", r"today", "fortune telling", "today"), "unknown kind 'fortune telling'"),
    (Rule("no example", r"tomorrow", "deictic", "today"), "does not match its own example 'today'"),
    (Rule("bad macro", r"{no_such_macro}", "deictic", "today"), "pattern does not compile"),
])
def test_a_changed_rule_set_is_validated_before_it_is_indexed(rule: Rule, problem: str) -> None:
    # an edited rule set no longer matches the kept index: it is checked as it is indexed, not used unchecked
    with pytest.raises(RuleError, match=problem):
        load_index((*RULES, rule))


def test_rules_and_their_keys_are_compiled_only_when_a_text_reaches_them() -> None:
    tagger._expressions.cache_clear()  # a text met before would not be scanned again
    tagger._compiled.cache_clear()
    tagger._rules_for_token.cache_clear()
    tagger._rules_starting.cache_clear()
    try:
        compiled = tagger._compiled()
        tagger.tag("Talks resumed on 14 July 2025.", None)
        used = sum(pattern is not None for pattern in compiled.patterns._compiled)
        assert 0 < used < len(RULES) / 2
        starts = sum(keys is not None for keys in compiled.keys._compiled)
        assert 0 < starts < len(compiled.keys._compiled) / 10
    finally:
        tagger._compiled.cache_clear()
        tagger._rules_for_token.cache_clear()
        tagger._rules_starting.cache_clear()
