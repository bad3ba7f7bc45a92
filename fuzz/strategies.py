"""Hypothesis strategies for hostile and odd input: article files (front matter, encodings, line endings, dates near
the calendar's ends, long lines), news-like text dense in dates and triggers, event tables with hostile cells, and
sequences of store operations."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

#: Dates at and near the calendar's ends, and ordinary ones.
EDGE_DATES = st.one_of(st.dates(), st.sampled_from([date(1, 1, 1), date(1, 1, 7), date(9999, 12, 31),
                                                    date(9999, 12, 25), date(2024, 2, 29), date(2025, 7, 20)]))
#: Numbers as news writes them: digits, thousands separators, huge counts, words.
NUMBERS = st.one_of(st.integers(0, 10**12).map(str), st.integers(1000, 10**9).map(lambda n: f"{n:,}"),
                    st.sampled_from(["fifty", "a hundred", "two and a half", "several", "1/2", "0", "00", "3,000"]))
UNITS = st.sampled_from(["days", "day", "weeks", "months", "years", "decades", "centuries", "hours", "quarters"])
WEEKDAYS = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
MONTHS = st.sampled_from(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December", "Jan.", "Sept."])
YEARS = st.one_of(st.integers(1, 9999).map(str), st.sampled_from(["2025", "1999", "0001", "9999", "10000", "'25"]))
#: Date expressions of every shape the rules know, with extreme values.
DATE_EXPRESSIONS = st.one_of(
    st.builds(lambda n, u: f"{n} {u} ago", NUMBERS, UNITS),
    st.builds(lambda n, u: f"within {n} {u}", NUMBERS, UNITS),
    st.builds(lambda n, u: f"{n} {u} later", NUMBERS, UNITS),
    st.builds(lambda d, m, y: f"{d} {m} {y}", st.integers(0, 40), MONTHS, YEARS),
    st.builds(lambda m, d, y: f"{m} {d}, {y}", MONTHS, st.integers(0, 40), YEARS),
    st.builds(lambda a, b, y: f"{a}/{b}/{y}", st.integers(0, 99), st.integers(0, 99), YEARS),
    st.builds(lambda w: f"last {w}", WEEKDAYS), st.builds(lambda w: f"on {w}", WEEKDAYS),
    st.builds(lambda m: f"early {m}", MONTHS), st.builds(lambda y: f"in the {y}s", YEARS),
    st.sampled_from(["next week", "the coming week", "this summer", "the day after", "the following day",
                     "earlier this month", "by the end of June", "from April 9 to April 13", "at 10am", "Today",
                     "the 21st century", "in the 1990s", "the first quarter", "9:45 p.m. (1945 GMT) on Monday"]),
)
WORDS = st.sampled_from(["talks", "ceasefire", "agreed", "signed", "proposed", "threatened", "sanctions", "Trump",
                         "Putin", "Zelensky", "Hamas", "in Istanbul", "the Kremlin said", "if", "not", "will",
                         "would", "\"", ",", ";", ".", "who", "which", "Russia", "Ukraine", "met", "said"])
#: News-like text: words, date expressions, arbitrary characters, punctuation and line breaks.
NEWS_TEXT = st.lists(st.one_of(WORDS, DATE_EXPRESSIONS, st.text(max_size=6),
                               st.sampled_from([" ", " ", "\n", "\r\n", "\r", ". ", ", "])),
                     max_size=60).map(" ".join)
#: Lines long enough to hit the sentence cap, made of news words without full stops.
LONG_LINES = st.builds(lambda parts, n: " ".join(parts) * n, st.lists(st.one_of(WORDS, DATE_EXPRESSIONS),
                                                                       min_size=1, max_size=8), st.integers(1, 80))
TEXT = st.one_of(NEWS_TEXT, LONG_LINES, st.text(max_size=400))

FRONT_MATTER_VALUES = st.one_of(EDGE_DATES.map(date.isoformat), st.text(max_size=20),
                                st.sampled_from(["2025-07-20T09:30:00Z", "2025-13-01", "'2025-07-20'", "", "null"]))
FRONT_MATTER_KEYS = st.sampled_from(["title", "published", "source", "url", "date", "author", "tags", "publised"])


@st.composite
def article_bytes(draw: st.DrawFn) -> bytes:
    """The bytes of an article file: optional front matter (closed or not), a body, line endings, an encoding."""
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines = []
    if draw(st.booleans()):
        lines.append("---")
        for key, value in draw(st.lists(st.tuples(FRONT_MATTER_KEYS, FRONT_MATTER_VALUES), max_size=5)):
            lines.append(f"{key}: {value}")
        if draw(st.booleans()):
            lines.append("---")
    lines.extend(draw(st.lists(TEXT, max_size=6)))
    text = newline.join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "latin-1", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:
        data += draw(st.binary(max_size=16))  # trailing garbage, NUL bytes
    return data


ARTICLE_NAMES = st.sampled_from(["a.md", "a.txt", "a.html", "a.htm", "a.pdf", "noext", "é.md"])

HOSTILE_CELLS = st.one_of(st.text(max_size=30), st.sampled_from([
    "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "＝1", " =1", "\t=1", "\r\n", "a\rb", "<script>x</script>",
    "javascript:alert(1)", "\"><img src=x onerror=1>", "'", "\"", "&amp;", "\u202e", "\x00"]))
URLS = st.one_of(HOSTILE_CELLS, st.sampled_from(["https://ok.example/a?b=1&c=2", "http://x", "data:text/html,x",
                                                 "JaVaScRiPt:alert(1)", "//evil.example"]))


@st.composite
def hostile_tables(draw: st.DrawFn) -> list[dict[str, object]]:
    """Event rows whose text cells are hostile and whose dates reach the calendar's ends."""
    rows = []
    for i in range(draw(st.integers(0, 6))):
        start = draw(EDGE_DATES)
        end = draw(st.dates(min_value=start))
        rows.append({
            "event_id": f"e{i}", "date_start": start, "date_end": end,
            "precision": draw(st.sampled_from(["day", "week", "month", "season", "year", "decade", "century"])),
            "timex": draw(HOSTILE_CELLS), "date_text": draw(HOSTILE_CELLS),
            "event_type": draw(st.sampled_from(["talks", "deadline", "agreement", "other"])),
            "status": draw(st.sampled_from(["occurred", "planned", "proposed", "deadline"])),
            "actors": draw(HOSTILE_CELLS), "location": draw(HOSTILE_CELLS), "summary": draw(HOSTILE_CELLS),
            "sentence": draw(HOSTILE_CELLS), "source": draw(HOSTILE_CELLS), "url": draw(URLS),
            "cameo_code": draw(st.sampled_from(["044", "139", None])), "doc_id": "d", "char_start": 0, "char_end": 1,
        })
    return rows


#: One store operation: ingest an article (by index into a small pool) with a publication date, or read.
STORE_OPS = st.lists(st.tuples(st.sampled_from(["ingest", "ingest", "redate", "read"]), st.integers(0, 3),
                               EDGE_DATES), min_size=1, max_size=8)
