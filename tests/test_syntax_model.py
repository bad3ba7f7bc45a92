"""The shipped spaCy pipeline: it loads from the package, parses sentences of the seed article and the dev set as UD
English EWT annotates them, and a model setting that names nothing loadable is a domain error."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from timeline.errors import ModelError
from timeline.syntax_model import (
    MODEL_SETTING,
    SHIPPED_MODEL,
    load_pipeline,
    model_info,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_THREAT = ("Last Monday, Trump threatened to impose severe economic sanctions if there is no ceasefire within "
               "fifty days.")
SEED_REACTION = ("Peskov was reacting to the proposal for new negotiations made by Ukrainian President Volodymyr "
                 "Zelensky on Saturday.")


@pytest.fixture(autouse=True)
def shipped_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts from the shipped model, whatever the environment sets."""
    monkeypatch.delenv(MODEL_SETTING, raising=False)


def parse(sentence: str) -> Doc:
    return load_pipeline()(sentence)


def word(doc: Doc, text: str) -> Token:
    """The first token spelled ``text``."""
    return next(token for token in doc if token.text == text)


def test_the_shipped_model_loads_from_the_package() -> None:
    nlp = load_pipeline()
    assert SHIPPED_MODEL.parent == ROOT / "timeline"
    assert (SHIPPED_MODEL / "MODEL_LICENSE").read_text(encoding="utf8").count("CC BY-SA 4.0") >= 1
    assert nlp.pipe_names == ["tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer"]
    info = model_info()
    assert (info.name, info.source) == ("en_timeline_ewt", "shipped in the package")
    assert info.spacy_version.startswith(">=3.8")


def test_the_pipeline_is_loaded_once() -> None:
    assert load_pipeline() is load_pipeline()


def test_every_model_file_is_package_data() -> None:
    """A wheel holds the model only if pyproject's package-data globs reach every file of it."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["timeline"]
    files = [path.relative_to(ROOT / "timeline").as_posix() for path in SHIPPED_MODEL.rglob("*") if path.is_file()]
    assert files
    assert [name for name in files if not any(fnmatch(name, glob) and name.count("/") == glob.count("/")
                                              for glob in globs)] == []


def _fresh_process(script: str) -> list[str]:
    """The lines ``script`` prints in a new Python process, with the shipped model."""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={k: v for k, v in os.environ.items() if k != "TIMELINE_SPACY_MODEL"})
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_shipped_tokenizer_is_the_english_default() -> None:
    """load_pipeline skips reading the stored tokenizer (its special cases take a third of the load time): the one
    the config builds must be the one stored. Compared in a fresh process: parsing grows a tokenizer's caches."""
    script = ("import spacy; from timeline.syntax_model import SHIPPED_MODEL, load_pipeline; "
              "print(load_pipeline().tokenizer.to_bytes() == spacy.load(SHIPPED_MODEL).tokenizer.to_bytes())")
    assert _fresh_process(script) == ["True"]


def test_loading_the_pipeline_leaves_out_spacys_command_line() -> None:
    """spaCy's CLI (0.3 s of a new process's first article) is not imported to load the pipeline, and is whole after
    it: as an attribute of spacy (``spacy.cli.download``), as an import, and ``spacy.info``. In a fresh process: this
    one has imported spaCy already."""
    script = ("import sys; from timeline.syntax_model import load_pipeline; load_pipeline(); "
              "print(sorted(m for m in sys.modules if m.startswith(('spacy.cli', 'typer', 'weasel')))); "
              "import spacy; print(callable(spacy.cli.download), spacy.info()['spacy_version'] == spacy.__version__); "
              "import spacy.cli as cli; print(cli is spacy.cli, hasattr(spacy, 'no_such_name'))")
    assert _fresh_process(script) == ["[]", "True True", "True False"]


