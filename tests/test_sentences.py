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


def test_a_sentence_knows_it_starts_inside_a_quote_left_open() -> None:
    # real news dev 050: a two-sentence quote of SANA; a new paragraph starts outside any quote
    text = ('"Shaibani held a meeting today in Paris. The talks centred on de-escalation," SANA reported on Tuesday. '
            'It was not the first encounter.\n“Talks are under way. They will go on,” it added.\nNext line.')
    assert [s.quoted for s in split_sentences(text)] == [False, True, False, False, True, False]


def test_headline_line_stands_alone() -> None:
    text = "Kremlin cautious after the proposal\n\nThe Kremlin answered on Sunday."
    assert [s.text for s in split_sentences(text)] == ["Kremlin cautious after the proposal",
                                                       "The Kremlin answered on Sunday."]
