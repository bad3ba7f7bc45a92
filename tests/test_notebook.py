"""The notebook runs top to bottom in a real kernel and shows the seed's nine events; it is committed with the outputs
that run gives (its countdowns count from a fixed day, the publication's), the figure with a PNG beside it for
viewers that show no Plotly (a code host)."""

from __future__ import annotations

import base64
import copy
import struct
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "seed_timeline.ipynb"
PLOTLY = "application/vnd.plotly.v1+json"


def outputs(notebook: Any) -> list[Any]:
    return [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]


def text_of(notebook: Any) -> list[str]:
    """What the notebook prints and the tables' plain text: what must not change between runs."""
    return [o.get("text") or o.get("data", {}).get("text/plain", "") for o in outputs(notebook)
            if o.get("output_type") in ("stream", "execute_result")]


def test_seed_notebook_executes_and_is_committed_with_its_outputs() -> None:
    committed = nbformat.read(NOTEBOOK, as_version=4)
    notebook = copy.deepcopy(committed)
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    assert not [o for o in outputs(notebook) if o.get("output_type") == "error"]
    printed = "".join(o.get("text", "") for o in outputs(notebook) if o.get("output_type") == "stream")
    assert "9 events;" in printed
    assert "deadline 2025-09-02 set by the threat of 2025-07-14" in printed
    shown = "".join(o.get("data", {}).get("text/plain", "") for o in outputs(notebook)
                    if o.get("output_type") == "execute_result")
    assert "Trump: deadline within fifty days" in shown  # the table shows each event's headline
    for run in (notebook, committed):
        [figure] = [o for o in outputs(run) if PLOTLY in o.get("data", {})]
        notes = [a.get("text", "") for a in figure["data"][PLOTLY]["layout"].get("annotations", [])]
        assert "44 days left" in " ".join(notes + [str(t.get("text")) for t in figure["data"][PLOTLY]["data"]])
        png = base64.b64decode(figure["data"]["image/png"])
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">I", png[16:20])[0] == 1000  # width
    assert text_of(committed) == text_of(notebook)  # committed outputs are the ones a run gives today
