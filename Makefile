# One command runs the product (make chat), one runs the tests (make test); both install what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
REPLICAS ?= 2
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1

.PHONY: install model index chat serve test lint format bench clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]' -c constraints.txt
	touch $(STAMP)

# Verified download of the embedding model (skipped in seconds when already verified).
model: install
	HF_HUB_OFFLINE= $(BIN)/framework-advisor model fetch >/dev/null

# Incremental: does nothing (and loads no model) when index/ matches corpus/.
index: model
	$(BIN)/framework-advisor index build

chat: index
	$(BIN)/framework-advisor chat

# REPLICAS chat servers behind HAProxy on 127.0.0.1:8080 (installs Debian's haproxy when missing); Ctrl-C stops all.
serve: index
	$(BIN)/python deploy/cluster.py --replicas $(REPLICAS)

test: model
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: model
	$(BIN)/python benchmarks/perf.py
	$(BIN)/python benchmarks/load.py
	$(BIN)/python benchmarks/serving.py
	$(BIN)/python benchmarks/retrieval.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
