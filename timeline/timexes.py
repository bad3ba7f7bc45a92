"""The temporal expressions of an article as a table: one row per expression (text, offsets, TIMEX3, interval)."""

from __future__ import annotations

import pandas as pd

from timeline.article import Article
from timeline.temporal import tag

TIMEX_COLUMNS = ("text", "start", "end", "type", "value", "mod", "date_start", "date_end", "precision", "note")


def timex_frame(article: Article) -> pd.DataFrame:
    """Every temporal expression the tagger finds in ``article``, resolved against its publication date."""
    rows = [
        {
            "text": t.text, "start": t.start, "end": t.end, "type": t.value.type, "value": t.value.value,
            "mod": t.value.mod, "date_start": t.value.start, "date_end": t.value.end,
            "precision": t.value.precision, "note": t.value.note,
        }
        for t in tag(article.text, article.published)
    ]
    frame = pd.DataFrame(rows, columns=list(TIMEX_COLUMNS))
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    return frame
