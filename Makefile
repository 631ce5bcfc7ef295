# The two commands a newcomer needs: `make brief` and `make test`. Both create .venv/ when needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
N ?= 1000

.PHONY: brief test test-fast fuzz quality bench golden clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

brief: $(STAMP)
	$(BIN)/briefgen build seeds --out output

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)  # the edit-test loop: everything but the tests that run the CLI in a subprocess
	$(BIN)/python -m pytest -q -m "not slow"

# The fuzz tests (@pytest.mark.fuzz) at length: about ten minutes; FUZZ_EXAMPLES=N examples per test.
fuzz: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m fuzz --hypothesis-profile=fuzz --hypothesis-show-statistics tests/

quality: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,eval]'
	$(BIN)/python benchmarks/quality/run.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --n $(N)

golden: $(STAMP)
	$(BIN)/python tests/update_golden.py

clean:
	rm -rf output/*.md output/*.html output/*.pdf output/*.json output/.cache build dist *.egg-info
