"""Charts that print: Altair specifications rendered to SVG by vl-convert (no browser, no
network), so the HTML and the PDF carry the same vector images.

Amounts go to the chart as their exact decimal text; the renderer parses them to draw.
"""

from __future__ import annotations

from typing import Any

from ...results import MonthResult, Projection

# (key, label, colour): colours from a palette that stays apart for colour-blind readers
# and prints on grey-scale printers as distinct shades.
SOURCES: tuple[tuple[str, str, str], ...] = (
    ("wages", "Wages paid", "#1f5f99"),
    ("ssi", "SSI", "#e07b00"),
    ("ssp", "State supplement", "#b3541e"),
    ("ssdi", "SSDI", "#2e7d32"),
    ("va_compensation", "VA compensation", "#00838f"),
    ("va_pension", "VA pension", "#ad1457"),
    ("snap", "SNAP", "#7b3f99"),
    ("eitc", "EITC", "#6d4c41"),
)
LINE_COLOURS = ("#1f5f99", "#e07b00", "#2e7d32", "#7b3f99")


def _month_axis() -> Any:
    import altair as alt

    return alt.Axis(format="%b %Y", tickCount={"interval": "month", "step": 6}, labelFontSize=9)


def _amount(m: MonthResult, key: str) -> str:
    value = {
        "wages": m.wages_paid,
        "ssi": m.ssi.payment,
        "ssp": m.ssi.state_supplement,
        "ssdi": m.ssdi.payment,
        "va_compensation": m.va.compensation,
        "va_pension": m.va.pension,
        "snap": m.snap.benefit if m.snap.status != "not_modelled" else None,
        "eitc": m.taxes.eitc,
    }[key]
    return "" if value is None or value == 0 else str(value)  # an unknown amount is not drawn


def income_spec(projections: list[Projection], labels: list[str]) -> dict[str, Any]:
    """Monthly income by source, one small stacked-bar panel per scenario, two a row."""
    import altair as alt

    rows = [
        {"scenario": label, "date": f"{m.month}-01", "source": name, "order": i, "amount": a}
        for label, p in zip(labels, projections, strict=True)
        for m in p.months
        for i, (key, name, _) in enumerate(SOURCES)
        if (a := _amount(m, key))
    ]
    chart = (
        alt.Chart(
            {"values": rows, "format": {"parse": {"amount": "number"}}}, width=300, height=130
        )
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(date):T", title=None, axis=_month_axis()),
            y=alt.Y("sum(amount):Q", title="Dollars a month", axis=alt.Axis(format="$,.0f")),
            color=alt.Color(
                "source:N",
                title=None,
                scale=alt.Scale(domain=[s[1] for s in SOURCES], range=[s[2] for s in SOURCES]),
                legend=alt.Legend(orient="top", columns=6, labelFontSize=11),
            ),
            order=alt.Order("order:Q"),
            facet=alt.Facet(
                "scenario:N", columns=2, title=None, header=alt.Header(labelFontSize=11)
            ),
        )
        .resolve_scale(x="independent")
        .resolve_axis(x="independent")
    )
    return dict(chart.to_dict())


def net_spec(projections: list[Projection], labels: list[str]) -> dict[str, Any]:
    """Net income each month, one line per scenario."""
    import altair as alt

    rows = [
        {"scenario": label, "date": f"{m.month}-01", "net": str(m.net_income)}
        for label, p in zip(labels, projections, strict=True)
        for m in p.months
    ]
    chart = (
        alt.Chart({"values": rows, "format": {"parse": {"net": "number"}}}, width=620, height=150)
        .mark_line(point=True, strokeWidth=2)
        .encode(
            x=alt.X("yearmonth(date):T", title=None, axis=_month_axis()),
            y=alt.Y("net:Q", title="Net income a month", axis=alt.Axis(format="$,.0f")),
            color=alt.Color(
                "scenario:N",
                title=None,
                scale=alt.Scale(domain=labels, range=list(LINE_COLOURS[: len(labels)])),
                legend=alt.Legend(orient="bottom", columns=1, labelLimit=600, labelFontSize=11),
            ),
            strokeDash=alt.StrokeDash("scenario:N", legend=None),
        )
    )
    return dict(chart.to_dict())


def svg(spec: dict[str, Any]) -> str:
    """The chart as standalone SVG text."""
    import vl_convert

    return str(vl_convert.vegalite_to_svg(spec))
