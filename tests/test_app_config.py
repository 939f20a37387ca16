"""The app's configuration (issue 10): it listens on the loopback address only, with a minimal
toolbar, no usage statistics and no outside lookups at start-up."""

from __future__ import annotations

import ipaddress
import socket
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_configured_server_address_is_loopback() -> None:
    assert ipaddress.ip_address(CONFIG["server"]["address"]).is_loopback
    assert CONFIG["server"]["enableXsrfProtection"] is True
    assert CONFIG["server"]["maxUploadSize"] == 1


def test_toolbar_is_minimal_and_no_statistics_are_sent() -> None:
    assert CONFIG["client"]["toolbarMode"] == "minimal"
    assert CONFIG["browser"]["gatherUsageStats"] is False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.skipif(sys.platform != "linux", reason="reads the listening sockets from /proc")
def test_started_app_listens_on_loopback_only() -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "ui_streamlit.py", "--server.port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    watchdog = threading.Timer(90, server.kill)  # never hang the suite
    watchdog.start()
    lines = []
    try:
        assert server.stdout is not None
        for line in server.stdout:  # the URLs are printed once the server listens
            lines.append(line)
            if "URL:" in line:
                break
        listening = _wait_for_listener(port, timeout=30)
    finally:
        server.terminate()
        output = "".join(lines) + server.communicate(timeout=30)[0]
        watchdog.cancel()
    assert listening == {"127.0.0.1"}, output
    assert f"URL: http://127.0.0.1:{port}" in output
    assert "External URL" not in output and "Network URL" not in output
    assert "external IP" not in output  # Streamlit looked up no outside address


def _wait_for_listener(port: int, timeout: float) -> set[str]:
    """The local addresses listening on `port` (from /proc/net/tcp and tcp6)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _listeners(port)
        if found:
            return found
        time.sleep(0.25)
    return set()


def _listeners(port: int) -> set[str]:
    found = set()
    for table, size in (("/proc/net/tcp", 4), ("/proc/net/tcp6", 16)):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                raw = bytes.fromhex(address)
                if size == 4:
                    found.add(str(ipaddress.IPv4Address(raw[::-1])))
                else:
                    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
                    found.add(str(ipaddress.IPv6Address(words)))
    return found