def test_a_spacy_that_wants_more_of_its_command_line_is_imported_whole() -> None:
    """Should a spaCy's ``__init__`` take more from its CLI than the stand-ins give, spaCy is imported as it is, CLI
    included, and the pipeline loads: no release of spaCy can make the package fail to load. In a fresh process."""
    script = ("import sys, types; from timeline import syntax_model; "
              "syntax_model._stand_ins = lambda locations: {'spacy.cli.info': types.ModuleType('spacy.cli.info')}; "
              "print(len(syntax_model.load_pipeline()('Talks resumed on Monday.'))); "
              "print(sys.modules['spacy.cli.info'].info.__module__, 'typer' in sys.modules)")
    assert _fresh_process(script) == ["5", "spacy.cli.info True"]


# (sentence, dependent, relation, head): arcs the model gets right, UD English EWT conventions.
ATTACHMENTS = [
    pytest.param(SEED_REACTION, "Saturday", "obl", "made", id="seed: 'on Saturday' modifies 'made'"),
    pytest.param(SEED_REACTION, "Peskov", "nsubj", "reacting", id="seed: Peskov is the subject"),
    pytest.param(SEED_THREAT, "Trump", "nsubj", "threatened", id="seed: Trump threatened"),
    pytest.param(SEED_THREAT, "impose", "xcomp", "threatened", id="seed: threatened to impose"),
    pytest.param(SEED_THREAT, "sanctions", "obj", "impose", id="seed: impose sanctions"),
    pytest.param("Kyiv had said it wanted to hold peace talks with Russia in the coming week.", "week", "obl", "hold",
                 id="seed: 'in the coming week' modifies 'hold', not 'talks'"),
    pytest.param("The Kremlin gave a cautious answer on Sunday to Ukraine's offer of peace talks in the near future.",
                 "Sunday", "obl", "gave", id="seed: 'on Sunday' modifies 'gave'"),
    pytest.param("The Kremlin gave a cautious answer on Sunday to Ukraine's offer of peace talks in the near future.",
                 "answer", "obj", "gave", id="seed: 'answer' is the object"),
    pytest.param(SEED_THREAT, "Monday", "obl:unmarked", "threatened", id="seed: 'Last Monday' modifies 'threatened'"),
    pytest.param("Hamas said in a statement last Friday that it would not accept any arrangement leaving Israeli "
                 "troops in the Philadelphi corridor.", "Friday", "obl:unmarked", "said",
                 id="dev set: 'last Friday' modifies 'said'"),
    pytest.param("Mediators from Qatar, Egypt and the United States presented a final draft of a Gaza ceasefire and "
                 "hostage-release agreement to Israeli and Hamas negotiators on Monday, officials briefed on the talks "
                 "said.", "Monday", "obl", "presented", id="dev set: 'on Monday' modifies 'presented'"),
    pytest.param("Araghchi said on Sunday that Iran's right to enrich uranium was not up for negotiation.",
                 "Sunday", "obl", "said", id="dev set: 'on Sunday' modifies 'said'"),
    pytest.param("The army has threatened to withdraw from the talks if the RSF does not leave civilian homes by "
                 "Friday.", "Friday", "obl", "leave", id="dev set: 'by Friday' modifies 'leave'"),
]


@pytest.mark.parametrize(("sentence", "dependent", "relation", "head"), ATTACHMENTS)
def test_attachment(sentence: str, dependent: str, relation: str, head: str) -> None:
    token = word(parse(sentence), dependent)
    assert (token.dep_, token.head.text) == (relation, head)


# (sentence, word, feature, value)
MORPHOLOGY = [
    pytest.param("Russia, which brokered the ceasefire that ended a 44-day war in November 2020, was not involved.",
                 "not", "Polarity", "Neg", id="dev set: 'not' is negative"),
    pytest.param(SEED_THREAT, "threatened", "Tense", "Past", id="seed: 'threatened' is past"),
    pytest.param(SEED_THREAT, "impose", "VerbForm", "Inf", id="seed: 'impose' is an infinitive"),
    pytest.param("The army has threatened to withdraw from the talks if the RSF does not leave civilian homes by "
                 "Friday.", "does", "Tense", "Pres", id="dev set: 'does' is present"),
    pytest.param("The army has threatened to withdraw from the talks if the RSF does not leave civilian homes by "
                 "Friday.", "does", "Mood", "Ind", id="dev set: 'does' is indicative"),
]


