"""Dashboard speed on a synthetic store: ``python benchmarks/dashboard_perf.py [N ...]`` (default 100,000 events).

For each size: write a store of N synthetic events (``synthetic.make_store``), start the real server
(``dashboard.app.run`` in a subprocess on a free 127.0.0.1 port; ``run`` loads the store before it serves), and drive
Debian's headless Chromium with Playwright:

* **first render**: ``performance.now()`` in the page (its origin is the navigation start) once the first animation
  frame in which both (a) the timeline graph has finished a Plotly draw holding at least one trace with points or
  density cells (the promise of ``Plotly.newPlot`` or ``Plotly.react`` on it has resolved), and (b) the events grid
  shows at least one data row (``.ag-row`` with an ``event_id`` row id) has been committed: the time is taken in a
  task queued from that frame's ``requestAnimationFrame`` callback, which runs after the frame's commit (where
  Chromium waits for a WebGL canvas's drawing to finish). A fresh browser context per run (no cache); median of RUNS runs.
* **filter callback**: tick one event type, then untick it; each change makes the browser post the view callback
  (``url.search`` -> timeline, grid, count) to ``/_dash-update-component``. Its server time is the request's
  ``responseStart - requestStart`` from the browser's Resource Timing (Playwright's ``request.timing``): the
  callback's work plus the JSON encoding on the server, no download. Median over FILTER_RUNS changes. Payload is
  the response body of that request (median, KB).

Timings move with machine load (the machine's load average is printed); compare runs on the same machine.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from synthetic import make_store  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--enable-unsafe-swiftshader"]
RUNS = 3
FILTER_RUNS = 6
TIMEOUT_MS = 300_000
TARGET_RENDER_MS = 2000
TARGET_CALLBACK_MS = 300
FILTER_TYPES = ("talks", "threat", "deadline")

#: Records in window.__firstRender the time the first frame where the timeline is drawn and the grid has rows has been
#: committed. The timeline's first draw is caught by wrapping Plotly.newPlot and Plotly.react as the page's plotly.js
#: defines window.Plotly: that draw runs in one task, before a listener on the graph (plotly_afterplot) could be
#: added, and such a listener would only catch dcc.Graph's resize relayout ~100 ms later.
PROBE = """
(() => {
  let plotted = false;
  let plotly;
  Object.defineProperty(window, 'Plotly', {
    configurable: true, enumerable: true,
    get() { return plotly; },
    set(value) {
      plotly = value;
      for (const name of ['newPlot', 'react']) {
        const draw = value[name];
        value[name] = function (...args) {
          const done = draw.apply(this, args);
          Promise.resolve(done).then((gd) => {
            if (gd && gd.closest && gd.closest('#timeline') && (gd._fullData || []).some(t => (t._length || (t.z || []).length) > 0)) {
              plotted = true;
            }
          }, () => {});
          return done;
        };
      }
    },
  });
  const tick = () => {
    const row = document.querySelector("#events-grid .ag-center-cols-container .ag-row[row-id]");
    if (plotted && row && row.textContent.trim()) {
      setTimeout(() => { window.__firstRender = performance.now(); }, 0);  // runs after this frame's commit
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(db: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    code = f"from dashboard.app import run; run({str(db)!r}, port={port})"
    with log.open("wb") as sink:
        process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=sink, stderr=sink)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the dashboard exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return process, url
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("the dashboard did not answer within 300 s")


def _is_view_callback(request: Any) -> bool:
    return "_dash-update-component" in request.url and "timeline.figure" in (request.post_data or "")


def _first_render(browser: Any, url: str) -> float:
    context = browser.new_context(viewport={"width": 1440, "height": 1100})
    try:
        page = context.new_page()
        page.add_init_script(PROBE)
        page.goto(url, timeout=TIMEOUT_MS)
        page.wait_for_function("() => window.__firstRender !== undefined", timeout=TIMEOUT_MS, polling=100)
        return float(page.evaluate("() => window.__firstRender"))
    finally:
        context.close()


def _filter_callbacks(browser: Any, url: str) -> tuple[list[float], list[float]]:
    """Server ms and payload KB of the view callback, for FILTER_RUNS type-filter changes."""
    context = browser.new_context(viewport={"width": 1440, "height": 1100})
    context.set_default_timeout(TIMEOUT_MS)
    server_ms: list[float] = []
    payload_kb: list[float] = []
    try:
        page = context.new_page()
        page.add_init_script(PROBE)
        page.goto(url, timeout=TIMEOUT_MS)
        page.wait_for_function("() => window.__firstRender !== undefined", timeout=TIMEOUT_MS, polling=100)
        for i in range(FILTER_RUNS):
            box = page.locator(f"#filter-type input[value='{FILTER_TYPES[(i // 2) % len(FILTER_TYPES)]}']")
            with page.expect_response(lambda r: _is_view_callback(r.request), timeout=TIMEOUT_MS) as info:
                box.uncheck() if box.is_checked() else box.check()
            response = info.value
            response.finished()
            timing = response.request.timing
            server_ms.append(timing["responseStart"] - timing["requestStart"])
            payload_kb.append(response.request.sizes()["responseBodySize"] / 1024)
            page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)
    finally:
        context.close()
    return server_ms, payload_kb


def measure(n: int, browser: Any, workdir: Path) -> dict[str, float]:
    db = workdir / f"synthetic-{n}.db"
    make_store(db, n)
    started = time.perf_counter()
    process, url = _serve(db, workdir / f"server-{n}.log")
    ready = time.perf_counter() - started
    try:
        renders = [_first_render(browser, url) for _ in range(RUNS)]
        print(f"  {n:,} events: first renders {[round(x) for x in renders]} ms", flush=True)
        try:
            server_ms, payload_kb = _filter_callbacks(browser, url)
        except PlaywrightError as exc:  # e.g. a page too busy drawing to take a click
            print(f"  {n:,} events: filter changes failed: {str(exc).splitlines()[0]}", flush=True)
            server_ms, payload_kb = [float("nan")], [float("nan")]
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {"n": n, "render": statistics.median(renders), "renders": renders, "callback": statistics.median(server_ms),
            "callbacks": server_ms, "payload": statistics.median(payload_kb), "startup": ready}


def main(sizes: list[int]) -> None:
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cpus; median of {RUNS} page loads and "
          f"{FILTER_RUNS} filter changes")
    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for n in sizes:
                result = measure(n, browser, Path(tmp))
                results.append(result)
                print(f"  {n:,} events: server ready in {result['startup']:.1f} s; first renders "
                      f"{[round(x) for x in result['renders']]} ms; callbacks "
                      f"{[round(x) for x in result['callbacks']]} ms", flush=True)
        finally:
            browser.close()
    print()
    print(f"| {'events':>8} | {'first render ms':>15} | {'target':>6} | {'filter callback ms':>18} | {'target':>6} "
          f"| {'narrowing / back to all ms':>26} | {'payload KB':>10} |")
    print(f"| {'-' * 8} | {'-' * 15} | {'-' * 6} | {'-' * 18} | {'-' * 6} | {'-' * 26} | {'-' * 10} |")
    for r in results:
        narrow, wide = statistics.median(r["callbacks"][0::2]), statistics.median(r["callbacks"][1::2] or [0])
        print(f"| {r['n']:>8,} | {r['render']:>15,.0f} | {'<' + str(TARGET_RENDER_MS):>6} | {r['callback']:>18,.0f} "
              f"| {'<' + str(TARGET_CALLBACK_MS):>6} | {f'{narrow:,.0f} / {wide:,.0f}':>26} | {r['payload']:>10,.0f} |")
    print("\nfilter callback: median of all changes; narrowing = ticking one type (~1/12 of the events), back to all "
          "= unticking it; payload: median response body of those requests.")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [100_000])
