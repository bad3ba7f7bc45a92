"""Shared fixtures: the seed article, the TempEval-3 data beside the project, a fresh store file."""

from __future__ import annotations

import os
import random
import socket
import time
import urllib.error
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_d94f917fde063f95.txt"
SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")


def require_shared() -> Path:
    """The shared data folder; skipped with a reason when absent, except in CI where it must be there."""
    if not (SHARED / "data" / "tempeval3").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI: the shared data folder {SHARED} is missing")
        pytest.skip(f"the shared data folder {SHARED} is absent (it sits beside the project's root)")
    return SHARED


def write_synthetic_corpus(folder: Path, n: int, seed: int = 3) -> None:
    """Short articles about a few negotiations, published over three weeks, reporting the same meetings on
    neighbouring days, in neighbouring weeks and months, with and without countries and places."""
    rng = random.Random(seed)
    parties = ["Russia and Ukraine", "Israel and Hamas", "Armenia and Azerbaijan", "India and Pakistan", "the sides",
               "delegates"]
    places = ["in Istanbul", "in Doha", "in Geneva", "in Cairo", ""]
    whens = ["on Monday", "on Tuesday", "on Wednesday", "last week", "this week", "in May", "on 12 May",
             "on 13 May", "early May", "next week"]
    kinds = ["held talks", "agreed a ceasefire", "exchanged prisoners", "met"]
    folder.mkdir()
    for i in range(n):
        published = date(2025, 5, 5) + timedelta(days=rng.randrange(21))
        lines = [f"{rng.choice(parties)} {rng.choice(kinds)} {rng.choice(places)} {rng.choice(whens)}."
                 for _ in range(rng.randint(1, 3))]
        (folder / f"{i:04d}.md").write_text(f"---\npublished: {published}\nsource: wire-{i % 7}\n---\n"
                                            + " ".join(lines) + f" (Report {i}.)\n", encoding="utf-8")


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "timeline.db"


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def first_page(url: str) -> str:
    """The page at ``url`` once the server answers (it starts within seconds)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return response.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
