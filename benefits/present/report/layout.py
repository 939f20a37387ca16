"""The report as one self-contained, print-ready HTML page (no script, nothing fetched).

The planner's summary comes first (plain words, key dates, what to do, the comparison, each
program's story, the charts), the appendix after it (month tables, the steps of the key
months, assumptions, what is not modelled, the law cited). The same HTML makes the PDF.
"""

from __future__ import annotations

import base64
from html import escape
from typing import Any

from ...money import dollars
from ...results import Projection
from .charts import income_spec, net_spec, svg
from .compare import comparison_rows
from .duties import checks, due_words, duties, warnings
from .programs import program_stories
from .story import bottom_line, bottom_line_words, key_dates

CSS = """
@page{size:Letter;margin:.55in .6in .65in;
 @top-right{content:string(client);font-size:8pt;color:#444}
 @bottom-center{content:"Page " counter(page) " of " counter(pages);font-size:8pt;color:#444}}
body{font-family:"DejaVu Sans","Liberation Sans",system-ui,sans-serif;color:#111;
 font-size:9.5pt;line-height:1.35;max-width:1000px;margin:1rem auto;padding:0 1rem}
h1{font-size:17pt;margin:0 0 .3rem}h2{font-size:13pt;border-bottom:1.5pt solid #1f3b57;
 margin:1.1rem 0 .4rem;color:#1f3b57}h3{font-size:10.5pt;margin:.8rem 0 .2rem}
.client{string-set:client content()}
table{border-collapse:collapse;margin:.3rem 0 .6rem;width:100%}
th,td{border:.5pt solid #8a8a8a;padding:.15rem .35rem;text-align:left;vertical-align:top}
th{background:#e8edf2}td.n{text-align:right;white-space:nowrap}
.case th{width:22%}.note{background:#fff4d6;border-left:3pt solid #9a6b00;padding:.3rem .6rem}
.story li,.steps li{margin:.1rem 0}.sources{word-break:break-all}
ul{margin:.2rem 0 .4rem;padding-left:1.2rem}
figure{margin:.4rem 0;break-inside:avoid}figure img{max-width:100%}
figcaption{font-size:8.5pt;color:#333}.small{font-size:8pt}
.page{break-before:page}.keep{break-inside:avoid}
@media print{body{margin:0;padding:0;max-width:none}}
"""


def _table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    if not rows:
        return "<p>None.</p>"
    th = "".join(f"<th scope='col'>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table class='{cls}'><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>" if items else ""


def _figure(spec: dict[str, Any], alt: str, caption: str) -> str:
    data = base64.b64encode(svg(spec).encode()).decode()
    return (
        f"<figure><img src='data:image/svg+xml;base64,{data}' alt='{escape(alt)}'>"
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def plain_words(labels: list[str], projections: list[Projection]) -> list[str]:
    """The first page: the bottom line of each scenario, what changes and when in the first."""
    main = projections[0]
    out = ["<h2>In plain words</h2>", f"<p><strong>{escape(labels[0])}.</strong> "]
    out[-1] += escape(bottom_line_words(main)) + "</p>"
    changes = [f"{d.when}: {d.text}" for d in key_dates(main)][:8]
    if changes:
        out += ["<h3>What changes, and when</h3>", _list(changes)]
    first = bottom_line(main).typical
    others = []
    for label, p in zip(labels[1:], projections[1:], strict=True):
        gap = bottom_line(p).typical - first
        word = "more" if gap >= 0 else "less"
        others.append(
            f"{label}: {bottom_line_words(p)} A typical month has {dollars(abs(gap))} {word} "
            f"than scenario 1."
        )
    if others:
        out += ["<h3>The other scenarios</h3>", _list(others)]
    return out


CHECKED = frozenset({"assumed_supplement", "assumed_threshold"})


def what_to_do(labels: list[str], projections: list[Projection]) -> list[str]:
    """Reports due and warnings, each once with the scenarios (and months) it applies to; what
    to check, once when all scenarios share it."""
    out = ["<h2>What to do</h2>"]
    found = [checks(p) for p in projections]
    common = [c for c in found[0] if all(c in f for f in found[1:])]
    if common:
        heading = "To check first" if len(projections) == 1 else "To check first (every scenario)"
        out += [f"<h3>{heading}</h3>", _list(common)]
    many = len(projections) > 1
    reports: dict[tuple[str, str, str], list[str]] = {}
    warns: dict[tuple[str, str], list[str]] = {}
    for n, p in enumerate(projections, 1):
        tag = f"{n}: " if many else ""
        for d in duties(p):
            reports.setdefault((d.to, d.what, d.cite), []).append(tag + due_words(d.due))
        for w in warnings(p):
            if w.kind not in CHECKED:  # the values to enter are listed under "To check"
                warns.setdefault((w.text, w.cite), []).append(tag + w.months)
    if reports:
        rows = [[to, what, "; ".join(when), cite] for (to, what, cite), when in reports.items()]
        out += ["<h3>Reports due</h3>", _table(["Report to", "What", "When", "Law"], rows, "small")]
    if warns:
        rows = [["; ".join(when), text, cite] for (text, cite), when in warns.items()]
        out += ["<h3>Warnings</h3>", _table(["When", "Warning", "Law"], rows, "small")]
    rest: dict[str, list[str]] = {}
    for n, own in enumerate(found, 1):
        for c in own:
            if c not in common:
                rest.setdefault(c, []).append(str(n))
    if rest:
        items = [f"{c} (scenario {', '.join(ns)})" if many else c for c, ns in rest.items()]
        out += ["<h3>To check</h3>", _list(items)]
    return out


def dates_table(labels: list[str], projections: list[Projection]) -> list[str]:
    dated = [
        (d.months[0].index, n, [d.when, str(n), d.text])
        for n, p in enumerate(projections, 1)
        for d in key_dates(p)
    ]
    rows = [row for _, _, row in sorted(dated, key=lambda t: (t[0], t[1]))]
    return ["<h2>Key dates</h2>", _table(["When", "Scenario", "What happens"], rows)]


def comparison_section(labels: list[str], projections: list[Projection]) -> list[str]:
    rows = comparison_rows(projections)
    return [
        "<h2 class='page'>The scenarios side by side</h2>",
        _table(["", *labels], rows, "compare"),
        _figure(
            net_spec(projections, labels),
            "Line chart of net income each month for each scenario; the table above has the "
            "first, typical and lowest months.",
            "Net income each month (after taxes, premiums and rent; with SNAP and the EITC).",
        ),
    ]


def stories_section(labels: list[str], projections: list[Projection]) -> list[str]:
    out = ["<h2>Each program, month by month</h2>"]
    for label, p in zip(labels, projections, strict=True):
        out.append(f"<div class='keep'><h3>{escape(label)}</h3><ul class='story'>")
        for story in program_stories(p):
            lines = "; ".join(f"{s.when}: {s.text}" for s in story.stretches)
            out.append(f"<li><strong>{escape(story.program)}</strong>: {escape(lines)}.</li>")
        out.append("</ul></div>")
    out.append(
        _figure(
            income_spec(projections, labels),
            "Stacked bar charts of monthly income by source, one for each scenario.",
            "Income each month by source, before taxes and costs; an amount the calculator "
            "could not know (a state supplement) is not drawn.",
        )
    )
    return out
