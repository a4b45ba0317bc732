# Common Ground: two commands set everything up on a fresh machine.
#   make lab    the curriculum in JupyterLab
#   make test   the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Extra options for `jupyter lab`, e.g. LAB_ARGS="--no-browser --port 8890".
LAB_ARGS ?=
# Extra options for pytest, e.g. PYTEST_ARGS="-m 'not browser'".
PYTEST_ARGS ?=
WORKERS ?= 2
# Jupyter refuses to run as root unless told; containers and CI often are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: install lab test lint app bench build exercises clean help

help:
	@echo "make lab      open the curriculum in JupyterLab (sets up .venv first)"
	@echo "make test     run every test (unit, notebooks, exercises, browser)"
	@echo "make app      the volunteer lessons as an app (Voila, code hidden)"
	@echo "make lint     ruff over the code"
	@echo "make bench    run the benchmarks and print their figures"
	@echo "make build    rebuild notebooks/, exercises/, solutions/ from content/"
	@echo "make install  only set up .venv (both lab and test do this)"

install: $(STAMP)

# Rebuilt when pyproject.toml changes, or when .venv is missing or broken.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
		|| { echo "Common Ground needs Python >= 3.10 (found: $$($(PYTHON) --version))"; exit 1; }
	@$(PY) -c 'import sys' 2>/dev/null || { rm -rf $(VENV); $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

lab: install
	$(VENV)/bin/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)" \
		--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb $(LAB_ARGS)

# Files go to the workers in collection order (--no-loadscope-reorder), so the browser tests,
# the longest files, start first; xdist's default (most tests first) left them for the end.
test: install node_modules/axe-core/axe.min.js
	$(PY) -m pytest -n $(WORKERS) --dist loadfile --no-loadscope-reorder --nbval-lax $(PYTEST_ARGS) \
		tests notebooks exercises solutions

# axe-core for the accessibility scan in the browser tests (skipped when npm is absent).
node_modules/axe-core/axe.min.js: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent; \
	else echo "npm not found: the accessibility scan will be skipped"; fi

lint: install
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

app: install
	$(VENV)/bin/commonground app

bench: install
	$(PY) benchmarks/run_all.py

build: install
	$(VENV)/bin/commonground build

exercises: build

clean:
	rm -rf $(VENV) .pytest_cache build src/*.egg-info
