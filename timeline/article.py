"""Articles: text plus publication date, title, source and url, read from text or Markdown with front matter."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from timeline.errors import ArticleError
from timeline.html import HtmlExtractor, trafilatura_extractor

HTML_SUFFIXES = (".html", ".htm")

#: Front-matter keys an article may carry; anything else is refused so a typo ("publised") is not silently lost.
FRONT_MATTER_KEYS = ("title", "published", "source", "url")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
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

    @property
    def doc_id(self) -> str:
        """A stable id: the first 16 hex digits of the SHA-256 of the text, so the same article has the same id."""
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
    meta: dict[str, str] = {}
    body = raw
    match = _FRONT_MATTER.match(raw)
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
    """Read an article file: UTF-8 text or Markdown with optional front matter, or an HTML page (.html, .htm)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(str(path), "no such file") from None
    except IsADirectoryError:
        raise ArticleError(str(path), "is a directory, not an article file") from None
    except OSError as exc:
        raise ArticleError(str(path), f"cannot be read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(str(path), f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    if "\x00" in text:
        raise ArticleError(str(path), "is a binary file, not text")
    if p.suffix.lower() in HTML_SUFFIXES:
        article = parse_html(text, str(path), published)
    else:
        article = parse_article(text, str(path), published)
    return article if article.source else replace(article, source=p.name)


def article_from_bytes(name: str, data: bytes, published: date | None = None) -> Article:
    """An Article from the bytes of an uploaded file called ``name`` (.txt, .md or .html/.htm, chosen by suffix),
    with the same checks and messages as ``read_article``; ``published`` overrides the file's own date."""
    from timeline.sources import ARTICLE_SUFFIXES

    suffix = Path(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleError(name, f"unsupported file type {suffix or '(no suffix)'!r} "
                                 f"(articles are {', '.join(ARTICLE_SUFFIXES)})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(name, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    if "\x00" in text:
        raise ArticleError(name, "is a binary file, not text")
    article = parse_html(text, name, published) if suffix in HTML_SUFFIXES else parse_article(text, name, published)
    return article if article.source else replace(article, source=Path(name).name)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
