"""Charts from the presentation package's data: income by source, the cliff, the milestones.

Amounts are Decimal until here; they become numbers only for drawing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import altair as alt
import pandas as pd

from benefits.present.cliff import Cliff, cliff_rows
from benefits.present.report.charts import LINE_COLOURS
from benefits.present.sources import CHART_COLORS, CHART_LABELS, net_rows, stacked_rows
from benefits.results import Projection

# Streamlit fits a chart, its axes and its legend into the height given: each height below is
# the plot's own plus about LEGEND_ROW pixels a line of legend (a legend under the plot
# otherwise squeezed the milestones to one line).
LEGEND_ROW = 20
# Drawn on a canvas, not as one SVG element per bar or point: the browser draws a page of four
# charts in a fraction of the time (each chart's numbers are also in a table beside it).
CANVAS = {"embedOptions": {"renderer": "canvas"}}


def spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The chart as a Vega-Lite spec with its data inline, to be cached by the scenario: building
    and checking an Altair chart costs more than the rest of the page around it."""
    found: dict[str, Any] = chart.to_dict(validate=False)
    found.pop("config", None)  # Altair's default 300 x 300 view; Streamlit sizes the chart
    return found


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows to a DataFrame; Decimal amounts become numbers for the charts only."""
    return pd.DataFrame(
        [{k: float(v) if isinstance(v, Decimal) else v for k, v in r.items()} for r in rows]
    )


def income_chart(p: Projection, label: str, top: Decimal) -> alt.Chart:
    """Stacked bars: every income source the engine pays, each month (all six, issue 9)."""
    data = frame(stacked_rows(p, label))
    data["date"] = pd.to_datetime(data["month"] + "-15")
    names = [CHART_LABELS[k] for k in CHART_COLORS]
    legend_rows = -(-len(names) // 2)
    return (
        alt.Chart(data, height=210 + LEGEND_ROW * legend_rows, usermeta=CANVAS)
        .mark_bar()
        .encode(
            x=alt.X(
                "yearmonth(date):T", title=None, axis=alt.Axis(format="%b %y", labelOverlap=True)
            ),
            y=alt.Y(
                "sum(amount):Q",
                title="$ a month",
                scale=alt.Scale(domain=[0, float(top) * 1.05 or 1]),
            ),
            color=alt.Color(
                "source:N",
                title=None,
                legend=alt.Legend(orient="bottom", columns=2, labelLimit=300),
                scale=alt.Scale(domain=names, range=list(CHART_COLORS.values())),
            ),
            order=alt.Order("order:Q"),
            tooltip=["month", "source", alt.Tooltip("amount:Q", format="$,.2f")],
        )
    )


def net_chart(projections: list[Projection]) -> alt.Chart:
    """Net income each month, one line per scenario (by its number; colour and dash apart for
    colour-blind readers): the four scenarios on one chart, drawn once."""
    data = frame(net_rows(projections))
    data["date"] = pd.to_datetime(data["month"] + "-15")
    numbers = [str(i) for i in range(1, len(projections) + 1)]
    return (
        alt.Chart(data, height=230 + 2 * LEGEND_ROW, usermeta=CANVAS)
        .mark_line(point=True, strokeWidth=2)
        .encode(
            x=alt.X(
                "yearmonth(date):T", title=None, axis=alt.Axis(format="%b %y", labelOverlap=True)
            ),
            y=alt.Y("net:Q", title="Net income a month ($)"),
            color=alt.Color(
                "scenario:N",
                title="Scenario",
                scale=alt.Scale(domain=numbers, range=list(LINE_COLOURS[: len(numbers)])),
                legend=alt.Legend(orient="bottom", direction="horizontal"),
            ),
            strokeDash=alt.StrokeDash("scenario:N", legend=None),
            tooltip=[
                alt.Tooltip("scenario:N", title="scenario"),
                "month",
                alt.Tooltip("net:Q", title="net", format="$,.2f"),
            ],
        )
    )


def cliff_chart(result: Cliff, here: Decimal | None) -> alt.LayerChart:
    """Net income by hours a week, the largest falls marked (numbered), this scenario's hours."""
    data = frame(cliff_rows(result))
    line = (
        alt.Chart(data, height=300)
        .mark_line(point=True, color="#1f5f99")
        .encode(
            x=alt.X("hours:Q", title="Hours a week", scale=alt.Scale(domain=[0, 40])),
            y=alt.Y("net:Q", title="Net income a month ($)"),
            tooltip=[
                alt.Tooltip("hours:Q", title="hours"),
                alt.Tooltip("net:Q", title="net", format="$,.2f"),
                alt.Tooltip("kept:Q", title="kept of the last $1", format="$.2f"),
                alt.Tooltip("medicaid:N", title="Medicaid"),
            ],
        )
    )
    layers: list[Any] = [line]
    if result.drops:
        marks = frame(
            [
                {"hours": d.hours, "net": d.after, "n": str(i), "what": d.cause}
                for i, d in enumerate(result.drops, 1)
            ]
        )
        layers.append(
            alt.Chart(marks)
            .mark_rule(strokeDash=[4, 4], color="#b8323d")
            .encode(x="hours:Q", tooltip=["what"])
        )
        layers.append(
            alt.Chart(marks)
            .mark_text(dy=-12, color="#b8323d", fontSize=13, fontWeight="bold")
            .encode(x="hours:Q", y="net:Q", text="n")
        )
    if here is not None:
        you = data[data["hours"] == float(here)]
        layers.append(
            alt.Chart(you)
            .mark_point(size=160, shape="diamond", filled=True, color="#000000")
            .encode(x="hours:Q", y="net:Q")
        )
    return alt.layer(*layers, usermeta=CANVAS)


def kept_chart(result: Cliff) -> alt.Chart:
    """Cents kept of each extra dollar of wages, from one hours level to the next."""
    data = frame([{"hours": h, "kept": k} for h, k in result.kept() if k is not None])
    return (
        alt.Chart(data, height=160, usermeta=CANVAS)
        .mark_bar(color="#2f7d32")
        .encode(
            x=alt.X("hours:Q", title="Hours a week", scale=alt.Scale(domain=[0, 40])),
            y=alt.Y("kept:Q", title="Kept of each extra $1", axis=alt.Axis(format="$.2f")),
            tooltip=[alt.Tooltip("hours:Q"), alt.Tooltip("kept:Q", format="$.2f")],
        )
    )


def timeline_chart(rows: list[dict[str, str]], scenarios: int) -> alt.Chart:
    """Milestones of each scenario on one time axis."""
    data = pd.DataFrame(rows)
    data["date"] = pd.to_datetime(data["month"] + "-01")
    # Scenarios by their number (as in the headings): the plot keeps its width on a phone.
    data["number"] = data["scenario"].str.split(".").str[0]
    legend_rows = 1 + -(-data["kind"].nunique() // 2)
    return (
        alt.Chart(data, height=50 + 40 * scenarios + LEGEND_ROW * legend_rows, usermeta=CANVAS)
        .mark_point(filled=True, size=90)
        .encode(
            x=alt.X("date:T", title=None, axis=alt.Axis(format="%b %Y")),
            y=alt.Y("number:N", title="scenario"),
            color=alt.Color(
                "kind:N",
                title="what",
                legend=alt.Legend(orient="bottom", columns=2, labelLimit=160),
            ),
            shape=alt.Shape("kind:N", legend=None),
            tooltip=["scenario", "month", "what"],
        )
    )
