"""What the corpus engine does, as plain functions of files: extract a part of a corpus into Parquet, plan the merge,
split reports into merge groups, merge a group, write it, load a store. No Dask here: ``dask_engine`` only runs these
on a cluster (every function a worker runs takes and returns small picklable values and reads and writes the
layout's files), and each can be called in one process as well.
"""

from __future__ import annotations

import heapq
import json
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from itertools import groupby
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.article import Article
from timeline.corpus import Part, read_part
from timeline.engine.layout import DOCUMENTS, EVENTS, MENTIONS, PLACE, REPORTS, files, from_arrow, read_file, \
    read_files, read_keys, read_rows, write_arrow, write_part, write_table
from timeline.errors import ArticleError
from timeline.extract import extract_records
from timeline.merge import blocks, combine, mention_order, replay
from timeline.store import Store

#: Where split reports wait for their group's merge (removed after it).
SPLIT = ".merge"
#: The file beside a group's split reports that says which event each joined.
JOINED = "joined.parquet"
#: A short article whose extraction loads everything the pipeline loads on first use.
_WARM_UP = Article("Russia and Ukraine held talks in Istanbul on Monday, the Kremlin said on 20 July 2025.",
                   published=date(2025, 7, 20), path="<warm-up>")
#: The columns ``merge.replay`` judges a report by, and its place in the corpus: all a group's merge reads.
_REPLAY_COLUMNS = ["event_id", "doc_id", "event_type", "date_start", "date_end", "precision", "countries", "location",
                   "published", "char_start", *PLACE, "report_no"]
#: Rows of a group that write_group makes Python rows of at a time, to combine their events.
_EVENT_BATCH = 5000


@dataclass(frozen=True)
class Outcome:
    """What extraction made of one corpus item: its article's id, date (ISO) and number of events, or the error."""

    input_file: int
    input_row: int
    name: str
    doc_id: str | None = None
    published: str | None = None
    events: int = 0
    error: str | None = None


def warm_up() -> None:
    """Load the extraction pipeline in this process (whatever it loads on first use: lexicons, rules, a model), by
    extracting one short article; a worker does it once, as it starts."""
    extract_records(_WARM_UP)


def extract_part(number: int, part: Part, out: str, published: date | None = None) -> list[Outcome]:
    """Extract every article of one corpus part and write its documents and reports (files numbered ``number``).
    An article that cannot be read or extracted is an Outcome with its error; the part goes on."""
    documents: list[dict[str, Any]] = []
    reports: list[dict[str, Any]] = []
    outcomes = []
    for item in read_part(part, published):
        try:
            article = item.load()
            rows = extract_records(article)
        except ArticleError as exc:
            outcomes.append(Outcome(item.input_file, item.input_row, item.name, error=str(exc)))
            continue
        day = article.published.isoformat() if article.published else None
        place = {"input_file": item.input_file, "input_row": item.input_row}
        documents.append({"doc_id": article.doc_id, "path": item.name, "title": article.title,
                          "source": article.source, "url": article.url, "published": day,
                          "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                          "text": article.text, "metadata": json.dumps(dict(article.metadata), ensure_ascii=False)
                          if article.metadata else None, **place})
        reports.extend({"mention_id": row["event_id"], **row, **place, "report_no": n} for n, row in enumerate(rows))
        outcomes.append(Outcome(item.input_file, item.input_row, item.name, article.doc_id, day, len(rows)))
    write_part(out, documents, reports, number)
    return outcomes


def repeats(documents: Iterable[Mapping[str, Any]]) -> dict[tuple[int, int], str]:
    """The corpus items whose text an earlier item already had (documents in any order), each with what the store
    would make of it: ``unchanged`` (same date, or none given) or ``redated`` (another date). The merge counts each
    text once, at its first place."""
    first: dict[str, tuple[tuple[int, int], str | None]] = {}
    later: list[tuple[tuple[int, int], str, str | None]] = []
    for doc in sorted(documents, key=lambda d: (d["input_file"], d["input_row"])):
        place = (doc["input_file"], doc["input_row"])
        if doc["doc_id"] in first:
            later.append((place, doc["doc_id"], doc["published"]))
        else:
            first[doc["doc_id"]] = (place, doc["published"])
    return {place: ("unchanged" if published is None or published == first[doc_id][1] else "redated")
            for place, doc_id, published in later}


