# Set-up and everyday commands. Every target creates .venv and installs what it needs first; an install runs again
# only when pyproject.toml or setup.py change (the install is editable: code changes need none).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8050
DB ?=
# setuptools' box about editable installs says nothing a developer here needs; every other warning still shows
PIP_INSTALL := PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install -q

.PHONY: run test bench notebook fuzz actors model rules install install-test install-bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml setup.py | $(BIN)/python
	$(PIP_INSTALL) -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(BIN)/python
	$(PIP_INSTALL) -e '.[test]'
	@touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml setup.py | $(BIN)/python
	$(PIP_INSTALL) -e '.[test,bench]'
	@touch $@ $(VENV)/.installed-test $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test
install-bench: $(VENV)/.installed-bench

## The dashboard on http://127.0.0.1:$(PORT) over the store DB (default ./timeline.db, created with the seeds
## ingested): make run PORT=8051 DB=talks.db
run: install
	$(BIN)/timeline serve --port $(PORT) $(if $(DB),--db $(DB))

## Type-check the library and the dashboard, then all tests: unit, CLI, store, notebook, the dashboard in Chromium,
## the wheel installed in a fresh venv.
test: install-test
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest

## Run the seed notebook and save it with its outputs (commit them: tests/test_notebook.py checks they are current).
notebook: install-test
	cd notebooks && ../$(BIN)/jupyter-execute --inplace seed_timeline.ipynb

## Benchmarks, each printed as a table: TempEval-3 accuracy and annotation conventions, event extraction on the dev set and on real news, tagger speed and scaling, the spaCy pipeline's EWT accuracy, size, load time and speed, corpus-scale ingest (local engine and Dask; hours at its default 10k and 100k articles: --articles 1000 for a quick look).
bench: install-bench
	$(BIN)/python benchmarks/tempeval.py
	$(BIN)/python benchmarks/tempeval_conventions.py
	$(BIN)/python benchmarks/events.py
	$(BIN)/python benchmarks/realnews.py
	$(BIN)/python benchmarks/pipeline.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/scaling.py
	$(BIN)/python benchmarks/corpus.py
	$(BIN)/python benchmarks/merge_scaling.py
	$(BIN)/python benchmarks/merge_scaling.py --spread
	$(BIN)/python benchmarks/dashboard_perf.py 100000 1000000
	$(BIN)/python benchmarks/parser.py

## The shipped spaCy pipeline (timeline/model) rebuilt from UD English EWT: convert, train on one thread with a fixed seed, copy the best model into the package. About 1.5 h on one core (training/README.md); never run by test or CI.
EWT ?= ../shared/data/ud-english-ewt
model: install
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/python training/build.py --ewt $(EWT)

## The fuzzing campaign: every target for 60 s, coverage-guided by atheris; prints the inputs each tried.
fuzz: install-test
	$(PIP_INSTALL) -e '.[test,fuzz]'
	$(BIN)/python -m fuzz --engine atheris --seconds 60

## Rebuild the tagger's rule index (timeline/temporal/rule_index.json) after changing a rule or a macro.
rules: install
	$(BIN)/python -c "from timeline.temporal.tagger import write_index; print(write_index())"

## Rebuild timeline/resources/actors_world.tsv and places_world.tsv from ../shared/data/petrarch2-dictionaries.
actors: install
	$(BIN)/python tools/build_actors.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache artifacts training/work
