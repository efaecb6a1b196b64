PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
BIND ?= 0.0.0.0

.PHONY: run serve test venv npm migrate demo clean

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

venv: $(BIN)/.installed

# TimelineJS 3 from npm, only for the browser test that renders our timeline.json with it;
# without npm that test skips with the reason.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

npm:
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory node_modules/.installed; \
	else echo "npm not found: the TimelineJS browser test will be skipped"; fi

migrate: venv
	DEBUG=1 $(BIN)/python manage.py migrate --noinput

demo: migrate
	DEBUG=1 $(BIN)/python manage.py load_demo

run: demo
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Production server: the environment's settings (SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, ...).
serve: venv
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/gunicorn config.wsgi:application --bind $(BIND):$(PORT) --workers $${WEB_CONCURRENCY:-2} \
		--access-logfile - --error-logfile -

test: venv npm
	$(BIN)/python -m pytest

# wrk against `make serve` on a free loopback port: the timeline, the widget and the API, DURATION
# seconds each; prints requests/s, p50, p99 and errors, and fails on any error.
.PHONY: loadtest
DURATION ?= 10
loadtest: venv
	$(BIN)/python benchmarks/loadtest.py --duration $(DURATION)

clean:
	rm -rf $(VENV) data staticfiles .pytest_cache node_modules
