"""Income tax and the EITC: the year-level phase of the program table
(benefits/programs/income_tax.py).

A return needs the whole year's wages and Social Security, including months before `start`
(wages from the jobs; SSDI taken at the benefit given for `start`) and after the last projected
month (SSDI as in the last month), so this phase runs after the month loop, over the months'
records, in the same shape as a program. Withholding is estimated by spreading the year's tax
over its wages; the EITC arrives with the refund in `taxes.refund_month` of the next year.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields
from decimal import Decimal
from functools import lru_cache
from typing import Final, NamedTuple

from ..explain import Explainer
from ..money import CENT, ZERO, dollars, exact
from ..months import Month
from ..programs import income_tax as law
from ..programs.ssi_income import received_ssdi
from ..results import Milestone, TaxesResult, build
from ..scenario import Scenario
from . import payroll_tax, ssdi
from .base import Decided, MonthContext, YearPhase, age_attained, milestone


def qualifying_children(scenario: Scenario) -> int:
    """Children living with the person who qualify for the EITC (IRC 32(c)(3), 152(c)):
    under 19, or under 24 and a full-time student, or permanently disabled at any age."""
    return sum(
        1
        for m in scenario.household
        if m.relationship == "child" and (m.age < 19 or (m.student and m.age < 24) or m.disabled)
    )


def filing_status(scenario: Scenario) -> law.FilingStatus:
    if scenario.taxes.filing_status != "auto":
        return scenario.taxes.filing_status
    return "head_of_household" if qualifying_children(scenario) else "single"


class TaxMonth:
    def __init__(
        self,
        payroll: Decimal,
        social_security: Decimal,
        medicare: Decimal,
        income_tax_withheld: Decimal,
        eitc: Decimal,
        eitc_monthly_average: Decimal,
        income_tax_year: Decimal,
        eitc_for_year: int | None,  # the tax year whose EITC arrives this month
    ) -> None:
        self.payroll: Final = payroll
        self.social_security: Final = social_security
        self.medicare: Final = medicare
        self.income_tax_withheld: Final = income_tax_withheld
        self.eitc: Final = eitc
        self.eitc_monthly_average: Final = eitc_monthly_average
        self.income_tax_year: Final = income_tax_year
        self.eitc_for_year: Final = eitc_for_year


class Carry(NamedTuple):
    """Each tax year's return, figured once (the first projected month of a year explains it)."""

    facts: dict[int, law.TaxYearFacts]
    returns: dict[int, law.TaxYearResult]
    eitc_averages: dict[int, Decimal]  # each year's EITC / 12, to the cent


def year_facts(
    year: int,
    scenario: Scenario,
    wages: Mapping[Month, Decimal],
    ssdi_months: dict[int, tuple[Decimal, Decimal]],
) -> law.TaxYearFacts:
    """The year's return from the projection's months (SSDI's payment and benefit rate by month
    index) and the scenario's jobs."""
    total = ZERO
    for m in _months_of(year):
        total += wages[m]
    benefits = ZERO
    if scenario.ssdi is not None and ssdi_months:
        benefits = _ssdi_received(year, scenario, ssdi_months)
    return law.TaxYearFacts(
        year=year,
        filing_status=filing_status(scenario),
        age=age_attained(scenario.person.birth_date, Month.january(year).plus(11).last_day),
        wages=total,
        social_security_benefits=benefits,
        other_income=ZERO,
        qualifying_children=min(qualifying_children(scenario), 3),
        investment_income=ZERO,
        blind=scenario.person.blind,
    )


def _ssdi_received(
    year: int, scenario: Scenario, ssdi_months: dict[int, tuple[Decimal, Decimal]]
) -> Decimal:
    """SSDI received in the year: each month's benefit is the one for the month before, paid a
    month later, with the COLA from December's benefit received in January. 26 U.S.C. 86(a)
    taxes the benefits received in the year, as Form SSA-1099 box 3 reports them (POMS GN
    05002.010: "total benefits paid ... in the calendar year"), so a year's return counts
    December's benefit of the year before and not its own. Before start the benefit is taken
    as paid every month at the amount given for start, from ssdi.entitlement_month when it is
    given (no benefit is due before entitlement, which begins after the waiting period, 20 CFR
    404.315(d); POMS DI 10105.070); after the last projected month as in that month."""
    assert scenario.ssdi is not None
    given, entitled = scenario.ssdi.monthly_benefit, scenario.ssdi.entitlement_month
    first, last = next(iter(ssdi_months)), next(reversed(ssdi_months))
    # (payment for the month, the benefit rate in it), from December of the year before
    by_month = []
    for index in range(year * 12 - 1, year * 12 + 12):
        if index >= first:
            by_month.append(ssdi_months[min(index, last)])
        elif entitled is None or index >= entitled.index:
            by_month.append((given, given))
        else:
            by_month.append((ZERO, given))
    total, months = ZERO, _months_of(year)
    for i, month in enumerate(months):  # by_month[i] is the month before `month`
        total += received_ssdi(
            month, payment=ZERO, benefit_rate=by_month[i + 1][1], last=by_month[i][0]
        )
    return total


@lru_cache(maxsize=64)
def _months_of(year: int) -> tuple[Month, ...]:
    """The year's months, the engine's shared objects (a dict finds them by identity)."""
    return tuple(Month.from_index(year * 12 + m) for m in range(12))


def start(months: Sequence[tuple[MonthContext, Decided]]) -> Carry:
    """The facts of every tax year the months need: their own and, in the refund month, the
    year before."""
    if not months:
        return Carry({}, {}, {})
    scenario = months[0][0].scenario
    refund = scenario.taxes.refund_month
    years = {c.month.year for c, _ in months}
    years |= {c.month.year - 1 for c, _ in months if c.month.month == refund}
    ssdi_months = {}
    for c, d in months:
        paid = d.get(ssdi.PROGRAM)
        ssdi_months[c.month.index] = (paid.payment, paid.benefit_rate)
    wages = months[0][0].wages_by_month
    facts = {year: year_facts(year, scenario, wages, ssdi_months) for year in sorted(years)}
    return Carry(facts, {}, {})