def _repeated(out: str | Path) -> set[tuple[int, int]]:
    """The places of the corpus items whose text an earlier one had (``repeats``), read from the documents' keys."""
    return set(repeats(row for _, keys in read_keys(out, DOCUMENTS) for row in from_arrow(keys)))


@dataclass
class MergePlan:
    """How the merge is cut: the reports files of each split task (consecutive extraction parts) and their rows'
    merge groups, in file order (-1: a repeated article's, left out), the ids that reports give as anchors (to be
    rewritten to their events' ids), and block statistics."""

    groups: int
    files: list[list[str]] = field(default_factory=list)
    group_of_row: list[list[int]] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    reports: int = 0
    blocks: int = 0
    largest_block: int = 0


def plan_merge(out: str | Path, groups: int, min_reports: int = 1, max_reports: int | None = None) -> MergePlan:
    """Read the reports' keys (a file a part), find the blocks (``merge.blocks``) and pack them into
    ``groups`` groups of about equal size (largest block first, into the smallest group): more when a group would
    hold over ``max_reports`` reports (so a group's merge needs the same memory at any corpus size), fewer when it
    would hold under ``min_reports`` (a task per handful of reports costs more than it does), never more than the
    blocks. The reports are split by group in runs of consecutive extraction parts of about a group's size: a group
    reads a file from each run, so as many files as there are groups, not one from each of thousands of parts."""
    left_out = _repeated(out)
    plan = MergePlan(groups)
    kept: list[list[bool]] = []

    by_part: dict[str, list[str]] = defaultdict(list)
    for path in files(out, REPORTS):
        by_part[path.name].append(str(path))

    def keyed() -> Iterator[dict[str, Any]]:
        for name, keys in read_keys(out, REPORTS):
            plan.files.append(by_part[name])
            rows = from_arrow(keys)
            kept.append([(r["input_file"], r["input_row"]) not in left_out for r in rows])
            for row, keep in zip(rows, kept[-1]):
                if keep:
                    plan.anchors.update([row["anchor_event_id"]] if row["anchor_event_id"] else [])
                    yield row

    numbers = blocks(keyed())
    sizes = Counter(numbers)
    plan.reports, plan.blocks, plan.largest_block = len(numbers), len(sizes), max(sizes.values(), default=0)
    wanted = max(groups, -(-len(numbers) // max_reports)) if max_reports else groups
    plan.groups = max(1, min(wanted, len(sizes), -(-len(numbers) // min_reports)))
    load = [(0, g) for g in range(plan.groups)]
    group_of_block = {}
    for block, size in sorted(sizes.items(), key=lambda item: (-item[1], item[0])):
        total, g = heapq.heappop(load)
        group_of_block[block] = g
        heapq.heappush(load, (total + size, g))
    position = iter(numbers)
    run = -(-len(numbers) // plan.groups)
    tasks: list[tuple[list[str], list[int]]] = []
    for paths, flags in zip(plan.files, kept):
        if not tasks or len(tasks[-1][1]) >= run:
            tasks.append(([], []))
        tasks[-1][0].extend(paths)
        tasks[-1][1].extend(group_of_block[next(position)] if keep else -1 for keep in flags)
    plan.files, plan.group_of_row = [paths for paths, _ in tasks], [rows for _, rows in tasks]
    return plan


def _group_folder(out: str, group: int) -> Path:
    """Where one merge group's split reports, and the events they joined, wait."""
    return Path(out) / SPLIT / f"group-{group:05d}"


def split_reports(index: int, paths: list[str], group_of_row: list[int], out: str) -> None:
    """Write the rows of one split task's reports files (whole extraction parts) into their groups' folders, one file
    a group (``SPLIT/group-G/from-NNNNN.parquet``), in corpus order."""
    table = read_files(paths, REPORTS).append_column("group", pa.array(group_of_row, pa.int64()))
    table = table.sort_by([(name, "ascending") for name in (*PLACE, "report_no")])
    for group in sorted(set(group_of_row) - {-1}):
        folder = _group_folder(out, group)
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(table.filter(pc.equal(table["group"], group)).drop_columns(["group"]),
                       folder / f"from-{index:05d}.parquet")


def _group_table(group: int, out: str, columns: list[str] | None = None) -> pa.Table:
    """One group's reports (split_reports' files; all columns, or these), in corpus order: each file is in corpus
    order and holds a run of consecutive parts, so the files in turn are too (no sort: a sort is a second copy of the
    group, the largest thing a merge worker holds)."""
    return read_files(sorted(_group_folder(out, group).glob("from-*")), REPORTS, columns)


def merge_group(group: int, out: str, anchors: set[str]) -> dict[str, str]:
    """Replay the store's merge over one group's reports, in corpus order (``merge.replay``), and write the event
    each report joined beside them (JOINED, read by write_group: a worker keeps no group in memory between the two
    steps, so its memory does not grow with the corpus; it reads only the columns the merge judges by). Returns the
    events of the reports that others name as ``anchors``."""
    table = _group_table(group, out, _REPLAY_COLUMNS)
    joined = replay(row for offset in range(0, table.num_rows, _EVENT_BATCH)  # rows made a batch at a time: replay
                    for row in from_arrow(table.slice(offset, _EVENT_BATCH)))  # keeps only those its events show
    pq.write_table(pa.table({"mention_id": pa.array(list(joined), pa.string()),
                             "event_id": pa.array(list(joined.values()), pa.string())}),
                   _group_folder(out, group) / JOINED)
    return {own: event for own, event in joined.items() if own in anchors}


def write_group(group: int, anchor_events: Mapping[str, str], out: str) -> tuple[int, int]:
    """Write one merged group: its mentions (each report under the event it joined, its anchor rewritten to the
    anchor's event, as the store does) and its events (``merge.combine`` of each event's reports in mention order,
    in the order the events first appear). The group stays an Arrow table: only the reports of ``_EVENT_BATCH``
    rows' events at a time become Python rows. Returns (events, mentions)."""
    joined = read_file(_group_folder(out, group) / JOINED)
    reports = _group_table(group, out)
    event_ids = joined["event_id"].take(pc.index_in(reports["mention_id"], value_set=joined["mention_id"]))
    anchors = pa.array([anchor_events.get(anchor, anchor) if anchor else None
                        for anchor in reports["anchor_event_id"].to_pylist()], pa.string())
    for name, values in (("event_id", event_ids), ("anchor_event_id", anchors)):
        reports = reports.set_column(reports.schema.get_field_index(name), name, values)
    write_arrow(out, MENTIONS, reports, group)
    first = {event_id: n for n, event_id in enumerate(pc.unique(event_ids).to_pylist())}  # in order of appearance
    by_event = pa.table({"event_id": event_ids, "seq": pa.array(range(len(event_ids)), pa.int64())})
    seqs = by_event.sort_by([("event_id", "ascending"), ("seq", "ascending")])["seq"]
    rows = ((seq, row) for offset in range(0, len(seqs), _EVENT_BATCH)  # a batch taken at a time, not a 2nd copy
            for seq, row in zip(seqs.slice(offset, _EVENT_BATCH).to_pylist(),
                                from_arrow(reports.take(seqs.slice(offset, _EVENT_BATCH)))))
    events = [combine(event_id, _in_mention_order(of_event))
              for event_id, of_event in groupby(rows, key=lambda pair: pair[1]["event_id"])]
    events.sort(key=lambda event: first[event["event_id"]])
    write_table(out, EVENTS, events, group)
    return len(events), reports.num_rows


def _in_mention_order(rows: Iterable[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """An event's reports, each with its place in the group, in mention order (the group's order breaking ties)."""
    keyed = [((mention_order(row), seq), row) for seq, row in rows]
    return [row for _, row in sorted(keyed, key=lambda pair: pair[0])]


def remove_split(out: str | Path) -> None:
    """Remove the split reports once every group is written."""
    shutil.rmtree(Path(out) / SPLIT, ignore_errors=True)


def load_store(out: str | Path, store: Store) -> None:
    """Fill an empty store from a merged corpus folder: its documents (each text once, at its first place), events
    and mentions, in one transaction (``Store.load``)."""
    left_out = _repeated(out)
    documents = ({k: v for k, v in doc.items() if k not in PLACE} for doc in read_rows(out, DOCUMENTS)
                 if (doc["input_file"], doc["input_row"]) not in left_out)
    store.load(documents, read_rows(out, EVENTS), read_rows(out, MENTIONS))
