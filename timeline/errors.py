"""Domain errors: each says what failed and where, so the CLI and the dashboard can show it without a traceback."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of the errors this package raises on bad input."""


class ArticleError(TimelineError):
    """An article could not be read or its events extracted: names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class StoreError(TimelineError):
    """The store could not be opened, read or written. ``kind`` says which trouble it was: ``missing``,
    ``foreign`` (another program's database), ``version`` (another version of timeline), ``locked``,
    ``read-only``, ``damaged``, ``full`` (the disk), ``io``, ``not-empty`` (a load needs an empty store) or
    ``other``."""

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


class ModelError(TimelineError):
    """The spaCy pipeline named by the setting could not be loaded: names the model and the problem."""

    def __init__(self, model: str, problem: str) -> None:
        super().__init__(f"spaCy model {model!r}: {problem}")
        self.model = model
        self.problem = problem
