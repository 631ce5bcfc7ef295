# The two commands a newcomer needs: `make brief` and `make test`. Both create .venv/ when needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
N ?= 1000

.PHONY: brief test test-fast fuzz quality bench golden clean browser

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

brief: $(STAMP)
	$(BIN)/briefgen build seeds --out output

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# The real-browser test (tests/test_serve_browser.py) drives Debian's headless Chromium through its
# chromedriver. Installed here when missing (as root, or with sudo that asks no password); when it
# cannot be installed the test is skipped and says why (.ci/run installs it and insists).
BROWSER_PACKAGES := chromium chromium-driver
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; \
	elif ! command -v apt-get >/dev/null 2>&1; then echo "make: no apt-get: $(BROWSER_PACKAGES) not installed; the browser test will be skipped"; \
	else SUDO=; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
	  echo "make: installing $(BROWSER_PACKAGES) for the browser test"; \
	  { $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(BROWSER_PACKAGES) >/dev/null; } \
	  || echo "make: could not install $(BROWSER_PACKAGES); the browser test will be skipped"; \
	fi

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
