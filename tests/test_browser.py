"""A real browser against the real app: `streamlit run` on a free local port, driven by Playwright
with Debian's Chromium (issue 6). Screenshots go to test-artifacts/.

Under CI (env CI set) a missing browser fails the test; on a developer's machine it skips.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
START_TIMEOUT = 60.0


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing; CI must install it (see .ci/run)")
    pytest.skip(f"{what} is missing")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    if not CHROMIUM.exists():
        _missing(str(CHROMIUM))
    port = _free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = (ARTIFACTS / "streamlit-server.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "ui_streamlit.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
            "--server.runOnSave",
            "false",
        ],
        cwd=ROOT,
        env={**os.environ, "BENEFITS_DATA_DIR": str(ARTIFACTS / "case-store")},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if server.poll() is not None:
                pytest.fail(f"streamlit exited with {server.returncode}; see {log.name}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start within {START_TIMEOUT} s")
            time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        _missing(str(CHROMIUM))
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


def _open(browser: object, url: str, width: int, height: int):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": height})  # type: ignore[attr-defined]
    page.set_default_timeout(60_000)
    page.goto(url)
    page.locator("[data-testid='stMain']").wait_for()
    return page


def _no_exception(page) -> None:  # type: ignore[no-untyped-def]
    errors = [e.inner_text() for e in page.locator("[data-testid='stException']").all()]
    assert not errors, errors


def _choose(page, label: str, option: str) -> None:  # type: ignore[no-untyped-def]
    _settle(page)
    page.get_by_label(label, exact=True).click()
    page.keyboard.type(option)
    page.keyboard.press("Enter")
    _settle(page)


def _settle(page) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app has finished its rerun (Streamlit's running indicator is gone)."""
    page.wait_for_timeout(150)
    page.wait_for_function(
        "!document.querySelector('[data-testid=\"stStatusWidget\"] button')"
        " && !document.querySelector('[data-testid=\"stAppRunning\"]')"
    )


def _number(page, label: str, value: str) -> None:  # type: ignore[no-untyped-def]
    _settle(page)
    box = page.get_by_label(label, exact=True)
    box.fill(value)
    box.press("Enter")
    _settle(page)


def _yes_no(page, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    _settle(page)
    group = page.get_by_role("radiogroup", name=question)
    group.get_by_text(answer, exact=True).click()
    _settle(page)


def _screenshot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """The whole app: Streamlit scrolls inside its main area, so grow the viewport to fit it."""
    width = page.viewport_size["width"]
    height = page.evaluate(
        'Math.max(...[...document.querySelectorAll(\'[data-testid="stMain"], '
        '[data-testid="stAppViewContainer"], body\')].map(e => e.scrollHeight))'
    )
    page.set_viewport_size({"width": width, "height": min(int(height) + 40, 16000)})
    page.wait_for_timeout(800)  # charts re-layout to the new size
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def _ask_ssi_only(page) -> None:  # type: ignore[no-untyped-def]
    _choose(page, "Your state", "TX")
    _number(page, "Your age", "40")
    _yes_no(page, "Do you get SSI (Supplemental Security Income)?", "Yes")
    _yes_no(page, "Do you get SSDI (Social Security Disability Insurance)?", "No")
    _number(page, "Pay per hour ($)", "15")
    _number(page, "Hours a week", "20")
    _choose(page, "How often paid", "Once a month")
    page.get_by_text("SSI counts your pay two months after it is paid", exact=False).wait_for()


def test_ask_ssi_only_in_a_real_browser(app_url: str, browser: object) -> None:
    page = _open(browser, app_url, 1366, 900)
    try:
        _ask_ssi_only(page)
        page.get_by_text("A typical month", exact=True).wait_for()
        # the answer is above the fold of a 1366 x 900 laptop
        box = page.get_by_text("A typical month", exact=True).bounding_box()
        assert box is not None and box["y"] + box["height"] < 900
        _no_exception(page)
        page.get_by_text("Nothing you type leaves the machine", exact=False).wait_for()
        _screenshot(page, "ask-desktop.png")
    finally:
        page.close()


def test_ask_at_phone_width(app_url: str, browser: object) -> None:
    page = _open(browser, app_url, 390, 844)
    try:
        _ask_ssi_only(page)
        _no_exception(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, f"page is {width}px wide at a 390px phone width"
        _screenshot(page, "ask-phone.png")
    finally:
        page.close()


def test_plan_in_a_real_browser(app_url: str, browser: object) -> None:
    page = _open(browser, f"{app_url}/plan", 1366, 900)
    try:
        page.get_by_label("New case: a label you choose (no SSN or case number)").fill("Browser")
        page.get_by_role("button", name="Create the case").click()
        page.get_by_role("button", name="Add this example").click()
        page.get_by_text("Saved on this computer", exact=False).wait_for()
        _no_exception(page)
        _screenshot(page, "plan-desktop.png")
    finally:
        page.close()
