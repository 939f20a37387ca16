"""The reporting calendar: every report of a projection as a list and as an iCalendar file.

The file is written here, to RFC 5545, rather than with a library: it holds only all-day events
(VEVENT with DTSTART;VALUE=DATE), and the rules that matter are few: CRLF line ends, lines
folded at 75 octets, text escaped (backslash, semicolon, comma, newline), and a UID and DTSTAMP
on every event. A dependency would add more than it saves.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from .months import Month
from .results import Projection, Report

PRODID = "-//benefits//reporting calendar//EN"


def all_reports(projection: Projection) -> list[tuple[Month, Report]]:
    """Every report of the projection with the month it belongs to, by due date."""
    found = [(m.month, r) for m in projection.months for r in m.reports]
    return sorted(found, key=lambda pair: (pair[1].due, pair[1].to))


def calendar_text(projection: Projection) -> str:
    """The reports as plain text, one block per report, for the terminal."""
    lines = [f"What to report, and by when: {projection.scenario}", ""]
    for month, report in all_reports(projection):
        lines.append(f"{report.due}  to {report.to}  (for {month})")
        lines.append(f"    {report.what}")
        if report.details:
            lines.append(f"    {report.details}")
        if report.how:
            lines.append(f"    How: {report.how}")
        lines.append(f"    Law: {report.cite}")
        lines.append("")
    if len(lines) == 2:
        lines.append("Nothing to report in these months.")
    return "\n".join(lines).rstrip() + "\n"


def to_ics(projection: Projection, stamp: datetime | None = None) -> str:
    """An iCalendar file with one all-day event on each report's due date."""
    stamp = stamp or datetime.now(UTC)
    dtstamp = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    lines.append(f"X-WR-CALNAME:{_escape('Benefits reports: ' + projection.scenario)}")
    for month, report in all_reports(projection):
        parts = [report.what, report.details, f"How: {report.how}" if report.how else ""]
        description = "\n\n".join([p for p in parts if p] + [f"Law: {report.cite}"])
        uid = hashlib.sha256(
            f"{projection.scenario}|{month}|{report.due}|{report.to}|{report.what}|{report.details}".encode()
        ).hexdigest()[:32]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@benefits",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{report.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{report.due + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape('Report to ' + report.to)}",
            f"DESCRIPTION:{_escape(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 section 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (RFC 5545 section 3.1).

    Continuation lines start with one space; a UTF-8 character is never split.
    """
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)
