"""Articles uploaded in the browser: decode each file, ingest it into the store, and say what happened to it.

A bad file is reported by name and skipped; the others go on, and nothing already stored is touched (the store
writes each article in one transaction).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from timeline.article import article_from_bytes, parse_date
from timeline.errors import ArticleError, TimelineError
from timeline.store import Store

#: Largest article accepted, in bytes (the page says so); larger files are refused with a message.
MAX_BYTES = 2 * 1024 * 1024
#: The browser refuses files above this outright (they never reach the server, so no message can name them).
BROWSER_MAX_BYTES = 4 * MAX_BYTES
LIMIT_TEXT = f"UTF-8 .txt, .md (front matter allowed) or .html; up to {MAX_BYTES // (1024 * 1024)} MB per file"


@dataclass(frozen=True)
class UploadOutcome:
    """What happened to one uploaded file: ``added``, ``redated`` (stored before under another publication date, its
    events extracted again), ``unchanged`` (already stored) or ``failed``."""

    name: str
    status: str
    message: str


def decode_data_url(contents: str) -> bytes:
    """The bytes of a ``data:<type>;base64,<payload>`` URL, as dcc.Upload sends them."""
    _, _, payload = contents.partition(",")
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the upload arrived damaged (not base64)") from None


def published_override(text: str | None) -> date | None:
    """The publication date typed in the upload form (ISO), ``None`` when blank; ValueError when not ISO."""
    if not text or not text.strip():
        return None
    try:
        return parse_date(text, "publication date")
    except ArticleError as exc:
        raise ValueError(exc.problem) from None


def ingest_upload(store: Store, name: str, contents: str, published: date | None) -> UploadOutcome:
    """Ingest one uploaded file into ``store`` and describe the result in one line naming the file."""
    try:
        data = decode_data_url(contents)
        if len(data) > MAX_BYTES:
            raise ArticleError(name, f"is {len(data) / (1024 * 1024):.1f} MB, more than the "
                                     f"{MAX_BYTES // (1024 * 1024)} MB an upload may be")
        article = article_from_bytes(name, data, published)
        result = store.ingest(article)
    except (TimelineError, ValueError) as exc:
        problem = exc.problem if isinstance(exc, ArticleError) else str(exc)
        return UploadOutcome(name, "failed", f"{name}: not added: {problem}")
    if result.status == "unchanged":
        return UploadOutcome(name, "unchanged", f"{name}: already stored, nothing changed")
    merged = f", {result.merged} of them already reported by other articles" if result.merged else ""
    plural = "" if result.events == 1 else "s"
    done = f"re-dated to {article.published}" if result.status == "redated" else "added"
    return UploadOutcome(name, result.status, f"{name}: {done}, {result.events} event{plural}{merged}")


def ingest_uploads(store: Store, names: Sequence[str] | str | None, contents: Sequence[str] | str | None,
                   published_text: str | None) -> list[UploadOutcome]:
    """Ingest every uploaded file (dcc.Upload's ``filename`` and ``contents``, one or many) in order."""
    names = [names] if isinstance(names, str) else list(names or [])
    contents = [contents] if isinstance(contents, str) else list(contents or [])
    try:
        published = published_override(published_text)
    except ValueError as exc:
        return [UploadOutcome(name, "failed", f"{name}: not added: {exc}") for name in names]
    return [ingest_upload(store, name, content, published) for name, content in zip(names, contents)]
