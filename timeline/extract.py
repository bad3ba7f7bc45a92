"""The library's front door: an article (path, text or Article) -> the event table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from timeline.article import Article, parse_article, read_article
from timeline.errors import ArticleError
from timeline.events import extract_events
from timeline.schema import chronological, to_frame


def load(source: str | Path | Article, published: date | None = None) -> Article:
    """An Article from a path, raw text (with optional front matter) or an Article; ``published`` overrides."""
    if isinstance(source, Article):
        return source.with_published(published)
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and Path(source).is_file()):
        return read_article(source, published)
    return parse_article(str(source), "<text>", published)


def extract(source: str | Path | Article, published: date | None = None) -> pd.DataFrame:
    """The event table of one article: one row per dated event, in date order, columns in ``timeline.schema`` order.

    Whatever goes wrong inside the extractor on this article (a rule meeting text it did not foresee) is an
    ArticleError naming the article, never a traceback: one article cannot stop a batch."""
    article = load(source, published)
    try:
        events = extract_events(article)
    except Exception as exc:  # noqa: BLE001 - the article boundary: named, chained, and the batch goes on
        raise ArticleError(article.path or "<text>",
                           f"its events could not be extracted ({type(exc).__name__}: {exc})") from exc
    return chronological(to_frame(event.to_row(article) for event in events))
