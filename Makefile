# Two commands set everything up on a fresh machine with Python 3.11 and pip: `make run`, `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Compile bytecode at install: PYTHONDONTWRITEBYTECODE is set on these machines and imports would double.
PIP    := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pip --disable-pip-version-check

.PHONY: install run test lint typecheck eval bench clean expectations

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (set PYTHON=...)" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet -r requirements.lock
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/tariffwatch run --seeds seeds

# Two pytest workers (the machines have 2 cores; most of the time goes to Prefect servers and real
# subprocesses). A test module is one unit of work, so its module-scoped fixtures are set up once;
# tests/conftest.py hands out the heavy modules first. TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= 2

test: $(STAMP)
	$(BIN)/ruff check tariffwatch flows tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder

lint: $(STAMP)
	$(BIN)/ruff check tariffwatch flows tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

expectations: $(STAMP)
	$(BIN)/tariffwatch schema export

eval: $(STAMP)
	$(BIN)/tariffwatch eval tests/data/extraction

bench: $(STAMP)
	$(BIN)/python -m bench $(if $(QUICK),--quick,)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
