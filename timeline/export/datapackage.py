"""A Frictionless Data Package descriptor (``datapackage.json``) for a CSV export: the column types a reader applies
(``cameo_code`` 044 is text, not the number 44; dates are dates), so the CSV reads back as it was written."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.export.safe import FORMULA_STARTS
from timeline.schema import COLUMNS, DATE_COLUMNS, LIST_COLUMNS, LIST_SEPARATOR

DESCRIPTOR = "datapackage.json"
#: Table Schema types of the event table's columns; every other column is a string.
_TYPES = {"Int64": "integer"}


def field(name: str, dtype: Any) -> dict[str, Any]:
    """The Table Schema field of one column: its type, the values a category may take, what a list cell holds."""
    out: dict[str, Any] = {"name": name, "type": "date" if name in DATE_COLUMNS else _TYPES.get(str(dtype), "string")}
    if isinstance(dtype, pd.CategoricalDtype):
        out["constraints"] = {"enum": [str(c) for c in dtype.categories]}
    if name in LIST_COLUMNS:
        out["description"] = f"a list, its items separated by {LIST_SEPARATOR!r}"
    return out


def resource(csv_name: str) -> dict[str, Any]:
    """The Tabular Data Resource of an event-table CSV called ``csv_name`` (a path relative to the descriptor)."""
    name = re.sub(r"[^a-z0-9._-]+", "-", Path(csv_name).stem.lower()).strip("-") or "events"
    return {
        "name": name, "path": csv_name, "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": "Dated events from news articles (negotiation-timeline). Text cells starting with "
                       f"{' '.join(repr(c) for c in FORMULA_STARTS[:4])} carry a leading apostrophe so spreadsheets "
                       "do not run them as formulas.",
        "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "doubleQuote": True,
                    "header": True},
        "schema": {"fields": [field(n, d) for n, d in COLUMNS.items()], "missingValues": [""]},
    }


def write_descriptor(csv_path: str | Path) -> Path:
    """Write (or update) ``datapackage.json`` beside ``csv_path`` with that CSV's resource; the resources of other
    files a descriptor already there lists are kept. Returns the descriptor's path."""
    csv_file = Path(csv_path)
    target = csv_file.parent / DESCRIPTOR
    package: dict[str, Any] = {"profile": "tabular-data-package", "resources": []}
    if target.is_file():
        try:
            existing = json.loads(target.read_text(encoding="utf-8"))
        except ValueError:
            existing = None
        if isinstance(existing, dict) and isinstance(existing.get("resources"), list):
            package = existing
    mine = resource(csv_file.name)
    others = [r for r in package["resources"]
              if not isinstance(r, dict) or (r.get("path") != mine["path"] and r.get("name") != mine["name"])]
    package["resources"] = [*others, mine]
    target.write_text(json.dumps(package, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target
