"""negotiation-timeline: dated events from news articles about peace talks.

    >>> import timeline
    >>> table = timeline.extract("seeds/000_d94f917fde063f95.txt")    # doctest: +SKIP
    >>> timeline.Store("timeline.db").ingest_paths(["seeds/"])          # doctest: +SKIP
"""

from importlib import metadata

from timeline.article import Article, article_from_bytes, parse_article, read_article
from timeline.errors import ArticleError, ModelError, StoreError, TimelineError
from timeline.extract import extract, extract_records
from timeline.schema import EVENT_COLUMNS, to_frame
from timeline.store import IngestResult, Store

#: The installed distribution's version (``timeline --version``).
__version__ = metadata.version("negotiation-timeline")

__all__ = [
    "EVENT_COLUMNS", "Article", "ArticleError", "IngestResult", "ModelError", "Store", "StoreError", "TimelineError",
    "article_from_bytes", "extract", "extract_records", "parse_article", "read_article", "to_frame",
]