def _return(year: int, ctx: MonthContext, carry: Carry) -> law.TaxYearResult:
    """The year's return, figured the first time a month asks for it (and explained then, in
    a month of that year)."""
    explain = ctx.ex if year == ctx.month.year else None
    if explain and any(m.relationship == "spouse" for m in ctx.scenario.household):
        _explain_married(explain)
    facts = carry.facts[year]
    if explain is None:
        found = carry.returns[year] = _unexplained_return(facts, ctx)
    else:
        found = carry.returns[year] = law.tax_year(facts, ctx.rules, explain)
    # The monthly average, to the cent by the decimal context (half to even).
    carry.eitc_averages[year] = (found.eitc / 12).quantize(CENT)
    return found


def _explain_married(ex: Explainer) -> None:
    """A spouse lives with the person: the return is not a single or head-of-household one."""
    ex.step(
        "taxes.married",
        "A spouse lives with the person: a married person files jointly or separately, not as "
        "single or head of household, and the figures here (the person's own income as single "
        "or head of household) are not the return's. Jointly, the spouse's income counts and "
        "the Social Security base amounts are $32,000 and $44,000; separately while living "
        "together, the base amount is $0 (up to 85% of SSDI taxable) and there is no EITC. "
        "Married filing is not modelled.",
        None,
        "26 U.S.C. 2(b)(1), 7703(a); 26 U.S.C. 86(c)(1)(B)-(C), 86(c)(2); 26 U.S.C. 32(d)",
        not_modeled=True,
    )


_FACTS = tuple(field.name for field in fields(law.TaxYearFacts))  # a return's key


def _unexplained_return(facts: law.TaxYearFacts, ctx: MonthContext) -> law.TaxYearResult:
    """A return without words, kept for every projection with the rule book: it reads only
    its facts and the rules in force on January 1 of its year, and an hours sweep or a screen
    repeats the same years (a year before the job starts, a year without work). Keyed by every
    fact, amounts by their exact text."""
    values = [getattr(facts, name) for name in _FACTS]
    key = ("tax year", *[exact(v) if isinstance(v, Decimal) else v for v in values])
    memo = ctx.periods.memo
    found: law.TaxYearResult | None = memo.get(key)
    if found is None:
        if len(memo) > 4096:  # as the rent bases do (benefits/programs/hud_rent.py)
            memo.clear()
        found = memo[key] = law.tax_year(facts, ctx.rules, None)
    return found


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[TaxMonth, Carry]:
    """Income tax withheld (an estimate) and the EITC received this month."""
    month, ex, year = ctx.month, ctx.ex, ctx.month.year
    result = carry.returns.get(year) or _return(year, ctx, carry)
    year_wages = carry.facts[year].wages
    withheld = law.monthly_withholding_estimate(result.income_tax, ctx.wages_paid, year_wages)
    eitc, eitc_year = ZERO, None
    if month.month == ctx.scenario.taxes.refund_month:
        eitc_year = year - 1
        eitc = (carry.returns.get(eitc_year) or _return(eitc_year, ctx, carry)).eitc
    if ex:
        _explain(
            ex=ex,
            month=month,
            tax=result.income_tax,
            year_wages=year_wages,
            paid=ctx.wages_paid,
            withheld=withheld,
            eitc=eitc,
        )
    payroll = so_far.get(payroll_tax.PROGRAM)
    record = TaxMonth(
        payroll.total,
        payroll.social_security,
        payroll.medicare,
        withheld,
        eitc,
        carry.eitc_averages[month.year],
        result.income_tax,
        eitc_year,
    )
    return record, carry


def _explain(
    *,
    ex: Explainer,
    month: Month,
    tax: Decimal,
    year_wages: Decimal,
    paid: Decimal,
    withheld: Decimal,
    eitc: Decimal,
) -> None:
    ex.step(
        "taxes.income_tax_withheld",
        f"Estimated income tax withheld: the {month.year} tax {dollars(tax)} spread over the "
        f"year's wages {dollars(year_wages)} in proportion to this month's {dollars(paid)} = "
        f"{dollars(withheld)} (an estimate: employers use IRS Pub. 15-T and the W-4).",
        withheld,
        "26 U.S.C. 3402",
    )
    if eitc:
        ex.step(
            "taxes.eitc",
            f"The {month.year - 1} earned income tax credit {dollars(eitc)} arrives with the "
            "refund. It is not income for SSI, HUD or SNAP and is excluded from SSI resources "
            "for 12 months.",
            eitc,
            "26 U.S.C. 32; 20 CFR 416.1103(g); 20 CFR 416.1235",
        )


def milestones(month: Month, before: TaxMonth | None, now: TaxMonth) -> list[Milestone]:
    if not now.eitc:
        return []
    return [
        milestone(
            month,
            "eitc",
            f"EITC {dollars(now.eitc)} for {now.eitc_for_year} arrives with the tax refund",
        )
    ]


def output(r: TaxMonth) -> TaxesResult:
    return build(
        TaxesResult,
        payroll=r.payroll,
        social_security=r.social_security,
        medicare=r.medicare,
        income_tax_withheld=r.income_tax_withheld,
        eitc=r.eitc,
        eitc_monthly_average=r.eitc_monthly_average,
        income_tax_year=r.income_tax_year,
    )


PHASE: YearPhase[TaxMonth, Carry] = YearPhase("income_tax", start, decide, milestones, output)
