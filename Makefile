# Two entry points that do all the set-up on a fresh machine (uv included):
#   make demo   ingest the sample articles into kansoku.db, print a summary, write export/
#   make test   lint and type-check, then the whole test suite (with the evaluation gate
#               when ../shared exists; PostgreSQL from Debian for the PostgreSQL store)

SHELL := /bin/bash
UV ?= $(shell command -v uv 2>/dev/null || echo "$$(python3 -m site --user-base)/bin/uv")

.PHONY: demo test lint format setup browser postgres clean

# pip --user first; Debian's own Python needs --break-system-packages for that (PEP 668);
# a Debian without pip gets it from apt.
$(UV):
	python3 -m pip --version >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq python3-pip)
	python3 -m pip install --user --quiet uv 2>/dev/null \
	  || python3 -m pip install --user --quiet --break-system-packages uv

setup: $(UV)
	$(UV) sync --frozen --quiet

demo: setup
	$(UV) run --frozen kansoku demo

lint: setup
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy

# The dashboard's browser tests drive Debian's Chromium with Playwright (`playwright install`
# downloads browsers, which this project never does); CJK fonts so pages render legibly.
browser:
	@command -v chromium >/dev/null && fc-list | grep -qi ipa \
	  || (apt-get update -qq && apt-get install -y -qq chromium fonts-ipafont-gothic fonts-nanum)

# The PostgreSQL store's tests start their own server from the machine's binaries (initdb
# and pg_ctl in a temporary folder: tests/pgserver.py); Debian's server package has them,
# pg_trgm included.
postgres:
	@compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null \
	  || (apt-get update -qq && apt-get install -y -qq postgresql)

test: lint browser postgres
	KANSOKU_REQUIRE_POSTGRES=1 $(UV) run --frozen pytest

format: setup
	$(UV) run --frozen ruff format .
	$(UV) run --frozen ruff check --fix .

clean:
	rm -rf .venv kansoku.db kansoku.db-wal kansoku.db-shm export .pytest_cache .ruff_cache
