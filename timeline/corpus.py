"""A corpus: the articles an ingest reads, from article files, JSON Lines files and Parquet files, in one order.

An article file (.txt, .md, .html) is one article. Each line of a JSON Lines file (.jsonl) and each row of a Parquet
file (.parquet) is one article: a ``text`` field, and optionally ``published`` (an ISO date), ``source``, ``url``,
``title`` and ``id``; other fields are ignored. Records are streamed (a line, or a batch of rows, at a time): nothing
reads a corpus whole.

A corpus is cut into parts (``plan``): runs of article files, ranges of a JSON Lines file's lines, Parquet row groups.
A part is a small picklable description that any process seeing the files can read on its own (``read_part``), and
every item carries its place in the corpus (``input_file``, ``input_row``): the items of all parts in that order are
the corpus in the order one process reads it (``read_corpus``), whatever the parts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from timeline.article import MAX_ARTICLE_BYTES, STDIN, STDIN_NAME, Article, display_path, normalise_newlines, \
    parse_date, read_article
from timeline.errors import ArticleError
from timeline.sources import article_paths

#: Fields a record may carry; ``text`` is required.
RECORD_FIELDS = ("text", "published", "source", "url", "title", "id")
#: Articles per part: parts are what a worker reads, extracts and writes at once.
PART_SIZE = 500
#: Longest JSON line read: an article of MAX_ARTICLE_BYTES with every character escaped twice over.
MAX_LINE_BYTES = 4 * MAX_ARTICLE_BYTES
#: Parquet rows converted to Python at once.
_BATCH_ROWS = 256


@dataclass(frozen=True)
class Item:
    """One article of a corpus, at its place in it (``input_file``: which input file; ``input_row``: which line or
    row of it, 1-based, or 0 for an article file), named for messages. ``load`` gives the Article or the
    ArticleError saying why there is none."""

    input_file: int
    input_row: int
    name: str
    path: str | None = None
    article: Article | None = None
    error: ArticleError | None = None
    published: date | None = None

    def load(self) -> Article:
        """The article: an article file is read now (``read_article``), a record was read with its file."""
        if self.error is not None:
            raise self.error
        if self.article is not None:
            return self.article
        assert self.path is not None
        return read_article(self.path, self.published)


@dataclass(frozen=True)
class Part:
    """A piece of a corpus read on its own: ``files`` (article files, the first being input ``input_file``),
    ``jsonl`` (the lines of one file from byte ``start`` to ``stop``, None for its end, the first being line
    ``first_row`` + 1) or ``parquet`` (row group ``row_group`` of one file, its first row ``first_row`` + 1)."""

    kind: str
    paths: tuple[str, ...]
    input_file: int
    first_row: int = 0
    start: int = 0
    stop: int | None = None
    row_group: int = 0


def plan(paths: Iterable[str | Path], part_size: int | None = PART_SIZE) -> list[Part]:
    """The parts of a corpus: files, directories and globs (``article_paths``) in their order, each JSON Lines file
    cut every ``part_size`` lines (one pass counting line ends), each Parquet file by row group, article files in runs
    of ``part_size``. ``None`` cuts nothing but Parquet row groups (one process reading the whole corpus)."""
    parts: list[Part] = []
    run: list[str] = []

    def flush(next_file: int) -> None:
        if run:
            parts.append(Part("files", tuple(run), next_file - len(run)))
            run.clear()

    files = article_paths(paths)
    for number, path in enumerate(files):
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".parquet"):
            flush(number)
            parts.extend(_jsonl_parts(path, number, part_size) if suffix == ".jsonl" else _parquet_parts(path, number))
        else:
            run.append(str(path))
            if part_size is not None and len(run) >= part_size:
                flush(number + 1)
    flush(len(files))
    return parts


def read_corpus(paths: Iterable[str | Path], published: date | None = None) -> Iterator[Item]:
    """Every item of a corpus in corpus order, streamed. ``published`` overrides every article's own date."""
    for part in plan(paths, None):
        yield from read_part(part, published)


def read_part(part: Part, published: date | None = None) -> Iterator[Item]:
    """The items of one part, in corpus order; a record or file that cannot be read is an item with its error."""
    if part.kind == "files":
        for offset, path in enumerate(part.paths):
            name = STDIN_NAME if path == STDIN else display_path(path)
            yield Item(part.input_file + offset, 0, name, path=path, published=published)
    elif part.kind == "jsonl":
        yield from _read_jsonl(part, published)
    else:
        yield from _read_parquet(part, published)


# --------------------------------------------------------------------- JSON Lines
def _jsonl_parts(path: Path, number: int, part_size: int | None) -> list[Part]:
    """Cut a JSON Lines file every ``part_size`` lines (byte offsets of line starts, found in one streamed pass)."""
    whole = Part("jsonl", (str(path),), number)
    if part_size is None:
        return [whole]
    cuts = [(0, 0)]
    try:
        with path.open("rb") as handle:
            line = offset = 0
            while chunk := handle.read(1 << 20):
                at = chunk.find(b"\n")
                while at >= 0:
                    line += 1
                    if line % part_size == 0:
                        cuts.append((line, offset + at + 1))
                    at = chunk.find(b"\n", at + 1)
                offset += len(chunk)
    except OSError:
        return [whole]  # reading it reports why
    ends: list[int | None] = [start for _, start in cuts[1:]]
    if cuts[-1][1] == offset and len(cuts) > 1:  # the last cut is the end of the file
        cuts.pop()
        ends[-1] = None
    else:
        ends.append(None)
    return [Part("jsonl", (str(path),), number, first_row=line, start=start, stop=end)
            for (line, start), end in zip(cuts, ends)]


