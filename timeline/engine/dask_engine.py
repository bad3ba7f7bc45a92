"""Ingest at corpus scale on Dask (dask.distributed): extraction mapped over the corpus's parts on workers, written as
Parquet (``timeline.engine.layout``), then the cross-article merge as a blocked step over those files, then the SQLite
store loaded from them. The results are the store's own: the same documents, events (with the same ids) and mentions
as ``Store.iter_ingest`` of the same corpus, in corpus order, into an empty store.

The cluster is a LocalCluster of worker processes (one thread each: extraction is pure Python and holds the GIL)
unless a scheduler address is given. Each worker loads the extraction pipeline once, as it starts
(``work.warm_up``). Workers need this package installed and the output folder at the same path (a shared disk on a
cluster of several machines).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from timeline.article import STDIN
from timeline.corpus import PART_SIZE, plan
from timeline.engine.work import MergePlan, Outcome, extract_part, load_store, merge_group, plan_merge, \
    remove_split, split_reports, warm_up, write_group
from timeline.errors import TimelineError
from timeline.store import IngestResult, Store

#: Merge groups per worker: enough that a large block does not leave the other workers idle at the end.
GROUPS_PER_WORKER = 4
#: Fewest reports in a merge group (unless the groups are given): below that the tasks cost more than the merge.
MIN_GROUP_REPORTS = 5000
#: Most reports in a merge group (unless the groups are given; a block is never cut): a worker's memory for one
#: group's merge stays the same at any corpus size.
MAX_GROUP_REPORTS = 20_000
#: Dask settings of a local cluster's workers; a cluster given by ``--scheduler`` keeps its own. Their statistical
#: profiler (a stack sample every 10 ms, an hour of history kept) grew a worker by 30 MB and cost 61 s against 48 s
#: over 2,000 articles on one worker. Arrow's default allocator (mimalloc) kept 85 MB more than the system's after
#: reading a merge group of 148,763 reports (98 MB of Arrow data): a merge worker's peak is its largest group.
LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False,
                       "distributed.nanny.environ": {"ARROW_DEFAULT_MEMORY_POOL": "system"}}


class EngineError(TimelineError):
    """The cluster could not be reached, or a task failed on it (not an article: those are failed results)."""


@dataclass(frozen=True)
class MergeSummary:
    """What the merge did: reports in, events out, the blocks it was cut into and the largest one."""

    reports: int
    events: int
    blocks: int
    largest_block: int
    groups: int

    def line(self) -> str:
        """One line for the user."""
        return (f"merged {self.reports} reports into {self.events} events ({self.blocks} blocks, the largest "
                f"{self.largest_block} reports; {self.groups} merge task{'s' if self.groups != 1 else ''})")


class _Pipeline(WorkerPlugin):
    """Loads the extraction pipeline on each worker as it starts or joins, once per worker process."""

    def setup(self, worker: Any) -> None:
        warm_up()


class DaskEngine:
    """A Dask cluster to ingest corpora with: ``with DaskEngine(workers=2) as engine: engine.ingest(...)``.
    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without it a LocalCluster of
    ``workers`` processes (default: one per core) runs for as long as the ``with`` block. ``part_size`` articles are
    extracted per task; ``groups`` fixes the number of merge groups (default: ``GROUPS_PER_WORKER`` a worker, with
    at least ``MIN_GROUP_REPORTS`` reports each, and more groups when one would hold over ``MAX_GROUP_REPORTS``)."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None,
                 part_size: int = PART_SIZE, groups: int | None = None) -> None:
        if scheduler and workers:
            raise EngineError("--workers sizes a local cluster; with --scheduler the cluster's own workers are used")
        self.scheduler, self.n_workers, self.part_size, self.groups = scheduler, workers, part_size, groups
        self.summary: MergeSummary | None = None
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None

    def __enter__(self) -> DaskEngine:
        try:
            if self.scheduler:
                self._client = Client(self.scheduler, timeout=10)
            else:
                with dask.config.set(LOCAL_WORKER_CONFIG):  # the nannies hand it to the workers they start
                    self._cluster = LocalCluster(n_workers=self.n_workers or os.cpu_count() or 1,
                                                 threads_per_worker=1, processes=True, dashboard_address=":0",
                                                 silence_logs=logging.ERROR)
                self._client = Client(self._cluster)
            self._client.register_plugin(_Pipeline(), name="timeline-pipeline")
        except OSError as exc:
            self.__exit__(None, None, None)
            where = f"the Dask scheduler at {self.scheduler}" if self.scheduler else "a local Dask cluster"
            raise EngineError(f"cannot reach {where} ({exc})") from None
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    @property
    def client(self) -> Client:
        """The connected client (inside the ``with`` block)."""
        if self._client is None:
            raise EngineError("the engine is not started: use it in a 'with' block")
        return self._client

    def workers(self) -> int:
        """How many workers the cluster has now."""
        return len(self.client.scheduler_info(n_workers=-1)["workers"])

    # ----------------------------------------------------------------- the whole ingest
    def ingest(self, paths: Iterable[str | Path], store: Store, out: str | Path,
               published: date | None = None) -> Iterator[IngestResult]:
        """Ingest a corpus into an empty store through the Parquet folder ``out`` (new or empty): yields each
        article's result in corpus order as its part is extracted (``extract``), then merges (``merge``, its summary
        left in ``self.summary``) and loads the store (``work.load_store``)."""
        if not store.is_empty():
            raise EngineError(f"{store.path}: already holds articles; --engine dask fills a new or empty store "
                              "(ingest into this one without --engine dask)")
        yield from self.extract(paths, out, published)
        self.summary = self.merge(out)
        load_store(out, store)

    # ----------------------------------------------------------------- extraction
    def extract(self, paths: Iterable[str | Path], out: str | Path,
                published: date | None = None) -> Iterator[IngestResult]:
        """Extract the corpus on the workers, a part per task, into ``out``'s documents and reports; yield each
        article's result in corpus order as soon as its part and every part before it are done. An article whose
        text an earlier one had is ``unchanged`` (same date or none) or, with another date, ``failed``: re-dating is
        the local store's."""
        parts = plan(paths, self.part_size)
        if any(STDIN in part.paths for part in parts):
            raise EngineError("- (standard input) is read by the local engine only: workers cannot read it")
        folder = _empty_folder(out)
        futures: list[Any] = self.client.map(extract_part, range(len(parts)), parts, out=str(folder),
                                             published=published, pure=False)
        number = {future.key: i for i, future in enumerate(futures)}
        done: dict[int, list[Outcome]] = {}
        seen: dict[str, str | None] = {}
        following = 0
        for future, outcomes in as_completed(futures, with_results=True, raise_errors=False):
            if future.status == "error":
                part = parts[number[future.key]]
                raise EngineError(f"a task failed on the cluster reading {part.paths[0]} and what follows "
                                  f"({type(future.exception()).__name__}: {future.exception()}); nothing was "
                                  f"merged, remove {folder} to run again")
            done[number[future.key]] = outcomes
            futures[number[future.key]] = None
            while following in done:
                for outcome in done.pop(following):
                    yield _result(outcome, seen)
                following += 1

    # ----------------------------------------------------------------- merge
    def merge(self, out: str | Path) -> MergeSummary:
        """Merge the extracted reports in ``out`` as the store would have, block by block on the workers: the
        blocks (``merge.blocks``) are packed into groups, each reports file is split by group, each group is
        replayed (``merge.replay``), anchors are rewritten to their events' ids across groups, and each group
        writes its events and mentions (a group read from its files at each step: workers hold none between)."""
        folder = Path(out).resolve()
        plan_ = (plan_merge(folder, self.groups) if self.groups else
                 plan_merge(folder, GROUPS_PER_WORKER * max(1, self.workers()), MIN_GROUP_REPORTS,
                            MAX_GROUP_REPORTS))
        remove_split(folder)
        try:
            self.client.gather(self.client.map(split_reports, range(len(plan_.files)), plan_.files,
                                               plan_.group_of_row, out=str(folder), pure=False))
            [anchors] = self.client.scatter([plan_.anchors], broadcast=True)  # in a list: one object, not its items
            found: dict[str, str] = {}
            for part in self.client.gather(self.client.map(merge_group, range(plan_.groups), out=str(folder),
                                                           anchors=anchors, pure=False)):
                found.update(part)
            # scattered, not passed as it is: a large dict argument becomes a task of its own that the scheduler
            # fails to prioritise (AssertionError on 'anchor_events', seen at 10,000 articles)
            [events_of_anchors] = self.client.scatter([found], broadcast=True)
            counts = self.client.gather(self.client.map(write_group, range(plan_.groups),
                                                        anchor_events=events_of_anchors, out=str(folder), pure=False))
        except OSError as exc:
            raise EngineError(f"the merge failed on the cluster ({exc}); remove {folder / 'events'} and "
                              f"{folder / 'mentions'} to merge again") from None
        remove_split(folder)
        return _summary(plan_, counts)


