# Two commands for a fresh machine: `make run` (main job on the sample) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format lab sample clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	if [ -d .git ]; then $(BIN)/nbstripout --install; fi
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/analysis run

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts tools
	$(BIN)/ruff format --check src tests benchmarks scripts tools
	$(BIN)/pytest --nbval-lax tests notebooks

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts tools

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks scripts tools
	$(BIN)/ruff check --fix src tests benchmarks scripts tools

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

sample: $(STAMP)
	$(BIN)/python -m tools.sample

clean:
	find data/processed -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
	rm -rf reports
