"""Hours sweep: the same scenario at each hours level of the first job, averaged by month.

The cliff chart and planners ask "what if I worked N hours?" for N = 0..40.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from .errors import ScenarioError
from .money import dollars
from .projection import numbers
from .results import Projection
from .rules import RuleBook, default_rules
from .scenario import Scenario
from .sweep_levels import Level, month_averages

MAX_POINTS = 400  # one projection each: 400 x 120 months stays within seconds


class SweepRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    hours_per_week: Decimal
    wages_paid: Decimal
    ssi: Decimal
    ssdi: Decimal
    total_income: Decimal
    total_income_change: Decimal
    net_income: Decimal
    net_income_change: Decimal
    months_medicaid_covered: int
    medicaid_bases: list[str]
    cliff: str | None = None
    months_ssi_paid: int
    months_ssdi_paid: int
    ssi_statuses: list[str]
    ssdi_statuses: list[str]


def with_hours(scenario: Scenario, hours: Decimal) -> Scenario:
    """The scenario with the first job's hours a week set to `hours`."""
    if not scenario.jobs or scenario.jobs[0].hours_per_week is None:
        raise ScenarioError(
            [
                "jobs[0]: the sweep changes the first job's hours_per_week, so the first "
                "job must be paid by the hour (hourly_wage and hours_per_week)"
            ]
        )
    first = scenario.jobs[0].model_copy(update={"hours_per_week": hours})
    return scenario.model_copy(update={"jobs": [first, *scenario.jobs[1:]]})


def averages(projection: Projection) -> dict[str, Decimal]:
    """Monthly averages of wages paid, SSI, SSDI, total and net income, to the cent."""
    return month_averages(projection.months)


def sweep(
    scenario: Scenario, hours: list[Decimal], rules: RuleBook | None = None
) -> list[SweepRow]:
    """Project the scenario once per hours level; average each amount over the months.

    Each level takes the engine's numbers-only path (`projection.numbers`): the same amounts as
    `project`, without the steps, output models, reports and no-work comparison a sweep never
    reads."""
    check_levels(hours)
    rules = rules or default_rules()  # once, not once a level
    rows: list[SweepRow] = []
    baseline: dict[str, Decimal] | None = None
    for level in hours:
        found = Level(numbers(with_hours(scenario, level), rules))
        avg = found.averages
        if baseline is None:
            baseline = avg
        cliff = _cliff(rows[-1], avg) if rows else None
        rows.append(
            SweepRow(
                hours_per_week=level,
                wages_paid=avg["wages_paid"],
                ssi=avg["ssi"],
                ssdi=avg["ssdi"],
                total_income=avg["total_income"],
                total_income_change=avg["total_income"] - baseline["total_income"],
                net_income=avg["net_income"],
                net_income_change=avg["net_income"] - baseline["net_income"],
                months_medicaid_covered=found.months_medicaid_covered,
                medicaid_bases=found.medicaid_bases,
                cliff=cliff,
                months_ssi_paid=found.months_ssi_paid,
                months_ssdi_paid=found.months_ssdi_paid,
                ssi_statuses=found.ssi_statuses,
                ssdi_statuses=found.ssdi_statuses,
            )
        )
    return rows


def check_levels(hours: list[Decimal]) -> None:
    """At most MAX_POINTS levels, each a number of hours a week (0 to 168, to the hundredth)."""
    if len(hours) > MAX_POINTS:
        raise ScenarioError(
            [
                (
                    "--hours",
                    f"{len(hours)} levels; a sweep has at most {MAX_POINTS}: use a larger STEP",
                )
            ]
        )
    for level in hours:
        if not (level.is_finite() and 0 <= level <= 168 and level == round(level, 2)):
            raise ScenarioError(
                [("--hours", f"{level} is not a number of hours a week from 0 to 168, e.g. 37.5")]
            )


def parse_hours(text: str) -> list[Decimal]:
    """'0:40' or '0:40:5' (first:last[:step]) into hours levels, at most MAX_POINTS."""
    usage = f"--hours {text[:40]!r}: write FIRST:LAST or FIRST:LAST:STEP, e.g. 0:40"
    parts = text.split(":")
    try:
        numbers = [Decimal(p) for p in parts if len(p) <= 12]
    except ArithmeticError:
        raise ScenarioError([usage]) from None
    if len(numbers) not in (2, 3) or len(numbers) != len(parts):
        raise ScenarioError([usage])
    first, last = numbers[0], numbers[1]
    step = numbers[2] if len(numbers) == 3 else Decimal(1)
    if not all(n.is_finite() for n in numbers):
        raise ScenarioError([f"--hours {text[:40]!r}: FIRST, LAST and STEP must be numbers"])
    if step <= 0 or first < 0 or last > 168 or first > last:
        raise ScenarioError([f"--hours {text[:40]!r}: need 0 <= FIRST <= LAST <= 168 and STEP > 0"])
    if (last - first) / step >= MAX_POINTS:
        raise ScenarioError(
            [f"--hours {text[:40]!r}: more than {MAX_POINTS} levels; use a larger STEP"]
        )
    levels = []
    level = first
    while level <= last:
        levels.append(level)
        level += step
    check_levels(levels)
    return levels


def _cliff(before: SweepRow, now: dict[str, Decimal]) -> str | None:
    """A benefit cliff: more pay, but less net income. Name the program that causes it."""
    if now["net_income"] >= before.net_income or now["wages_paid"] <= before.wages_paid:
        return None
    drops = {"SSDI": before.ssdi - now["ssdi"], "SSI": before.ssi - now["ssi"]}
    cause, amount = max(drops.items(), key=lambda item: item[1])
    lost = before.net_income - now["net_income"]
    if cause == "SSDI" and amount > 0:
        return (
            f"Net income falls {dollars(lost)} a month on average: SSDI stops in months with "
            "earnings "
            "above SGA after the trial work period and grace months (20 CFR 404.1592a). "
            "Impairment-related work expenses or an employer subsidy lower countable "
            "earnings below SGA."
        )
    if amount > 0:
        return (
            f"Net income falls {dollars(lost)} a month on average as SSI falls (20 CFR 416.1112)."
        )
    return f"Net income falls {dollars(lost)} a month on average (costs rise with income)."