def _summary(plan_: MergePlan, counts: list[tuple[int, int]]) -> MergeSummary:
    return MergeSummary(sum(m for _, m in counts), sum(e for e, _ in counts), plan_.blocks, plan_.largest_block,
                        plan_.groups)


def _result(outcome: Outcome, seen: dict[str, str | None]) -> IngestResult:
    """The store's word for one extracted item, given the texts seen before it in corpus order."""
    if outcome.error is not None or outcome.doc_id is None:
        return IngestResult(outcome.name, "failed", error=outcome.error)
    if outcome.doc_id not in seen:
        seen[outcome.doc_id] = outcome.published
        return IngestResult(outcome.name, "added", outcome.doc_id, outcome.events)
    if outcome.published is None or outcome.published == seen[outcome.doc_id]:
        return IngestResult(outcome.name, "unchanged", outcome.doc_id)
    return IngestResult(outcome.name, "failed", outcome.doc_id, error=(
        f"{outcome.name}: the same text as an earlier article of the corpus with another publication date; "
        "re-dating is done by the local engine (timeline ingest without --engine dask)"))


def _empty_folder(out: str | Path) -> Path:
    """``out`` as an absolute folder, created; one that already holds files is refused."""
    folder = Path(out).resolve()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise EngineError(f"{out}: already holds files (a corpus from an earlier run?); give a new or empty "
                          "--parquet folder")
    folder.mkdir(parents=True, exist_ok=True)
    return folder

