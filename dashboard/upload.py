"""Articles uploaded in the browser: decode each file, ingest it into the store, and say what happened to it.

A bad file is reported by name and skipped; the others go on, and nothing already stored is touched (the store
writes each article in one transaction). The extraction runs in a worker process (UploadWorker), not on the
server's request threads: a large article takes seconds of CPU, and in the server process it would hold the
interpreter lock the filters need.
"""

from __future__ import annotations

import base64
import binascii
import multiprocessing
import os
import threading
import time
import uuid
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.article import article_from_bytes, parse_date
from timeline.errors import ArticleError, TimelineError
from timeline.store import Store

#: Largest article accepted, in bytes (the page says so); larger files are refused with a message.
MAX_BYTES = 2 * 1024 * 1024
#: The browser refuses files above this outright (they never reach the server, so no message can name them).
BROWSER_MAX_BYTES = 4 * MAX_BYTES
#: Files of one upload together: the page refuses more (with a message) before sending them.
UPLOAD_MAX_BYTES = 20 * 1024 * 1024
#: The server refuses any request larger than this (413) before reading it: one upload, base64 and JSON included.
REQUEST_MAX_BYTES = 32 * 1024 * 1024
#: How often the upload worker checks that the server that started it is still running (seconds).
PARENT_CHECK_SECONDS = 1.0
LIMIT_TEXT = (f"UTF-8 .txt, .md (front matter allowed) or .html; up to {MAX_BYTES // (1024 * 1024)} MB per file, "
              f"{UPLOAD_MAX_BYTES // (1024 * 1024)} MB per upload")


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


def _listed(values: Sequence[str] | str | None) -> list[str]:
    """dcc.Upload's ``filename`` or ``contents``: one value or many, as a list."""
    return [values] if isinstance(values, str) else list(values or [])


def _ingest_in_worker(db_path: str, name: str, contents: str, published: date | None) -> UploadOutcome:
    """ingest_upload in the worker process, with a Store of its own over the same file."""
    return ingest_upload(Store(db_path), name, contents, published)


def _exit_with_parent(parent: int) -> None:
    """The worker's initializer: the worker ends once the server that started it is gone. A server stopped by a
    signal (SIGTERM, SIGKILL) never shuts its pool down, and its worker would otherwise be left running."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


@dataclass(frozen=True)
class UploadProgress:
    """Where an upload stands: a line per file (``adding`` until its turn is over), and whether all are done."""

    outcomes: tuple[UploadOutcome, ...]
    done: bool


class UploadWorker:
    """Ingests uploaded files into the store at ``db_path`` in one worker process, one file at a time, in the
    order they came; the server's callbacks submit an upload and poll it. The process starts with the first
    upload (spawned: the server's threads are not copied into it) and ends with the server."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = str(db_path)
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._jobs: dict[str, list[tuple[str, Future[UploadOutcome]]]] = {}

    def _executor(self) -> ProcessPoolExecutor:
        """The worker process's pool, started when first needed (call with the lock held)."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_exit_with_parent, initargs=(os.getpid(),))
        return self._pool

    def start(self, names: Sequence[str] | str | None, contents: Sequence[str] | str | None,
              published_text: str | None) -> tuple[str | None, UploadProgress]:
        """Queue the files of one upload (the id to poll it by, and its first progress); a publication date typed
        that is not a date refuses every file at once (no id)."""
        try:
            published = published_override(published_text)
        except ValueError as exc:
            failed = tuple(UploadOutcome(name, "failed", f"{name}: not added: {exc}") for name in _listed(names))
            return None, UploadProgress(failed, True)
        job = self.submit(names, contents, published)
        return job, self.progress(job)

    def submit(self, names: Sequence[str] | str | None, contents: Sequence[str] | str | None,
               published: date | None) -> str:
        """Queue the files of one upload; the id to poll it by."""
        job = uuid.uuid4().hex
        with self._lock:
            executor = self._executor()
            self._jobs[job] = [(name, executor.submit(_ingest_in_worker, self.db_path, name, content, published))
                               for name, content in zip(_listed(names), _listed(contents))]
        return job

    def progress(self, job: str) -> UploadProgress:
        """The files of upload ``job`` so far; a finished upload is forgotten once reported done."""
        with self._lock:
            files = self._jobs.get(job, [])
            outcomes = tuple(_outcome(name, future) for name, future in files)
            done = all(future.done() for _, future in files)
            if done:
                self._jobs.pop(job, None)
                if any(isinstance(future.exception(), BrokenProcessPool) for _, future in files):
                    self._pool = None  # the worker died (out of memory?): the next upload starts another
        return UploadProgress(outcomes, done)


def _outcome(name: str, future: Future[UploadOutcome]) -> UploadOutcome:
    """A file's line: its outcome, ``adding`` while it runs, or the worker's failure named."""
    if not future.done():
        return UploadOutcome(name, "adding", f"{name}: adding…")
    failure = future.exception()
    if failure is None:
        return future.result()
    return UploadOutcome(name, "failed", f"{name}: not added: the article could not be processed "
                                         f"({type(failure).__name__}: {failure})")
