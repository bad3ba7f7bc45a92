"""negotiation-timeline: dated events from news articles about peace talks.

    >>> import timeline
    >>> table = timeline.extract("seeds/000_d94f917fde063f95.txt")    # doctest: +SKIP
    >>> timeline.Store("timeline.db").ingest_paths(["seeds/"])          # doctest: +SKIP
"""

from typing import TYPE_CHECKING, Any

from timeline.article import Article, article_from_bytes, parse_article, read_article
from timeline.errors import ArticleError, ModelError, StoreError, TimelineError
from timeline.extract import extract, extract_records
from timeline.schema import EVENT_COLUMNS, to_frame

if TYPE_CHECKING:
    from timeline.store import IngestResult, Store

    __version__: str

__all__ = [
    "EVENT_COLUMNS", "Article", "ArticleError", "IngestResult", "ModelError", "Store", "StoreError", "TimelineError",
    "article_from_bytes", "extract", "extract_records", "parse_article", "read_article", "to_frame",
]


def __getattr__(name: str) -> Any:
    """The names imported when first asked for, as extracting an article needs none of them: ``Store`` and
    ``IngestResult`` (sqlite3, the corpus reader, the merge) and ``__version__``, the installed distribution's
    version (``timeline --version``; importlib.metadata)."""
    if name in ("IngestResult", "Store"):
        from timeline import store

        return getattr(store, name)
    if name == "__version__":
        from importlib import metadata

        return metadata.version("negotiation-timeline")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
