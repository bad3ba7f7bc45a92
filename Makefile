# Set-up and everyday commands. Every target creates .venv and installs what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench install install-test install-bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

install-bench: $(BIN)/python
	$(BIN)/pip install -q -e '.[test,bench]'

## The dashboard on http://127.0.0.1:8050 over ./timeline.db (the seeds are ingested into an empty store).
run: install
	$(BIN)/timeline serve

## Type-check the library and the dashboard, then all tests: unit, CLI, store, notebook, the dashboard in Chromium.
test: install-test
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest

## Benchmarks, each printed as a table: TempEval-3 accuracy and annotation conventions, event extraction on the dev set and on real news, tagger speed and scaling, corpus-scale ingest (local engine and Dask; hours at its default 10k and 100k articles: --articles 1000 for a quick look).
bench: install-bench
	$(BIN)/python benchmarks/tempeval.py
	$(BIN)/python benchmarks/tempeval_conventions.py
	$(BIN)/python benchmarks/events.py
	$(BIN)/python benchmarks/realnews.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/scaling.py
	$(BIN)/python benchmarks/corpus.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache artifacts
