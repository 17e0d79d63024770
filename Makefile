# Vivier: `make run` serves the demo, `make test` runs the whole suite. See README.md.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha1sum | cut -c1-12)
DEV_ENV := DJANGO_DEBUG=1

.PHONY: install system-packages run-packages install-one run serve test lint format migrations messages lock clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	@rm -f $(VENV)/.installed-*
	@touch $@

# Debian packages: bubblewrap runs candidates' code (grading, so `make run` needs it too);
# the tests also need chromium for browser tests and redis-server for the test that stops and
# restarts Redis under a live page. Installed with apt-get when missing (as root or through
# sudo); otherwise the target stops and says what to install. The languages' toolchains
# (README, "Languages in the sandbox") are installed the same way, but one that cannot be
# installed is only reported: the sandbox answers "not installed on this server" for it.
LANGUAGE_PACKAGES := nodejs node-typescript openjdk-17-jdk-headless php-cli gcc g++ golang-go \
  sqlite3
RUN_PACKAGES := bubblewrap
SYSTEM_PACKAGES := chromium bubblewrap redis-server

define install_packages
	@missing=""; for pkg in $(1); do \
	  dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; \
	  else echo "Cannot install$$missing: run 'apt-get install$$missing' as root." >&2; exit 1; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing \
	    || { echo "apt-get could not install$$missing; install them by hand." >&2; exit 1; }; \
	fi
endef

# The same, one package at a time, reporting what it cannot install instead of stopping.
define install_language_packages
	@for pkg in $(LANGUAGE_PACKAGES); do \
	  $(MAKE) --no-print-directory -s install-one PKG=$$pkg \
	    || echo "Warning: could not install $$pkg: its languages answer 'not installed'." >&2; \
	done
endef

install-one:
	$(call install_packages,$(PKG))

system-packages:
	$(call install_packages,$(SYSTEM_PACKAGES))
	$(install_language_packages)

run-packages:
	$(call install_packages,$(RUN_PACKAGES))
	$(install_language_packages)

# `make run PORT=8001` serves on another port (two checkouts side by side).
PORT ?= 8000

run: install run-packages
	@mkdir -p var
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	@$(DEV_ENV) $(BIN)/python manage.py load_assessment_library
	@$(DEV_ENV) $(BIN)/python manage.py seed_demo
	@$(DEV_ENV) $(BIN)/python manage.py regrade_stuck --minutes 0
	@echo "Vivier: http://127.0.0.1:$(PORT)  (Ctrl+C to stop)"
	@trap 'kill 0' INT TERM EXIT; \
	$(DEV_ENV) $(BIN)/python manage.py db_worker --interval 0.5 & \
	$(DEV_ENV) $(BIN)/daphne -b 127.0.0.1 -p $(PORT) config.asgi:application

# Three passes (tests/conftest.py says which test goes where), each run even if one before fails:
# the parallel pass over TEST_WORKERS processes (pytest-xdist; browser tests one at a time on
# one of them: BROWSER_WORKERS in tests/conftest.py); the sandbox pass over SANDBOX_WORKERS
# processes, one per core, since sandbox tests judge CPU time against wall-clock limits; the
# serial pass alone (tests that start servers other tests could meet).
# `make test TEST_WORKERS=2` changes the number of processes.
TEST_WORKERS ?= 3
SANDBOX_WORKERS ?= 2
# Tests that need PostgreSQL and Redis (tests/scale) are left out: .ci/run runs them in its
# PostgreSQL + Redis phase, with `pytest -m scale`.
ONLY_ON_POSTGRESQL := scale
# More pytest options for both passes: .ci/run's PostgreSQL phase gives --database-phase.
TEST_OPTIONS ?=
# Bytecode is written even where the environment says not to (PYTHONDONTWRITEBYTECODE): each
# pass and each worker would otherwise compile and rewrite the assertions of every module again
# (20 s of CPU per process against 12, measured in BENCHMARKS.md).
TEST_ENV := PYTHONDONTWRITEBYTECODE=

test: install system-packages
	@mkdir -p var
	status=0; \
	$(TEST_ENV) $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup $(TEST_OPTIONS) \
	  -m "not (sandbox or serial or $(ONLY_ON_POSTGRESQL))" || status=1; \
	$(TEST_ENV) $(BIN)/python -m pytest -n $(SANDBOX_WORKERS) --dist loadgroup $(TEST_OPTIONS) \
	  -m "sandbox and not (serial or $(ONLY_ON_POSTGRESQL))" || status=1; \
	$(TEST_ENV) $(BIN)/python -m pytest $(TEST_OPTIONS) \
	  -m "serial and not $(ONLY_ON_POSTGRESQL)" || status=1; \
	exit $$status

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djlint --lint templates */templates
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrations: install
	$(DEV_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

# French is the source language; English translations live in locale/en (needs gettext).
# locale/fr holds only the French plural forms (« 0 offre »), made by locale/french_plurals.py.
messages: install
	$(DEV_ENV) $(BIN)/python manage.py makemessages -l en -l fr --ignore=.venv --ignore=var \
	  --ignore="tests/*" --ignore="benchmarks/*"
	$(BIN)/python locale/french_plurals.py locale/fr/LC_MESSAGES/django.po
	$(DEV_ENV) $(BIN)/python manage.py compilemessages -l en -l fr --ignore=.venv

# Refresh the lock after changing pyproject.toml: a clean venv, the pinned direct dependencies.
lock:
	rm -rf var/lockenv && $(PYTHON) -m venv var/lockenv
	var/lockenv/bin/pip install --quiet ".[dev]" && var/lockenv/bin/pip uninstall -y -q vivier
	var/lockenv/bin/pip freeze --exclude-editable | grep -v '^vivier' > requirements.lock
	rm -rf var/lockenv

clean:
	rm -rf $(VENV) var/static
