# Two commands matter: `make demo` (set up, crawl the bundled mirror offline) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install gazetteers browser demo test test-hostile lint crawl clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

# Compile the shipped gazetteers into SQLite once (rebuilt only when their sources change).
gazetteers: install
	$(BIN)/python -c "from parsers.places.ua_places import load_ua_places; from parsers.places.world import load_world; load_ua_places(); load_world()"

demo: gazetteers  # into data/demo.db, never the live data/pobratym.db
	$(BIN)/pobratym crawl --demo

# Headless Chromium for the browser tests: Debian's package (tests never download a browser).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  { $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium >/dev/null; } || \
	  echo "could not install chromium with apt: the browser tests will say what they need"; }

# Two pytest workers (pytest-xdist): most of the suite is crawler subprocesses and loopback waits.
# The session's shared crawls (tests/conftest.py) are built once for both workers.
PYTEST_WORKERS ?= 2

test: gazetteers browser
	$(BIN)/ruff check .
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) --dist worksteal

# The slow part of the hostile suite: 180 hostile pages crawled three nights and reparsed, and the
# SIGKILL matrix (crawl, nightly, reparse); CI runs it after `make test`. The kill matrix comes
# first: one worker starts on it while the other crawls the three nights that every
# test_hostile_crawl.py test reads (built once for both workers).
test-hostile: gazetteers
	POBRATYM_HOSTILE=1 $(BIN)/pytest -q -n $(PYTEST_WORKERS) --dist worksteal tests/test_hostile_kill.py tests/test_hostile_crawl.py

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

crawl: install
	$(BIN)/pobratym crawl

clean:
	rm -rf $(VENV) data/pobratym.db* data/demo.db* data/logs data/demo-*.csv data/*.metadata.json data/*.sqlite
