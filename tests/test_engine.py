"""The Dask engine on a real 2-worker LocalCluster gives the store the local engine gives, on real articles, a
synthetic stream of overlapping reports and JSON Lines records; its Parquet is read by pandas, DuckDB and Dask; it
refuses what it cannot do with one line."""

from __future__ import annotations

import json
import shutil
from collections import Counter, defaultdict
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask
import duckdb
import pandas as pd
import pytest

from tests.conftest import write_synthetic_corpus
from timeline.article import read_article
from timeline.engine.dask_engine import DaskEngine, EngineError
from timeline.engine.layout import DOCUMENTS, EVENTS, KEY_COLUMNS, REPORTS, files, read_files, read_keys
from timeline.engine.work import plan_merge
from timeline.errors import StoreError
from timeline.store import IngestResult, Store

ROOT = Path(__file__).resolve().parents[1]
REAL = [ROOT / "tests/data/realnews/dev", ROOT / "tests/data/devset", ROOT / "seeds", ROOT / "tests/data/merge"]


@pytest.fixture(scope="module")
def engine() -> Iterator[DaskEngine]:
    """Two worker processes; small parts and four merge groups, so that articles, blocks and the anchors that
    link a deadline to its event are spread over tasks and workers."""
    with DaskEngine(workers=2, part_size=7, groups=4) as started:
        yield started


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The real articles, 100 synthetic overlapping reports, some real articles again as JSON Lines records (with a
    bad line), and a repeated text."""
    folder = tmp_path_factory.mktemp("corpus")
    write_synthetic_corpus(folder / "synthetic", 100)
    records = []
    for path in sorted((ROOT / "tests/data/realnews/heldout").glob("*.md"))[:12]:
        article = read_article(path)
        records.append(json.dumps({"text": article.text, "published": str(article.published),
                                   "source": article.source, "url": article.url, "title": article.title}))
    (folder / "records.jsonl").write_text("\n".join(records[:5] + ["{broken"] + records[5:]) + "\n")
    shutil.copy(ROOT / "seeds/000_d94f917fde063f95.txt", folder / "seed_again.txt")
    return [*REAL, folder]


def _sorted(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    return frame.sort_values(keys).reset_index(drop=True)


def _seen(results: list[IngestResult]) -> list[tuple[str, str, str | None, int]]:
    return [(r.path, r.status, r.doc_id, r.events if r.status != "unchanged" else 0) for r in results]


def test_the_engines_give_identical_stores(engine: DaskEngine, corpus: list[Path], tmp_path: Path) -> None:
    local = Store(tmp_path / "local.db")
    expected = list(local.iter_ingest(corpus))
    dask = Store(tmp_path / "dask.db")
    got = list(engine.ingest(corpus, dask, tmp_path / "out"))
    assert _seen(got) == _seen(expected)
    assert {r.status for r in got} == {"added", "unchanged", "failed"}
    assert engine.summary is not None and engine.summary.groups == 4
    assert engine.summary.reports == len(local.mentions()) and engine.summary.events == local.count()
    events = local.events()
    assert local.count() < len(local.mentions()) - 80, "too few merges for the comparison to mean much"
    assert events["anchor_event_id"].notna().sum() >= 5
    assert _sorted(dask.events(), ["event_id"]).equals(_sorted(events, ["event_id"]))
    keys = ["event_id", "doc_id", "char_start", "event_type"]
    assert _sorted(dask.mentions(), keys).equals(_sorted(local.mentions(), keys))
    documents = [_sorted(s.documents().drop(columns="ingested_at"), ["doc_id"]) for s in (dask, local)]
    assert documents[0].equals(documents[1])
    assert len(list((tmp_path / "out").glob(".merge*"))) == 0
    # a bigger corpus is cut into more groups, so that no group's merge needs more memory than at any other size
    plan = plan_merge(tmp_path / "out", groups=2, min_reports=1, max_reports=100)
    sizes = Counter(group for rows in plan.group_of_row for group in rows if group >= 0)
    assert plan.reports == engine.summary.reports and plan.groups == len(sizes) == -(-plan.reports // 100)
    assert max(sizes.values()) <= plan.reports / plan.groups + plan.largest_block
    # split in runs of whole parts, no more runs than groups: a group reads a file from each run, not from each part
    assert 1 < len(plan.files) <= plan.groups
    every_file = sorted(str(path) for path in files(tmp_path / "out", REPORTS))
    assert sorted(path for paths in plan.files for path in paths) == every_file
    # the merge is planned from a keys file a part: row for row the key columns of that part's month files
    for table in (DOCUMENTS, REPORTS):
        by_part = defaultdict(list)
        for path in files(tmp_path / "out", table):
            by_part[path.name].append(path)
        keys = dict(read_keys(tmp_path / "out", table))
        assert sorted(keys) == sorted(by_part) and max(len(paths) for paths in by_part.values()) > 1
        for name, paths in by_part.items():
            assert keys[name].equals(read_files(paths, table, KEY_COLUMNS[table])), (table, name)


def test_the_parquet_is_read_by_pandas_duckdb_and_dask(engine: DaskEngine, tmp_path: Path) -> None:
    import dask.dataframe as dd

    store = Store(tmp_path / "t.db")
    list(engine.ingest([ROOT / "tests/data/devset"], store, tmp_path / "out"))
    stored = store.events()
    months = sorted({f.parent.name for f in files(tmp_path / "out", EVENTS)})
    assert months == sorted({f"month={d:%Y-%m}" for d in stored["date_start"]})
    by_pandas = pd.read_parquet(tmp_path / "out" / "events")
    assert sorted(by_pandas["event_id"]) == sorted(stored["event_id"])
    assert set(by_pandas["month"].astype(str)) == {m.removeprefix("month=") for m in months}
    by_duckdb = duckdb.sql(f"SELECT month, count(*) AS n FROM read_parquet('{tmp_path}/out/events/*/*.parquet', "
                           "hive_partitioning = true) GROUP BY month").df()
    assert by_duckdb["n"].sum() == len(stored)
    joined = duckdb.sql(f"SELECT count(DISTINCT m.doc_id) FROM read_parquet('{tmp_path}/out/mentions/*/*.parquet') m "
                        f"JOIN read_parquet('{tmp_path}/out/documents/*/*.parquet') d USING (doc_id)").fetchall()
    assert joined == [(len(store.documents()),)]
    by_dask = dd.read_parquet(str(tmp_path / "out" / "mentions")).compute()
    mentions = store.mentions()
    assert sorted(by_dask["mention_id"]) == sorted(pd.read_parquet(tmp_path / "out" / "mentions")["mention_id"])
    assert len(by_dask) == len(mentions) and set(by_dask["event_id"]) == set(mentions["event_id"])


def test_a_text_again_with_another_date_is_a_failed_article_not_a_redate(engine: DaskEngine, tmp_path: Path) -> None:
    text = (ROOT / "tests/data/merge/monday_paper.md").read_text()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text(text)
    (tmp_path / "in" / "b.md").write_text(text.replace("published: 2025-07-21", "published: 2025-07-28"))
    assert "published: 2025-07-21" in text
    results = list(engine.ingest([tmp_path / "in"], Store(tmp_path / "t.db"), tmp_path / "out"))
    assert [r.status for r in results] == ["added", "failed"]
    assert results[1].error == (f"{tmp_path / 'in' / 'b.md'}: the same text as an earlier article of the corpus "
                                "with another publication date; re-dating is done by the local engine (timeline "
                                "ingest without --engine dask)")


def test_what_the_engine_refuses(engine: DaskEngine, tmp_path: Path, seed_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    store.ingest_paths([seed_path])
    with pytest.raises(EngineError, match="already holds articles; --engine dask fills a new or empty store"):
        list(engine.ingest([seed_path], store, tmp_path / "out"))
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "x").write_text("")
    with pytest.raises(EngineError, match="used: already holds files"):
        list(engine.ingest([seed_path], Store(tmp_path / "new.db"), tmp_path / "used"))
    with pytest.raises(StoreError, match="already holds articles"):
        store.load([], [], [])
    with pytest.raises(EngineError, match="--workers sizes a local cluster"):
        DaskEngine("tcp://127.0.0.1:9", workers=2)


def test_a_local_clusters_workers_run_without_the_profiler_on_the_system_allocator(engine: DaskEngine) -> None:
    # LOCAL_WORKER_CONFIG: the profiler's history grew a worker with the time it ran, mimalloc kept freed Arrow
    # memory; the client's own settings are untouched
    enabled = engine.client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert list(enabled.values()) == [False, False]
    assert dask.config.get("distributed.worker.profile.enabled") is True
    pools = engine.client.run(lambda: __import__("pyarrow").default_memory_pool().backend_name)
    assert list(pools.values()) == ["system", "system"]


def test_the_command_line_ingests_on_dask(tmp_path: Path, seed_path: Path) -> None:
    inputs = [str(seed_path), str(ROOT / "tests/data/merge"), str(tmp_path / "missing.md")]
    run = subprocess.run([sys.executable, "-m", "timeline.cli", "ingest", *inputs, "--engine", "dask", "--workers",
                          "2", "--db", str(tmp_path / "d.db")], capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stderr
    assert f"added: {seed_path} (9 events)" in run.stdout
    assert f"failed: {tmp_path / 'missing.md'}: no such file" in run.stderr
    assert "3 added, 0 unchanged, 1 failed" in run.stderr
    assert "merged 14 reports into 10 events (10 blocks, the largest 2 reports; 1 merge task); the store was " \
           f"loaded from {tmp_path / 'd.parquet'}" in run.stderr
    assert (tmp_path / "d.parquet" / "events").is_dir()
    local = Store(tmp_path / "l.db")
    local.ingest_paths(inputs)
    assert _sorted(Store(tmp_path / "d.db").events(), ["event_id"]).equals(_sorted(local.events(), ["event_id"]))
    again = subprocess.run([sys.executable, "-m", "timeline.cli", "ingest", str(seed_path), "--engine", "dask",
                            "--scheduler", "tcp://127.0.0.1:9", "--db", str(tmp_path / "e.db")],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2
    assert again.stderr.startswith("timeline: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
