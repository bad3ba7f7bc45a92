"""The README documents every CLI command and every option (a test fails when one is missing)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from timeline.cli import parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_command_and_its_options_are_documented(name: str) -> None:
    assert f"timeline {name}" in README, f"README does not show `timeline {name}`"
    for action in _subcommands()[name]._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in README, f"README does not mention {option} of `timeline {name}`"


def test_readme_opens_with_the_two_setup_commands() -> None:
    head = README[:1500]
    assert "make run" in head and "make test" in head


def test_dashboard_section_documents_the_url_keys_and_exports() -> None:
    from dashboard.data import QUERY_KEYS

    section = README[README.index("## Dashboard"):]
    for key in QUERY_KEYS.values():
        assert f"`{key}`" in section, f"README's Dashboard section does not document the URL key {key!r}"
    for button in ("CSV", "JSON", "TimelineJS", "ICS", "HTML", "PNG"):
        assert button in section
