# Two commands for a newcomer (see README.md):
#   make run    set everything up (first time) and start the app on the default project
#   make test   set everything up (first time) and run the whole test suite
# Both create .venv and install the project with pip from pyproject.toml; later runs reuse it.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

PACKAGING_STAMP := $(VENV)/.installed-packaging
QT_LIBS_STAMP   := $(VENV)/.qt-system-libs

.PHONY: run test bench bundle bundle-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

# Before Qt can abort on a machine that lacks a library of its xcb plugin, name them all and print the
# one apt-get line that installs them. Checked again only when the system's library cache changes.
$(QT_LIBS_STAMP): $(STAMP) $(wildcard /etc/ld.so.cache)
	@$(BIN)/python packaging/qt_system_libs.py --stamp $@

run: $(STAMP) $(QT_LIBS_STAMP)
	$(BIN)/workshop-app

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	for script in tests/benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

$(PACKAGING_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test,packaging]"
	touch $(PACKAGING_STAMP)

# The one-folder app bundle for this OS in dist/workshop-app (PyInstaller; see packaging/).
bundle: $(PACKAGING_STAMP)
	$(BIN)/python packaging/build.py

# Build the bundle, then run it with no Python beside it: smoke test, CSV import, themes, PDF.
bundle-check: $(PACKAGING_STAMP)
	$(BIN)/python packaging/build.py --check

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
