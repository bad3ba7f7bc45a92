"""TimeML in and out: read TempEval-3 ``.tml`` documents and write them back annotated by our tagger.

A document is handled as a string, not an XML tree, so that everything the tagger does not touch stays byte for byte
as it was: the markup outside ``<TEXT>`` (DCT, TLINKs, ...) and the text itself, XML entities included. Offsets are
counted in the *source* text of ``<TEXT>`` (markup removed, entities left as written), so gold and system documents
compare span for span; the tagger reads the unescaped text and its spans are mapped back.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import quoteattr

from timeline.errors import TimelineError
from timeline.temporal.tagger import tag


class TimeMLError(TimelineError):
    """A TimeML document could not be read or written: names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Annotation:
    """One TIMEX3 of a document's text: its [start, end) span in the source text and its attributes."""

    start: int
    end: int
    text: str
    tid: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document: its creation time, the source text of ``<TEXT>`` and the TIMEX3 annotated in it."""

    name: str
    dct: date | None
    text: str
    timexes: tuple[Annotation, ...]

    @property
    def plain_text(self) -> str:
        """The text with XML entities decoded: what a reader (and the tagger) sees."""
        return _ENTITY.sub(lambda m: html.unescape(m.group(0)), self.text)


_TEXT = re.compile(r"(<TEXT(?:\s[^>]*)?>)(.*?)(</TEXT\s*>)", re.DOTALL)
_DCT = re.compile(r"<DCT(?:\s[^>]*)?>(.*?)</DCT\s*>", re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)([^>]*?)(/?)>")
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_DATE = re.compile(r"(\d{4})-?(\d\d)-?(\d\d)")


def _attributes(raw: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(raw)}


def _check_wellformed(source: str, name: str) -> None:
    try:
        ET.fromstring(source)
    except ET.ParseError as exc:
        raise TimeMLError(name, f"not well-formed XML ({exc})") from exc


def _text_part(source: str, name: str) -> re.Match[str]:
    matches = list(_TEXT.finditer(source))
    if len(matches) != 1:
        raise TimeMLError(name, f"expected one <TEXT> element, found {len(matches)}")
    return matches[0]


def _dct(source: str, name: str) -> date | None:
    """The document creation time from ``<DCT><TIMEX3 value="..."/></DCT>``; None when the document has none."""
    block = _DCT.search(source)
    if block is None:
        return None
    timex = next((m for m in _TAG.finditer(block.group(1)) if m.group(2) == "TIMEX3" and not m.group(1)), None)
    value = _attributes(timex.group(3)).get("value") if timex else None
    parsed = _DATE.match(value or "")
    if parsed is None:
        raise TimeMLError(name, f"the DCT has no readable date value ({value!r})")
    try:
        return date(int(parsed.group(1)), int(parsed.group(2)), int(parsed.group(3)))
    except ValueError as exc:
        raise TimeMLError(name, f"the DCT value {value!r} is not a calendar date") from exc


def _strip_markup(inner: str, name: str) -> tuple[str, tuple[Annotation, ...]]:
    """The text of ``inner`` without tags, and the TIMEX3 it carried, spans counted in that text."""
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    found: list[Annotation] = []
    last = 0
    for m in _TAG.finditer(inner):
        pieces.append(inner[last:m.start()])
        length += m.start() - last
        last = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            if open_timex is None:
                raise TimeMLError(name, "a </TIMEX3> closes no TIMEX3")
            start, attrs = open_timex
            found.append(_annotation(start, length, "".join(pieces)[start:length], attrs, name))
            open_timex = None
        elif m.group(4):
            continue  # an empty <TIMEX3/> in the text marks no span
        elif open_timex is not None:
            raise TimeMLError(name, "a TIMEX3 opens inside another TIMEX3")
        else:
            open_timex = (length, _attributes(m.group(3)))
    if open_timex is not None:
        raise TimeMLError(name, "a TIMEX3 is never closed")
    pieces.append(inner[last:])
    return "".join(pieces), tuple(found)


def _annotation(start: int, end: int, text: str, attrs: dict[str, str], name: str) -> Annotation:
    missing = [key for key in ("tid", "type", "value") if key not in attrs]
    if missing:
        raise TimeMLError(name, f"TIMEX3 {text!r} has no {', '.join(missing)} attribute")
    return Annotation(start, end, text, attrs["tid"], attrs["type"], attrs["value"], attrs.get("mod"))


def parse_timeml(source: str, name: str = "<string>") -> TimeMLDocument:
    """Read a TimeML document from its source; ``name`` is used in error messages."""
    _check_wellformed(source, name)
    part = _text_part(source, name)
    text, timexes = _strip_markup(part.group(2), name)
    return TimeMLDocument(name, _dct(source, name), text, timexes)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TimeMLError(str(path), f"cannot be read ({exc})") from exc


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read a ``.tml`` file."""
    path = Path(path)
    return parse_timeml(_read(path), str(path))


