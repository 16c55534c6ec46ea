# Two commands on a fresh machine: `make run` and `make test`. Everything else is a helper.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export STREAMLIT_BROWSER_GATHER_USAGE_STATS := false

.PHONY: setup setup-test run test lint eval bench samples clean

setup: $(VENV)/.installed

# Re-installs only when pyproject.toml changes; torch comes from its pinned CPU build.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# The LLM integration test needs llama-cpp-python (compiled once, ~5 min) and a tiny GGUF model.
setup-test: $(VENV)/.installed-test

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev,llm-test]'
	touch $@

run: setup
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port 8501 \
		--server.headless true --browser.gatherUsageStats false

test: setup-test
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check assistant ui scripts tests app.py

samples: setup
	$(BIN)/contract-assistant samples samples-out

eval: setup
	$(BIN)/python scripts/evaluate.py

bench: setup
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_cli.py
	$(BIN)/python scripts/bench_compare.py
	$(BIN)/python scripts/bench_portfolio.py

clean:
	rm -rf $(VENV) data .pytest_cache