def _read_jsonl(part: Part, published: date | None) -> Iterator[Item]:
    path = part.paths[0]
    name = display_path(path)
    row = part.first_row
    try:
        with open(path, "rb") as handle:
            handle.seek(part.start)
            while part.stop is None or handle.tell() < part.stop:
                raw = handle.readline(MAX_LINE_BYTES + 1)
                if not raw:
                    return
                row += 1
                where = f"{name}:{row}"
                if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                    while raw and not raw.endswith(b"\n"):  # skip the rest of the line, a chunk at a time
                        raw = handle.readline(1 << 20)
                    yield _failed(part, row, where, f"the line is longer than {MAX_LINE_BYTES >> 20} MB")
                    continue
                if raw.strip():
                    yield _json_item(part, row, where, raw, published)
    except FileNotFoundError:
        yield _failed(part, row, name, "no such file")
    except OSError as exc:
        yield _failed(part, row, name, f"cannot be read ({exc.strerror})")


def _json_item(part: Part, row: int, where: str, raw: bytes, published: date | None) -> Item:
    try:
        record = json.loads(raw.decode("utf-8-sig"))  # decoded here: json.loads would take UTF-16 from bytes
    except UnicodeDecodeError as exc:
        return _failed(part, row, where, f"is not UTF-8 text (bad byte at offset {exc.start})")
    except ValueError as exc:
        return _failed(part, row, where, f"is not JSON ({exc})")
    if not isinstance(record, dict):
        return _failed(part, row, where, "is not a JSON object with a 'text' field")
    return _record_item(part, row, where, record, published)


# --------------------------------------------------------------------- Parquet
def _parquet_parts(path: Path, number: int) -> list[Part]:
    """One part per row group; a file that cannot be opened or has no ``text`` column is one failing part."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception:  # noqa: BLE001 - reading the part says what is wrong with the file
        return [Part("parquet", (str(path),), number, row_group=-1)]
    if "text" not in parquet.schema_arrow.names:
        return [Part("parquet", (str(path),), number, row_group=-1)]
    parts, first = [], 0
    for group in range(parquet.metadata.num_row_groups):
        parts.append(Part("parquet", (str(path),), number, first_row=first, row_group=group))
        first += parquet.metadata.row_group(group).num_rows
    return parts


def _read_parquet(part: Part, published: date | None) -> Iterator[Item]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = part.paths[0]
    name = display_path(path)
    row = part.first_row
    try:
        parquet = pq.ParquetFile(path)
        columns = [c for c in RECORD_FIELDS if c in parquet.schema_arrow.names]
        if "text" not in columns:
            yield _failed(part, 0, name, "has no 'text' column (a corpus has text, published, source, url, title, "
                                         "id)")
            return
        if part.row_group < 0:
            raise OSError(f"{name}: cannot be read")
        for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, row_groups=[part.row_group], columns=columns):
            for record in batch.to_pylist():
                row += 1
                yield _record_item(part, row, f"{name}:{row}", record, published)
    except FileNotFoundError:
        yield _failed(part, row, name, "no such file")
    except (OSError, pa.ArrowException) as exc:
        problem = str(exc).removeprefix(f"{name}: ")
        yield _failed(part, row, name, f"is not a readable Parquet file ({problem})" if row == part.first_row
                      else f"cannot be read after row {row} ({problem})")


# --------------------------------------------------------------------- records
def _record_item(part: Part, row: int, where: str, record: Mapping[str, Any], published: date | None) -> Item:
    identifier = _text(record.get("id"))
    name = f"{where} ({identifier})" if identifier else where
    try:
        article = record_article(record, name, Path(part.paths[0]).name, published)
    except ArticleError as exc:
        return Item(part.input_file, row, name, error=exc)
    return Item(part.input_file, row, name, article=article)


def record_article(record: Mapping[str, Any], name: str, default_source: str,
                   published: date | None = None) -> Article:
    """The Article of one corpus record (``RECORD_FIELDS``), with the checks an article file gets: some text, at
    most ``MAX_ARTICLE_BYTES``, no NUL, an ISO ``published`` date (``published`` overrides it)."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(name, "has no text (a record needs a non-empty 'text' field)")
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(name, f"is {size / (1024 * 1024):.1f} MB, more than the "
                                 f"{MAX_ARTICLE_BYTES // (1024 * 1024)} MB an article may be")
    if "\x00" in text:
        raise ArticleError(name, "has a NUL character in its text (binary data, not text)")
    value = record.get("published")
    if isinstance(value, datetime):
        own: date | None = value.date()
    elif isinstance(value, date):
        own = value
    else:
        own = parse_date(_text(value) or "", name) if _text(value) else None
    return Article(text=normalise_newlines(text), published=published or own, title=_text(record.get("title")),
                   source=_text(record.get("source")) or default_source, url=_text(record.get("url")), path=name)


def _text(value: Any) -> str | None:
    """A field as text (numbers written out), None when absent or blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _failed(part: Part, row: int, name: str, problem: str) -> Item:
    return Item(part.input_file, row, name, error=ArticleError(name, problem))
