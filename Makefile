# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test test-all install eval bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,ray]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/eventwire code examples/articles.jsonl

# The Ray tests (slow: they start a local Ray) run in a second call so CI always runs them.
test: $(TEST_STAMP)
	$(PY) -m pytest -q
	$(PY) -m pytest -q -m ray

test-all: $(TEST_STAMP)
	$(PY) -m pytest -q -m ''

eval: $(STAMP)
	$(VENV)/bin/eventwire eval ../shared/gold/plover_gsr_dev.json --by-category
	$(VENV)/bin/eventwire eval ../shared/gold/seed.expected.json

bench: $(TEST_STAMP)
	$(PY) benchmarks/bench_coding.py --n 200 --repeat 3
	$(PY) benchmarks/bench_ingest.py --sizes 200 600 --repeat 2
	$(PY) benchmarks/bench_ray.py --n 400

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
