"""The timeline command, run as a real subprocess: output, exit codes, messages and the store it leaves."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pandas as pd

from tests.conftest import first_page, free_port

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline.cli", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_extract_csv_prints_the_nine_seed_rows(seed_path: Path) -> None:
    result = run("extract", str(seed_path), "--format", "csv")
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(io.StringIO(result.stdout), dtype=str)
    assert len(table) == 9
    assert set(zip(table["date_start"], table["date_end"], table["event_type"])) == {
        ("2022-01-01", "2022-04-30", "military"), ("2025-05-01", "2025-05-31", "talks"),
        ("2025-06-01", "2025-06-10", "talks"), ("2025-07-14", "2025-07-14", "threat"),
        ("2025-09-02", "2025-09-02", "deadline"), ("2025-07-19", "2025-07-19", "proposal"),
        ("2025-07-20", "2025-07-20", "statement"), ("2025-07-21", "2025-07-27", "talks"),
        ("2025-06-01", "2025-08-31", "ceasefire")}


def test_extract_published_overrides_and_json_and_output_file(seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    result = run("extract", str(seed_path), "--published", "2025-07-27", "--format", "json", "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    records = json.loads(out.read_text())
    threat = next(r for r in records if r["event_type"] == "threat")
    assert threat["date_start"] == "2025-07-21"  # "Last Monday" said on Sunday 27 July


def test_extract_table_format(seed_path: Path) -> None:
    result = run("extract", str(seed_path), "--format", "table")
    assert result.returncode == 0
    assert "within fifty days" in result.stdout and "2025-W30" in result.stdout


def test_bad_input_is_one_clear_line_not_a_traceback(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"timeline: error: {tmp_path / 'missing.txt'}: no such file"
    bad_date = run("extract", "x.txt", "--published", "20/07/2025")
    assert bad_date.returncode == 2 and "is not an ISO date" in bad_date.stderr
    assert "Traceback" not in result.stderr + bad_date.stderr


def test_ingest_then_export_and_reingest_is_idempotent(seed_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    first = run("ingest", str(seed_path), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "added: " in first.stdout and "(9 events)" in first.stdout
    assert "1 added, 0 unchanged, 0 failed" in first.stderr
    second = run("ingest", str(seed_path.parent), "--db", str(db))
    assert "0 added, 1 unchanged, 0 failed" in second.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 9
    exported = run("export", "--db", str(db), "--format", "csv")
    assert len(pd.read_csv(io.StringIO(exported.stdout))) == 9


def test_ingest_reports_a_bad_file_and_goes_on(seed_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\npublished: yesterday\n---\nTalks.\n")
    db = tmp_path / "t.db"
    result = run("ingest", str(bad), str(seed_path), "--db", str(db))
    assert result.returncode == 1
    assert f"failed: {bad}: published date 'yesterday' is not an ISO date" in result.stderr
    assert "1 added, 0 unchanged, 1 failed" in result.stderr


def test_db_from_environment(seed_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    assert run("ingest", str(seed_path), env={"TIMELINE_DB": str(db)}).returncode == 0
    assert db.exists()


def test_default_db_is_in_the_working_directory(seed_path: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TIMELINE_DB"}
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "ingest", str(seed_path)], cwd=tmp_path,
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0
    assert (tmp_path / "timeline.db").exists()


def test_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database " * 100)
    result = run("export", "--db", str(notes))
    assert result.returncode == 2
    assert f"{notes}: not a timeline store" in result.stderr


def test_timex_lists_the_expressions(seed_path: Path) -> None:
    result = run("timex", str(seed_path), "--format", "csv")
    table = pd.read_csv(io.StringIO(result.stdout))
    assert {"Last Monday", "early June", "the coming week", "this summer"} <= set(table["text"])
    assert table.set_index("text").loc["the coming week", "value"] == "2025-W30"


def test_export_every_format_to_a_file(seed_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert run("ingest", str(seed_path), "--db", str(db)).returncode == 0
    for fmt, name in (("timelinejs", "t.json"), ("timelinejs-csv", "t.csv"), ("ics", "t.ics"),
                      ("parquet", "t.parquet"), ("json", "e.json")):
        result = run("export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    csv_export = run("export", "--db", str(db), "-o", str(tmp_path / "e.csv"))  # CSV: with its column types
    assert csv_export.stderr == f"timeline: wrote {tmp_path / 'e.csv'}, {tmp_path / 'datapackage.json'}\n"
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in descriptor["resources"]] == ["e.csv"]
    assert len(json.loads((tmp_path / "t.json").read_text())["events"]) == 9
    assert len(pd.read_parquet(tmp_path / "t.parquet")) == 9
    assert (tmp_path / "t.ics").read_text().count("BEGIN:VEVENT") == 2


def test_ingest_globs_and_reports_merges(seed_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    run("ingest", str(seed_path), "--db", str(db))
    result = run("ingest", str(ROOT / "tests" / "data" / "merge" / "*.md"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "merged with events already stored" in result.stdout
    assert "2 added, 0 unchanged, 0 failed" in result.stderr


def test_an_undated_article_ingested_again_with_its_date_is_redated(seed_path: Path, tmp_path: Path) -> None:
    """Without a publication date "Last Monday" and the deadline counted from it stay unresolved; given the date
    later, the same article is re-dated in place: 14 July and 2 September 2025, still 9 events, one document."""
    body = seed_path.read_text(encoding="utf-8").split("---\n", 2)[2]
    undated = tmp_path / "kremlin.txt"
    undated.write_text(body, encoding="utf-8")
    db = tmp_path / "t.db"
    first = run("ingest", str(undated), "--db", str(db))
    assert "1 added, 0 unchanged, 0 failed" in first.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT date_start FROM events WHERE event_type = 'threat'").fetchone() == (None,)
    again = run("ingest", str(undated), "--db", str(db), "--published", "2025-07-20")
    assert again.returncode == 0, again.stderr
    assert "redated: " in again.stdout and "(9 events)" in again.stdout
    assert "0 added, 1 re-dated, 0 unchanged, 0 failed" in again.stderr
    with sqlite3.connect(db) as conn:
        dates = dict(conn.execute("SELECT event_type, date_start FROM events WHERE event_type IN "
                                  "('threat', 'deadline')").fetchall())
        counts = [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "mentions")]
    assert dates == {"threat": "2025-07-14", "deadline": "2025-09-02"}
    assert counts == [1, 9, 9]
    undated_again = run("ingest", str(undated), "--db", str(db))  # no date given: the stored one is kept
    assert "0 added, 1 unchanged, 0 failed" in undated_again.stderr


def test_export_filters_are_the_dashboards(seed_path: Path, tmp_path: Path) -> None:
    """July's talks (1 of the seed's 9 events: the coming week), Trump's 3 events as JSON, the one date counted from
    another event (the deadline within fifty days), and a clear error for a type that does not exist."""
    db = tmp_path / "t.db"
    run("ingest", str(seed_path), "--db", str(db))
    july_talks = run("export", "--db", str(db), "--type", "talks", "--from", "2025-07-01", "--to", "2025-07-31")
    assert july_talks.returncode == 0, july_talks.stderr
    assert list(pd.read_csv(io.StringIO(july_talks.stdout))["date_text"]) == ["the coming week"]
    trump = run("export", "--db", str(db), "--actor", "trump", "--status", "occurred", "--status", "deadline",
                "--format", "json")
    assert [(r["event_type"], r["date_start"]) for r in json.loads(trump.stdout)] == [
        ("threat", "2025-07-14"), ("deadline", "2025-09-02")]
    counted = run("export", "--db", str(db), "--basis", "count", "--basis", "context")
    assert list(pd.read_csv(io.StringIO(counted.stdout))[["date_text", "basis"]].itertuples(index=False, name=None)) \
        == [("within fifty days", "count")]
    wrong = run("export", "--db", str(db), "--type", "summit")
    assert wrong.returncode == 2 and "invalid choice: 'summit'" in wrong.stderr and "Traceback" not in wrong.stderr


def test_export_known_as_of_gives_the_table_as_it_stood_that_day(seed_path: Path, tmp_path: Path) -> None:
    """The wire of 16 July reports 3 events; the seed of 20 July adds 7 (and 2 the wire had); paper-b of 21 July
    adds none but a second date for Sunday's statement (Saturday)."""
    db = str(tmp_path / "t.db")
    merge = ROOT / "tests" / "data" / "merge"
    assert run("ingest", str(seed_path), str(merge / "wednesday_wire.md"), str(merge / "monday_paper.md"),
               "--db", db).returncode == 0
    counts = {}
    for day in ("2025-07-15", "2025-07-16", "2025-07-20", "2025-07-21"):
        result = run("export", "--db", db, "--known-as-of", day, "--format", "json")
        assert result.returncode == 0, result.stderr
        counts[day] = json.loads(result.stdout)
    assert [len(counts[day]) for day in counts] == [0, 3, 10, 10]
    assert {r["source"] for r in counts["2025-07-16"]} == {"wire-a"}
    statement = [r for r in counts["2025-07-20"] if r["event_type"] == "statement" and r["date_start"] > "2025-07-16"]
    assert [(r["mention_count"], r["date_choice"]) for r in statement] == [(1, None)]
    later = next(r for r in counts["2025-07-21"] if r["event_id"] == statement[0]["event_id"])
    assert later["mention_count"] == 2 and later["date_choice"].startswith("reports disagree")
    everything = json.loads(run("export", "--db", db, "--format", "json").stdout)
    assert counts["2025-07-21"] == everything  # every report known: the stored table
    talks = run("export", "--db", db, "--known-as-of", "2025-07-20", "--type", "talks", "--format", "json")
    assert len(json.loads(talks.stdout)) == 3  # the filters apply to the table as it stood
    bad = run("export", "--db", db, "--known-as-of", "July")
    assert bad.returncode == 2 and "is not an ISO date" in bad.stderr


