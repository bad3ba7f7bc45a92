"""Sentences with their character offsets in the article, by a small rule-based splitter.

Lines are hard boundaries (headlines, subheadings and page furniture stand alone); inside a line a sentence ends at
. ! or ? (closing quotes included) followed by white space and an upper-case letter, a digit or an opening quote,
unless the word before the stop is a known abbreviation ("Mr.", "Jan.", "U.S.").

Run-on text (a line with no sentence end for thousands of characters) is cut into pieces of at most
``MAX_SENTENCE_CHARS``, at the last clause mark or space before the limit, so the work done per sentence stays
bounded and the whole stays linear in the text's length. News sentences are far shorter (the longest of the
development articles, about 800 sentences, has 443 characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

#: Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
    "jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.n", "u.k",
    "e.u", "a.m", "p.m", "approx", "est", "dept", "pres", "rev", "ft", "mt", "ave",
})
#: The longest sentence passed on; longer runs are cut (see above).
MAX_SENTENCE_CHARS = 600
#: Where a long run is best cut: after a clause mark, else after any space.
_CLAUSE_CUT = re.compile(r"[,;:—–]\s")
_SPACE_CUT = re.compile(r"\s")
#: A run of stops (matched from its first stop only, so a long run is read once), closing quotes, then a new sentence.
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_CLOSERS = "\"'”’)]"
_WORD_OR_DOT = re.compile(r"[\w.]")
_LINE = re.compile(r"[^\r\n]+")
#: Quotation marks that open and that close a quote; a straight double quote does either.
OPENING_QUOTES = frozenset("“«„")
CLOSING_QUOTES = frozenset("”»")
_QUOTE_MARK = re.compile('[“«„”»"]')


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text, its [start, end) offsets in the article text, and whether it starts inside a quotation
    opened by an earlier sentence of its paragraph (the second sentence of a quote that runs over several)."""

    start: int
    end: int
    text: str
    quoted: bool = False


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets index into ``text`` and surrounding white space is left out."""
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        first = len(sentences)
        start = line_start = line.start()
        body = line.group()
        for boundary in _BOUNDARY.finditer(body):
            stem = _word_before(body, boundary.end()).rstrip(".").lower()
            if stem in ABBREVIATIONS or (len(stem) == 1 and "a" <= stem <= "z"):
                continue
            end = line_start + boundary.end()
            _add(sentences, text, start, end)
            start = end
        _add(sentences, text, start, line.end())
        _mark_quoted(sentences, first)
    return sentences


def _mark_quoted(sentences: list[Sentence], first: int) -> None:
    """Mark the sentences of one paragraph (``sentences[first:]``) that start inside a quotation left open by the one
    before."""
    inside = False
    for k in range(first, len(sentences)):
        if inside:
            sentences[k] = replace(sentences[k], quoted=True)
        inside = quote_open(sentences[k].text, 0, len(sentences[k].text), inside)


def quote_open(text: str, start: int, end: int, inside: bool) -> bool:
    """Whether a quotation is open at ``end``, reading ``text[start:end]`` from state ``inside``: curly quotes open
    and close, a straight double quote toggles."""
    for ch in _QUOTE_MARK.findall(text, start, end):
        if ch in OPENING_QUOTES:
            inside = True
        elif ch in CLOSING_QUOTES:
            inside = False
        else:
            inside = not inside
    return inside


def _word_before(line: str, end: int) -> str:
    r"""The word before the stops that end at ``end`` (closing quotes after them included): what
    ``([\w.]+)[.!?]*["'”’)\]]*\Z`` finds in ``line[:end]``, read backwards so that it costs the word, not the line."""
    stops_end = end
    while stops_end > 0 and line[stops_end - 1] in _CLOSERS:
        stops_end -= 1
    word_end = stops_end
    while word_end > 0 and line[word_end - 1] in ".!?":
        word_end -= 1
    while word_end < stops_end and line[word_end] == ".":  # full stops may end the word ("U.S."), ! and ? may not
        word_end += 1
    start = word_end
    while start > 0 and _WORD_OR_DOT.match(line, start - 1):
        start -= 1
    if start == word_end:  # no word before a leading ! or ?: the regex settled for the first dots after it
        start = line.find(".", word_end, stops_end)
        if start < 0:
            return ""
        word_end = start
        while word_end < stops_end and line[word_end] == ".":
            word_end += 1
    return line[start:word_end]


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut(text, start, start + MAX_SENTENCE_CHARS)
        _add_one(sentences, text, start, cut)
        start = cut
    _add_one(sentences, text, start, end)


def _cut(text: str, start: int, limit: int) -> int:
    """Where to cut text[start:limit]: after the last clause mark in its second half, else after its last space,
    else at the limit."""
    half = start + (limit - start) // 2
    for pattern in (_CLAUSE_CUT, _SPACE_CUT):
        last = None
        for last in pattern.finditer(text, half, limit):
            pass
        if last is not None:
            return last.end()
    return limit


def _add_one(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        sentences.append(Sentence(start, start + len(stripped), stripped))
