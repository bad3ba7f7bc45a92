"""Event headlines: who, what, where, from the event's fields; and the sides an event's actors stand for."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.headline import HEADLINE_MAX, Template, headline, headlines
from timeline.names import country_label, sides

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "data" / "devset"

#: The seed's nine events (by date expression) and their headlines.
SEED_HEADLINES = {
    "early 2022": "Russia–Ukraine fighting",                    # military, occurred: Russia; Ukraine
    "May": "Russia–Ukraine talks, Istanbul",                    # talks, occurred, in Istanbul, Turkey
    "early June": "Russia–Ukraine talks, Istanbul",
    "this summer": "Trump demands ceasefire",                   # ceasefire, demanded: Donald Trump
    "Last Monday": "Trump issues threat",
    "Saturday": "Zelensky makes proposal",
    "Sunday": "Peskov statement",                               # Russian government; Dmitry Peskov: one side
    "the coming week": "Ukraine proposes talks with Russia",    # talks, proposed: Ukrainian government; Russia
    "within fifty days": "Trump: deadline within fifty days",   # the deadline Trump set
}


def test_the_seeds_nine_headlines(seed_path: Path) -> None:
    table = timeline.extract(seed_path)
    assert dict(zip(table["date_text"], headlines(table))) == SEED_HEADLINES
    assert [headline(row) for row in table.to_dict("records")] == list(headlines(table))


def test_headlines_are_short_on_every_devset_event() -> None:
    table = pd.concat([timeline.extract(path) for path in sorted(DEVSET.glob("*.md"))], ignore_index=True)
    lengths = headlines(table).str.len()
    assert lengths.max() <= HEADLINE_MAX and lengths.min() > 0


@pytest.mark.parametrize(("actors", "expected"), [
    (["Russia", "Dmitry Peskov"], ["Peskov"]),                       # a government and its one person
    (["Russia", "Vladimir Putin", "Sergei Lavrov"], ["Russia"]),     # two people of one country: the country
    (["Donald Trump", "Steve Witkoff", "United States"], ["US"]),
    (["United States", "Russia"], ["US", "Russia"]),
    (["European Union", "Russia"], ["EU", "Russia"]),
    (["Hakan Fidan", "Nikos Christodoulides"], ["Fidan", "Christodoulides"]),  # people of no known country
])
def test_sides_group_an_actor_with_its_country(actors: list[str], expected: list[str]) -> None:
    assert sides(actors) == expected


def test_country_labels_are_short_names() -> None:
    assert [country_label(code) for code in ("RUS", "USA", "IRN", "EEC", "XYZ")] == [
        "Russia", "US", "Iran", "EU", "XYZ"]


def test_a_long_headline_drops_the_place_first_then_is_cut_at_a_word() -> None:
    row = {"event_type": "talks", "status": "occurred", "location": "Bürgenstock, Switzerland",
           "actors": "Volodymyr Zelensky; Recep Tayyip Erdogan; Emmanuel Macron; Keir Starmer"}
    assert headline(row) == "Zelensky–Erdogan–Macron +1 talks, Bürgenstock"
    row["actors"] = "Organization for Security and Co-operation in Europe; International Committee of the Red Cross"
    assert headline(row) == "OSCE–ICRC talks, Bürgenstock"
    long = {"event_type": "talks", "status": "occurred", "summary": "word " * 30}
    assert headline(long) == ("Word " + "word " * 10).rstrip() + "…" and len(headline(long)) <= HEADLINE_MAX


def test_a_template_with_an_unknown_field_or_open_bracket_is_refused() -> None:
    with pytest.raises(ValueError, match="headlines.tsv talks/x: unknown field"):
        Template.parse("{who} talks", "talks/x")
    with pytest.raises(ValueError, match="unbalanced brackets"):
        Template.parse("{first} talks[, {place}", "talks/x")
