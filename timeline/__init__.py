"""negotiation-timeline: dated events from news articles about peace talks.

    >>> import timeline
    >>> table = timeline.extract("seeds/000_d94f917fde063f95.txt")    # doctest: +SKIP
"""

from timeline.article import Article, parse_article, read_article
from timeline.errors import ArticleError, StoreError, TimelineError
from timeline.extract import extract
from timeline.schema import EVENT_COLUMNS, to_frame

__all__ = [
    "EVENT_COLUMNS", "Article", "ArticleError", "StoreError", "TimelineError", "extract", "parse_article",
    "read_article", "to_frame",
]
