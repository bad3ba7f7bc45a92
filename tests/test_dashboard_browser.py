"""The real dashboard in headless Chromium: the server is ``dashboard.app.run`` in a subprocess over a SQLite file.

One server per store for the whole module; each test opens a fresh page. Screenshots go to ``artifacts/``.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import icalendar
import pandas as pd
import pytest
from plotly.offline import get_plotlyjs_version

from dashboard.figures import TRACE_TYPES, WEBGL_FROM
from timeline.schema import EVENT_COLUMNS
from timeline.store import Store, default_seeds_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic import make_store  # noqa: E402

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
MERGE = ROOT / "tests" / "data" / "merge"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--enable-unsafe-swiftshader"]  # WebGL in software, as on a machine without GPU
#: Events the seed article yields, and how many of them are talks (May, early June, the coming week).
SEED_EVENTS = 9
SEED_TALKS = 3
#: An article that tries to run script through its text, title and url.
HOSTILE_ARTICLE = """---
title: Talks <script>window.__pwned = 1</script>
published: 2025-07-20
source: hostile.example
url: javascript:window.__pwned = 2
---
Russian and Ukrainian delegations held talks in Istanbul on Monday <script>window.__pwned = 3</script>\
<img src=x onerror="window.__pwned = 4"> but reached no deal.
"""

#: A grid row holding data (the grid gets its rows by page; a row waiting for its page has no row id yet).
LOADED_ROW = ".ag-row[row-id]"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


def _require_chromium() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI: {CHROMIUM} is missing, the browser tests cannot run")
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium to run the browser tests)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def serve(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., str]]:
    """Start ``dashboard.app.run`` on a free port over a new store (seeded, as ``run`` does, when empty), optionally
    holding ``synthetic`` events (benchmarks/synthetic.py) or ingesting article files first; returns the base URL.
    Servers stop at the end of the module."""
    processes: list[subprocess.Popen[bytes]] = []

    def start(*articles: Path, synthetic: int = 0) -> str:
        db = tmp_path_factory.mktemp("store") / "timeline.db"
        Store(db)  # run() serves only a store that exists (it creates only the default one)
        if synthetic:
            make_store(db, synthetic)
        if articles:
            Store(db).ingest_paths([default_seeds_dir(), *articles])
        port = _free_port()
        code = f"from dashboard.app import run; run({str(db)!r}, port={port})"
        log = db.with_suffix(".log")
        with log.open("wb") as sink:  # a file, not a pipe: the request log must never fill a buffer and block
            process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=sink, stderr=sink)
        processes.append(process)
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"the dashboard exited: {log.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(url, timeout=1):
                    return url
            except OSError:
                time.sleep(0.1)
        pytest.fail("the dashboard did not answer within 30 s")

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def base_url(serve: Callable[..., str]) -> str:
    """The dashboard over a store holding only the seed article (ingested by ``run`` itself)."""
    return serve()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _require_chromium()
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1440, "height": 1100}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"errors in the page: {errors}"


def open_view(page: object, url: str, rows: int) -> None:
    """Open ``url`` and wait until the grid shows ``rows`` rows."""
    page.goto(url)
    wait_for_rows(page, rows)


def grid_rows(page: object) -> object:
    return page.locator(f"#events-grid .ag-center-cols-container {LOADED_ROW}")


def wait_for_rows(page: object, rows: int) -> None:
    """Wait until the grid and the count both show ``rows`` rows; on timeout, say what the page shows instead."""
    try:
        page.wait_for_function(
            f"n => document.querySelectorAll('#events-grid .ag-center-cols-container {LOADED_ROW}').length === n "
            "&& document.querySelector('#count').textContent.startsWith(n + ' of')", arg=rows, timeout=15000)
    except sync_api.TimeoutError:
        shown = grid_rows(page).count(), page.locator("#count").text_content(), page.url
        pytest.fail(f"expected {rows} rows; grid rows, count and url are {shown}")


def drawn_items(page: object) -> int:
    """Markers and bars drawn in the main plot (not the range slider's copy)."""
    return page.locator("#timeline .cartesianlayer .scatterlayer path.point, "
                        "#timeline .cartesianlayer .barlayer g.point").count()


def grid_column(page: object, field: str) -> list[str]:
    return grid_rows(page).locator(f"[col-id='{field}']").all_inner_texts()


def test_seed_events_are_drawn_and_listed(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    page.wait_for_function("() => document.querySelectorAll('#timeline .cartesianlayer .point').length > 0")
    assert drawn_items(page) == SEED_EVENTS
    assert page.locator("#count").inner_text() == f"{SEED_EVENTS} of {SEED_EVENTS} events"
    assert page.locator("#timeline .cartesianlayer .scatterlayer path.point").count() == 4  # day events
    assert page.locator("#timeline .cartesianlayer .barlayer g.point").count() == 5  # intervals
    assert "deadline" in grid_column(page, "event_type")
    assert page.locator("#timeline .rangeslider-container").count() == 1
    page.screenshot(path=str(ARTIFACTS / "dashboard-main.png"), full_page=True)


def test_type_filter_changes_plot_table_and_link(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    page.get_by_label("talks", exact=True).check()
    wait_for_rows(page, SEED_TALKS)
    assert set(grid_column(page, "event_type")) == {"talks"}
    page.wait_for_function(f"() => document.querySelectorAll('#timeline .cartesianlayer .point').length "
                           f"=== {SEED_TALKS}")
    assert parse_qs(urlparse(page.url).query) == {"type": ["talks"]}
    page.screenshot(path=str(ARTIFACTS / "dashboard-talks.png"), full_page=True)
    page.get_by_label("talks", exact=True).uncheck()  # back to the default view
    wait_for_rows(page, SEED_EVENTS)
    page.wait_for_function(f"() => document.querySelectorAll('#timeline .cartesianlayer .point').length "
                           f"=== {SEED_EVENTS}")
    assert urlparse(page.url).query == ""


def test_actor_filter_keeps_events_naming_the_actor(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    page.locator("#filter-actor").click()
    page.get_by_role("option", name="Donald Trump").click()
    page.keyboard.press("Escape")
    wait_for_rows(page, 3)  # the threat, the deadline it sets, the summer ceasefire he wants
    assert set(grid_column(page, "event_type")) == {"threat", "deadline", "ceasefire"}
    assert parse_qs(urlparse(page.url).query) == {"actor": ["Donald Trump"]}


def test_csv_download_holds_exactly_the_filtered_rows(page: object, base_url: str, tmp_path: Path) -> None:
    open_view(page, base_url + "?type=talks", SEED_TALKS)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename == "events.csv"
    target = tmp_path / "events.csv"
    download.save_as(target)
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == EVENT_COLUMNS
    assert len(frame) == SEED_TALKS and set(frame["event_type"]) == {"talks"}
    assert sorted(frame["event_id"]) == sorted(grid_rows(page).evaluate_all(
        "rows => rows.map(r => r.getAttribute('row-id'))"))
    assert frame["date_start"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert list(frame["date_start"]) == ["2025-05-01", "2025-06-01", "2025-07-21"]


def test_a_copied_link_reopens_the_same_view(page: object, base_url: str) -> None:
    open_view(page, base_url + "?type=talks&lane=actors&asof=2025-08-01&q=Russia", SEED_TALKS)
    assert page.get_by_label("talks", exact=True).is_checked()
    assert page.get_by_label("by actor", exact=True).is_checked()
    assert page.get_by_label("Search text").input_value() == "Russia"
    ticks = page.locator("#timeline .yaxislayer-above .ytick text").all_text_contents()
    assert "Russia" in ticks and "talks" not in ticks


def test_deadline_countdown_follows_the_as_of_date(page: object, base_url: str) -> None:
    open_view(page, base_url + "?type=deadline&asof=2025-08-21", 1)
    assert grid_column(page, "countdown") == ["12 days left"]
    assert "12 days left" in page.locator("#timeline .cartesianlayer .scatterlayer text").all_text_contents()
    assert page.locator("#timeline .shapelayer path").count() >= 1  # the dashed "as of" line
    as_of = page.get_by_label("As of")
    as_of.fill("2025-09-05")
    as_of.press("Enter")
    page.wait_for_function("() => document.querySelector('#events-grid [col-id=countdown].ag-cell')"
                           "?.textContent === 'expired 3 days ago'", timeout=15000)
    assert "asof=2025-09-05" in page.url
    page.goto(base_url + "?asof=2025-07-25")
    wait_for_rows(page, SEED_EVENTS)
    page.screenshot(path=str(ARTIFACTS / "dashboard-as-of.png"), full_page=True)


def test_keyboard_alone_filters_and_opens_an_event(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    page.get_by_label("Search text").focus()
    page.keyboard.type("Trump")
    page.keyboard.press("Enter")
    wait_for_rows(page, 3)
    page.get_by_label("talks", exact=True).focus()
    page.keyboard.press("Space")
    wait_for_rows(page, 0)
    page.keyboard.press("Space")
    wait_for_rows(page, 3)
    page.locator("#events-grid .ag-center-cols-container .ag-row[row-index='0'] [col-id='date_start']").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    page.wait_for_selector("#detail mark")
    second_date_text = grid_rows(page).and_(page.locator("[row-index='1']")).locator("[col-id='date_text']")
    assert page.locator("#detail mark").inner_text() == second_date_text.inner_text()


def test_every_control_is_labelled_and_reachable_with_tab(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    labels = page.locator(".controls .field-label").all_text_contents()
    reached: set[str] = set()
    page.locator("h1").click()
    for _ in range(60):
        page.keyboard.press("Tab")
        reached.add(page.evaluate(
            "() => { const a = document.activeElement; const f = a.closest('.field');"
            " return f ? f.querySelector('.field-label').textContent"
            " : a.closest('#events-grid') ? 'grid' : a.id || a.tagName; }"))
    buttons = {"download-csv", "download-json", "download-timelinejs", "download-ics", "download-html",
               "upload-button"}
    assert set(labels) | {"Publication date (optional)", "grid"} | buttons <= reached
    assert len(labels) == 8


def test_dropdowns_and_date_fields_are_named_by_their_visible_labels(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    for label, control in (("Actor", "#filter-actor"), ("Source", "#filter-source"),
                           ("Dates between", "#filter-dates-start"), ("As of", "#as-of"),
                           ("Publication date (optional)", "#upload-published")):
        page.wait_for_function("([c, l]) => document.querySelector(c).getAttribute('aria-labelledby') === null"
                               " || document.querySelector(c).getAttribute('aria-labelledby').startsWith(l)",
                               arg=[control, control[1:] + "-label"])
        assert page.get_by_label(label, exact=False).first.evaluate("e => '#' + e.id") == control
    assert page.get_by_role("button", name=re.compile(r"^Actor\b")).get_attribute("id") == "filter-actor"
    assert page.get_by_role("button", name=re.compile(r"^Source\b")).get_attribute("id") == "filter-source"
    page.get_by_role("button", name=re.compile(r"^Actor\b")).focus()
    page.keyboard.press("Enter")
    page.get_by_role("option", name="Donald Trump").click()
    page.keyboard.press("Escape")
    wait_for_rows(page, 3)
    assert re.match(r"^Actor\b.*Donald Trump", page.locator("#filter-actor").evaluate(
        "e => e.getAttribute('aria-labelledby').split(' ').map(i => document.getElementById(i)?.textContent || '')"
        ".join(' ')"))


def test_the_upload_button_opens_the_file_picker_by_mouse_and_keyboard(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    button = page.get_by_role("button", name="Choose article files…")
    with page.expect_file_chooser() as chooser:
        button.click()
    assert chooser.value.is_multiple()
    # Enter and Space: the picker opens by a click on the zone's file input. That click is what is checked, not a
    # second real picker: with one intercepted picker pending, headless Chromium now and then shows no other (the
    # input's click arrives and no "filechooser" follows) on a loaded machine.
    page.evaluate("() => { window.pickerOpens = 0; document.addEventListener('click', e => { if (e.target.matches("
                  "'.upload-zone input[type=file]')) window.pickerOpens += 1; }, true); }")
    for opens, key in enumerate(("Enter", "Space"), start=1):
        button.focus()
        page.keyboard.press(key)
        page.wait_for_function(f"() => window.pickerOpens === {opens}")
    button.focus()
    page.keyboard.press("Tab")  # the zone's own file input is hidden: no invisible stop between the two fields
    assert page.evaluate("() => document.activeElement.id") == "upload-published"
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("() => document.activeElement.id") == "upload-button"


def _download(page: object, button: str, target_dir: Path) -> Path:
    with page.expect_download() as download_info:
        page.get_by_role("button", name=button, exact=True).click()
    download = download_info.value
    target = target_dir / download.suggested_filename
    download.save_as(target)
    return target


def test_every_export_holds_the_filtered_view(page: object, base_url: str, browser: object,
                                              tmp_path: Path) -> None:
    open_view(page, base_url + "?type=talks", SEED_TALKS)
    shown = sorted(grid_rows(page).evaluate_all("rows => rows.map(r => r.getAttribute('row-id'))"))
    records = json.loads(_download(page, "JSON", tmp_path).read_text(encoding="utf-8"))
    assert sorted(r["event_id"] for r in records) == shown and {r["event_type"] for r in records} == {"talks"}
    timeline_js = _download(page, "TimelineJS", tmp_path)
    assert timeline_js.name == "events.timeline.json"
    assert len(json.loads(timeline_js.read_text(encoding="utf-8"))["events"]) == SEED_TALKS
    calendar = icalendar.Calendar.from_ical(_download(page, "Calendar (ICS)", tmp_path).read_bytes())
    vevents = calendar.walk("VEVENT")
    assert [str(e["UID"]).split("@")[0] for e in vevents] == ["36fc13bd0098c878"]  # the proposed talks only
    figure = _download(page, "Figure (HTML)", tmp_path)
    assert figure.name == "timeline.html" and not re.search(r"<script[^>]+src=", figure.read_text(encoding="utf-8"))
    offline = browser.new_context(offline=True)
    try:
        standalone = offline.new_page()
        standalone.goto(figure.as_uri())
        standalone.wait_for_selector(".plot-container .cartesianlayer .point", timeout=15000)
        points = standalone.locator(".cartesianlayer .scatterlayer path.point, .cartesianlayer .barlayer g.point")
        assert points.count() == SEED_TALKS
        assert standalone.locator(".modebar-btn[data-title*='png' i]").count() == 1
    finally:
        offline.close()
    assert page.locator("#timeline .modebar-btn[data-title*='png' i]").count() == 1  # PNG: plotly's own button


def test_every_report_of_an_event_is_listed_with_its_own_date(page: object, serve: Callable[..., str]) -> None:
    url = serve(*sorted(MERGE.glob("*.md")))
    open_view(page, url + "?type=threat", 1)
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='summary']").first.click()
    page.wait_for_selector("#detail .mentions")
    assert page.locator("#mentions-heading").inner_text() == "Reported by 2 articles"
    heads = page.locator("#detail .mention-head").all_inner_texts()
    assert len(heads) == 2 and all("2025-07-14" in head for head in heads)
    assert {head.split(" · ")[0] for head in heads} == {"wire-a", "globalnews.store"}
    assert page.locator("#detail .mention mark").all_inner_texts() == ["Monday", "Last Monday"]
    assert page.locator("#detail .mention a[href='https://example.org/wire-a/trump-fifty-days']").count() == 1
    assert "all 2 reports agree" in page.locator("#detail .date-choice").inner_text()
    page.goto(url + "?type=statement&from=2025-07-20&to=2025-07-20")
    wait_for_rows(page, 1)
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='summary']").first.click()
    page.wait_for_selector("#detail .mentions")
    assert page.locator("#detail .date-choice").inner_text().startswith("reports disagree: Sunday = 2025-07-20")
    page.screenshot(path=str(ARTIFACTS / "dashboard-mentions.png"), full_page=True)


def _file(name: str, data: bytes) -> dict[str, object]:
    return {"name": name, "mimeType": "text/plain", "buffer": data}


def test_uploaded_articles_are_added_and_bad_files_named(page: object, serve: Callable[..., str]) -> None:
    url = serve()
    open_view(page, url, SEED_EVENTS)
    page.get_by_label("Publication date (optional)").fill("not a date")
    page.set_input_files("#upload input[type=file]", files=[_file("wire.md", (MERGE / "wednesday_wire.md").read_bytes())])
    page.wait_for_selector("#upload-status li")
    assert page.locator("#upload-status").inner_text() == (
        "wire.md: not added: published date 'not a date' is not an ISO date (YYYY-MM-DD)")
    page.get_by_label("Publication date (optional)").fill("")
    good = [_file(path.name, path.read_bytes()) for path in sorted(MERGE.glob("*.md"))]
    bad = [_file("latin1.txt", "Talks in Genève on Monday.".encode("latin-1")),
           _file("front.md", b"---\ntitle: Talks: day one\n---\nTalks on Monday."),
           _file("empty.txt", b""), _file("report.pdf", b"%PDF-1.4"),
           _file("huge.txt", b"Talks resumed on Monday. " * 90_000)]
    page.set_input_files("#upload input[type=file]", files=good + bad)
    wait_for_rows(page, 11)  # 9 seed events + 5 reports, 3 of them of events already stored (see test_store_merge)
    messages = page.locator("#upload-status li").all_inner_texts()
    assert messages == [
        "monday_paper.md: added, 2 events, 2 of them already reported by other articles",
        "wednesday_wire.md: added, 4 events, 2 of them already reported by other articles",
        "latin1.txt: not added: is not UTF-8 text (bad byte at offset 12)",
        "front.md: not added: front matter line 2 is not YAML (mapping values are not allowed here; a value holding "
        "': ' needs quotes): 'title: Talks: day one'",
        "empty.txt: not added: the article has no text",
        "report.pdf: not added: unsupported file type '.pdf' (articles are .txt, .md, .html, .htm)",
        "huge.txt: not added: is 2.1 MB, more than the 2 MB an upload may be",
    ]
    assert page.locator("#upload-status .upload-failed").count() == 5
    assert "up to 2 MB per file" in page.locator("#upload-limits").inner_text()
    page.locator("#filter-source").click()
    page.get_by_role("option", name="wire-a", exact=True).wait_for()
    # every event paper-b reports was reported first by the seed: it is a source of theirs all the same
    page.get_by_role("option", name="paper-b", exact=True).click()
    page.keyboard.press("Escape")
    wait_for_rows(page, 2)
    assert set(grid_column(page, "source")) == {"globalnews.store"}
    assert parse_qs(urlparse(page.url).query) == {"source": ["paper-b"]}
    page.goto(url)
    wait_for_rows(page, 11)
    page.set_input_files("#upload input[type=file]", files=good[:1])
    page.wait_for_function("() => document.querySelector('#upload-status').textContent.includes('already stored')")
    assert page.locator("#upload-status li").all_inner_texts() == ["monday_paper.md: already stored, nothing changed"]
    wait_for_rows(page, 11)
    page.set_input_files("#upload input[type=file]", files=[_file("hostile.md", HOSTILE_ARTICLE.encode())])
    wait_for_rows(page, 12)
    page.goto(url + "?source=hostile.example")
    wait_for_rows(page, 1)
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='summary']").first.click()
    page.wait_for_selector("#detail blockquote")
    assert "<script>window.__pwned = 3</script>" in page.locator("#detail blockquote").first.inner_text()
    assert page.locator("#detail script, #detail img, #detail a[href^='javascript']").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    page.screenshot(path=str(ARTIFACTS / "dashboard-upload.png"), full_page=True)


def test_clicking_an_event_opens_its_sentence_with_the_date_highlighted(page: object, base_url: str) -> None:
    open_view(page, base_url + "?type=deadline", 1)
    point = page.locator("#timeline .cartesianlayer .scatterlayer path.point").first
    point.hover(force=True)
    hover = page.locator("#timeline .hoverlayer .hovertext")
    hover.wait_for()
    assert "within fifty days" in hover.text_content() and "sanctions" in hover.text_content()
    point.click(force=True)
    page.wait_for_selector("#detail mark")
    assert page.locator("#detail mark").inner_text() == "within fifty days"
    assert "fifty days" in page.locator("#detail blockquote").inner_text()
    assert page.locator("#detail a[href^='https://globalnews.store/']").count() == 1
    page.screenshot(path=str(ARTIFACTS / "dashboard-detail.png"), full_page=True)


def test_article_markup_is_shown_as_text_and_never_runs(page: object, serve: Callable[..., str],
                                                         tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    url = serve(article)
    open_view(page, url + "?source=hostile.example", 1)
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='summary']").first.click()
    page.wait_for_selector("#detail blockquote")
    page.locator("#timeline .cartesianlayer .point").first.hover(force=True)
    assert "<script>window.__pwned = 3</script>" in page.locator("#detail blockquote").inner_text()
    assert page.locator("#detail script, #detail img, #detail a[href^='javascript']").count() == 0
    assert page.evaluate("() => window.__pwned") is None


def test_a_large_view_is_drawn_with_webgl_by_the_dashboards_own_plotly_js(page: object,
                                                                         serve: Callable[..., str]) -> None:
    url = serve(synthetic=WEBGL_FROM + 500)
    scripts: list[str] = []
    page.on("request", lambda request: scripts.append(request.url) if request.resource_type == "script" else None)
    page.goto(url)
    page.wait_for_selector(f"#events-grid .ag-center-cols-container {LOADED_ROW}")
    page.wait_for_function("() => (document.querySelector('#timeline .js-plotly-plot')?._fullData || [])"
                           ".some(t => t.type === 'scattergl' && t._length > 0)")
    assert page.locator("#count").inner_text() == f"{WEBGL_FROM + 500} of {WEBGL_FROM + 500} events"
    # the figure comes once, with the layout: the page's HTML (its validation layout) leaves it out
    assert "scattergl" not in page.request.get(url).text()
    assert "drawn with WebGL" in page.locator("#timeline .annotation-text").all_text_contents()[-1]
    # the WebGL canvas holds drawn pixels (plotly keeps its drawing buffer)
    painted = page.evaluate("""() => {
        const gl = document.querySelector('#timeline canvas.gl-canvas-context');
        const copy = document.createElement('canvas');
        copy.width = gl.width; copy.height = gl.height;
        const ctx = copy.getContext('2d');
        ctx.drawImage(gl, 0, 0);
        const pixels = ctx.getImageData(0, 0, copy.width, copy.height).data;
        let count = 0;
        for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { count++; } }
        return count;
    }""")
    assert painted > 10_000
    assert page.evaluate("() => Plotly.version") == get_plotlyjs_version()
    assert set(page.evaluate("() => Object.keys(Plotly.PlotSchema.get().traces)")) == set(TRACE_TYPES)
    assert any("/assets/plotly-timeline.min.js" in script for script in scripts)
    assert not any("plotly.min.js" in script.rsplit("/", 1)[-1] for script in scripts)  # never the full bundle
    # one WebGL context; the focus layer, which draws selections, gets its own once the box select tool is picked
    layers = "() => document.querySelector('#timeline .js-plotly-plot')._fullLayout._glcanvas.data().map(d => !!d.regl)"
    assert page.evaluate(layers) == [True, False, False]
    # ...and without multisampling (the bundle's no-multisampling patch; the traces antialias their own edges)
    assert page.evaluate("() => document.querySelector('#timeline canvas.gl-canvas-context').getContext('webgl')"
                         ".getContextAttributes().antialias") is False
    page.evaluate("() => { const gd = document.querySelector('#timeline .js-plotly-plot');"
                  " gd.on('plotly_selected', (event) => { window.__selected = event ? event.points.length : 0; }); }")
    page.locator("#timeline .modebar-btn[data-val='select']").click()
    page.wait_for_function(f"() => ({layers})()[1]")
    box = page.locator("#timeline .nsewdrag").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.2, box["y"] + 5)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.5, steps=5)
    page.mouse.up()
    page.wait_for_function("() => window.__selected > 0")
