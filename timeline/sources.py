"""Which files an ingest reads: named files, the article and corpus files inside directories, and glob patterns."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

#: Article files taken from directories and globs.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
#: Corpus files, many articles each (``timeline.corpus``), also taken from directories and globs.
CORPUS_SUFFIXES = (".jsonl", ".parquet")
#: Files in article folders that are not articles.
NOT_ARTICLES = ("readme.md",)


def _is_article(p: Path) -> bool:
    return (p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES + CORPUS_SUFFIXES
            and p.name.lower() not in NOT_ARTICLES)


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, the article files (.txt, .md, .html) and corpus files (.jsonl, .parquet) inside named
    directories (recursively) and the matches of glob patterns ("articles/*.md"), each once, in the order given
    (directories and globs sorted). A path that does not exist is kept so that ingest reports it."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if _is_article(f)))
        elif not p.exists() and glob.has_magic(str(raw)):
            out.extend(sorted(f for f in map(Path, glob.glob(str(raw), recursive=True)) if _is_article(f)))
        else:
            out.append(p)
    seen: set[Path] = set()
    unique = []
    for p in out:
        if p.resolve() not in seen:
            seen.add(p.resolve())
            unique.append(p)
    return unique
