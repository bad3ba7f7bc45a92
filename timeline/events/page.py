"""The parts of a news page that are not sentences of its story: page furniture ("Read more: ...", "Advertisement"),
the headline, the dateline that opens the first paragraph ("DOHA, Jan 14 —"), the signature of an embedded social
media post, and the entries of a live blog or a list of key dates, each written on its own day. The extractor reads
them to know what not to date and from which day to count."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from functools import cache

from timeline.article import Article
from timeline.events.actors import place_gazetteer
from timeline.resources import read_tsv
from timeline.sentences import Sentence
from timeline.temporal import Timex


#: A dateline opening an article's first paragraph ("DOHA, Jan 14 —", "Addis Ababa, June 19, 2025 (ENA)—",
#: "ISLAMABAD, May 15 (Xinhua) --", "WASHINGTON: ", "August 7, 2024 NAIROBI —", "May 11, 2021 —", "Jan. 5 (UPI) —",
#: "GENERAL SANTOS CITY (MindaNews / 13 July)—", "TIRASPOL (UrduPoint News / Sputnik - 25th February, 2022)",
#: "Caracas, June 29, 2024 (venezuelanalysis.com) –", "San Juan (Puerto Rico), Sep 14 (AP)", "Washington, April 4
#: (Jiji Press)--"): its date is the publication date, and it is no part of the sentence it opens.
DATELINE = re.compile(r"[A-Z][A-Z .'/-]{1,40}(?:,[^—–\n]{1,30}?)?\s*(?:—|–|--|-)\s"
                      r"|[A-Z][A-Z .'/-]{1,40}\s*\([^()\n]*[\d/][^()\n]*\)\s*(?:—|–|--|-)?\s*"
                      r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}(?:\s+[A-Z][A-Z .'/-]{1,40})?\s*(?:—|–|--|-)\s"
                      r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*\([A-Za-z.]{2,12}\)\s*(?:—|–|--|-)\s*"
                      r"|[A-Z][\w.'/-]*(?:[ \t][A-Z][\w.'/-]*){0,3},[^—–\n]{1,30}?\([A-Za-z. ]{2,25}\)\s*(?:—|–|--|-)\s*"
                      r"|[A-Z][\w.'/-]*(?:[ \t][A-Z][\w.'/-]*){0,3}(?:[ \t]\([^()\n]{1,30}\))?,[ \t][A-Z][a-z]{2,8}\.?"
                      r"[ \t]\d{1,2}(?:,[ \t]\d{4})?[ \t]\([A-Za-z.]{2,25}\)[ \t]"
                      r"|[A-Z][A-Z.'/-]+(?:[ \t][A-Z][A-Z.'/-]+){0,3}:\s")


#: The signature of an embedded social media post ("— Volodymyr Zelenskyy (@ZelenskyyUa) August 16, 2025"), before its
#: date: page furniture, as a "Published" stamp is, and the post's author and day (the extractor's ``_post_signature``).
POST_SIGNATURE = re.compile(r"[—–-]\s*[^\n—–]{0,80}\(@\w+\)\s*$")


#: The dashes that open a signature before the author's name (a hyphen inside a name is none of them).
SIGNATURE_DASH = re.compile(r"[—–]|--")


@cache
def _furniture() -> re.Pattern[str]:
    patterns = [row[0] for row in read_tsv("furniture.tsv", 1)]
    return re.compile(r"^\W*(?:" + "|".join(patterns) + ")", re.IGNORECASE)


def is_furniture(sentence: str) -> bool:
    """Page furniture ("Read more: ...", "Scroll to Top", "Advertisement") is not news text."""
    return bool(_furniture().match(sentence))


def _normalised(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.lower()))


def headlines(article: Article, sentences: list[Sentence]) -> set[int]:
    """Starts of the sentences that are the article's headline: a line equal to its title, or the first line when
    it has no sentence end (the body tells the same story; a headline gives no event)."""
    title = _normalised(article.title or "")
    out = {s.start for s in sentences if title and _normalised(s.text) == title}
    if sentences:
        first = sentences[0]
        line_end = article.text.find("\n", first.start)
        whole_line = first.end == (line_end if line_end >= 0 else len(article.text))
        if whole_line and not re.search(r"[.!?\"”’)]\s*$", first.text):
            out.add(first.start)
    return out


def after_offset(sentence: Sentence, offset: int, text: str) -> Sentence:
    """The part of ``sentence`` from ``offset`` on (the sentence itself when ``offset`` is not inside it)."""
    if not sentence.start < offset < sentence.end:
        return sentence
    rest = text[offset:sentence.end]
    start = offset + len(rest) - len(rest.lstrip())
    return replace(sentence, start=start, text=text[start:sentence.end])


def dateline(sentences: list[Sentence]) -> tuple[int, int]:
    """Where an opening dateline ("DOHA, Jan 14 —", in one of the first sentences that are no page furniture)
    starts and ends, or (0, 0). What stands before it (a headline, a photo caption) is read as text."""
    for sentence in [s for s in sentences[:12] if not is_furniture(s.text)][:4]:
        m = DATELINE.match(sentence.text)
        end = m.end() if m else _place_colon(sentence.text)
        if end:
            return sentence.start, sentence.start + end
    return 0, 0


#: A dateline of a place and a colon ("New Delhi: India and the Maldives on Friday reviewed ...", "DEKALB, Illinois:").
PLACE_COLON = re.compile(r"([A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,2})"
                         r"(?:,[ \t]([A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,2}))?:[ \t]")


def _place_colon(text: str) -> int:
    """Where a dateline of a place and a colon ends, or 0: the name before the colon (or the region after its comma)
    is a known place, or a name in capitals ("DEKALB, Illinois:"); never a speaker ("Borrell: All attention")."""
    m = PLACE_COLON.match(text)
    if m is None:
        return 0
    gazetteer = place_gazetteer()
    for name in (n for n in m.groups() if n):
        if name.isupper() or any(p.start == 0 and p.end == len(name) for p in gazetteer.find(name)):
            return m.end()
    return 0


#: A colon next after a date, spaces aside: the date heads a line ("March 29, 2022: ..."). Matched where the date
#: ends, never on a copy of the rest of the text.
COLON_NEXT = re.compile(r"\s*:")


#: How a live blog's entry stamp opens ("published at 20:36 GMT 26 November 2024"): with two or more stamps that name
#: a day, each entry is written on its stamp's day.
ENTRY_STAMP = re.compile(r"(?:published|posted)\b", re.IGNORECASE)


def live_blog_entries(sentences: list[Sentence], timexes: list[Timex]) -> list[tuple[int, date]]:
    """Where each entry of a live blog begins (its stamp's end) and the day it was written; none for an article with
    fewer than two stamps."""
    starts = [t.start for t in timexes]
    out = []
    for s in sentences:
        if not ENTRY_STAMP.match(s.text):
            continue
        inside = timexes[bisect_left(starts, s.start):bisect_left(starts, s.end)]
        day = next((t.value.start for t in inside if t.value.resolved and t.value.precision == "day"), None)
        if day is not None:
            out.append((s.end, day))
    return out if len(out) > 1 else []


def key_date_entries(text: str, sentences: list[Sentence], timexes: list[Timex],
                     published: date | None) -> list[tuple[int, date]]:
    """The lines of a list of key dates, each the day its heading names from the heading's colon to the line's end
    (then the publication day again): the line's other dates count from that day, as a live blog's entry's do
    ("February 10th: US imposes 25 per cent tariffs ... – due to apply from March 12th" is 12 March of that year, in
    an article of July, real news dev 194). None for fewer than two such lines, or with no publication date to come
    back to."""
    if published is None:
        return []
    starts = [t.start for t in timexes]
    headings: list[tuple[int, date, int]] = []  # where each heading's line goes on, its day, where the line ends
    line_end = -1  # the end of the line last looked at: sentences come in text order, so each line is read once
    for s in sentences:
        first = next(iter(timexes[bisect_left(starts, s.start):bisect_left(starts, s.end)]), None)
        colon = COLON_NEXT.match(text, first.end) if first is not None else None
        if first is None or colon is None or text[s.start:first.start].strip() or not first.value.resolved \
                or first.value.precision != "day" or first.value.start is None:
            continue
        if line_end < colon.end():
            found = text.find("\n", colon.end())
            line_end = len(text) if found < 0 else found
        headings.append((colon.end(), first.value.start, line_end))
    out: list[tuple[int, date]] = []
    for k, (start, day, end) in enumerate(headings):
        out.append((start, day))
        if k + 1 == len(headings) or headings[k + 1][0] > end:  # the next heading opens a line of its own
            out.append((end, published))
    return out if len(headings) >= 2 else []
