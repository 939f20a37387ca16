"""The month loop: earnings, SSDI and SSI for every month of a scenario, with their steps.

SSDI is decided first because SSI counts it as unearned income. SSI looks back two months
before `start` for the budget months of the first payments (20 CFR 416.420).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .explain import Explainer
from .money import ZERO, dollars
from .month_programs import (
    BUDGET_LAG,
    NO_HOUSING,
    HealthTracker,
    IncomeMonth,
    age_attained,
    housing_milestones,
    housing_result,
    hud_rates,
    milestone,
    seen,
    snap_for_month,
    ssi_for_month,
)
from .months import Month
from .programs import earnings as earn
from .programs import hud_rent, income_tax, payroll_tax
from .programs import ssdi as ssdi_rules
from .programs import ssi as ssi_rules
from .results import (
    Earnings,
    HousingResult,
    MedicaidResult,
    MedicareResult,
    Milestone,
    MonthResult,
    Projection,
    SnapResult,
    SSDIResult,
    SSIResult,
    TaxesResult,
    build,
)
from .rules import RuleBook, RuleError, default_rules
from .scenario import Scenario
from .tax_years import tax_years

NOT_MODELED = [
    "Medicaid: the 1619(b) threshold is sourced for few states (enter yours from SSA's chart "
    "in medicaid.threshold_1619b); buy-in income counting, premiums that vary, 209(b) states' own "
    "rules, medically needy spend-down, and Medicare Savings Program resource tests are not "
    "modelled; the 1619(b) Medicaid-use test and PASS or attendant care in the individualized "
    "threshold are not modelled.",
    "Taxes: state and local income tax, the child tax credit, itemized deductions, married "
    "filing, and the IRS tax tables (income tax is figured exactly from the rate schedule; "
    "withholding is estimated by spreading the year's tax over its wages, not by Pub. 15-T) are "
    "not modelled. Payroll tax counts wages from start only toward the yearly wage base and "
    "leaves out the 0.9% additional Medicare tax.",
    "SSI state supplements: amounts are sourced for a few states (enter yours as "
    "ssi.state_supplement); state-administered supplements' own income rules are not modelled.",
    "SNAP: Alaska and Hawaii amounts, the resource test, state broad-based categorical "
    "eligibility (set snap.categorically_eligible), the homeless shelter deduction, and "
    "prorated first months are not modelled.",
    "HUD rent: HOTMA's phased-in medical-deduction relief and hardship exemptions, the cap of "
    "disability "
    "assistance and child care deductions at the earnings they enable, asset income, flat "
    "rents in public housing, and the 40% initial rent burden limit are not modelled.",
    "SSI for couples, deeming from a spouse or parent, in-kind support valued at the presumed "
    "maximum value, PASS, resources that change over time (the engine takes one amount), and "
    "self-employment are not modelled.",
    "SSI's special rules for the first months after a month of ineligibility (20 CFR 416.420(a) "
    "exceptions) are not modelled: the engine keeps the two-month lag throughout.",
    "SSDI work CDR averaging, unsuccessful work attempts, and the 24-month initial reinstatement "
    "period after expedited reinstatement are not modelled.",
]

ASSUMPTIONS = [
    "Wages are counted for SSI in the month paid (20 CFR 416.1111(a)); for SSDI in the month "
    "paid unless ssdi.count_wages_when is 'earned' (BBA 2015 section 825; POMS DI 10505.005).",
    "SSDI for a month is counted as SSI unearned income in that same month (SSA pays it early "
    "the next month), so an SSI change caused by a suspended SSDI month can appear a month "
    "earlier here than on SSA's notice.",
    "In the two budget months before start, SSDI is taken as paid at the benefit amount given "
    "for start.",
    "The student earned income exclusion applies in months that begin before the 22nd "
    "birthday is attained (a person attains an age the day before the birthday, SSR 63-15).",
    "HUD annual income uses each income at its current rate x 12: wages of jobs in force on the "
    "first day of the month, SSI at the amount those wages give (without payday timing), SSDI "
    "as paid that month.",
    "HUD interims: under the old rules a decrease takes effect the month after it, an increase "
    "(when the agency processes them) the second month after; under HOTMA both take effect "
    "the second month after the change.",
    "Tax years: wages come from the jobs for all 12 months; SSDI before start is taken at the "
    "benefit given for start, and after the last projected month as in that month. Tax refunds "
    "and the EITC are not income for SSI, HUD or SNAP, and are excluded from SSI resources for "
    "12 months (20 CFR 416.1103(g), 416.1235).",
]


def project(
    scenario: Scenario,
    rules: RuleBook | None = None,
    explain: bool = True,
    compare_no_work: bool = True,
) -> Projection:
    """Project every month of the scenario.

    `explain=False` skips the steps (for sweeps). `compare_no_work` also projects the same
    person with no jobs, so each month shows `net_income_change_vs_no_work`.
    """
    rules = rules or default_rules()
    baseline: dict[Month, Decimal] | None = None
    if compare_no_work and scenario.jobs:
        idle = _project(scenario.model_copy(update={"jobs": []}), rules, False, None)
        baseline = {m.month: m.net_income for m in idle.months}
    return _project(scenario, rules, explain, baseline)


@dataclass
class _Draft:
    """One projected month before taxes and net income are settled (they need whole years)."""

    month: Month
    ex: Explainer | None
    paid: Decimal
    earned: Decimal
    jobs: list[earn.JobMonth]
    ssi: SSIResult
    ssdi: SSDIResult
    housing: HousingResult
    medicaid: MedicaidResult
    medicare: MedicareResult
    snap: SnapResult
    payroll: payroll_tax.PayrollTax
    extra: list[Milestone] = field(default_factory=list)


def _project(
    scenario: Scenario, rules: RuleBook, explain: bool, baseline: dict[Month, Decimal] | None
) -> Projection:
    """The month loop; `baseline` is the no-work net income by month, if compared."""
    first = scenario.start.plus(-BUDGET_LAG) if scenario.ssi else scenario.start
    first_rules = rules.first_month()
    if first < first_rules:
        raise RuleError(
            f"start: the rules begin in {first_rules}, and SSI needs the two months before start; "
            f"choose a start of {first_rules.plus(BUDGET_LAG if scenario.ssi else 0)} or later"
        )
    person, expenses = scenario.person, scenario.work_expenses
    age_limit = rules.at("ssa.ssi.student_exclusion.age_limit", scenario.start).value

    income: dict[Month, IncomeMonth] = {}
    seie_used: dict[int, Decimal] = {}
    if scenario.ssi:
        seie_used[first.year] = scenario.ssi.student_exclusion_used
    history = (
        ssdi_rules.history_before_start(
            scenario.ssdi.twp_months_used, scenario.ssdi.cessation_month, scenario.start, rules
        )
        if scenario.ssdi
        else None
    )
    ssi_eligible_before = True
    housing_state: hud_rent.HousingState | None = None
    health = HealthTracker(scenario, rules)
    # Wages paid in every month the loop or a 1619(b) year or a tax year can ask for, once.
    jobs_by_month = _job_months(scenario, first, scenario.end.plus(12))
    health.paid_cache.update(
        (m, sum((j.wages_paid for j in ms), ZERO)) for m, ms in jobs_by_month.items()
    )
    wages_this_year: dict[int, Decimal] = {}
    drafts: list[_Draft] = []
    milestones: list[Milestone] = []

    for offset in range(scenario.start.minus(first) + scenario.months):
        month = first.plus(offset)
        projected = month >= scenario.start
        ex = Explainer(month) if (explain and projected) else None
        previous = drafts[-1] if drafts else None

        job_months = jobs_by_month[month]
        paid = health.paid_cache[month]
        earned = sum((j.wages_earned for j in job_months), ZERO)
        if ex:
            _explain_wages(job_months, ex)

        ssdi_out = NO_SSDI
        if scenario.ssdi and history is not None:
            rate = ssdi_rules.benefit_rate(
                month,
                scenario.start,
                scenario.ssdi.monthly_benefit,
                scenario.ssdi.benefit_by_year,
                rules,
                ex,
            )
            if projected:
                gross = paid if scenario.ssdi.count_wages_when == "paid" else earned
                decided, history = ssdi_rules.ssdi_month(
                    month,
                    history,
                    gross,
                    expenses.irwe,
                    expenses.subsidy,
                    person.blind,
                    rate,
                    rules,
                    ex,
                )
                ssdi_out = build(
                    SSDIResult,
                    status=decided.status,
                    payment=decided.payment,
                    benefit_rate=rate,
                    countable_earnings=decided.countable_earnings,
                    twp_months_used=decided.twp_months_used,
                    twp_month_number=decided.twp_month_number,
                    epe_month_number=decided.epe_month_number,
                )
                milestones += [
                    milestone(month=month, kind=k, text=t, number=n)
                    for k, t, n in decided.milestones
                    if k != "cliff" or not seen(milestones, "cliff")
                ]
            else:
                ssdi_out = build(
                    SSDIResult,
                    status="paid",
                    payment=rate,
                    benefit_rate=rate,
                    countable_earnings=ZERO,
                    twp_months_used=0,
                    twp_month_number=None,
                    epe_month_number=None,
                )

        ssi_out = NO_SSI
        if scenario.ssi:
            young = person.student and age_attained(person.birth_date, month.first_day) < age_limit
            used = seie_used.get(month.year, ZERO)
            seie = ssi_rules.student_earned_income_exclusion(month, paid, young, used, rules, ex)
            seie_used[month.year] = used + seie
            income[month] = IncomeMonth(
                month,
                paid,
                ssdi_out.payment,
                ssdi_out.benefit_rate,
                scenario.ssi.other_unearned_income,
                seie,
            )
            if projected:
                ssi_out, ssi_eligible_before = ssi_for_month(
                    month, income, scenario, rules, ssi_eligible_before, ex
                )
                milestones += _ssi_milestones(month, ssi_out, previous, milestones)

        if not projected:
            continue
        housing_out = NO_HOUSING
        if scenario.housing:
            rates = hud_rates(month, scenario, ssdi_out.payment, rules)
            if housing_state is None:
                housing_state = hud_rent.starting_state(month, rates, scenario.housing, rules, ex)
            eid_change = (
                hud_rent.eid_phase_change(month, scenario.housing, rules)
                if month > scenario.start
                else ""
            )
            reexam, housing_state = hud_rent.housing_month(
                month, housing_state, rates, scenario.housing, rules, ex, eid_change
            )
            housing_out = housing_result(month, reexam, housing_state, scenario, ex)
            milestones += housing_milestones(
                month, housing_out, previous.housing if previous else None
            )
        medicaid_out, medicare_out = health.month(
            month, paid, ssi_out, ssdi_out, history.twp_ended if history else None, ex
        )
        milestones += health.milestones(
            month,
            medicaid_out,
            medicare_out,
            previous,
            any(d.medicaid.basis == "1619b" for d in drafts),
        )
        snap_out = snap_for_month(
            month,
            scenario,
            paid,
            ssi_out,
            ssdi_out,
            housing_out,
            medicare_out,
            medicaid_out,
            rules,
            ex,
        )
        checks = [j.paycheck for j in job_months for _ in j.paydays]
        before = wages_this_year.get(month.year, ZERO)
        payroll = payroll_tax.payroll_tax(month, checks, before, rules, ex)
        wages_this_year[month.year] = before + paid
        drafts.append(
            _Draft(
                month,
                ex,
                paid,
                earned,
                job_months,
                ssi_out,
                ssdi_out,
                housing_out,
                medicaid_out,
                medicare_out,
                snap_out,
                payroll,
            )
        )

    results = _settle(drafts, scenario, health, rules, baseline, milestones)
    return build(
        Projection,
        scenario=scenario.name,
        start=scenario.start,
        months=results,
        milestones=sorted(milestones, key=lambda m: m.month),
        not_modeled=NOT_MODELED,
        assumptions=ASSUMPTIONS,
        engine="benefits 0.1.0",
    )


NO_SSDI = build(
    SSDIResult,
    status="none",
    payment=ZERO,
    benefit_rate=ZERO,
    countable_earnings=ZERO,
    twp_months_used=0,
    twp_month_number=None,
    epe_month_number=None,
)
NO_SSI = build(
    SSIResult,
    status="none",
    payment=ZERO,
    countable_income=ZERO,
    budget_month=None,
    payment_standard=ZERO,
    countable_income_this_month=ZERO,
    countable_unearned_income=ZERO,
    countable_earned_income=ZERO,
    student_exclusion_applied=ZERO,
    state_supplement=ZERO,
)


def _job_months(scenario: Scenario, first: Month, last: Month) -> dict[Month, list[earn.JobMonth]]:
    return {
        m: [earn.job_month(i, job, m) for i, job in enumerate(scenario.jobs)]
        for m in (first.plus(k) for k in range(last.minus(first) + 1))
    }


def _explain_wages(job_months: list[earn.JobMonth], ex: Explainer) -> None:
    for j in job_months:
        label = j.name or f"job {j.job + 1}"
        if j.paydays:
            days = ", ".join(d.isoformat() for d in j.paydays)
            ex.step(
                "wages_paid",
                f"{label}: {len(j.paydays)} payday(s) ({days}) x "
                f"{dollars(j.paycheck)} = {dollars(j.wages_paid)} paid.",
                j.wages_paid,
                "20 CFR 416.1111(a); POMS SI 00810.610",
            )
        if j.wages_earned:
            ex.step(
                "wages_earned",
                f"{label}: {dollars(j.wages_earned)} earned for the days "
                "worked this month (annual pay / 12, prorated by calendar days).",
                j.wages_earned,
                "20 CFR 404.1574",
            )


def _ssi_milestones(
    month: Month, now: SSIResult, previous: _Draft | None, milestones: list[Milestone]
) -> list[Milestone]:
    found = []
    before = previous.ssi if previous else None
    if now.status == "1619a" and (before is None or before.status != "1619a"):
        found.append(milestone(month, "1619a", "SSI continues above SGA under 1619(a)"))
    if (
        now.payment == 0
        and (before is None or before.payment > 0)
        and not seen(milestones, "ssi_zero")
    ):
        found.append(
            milestone(month, "ssi_zero", f"SSI payment $0 ({now.status.replace('_', ' ')})")
        )
    if (
        now.payment > 0
        and before is not None
        and before.payment == 0
        and before.status != "none"
        and not seen(milestones, "ssi_resumes")
    ):
        found.append(milestone(month, "ssi_resumes", "SSI payment resumes"))
    return found


def _settle(
    drafts: list[_Draft],
    scenario: Scenario,
    health: HealthTracker,
    rules: RuleBook,
    baseline: dict[Month, Decimal] | None,
    milestones: list[Milestone],
) -> list[MonthResult]:
    """Income tax, the EITC and net income, which need whole tax years; then the results."""
    refund = scenario.taxes.refund_month
    years = {d.month.year for d in drafts} | {
        d.month.year - 1 for d in drafts if d.month.month == refund
    }
    ssdi_by_month = {d.month: d.ssdi.payment for d in drafts}
    person = scenario.person
    returns = tax_years(
        years,
        scenario,
        health.wages_paid,
        ssdi_by_month,
        lambda year: age_attained(person.birth_date, Month(year, 12).last_day),
        rules,
    )
    wages_year = {year: facts.wages for year, (facts, _) in returns.items()}
    explained_years: set[int] = set()
    results = []
    for d in drafts:
        facts, result = returns[d.month.year]
        ex = d.ex
        if ex and d.month.year not in explained_years:
            explained_years.add(d.month.year)
            income_tax.tax_year(facts, rules, ex)  # the year's return, explained once
        withheld = income_tax.monthly_withholding_estimate(
            result.income_tax, d.paid, wages_year[d.month.year]
        )
        eitc = ZERO
        if d.month.month == refund:
            eitc = returns[d.month.year - 1][1].eitc
            if eitc:
                milestones.append(
                    milestone(
                        d.month,
                        "eitc",
                        f"EITC {dollars(eitc)} for {d.month.year - 1} arrives with the tax refund",
                    )
                )
        if ex:
            ex.step(
                "taxes.income_tax_withheld",
                f"Estimated income tax withheld: the {d.month.year} tax "
                f"{dollars(result.income_tax)} spread over the year's wages "
                f"{dollars(wages_year[d.month.year])} in proportion to this month's "
                f"{dollars(d.paid)} = {dollars(withheld)} (an estimate: employers use IRS "
                "Pub. 15-T and the W-4).",
                withheld,
                "26 U.S.C. 3402",
            )
            if eitc:
                ex.step(
                    "taxes.eitc",
                    f"The {d.month.year - 1} earned income tax credit {dollars(eitc)} arrives "
                    "with the refund. It is not income for SSI, HUD or SNAP and is excluded "
                    "from SSI resources for 12 months.",
                    eitc,
                    "26 U.S.C. 32; 20 CFR 416.1103(g); 20 CFR 416.1235",
                )
        taxes = build(
            TaxesResult,
            payroll=d.payroll.total,
            social_security=d.payroll.social_security,
            medicare=d.payroll.medicare,
            income_tax_withheld=withheld,
            eitc=eitc,
            eitc_monthly_average=(result.eitc / 12).quantize(Decimal("0.01")),
            income_tax_year=result.income_tax,
        )
        supplement = d.ssi.state_supplement or ZERO
        total = d.paid + d.ssi.payment + supplement + d.ssdi.payment
        net = (
            total
            - d.payroll.total
            - withheld
            - d.medicare.part_b_premium
            - (d.medicaid.premium or ZERO)
            + d.snap.benefit
            + eitc
            - d.housing.family_share
        )
        if ex:
            _explain_net(d, withheld, eitc, net, ex)
        steps = ex.steps if ex else []
        carried = (
            sorted(
                {
                    f"{u.label} (last published {u.effective})"
                    for s in steps
                    for u in s.uses
                    if u.carried_forward
                }
            )
            if ex
            else []
        )
        results.append(
            build(
                MonthResult,
                month=d.month,
                wages_earned=d.earned,
                wages_paid=d.paid,
                ssi=d.ssi,
                ssdi=d.ssdi,
                housing=d.housing,
                medicaid=d.medicaid,
                medicare=d.medicare,
                taxes=taxes,
                snap=d.snap,
                total_income=total,
                net_income=net,
                net_income_change_vs_no_work=(net - baseline[d.month])
                if baseline is not None
                else (ZERO if not scenario.jobs else None),
                earnings=[
                    build(
                        Earnings,
                        job=j.job,
                        name=j.name,
                        paydays=j.paydays,
                        paycheck=j.paycheck,
                        wages_paid=j.wages_paid,
                        wages_earned=j.wages_earned,
                    )
                    for j in d.jobs
                ],
                steps=steps,
                carried_forward=carried,
            )
        )
    return results


def _explain_net(d: _Draft, withheld: Decimal, eitc: Decimal, net: Decimal, ex: Explainer) -> None:
    parts = [f"wages {dollars(d.paid)}", f"- payroll tax {dollars(d.payroll.total)}"]
    if withheld:
        parts.append(f"- income tax withheld {dollars(withheld)}")
    parts.append(f"+ SSI {dollars(d.ssi.payment)}")
    if d.ssi.state_supplement:
        parts.append(f"+ state supplement {dollars(d.ssi.state_supplement)}")
    parts.append(f"+ SSDI {dollars(d.ssdi.payment)}")
    if d.medicare.part_b_premium:
        parts.append(f"- Medicare Part B {dollars(d.medicare.part_b_premium)}")
    if d.medicaid.premium:
        parts.append(f"- Medicaid premium {dollars(d.medicaid.premium)}")
    if d.snap.benefit:
        parts.append(f"+ SNAP {dollars(d.snap.benefit)}")
    if eitc:
        parts.append(f"+ EITC {dollars(eitc)}")
    if d.housing.status != "none":
        parts.append(f"- rent share {dollars(d.housing.family_share)}")
    notes = []
    if d.medicaid.covered and d.medicaid.premium is None:
        notes.append("the Medicaid premium is not known and is not subtracted")
    if d.ssi.state_supplement is None:
        notes.append("the state supplement amount is unknown and is not included")
    ex.step(
        "net_income",
        "Net income: "
        + " ".join(parts)
        + f" = {dollars(net)}."
        + (" Note: " + "; ".join(notes) + "." if notes else ""),
        net,
        "",
    )
