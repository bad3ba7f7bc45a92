"""Input at scale: directories, globs and HTML pages (main text and publication date from the page)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline.article import read_article
from timeline.sources import article_paths
from timeline.store import Store

PAGE = """<html><head><title>Talks resume in Doha | Example News</title>
<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks resume in Doha</h1>
<p>Negotiators met in Doha on Monday to discuss a ceasefire in Gaza, mediators said after the session ended.</p>
<p>The talks are due to continue on Thursday, officials said. Egypt proposed a new truce plan last week.</p>
<p>&lt;script&gt;alert(1)&lt;/script&gt; is how one reader's comment began.</p>
</article><footer>Share this article</footer><script>alert("page")</script></body></html>"""


def test_html_page_gives_main_text_title_and_date(tmp_path: Path) -> None:
    p = tmp_path / "doha.html"
    p.write_text(PAGE, encoding="utf-8")
    article = read_article(p)
    assert article.published == date(2025, 3, 4)
    assert article.title == "Talks resume in Doha"
    assert "Negotiators met in Doha on Monday" in article.text
    assert "Home | World" not in article.text and 'alert("page")' not in article.text
    assert read_article(p, date(2025, 3, 5)).published == date(2025, 3, 5)


def test_html_events_resolve_against_the_page_date(tmp_path: Path, store_path: Path) -> None:
    p = tmp_path / "doha.html"
    p.write_text(PAGE, encoding="utf-8")
    store = Store(store_path)
    [result] = store.ingest_paths([tmp_path])
    assert result.status == "added"
    events = store.events().set_index("date_text")
    assert events.loc["Monday", "date_start"].date() == date(2025, 3, 3)
    assert events.loc["Thursday", "status"] == "planned"
    assert events.loc["Thursday", "date_start"].date() == date(2025, 3, 6)


def test_directories_globs_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    for name in ("a/1.md", "a/2.txt", "a/README.md", "a/notes.csv", "3.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in article_paths([tmp_path / "a"])] == ["1.md", "2.txt"]
    assert [p.name for p in article_paths([str(tmp_path / "**" / "*.md")])] == ["1.md"]
    assert [p.name for p in article_paths([tmp_path / "a" / "1.md", tmp_path / "a", tmp_path / "gone.md"])] == [
        "1.md", "2.txt", "gone.md"]
