"""The report a planner hands over: a benefits summary and analysis of up to four scenarios,
as print-ready HTML and as PDF (the same HTML rendered by WeasyPrint).

    html = report_html(projections, Case(client="J.D.", planner="A. Lee"))
    pdf = report_pdf(html)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html import escape

from ...results import Projection
from ..compare import MAX_SCENARIOS, scenario_labels
from ..fields import field_words
from ..words import NET_WORDS
from .appendix import appendix
from .layout import (
    CSS,
    comparison_section,
    dates_table,
    plain_words,
    stories_section,
    what_to_do,
)

SSN = re.compile(r"\b\d{3}-?\d{2}-?\d{4}\b")


class CaseError(ValueError):
    """A case field that cannot go on the report, with the field named."""


@dataclass(frozen=True)
class Case:
    """Who the report is for and who made it. No Social Security number: a label the planner
    chooses (initials, the agency's case number) identifies the person."""

    client: str = ""
    planner: str = ""
    agency: str = ""
    prepared: date = field(default_factory=date.today)

    def __post_init__(self) -> None:
        for name in ("client", "planner", "agency"):
            value = getattr(self, name)
            if SSN.search(value):
                raise CaseError(
                    f"{name}: looks like a Social Security number; the report never carries "
                    "one. Use initials or the agency's own case number."
                )
            if len(value) > 200:
                raise CaseError(f"{name}: at most 200 characters ({len(value)} given).")


def _case_table(case: Case, labels: list[str]) -> str:
    rows = [
        ("Prepared for", case.client or "(no client label)"),
        ("Prepared by", case.planner or "(no planner named)"),
        ("Agency", case.agency or "(none)"),
        ("Date prepared", case.prepared.isoformat()),
        ("Scenarios", "; ".join(labels)),
    ]
    body = "".join(
        f"<tr><th scope='row'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows
    )
    return f"<table class='case'><tbody>{body}</tbody></table>"


def report_html(projections: list[Projection], case: Case | None = None) -> str:
    """The whole report as one self-contained HTML page: no script, nothing fetched."""
    if not projections or len(projections) > MAX_SCENARIOS:
        raise CaseError(f"scenarios: give 1 to {MAX_SCENARIOS} ({len(projections)} given).")
    case = case or Case()
    labels = scenario_labels(projections)
    title = f"Benefits summary and analysis{': ' + case.client if case.client else ''}"
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>",
        "<h1>Benefits summary and analysis</h1>",
        f"<p class='client'>{escape(case.client or 'Benefits summary')}</p>",
        _case_table(case, labels),
        "<p class='note'>An estimate from the rules as written, not a decision by SSA, the "
        "housing agency or the state. Net income here is "
        f"{escape(NET_WORDS)}. State and local income tax is not modelled yet.</p>",
        *plain_words(labels, projections),
        *what_to_do(labels, projections),
        *dates_table(labels, projections),
        *comparison_section(labels, projections),
        *stories_section(labels, projections),
        *appendix(labels, projections),
        f"<p class='small'>Made on this computer with the open-source benefits calculator "
        f"({escape(projections[0].engine)}); nothing typed was sent anywhere.</p>",
        "</main></body></html>",
    ]
    return field_words("\n".join(out))  # fields named by their labels, not their paths


def report_pdf(html: str) -> bytes:
    """The report's HTML as a Letter-size PDF (WeasyPrint: see the README's dependencies)."""
    import weasyprint

    # Only data: addresses (the charts are inlined): rendering never reaches the network.
    fetcher = weasyprint.URLFetcher(allowed_protocols=["data"])
    return bytes(weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf())
