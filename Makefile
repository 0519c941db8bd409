# amiable — the two commands a user needs are `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_CASES ?= 2000

.PHONY: run test bench lint venv clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## Migrate, load the demo portfolio if the database is empty, serve on 127.0.0.1:8000.
run: venv
	$(BIN)/amiable db upgrade
	$(BIN)/amiable demo load --cases $(DEMO_CASES) --if-empty
	$(BIN)/amiable serve --host $(HOST) --port $(PORT)

## The whole suite (PostgreSQL tests are skipped, with the reason, when no server answers).
test: venv
	$(BIN)/python -m pytest -n 2 -q

bench: venv
	$(BIN)/python -m benchmarks

lint: venv
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info