def test_version_is_the_installed_distributions() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout == f"timeline {version('negotiation-timeline')}\n"


def test_dash_reads_the_article_from_standard_input(seed_path: Path, tmp_path: Path) -> None:
    """`-` is standard input: the seed piped in gives its nine events (its front matter dates it), --published
    dates a bare text, ingest stores it as <stdin>, and bytes that are not UTF-8 are one line naming <stdin>."""
    piped = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", "-"], input=seed_path.read_bytes(),
                           capture_output=True, timeout=120)
    assert piped.returncode == 0, piped.stderr
    assert len(pd.read_csv(io.BytesIO(piped.stdout))) == 9
    text = "Envoys said talks would resume in Geneva next Tuesday.\n"
    dated = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", "-", "--published", "2025-07-20",
                            "--format", "json"], input=text, capture_output=True, text=True, timeout=120)
    assert [(r["date_start"], r["event_type"]) for r in json.loads(dated.stdout)] == [("2025-07-22", "talks")]
    db = tmp_path / "t.db"
    ingested = subprocess.run([sys.executable, "-m", "timeline.cli", "ingest", "-", "--db", str(db), "--published",
                               "2025-07-20"], input=text, capture_output=True, text=True, timeout=120)
    assert ingested.stdout == "added: <stdin> (1 events)\n"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT path, source, published FROM documents").fetchall() == [
            ("<stdin>", None, "2025-07-20")]
    binary = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", "-"], input=b"\xff\xfe",
                            capture_output=True, timeout=120)
    assert binary.returncode == 2
    assert binary.stderr.decode() == "timeline: error: <stdin>: is not UTF-8 text (bad byte at offset 0)\n"


