# Two commands set everything up on a fresh machine with Python 3.11 and pip: `make run`, `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The compiled (mypyc) extractor, rebuilt when its source changes. Optional: without a C compiler, or
# if the compiler fails, the build says so and the pure-Python extractor (the same code) runs.
NATIVE := $(VENV)/.native
# Compile bytecode at install: PYTHONDONTWRITEBYTECODE is set on these machines and imports would double.
PIP    := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pip --disable-pip-version-check

.PHONY: install run test lint typecheck eval bench clean expectations native train

install: $(STAMP) $(NATIVE)

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (set PYTHON=...)" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet -r requirements.lock
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

$(NATIVE): $(STAMP) $(wildcard tariffwatch/extraction/*.py)
	$(BIN)/tariffwatch native build || echo "warning: the compiled extractor did not build; the pure-Python one runs" >&2
	@touch $(NATIVE)

native: $(NATIVE)

run: $(STAMP) $(NATIVE)
	$(BIN)/tariffwatch run --seeds seeds

# Two pytest workers (the machines have 2 cores; most of the time goes to Prefect servers and real
# subprocesses). A test module is one unit of work, so its module-scoped fixtures are set up once;
# tests/conftest.py hands out the heavy modules first. TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= 2

test: $(STAMP) $(NATIVE)
	$(BIN)/ruff check tariffwatch flows tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder

lint: $(STAMP)
	$(BIN)/ruff check tariffwatch flows tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

expectations: $(STAMP)
	$(BIN)/tariffwatch schema export

eval: $(STAMP) $(NATIVE)
	$(BIN)/tariffwatch eval tests/data/extraction

# Retrain the learned deadline classifier on the labelled pool under tests/data, write the shipped weights
# (tests/test_learned.py fails while they are stale) and print its leave-one-set-out and test-set scores.
train: $(STAMP)
	$(BIN)/python -m tariffwatch.extraction.training --model tariffwatch/extraction/deadline_model.json

bench: $(STAMP) $(NATIVE)
	$(BIN)/python -m bench $(if $(QUICK),--quick,)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
