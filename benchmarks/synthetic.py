"""A store of synthetic events for load tests: ``python benchmarks/synthetic.py OUT.db [N]`` (default 100,000).

Events follow the shapes real ones have: a mix of day, week, month and season precision, every event type and
status, a few dozen actors, places and sources, deadlines linked to threats, and 1-3 mentions per event.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from timeline.schema import EVENT_COLUMNS, EVENT_TYPES, STATUSES
from timeline.store import Store, stored_row

ACTORS = [("Donald Trump", "USA"), ("Vladimir Putin", "RUS"), ("Volodymyr Zelensky", "UKR"),
          ("Dmitry Peskov", "RUS"), ("Recep Tayyip Erdogan", "TUR"), ("Emmanuel Macron", "FRA"),
          ("Benjamin Netanyahu", "ISR"), ("Abbas Araghchi", "IRN"), ("Xi Jinping", "CHN"), ("NATO", "NATO"),
          ("European Union", "EUR"), ("United Nations", "UNO"), ("Hamas", "PSE"), ("Qatar", "QAT"), ("Egypt", "EGY")]
PLACES = ["Istanbul, Turkey", "Geneva", "Doha", "Cairo", "Jeddah", "Muscat", "Riyadh", "Brussels", "Vienna", None]
SOURCES = [f"source-{i:02d}" for i in range(40)]
PRECISIONS = [("day", 0.6), ("week", 0.1), ("month", 0.2), ("season", 0.05), ("year", 0.05)]
#: Bases about as often as the real-news corpus gives them (dev: 812 clause, 290 sentence, 40 count, 23 context).
BASES = [("clause", 0.7), ("sentence", 0.25), ("count", 0.03), ("context", 0.02)]


def _interval(rng: random.Random, day: date, precision: str) -> tuple[date, date, str]:
    if precision == "day":
        return day, day, day.isoformat()
    if precision == "week":
        monday = day - timedelta(days=day.weekday())
        iso = monday.isocalendar()
        return monday, monday + timedelta(days=6), f"{iso.year}-W{iso.week:02d}"
    if precision == "month":
        first = day.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        return first, nxt - timedelta(days=1), f"{day.year}-{day.month:02d}"
    if precision == "season":
        first = date(day.year, 6, 1)
        return first, date(day.year, 8, 31), f"{day.year}-SU"
    return date(day.year, 1, 1), date(day.year, 12, 31), str(day.year)


def make_store(path: Path, n: int, seed: int = 7) -> float:
    """Write a store of ``n`` synthetic events at ``path`` (replaced); returns the seconds it took."""
    started = time.perf_counter()
    path.unlink(missing_ok=True)
    Store(path)  # the real tables
    rng = random.Random(seed)
    docs = [(f"doc{i:06d}", SOURCES[i % len(SOURCES)]) for i in range(max(1, n // 8))]
    events, mentions = [], []
    for i in range(n):
        doc_id, source = docs[rng.randrange(len(docs))]
        day = date(2022, 1, 1) + timedelta(days=rng.randrange(1460))
        precision = rng.choices([p for p, _ in PRECISIONS], [w for _, w in PRECISIONS])[0]
        start, end, timex = _interval(rng, day, precision)
        people = rng.sample(ACTORS, rng.randint(1, 3))
        event_type = rng.choice(EVENT_TYPES)
        event_id = hashlib.sha256(f"synthetic{i}".encode()).hexdigest()[:16]
        summary = f"{people[0][0]} and others: synthetic {event_type} number {i}"
        row = {
            "event_id": event_id, "date_start": start.isoformat(), "date_end": end.isoformat(),
            "precision": precision, "timex": timex, "mod": None, "date_text": timex, "event_type": event_type,
            "status": "deadline" if event_type == "deadline" else rng.choice(STATUSES[:3] + STATUSES[4:]),
            "actors": "; ".join(a for a, _ in people), "location": rng.choice(PLACES), "summary": summary,
            "sentence": f"{summary}, reported on {timex}.", "char_start": 0, "char_end": len(timex),
            "doc_id": doc_id, "source": source, "url": f"https://example.org/{doc_id}",
            "published": (end + timedelta(days=rng.randrange(30))).isoformat(), "anchor_event_id": None,
            "note": None, "cameo_code": "046", "cameo_label": "engage in negotiation",
            "countries": "; ".join(sorted({c for _, c in people})), "mention_count": rng.randint(1, 3),
            "sources": source, "date_choice": None,
            "basis": rng.choices([b for b, _ in BASES], [w for _, w in BASES])[0],
        }
        row = stored_row(row)  # the list columns as the store keeps them
        events.append(tuple(row[c] for c in EVENT_COLUMNS))
        mentions.append((event_id, *events[-1]))
    with sqlite3.connect(path) as db:
        db.executemany("INSERT INTO documents (doc_id, path, source, ingested_at, text) "
                       "VALUES (?, ?, ?, '2026-01-01T00:00:00', '')", [(d, f"{d}.md", s) for d, s in docs])
        marks = ", ".join("?" * len(EVENT_COLUMNS))
        db.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})", events)
        db.executemany(f"INSERT INTO mentions (mention_id, {', '.join(EVENT_COLUMNS)}) VALUES (?, {marks})",
                       mentions)
    return time.perf_counter() - started


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("synthetic.db")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    seconds = make_store(out, count)
    print(f"{count:,} synthetic events written to {out} in {seconds:.1f} s")
