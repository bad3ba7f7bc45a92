"""Articles: text plus publication date, title, source and url, read from text or Markdown with front matter."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from pathlib import Path

from timeline.errors import ArticleError
from timeline.html import HtmlExtractor, trafilatura_extractor

HTML_SUFFIXES = (".html", ".htm")
#: The path that means standard input, as in cat and csvkit (a file called "-" is read by its full path).
STDIN = "-"
#: How standard input is named in messages and in the store.
STDIN_NAME = "<stdin>"
#: Largest article file read, in bytes: a longer file is refused with a message (a news article is ~5-50 KB).
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

#: Front-matter keys an article may carry; anything else is refused so a typo ("publised") is not silently lost.
FRONT_MATTER_KEYS = ("title", "published", "source", "url")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_OPENS_FRONT_MATTER = re.compile(r"\A---[ \t]*\n")
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")


@dataclass(frozen=True)
class Article:
    """One article. ``text`` is the body (front matter removed); ``doc_id`` is a hash of the body's content."""

    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None

    @cached_property
    def doc_id(self) -> str:
        """A stable id: the first 16 hex digits of the SHA-256 of the text, so the same article has the same id
        (computed once per Article: every event row carries it)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def with_published(self, published: date | None) -> Article:
        """The same article with another publication date (``None`` keeps the current one)."""
        return self if published is None else replace(self, published=published)


def parse_date(text: str, where: str) -> date:
    """An ISO date (YYYY-MM-DD), or an ArticleError naming ``where`` and the bad value."""
    try:
        return date.fromisoformat(text.strip().strip("'\""))
    except ValueError:
        raise ArticleError(where, f"published date {text!r} is not an ISO date (YYYY-MM-DD)") from None


def parse_article(raw: str, path: str = "<text>", published: date | None = None) -> Article:
    """Split optional front matter (``---`` lines) from the body and build an Article.

    ``published`` (e.g. from ``--published``) overrides the front matter's date.
    """
    raw = normalise_newlines(raw)
    meta: dict[str, str] = {}
    body = raw
    match = _FRONT_MATTER.match(raw)
    if match is None and _OPENS_FRONT_MATTER.match(raw):
        raise ArticleError(path, "front matter opened with '---' on line 1 is never closed by a '---' line")
    if match:
        for number, line in enumerate(match.group("body").splitlines(), start=2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            kv = _KEY_VALUE.match(line)
            if not kv:
                raise ArticleError(path, f"front matter line {number} is not 'key: value': {line!r}")
            key = kv.group("key").lower()
            if key not in FRONT_MATTER_KEYS:
                raise ArticleError(path, f"front matter line {number}: unknown key {key!r} "
                                         f"(known: {', '.join(FRONT_MATTER_KEYS)})")
            meta[key] = _unquote(kv.group("value"))
        body = raw[match.end():]
    if not body.strip():
        raise ArticleError(path, "the article has no text")
    pub = parse_date(meta["published"], path) if meta.get("published") else None
    return Article(
        text=body, published=published or pub, title=meta.get("title") or None,
        source=meta.get("source") or None, url=meta.get("url") or None, path=path,
    )


def parse_html(html: str, path: str = "<html>", published: date | None = None,
               extractor: HtmlExtractor = trafilatura_extractor) -> Article:
    """An Article from an HTML page: its main text, title, source and publication date (``published`` overrides)."""
    page = extractor(html)
    if page is None:
        raise ArticleError(path, "no article text found in the HTML page")
    return Article(text=page.text, published=published or page.published, title=page.title, source=page.source,
                   url=page.url, path=path)


def read_article(path: str | Path, published: date | None = None) -> Article:
    """Read an article file: UTF-8 text or Markdown with optional front matter, or an HTML page (.html, .htm).
    Only regular files up to ``MAX_ARTICLE_BYTES`` are read (not devices, pipes or folders); ``-`` (``STDIN``) reads
    text or Markdown from standard input."""
    if str(path) == STDIN:
        return read_stdin(published)
    p = Path(path)
    name = display_path(p)
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(name, "is a directory, not an article file")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(name, "is not a regular file (a device, pipe or socket); articles are read from files")
        _check_size(name, info.st_size)
        with p.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)  # the file may have grown since stat
    except FileNotFoundError:
        raise ArticleError(name, "no such file") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot be read ({exc.strerror})") from None
    _check_size(name, len(raw))
    article = _from_text(name, p.suffix.lower(), _decode(name, raw), published)
    return article if article.source else replace(article, source=display_path(Path(p.name)))


def read_stdin(published: date | None = None) -> Article:
    """An article (text or Markdown with optional front matter) from standard input, up to ``MAX_ARTICLE_BYTES``,
    with the checks of ``read_article``; it has no source unless its front matter names one."""
    if sys.stdin is None:
        raise ArticleError(STDIN_NAME, "there is no standard input to read")
    raw = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
    _check_size(STDIN_NAME, len(raw))
    return parse_article(_decode(STDIN_NAME, raw), STDIN_NAME, published)


def article_from_bytes(name: str, data: bytes, published: date | None = None) -> Article:
    """An Article from the bytes of an uploaded file called ``name`` (.txt, .md or .html/.htm, chosen by suffix),
    with the same checks and messages as ``read_article``; ``published`` overrides the file's own date."""
    from timeline.sources import ARTICLE_SUFFIXES

    suffix = Path(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleError(name, f"unsupported file type {suffix or '(no suffix)'!r} "
                                 f"(articles are {', '.join(ARTICLE_SUFFIXES)})")
    _check_size(name, len(data))
    article = _from_text(name, suffix, _decode(name, data), published)
    return article if article.source else replace(article, source=Path(name).name)


def display_path(path: str | Path) -> str:
    """A path as text fit for messages and the store: bytes that are not UTF-8 in a file name (kept by the OS as
    surrogates) are shown as U+FFFD instead of failing to print or to be stored."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def normalise_newlines(text: str) -> str:
    """Text with every line ending (CRLF, lone CR) written as LF, before front matter or sentences are read."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_size(name: str, size: int) -> None:
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(name, f"is {size / (1024 * 1024):.1f} MB, more than the "
                                 f"{MAX_ARTICLE_BYTES // (1024 * 1024)} MB an article may be")


def _decode(name: str, raw: bytes) -> str:
    """UTF-8 text (a byte-order mark dropped), or an ArticleError naming the file."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(name, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    if "\x00" in text:
        raise ArticleError(name, "is a binary file, not text")
    return text


def _from_text(name: str, suffix: str, text: str, published: date | None) -> Article:
    return parse_html(text, name, published) if suffix in HTML_SUFFIXES else parse_article(text, name, published)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
