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
    page.get_by_text("Side by side", exact=True).wait_for()
    return page


def _no_exception(page) -> None:  # type: ignore[no-untyped-def]
    errors = [e.inner_text() for e in page.locator("[data-testid='stException']").all()]
    assert not errors, errors


def _wait_for_answer(page, text: str) -> None:  # type: ignore[no-untyped-def]
    page.locator("[data-testid='stAlertContentSuccess']").filter(has_text=text).wait_for()


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


def test_quick_mode_in_a_real_browser(app_url: str, browser: object) -> None:
    page = _open(browser, app_url, 1400, 1000)
    try:
        hours = page.get_by_label("Hours a week", exact=True)
        hours.fill("30")
        hours.press("Enter")
        _wait_for_answer(page, "At 30 hours a week at $15.00")
        wage = page.get_by_label("Pay per hour ($), before taxes")
        wage.fill("12.50")
        wage.press("Enter")
        _wait_for_answer(page, "At 30 hours a week at $12.50")
        _wait_for_answer(page, "you keep Medicaid under 1619(b)")
        # the comparison, a chart per scenario, the cliff chart and the milestones appear
        page.get_by_text("Comparison", exact=True).wait_for()
        page.get_by_text("2. 30 h/week at $12.50", exact=True).first.wait_for()
        page.get_by_text("Cliff chart: net income by hours a week").wait_for()
        page.locator("[data-testid='stVegaLiteChart']").first.wait_for()
        page.wait_for_function(
            "document.querySelectorAll(\"[data-testid='stVegaLiteChart'] canvas, "
            "[data-testid='stVegaLiteChart'] svg\").length >= 3"
        )
        _no_exception(page)
        page.get_by_text("Nothing you type leaves the machine", exact=False).wait_for()
        _screenshot(page, "quick-desktop.png")
    finally:
        page.close()


def test_bad_hours_message_and_phone_width(app_url: str, browser: object) -> None:
    page = _open(browser, app_url, 390, 844)
    try:
        hours = page.get_by_label("Hours a week", exact=True)
        hours.fill("200")
        hours.press("Enter")
        page.get_by_text("must be between 0 and 168", exact=False).wait_for()
        _no_exception(page)
        hours.fill("20")
        hours.press("Enter")
        _wait_for_answer(page, "At 20 hours a week")
        page.locator("[data-testid='stVegaLiteChart']").first.wait_for()
        # nothing wider than the phone's screen except inside scrollable tables and charts
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, f"page is {width}px wide at a 390px phone width"
        _screenshot(page, "quick-phone.png")
    finally:
        page.close()


def test_planner_mode_in_a_real_browser(app_url: str, browser: object) -> None:
    page = _open(browser, app_url, 1400, 1000)
    try:
        page.get_by_text("Planner", exact=True).click()
        page.get_by_text("Scenario name").first.wait_for()
        page.get_by_role("button", name="Add a scenario (a copy of the last one)").click()
        page.get_by_text("2. Part-time at $15 an hour (copy)", exact=True).first.wait_for()
        page.get_by_text("Housing help (HUD)").first.wait_for()
        page.get_by_role("button", name="Add a person to the household").first.click()
        page.get_by_text("Person 2: age").first.wait_for()
        _no_exception(page)
        _screenshot(page, "planner-desktop.png")
    finally:
        page.close()
