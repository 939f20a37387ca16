#!/usr/bin/env bash
# Install the project with the app's dependencies and open the screen on a built-in example.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[app]"
exec .venv/bin/python -m streamlit run ui_streamlit.py "$@"
