"""Reading articles: YAML front matter as Jekyll and Hugo write it, --published override, and clear errors naming
the file."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline.article import MAX_ARTICLE_BYTES, parse_article, read_article
from timeline.errors import ArticleError
from timeline.extract import extract

TALKS = "Talks resumed in Geneva on Monday.\n"


def test_seed_front_matter(seed_path: Path) -> None:
    article = read_article(seed_path)
    assert article.published == date(2025, 7, 20)
    assert article.title is not None and "Zensky" in article.title
    assert article.source == "globalnews.store"
    assert article.url is not None and article.url.startswith("https://")
    assert not article.text.startswith("---")
    assert article.text.lstrip().startswith("Kremlin cautious")


def test_published_argument_overrides_front_matter(seed_path: Path) -> None:
    assert read_article(seed_path, date(2025, 7, 27)).published == date(2025, 7, 27)


def test_article_without_front_matter_has_no_date_and_its_file_name_as_source(tmp_path: Path) -> None:
    p = tmp_path / "plain.txt"
    p.write_text("Talks resumed on Monday in Geneva.\n", encoding="utf-8")
    article = read_article(p)
    assert article.published is None
    assert article.source == "plain.txt"
    assert article.text == "Talks resumed on Monday in Geneva.\n"


def test_doc_id_is_a_content_hash() -> None:
    a = parse_article("Talks resumed on Monday.")
    b = parse_article("Talks resumed on Monday.", published=date(2025, 1, 6))
    c = parse_article("Talks resumed on Tuesday.")
    assert a.doc_id == b.doc_id != c.doc_id
    assert len(a.doc_id) == 16


@pytest.mark.parametrize("content,problem", [
    (b"---\npublished: 20 July 2025\n---\nText.", "is not an ISO date"),
    (b"---\njust a line\n---\nText.", "front matter is not 'key: value' lines: 'just a line'"),
    (b"---\ntitle: Kremlin: goals unchanged\n---\nText.", "front matter line 2 is not YAML (mapping values are not "
                                                          "allowed here; a value holding ': ' needs quotes): "
                                                          "'title: Kremlin: goals unchanged'"),
    (b"---\npublished: 2025-07-20\ndate: 2025-07-21\n---\nText.", "two publication dates: published 2025-07-20 "
                                                                 "and date 2025-07-21"),
    (b"---\ntitle: [a, b]\n---\nText.", "front matter 'title' is a list, not text"),
    (b"---\na: &x [1, 2]\nb: *x\n---\nText.", "front matter line 3 is not YAML (aliases (*name) are not read in "
                                             "front matter): 'b: *x'"),  # a few lines can stand for billions
    (b"---\n? [a, b]\n: c\n---\nText.", "front matter line 2 is not YAML (found unhashable key): '? [a, b]'"),
    (b"---\ndate: 2025-07-20T25:00\n---\nText.", "date '2025-07-20T25:00' is not an ISO date (YYYY-MM-DD) or date "
                                                  "and time"),
    (b"---\ntitle: x\n---\n   \n", "has no text"),
    (b"\xff\xfe\x00bad", "is not UTF-8"),
    (b"---\npublished: 2025-07-20\nTalks resumed on Monday.\n", "front matter opened with '---' on line 1 is never"
                                                              " closed by a '---' line"),
])
def test_bad_articles_name_the_file_and_the_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    p = tmp_path / "bad.md"
    p.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        read_article(p)
    assert str(p) in str(info.value)
    assert problem in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(tmp_path)


def test_lone_cr_line_endings_keep_the_front_matter_and_its_date(seed_path: Path, tmp_path: Path) -> None:
    classic_mac = tmp_path / "seed-cr.txt"
    classic_mac.write_bytes(seed_path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
    article = read_article(classic_mac)
    assert article.published == date(2025, 7, 20) and article.source == "globalnews.store"
    assert "\r" not in article.text and article.text == read_article(seed_path).text
    assert len(extract(article)) == 9 and extract(article)["date_start"].notna().all()


def test_only_regular_files_are_read_and_at_most_the_size_cap(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would wait for a writer for ever
    with pytest.raises(ArticleError, match=r"pipe.txt: is not a regular file \(a device, pipe or socket\)"):
        read_article(fifo)
    with pytest.raises(ArticleError, match="/dev/zero: is not a regular file"):
        read_article("/dev/zero")  # reading it would fill the memory
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ArticleError, match=r"big.txt: is 20.0 MB, more than the 20 MB an article may be"):
        read_article(big)


@pytest.mark.parametrize("line,day", [
    ("date: 2025-07-20", date(2025, 7, 20)),  # Jekyll and Hugo call it date
    ("published: '2025-07-20'", date(2025, 7, 20)),
    ("published: 2025-07-20T09:30:00Z", date(2025, 7, 20)),
    ("date: 2025-07-20T23:30:00-05:00", date(2025, 7, 20)),  # 21 July in UTC: the article's own day counts
    ("date: 2025-07-21T00:30:00+09:00", date(2025, 7, 21)),  # 20 July in UTC
    ("date: 2025-07-20 09:30:00 +0200", date(2025, 7, 20)),  # Jekyll's own format
    ("Date: 2025-07-20T09:30:00.123+02:00", date(2025, 7, 20)),
])
def test_front_matter_dates_as_publishing_tools_write_them(line: str, day: date) -> None:
    assert parse_article(f"---\n{line}\n---\n{TALKS}").published == day


def test_other_keys_are_kept_as_metadata_never_refused() -> None:
    """author, tags, a typo ("publisehd") and YAML that a loose reader would turn into other things ("no" into False,
    0044 into 44) are kept as written; the known keys stay out of the metadata."""
    article = parse_article("---\ntitle: Talks\npublisehd: 2025-07-20\nauthor: Jane Doe\ntags: [talks, geneva]\n"
                            "draft: no\ncode: 0044\nseo:\n  image: /a.png\n---\n" + TALKS)
    assert (article.title, article.published) == ("Talks", None)
    assert dict(article.metadata) == {"publisehd": "2025-07-20", "author": "Jane Doe", "tags": ["talks", "geneva"],
                                      "draft": "no", "code": "0044", "seo": {"image": "/a.png"}}
    with pytest.raises(TypeError):
        article.metadata["author"] = "someone else"  # type: ignore[index]


def test_empty_front_matter_and_a_body_that_starts_with_a_rule() -> None:
    assert parse_article("---\n---\n" + TALKS).text == TALKS
    assert parse_article(TALKS + "---\nmore\n").text == TALKS + "---\nmore\n"


def test_extract_reads_a_path_given_as_str_or_path_and_text_only_when_said(seed_path: Path) -> None:
    """timeline.extract("seeds/typo.txt") is an error naming the path, not an article of that one line; a str with a
    line break or text= is text; Path and str paths read the file."""
    missing = str(seed_path.parent / "typo.txt")
    with pytest.raises(ArticleError) as info:
        timeline.extract(missing)
    assert str(info.value) == f"{missing}: no such file (text to extract from goes in text=...)"
    assert len(timeline.extract(str(seed_path))) == len(timeline.extract(seed_path)) == 9
    one_line = "Talks resumed in Geneva on 3 March 2025."
    assert list(timeline.extract(text=one_line)["date_start"].dt.date) == [date(2025, 3, 3)]
    assert list(timeline.extract(one_line + "\n")["date_start"].dt.date) == [date(2025, 3, 3)]
    with pytest.raises(TypeError):
        timeline.extract(seed_path, text=one_line)
