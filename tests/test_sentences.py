"""Sentence splitting: offsets into the text, lines as hard boundaries, abbreviations kept whole."""

from __future__ import annotations

from timeline.sentences import split_sentences


def test_offsets_index_the_text() -> None:
    text = "Talks began on Monday. They ended on Friday!\nScroll to Top\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Talks began on Monday.", "They ended on Friday!", "Scroll to Top"]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_abbreviations_and_quotes() -> None:
    text = 'Mr. Peskov met U.S. envoys on Jan. 16 in Riyadh. "We agreed," he said. Then 3 rounds followed.'
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Peskov met U.S. envoys on Jan. 16 in Riyadh.", '"We agreed," he said.', "Then 3 rounds followed."]


def test_headline_line_stands_alone() -> None:
    text = "Kremlin cautious after the proposal\n\nThe Kremlin answered on Sunday."
    assert [s.text for s in split_sentences(text)] == ["Kremlin cautious after the proposal",
                                                       "The Kremlin answered on Sunday."]
