"""Making values safe where exports are opened: HTML (text and attributes), links, spreadsheet cells.

Every export that writes HTML escapes through ``html_text``/``link``; every export a spreadsheet opens passes its cells
through ``spreadsheet_cell``. One helper each, so no export can forget a case another one covers.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import pandas as pd

#: Schemes a link may have: anything else (javascript:, data:, file:) is dropped, its text kept.
LINK_SCHEMES = ("http", "https")
#: A spreadsheet runs a cell starting with one of these as a formula (or as data to a formula: tab, CR, LF), also in
#: their full-width forms, also after leading white space.
FORMULA_STARTS = "=+-@\t\r\n＝＋－＠"
_FORMULA = re.compile(rf"\A[ \u00a0\u3000]*[{re.escape(FORMULA_STARTS)}]")


def html_text(value: object) -> str:
    """``value`` as HTML text or attribute content: ``& < > " '`` escaped; None and missing values as ""."""
    return html.escape(_text(value), quote=True)


def safe_url(value: object) -> str | None:
    """``value`` when it is an absolute http(s) URL, else None (a ``javascript:`` link is never written)."""
    text = _text(value).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in LINK_SCHEMES and parts.netloc else None


def link(url: object, label: object) -> str:
    """An ``<a href>`` to ``url`` showing ``label`` (both escaped), or the escaped label alone when the URL is not
    http(s)."""
    target = safe_url(url)
    text = html_text(label) or html_text(target)
    return f'<a href="{html_text(target)}">{text}</a>' if target else text


def spreadsheet_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe; other values pass unchanged."""
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def _text(value: object) -> str:
    if value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value))):  # type: ignore[call-overload]
        return ""
    return str(value)
