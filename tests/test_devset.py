"""The hand-made event devset (tests/data/devset): the gold is well-formed, and extraction does not regress.

The scores are those of ``benchmarks/events.py`` (match = same date interval and same event type, one-to-one).
When the extractor was first measured on the devset (13 articles, 141 gold events) it scored
recall 87/141 = 61.7 % and precision 87/138 = 63.0 % (status accuracy 80/87 = 92.0 % over matched events); the
floors below sit a few points under those figures so that a regression fails. The team's targets are recall >= 95 %
and precision >= 85 %: raise the floors as the extractor improves, never lower them to make a change pass.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline.article import read_article
from timeline.schema import EVENT_TYPES, STATUSES

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "data" / "devset"
GOLD_COLUMNS = ["date_text", "date_start", "date_end", "event_type", "status", "note"]
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: Measured at first: recall 61.7 %, precision 63.0 %; with the word-distance extractor tuned on this set, recall
#: 97.2 %, precision 97.2 %, status accuracy 100 %. The parse-based extractor (issue 10), tuned on real news instead,
#: gives 92.2 % (130/141), 90.9 % (130/143) and 97.7 %: a drop of 7 events here against +8.7 points of recall on the
#: real-news development part and +4.6 on its held-out part. General rules for the parses that lost them (a light
#: verb's object, a deadline's date, a date opening a clause after "and", attributions, settings, charges, reference
#: events, inverted and joined conditions) give 98.6 % (139/141), 95.2 % (139/146) and 99.3 %, real news unchanged.
#: Floors a little below; targets 0.95 / 0.85.
RECALL_FLOOR = 0.97
PRECISION_FLOOR = 0.93
STATUS_ACCURACY_FLOOR = 0.98


def _load_benchmark():
    spec = importlib.util.spec_from_file_location("benchmarks_events", ROOT / "benchmarks" / "events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


events_bench = _load_benchmark()
ARTICLES = sorted(DEVSET.glob("*.md"))


def _gold(article: Path) -> pd.DataFrame:
    return pd.read_csv(article.with_suffix(".csv"), dtype=str, keep_default_na=False)


# --- the gold is well-formed -------------------------------------------------------------------------------------

def test_the_devset_has_enough_articles_and_events() -> None:
    assert len(ARTICLES) >= 10
    assert sum(len(_gold(a)) for a in ARTICLES) >= 60
    assert {p.stem for p in DEVSET.glob("*.csv")} == {a.stem for a in ARTICLES}, "every gold table has its article"


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_article_is_well_formed(article: Path) -> None:
    assert re.fullmatch(r"\d{2}_[a-z0-9_]+", article.stem), "NN_short_topic.md"
    parsed = read_article(article)
    assert parsed.published is not None
    assert parsed.title and parsed.source and parsed.url and parsed.url.startswith("https://example.org/")
    assert 150 <= len(parsed.text.split()) <= 350 + 40, "150-350 words of text (plus headline and furniture)"


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_gold_is_well_formed(article: Path) -> None:
    assert article.with_suffix(".csv").is_file(), "every article has a gold CSV beside it"
    gold = _gold(article)
    assert list(gold.columns) == GOLD_COLUMNS
    assert 5 <= len(gold) <= 15
    text = read_article(article).text
    for _, row in gold.iterrows():
        where = f"{article.stem}: {row['date_text']!r}"
        assert row["date_text"] and row["date_text"] in text, f"{where}: date_text is quoted from the article"
        assert ISO_DAY.fullmatch(row["date_start"]) and ISO_DAY.fullmatch(row["date_end"]), where
        start, end = pd.Timestamp(row["date_start"]), pd.Timestamp(row["date_end"])  # raises on 2025-02-30
        assert start <= end, where
        assert row["event_type"] in EVENT_TYPES, where
        assert row["status"] in STATUSES, where
        assert (row["event_type"] == "deadline") == (row["status"] == "deadline"), f"{where}: deadline type <=> status"
    assert not gold.duplicated(["date_start", "date_end", "event_type"]).any(), "one row per (interval, type)"


# --- the scorer ---------------------------------------------------------------------------------------------------

def _frame(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["date_start", "date_end", "event_type", "status"])
    frame["date_text"] = "x"
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def test_score_matches_one_to_one_on_interval_and_type() -> None:
    gold = _frame([("2025-07-14", "2025-07-14", "threat", "occurred"),
                   ("2025-06-01", "2025-06-10", "talks", "occurred"),
                   ("2025-09-02", "2025-09-02", "deadline", "deadline")])
    system = _frame([("2025-07-14", "2025-07-14", "threat", "proposed"),      # match, wrong status
                     ("2025-07-14", "2025-07-14", "threat", "occurred"),      # duplicate: a false alarm
                     ("2025-06-01", "2025-06-30", "talks", "occurred"),       # wrong interval
                     ("2025-09-02", "2025-09-02", "statement", "deadline")])  # wrong type
    result = events_bench.score(gold, system)
    assert (result.gold, result.system, result.matched) == (3, 4, 1)
    assert result.recall == pytest.approx(1 / 3) and result.precision == pytest.approx(1 / 4)
    assert result.status_correct == 1, "the pair with equal statuses is preferred"
    assert len(result.misses) == 2 and len(result.false_alarms) == 3 and result.status_errors.empty


def test_score_counts_status_errors_and_undated_rows() -> None:
    gold = _frame([("2025-07-21", "2025-07-27", "talks", "proposed")])
    system = _frame([("2025-07-21", "2025-07-27", "talks", "planned")])
    system.loc[1] = [pd.NaT, pd.NaT, "deadline", "deadline", "within months"]
    result = events_bench.score(gold, system)
    assert (result.matched, result.status_correct, len(result.false_alarms)) == (1, 0, 1)
    assert result.status_errors.iloc[0]["gold_status"] == "proposed"
    assert result.status_errors.iloc[0]["system_status"] == "planned"


def test_score_of_empty_tables() -> None:
    empty = _frame([])
    result = events_bench.score(empty, empty)
    assert (result.recall, result.precision, result.status_accuracy) == (1.0, 1.0, 1.0)


# --- extraction does not regress ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def results() -> dict:
    return events_bench.run(DEVSET)


def test_every_article_is_scored(results: dict) -> None:
    assert set(results) == {a.stem for a in ARTICLES}


def test_recall_floor(results: dict) -> None:
    overall = events_bench.total(results)
    assert overall.recall >= RECALL_FLOOR, (
        f"devset recall {overall.matched}/{overall.gold} = {overall.recall:.1%} fell below {RECALL_FLOOR:.0%};"
        " run .venv/bin/python benchmarks/events.py for the misses")


def test_precision_floor(results: dict) -> None:
    overall = events_bench.total(results)
    assert overall.precision >= PRECISION_FLOOR, (
        f"devset precision {overall.matched}/{overall.system} = {overall.precision:.1%} fell below"
        f" {PRECISION_FLOOR:.0%}; run .venv/bin/python benchmarks/events.py for the false alarms")


def test_status_accuracy_floor(results: dict) -> None:
    overall = events_bench.total(results)
    assert overall.status_accuracy >= STATUS_ACCURACY_FLOOR, f"status accuracy {overall.status_accuracy:.1%}"


def test_the_benchmark_prints_the_table_and_listings(results: dict, capsys: pytest.CaptureFixture[str]) -> None:
    assert events_bench.main([str(DEVSET)]) == 0
    out = capsys.readouterr().out
    total_line = re.search(r"^TOTAL\s+(\d+)\s+(\d+)\s+(\d+)\s", out, re.M)
    assert total_line and int(total_line.group(1)) == sum(len(_gold(a)) for a in ARTICLES)
    for heading in ("status accuracy over matched events", "MISSES", "FALSE ALARMS"):
        assert heading in out
