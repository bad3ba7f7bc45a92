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


@pytest.mark.parametrize("text,expected", [
    ("Turkey's foreign minister Hakan Fidan rejected any return to federation talks.", [("Turkey", "TUR"), ("Hakan Fidan", "TUR")]),
    ("the Turkish Cypriot leader Tufan Erhurman", [("Turkey", "TUR"), ("Tufan Erhurman", "TUR")]),
    ("UN Secretary-General Antonio Guterres", [("United Nations", "UNO"), ("Antonio Guterres", "")]),
    ("President Gustavo Petro's government", [("Gustavo Petro", "")]),
    ("US envoy Steve Witkoff", [("United States", "USA"), ("Steve Witkoff", "USA")]),
    ("Kremlin spokesman Dmitry Peskov", [("Russian government", "RUS"), ("Dmitry Peskov", "RUS")]),  # listed
    ("the minister Monday said", []),
    ("the leader of Hamas", []),
])
def test_people_the_list_does_not_know_are_named_after_a_title(text: str, expected: list[tuple[str, str]]) -> None:
    from timeline.events.actors import titled_people

    known = actor_gazetteer().find(text)
    found = sorted(known + titled_people(text, 0, len(text), known), key=lambda m: m.start)
    assert [(m.entity.name, m.entity.country) for m in found] == expected


def test_a_titled_person_stands_for_their_country_in_the_event() -> None:
    """"Egypt's foreign minister Badr Abdelatty said on Tuesday": the statement is his, the bare Egypt dropped."""
    table = timeline.extract(parse_article("Egypt's foreign minister Badr Abdelatty said on Tuesday that Cairo "
                                           "wanted a deal.", published=None))
    assert list(zip(table["date_text"], table["actors"], table["countries"])) == [
        ("Tuesday", "Badr Abdelatty", "EGY")]
