#!/usr/bin/env bash
# Install the project with the app's dependencies and serve the screen at http://127.0.0.1:8501
# (Ask starts empty; Plan's built-in examples are one click away). Extra arguments go to Streamlit.
set -euo pipefail
cd "$(dirname "$0")/.."
# The report's PDF (WeasyPrint) needs the system Pango library; Debian names it so.
if ! ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0.so.0 && command -v apt-get >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 \
    fonts-dejavu-core >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[app,compile]"
# The engine compiled with mypyc, about twice as fast (README, "Speed"); without a C compiler
# the same engine runs from its Python sources.
.venv/bin/python scripts/compile.py || echo "The app runs the engine's Python sources."
exec .venv/bin/python -m streamlit run ui_streamlit.py "$@"
