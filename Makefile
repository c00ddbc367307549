# Wegwijzer bij ziekte — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements-dev.lock | cksum | cut -d' ' -f1)
export DEBUG ?= 1
PYTEST_ARGS ?=

.PHONY: run test test-fast test-browser install browser-deps demo lint format clean smoke bench

## The virtualenv with the locked dependencies; reinstalls only when the lock file changes.
$(STAMP): requirements-dev.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP) .env

## Local development settings (git-ignored); production sets real environment variables.
.env:
	printf '# Local development only; never used in production.\nDEBUG=1\n' > .env

## Serve the site on http://127.0.0.1:8000 with a SQLite database and demo data.
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_reference_data
	$(PY) manage.py load_demo_data
	$(PY) manage.py runserver 127.0.0.1:8000

## Debian's Chromium for the browser tests (never a browser download), and zbarimg (zbar-tools),
## which reads the QR codes of printed routes back in the tests.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver) >/dev/null; \
	  else echo "chromium not installed and not root: browser tests will be skipped"; fi; }
	@command -v zbarimg >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q zbar-tools) >/dev/null; \
	  else echo "zbarimg not installed and not root: the QR code tests will be skipped"; fi; }

## The whole suite (DATABASE_URL picks the database; SQLite by default).
test: install browser-deps
	$(PY) manage.py makemigrations --check --dry-run >/dev/null
	$(PY) -m pytest $(PYTEST_ARGS)

## Only the fast tests (no browser).
test-fast: install
	$(PY) -m pytest -m "not browser" $(PYTEST_ARGS)

## Only the browser tests.
test-browser: install browser-deps
	$(PY) -m pytest -m browser $(PYTEST_ARGS)

## The production kit on loopback: two gunicorn instances behind nginx, DEBUG=0 (deploy/).
smoke: install
	$(PY) deploy/smoke.py

## 50,000 fiches in a throwaway PostgreSQL database, measured with wrk; writes
## docs/benchmarks.md. Takes about ten minutes. Not part of `make test`.
bench: install
	$(PY) deploy/bench.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 test-artifacts
