"""TempEval-3 Task A on the TBAQ-cleaned training data: annotate TimeBank and AQUAINT with our tagger, score both.

    .venv/bin/python benchmarks/tempeval.py

TimeBank is the development split; AQUAINT is held out (rules are not fitted to its documents). The shared data is
looked for beside the repository (``../shared``) unless ``TIMELINE_SHARED`` names another folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

from timeline.errors import TimelineError
from timeline.temporal.evaluate import Scores, evaluate_dirs, render_table
from timeline.temporal.timeml import annotate_dir

#: Row label -> corpus folder under ``data/tempeval3/tbaq``.
SPLITS = {"TimeBank (dev)": "TimeBank", "AQUAINT (held out)": "AQUAINT"}


def shared_dir() -> Path:
    """Where the shared research data lives: ``$TIMELINE_SHARED``, else ``../shared`` beside the repository."""
    override = os.environ.get("TIMELINE_SHARED")
    return Path(override) if override else Path(__file__).resolve().parents[1].parent / "shared"


def tbaq_dir() -> Path:
    return shared_dir() / "data" / "tempeval3" / "tbaq"


def run() -> dict[str, Scores]:
    """Annotate and score each split in a temporary folder; returns the scores by row label."""
    results: dict[str, Scores] = {}
    with tempfile.TemporaryDirectory(prefix="tempeval-") as tmp:
        for label, folder in SPLITS.items():
            gold = tbaq_dir() / folder
            annotate_dir(gold, Path(tmp) / folder)
            results[label] = evaluate_dirs(gold, Path(tmp) / folder)
    return results


def main() -> int:
    if not tbaq_dir().is_dir():
        print(f"TempEval-3 data not found at {tbaq_dir()} (set TIMELINE_SHARED)", file=sys.stderr)
        return 2
    try:
        print(render_table(run()))
    except TimelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