@pytest.mark.parametrize(("sentence", "text", "feature", "value"), MORPHOLOGY)
def test_morphology(sentence: str, text: str, feature: str, value: str) -> None:
    assert word(parse(sentence), text).morph.get(feature) == [value]


def test_a_negated_verb_has_its_not() -> None:
    doc = parse("ELN commander Antonio García wrote on social media last week that the group would not accept "
                "deadlines imposed by Bogotá.")
    negation = word(doc, "not")
    assert (negation.dep_, negation.head.text, negation.pos_) == ("advmod", "accept", "PART")


# (sentence, word, PTB tag, UPOS, lemma)
TAGS_AND_LEMMAS = [
    pytest.param(SEED_THREAT, "threatened", "VBD", "VERB", "threaten", id="seed: threatened"),
    pytest.param(SEED_THREAT, "impose", "VB", "VERB", "impose", id="seed: impose"),
    pytest.param(SEED_THREAT, "sanctions", "NNS", "NOUN", "sanction", id="seed: sanctions"),
    pytest.param(SEED_THREAT, "days", "NNS", "NOUN", "day", id="seed: days"),
    pytest.param(SEED_REACTION, "was", "VBD", "AUX", "be", id="seed: was"),
    pytest.param(SEED_REACTION, "made", "VBN", "VERB", "make", id="seed: made"),
    pytest.param(SEED_REACTION, "negotiations", "NNS", "NOUN", "negotiation", id="seed: negotiations"),
    pytest.param(SEED_REACTION, "Saturday", "NNP", "PROPN", "Saturday", id="seed: Saturday"),
]


@pytest.mark.parametrize(("sentence", "text", "tag", "pos", "lemma"), TAGS_AND_LEMMAS)
def test_tag_and_lemma(sentence: str, text: str, tag: str, pos: str, lemma: str) -> None:
    token = word(parse(sentence), text)
    assert (token.tag_, token.pos_, token.lemma_) == (tag, pos, lemma)


def test_one_sentence_is_one_tree() -> None:
    """Our splitter gives the pipeline one sentence at a time: it must not cut it again."""
    doc = parse("Russian and Ukrainian delegations already spoke to each other in Istanbul, Turkey in May and early "
                "June, but the talks brought no major results.")
    assert len(list(doc.sents)) == 1


def test_a_missing_model_is_a_domain_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    missing = tmp_path / "no_such_model"
    monkeypatch.setenv(MODEL_SETTING, str(missing))
    with pytest.raises(ModelError, match=rf"spaCy model '{missing}': cannot be loaded .*Can't find model.*"
                                         rf"set {MODEL_SETTING} to an installed spaCy pipeline package"):
        load_pipeline()


def test_a_package_that_is_not_installed_is_a_domain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_SETTING, "en_core_web_nonexistent")
    with pytest.raises(ModelError, match="'en_core_web_nonexistent': cannot be loaded"):
        load_pipeline()


def test_a_model_without_a_parser_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    spacy.blank("en").to_disk(tmp_path / "blank")
    monkeypatch.setenv(MODEL_SETTING, str(tmp_path / "blank"))
    with pytest.raises(ModelError, match="has no dependency parser"):
        load_pipeline()


def test_the_setting_names_a_pipeline_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    copy = shutil.copytree(SHIPPED_MODEL, tmp_path / "model")
    monkeypatch.setenv(MODEL_SETTING, str(copy))
    assert load_pipeline() is not _shipped()
    assert model_info().source == f"{MODEL_SETTING}={copy}"
    assert word(parse("Peskov was reacting to the proposal."), "Peskov").dep_ == "nsubj"


def _shipped() -> Language:
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(MODEL_SETTING, raising=False)
        return load_pipeline()
