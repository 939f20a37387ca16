"""The report's appendix: each scenario's months in a table, the steps behind its key months
(every amount with its rule, dated value, source and law), and what the numbers rest on."""

from __future__ import annotations

from html import escape

from ...money import dollars
from ...months import Month
from ...report import SSI_STATUS_WORDS, ssdi_label
from ...results import MonthResult, Projection
from ..why import citations
from ..words import medicaid_words, month_words, rule_words
from .story import key_dates

KEY_MONTHS = 3  # steps are printed for this many key months of each scenario


def _table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    th = "".join(f"<th scope='col'>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table class='{cls}'><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def month_row(m: MonthResult) -> list[str]:
    ssi = f"{dollars(m.ssi.payment)} {SSI_STATUS_WORDS.get(m.ssi.status, m.ssi.status)}"
    return [
        f"{m.month}{' †' if m.carried_forward else ''}",
        dollars(m.wages_paid),
        ssi if m.ssi.status != "none" else "",
        f"{dollars(m.ssdi.payment)} {ssdi_label(m)}" if m.ssdi.status != "none" else "",
        medicaid_words(m),
        dollars(m.housing.family_share) if m.housing.status != "none" else "",
        dollars(m.net_income),
    ]


MONTH_HEAD = ["Month", "Wages paid", "SSI", "SSDI", "Medicaid", "Rent share", "Net income"]


def key_months(p: Projection) -> list[Month]:
    """The first month and the first months of the key dates, up to KEY_MONTHS."""
    found = [p.start]
    for d in key_dates(p):
        if d.months[0] not in found:
            found.append(d.months[0])
    return found[:KEY_MONTHS]


class Sources:
    """Numbered sources, so a step names '[3]' instead of repeating a long address."""

    def __init__(self) -> None:
        self.found: dict[str, int] = {}

    def number(self, source: str) -> int:
        return self.found.setdefault(source, len(self.found) + 1)


def steps_html(m: MonthResult, sources: Sources) -> str:
    """Each step as a short paragraph: rule and amount, the reason, the law, the values used."""
    out = ["<ol class='steps small'>"]
    for step in m.steps:
        amount = "" if step.amount is None else f" = {dollars(step.amount)}"
        uses = "; ".join(
            f"{u.label}: {u.value} {u.unit} from {u.effective}"
            + (", carried forward" if u.carried_forward else "")
            + f" [{sources.number(u.source)}]"
            for u in step.uses
        )
        because = step.because + (" (not modelled yet)" if step.not_modeled else "")
        rule = rule_words(step.rule)
        out.append(
            f"<li><strong>{escape(rule)}{escape(amount)}</strong>. {escape(because)}"
            + (f" <em>{escape(step.cite)}</em>." if step.cite else "")
            + (f" Values: {escape(uses)}." if uses else "")
            + "</li>"
        )
    out.append("</ol>")
    return "".join(out)


def _month_table(p: Projection) -> str:
    """The months' table; a VA column (compensation and pension) when VA pays in some month."""
    rows = [month_row(m) for m in p.months]
    if not any(m.va.compensation or m.va.pension for m in p.months):
        return _table(MONTH_HEAD, rows, "months")
    for row, m in zip(rows, p.months, strict=True):
        row.insert(4, dollars(m.va.compensation + m.va.pension))
    return _table([*MONTH_HEAD[:4], "VA", *MONTH_HEAD[4:]], rows, "months")


def scenario_appendix(label: str, p: Projection, sources: Sources) -> list[str]:
    out = [
        f"<h3>{escape(label)}: month by month</h3>",
        _month_table(p),
        "<p class='small'>† a month that uses an amount carried forward from the last "
        "published year.</p>",
    ]
    by_month = {m.month: m for m in p.months}
    for month in key_months(p):
        out += [
            f"<h3>{escape(label)}: the steps of {month_words(month)}</h3>",
            steps_html(by_month[month], sources),
        ]
    return out


def incentives(projections: list[Projection]) -> list[str]:
    """Work incentives that may apply but are not computed (PASS, Section 301, ...), once each
    with the scenarios they may apply to."""
    found: dict[tuple[str, str, str, str], list[str]] = {}
    for n, p in enumerate(projections, 1):
        for i in p.incentives_to_check:
            found.setdefault((i.name, i.why, i.where, i.cite), []).append(str(n))
    if not found:
        return []
    rows = [
        [name, why, where, cite, ", ".join(ns)] for (name, why, where, cite), ns in found.items()
    ]
    return [
        "<h3>Work incentives to ask about (not computed)</h3>",
        _table(
            ["Incentive", "Why it may apply", "Where to ask", "Law", "Scenarios"], rows, "small"
        ),
    ]


def _union(lists: list[list[str]]) -> list[str]:
    return list(dict.fromkeys(item for items in lists for item in items))


def appendix(labels: list[str], projections: list[Projection]) -> list[str]:
    out = ["<h2 class='page' id='appendix'>Appendix: the months, the steps and the law</h2>"]
    out.append(
        "<p>Every step of every month is in the app's “Why this number” page and in "
        "<code>benefits explain FILE --month YYYY-MM</code>; here are the steps of each "
        "scenario's key months.</p>"
    )
    out += incentives(projections)
    sources = Sources()
    for label, p in zip(labels, projections, strict=True):
        out += scenario_appendix(label, p, sources)
    sections = (
        ("Assumptions", _union([p.assumptions for p in projections])),
        ("Not modelled yet", _union([p.not_modeled for p in projections])),
        (
            "Amounts carried forward (not yet published for the later year)",
            sorted({c for p in projections for m in p.months for c in m.carried_forward}),
        ),
        ("Law cited", _union([citations(p) for p in projections])),
    )
    for title, items in sections:
        if items:
            out.append(f"<h3>{escape(title)}</h3><ul class='small'>")
            out += [f"<li>{escape(i)}</li>" for i in items]
            out.append("</ul>")
    out.append("<h3>Sources of the values used</h3><ol class='small sources'>")
    out += [f"<li>{escape(s)}</li>" for s in sources.found]
    out.append("</ol>")
    return out