def _source_offsets(text: str) -> list[int]:
    """For each character of the unescaped text, its offset in the source text (plus the source length at the end)."""
    offsets: list[int] = []
    last = 0
    for m in _ENTITY.finditer(text):
        offsets.extend(range(last, m.start()))
        offsets.extend([m.start()] * len(html.unescape(m.group(0))))
        last = m.end()
    offsets.extend(range(last, len(text) + 1))
    return offsets


def _source_end(text: str, offsets: list[int], end: int) -> int:
    """The source offset just after the unescaped character ``end - 1`` (past a whole entity)."""
    start = offsets[end - 1]
    entity = _ENTITY.match(text, start)
    return entity.end() if entity and text[start] == "&" else start + 1


def system_annotations(document: TimeMLDocument) -> tuple[Annotation, ...]:
    """Our tagger's TIMEX3 for a document, spans in its source text, numbered t1, t2, ... in text order."""
    offsets = _source_offsets(document.text)
    out: list[Annotation] = []
    for timex in tag(document.plain_text, document.dct):
        start = offsets[timex.start]
        end = _source_end(document.text, offsets, timex.end)
        value = timex.value
        out.append(Annotation(start, end, document.text[start:end], f"t{len(out) + 1}", value.type, value.value,
                              value.mod))
    return tuple(out)


def render_text(text: str, annotations: tuple[Annotation, ...]) -> str:
    """``text`` with a ``<TIMEX3>`` element around each annotation (spans must not overlap)."""
    pieces: list[str] = []
    last = 0
    for a in sorted(annotations, key=lambda a: a.start):
        if a.start < last:
            raise ValueError(f"TIMEX3 {a.tid} overlaps the one before it")
        mod = f" mod={quoteattr(a.mod)}" if a.mod else ""
        pieces.append(text[last:a.start])
        pieces.append(f"<TIMEX3 tid={quoteattr(a.tid)} type={quoteattr(a.type)} value={quoteattr(a.value)}{mod}>")
        pieces.append(text[a.start:a.end] + "</TIMEX3>")
        last = a.end
    pieces.append(text[last:])
    return "".join(pieces)


def annotate_source(source: str, name: str = "<string>") -> str:
    """A TimeML document with the markup of its ``<TEXT>`` replaced by our TIMEX3; everything else unchanged.

    All markup inside ``<TEXT>`` (gold TIMEX3, EVENT, SIGNAL) is removed first: a system TIMEX3 could otherwise cross
    an EVENT boundary and make the document ill-formed.
    """
    document = parse_timeml(source, name)
    part = _text_part(source, name)
    body = render_text(document.text, system_annotations(document))
    return source[:part.start(2)] + body + source[part.end(2):]


def annotate_file(in_path: str | Path, out_path: str | Path) -> None:
    """Annotate one ``.tml`` file into ``out_path`` (its folder is created if needed)."""
    in_path, out_path = Path(in_path), Path(out_path)
    annotated = annotate_source(_read(in_path), str(in_path))
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(annotated, encoding="utf-8")
    except OSError as exc:
        raise TimeMLError(str(out_path), f"cannot be written ({exc})") from exc


def tml_files(directory: str | Path) -> list[Path]:
    """The ``.tml`` files of a folder, sorted by name; an error if it is not a folder or holds none."""
    directory = Path(directory)
    if not directory.is_dir():
        raise TimeMLError(str(directory), "is not a folder")
    files = sorted(p for p in directory.iterdir() if p.suffix == ".tml" and p.is_file())
    if not files:
        raise TimeMLError(str(directory), "holds no .tml files")
    return files


def annotate_dir(in_dir: str | Path, out_dir: str | Path) -> int:
    """Annotate every ``.tml`` file of ``in_dir`` into ``out_dir`` under the same name; returns how many."""
    files = tml_files(in_dir)
    for path in files:
        annotate_file(path, Path(out_dir) / path.name)
    return len(files)
