"""Actors and places: aliases, metonyms, ISO country codes from pycountry, misspellings matched by similarity."""

from __future__ import annotations

import pytest

import timeline
from timeline.article import parse_article
from timeline.events.actors import actor_gazetteer, place_gazetteer


def names(text: str) -> list[tuple[str, str]]:
    return [(m.entity.name, m.entity.country) for m in actor_gazetteer().find(text)]


@pytest.mark.parametrize("text,expected", [
    ("the Kremlin said", [("Russian government", "RUS")]),
    ("Kyiv and Moscow", [("Ukrainian government", "UKR"), ("Russian government", "RUS")]),
    ("officials in Washington", [("US government", "USA")]),
    ("Kremlin spokesman Dmitry Peskov", [("Russian government", "RUS"), ("Dmitry Peskov", "RUS")]),
    ("the proposal from Zensky", [("Volodymyr Zelensky", "UKR")]),  # the seed headline's typo
    ("President Zelenskyy", [("Volodymyr Zelensky", "UKR")]),
    ("Norway and Qatar mediated", [("Norway", "NOR"), ("Qatar", "QAT")]),  # every ISO country, via pycountry
])
def test_actor_aliases_metonyms_and_typos(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_ordinary_capitalised_words_are_not_taken_for_names() -> None:
    assert names("Sunday Monday Tuesday Because Reuters Delegations") == []


@pytest.mark.parametrize("sentence,location", [
    ("Delegations met in Istanbul, Turkey on 16 May 2025.", "Istanbul, Turkey"),
    ("Envoys held talks in the Omani capital on 12 April 2025.", "Muscat"),
    ("The two sides met in Norway on 3 March 2025.", "Norway"),
])
def test_places(sentence: str, location: str) -> None:
    table = timeline.extract(parse_article(sentence))
    assert table["location"].tolist() == [location]


def test_place_countries_come_from_iso() -> None:
    found = {m.entity.name: m.entity.country for m in place_gazetteer().find("in Doha, Qatar and Geneva")}
    assert found == {"Doha": "QAT", "Qatar": "QAT", "Geneva": "CHE"}


def test_event_countries_column_holds_iso_codes() -> None:
    table = timeline.extract(parse_article("The Kremlin and Kyiv exchanged 84 prisoners on 14 May 2025."))
    assert table["countries"].tolist() == ["RUS; UKR"]
