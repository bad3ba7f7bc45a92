"""The spaCy pipeline the syntax layer parses with (provisional loader: the setting TIMELINE_SPACY_MODEL)."""

from __future__ import annotations

import os
from functools import cache
from typing import Any


@cache
def load_pipeline() -> Any:
    import spacy

    return spacy.load(os.environ["TIMELINE_SPACY_MODEL"])
