"""Rebuild the shipped spaCy pipeline from UD English EWT: convert, train, copy the best model into the package.

    .venv/bin/python training/build.py [--ewt ../shared/data/ud-english-ewt]    # what `make model` runs

The conllu files become DocBins of one sentence per Doc (how the pipeline is used: our splitter gives it one sentence
at a time), training/config.cfg is trained on one thread with its fixed seed, and the model that scored best on dev is
copied to timeline/model with its meta (name, version, sources, licence) and the licence note beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

TRAINING = Path(__file__).resolve().parent
REPO = TRAINING.parent
PACKAGE_MODEL = REPO / "timeline" / "model"
SPLITS = ("train", "dev", "test")
#: What meta.json says of the shipped model (spaCy writes a placeholder name and version).
META = {
    "name": "timeline_ewt",
    "version": "1.0.0",
    "description": "Tagger (PTB tags), morphologizer (UPOS + UD features), dependency parser (UD labels) and "
                   "edit-tree lemmatizer trained on UD English EWT for negotiation-timeline (training/ in its repo).",
    "license": "CC BY-SA 4.0",
    "author": "negotiation-timeline",
    "sources": [{
        "name": "UD English EWT",
        "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        "license": "CC BY-SA 4.0",
        "author": "The Board of Trustees of The Leland Stanford Junior University (annotations, 2013-2020) and the "
                  "UD English EWT contributors; a derived work: see MODEL_LICENSE",
    }],
}


def convert(ewt: Path, corpus: Path) -> None:
    """The EWT conllu files as DocBins in ``corpus``, one sentence per Doc."""
    from spacy.cli.convert import convert as spacy_convert

    corpus.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        spacy_convert(ewt / f"en_ewt-ud-{split}.conllu", corpus, file_type="spacy", converter="conllu", n_sents=1)


def train(corpus: Path, output: Path, overrides: dict[str, object]) -> None:
    """Train training/config.cfg on ``corpus`` into ``output`` (model-best, model-last)."""
    from spacy.cli.train import train as spacy_train

    paths = {"paths.train": str(corpus / "en_ewt-ud-train.spacy"), "paths.dev": str(corpus / "en_ewt-ud-dev.spacy")}
    spacy_train(TRAINING / "config.cfg", output, overrides={**paths, **overrides})


def install(best: Path, target: Path) -> None:
    """Copy the pipeline in ``best`` to ``target`` with our meta and the licence note, replacing what was there."""
    from thinc.api import Config

    notes = [target / name for name in ("MODEL_LICENSE", "README.md")]
    kept = {path.name: path.read_bytes() for path in notes if path.exists()}
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(best, target)
    for name, text in kept.items():
        (target / name).write_bytes(text)
    config = Config().from_disk(target / "config.cfg", interpolate=False)
    config["paths"].update(train=None, dev=None)  # this machine's corpus paths mean nothing where the model ships
    config.to_disk(target / "config.cfg", interpolate=False)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf8"))
    meta.update(META)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ewt", type=Path, default=REPO.parent / "shared" / "data" / "ud-english-ewt",
                        help="folder of en_ewt-ud-{train,dev,test}.conllu")
    parser.add_argument("--work", type=Path, default=TRAINING / "work", help="where the DocBins and runs go")
    parser.add_argument("--target", type=Path, default=PACKAGE_MODEL, help="where the best model is copied")
    args = parser.parse_args()
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    convert(args.ewt, args.work / "corpus")
    train(args.work / "corpus", args.work / "output", {})
    install(args.work / "output" / "model-best", args.target)


if __name__ == "__main__":
    main()
