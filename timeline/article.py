"""Articles: text plus publication date, title, source, url and any other front-matter keys, read from text or
Markdown with YAML front matter (as Jekyll and Hugo write it), or from HTML pages."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from timeline.errors import ArticleError
from timeline.html import HtmlExtractor, trafilatura_extractor

HTML_SUFFIXES = (".html", ".htm")
#: The path that means standard input, as in cat and csvkit (a file called "-" is read by its full path).
STDIN = "-"
#: How standard input is named in messages and in the store.
STDIN_NAME = "<stdin>"
#: Largest article file read, in bytes: a longer file is refused with a message (a news article is ~5-50 KB).
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

#: Front-matter keys the article is made of (any case); every other key is kept in ``Article.metadata``.
FRONT_MATTER_KEYS = ("title", "published", "date", "source", "url")
#: Keys that give the publication date: ``date`` is what Jekyll and Hugo write.
DATE_KEYS = ("published", "date")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(?P<body>.*?)\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_OPENS_FRONT_MATTER = re.compile(r"\A---[ \t]*\n")
#: Jekyll's "2025-07-20 09:30:00 +0200": the space before the offset is the one thing fromisoformat refuses.
_SPACED_OFFSET = re.compile(r"\s+(?=(?:[+-]\d{2}:?\d{2}|Z)$)")


@dataclass(frozen=True)
class Article:
    """One article. ``text`` is the body (front matter removed); ``doc_id`` is a hash of the body's content."""

    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    #: Front-matter keys the article is not made of (author, tags, ...), as YAML gave them: text, lists, mappings.
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), compare=False)

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
    """Split optional YAML front matter (between ``---`` lines) from the body and build an Article.

    ``published`` (or ``date``) is an ISO date or date and time; ``published`` given here (e.g. from ``--published``)
    overrides it. Keys other than title, published/date, source and url are kept in ``metadata``, never refused.
    """
    raw = normalise_newlines(raw)
    match = _FRONT_MATTER.match(raw)
    if match is None and _OPENS_FRONT_MATTER.match(raw):
        raise ArticleError(path, "front matter opened with '---' on line 1 is never closed by a '---' line")
    meta = _front_matter(match.group("body") or "", path) if match else {}
    body = raw[match.end():] if match else raw
    if not body.strip():
        raise ArticleError(path, "the article has no text")
    known = {key.lower(): _text(key, value, path) for key, value in meta.items() if key.lower() in FRONT_MATTER_KEYS}
    dates = {key: _front_matter_date(known[key], key, path) for key in DATE_KEYS if known.get(key)}
    if len(set(dates.values())) > 1:
        raise ArticleError(path, f"front matter gives two publication dates: published {dates['published']} and "
                                 f"date {dates['date']}")
    return Article(
        text=body, published=published or next(iter(dates.values()), None), title=known.get("title") or None,
        source=known.get("source") or None, url=known.get("url") or None, path=path,
        metadata=MappingProxyType({k: v for k, v in meta.items() if k.lower() not in FRONT_MATTER_KEYS}),
    )


class _FrontMatterLoader(yaml.BaseLoader):
    """YAML's BaseLoader (every scalar a string) without aliases: a few lines of ``*name`` can stand for billions of
    values once the metadata is written out as JSON."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not read in front matter",
                                              self.peek_event().start_mark)
        return super().compose_node(parent, index)


def _front_matter(text: str, path: str) -> dict[str, Any]:
    """The front matter's keys and values, read as YAML with every scalar kept as written (``BaseLoader``: "yes"
    stays yes, "0044" stays 0044; dates are read by ``_front_matter_date``)."""
    try:
        data = yaml.load(text, Loader=_FrontMatterLoader)  # builds only str, list and dict: nothing runs
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if mark is None or mark.line >= len(text.splitlines()):
            raise ArticleError(path, f"front matter is not YAML ({problem})") from None
        hint = "; a value holding ': ' needs quotes" if "mapping values" in problem else ""
        raise ArticleError(path, f"front matter line {mark.line + 2} is not YAML ({problem}{hint}): "  # from line 2
                                 f"{text.splitlines()[mark.line]!r}") from None
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        first = text.strip().splitlines()[0]
        raise ArticleError(path, f"front matter is not 'key: value' lines: {first!r}")
    return data


def _text(key: str, value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise ArticleError(path, f"front matter {key!r} is a {type(value).__name__}, not text")
    return value


def _front_matter_date(value: str, key: str, path: str) -> date:
    """An ISO date, or the day of an ISO date and time in its own offset ("2025-07-20T23:30:00-05:00" is 20 July,
    as the article's own clock said; Jekyll's "2025-07-20 09:30:00 +0200" too)."""
    text = value.strip()
    try:
        return datetime.fromisoformat(_SPACED_OFFSET.sub("", text)).date()
    except ValueError:
        label = "published date" if key == "published" else key
        raise ArticleError(path, f"{label} {value!r} is not an ISO date (YYYY-MM-DD) or date and time "
                                 "(2025-07-20T09:30:00Z)") from None


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
