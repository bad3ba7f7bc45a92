"""HTML pages -> article text and metadata, behind one small interface with a plain default.

The default extractor is trafilatura (main text without navigation, ads and comments) with htmldate for the
publication date when the page carries one: both are maintained, tested on thousands of news sites, and do this
job better than hand-written rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol


@dataclass(frozen=True)
class PageContent:
    """What an HTML extractor returns: the main text and whatever metadata the page carried."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None


class HtmlExtractor(Protocol):
    def __call__(self, html: str, url: str | None = None) -> PageContent | None: ...


def trafilatura_extractor(html: str, url: str | None = None) -> PageContent | None:
    """Main text and metadata by trafilatura; publication date by htmldate (original date, not the update)."""
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return None
    meta = trafilatura.extract_metadata(html, default_url=url)
    found = find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    return PageContent(
        text=text.strip() + "\n",
        title=getattr(meta, "title", None) if meta else None,
        published=date.fromisoformat(found) if found else None,
        source=(getattr(meta, "sitename", None) or getattr(meta, "hostname", None)) if meta else None,
        url=(getattr(meta, "url", None) if meta else None) or url,
    )
