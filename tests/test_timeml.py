"""TimeML in and out: the DCT, the text with its markup removed, gold TIMEX3, and annotation that leaves the text
character for character as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.temporal.timeml import (
    TimeMLError, annotate_dir, annotate_file, annotate_source, parse_timeml, read_timeml,
)

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t5" type="DATE" value="1998-02-12">yesterday</TIMEX3> that profits &lt;rose&gt; <SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t6" type="DATE" value="1997-Q4" mod="END">the fourth quarter</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
</TimeML>
"""


def test_reads_dct_text_and_gold_timexes() -> None:
    doc = parse_timeml(DOC)
    assert doc.dct == date(1998, 2, 13)
    assert doc.text == "\nAT&amp;T said yesterday that profits &lt;rose&gt; in the fourth quarter.\n"
    assert doc.plain_text == "\nAT&T said yesterday that profits <rose> in the fourth quarter.\n"
    assert [(t.tid, t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("t5", "yesterday", "DATE", "1998-02-12", None),
        ("t6", "the fourth quarter", "DATE", "1997-Q4", "END"),
    ]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


def test_annotate_keeps_text_and_outer_markup(tmp_path: Path) -> None:
    src, out = tmp_path / "in.tml", tmp_path / "out" / "in.tml"
    src.write_text(DOC, encoding="utf-8")
    annotate_file(src, out)
    written = out.read_text(encoding="utf-8")
    gold, system = read_timeml(src), read_timeml(out)
    assert system.text == gold.text  # character for character, entities included
    assert system.dct == gold.dct
    assert written.split("<TEXT>")[0] == DOC.split("<TEXT>")[0]
    assert written.split("</TEXT>")[1] == DOC.split("</TEXT>")[1]
    assert "<EVENT" not in written.split("<TEXT>")[1].split("</TEXT>")[0]
    assert 'tid="t5"' not in written  # gold TIMEX3 stripped, ours numbered from t1
    assert [(t.tid, t.text, t.value) for t in system.timexes][0] == ("t1", "yesterday", "1998-02-12")


def test_entity_inside_an_expression_maps_back_to_the_source() -> None:
    doc = DOC.replace("the fourth quarter</TIMEX3>.", "the fourth quarter</TIMEX3> &amp; 1999.")
    annotated = parse_timeml(annotate_source(doc))
    assert annotated.text == parse_timeml(doc).text
    assert "1999" in [t.text for t in annotated.timexes]


def test_round_trip_is_idempotent() -> None:
    once = annotate_source(DOC)
    assert annotate_source(once) == once


@pytest.mark.parametrize(("source", "problem"), [
    ("<TimeML><TEXT>unclosed", "not well-formed XML"),
    ("<TimeML><DOCID>x</DOCID></TimeML>", "expected one <TEXT> element, found 0"),
    ("<TimeML><DCT><TIMEX3 tid='t0' value='soon'/></DCT><TEXT>x</TEXT></TimeML>", "no readable date value"),
    ("<TimeML><TEXT><TIMEX3 tid='t1' value='1998'>1998</TIMEX3></TEXT></TimeML>", "has no type attribute"),
])
def test_malformed_documents_raise_a_named_error(source: str, problem: str) -> None:
    with pytest.raises(TimeMLError, match=problem) as info:
        parse_timeml(source, "bad.tml")
    assert str(info.value).startswith("bad.tml: ")


def test_annotate_dir_counts_documents_and_names_bad_folders(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a.tml", "b.tml"):
        (tmp_path / "in" / name).write_text(DOC, encoding="utf-8")
    (tmp_path / "in" / "notes.txt").write_text("not TimeML", encoding="utf-8")
    assert annotate_dir(tmp_path / "in", tmp_path / "out") == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.tml", "b.tml"]
    with pytest.raises(TimeMLError, match="is not a folder"):
        annotate_dir(tmp_path / "missing", tmp_path / "out2")
