"""The package as a user installs it: the wheel built from this checkout, installed in a fresh venv (its
dependencies resolved from their ranges), run from an empty folder where nothing of the checkout can be imported."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pandas as pd

from tests.conftest import ROOT, SEED, first_page, free_port

SEED_NAME = SEED.name


def test_the_wheel_in_a_fresh_venv_extracts_a_seed_and_serves_the_seed_timeline(tmp_path: Path) -> None:
    source, dist = tmp_path / "source", tmp_path / "dist"
    # a clean copy: setuptools builds in the tree's build/, where files deleted since an earlier build linger
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "artifacts",
                                                                 "node_modules", "__pycache__", "*.db"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(source)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = dist.glob("negotiation_timeline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"timeline/seeds/{SEED_NAME}", "timeline/resources/triggers.tsv",
            "dashboard/assets/plotly-timeline.min.js"} <= names
    assert not [n for n in names if n.startswith(("seeds/", "tests/", "dashboard/plotly_bundle/"))]

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-compile", str(wheel)],
                   check=True, capture_output=True, timeout=900)
    timeline = venv / "bin" / "timeline"
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("TIMELINE_DB", "TIMELINE_SEEDS", "PYTHONPATH")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(timeline), *args], cwd=work, env=env, capture_output=True, text=True, timeout=300)

    assert run("--version").stdout == f"timeline {version('negotiation-timeline')}\n"
    installed = subprocess.run([str(python), "-c", "import timeline; print(timeline.__file__)"], cwd=work, env=env,
                               capture_output=True, text=True, check=True).stdout.strip()
    seeds = Path(installed).parent / "seeds"
    assert seeds.is_relative_to(venv)  # the installed package, not the checkout
    extracted = run("extract", str(seeds / SEED_NAME))
    assert extracted.returncode == 0, extracted.stderr
    assert len(pd.read_csv(io.StringIO(extracted.stdout))) == 9

    port = free_port()
    server = subprocess.Popen([str(timeline), "serve", "--port", str(port)], cwd=work, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stderr is not None
        assert server.stderr.readline() == (
            f"timeline: serving {work / 'timeline.db'}: 9 events from 1 article; the seed articles from {seeds} "
            "ingested (1 added, 0 unchanged, 0 failed)\n")
        assert "<title>Negotiation timeline</title>" in first_page(f"http://127.0.0.1:{port}/")
        assert "plotly-timeline.min.js" in first_page(f"http://127.0.0.1:{port}/")  # the assets came with it
    finally:
        server.terminate()
        server.wait(timeout=30)
