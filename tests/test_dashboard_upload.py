"""Uploads and downloads without a browser: the pure pieces behind the dashboard's upload area and export buttons."""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from dashboard import downloads, upload
from timeline.article import article_from_bytes
from timeline.errors import ArticleError
from timeline.store import Store

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_d94f917fde063f95.txt"


def _data_url(data: bytes) -> str:
    return "data:text/plain;base64," + base64.b64encode(data).decode("ascii")


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("a.pdf", b"%PDF", "unsupported file type '.pdf' (articles are .txt, .md, .html, .htm)"),
    ("notes", b"text", "unsupported file type '(no suffix)' (articles are .txt, .md, .html, .htm)"),
    ("a.txt", "Genève".encode("latin-1"), "is not UTF-8 text (bad byte at offset 3)"),
    ("a.txt", b"a\x00b", "is a binary file, not text"),
    ("a.md", b"   \n", "the article has no text"),
])
def test_article_from_bytes_names_the_file_and_the_problem(name: str, data: bytes, problem: str) -> None:
    with pytest.raises(ArticleError) as error:
        article_from_bytes(name, data)
    assert str(error.value) == f"{name}: {problem}"


def test_article_from_bytes_reads_front_matter_and_the_override() -> None:
    article = article_from_bytes("seed.txt", SEED.read_bytes(), published=date(2025, 7, 21))
    assert article.published == date(2025, 7, 21) and article.source == "globalnews.store"
    assert article_from_bytes("plain.txt", b"Talks on Monday.").source == "plain.txt"


def finished(worker: upload.UploadWorker, job: str | None,
             started: upload.UploadProgress | None = None) -> list[upload.UploadOutcome]:
    """The outcomes of upload ``job`` once the worker is through it; ``started``, the progress ``start`` gave, is
    the whole answer when the upload was done by then (a done upload is reported once, then forgotten)."""
    if started is not None and started.done:
        return list(started.outcomes)
    deadline = time.monotonic() + 120
    while job is not None and time.monotonic() < deadline:
        progress = worker.progress(job)
        if progress.done:
            return list(progress.outcomes)
        assert {o.status for o in progress.outcomes} <= {"adding", "added", "failed", "unchanged", "redated"}
        time.sleep(0.1)
    raise AssertionError("the upload did not finish within 120 s")


def test_uploads_are_ingested_once_by_the_worker_and_bad_ones_change_nothing(store_path: Path) -> None:
    store = Store(store_path)
    worker = upload.UploadWorker(store_path)
    job, started = worker.start(["seed.txt", "bad.md"],
                                [_data_url(SEED.read_bytes()), _data_url(b"---\nx: [1\n---\nText.")], "")
    assert [o.message for o in started.outcomes][0] in ("seed.txt: adding…", "seed.txt: added, 9 events")
    first = finished(worker, job, started)
    assert [o.status for o in first] == ["added", "failed"]
    assert first[0].message == "seed.txt: added, 9 events"
    assert first[1].message == ("bad.md: not added: front matter line 2 is not YAML (expected ',' or ']', but got "
                                "'<stream end>'): 'x: [1'")
    again = finished(worker, *worker.start("seed.txt", _data_url(SEED.read_bytes()), None))
    assert [o.message for o in again] == ["seed.txt: already stored, nothing changed"]
    big = upload.ingest_upload(store, "big.txt", _data_url(b"x" * (upload.MAX_BYTES + 1)), None)
    assert big.status == "failed" and "more than the 2 MB" in big.message
    job, bad_date = worker.start(["a.txt"], [_data_url(b"Talks.")], "20 July")
    assert job is None and bad_date.done
    assert bad_date.outcomes[0].message == ("a.txt: not added: published date '20 July' is not an ISO date "
                                            "(YYYY-MM-DD)")
    assert store.count() == 9


#: A server in miniature: an UploadWorker that ingests the seed, then waits to be killed.
SERVER_SCRIPT = """
import base64, sys, time
from pathlib import Path
from dashboard.upload import UploadWorker
worker = UploadWorker(Path(sys.argv[1]))
job = worker.submit("seed.txt", "data:text/plain;base64," + base64.b64encode(Path(sys.argv[2]).read_bytes()).decode(),
                    None)
while not worker.progress(job).done:
    time.sleep(0.1)
print("ready", flush=True)
time.sleep(600)
"""


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_upload_worker_ends_when_its_server_is_killed(store_path: Path) -> None:
    """A server killed (SIGKILL: no clean-up runs) leaves no upload worker behind: it sees its parent gone."""
    server = subprocess.Popen([sys.executable, "-c", SERVER_SCRIPT, str(store_path), str(SEED)],
                              stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1])
    try:
        assert server.stdout is not None and server.stdout.readline() == "ready\n"
        workers = [pid for pid in _children(server.pid) if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text()]
        assert len(workers) == 1
    finally:
        os.kill(server.pid, signal.SIGKILL)
        server.wait(timeout=30)
    deadline = time.monotonic() + 20
    while Path(f"/proc/{workers[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not Path(f"/proc/{workers[0]}").exists()
    assert Store(store_path).count() == 9


def test_an_upload_with_another_publication_date_redates_the_stored_article(store_path: Path) -> None:
    """The seed uploaded again with the date field set to 27 July 2025: "Last Monday" becomes 21 July, the deadline
    fifty days on 9 September; still 9 events."""
    store = Store(store_path)
    upload.ingest_upload(store, "seed.txt", _data_url(SEED.read_bytes()), None)
    outcome = upload.ingest_upload(store, "seed.txt", _data_url(SEED.read_bytes()), date(2025, 7, 27))
    assert (outcome.status, outcome.message) == ("redated", "seed.txt: re-dated to 2025-07-27, 9 events")
    dates = store.events().set_index("event_type")["date_start"].dt.strftime("%Y-%m-%d")
    assert (dates["threat"], dates["deadline"], store.count()) == ("2025-07-21", "2025-09-09", 9)


def test_each_export_button_gives_its_format(store_path: Path) -> None:
    store = Store(store_path)
    store.ingest_paths([SEED])
    shown = store.events(event_type=["talks"])
    sent = {e.button_id: downloads.payload(e.button_id, shown, "event_type", date(2025, 8, 1))
            for e in downloads.EXPORTS}
    assert {key: value["filename"] for key, value in sent.items()} == {
        "download-csv": "events.csv", "download-json": "events.json", "download-timelinejs": "events.timeline.json",
        "download-ics": "events.ics", "download-html": "timeline.html"}
    assert len(json.loads(sent["download-json"]["content"])) == 3
    page = sent["download-html"]["content"]
    assert "<script src=" not in page and "Plotly.newPlot" in page
