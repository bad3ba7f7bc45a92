"""The real dashboard in headless Chromium: the server is ``dashboard.app.run`` in a subprocess over a SQLite file.

One server per store for the whole module; each test opens a fresh page. Screenshots go to ``artifacts/``.
"""

from __future__ import annotations

import base64
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

from dashboard.density import DENSITY_FROM
from dashboard.figures import TRACE_TYPES, WEBGL_FROM
from timeline.schema import EVENT_COLUMNS
from timeline.store import Store, default_seeds_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic import make_store  # noqa: E402

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
MERGE = ROOT / "tests" / "data" / "merge"
DEVSET = ROOT / "tests" / "data" / "devset"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--enable-unsafe-swiftshader"]  # WebGL in software, as on a machine without GPU
#: Events the seed article yields, and how many of them are talks (May, early June, the coming week).
SEED_EVENTS = 9
SEED_TALKS = 3
#: Events of the development store: the seed's 9 and the 143 the dev set's articles give, one reported by both.
DEV_EVENTS = 151
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

#: Base URL of each server the tests started -> its store file.
STORES: dict[str, Path] = {}

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
    holding ``synthetic`` events (benchmarks/synthetic.py) or ingesting article files first; returns the base URL
    (STORES maps it to the store file). Servers stop at the end of the module."""
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
        STORES[url] = db
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
def dev_url(serve: Callable[..., str]) -> str:
    """The dashboard over the development store: the seed and the 13 dev-set articles (DEV_EVENTS events)."""
    return serve(*sorted(DEVSET.glob("*.md")))


@pytest.fixture(scope="module")
def stores(serve: Callable[..., str], base_url: str, dev_url: str) -> dict[str, str]:
    """The four stores the timeline is judged on, by name: seed (9 events), dev set (151), synthetic 400 and
    synthetic 5,000 (benchmarks/synthetic.py, drawn with WebGL)."""
    return {"seed": base_url, "devset": dev_url, "synthetic-400": serve(synthetic=400),
            "synthetic-5000": serve(synthetic=5000)}


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
    """A fresh page; the test fails on any error the page throws or logs to its console."""
    context = browser.new_context(viewport={"width": 1440, "height": 1100}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    yield page
    context.close()
    assert errors == [], f"errors in the page: {errors}"


def open_view(page: object, url: str, rows: int) -> None:
    """Open ``url`` and wait until the grid shows ``rows`` rows."""
    page.goto(url)
    wait_for_rows(page, rows)


def autoscale(page: object, done: str, tries: int = 3) -> None:
    """Click the timeline's Autoscale button until the page function ``done`` holds: on a loaded machine a click can
    land on a figure that a callback still in flight then draws over, and that zoom is lost with it."""
    for _ in range(tries - 1):
        page.locator("#timeline .modebar-btn[data-title='Autoscale']").click()
        try:
            page.wait_for_function(done, timeout=10000)
            return
        except sync_api.TimeoutError:
            continue
    page.locator("#timeline .modebar-btn[data-title='Autoscale']").click()
    page.wait_for_function(done)


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


#: Markers and bars drawn in the main plot (not the range slider's copy, nor the labels' invisible anchors).
MARKS = "#timeline .cartesianlayer .overplot > .xy"
POINTS = f"{MARKS} .scatterlayer path.point"
BARS = f"{MARKS} .barlayer g.point"


def drawn_items(page: object) -> int:
    """Markers and bars drawn in the main plot."""
    return page.locator(f"{POINTS}, {BARS}").count()


#: Every text the plot shows, with its box; labels are those of the labels' own subplot (dashboard/labels.py).
TEXTS_JS = """root => {
    const gd = document.querySelector(root);
    const area = gd.querySelector('.draglayer .xy .nsewdrag').getBoundingClientRect();
    const shown = t => {
        const style = getComputedStyle(t), box = t.getBoundingClientRect();
        return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0
            && style.fill !== 'rgba(0, 0, 0, 0)' && t.textContent.trim() !== '';
    };
    const texts = [...gd.querySelectorAll('svg text')].filter(shown).map(t => {
        const b = t.getBoundingClientRect();
        return {text: t.textContent, label: !!t.closest('.overplot > .x2y'), slider: !!t.closest('.rangeslider-container'),
                left: b.left, right: b.right, top: b.top, bottom: b.bottom};
    });
    return {area: {left: area.left, right: area.right, top: area.top, bottom: area.bottom}, texts: texts};
}"""


def assert_no_text_collides(page: object, root: str = "#timeline .js-plotly-plot",
                            expected_labels: int | None = None, at_least: int = 0) -> list[str]:
    """Fail when two texts of the plot overlap (by more than half a pixel), when a label is not wholly inside the
    plot area, or when the range slider shows a text; return the labels shown."""
    found = page.evaluate(TEXTS_JS, root)
    texts, area = found["texts"], found["area"]
    assert [t["text"] for t in texts if t["slider"]] == []
    labels = [t for t in texts if t["label"]]
    cut = [t["text"] for t in labels if t["left"] < area["left"] - 0.5 or t["right"] > area["right"] + 0.5
           or t["top"] < area["top"] - 0.5 or t["bottom"] > area["bottom"] + 0.5]
    assert cut == [], f"labels cut at the plot's edge: {cut}"
    ordered = sorted(texts, key=lambda t: t["left"])
    overlaps = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b["left"] >= a["right"] - 0.5:
                break
            if min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 0.5:
                overlaps.append((a["text"], b["text"]))
    assert overlaps == [], f"{len(overlaps)} overlapping texts, e.g. {overlaps[:5]}"
    if expected_labels is not None:
        assert len(labels) == expected_labels
    assert len(labels) >= at_least
    return [t["text"] for t in labels]


def wait_for_labels(page: object, after: int = 0) -> int:
    """Wait until the label layout has run more than ``after`` times (it runs after every draw); its count."""
    page.wait_for_function("n => Number(document.querySelector('#timeline .js-plotly-plot')"
                           "?.getAttribute('data-labels-laid-out') || 0) > n", arg=after, timeout=30000)
    return int(page.locator("#timeline .js-plotly-plot").get_attribute("data-labels-laid-out"))


def grid_column(page: object, field: str) -> list[str]:
    return grid_rows(page).locator(f"[col-id='{field}']").all_inner_texts()


def test_seed_events_are_drawn_and_listed(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    page.wait_for_function(f"() => document.querySelectorAll('{POINTS}').length > 0")
    # the opening window leaves "early 2022" out, with its lane: a note says so
    assert drawn_items(page) == SEED_EVENTS - 1
    assert page.locator("#timeline-note").inner_text() == "◀ 1 earlier event, from 2022-01-01"
    assert page.locator("#count").inner_text() == f"{SEED_EVENTS} of {SEED_EVENTS} events"
    assert page.locator(POINTS).count() == 4  # day events
    assert page.locator(BARS).count() == 4  # intervals
    assert "deadline" in grid_column(page, "event_type")
    assert page.locator("#timeline .rangeslider-container").count() == 1
    page.screenshot(path=str(ARTIFACTS / "dashboard-main.png"), full_page=True)


def test_type_filter_changes_plot_table_and_link(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    page.get_by_label("talks", exact=True).check()
    wait_for_rows(page, SEED_TALKS)
    assert set(grid_column(page, "event_type")) == {"talks"}
    page.wait_for_function(f"() => document.querySelectorAll('{POINTS}, {BARS}').length === {SEED_TALKS}")
    assert parse_qs(urlparse(page.url).query) == {"type": ["talks"]}
    page.screenshot(path=str(ARTIFACTS / "dashboard-talks.png"), full_page=True)
    page.get_by_label("talks", exact=True).uncheck()  # back to the default view
    wait_for_rows(page, SEED_EVENTS)
    page.wait_for_function(f"() => document.querySelectorAll('{POINTS}, {BARS}').length === {SEED_EVENTS - 1}")
    assert urlparse(page.url).query == ""


def test_basis_filter_keeps_the_dates_counted_from_another_event(page: object, base_url: str) -> None:
    """The seed's one such date is the deadline within fifty days of Trump's threat; the panel tells its basis."""
    open_view(page, base_url, SEED_EVENTS)
    page.get_by_label("a count from another event", exact=True).check()
    wait_for_rows(page, 1)
    assert grid_column(page, "date_text") == ["within fifty days"]
    assert parse_qs(urlparse(page.url).query) == {"basis": ["count"]}
    grid_rows(page).first.locator("[col-id='date_text']").click()
    page.wait_for_selector("#detail mark")
    assert "Date rests ona count from another event" in page.locator("#detail dl").inner_text().replace("\n", "")


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


def test_opening_the_page_posts_only_the_callbacks_it_needs(page: object, base_url: str) -> None:
    """The view from the URL, the timeline (kept: the page opened on it) and the grid's first page: no more. A
    control or store reporting its own mount as a change would post a callback the first render waits behind."""
    posted: list[list[str]] = []
    page.on("request", lambda request: posted.append(json.loads(request.post_data)["changedPropIds"])
            if "_dash-update-component" in request.url else None)
    open_view(page, base_url, SEED_EVENTS)
    page.wait_for_load_state("networkidle")
    assert sorted(posted) == [["events-grid.getRowsRequest"], ["url.search"], ["url.search"]]


def test_a_copied_link_reopens_the_same_view(page: object, base_url: str) -> None:
    open_view(page, base_url + "?type=talks&lane=countries&asof=2025-08-01&q=Russia", SEED_TALKS)
    assert page.get_by_label("talks", exact=True).is_checked()
    assert page.get_by_label("by country", exact=True).is_checked()
    assert page.get_by_label("Search text").input_value() == "Russia"
    ticks = page.locator("#timeline .yaxislayer-above .ytick text").all_text_contents()
    # "Ukrainian government" and "Ukraine" are one lane: Ukraine
    assert ticks == ["Russia", "Ukraine"]


def test_deadline_countdown_follows_the_as_of_date(page: object, base_url: str) -> None:
    open_view(page, base_url + "?type=deadline&asof=2025-08-21", 1)
    assert grid_column(page, "countdown") == ["12 days left"]
    page.wait_for_function("() => [...document.querySelectorAll('#timeline .overplot > .x2y .textpoint text')]"
                           ".some(t => t.textContent.endsWith('12 days left') && t.style.display !== 'none')")
    assert page.locator("#timeline .shapelayer path").count() >= 1  # the dashed "as of" line
    as_of = page.locator("#as-of")  # (by label, "As of" is in "Known as of" too)
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
    assert len(labels) == 10 and "Date rests on" in labels


def test_dropdowns_and_date_fields_are_named_by_their_visible_labels(page: object, base_url: str) -> None:
    open_view(page, base_url, SEED_EVENTS)
    for label, control in (("Actor", "#filter-actor"), ("Source", "#filter-source"),
                           ("Dates between", "#filter-dates-start"), ("As of", "#as-of"),
                           ("Known as of", "#known-as-of"),
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
        marks = ".cartesianlayer .overplot > .xy"
        points = standalone.locator(f"{marks} .scatterlayer path.point, {marks} .barlayer g.point")
        assert points.count() == SEED_TALKS
        # the label layout runs in the download too: labels where they fit, none cut or overlapping
        standalone.wait_for_function("() => document.querySelector('.js-plotly-plot')"
                                     ".getAttribute('data-labels-laid-out')")
        assert_no_text_collides(standalone, ".js-plotly-plot", at_least=2)
        assert standalone.locator(".modebar-btn[data-title*='png' i]").count() == 1
    finally:
        offline.close()
    assert page.locator("#timeline .modebar-btn[data-title*='png' i]").count() == 1  # PNG: plotly's own button


def test_every_report_of_an_event_is_listed_with_its_own_date(page: object, serve: Callable[..., str]) -> None:
    url = serve(*sorted(MERGE.glob("*.md")))
    open_view(page, url + "?type=threat", 1)
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='headline']").first.click()
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
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='headline']").first.click()
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
    wait_for_rows(page, 10)  # 9 seed events + 5 reports, 4 of them of events already stored (see test_store_merge)
    messages = page.locator("#upload-status li").all_inner_texts()
    assert messages == [
        "monday_paper.md: added, 2 events, 2 of them already reported by other articles",
        "wednesday_wire.md: added, 3 events, 2 of them already reported by other articles",
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
    wait_for_rows(page, 10)
    page.set_input_files("#upload input[type=file]", files=good[:1])
    page.wait_for_function("() => document.querySelector('#upload-status').textContent.includes('already stored')")
    assert page.locator("#upload-status li").all_inner_texts() == ["monday_paper.md: already stored, nothing changed"]
    wait_for_rows(page, 10)
    page.set_input_files("#upload input[type=file]", files=[_file("hostile.md", HOSTILE_ARTICLE.encode())])
    wait_for_rows(page, 11)
    page.goto(url + "?source=hostile.example")
    wait_for_rows(page, 1)
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='headline']").first.click()
    page.wait_for_selector("#detail blockquote")
    assert "<script>window.__pwned = 3</script>" in page.locator("#detail blockquote").first.inner_text()
    assert page.locator("#detail script, #detail img, #detail a[href^='javascript']").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    page.screenshot(path=str(ARTIFACTS / "dashboard-upload.png"), full_page=True)


def test_clicking_an_event_opens_its_sentence_with_the_date_highlighted(page: object, base_url: str) -> None:
    open_view(page, base_url + "?type=deadline", 1)
    point = page.locator(POINTS).first
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
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='headline']").first.click()
    page.wait_for_selector("#detail blockquote")
    page.locator(f"{POINTS}, {BARS}").first.hover(force=True)
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
    assert "drawn with WebGL" in page.locator("#timeline-note").inner_text()
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


#: Store -> (events in it, least number of labels its opening view shows): the seed labels all 8 events in its
#: window; larger views label what fits (WebGL views only where lines and markers leave room).
LABELLED = {"seed": (SEED_EVENTS, SEED_EVENTS - 1), "devset": (DEV_EVENTS, 50), "synthetic-400": (400, 100),
            "synthetic-5000": (5000, 1)}


@pytest.mark.parametrize("store", list(LABELLED))
def test_no_text_of_the_timeline_overlaps_another_or_is_cut(page: object, stores: dict[str, str],
                                                            store: str) -> None:
    events, at_least = LABELLED[store]
    page.goto(stores[store])
    page.wait_for_function(f"() => document.querySelector('#count')?.textContent === '{events} of {events} events'")
    wait_for_labels(page)
    labels = assert_no_text_collides(page, at_least=at_least)
    page.screenshot(path=str(ARTIFACTS / f"timeline-{store}.png"), full_page=True)
    # the PNG button draws the figure's data: it holds the labels shown, no more (an SVG export, counted)
    exported = page.evaluate("() => Plotly.toImage(document.querySelector('#timeline .js-plotly-plot'),"
                             " {format: 'svg'}).then(url => decodeURIComponent(url))")
    assert exported.count('class="textpoint"') == len(labels)
    # zoomed in on the latest month of the window: labels laid out again for the new scale
    count = int(page.locator("#timeline .js-plotly-plot").get_attribute("data-labels-laid-out"))
    page.evaluate("() => { const gd = document.querySelector('#timeline .js-plotly-plot');"
                  " const [a, b] = gd._fullLayout.xaxis.range.map(v => new Date(v).getTime());"
                  " Plotly.relayout(gd, {'xaxis.range': [new Date(b - 40 * 864e5).toISOString(),"
                  " new Date(b).toISOString()]}); }")
    wait_for_labels(page, count)
    assert_no_text_collides(page)
    if store == "seed":
        assert "Trump demands ceasefire" in labels and any(label.startswith("expired ") for label in labels)


def test_status_looks_and_their_key(page: object, base_url: str) -> None:
    """The seed's statuses look different: the proposed talks a hollow bar, the demanded ceasefire hatched, the
    occurred talks solid; the key beneath the timeline names every look."""
    open_view(page, base_url + "?asof=2025-07-20", SEED_EVENTS)
    bars = page.evaluate(f"""() => [...document.querySelectorAll('{BARS} path')].map(p => {{
        const d = p.closest('.point').__data__, trace = p.closest('.trace').__data__[0].trace;
        return [trace.customdata[d.i][0], getComputedStyle(p).fill, getComputedStyle(p).stroke]; }})""")
    look = {event_id: (fill, stroke) for event_id, fill, stroke in bars}
    talks = "rgb(31, 111, 180)"  # TYPE_COLOURS["talks"]
    assert look["36fc13bd0098c878"] == ("rgb(255, 255, 255)", talks)  # proposed talks, the coming week: hollow
    assert look["4d24232a59e7e912"][0] == talks  # talks in May: solid
    ceasefire_fill = page.evaluate(f"""() => [...document.querySelectorAll('{BARS} path')].find(p =>
        p.closest('.trace').__data__[0].trace.name === 'ceasefire').style.fill""")
    assert ceasefire_fill.startswith('url("#')  # hatched: a pattern
    key = page.locator("#timeline .legend2 text.legend2text").all_text_contents()
    assert key == ["occurred", "planned, proposed", "demanded", "hypothetical", "negated", "deadline",
                   "date revised"]


def x_range(page: object) -> list[pd.Timestamp]:
    """The days the timeline shows now."""
    return [pd.Timestamp(v) for v in page.evaluate(
        "() => document.querySelector('#timeline .js-plotly-plot')._fullLayout.xaxis.range")]


def lane_ticks(page: object) -> list[str]:
    return page.locator("#timeline .yaxislayer-above .ytick text").all_text_contents()


def test_the_development_store_opens_on_most_of_its_events(page: object, dev_url: str, tmp_path: Path) -> None:
    """The opening window is chosen from the events: on the dev store (13 negotiations, 2008-2027) it holds most
    of them, not the one 2027 referendum the latest end date would pick."""
    page.goto(dev_url)
    wait_for_labels(page)
    low, high = x_range(page)
    store = Store(tmp_path / "dev.db")
    store.ingest_paths([default_seeds_dir(), *sorted(DEVSET.glob("*.md"))])
    events = store.events()
    inside = ((events["date_start"] < high) & (events["date_end"] + pd.Timedelta(days=1) > low)).sum()
    assert len(events) == DEV_EVENTS and inside > DEV_EVENTS / 2
    assert high - low < pd.Timedelta(days=3 * 365) and high > pd.Timestamp("2025-08-09")  # the latest articles' news
    earlier = int((events["date_end"] + pd.Timedelta(days=1) <= low).sum())
    later = int((events["date_start"] >= high).sum())
    assert page.locator("#timeline-note").inner_text() == (
        f"◀ {earlier} earlier events, from 2008-01-01 · {later} later event, to 2027-12-31 ▶")
    # by country the same events are counted once, though an event of two countries is drawn in both lanes
    page.goto(dev_url + "?lane=countries")
    page.wait_for_function("() => [...document.querySelectorAll('#timeline .yaxislayer-above .ytick text')]"
                           ".some(t => t.textContent === 'Russia')")
    assert page.locator("#timeline-note").inner_text().startswith(f"◀ {earlier} earlier events")
    ticks = lane_ticks(page)
    named = [tick for tick in ticks if tick != "(none)"]
    assert "Russia" in ticks and "Russian government" not in ticks and named == sorted(named, key=str.casefold)
    page.screenshot(path=str(ARTIFACTS / "timeline-devset-countries.png"), full_page=True)


def test_the_note_and_lanes_follow_zoom_and_autoscale(page: object, base_url: str) -> None:
    open_view(page, base_url + "?asof=2025-07-20", SEED_EVENTS)
    assert page.locator("#timeline-note").inner_text() == "◀ 1 earlier event, from 2022-01-01"
    assert "military" not in lane_ticks(page)  # its one event is outside the window: no empty lane
    autoscale(page, "() => document.querySelector('#timeline-note').textContent === ''")
    page.wait_for_function("() => [...document.querySelectorAll('#timeline .yaxislayer-above .ytick text')]"
                           ".some(t => t.textContent === 'military')")
    page.evaluate("() => Plotly.relayout(document.querySelector('#timeline .js-plotly-plot'),"
                  " {'xaxis.range': ['2025-07-01', '2025-08-01']})")
    page.wait_for_function("() => document.querySelector('#timeline-note').textContent.includes('later')")
    assert page.locator("#timeline-note").inner_text() == (
        "◀ 3 earlier events, from 2022-01-01 · 1 later event, to 2025-09-02 ▶")
    page.wait_for_function("() => ![...document.querySelectorAll('#timeline .yaxislayer-above .ytick text')]"
                           ".some(t => t.textContent === 'deadline' || t.textContent === 'military')")
    assert x_range(page)[0] == pd.Timestamp("2025-07-01")  # the redrawn figure keeps the days chosen



def drawn_types(page: object) -> list[str]:
    """The trace types of the timeline as drawn (traces with points only)."""
    return page.evaluate("() => (document.querySelector('#timeline .js-plotly-plot')._fullData || [])"
                         ".filter(t => (t._length || (t.z || []).length) > 0).map(t => t.type)")


def test_more_than_20k_events_on_screen_are_drawn_as_density_until_zoomed_in(page: object,
                                                                               serve: Callable[..., str]) -> None:
    total = DENSITY_FROM + 500
    url = serve(synthetic=total)
    page.goto(url)
    page.wait_for_selector(f"#events-grid .ag-center-cols-container {LOADED_ROW}")
    page.wait_for_function("() => (document.querySelector('#timeline .js-plotly-plot')?._fullData || [])"
                           ".some(t => t.type === 'scattergl' && t._length > 0)")  # the opening window: ~half
    assert "heatmap" not in drawn_types(page)
    autoscale(page, "() => document.querySelector('#timeline-note').textContent.includes('drawn as how many')")
    assert drawn_types(page) == ["heatmap"]
    assert page.locator("#timeline-note").inner_text() == (
        f"{total:,} events on these days, drawn as how many touch each week of each lane: zoom in to fewer than "
        f"{DENSITY_FROM:,} to see them one by one.")
    heat = page.evaluate("() => { const t = document.querySelector('#timeline .js-plotly-plot')._fullData[0];"
                         " return {lanes: t.y, text: t.text[0][1],"
                         " cells: t.z.map(row => Array.from(row).filter(v => v > 0).length).reduce((a, b) => a + b)}; }")
    assert heat["lanes"][:3] == ["talks", "proposal", "statement"] and heat["text"].startswith("week of ")
    assert heat["cells"] > 12 * 200  # 12 types over the four years' weeks
    assert page.locator("#timeline .hm image, #timeline .heatmaplayer image").count() >= 1  # drawn as an image
    page.screenshot(path=str(ARTIFACTS / "timeline-density.png"), full_page=True)
    # zoomed in to half a year: its events one by one again (with WebGL: 2,000 or more), with hover details
    page.evaluate("() => Plotly.relayout(document.querySelector('#timeline .js-plotly-plot'),"
                  " {'xaxis.range': ['2024-01-01', '2024-07-01']})")
    page.wait_for_function("() => !document.querySelector('#timeline-note').textContent.includes('drawn as how many')")
    page.wait_for_function("() => (document.querySelector('#timeline .js-plotly-plot')._fullData || [])"
                           ".some(t => t.type === 'scattergl' && t._length > 0)")
    assert "heatmap" not in drawn_types(page)
    assert "drawn with WebGL" in page.locator("#timeline-note").inner_text()
    assert x_range(page)[0] == pd.Timestamp("2024-01-01")


def revised_marks(page: object) -> int:
    """How many events the timeline marks as revised (their reports gave different dates)."""
    return page.evaluate("() => (document.querySelector('#timeline .js-plotly-plot')._fullData"
                         " .find(t => t.meta === 'revised-marks') || {_length: 0})._length")


def test_known_as_of_shows_the_story_as_it_stood_that_day(page: object, serve: Callable[..., str]) -> None:
    """The wire of 16 July reported 3 events; the seed of 20 July 7 more; paper-b of 21 July gave Sunday's
    statement a second date (Saturday): stepping through the days changes what is drawn."""
    url = serve(*sorted(MERGE.glob("*.md")))
    open_view(page, url + "?known=2025-07-16&asof=2025-07-16", 3)
    assert page.locator("#count").inner_text() == "3 of 3 events"
    assert page.get_by_label("Known as of").input_value() == "2025-07-16"
    assert set(grid_column(page, "source")) == {"wire-a"}
    page.wait_for_function(f"() => document.querySelectorAll('{POINTS}, {BARS}').length === 3")
    assert revised_marks(page) == 0
    known = page.get_by_label("Known as of")
    known.fill("2025-07-20")
    known.press("Enter")
    wait_for_rows(page, 10)
    assert parse_qs(urlparse(page.url).query)["known"] == ["2025-07-20"]
    assert revised_marks(page) == 0  # one report of the statement so far
    known.fill("2025-07-21")
    known.press("Enter")
    page.wait_for_function("() => (document.querySelector('#timeline .js-plotly-plot')._fullData"
                           " .find(t => t.meta === 'revised-marks') || {_length: 0})._length === 1")
    page.goto(url + "?known=2025-07-21&type=statement&from=2025-07-19&to=2025-07-20")
    wait_for_rows(page, 1)
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='headline']").first.click()
    page.wait_for_selector("#detail .history")
    steps = page.locator("#detail .history li").all_inner_texts()
    assert len(steps) == 2 and "globalnews.store said “Sunday” = 2025-07-20" in steps[0]
    assert "paper-b said “Saturday” = 2025-07-19 → shown: 2025-07-20" in steps[1]
    page.screenshot(path=str(ARTIFACTS / "dashboard-known-as-of.png"), full_page=True)
    page.goto(url + "?known=2025-07-20&type=statement&from=2025-07-19&to=2025-07-20")
    wait_for_rows(page, 1)
    page.locator("#events-grid .ag-center-cols-container .ag-row [col-id='headline']").first.click()
    page.wait_for_selector("#detail blockquote")
    assert page.locator("#detail .history").count() == 0  # as of 20 July one report: no history yet


def test_an_upload_that_redates_an_article_redraws(page: object, serve: Callable[..., str]) -> None:
    """The seed uploaded again with another publication date keeps every count the store had: the dashboard
    still redraws (the cache keys on the store's revision): "Last Monday" moves from 14 to 21 July."""
    url = serve()
    open_view(page, url + "?type=threat", 1)
    assert grid_column(page, "date_start") == ["2025-07-14"]
    page.get_by_label("Publication date (optional)").fill("2025-07-27")
    seed = default_seeds_dir() / "000_d94f917fde063f95.txt"
    page.set_input_files("#upload input[type=file]", files=[_file("seed.txt", seed.read_bytes())])
    page.wait_for_function("() => document.querySelector('#upload-status').textContent.includes('re-dated')")
    page.wait_for_function("() => document.querySelector('#events-grid [col-id=date_start].ag-cell')"
                           "?.textContent === '2025-07-21'", timeout=15000)
    day = pd.Timestamp("2025-07-21 12:00").value // 1_000_000  # the marker's middle, in ms
    page.wait_for_function(f"() => [...document.querySelectorAll('{POINTS}')].map(p => p.__data__.x).join() === '{day}'")



# ----------------------------------------------------------------------------------------------- the server
def raw_request(url: str, head: str, body: bytes = b"", send_only: int | None = None) -> str:
    """Send ``head`` (request line and headers, CRLF-separated) and ``body`` (or only its first ``send_only`` bytes)
    on a socket of its own; the status line the server answers."""
    parsed = urlparse(url)
    with socket.create_connection((parsed.hostname, parsed.port), timeout=30) as sock:
        sock.sendall(head.encode() + b"\r\n\r\n" + body[:send_only])
        return sock.makefile("rb").readline().decode().strip()


def test_a_request_naming_another_host_is_refused_and_stores_nothing(page: object,
                                                                     serve: Callable[..., str]) -> None:
    """DNS rebinding: a page of rebind.evil.example, its name re-pointed at 127.0.0.1, posts an upload. The same
    request naming 127.0.0.1 adds the article."""
    url = serve()
    posted: list[str] = []
    page.on("request", lambda r: posted.append(r.post_data) if "upload-request.data" in (r.post_data or "") else None)
    open_view(page, url, SEED_EVENTS)
    page.set_input_files("#upload input[type=file]", files=[_file("wire.md", (MERGE / "wednesday_wire.md").read_bytes())])
    page.wait_for_function("() => document.querySelector('#upload-status').textContent.includes('added')")
    # the same request with another article in it
    other = base64.b64encode((MERGE / "monday_paper.md").read_bytes()).decode()
    body = re.sub(r'"contents":\["data:[^"]*"\]', f'"contents":["data:text/markdown;base64,{other}"]', posted[-1])
    body = body.replace('"names":["wire.md"]', '"names":["paper.md"]').encode()
    port = urlparse(url).port
    for host in ("rebind.evil.example", f"rebind.evil.example:{port}"):
        head = (f"POST /_dash-update-component HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close")
        assert raw_request(url, head, body).split()[1] == "400"
        assert raw_request(url, f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close").split()[1] == "400"
    time.sleep(2)  # time enough for an upload the server had taken
    assert Store(STORES[url]).count() == 10  # the seed and the wire: nothing of paper-b
    head = (f"POST /_dash-update-component HTTP/1.1\r\nHost: localhost:{port}\r\nContent-Type: application/json"
            f"\r\nContent-Length: {len(body)}\r\nConnection: close")
    assert raw_request(url, head, body).split()[1] == "200"  # the allow-list lets the page's own names through


def test_an_oversized_request_is_refused_unread(serve: Callable[..., str]) -> None:
    """A 200 MB request: the server answers 413 after the first megabyte, without waiting for the rest."""
    url = serve()
    port = urlparse(url).port
    head = (f"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json"
            f"\r\nContent-Length: {200 * 1024 * 1024}\r\nConnection: close")
    started = time.monotonic()
    assert raw_request(url, head, b"x" * (1024 * 1024)).split()[1] == "413"
    assert time.monotonic() - started < 10
    assert urllib.request.urlopen(url, timeout=10).status == 200  # and it goes on serving


def test_a_5_mb_search_gives_an_answer_not_a_server_error(page: object, base_url: str) -> None:
    failed: list[int] = []
    page.on("response", lambda r: failed.append(r.status) if r.status >= 500 else None)
    open_view(page, base_url, SEED_EVENTS)
    page.get_by_label("Search text").fill("x" * 5_000_000)
    page.get_by_label("Search text").press("Enter")  # 5 MB in the URL and in each request: allow it time
    page.wait_for_function(f"() => document.querySelector('#count').textContent === '0 of {SEED_EVENTS} events'",
                           timeout=60000)
    page.wait_for_function("() => document.querySelectorAll('#events-grid .ag-row[row-id]').length === 0",
                           timeout=60000)
    assert failed == [] and page.locator("#problem").inner_text() == ""


def test_uploads_dated_at_the_calendars_ends_are_added_and_drawn(page: object, serve: Callable[..., str]) -> None:
    """Publication dates 9999-12-31 and 0001-01-01: the seed's relative dates land at the ends of the calendar
    (or beyond it: those give no event); the timeline draws what remains without an error."""
    url = serve()
    open_view(page, url, SEED_EVENTS)
    seed = (default_seeds_dir() / "000_d94f917fde063f95.txt").read_bytes()
    for day, name, data in (("9999-12-31", "late.txt", seed), ("0001-01-01", "early.txt", seed + b"\n")):
        page.get_by_label("Publication date (optional)").fill(day)
        page.set_input_files("#upload input[type=file]", files=[_file(name, data)])
        page.wait_for_function(f"() => document.querySelector('#upload-status').textContent.startsWith('{name}: ')"
                               " && !document.querySelector('#upload-status').textContent.includes('adding')")
        assert re.fullmatch(rf"{name}: (added|re-dated to {day}), \d+ events?.*",
                            page.locator("#upload-status").inner_text())
    page.goto(url + "?asof=9999-12-01")
    # the view's own figure, not the default one the page opens with (an Autoscale of that one is redrawn over)
    page.wait_for_function("() => document.querySelector('#timeline')?.textContent.includes('as of 9999-12-01')")
    wait_for_labels(page)
    autoscale(page, "() => document.querySelector('#timeline-note').textContent === ''")  # years 1 to 9999 at once
    assert page.locator("#problem").inner_text() == ""
    page.screenshot(path=str(ARTIFACTS / "dashboard-calendar-ends.png"), full_page=True)


def test_a_failed_update_says_so_on_the_page(page: object, serve: Callable[..., str]) -> None:
    """The store file is damaged while the page is open: the next change says what went wrong (the store's own
    words), answered with HTTP 200, never a bare 500; the page keeps what it showed."""
    url = serve()
    statuses: list[int] = []
    page.on("response", lambda r: statuses.append(r.status) if "_dash-update-component" in r.url else None)
    open_view(page, url, SEED_EVENTS)
    STORES[url].write_bytes(b"this is not a database" * 100)
    page.get_by_label("talks", exact=True).check()
    page.wait_for_function("() => document.querySelector('#problem').textContent !== ''")
    assert "timeline.db: not a timeline store (file is not a database)" in page.locator("#problem").inner_text()
    assert page.locator("#count").inner_text() == f"{SEED_EVENTS} of {SEED_EVENTS} events"
    assert not [status for status in statuses if status >= 500]
    page.screenshot(path=str(ARTIFACTS / "dashboard-problem.png"), full_page=True)



def test_an_upload_is_extracted_off_the_request_thread_and_filters_answer_meanwhile(
        page: object, serve: Callable[..., str]) -> None:
    """A 1.9 MB article takes the extractor seconds: the upload's request returns at once (the worker process has
    the file, a line says it is being added), a filter change is answered while it runs, and the article's events
    arrive when it is done."""
    url = serve()
    open_view(page, url, SEED_EVENTS)
    body = (default_seeds_dir() / "000_d94f917fde063f95.txt").read_text(encoding="utf-8").split("---", 2)[2]
    article = "---\npublished: 2025-07-27\nsource: long.example\n---\n" + "\n".join(
        body.replace("Kremlin", f"Kremlin{i}") for i in range(1000))
    assert 1.5 < len(article.encode()) / 2**20 < 2
    with page.expect_response(lambda r: "upload-request.data" in (r.request.post_data or "")) as answer:
        page.set_input_files("#upload input[type=file]", files=[_file("long.md", article.encode())])
    timing = answer.value.request.timing
    assert timing["responseEnd"] - timing["requestStart"] < 3000  # not the extraction's seconds
    # the answer arrived; the page shows it once Dash has applied it (reading at once raced that, under load)
    page.wait_for_function("() => document.querySelector('#upload-status').textContent !== ''", timeout=5000)
    assert page.locator("#upload-status").inner_text() == "long.md: adding…"
    page.get_by_label("talks", exact=True).check()
    wait_for_rows(page, SEED_TALKS)
    assert page.locator("#upload-status").inner_text() == "long.md: adding…"  # still extracting
    page.get_by_label("talks", exact=True).uncheck()
    page.wait_for_function("() => document.querySelector('#upload-status').textContent.startsWith('long.md: added')",
                           timeout=120000)
    page.wait_for_function(f"() => !document.querySelector('#count').textContent.startsWith('{SEED_EVENTS} of')")
