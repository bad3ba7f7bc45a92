"""The notebook runs top to bottom in a real kernel and shows the seed's nine events."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "seed_timeline.ipynb"


def test_seed_notebook_executes() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "9 events;" in printed
    assert "deadline 2025-09-02 set by the threat of 2025-07-14" in printed
    shown = "".join(o.get("data", {}).get("text/plain", "") for o in outputs if o.get("output_type") == "execute_result")
    assert "Trump: deadline within fifty days" in shown  # the table shows each event's headline
    figures = [o for o in outputs if "application/vnd.plotly.v1+json" in o.get("data", {})]
    assert len(figures) == 1
