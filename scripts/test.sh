#!/usr/bin/env bash
# Install everything the tests need on a fresh machine, then run the whole test suite.
# Used by the README's quick start and by .ci/run. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium for the real-browser test (Playwright drives it; no browser download).
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# The project and its test dependencies in a virtual environment of its own.
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"

# Static checks first: lint, format and strict types of the engine (style.md habits).
.venv/bin/python -m ruff check benefits app tests ui_streamlit.py scripts
.venv/bin/python -m ruff format --check benefits app tests ui_streamlit.py scripts
.venv/bin/python -m mypy --strict benefits

# The engine compiled with mypyc, as the app runs it (scripts/compile.py; seconds when only a
# few sources changed). The suite runs on it, and tests/test_compiled.py compares it with the
# Python sources on every worked example. Without a C compiler the suite runs on the sources,
# except under CI, which must test what the app runs.
.venv/bin/python scripts/compile.py || [ -z "${CI:-}" ]
.venv/bin/python -m pytest "$@"
# The tests that replace an engine function (marked python_sources) on the Python sources.
BENEFITS_PURE=1 .venv/bin/python -m pytest -m python_sources "$@" || [ $? -eq 5 ]
