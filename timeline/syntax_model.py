"""The spaCy pipeline behind the sentence analysis, loaded once per process.

By default the pipeline shipped in the package (``timeline/model``: tagger, morphologizer, parser and lemmatizer
trained on UD English EWT, see ``training/``); the setting ``TIMELINE_SPACY_MODEL`` names another one, as an installed
package (``en_core_web_sm``, ``en_core_web_trf``) or a pipeline directory. Nothing is downloaded. Our own splitter
cuts the sentences and each one is parsed as its own Doc, so components that find sentences or entities are left out.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
import importlib
import importlib.util
import os
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import ModelError

if TYPE_CHECKING:  # spaCy is imported on first use: ``import timeline`` does not pay for it
    from spacy.language import Language

#: The environment variable naming the pipeline to use instead of the shipped one.
MODEL_SETTING = "TIMELINE_SPACY_MODEL"
#: The pipeline shipped in the package.
SHIPPED_MODEL = Path(__file__).resolve().parent / "model"
#: Components no analysis reads: sentences come from our splitter, entities from the gazetteers.
UNUSED_COMPONENTS = ("senter", "sentencizer", "ner", "entity_ruler", "span_ruler", "spancat", "textcat")


@dataclass(frozen=True)
class ModelInfo:
    """What the pipeline in use is, for reports: its name and version, where it came from, its components."""

    name: str
    version: str
    source: str
    spacy_version: str
    components: tuple[str, ...]


def model_setting() -> str:
    """The pipeline the setting names: a package name or a directory; the shipped one when the setting is empty."""
    return os.environ.get(MODEL_SETTING) or str(SHIPPED_MODEL)


def load_pipeline() -> Language:
    """The pipeline the setting names, loaded on the first call and shared after it."""
    return _load(model_setting())


def model_info() -> ModelInfo:
    """Name, version, source and components of the pipeline ``load_pipeline`` returns."""
    nlp = load_pipeline()
    meta = nlp.meta
    setting = model_setting()
    source = "shipped in the package" if setting == str(SHIPPED_MODEL) else f"{MODEL_SETTING}={setting}"
    return ModelInfo(
        name=f"{meta.get('lang', '')}_{meta.get('name', '')}",
        version=str(meta.get("version", "")),
        source=source,
        spacy_version=str(meta.get("spacy_version", "")),
        components=tuple(nlp.pipe_names),
    )


def _import_spacy() -> types.ModuleType:
    """spaCy, imported without its command line. ``spacy/__init__`` imports ``spacy.cli.info`` only to re-export
    ``spacy.info``, and that runs every CLI module (typer, weasel, httpx: 0.3 s of a new process's first article);
    loading a pipeline uses none of it. Stand-ins take ``spacy.cli`` and ``spacy.cli.info`` while spaCy imports and
    are dropped after it: ``import spacy.cli`` then imports the real one, as does reaching ``spacy.cli`` as an
    attribute, and ``spacy.info`` calls the real one."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        import spacy  # not installed: the import says so

        return spacy
    stand_ins = _stand_ins(spec.submodule_search_locations)
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:  # a spaCy whose __init__ wants more of its CLI: forget the half import, import it whole
        for name in [name for name in sys.modules if name == "spacy" or name.startswith("spacy.")]:
            del sys.modules[name]
        import spacy

        return spacy
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if "__getattr__" not in vars(spacy):
        spacy.__getattr__ = _spacy_attribute  # type: ignore[method-assign]
    return spacy


def _stand_ins(locations: Iterable[str]) -> dict[str, types.ModuleType]:
    """Empty ``spacy.cli`` and ``spacy.cli.info`` modules, the latter with the one name spaCy's ``__init__`` takes."""
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [str(Path(location, "cli")) for location in locations]
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    return {"spacy.cli": cli, "spacy.cli.info": info}


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the CLI's, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _spacy_attribute(name: str) -> Any:
    """``spacy.cli`` reached as an attribute after ``import spacy`` alone (``spacy.cli.download(...)``), as spaCy's
    own import allows: the real package, imported then."""
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


@functools.cache
def _load(model: str) -> Language:
    """Load ``model`` without the components we never read; a model that cannot parse is refused."""
    spacy = _import_spacy()

    # The shipped model's tokenizer is the English default its config builds: reading the stored copy again would
    # add its special cases a second time (a third of the load time).
    stored_tokenizer = ("tokenizer",) if model == str(SHIPPED_MODEL) else ()
    try:
        nlp = spacy.load(model, exclude=UNUSED_COMPONENTS + stored_tokenizer)
    except (OSError, ImportError, ValueError) as error:
        raise ModelError(model, f"cannot be loaded ({error}); set {MODEL_SETTING} to an installed spaCy pipeline "
                                "package or a pipeline directory, or unset it for the shipped model") from error
    if "parser" not in nlp.pipe_names:
        raise ModelError(model, f"has no dependency parser (components: {', '.join(nlp.pipe_names) or 'none'})")
    return nlp
