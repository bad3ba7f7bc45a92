"""What was known when: the event table as the reports published up to a day made it, and how each event's date
changed as reports came in.

``known_as_of(store.mentions(), day)`` keeps the reports (mentions) published on or before ``day`` and rebuilds each
event from them with ``timeline.merge.combine``, as the store would have had it then: an event first reported later
is not there, an event reported again later shows the date its earlier reports gave. A report with no publication
date is never known as of a day. ``date_history`` lists an event's reports in the order they came, with the date
the event showed after each; ``revised_events`` names the events whose reports gave different dates (postponed
talks, a moved deadline, a vague date made precise).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from timeline.merge import combine, mention_order
from timeline.schema import EVENT_COLUMNS, chronological, conform, records


def known_reports(mentions: pd.DataFrame, day: date) -> pd.DataFrame:
    """The reports in ``mentions`` published on or before ``day``."""
    published = mentions["published"]
    return mentions[(published.notna() & (published <= pd.Timestamp(day))).to_numpy()]


def known_as_of(mentions: pd.DataFrame, day: date) -> pd.DataFrame:
    """The event table (schema columns, chronological) that the reports in ``mentions`` (Store.mentions(): every
    report, in the event table's columns, ``event_id`` the event it reports) published up to ``day`` make."""
    kept = known_reports(mentions, day)
    reports = kept.groupby("event_id", sort=False)["event_id"].transform("size").to_numpy()
    # an event of one report is that report with its article as source: what combine makes of it, without a loop
    single = kept[reports == 1].assign(mention_count=1, sources=kept["source"][reports == 1], date_choice=None)
    several = [combine(str(event_id), sorted(records(group), key=mention_order))
               for event_id, group in kept[reports > 1].groupby("event_id", sort=False)]
    table = pd.concat([conform(single), conform(pd.DataFrame(several, columns=list(EVENT_COLUMNS)))],
                      ignore_index=True)
    return chronological(table)


def revised_events(mentions: pd.DataFrame) -> set[str]:
    """The events whose reports in ``mentions`` give more than one date interval."""
    dated = mentions[mentions["date_start"].notna()]
    spans = dated["date_start"].astype("string") + "/" + dated["date_end"].astype("string")
    counts = spans.groupby(dated["event_id"].to_numpy()).nunique()
    return set(counts.index[counts > 1].astype(str))


@dataclass(frozen=True)
class Report:
    """One report of an event in the order reports came: when and where it was published, the date it gave, and
    the date the event showed once it was known (``merge.choose_date``)."""

    published: str | None
    source: str | None
    date_text: str | None
    reported: tuple[str | None, str | None]
    shown: tuple[str | None, str | None]
    changed: bool


def date_history(mentions: Iterable[dict[str, object]]) -> list[Report]:
    """Every report of one event (plain rows, e.g. ``records(store.mentions(event_id))``), oldest first, with the
    date the event showed after it; ``changed`` where that date differs from the one shown before."""
    ordered = sorted(mentions, key=mention_order)
    history: list[Report] = []
    for k, mention in enumerate(ordered):
        event = combine(str(mention["event_id"]), ordered[:k + 1])
        shown = (event["date_start"], event["date_end"])
        history.append(Report(
            published=_text(mention["published"]), source=_text(mention["source"]),
            date_text=_text(mention["date_text"]), reported=(_text(mention["date_start"]), _text(mention["date_end"])),
            shown=shown, changed=bool(history) and shown != history[-1].shown))
    return history


def _text(value: object) -> str | None:
    """A plain cell as text, None kept."""
    return None if value is None else str(value)
