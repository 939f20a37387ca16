"""`benefits calendar`: the reporting calendar printed and written as an iCalendar file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from benefits.calendar import _escape, _fold, to_ics
from benefits.cli import main, resolve
from benefits.io import load_scenario
from benefits.projection import project


def test_calendar_prints_the_reports_and_writes_an_ics_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "reports.ics"
    assert main(["calendar", "ssi_part_time", "--ics", str(target)]) == 0
    out = capsys.readouterr().out
    assert "to Social Security Administration" in out and "416.714(a)" in out
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert "DTSTART;VALUE=DATE:20270110" in text  # December 2026's wages, due 2027-01-10
    assert f"Wrote {target}" in out


def test_an_unwritable_ics_path_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["calendar", "ssi_part_time", "--ics", str(tmp_path / "no" / "x.ics")]) == 2
    assert "--ics" in capsys.readouterr().err


def test_text_is_escaped_and_lines_folded_as_rfc_5545_says() -> None:
    assert _escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne"
    folded = _fold("DESCRIPTION:" + "é" * 80)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == "DESCRIPTION:" + "é" * 80


def test_the_same_projection_gives_the_same_file() -> None:
    projection = project(load_scenario(resolve("voucher_new_job")))
    stamp = datetime(2026, 12, 1, tzinfo=UTC)
    assert to_ics(projection, stamp) == to_ics(projection, stamp)
    assert "SUMMARY:Report to the housing agency" in to_ics(projection, stamp)
