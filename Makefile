# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test test-slow test-all install eval bench serve clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,browser,ray]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/eventwire code examples/articles.jsonl

# The web UI on the bundled examples: http://127.0.0.1:8000/ (the store is built on first use).
EXAMPLES_DB := examples.duckdb
serve: $(STAMP)
	test -f $(EXAMPLES_DB) || $(VENV)/bin/eventwire ingest examples --db $(EXAMPLES_DB) --quiet
	$(VENV)/bin/eventwire serve --db $(EXAMPLES_DB)

# The Ray tests (slow: they start a local Ray) run in a second call so CI always runs them.
test: $(TEST_STAMP)
	$(PY) -m pytest -q
	$(PY) -m pytest -q -m ray

# The slow tests: kill -9 runs, killed and crashing workers, the hostile-input corpus (CI runs them too;
# the Ray tests, slow too, already ran in `make test`).
test-slow: $(TEST_STAMP)
	$(PY) -m pytest -q -m "slow and not ray"

test-all: $(TEST_STAMP)
	$(PY) -m pytest -q -m ''

eval: $(STAMP)
	$(VENV)/bin/eventwire eval ../shared/gold/plover_gsr_dev.json --by-category
	$(VENV)/bin/eventwire eval ../shared/gold/seed.expected.json
	$(VENV)/bin/eventwire eval ../shared/gold/plv_dev.tsv --by-category

bench: $(TEST_STAMP)
	$(PY) benchmarks/bench_coding.py --n 200 --repeat 3
	$(PY) benchmarks/bench_ingest.py --sizes 200 600 --repeat 2
	$(PY) benchmarks/bench_ray.py --n 400
	$(PY) benchmarks/bench_api.py --events 100000 --repeat 40

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
