"""The library's front door: an article (path, text or Article) -> the event table."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.article import Article, parse_article, read_article
from timeline.errors import ArticleError
from timeline.events import extract_events
from timeline.schema import plain_rows, to_frame


def load(source: str | Path | Article | None = None, published: date | None = None, *,
         text: str | None = None) -> Article:
    """An Article from an Article, a file (a Path, or a str without a line break: a path, which must exist), or raw
    text with optional front matter (``text=``, or a str holding a line break); ``published`` overrides its date."""
    if (source is None) == (text is None):
        raise TypeError("give the article as source or as text=, not both or neither")
    if source is None:
        return parse_article(str(text), "<text>", published)
    if isinstance(source, Article):
        return source.with_published(published)
    if isinstance(source, str) and "\n" in source:
        return parse_article(source, "<text>", published)
    try:
        return read_article(source, published)
    except ArticleError as exc:
        if isinstance(source, str) and exc.problem == "no such file":
            raise ArticleError(exc.path, "no such file (text to extract from goes in text=...)") from None
        raise


def extract(source: str | Path | Article | None = None, published: date | None = None, *,
            text: str | None = None) -> pd.DataFrame:
    """The event table of one article: one row per dated event, in date order, columns in ``timeline.schema`` order.
    The article is a file (``Path``, or a path as a str, which must exist), an Article, or raw text (``text=``, or a
    str holding a line break), as ``load`` reads it.

    Whatever goes wrong inside the extractor on this article (a rule meeting text it did not foresee) is an
    ArticleError naming the article, never a traceback: one article cannot stop a batch."""
    return to_frame(extract_records(source, published, text=text))


def extract_records(source: str | Path | Article | None = None, published: date | None = None, *,
                    text: str | None = None) -> list[dict[str, Any]]:
    """``extract``'s table as plain rows (``timeline.schema.records``: ISO dates, None for nulls), built without a
    DataFrame: what the store and the corpus engine write."""
    article = load(source, published, text=text)
    try:
        events = extract_events(article)
    except Exception as exc:  # noqa: BLE001 - the article boundary: named, chained, and the batch goes on
        raise ArticleError(article.path or "<text>",
                           f"its events could not be extracted ({type(exc).__name__}: {exc})") from exc
    return plain_rows(event.to_row(article) for event in events)
