"""The spaCy pipeline in use (the shipped one unless TIMELINE_SPACY_MODEL names another): accuracy on the UD English
EWT test file, size on disk, load time, and parsing speed on one core.

    .venv/bin/python benchmarks/parser.py

Accuracy is spaCy's scorer on the test sentences, one Doc per sentence, tokenised by the pipeline itself (gold tokens
are aligned to ours, so a tokenisation difference costs accuracy as it does on real text). Load time is that of
``timeline.syntax_model.load_pipeline()`` in a fresh process after ``import spacy`` (which is timed apart), median of
five processes. Speed: ``nlp.pipe`` over one Doc per sentence (the way the project parses), best of three passes, in
CPU seconds of this process (pinned to one core and one thread, so that other work on a shared machine does not
count), in words as the project's other benchmarks count them (white-space separated) and in spaCy tokens; the news
sentences are those of tests/data/devset/*.md and seeds/*.txt cut by our splitter, the set run 10 times.
The EWT data is looked for in ../shared beside the repository unless TIMELINE_SHARED names another folder.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # one thread, before numpy loads
    os.environ.setdefault(_variable, "1")

from speed import pin_to_one_core  # noqa: E402  (benchmarks/speed.py, beside this file)
from tempeval import shared_dir  # noqa: E402

from timeline.article import read_article  # noqa: E402
from timeline.sentences import split_sentences  # noqa: E402
from timeline.syntax_model import load_pipeline, model_info, model_setting  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
#: Docs per nlp.pipe batch: one sentence each.
BATCH_SIZE = 256
NEWS_PASSES = 10
LOAD_RUNS = 5
_LOAD_PROBE = """
import time
t = time.perf_counter(); import spacy; imported = time.perf_counter() - t
from timeline.syntax_model import load_pipeline
t = time.perf_counter(); load_pipeline(); loaded = time.perf_counter() - t
print(imported, loaded)
"""


def ewt_test() -> Path:
    return shared_dir() / "data" / "ud-english-ewt" / "en_ewt-ud-test.conllu"


def news_sentences() -> list[str]:
    """The sentences of the dev-set articles and the seed articles, as our splitter cuts them."""
    paths = sorted((REPO / "tests" / "data" / "devset").glob("*.md")) + sorted((REPO / "seeds").glob("*.txt"))
    return [sentence.text for path in paths for sentence in split_sentences(read_article(path).text)]


def ewt_docs() -> Iterator[Doc]:
    """The gold test sentences as spaCy Docs (one per sentence)."""
    from spacy.training.converters import conllu_to_docs

    yield from conllu_to_docs(ewt_test().read_text(encoding="utf8"), n_sents=1, no_print=True)


def accuracy() -> tuple[int, dict[str, float]]:
    """The number of EWT test sentences and spaCy's scores of the pipeline on them."""
    from spacy.training import Example

    nlp = load_pipeline()
    examples = [Example(nlp.make_doc(gold.text), gold) for gold in ewt_docs()]
    scores = nlp.evaluate(examples, batch_size=BATCH_SIZE)
    return len(examples), {key: float(value) for key, value in scores.items() if isinstance(value, float)}


def load_times() -> tuple[float, float]:
    """Median seconds of ``import spacy`` and of ``load_pipeline()`` in fresh processes."""
    runs = []
    for _ in range(LOAD_RUNS):
        out = subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True, check=True,
                             cwd=REPO, env=os.environ.copy()).stdout.split()
        runs.append((float(out[0]), float(out[1])))
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def speed(texts: list[str]) -> tuple[int, int, float]:
    """(words, tokens, CPU seconds) of the fastest of three passes of ``nlp.pipe`` over ``texts``."""
    nlp = load_pipeline()
    for _ in nlp.pipe(texts[:BATCH_SIZE], batch_size=BATCH_SIZE):  # warm up
        pass
    best = float("inf")
    tokens = 0
    for _ in range(3):
        start = time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))
        best = min(best, time.process_time() - start)
    return sum(len(text.split()) for text in texts), tokens, best


def size_on_disk(path: Path) -> int:
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file())


def model_dir() -> Path:
    """The folder the pipeline in use was loaded from: the setting's directory, else the installed package's."""
    from spacy.util import get_package_path

    setting = model_setting()
    return Path(setting) if Path(setting).is_dir() else get_package_path(setting)


def main() -> int:
    if not ewt_test().is_file():
        print(f"UD English EWT not found at {ewt_test()} (set TIMELINE_SHARED)", file=sys.stderr)
        return 2
    info = model_info()
    imported, loaded = load_times()
    pinned = pin_to_one_core()
    sentences, scores = accuracy()
    ewt_texts = [doc.text for doc in ewt_docs()]
    rows = [("EWT test sentences", ewt_texts), (f"news sentences x{NEWS_PASSES}", news_sentences() * NEWS_PASSES)]
    print(f"model: {info.name} {info.version} ({info.source}), spaCy {info.spacy_version}, "
          f"components: {', '.join(info.components)}; {pinned}, batch {BATCH_SIZE} sentences")
    print()
    print(f"{f'EWT test ({sentences:,} sentences)':28} {'score':>7}")
    for label, key in (("UPOS", "pos_acc"), ("XPOS (tag)", "tag_acc"), ("morphology (all features)", "morph_acc"),
                       ("UAS", "dep_uas"), ("LAS", "dep_las"), ("lemma", "lemma_acc"), ("tokens", "token_acc")):
        if key in scores:
            print(f"{label:28} {scores[key] * 100:7.2f}")
    print()
    print(f"{'size on disk':28} {size_on_disk(model_dir()) / 1e6:7.2f} MB")
    print(f"{'import spacy':28} {imported:7.2f} s")
    print(f"{'load_pipeline()':28} {loaded:7.2f} s")
    print()
    print(f"{'text':28} {'sentences':>9} {'words':>7} {'tokens':>7} {'CPU s':>8} {'words/s':>8} {'tokens/s':>8}")
    for label, texts in rows:
        words, tokens, seconds = speed(texts)
        print(f"{label:28} {len(texts):9d} {words:7d} {tokens:7d} {seconds:8.2f} {words / seconds:8.0f} "
              f"{tokens / seconds:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