def test_export_and_serve_refuse_a_store_that_does_not_exist(tmp_path: Path) -> None:
    """A typo in --db is an error naming the file, exit status 2, and no empty store is left behind."""
    for command in (["export"], ["export", "--format", "json"], ["serve", "--port", "1"]):
        result = run(*command, "--db", str(tmp_path / "typo.db"))
        assert result.returncode == 2, command
        assert result.stderr == f"timeline: error: {tmp_path / 'typo.db'}: no such store (ingest articles into it " \
                                "first)\n"
    assert list(tmp_path.iterdir()) == []


def test_serve_creates_the_default_store_with_the_seeds_and_says_so(tmp_path: Path) -> None:
    """With no --db, serve creates ./timeline.db, ingests the seeds into it, says so in one line on stderr before the
    server's own lines, and serves the page."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("TIMELINE_DB", "TIMELINE_SEEDS")}
    server = subprocess.Popen([sys.executable, "-m", "timeline.cli", "serve", "--port", str(port)], cwd=tmp_path,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stderr is not None
        first = server.stderr.readline()
        assert first == (f"timeline: serving {tmp_path / 'timeline.db'}: 9 events from 1 article; the seed articles "
                         f"from {ROOT / 'seeds'} ingested (1 added, 0 unchanged, 0 failed)\n")
        page = first_page(f"http://127.0.0.1:{port}/")
        assert "<title>Negotiation timeline</title>" in page
    finally:
        server.terminate()
        server.wait(timeout=30)
