"""The rule index kept beside the tagger (timeline/temporal/rule_index.json) is the one the current rules give: it
spares every process the syntax-tree analysis of the rules (about a second), and a stale one would index the wrong
starts. After changing a rule or a macro: `make rules`."""

from __future__ import annotations

import json

from timeline.temporal.rules import RULES
from timeline.temporal.tagger import INDEX_FILE, build_index, load_index, rules_digest


def test_the_kept_index_is_the_one_the_rules_give() -> None:
    patterns = tuple(rule.compile() for rule in RULES)
    kept = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
    assert kept["digest"] == rules_digest(patterns), "the rules changed: run `make rules` and commit the index"
    assert load_index(patterns) == build_index(patterns)
