"""Shared fixtures: the seed article, the TempEval-3 data beside the project, a fresh store file."""

from __future__ import annotations

import os
import socket
import time
import urllib.error
import urllib.request
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
