# Two commands for a new machine: `make build` and `make test` (see README.md).
# The venv's interpreter: the system's /usr/bin/python3 when it is the same version as
# python3 and can make a venv, since distributions build it with PGO and LTO (a kg build
# takes about 9% less CPU than on a plain pyenv build, docs/PERFORMANCE.md); else python3.
# `make setup PYTHON=python3.12` chooses another.
SYSTEM_PYTHON := $(shell v() { "$$1" -c 'import ensurepip, sys; print(sys.version_info[:2])' 2>/dev/null; }; \
	[ -n "$$(v /usr/bin/python3)" ] && [ "$$(v /usr/bin/python3)" = "$$(v python3)" ] && echo /usr/bin/python3)
PYTHON ?= $(or $(SYSTEM_PYTHON),python3)
VENV := .venv
BIN := $(VENV)/bin
# The CPU build of torch lies on local disk on our machines; elsewhere pip finds it on PyPI.
WHEELS := $(wildcard /opt/wheels)
PIP_FLAGS := -c constraints.txt $(if $(WHEELS),--find-links $(WHEELS),)

.PHONY: build test setup clean

$(BIN)/kg: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q $(PIP_FLAGS) "torch==2.13.0"
	$(BIN)/python -m pip install -q $(PIP_FLAGS) -e ".[dev]"
	touch $(BIN)/kg

setup: $(BIN)/kg

build: setup
	$(BIN)/kg build seeds/ -o outputs/

test: setup
	bash scripts/install_browser.sh
	$(BIN)/python -m pytest --doctest-modules kg tests

clean:
	rm -rf $(VENV) outputs/graph.* outputs/build-report.json outputs/kg-store.sqlite*
