"""The month loop: earnings, SSDI and SSI for every month of a scenario, with their steps.

SSDI is decided first because SSI counts it as unearned income. SSI looks back two months
before `start` for the budget months of the first payments (20 CFR 416.420).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from .explain import Explainer
from .money import ZERO, dollars, truncate_cents
from .months import Month
from .programs import earnings as earn
from .programs import hud_rent
from .programs import medicaid as medicaid_rules
from .programs import medicare as medicare_rules
from .programs import payroll_tax
from .programs import ssp as ssp_rules
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
    SSDIResult,
    SSIResult,
    TaxesResult,
    build,
)
from .rules import RuleBook, default_rules
from .scenario import Scenario
from .state_rules import state_medicaid, supplement_table

BUDGET_LAG = 2  # payment for month M uses income of month M-2 (20 CFR 416.420)

NOT_MODELED = [
    "Medicaid: the 1619(b) threshold is sourced for few states (enter yours from SSA's chart "
    "in medicaid.threshold_1619b); buy-in income counting, premiums that vary, 209(b) states' own "
    "rules, medically needy spend-down, and Medicare Savings Program resource tests are not "
    "modelled; the 1619(b) Medicaid-use test and PASS or attendant care in the individualized "
    "threshold are not modelled.",
    "Federal and state income tax, the EITC and SNAP are not modelled yet; net_income leaves "
    "them out (it subtracts payroll tax, premiums and rent). SSI state supplements: amounts are "
    "sourced for a few states (enter yours as ssi.state_supplement), and state-administered "
    "supplements' own income rules are not modelled. Payroll tax "
    "counts wages from start only toward the yearly wage base and leaves out the 0.9% additional "
    "Medicare tax on wages over $200,000.",
    "HUD rent: HOTMA's phased-in medical-deduction relief and hardship exemptions, the cap of disability "
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
]


@dataclass(frozen=True, slots=True)
class IncomeMonth:
    """Income received in one month, as SSI counts it."""

    month: Month
    wages: Decimal
    ssdi: Decimal
    ssdi_rate: Decimal  # the benefit amount in force, paid or not
    other_unearned: Decimal
    student_exclusion: Decimal


@lru_cache(maxsize=4096)
def age_attained(birth: date, on: date) -> int:
    """Age on a date; an age is attained the day before the birthday (SSR 63-15)."""
    return relativedelta(on, birth - timedelta(days=1)).years


def project(scenario: Scenario, rules: RuleBook | None = None, explain: bool = True,
            compare_no_work: bool = True) -> Projection:
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


def _project(scenario: Scenario, rules: RuleBook, explain: bool,
             baseline: dict[Month, Decimal] | None) -> Projection:
    """The month loop; `baseline` is the no-work net income by month, if compared."""
    first = scenario.start.plus(-BUDGET_LAG) if scenario.ssi else scenario.start
    first_rules = rules.first_month()
    if first < first_rules:
        from .rules import RuleError

        raise RuleError(
            f"start: the rules begin in {first_rules}, and SSI needs the two months before start; "
            f"choose a start of {first_rules.plus(BUDGET_LAG if scenario.ssi else 0)} or later"
        )
    person, expenses = scenario.person, scenario.work_expenses
    jobs = scenario.jobs
    age_limit = rules.at("ssa.ssi.student_exclusion.age_limit", scenario.start).value

    income: dict[Month, IncomeMonth] = {}
    seie_used: dict[int, Decimal] = {}
    if scenario.ssi:
        seie_used[first.year] = scenario.ssi.student_exclusion_used
    history = (
        ssdi_rules.history_before_start(scenario.ssdi.twp_months_used,
                                        scenario.ssdi.cessation_month, scenario.start, rules)
        if scenario.ssdi else None
    )
    ssi_eligible_before = True
    housing_state: hud_rent.HousingState | None = None
    health = _HealthTracker(scenario, rules)
    wages_this_year: dict[int, Decimal] = {}
    results: list[MonthResult] = []
    milestones: list[Milestone] = []

    for offset in range(scenario.start.minus(first) + scenario.months):
        month = first.plus(offset)
        projected = month >= scenario.start
        ex = Explainer(month) if (explain and projected) else None

        job_months = [earn.job_month(i, job, month) for i, job in enumerate(jobs)]
        paid = sum((j.wages_paid for j in job_months), ZERO)
        earned = sum((j.wages_earned for j in job_months), ZERO)
        if ex:
            for j in job_months:
                label = j.name or f"job {j.job + 1}"
                if j.paydays:
                    days = ", ".join(d.isoformat() for d in j.paydays)
                    ex.step("wages_paid", f"{label}: {len(j.paydays)} payday(s) ({days}) x "
                            f"{dollars(j.paycheck)} = {dollars(j.wages_paid)} paid.",
                            j.wages_paid, "20 CFR 416.1111(a); POMS SI 00810.610")
                if j.wages_earned:
                    ex.step("wages_earned", f"{label}: {dollars(j.wages_earned)} earned for the "
                            "days worked this month (annual pay / 12, prorated by calendar days).",
                            j.wages_earned, "20 CFR 404.1574")

        # SSDI for the month
        ssdi_out = build(SSDIResult, 
            status="none", payment=ZERO, benefit_rate=ZERO, countable_earnings=ZERO,
            twp_months_used=0, twp_month_number=None, epe_month_number=None)
        if scenario.ssdi and history is not None:
            rate = ssdi_rules.benefit_rate(month, scenario.start, scenario.ssdi.monthly_benefit,
                                           scenario.ssdi.benefit_by_year, rules, ex)
            if projected:
                gross = paid if scenario.ssdi.count_wages_when == "paid" else earned
                decided, history = ssdi_rules.ssdi_month(
                    month, history, gross, expenses.irwe, expenses.subsidy, person.blind, rate,
                    rules, ex)
                ssdi_out = build(SSDIResult, 
                    status=decided.status, payment=decided.payment, benefit_rate=rate,
                    countable_earnings=decided.countable_earnings,
                    twp_months_used=decided.twp_months_used,
                    twp_month_number=decided.twp_month_number,
                    epe_month_number=decided.epe_month_number)
                milestones += [milestone(month=month, kind=k, text=t, number=n)
                               for k, t, n in decided.milestones
                               if k != "cliff" or not _seen(milestones, "cliff")]
            else:
                ssdi_out = build(SSDIResult, 
                    status="paid", payment=rate, benefit_rate=rate, countable_earnings=ZERO,
                    twp_months_used=0, twp_month_number=None, epe_month_number=None)

        # SSI for the month
        ssi_out = build(SSIResult, 
            status="none", payment=ZERO, countable_income=ZERO, budget_month=None,
            payment_standard=ZERO, countable_income_this_month=ZERO,
            countable_unearned_income=ZERO, countable_earned_income=ZERO,
            student_exclusion_applied=ZERO, state_supplement=ZERO)
        if scenario.ssi:
            young = person.student and age_attained(person.birth_date, month.first_day) < age_limit
            used = seie_used.get(month.year, ZERO)
            seie = ssi_rules.student_earned_income_exclusion(month, paid, young, used, rules, ex)
            seie_used[month.year] = used + seie
            income[month] = IncomeMonth(month, paid, ssdi_out.payment, ssdi_out.benefit_rate,
                                        scenario.ssi.other_unearned_income, seie)
            if projected:
                ssi_out, ssi_eligible_before = _ssi_payment(
                    month, income, scenario, rules, ssi_eligible_before, ex)
                if ssi_out.status == "1619a" and (not results or results[-1].ssi.status != "1619a"):
                    milestones.append(milestone(
                        month=month, kind="1619a", text="SSI continues above SGA under 1619(a)"))
                if ssi_out.payment == 0 and (not results or results[-1].ssi.payment > 0) \
                        and not _seen(milestones, "ssi_zero"):
                    milestones.append(milestone(
                        month=month, kind="ssi_zero",
                        text=f"SSI payment $0 ({ssi_out.status.replace('_', ' ')})"))
                if ssi_out.payment > 0 and results and results[-1].ssi.payment == 0 \
                        and results[-1].ssi.status != "none" \
                        and not _seen(milestones, "ssi_resumes"):
                    milestones.append(milestone(
                        month=month, kind="ssi_resumes", text="SSI payment resumes"))

        if not projected:
            continue
        housing_out = NO_HOUSING
        if scenario.housing:
            rates = _hud_rates(month, scenario, ssdi_out.payment, rules)
            if housing_state is None:
                housing_state = hud_rent.starting_state(month, rates, scenario.housing, rules, ex)
            eid_change = hud_rent.eid_phase_change(month, scenario.housing, rules) \
                if month > scenario.start else ""
            reexam, housing_state = hud_rent.housing_month(month, housing_state, rates,
                                                           scenario.housing, rules, ex, eid_change)
            housing_out = _housing_result(month, reexam, housing_state, scenario, ex)
            milestones += _housing_milestones(month, housing_out, results)
        medicaid_out, medicare_out = health.month(
            month, paid, ssi_out, ssdi_out, history.twp_ended if history else None, ex)
        milestones += health.milestones(month, medicaid_out, medicare_out, results)
        checks = [j.paycheck for j in job_months for _ in j.paydays]
        before = wages_this_year.get(month.year, ZERO)
        payroll = payroll_tax.payroll_tax(month, checks, before, rules, ex)
        wages_this_year[month.year] = before + paid
        taxes_out = build(TaxesResult, payroll=payroll.total, social_security=payroll.social_security,
                          medicare=payroll.medicare, income_tax_withheld=None, eitc=None)
        total = paid + ssi_out.payment + (ssi_out.state_supplement or ZERO) + ssdi_out.payment
        net = (total - payroll.total - medicare_out.part_b_premium
               - (medicaid_out.premium or ZERO) - housing_out.family_share)
        if ex:
            ex.step("net_income",
                    f"Net income: wages {dollars(paid)} - payroll tax {dollars(payroll.total)} + SSI "
                    f"{dollars(ssi_out.payment)}"
                    + (f" + state supplement {dollars(ssi_out.state_supplement)}"
                       if ssi_out.state_supplement else "")
                    + f" + SSDI {dollars(ssdi_out.payment)}"
                    + (f" - Medicare Part B {dollars(medicare_out.part_b_premium)}"
                       if medicare_out.part_b_premium else "")
                    + (f" - Medicaid premium {dollars(medicaid_out.premium)}"
                       if medicaid_out.premium else "")
                    + (" (Medicaid premium not known: not subtracted)"
                       if medicaid_out.covered and medicaid_out.premium is None else "")
                    + (f" - rent share {dollars(housing_out.family_share)}"
                       if housing_out.status != "none" else "")
                    + (" (state supplement amount unknown: not included)"
                       if ssi_out.state_supplement is None else "")
                    + f" = {dollars(net)}. Income tax, the EITC and SNAP are not modelled yet.",
                    net, "")
        steps = ex.steps if ex else []
        carried = sorted({f"{u.label} (last published {u.effective})"
                          for s in steps for u in s.uses if u.carried_forward})
        results.append(build(MonthResult, 
            month=month, wages_earned=earned, wages_paid=paid, ssi=ssi_out, ssdi=ssdi_out,
            housing=housing_out, medicaid=medicaid_out, medicare=medicare_out,
            taxes=taxes_out, total_income=total, net_income=net,
            net_income_change_vs_no_work=(net - baseline[month]) if baseline is not None
            else (ZERO if not scenario.jobs else None),
            earnings=[build(Earnings, job=j.job, name=j.name, paydays=j.paydays,
                                               paycheck=j.paycheck, wages_paid=j.wages_paid,
                                               wages_earned=j.wages_earned) for j in job_months],
            steps=steps, carried_forward=carried))

    return build(Projection, 
        scenario=scenario.name, start=scenario.start, months=results, milestones=milestones,
        not_modeled=NOT_MODELED, assumptions=ASSUMPTIONS, engine="benefits 0.1.0")


def milestone(month: Month, kind: str, text: str, number: int | None = None) -> Milestone:
    return build(Milestone, month=month, kind=kind, text=text, number=number)


def _seen(milestones: list[Milestone], kind: str) -> bool:
    """Whether a milestone of this kind was already recorded (payday timing repeats them)."""
    return any(m.kind == kind for m in milestones)


def _ssi_payment(month: Month, income: dict[Month, IncomeMonth], scenario: Scenario,
                 rules: RuleBook, eligible_before: bool,
                 ex: Explainer | None) -> tuple[SSIResult, bool]:
    """SSI for one month: eligibility on this month's income, amount on the budget month's."""
    assert scenario.ssi is not None
    expenses, person = scenario.work_expenses, scenario.person
    bwe = expenses.bwe if person.blind else ZERO
    standard = ssi_rules.payment_standard(month, scenario.ssi.living_arrangement, rules, ex)
    budget_month = month.plus(-BUDGET_LAG)
    budget = income[budget_month]
    now = income[month]

    budget_unearned = budget.ssdi + budget.other_unearned
    if month.month in (1, 2) and budget.ssdi > 0 and now.ssdi_rate > budget.ssdi_rate:
        raise_amount = now.ssdi_rate - budget.ssdi_rate
        budget_unearned += raise_amount
        if ex:
            ex.step("ssi.cola_adjustment",
                    f"In January and February the budget month's Social Security "
                    f"({dollars(budget.ssdi)} in {budget_month}) is counted with the January "
                    f"cost-of-living increase of {dollars(raise_amount)}.", raise_amount,
                    "20 CFR 416.420(a)")
    if ex:
        ex.step("ssi.budget_month", f"The payment for {month} is based on the income of "
                f"{budget_month}, two months earlier (retrospective monthly accounting).",
                None, ssi_rules.CITE_RMA)
    budget_ci = ssi_rules.countable_income(budget_month, budget_unearned, budget.wages,
                                           budget.student_exclusion, expenses.irwe, bwe, rules, ex)
    current_ci = ssi_rules.countable_income(month, now.ssdi + now.other_unearned, now.wages,
                                            now.student_exclusion, expenses.irwe, bwe, rules,
                                            None)
    pay = ssi_rules.payment(standard, budget_ci, current_ci)
    resource_limit = rules.at("ssa.ssi.resource_limit.individual", month)
    if scenario.resources > resource_limit.value:
        if ex:
            ex.step("ssi.payment",
                    f"Countable resources {dollars(scenario.resources)} are over the "
                    f"{dollars(resource_limit.value)} limit: no SSI is due while they are.", ZERO,
                    "20 CFR 416.1201; 20 CFR 416.1205", (resource_limit,))
        out = build(
            SSIResult, status="excess_resources", payment=ZERO,
            countable_income=truncate_cents(budget_ci.total), budget_month=budget_month,
            payment_standard=standard, countable_income_this_month=truncate_cents(current_ci.total),
            countable_unearned_income=truncate_cents(budget_ci.unearned),
            countable_earned_income=truncate_cents(budget_ci.earned),
            student_exclusion_applied=now.student_exclusion, state_supplement=ZERO)
        return out, False
    sga = None if person.blind else rules.at("ssa.sga.non_blind", month).value
    sga_earnings = now.wages - expenses.irwe - expenses.subsidy
    status = ssi_rules.status(pay, standard, budget_ci, current_ci, sga_earnings, sga,
                              eligible_before)
    program = supplement_table().states[scenario.state]
    level, level_rule = ssp_rules.supplement_level(
        month, scenario.state, scenario.ssi.living_arrangement, scenario.ssi.state_supplement,
        rules)
    supplement = ssp_rules.state_supplement(month, program, level, level_rule, standard, pay,
                                            budget_ci.total, current_ci.total, ex)
    if pay == 0 and supplement.federally_administered and (supplement.amount or ZERO) > 0:
        status = "ssp_only"  # an SSA-paid supplement keeps the person an SSI recipient
    if ex:
        if current_ci.total >= standard:
            ex.step("ssi.payment",
                    f"This month's own countable income {dollars(current_ci.total)} is at or above "
                    f"the payment standard {dollars(standard)}, so no SSI is due for {month} "
                    "(eligibility is decided on the month's own income).", ZERO,
                    "20 CFR 416.420; POMS SI 02005.001")
        else:
            ex.step("ssi.payment",
                    f"Payment standard {dollars(standard)} less countable income "
                    f"{budget_ci.total:.3f} of {budget_month} = {dollars(pay)}"
                    " (a fraction of a cent is raised to the next cent).",
                    pay, "20 CFR 416.420; POMS SI 02001.010")
        notes = {
            "1619a": "Earnings are above SGA, but SSI continues under section 1619(a): the "
                     "payment follows the same income formula.",
            "1619b_candidate": "SSI cash is $0 because of earnings while unearned income alone "
                               "would still leave a payment: a 1619(b) candidate (Medicaid can "
                               "continue if annual gross earnings stay under the state "
                               "threshold).",
            "zero_unearned_income": "Unearned income alone uses up the payment standard, so no "
                                    "SSI is due whatever the earnings.",
        }
        if status in notes:
            ex.step("ssi.status", notes[status], None,
                    {"1619a": "20 CFR 416.262; POMS SI 02302.010",
                     "1619b_candidate": "20 CFR 416.264; POMS SI 02302.010",
                     "zero_unearned_income": "20 CFR 416.1100"}[status])
    out = build(SSIResult, 
        # SSA records income with the fraction of a cent dropped (POMS SI 02001.010); the payment
        # above was computed from the exact amount and is consistent with the truncated one.
        status=status, payment=pay, countable_income=truncate_cents(budget_ci.total),
        budget_month=budget_month, payment_standard=standard,
        countable_income_this_month=truncate_cents(current_ci.total),
        countable_unearned_income=truncate_cents(budget_ci.unearned),
        countable_earned_income=truncate_cents(budget_ci.earned),
        student_exclusion_applied=now.student_exclusion, state_supplement=supplement.amount)
    return out, status in ("eligible", "1619a", "1619b_candidate", "ssp_only")


NO_HOUSING = build(
    HousingResult, status="none", total_tenant_payment=ZERO, family_share=ZERO, tenant_rent=ZERO,
    assistance=ZERO, utility_reimbursement=ZERO, reexam="none", rules="none", rent_set_in=None,
    annual_income=ZERO, adjusted_income=ZERO)


def _hud_rates(month: Month, scenario: Scenario, ssdi_payment: Decimal,
               rules: RuleBook) -> hud_rent.MonthlyRates:
    """The household's monthly income at current rates, for HUD's annual income."""
    day = month.first_day
    wage_rate = sum((earn.annual_pay(job) / 12 for job in scenario.jobs
                     if job.start <= day and (job.end is None or job.end >= day)), ZERO)
    unearned = ssdi_payment
    person = scenario.person
    if scenario.ssi:
        age_limit = rules.at("ssa.ssi.student_exclusion.age_limit", month).value
        young = person.student and age_attained(person.birth_date, day) < age_limit
        other = scenario.ssi.other_unearned_income
        ssi, countable, standard = ssi_rules.payment_at_rates(
            month, scenario.ssi.living_arrangement, ssdi_payment + other, wage_rate, young,
            scenario.work_expenses.irwe,
            scenario.work_expenses.bwe if person.blind else ZERO, rules)
        level, _ = ssp_rules.supplement_level(month, scenario.state,
                                              scenario.ssi.living_arrangement,
                                              scenario.ssi.state_supplement, rules)
        supplement = ssp_rules.state_supplement(
            month, supplement_table().states[scenario.state], level, None, standard, ssi,
            countable, countable, None)
        unearned += other + ssi + (supplement.amount or ZERO)
    elderly = age_attained(person.birth_date, day) >= hud_rent.ELDERLY_AGE
    assert scenario.housing is not None
    excluded = hud_rent.eid_exclusion(month, scenario.housing, (wage_rate + unearned) * 12, rules)
    return hud_rent.MonthlyRates(
        person_earned=wage_rate, person_unearned=unearned, members=tuple(scenario.household),
        medical=scenario.medical_expenses, child_care=scenario.child_care_expenses,
        person_disabled_or_elderly=person.disabled or elderly, eid_exclusion=excluded)


def _housing_result(month: Month, reexam: str, state: hud_rent.HousingState,
                    scenario: Scenario, ex: Explainer | None) -> HousingResult:
    assert scenario.housing is not None
    split = hud_rent.subsidy(state.basis.ttp, scenario.housing)
    if ex:
        housing = scenario.housing
        if housing.program in hud_rent.VOUCHERS:
            ex.step("housing.assistance",
                    f"Voucher: the lower of the payment standard "
                    f"{dollars(housing.payment_standard or ZERO)} and the gross rent "
                    f"{dollars(housing.gross_rent)}, less the total tenant payment "
                    f"{dollars(state.basis.ttp)}, is the assistance {dollars(split.assistance)}; "
                    f"the family's share is {dollars(split.family_share)}, of which "
                    f"{dollars(split.tenant_rent)} goes to the owner"
                    + (f" and {dollars(split.utility_reimbursement)} comes back as a utility "
                       "reimbursement" if split.utility_reimbursement else "")
                    + f" (utility allowance {dollars(housing.utility_allowance)}).",
                    split.assistance, "24 CFR 982.505(b); 24 CFR 982.514")
        else:
            ex.step("housing.tenant_rent",
                    f"Tenant rent is the total tenant payment {dollars(state.basis.ttp)} less the "
                    f"utility allowance {dollars(housing.utility_allowance)}: "
                    f"{dollars(split.tenant_rent)}"
                    + (f", with a utility reimbursement of {dollars(split.utility_reimbursement)}"
                       if split.utility_reimbursement else "") + ".", split.tenant_rent,
                    "24 CFR 5.634; 24 CFR 960.253")
    return build(
        HousingResult, status="assisted", total_tenant_payment=state.basis.ttp,
        family_share=split.family_share, tenant_rent=split.tenant_rent,
        assistance=split.assistance, utility_reimbursement=split.utility_reimbursement,
        reexam=reexam, rules=state.basis.regime, rent_set_in=state.set_in,
        annual_income=state.basis.annual_income, adjusted_income=state.basis.adjusted_income)


def _housing_milestones(month: Month, now: HousingResult,
                        results: list[MonthResult]) -> list[Milestone]:
    found = []
    before = results[-1].housing if results else None
    if before is not None and now.total_tenant_payment != before.total_tenant_payment:
        change = now.total_tenant_payment - before.total_tenant_payment
        found.append(milestone(month=month, kind="rent_change",
                           text=f"Rent {'rises' if change > 0 else 'falls'} by "
                                f"{dollars(abs(change))} ({now.reexam} reexamination)"))
    if 0 < now.assistance * 10 < now.assistance + now.family_share and (
            before is None or before.assistance * 10 >= before.assistance + before.family_share):
        found.append(milestone(month=month, kind="assistance_near_zero",
                               text=f"Housing assistance is down to {dollars(now.assistance)}: "
                                    "a little more income ends it (the family then keeps the "
                                    "voucher 180 days at zero assistance, 24 CFR 982.455)"))
    if now.assistance == 0 and (before is None or before.assistance > 0):
        found.append(milestone(month=month, kind="assistance_zero",
                           text="Housing assistance reaches $0: a voucher family keeps its "
                                "voucher for 180 days at zero assistance (24 CFR 982.455)"))
    return found


class _HealthTracker:
    """Medicaid and Medicare month by month, with the 1619(b) period they carry forward."""

    def __init__(self, scenario: Scenario, rules: RuleBook) -> None:
        self.scenario = scenario
        self.rules = rules
        self.table = state_medicaid(scenario.state)
        self.size = 1 + len(scenario.household)
        ssdi = scenario.ssdi
        self.medicare_starts = medicare_rules.medicare_start(
            ssdi.entitlement_month if ssdi else None, scenario.medicare.start_month, rules,
            scenario.start)
        self.period_start: Month | None = None
        self.period_total: tuple[Month | None, Decimal] = (None, ZERO)
        self.paid_cache: dict[Month, Decimal] = {}

    def wages_paid(self, month: Month) -> Decimal:
        found = self.paid_cache.get(month)
        if found is None:
            found = sum((earn.job_month(i, job, month).wages_paid
                         for i, job in enumerate(self.scenario.jobs)), ZERO)
            self.paid_cache[month] = found
        return found

    def month(self, month: Month, paid: Decimal, ssi: SSIResult, ssdi: SSDIResult,
              twp_ended: Month | None, ex: Explainer | None) -> tuple[MedicaidResult,
                                                                     MedicareResult]:
        s, rules = self.scenario, self.rules
        if ssi.status == "1619b_candidate":
            if self.period_start is None or month.minus(self.period_start) >= 12:
                self.period_start = month  # 1619(b) is tested over 12 months (SI 02302.045)
        else:
            self.period_start = None
        annual = ZERO
        if self.period_start is not None:
            if self.period_total[0] != self.period_start:
                self.period_total = (self.period_start, sum(
                    (self.wages_paid(self.period_start.plus(i)) for i in range(12)), ZERO))
            annual = self.period_total[1]
        unearned = ssdi.payment + (s.ssi.other_unearned_income if s.ssi else ZERO)
        irwe = s.work_expenses.irwe
        bwe = s.work_expenses.bwe if s.person.blind else ZERO
        countable = ssi_rules.countable_income(month, unearned, paid, ZERO, irwe, bwe, rules,
                                               None).total
        starts = self.medicare_starts
        on_medicare = starts is not None and month >= starts and ssdi.status != "terminated"
        facts = medicaid_rules.MedicaidFacts(
            month=month, state=s.state, age=age_attained(s.person.birth_date, month.first_day),
            ssi_status=ssi.status, wages=paid, unearned=unearned,
            countable_income=truncate_cents(countable), annual_earnings_1619b=annual, irwe=irwe,
            bwe=bwe, resources=s.resources, household_size=self.size, on_medicare=on_medicare,
            enrolled_in_buy_in=s.medicaid.enrolled_in_buy_in,
            threshold_entered=s.medicaid.threshold_1619b,
            own_medicaid_expenses=s.medicaid.annual_medicaid_expenses)
        medicaid = medicaid_rules.medicaid_month(facts, self.table, rules, ex)
        medicare = medicare_rules.medicare_month(
            month, starts, s.ssdi is not None, ssdi.status, ssdi.payment > 0, twp_ended,
            medicaid.basis, truncate_cents(countable), s.state, self.size, rules, ex)
        return (
            build(MedicaidResult, covered=medicaid.covered, basis=medicaid.basis,
                  premium=medicaid.premium, threshold_1619b=medicaid.threshold_1619b,
                  annual_earnings_1619b=medicaid.annual_earnings_1619b),
            build(MedicareResult, covered=medicare.covered, status=medicare.status,
                  part_b_premium=medicare.part_b_premium, part_b_paid_by=medicare.part_b_paid_by,
                  part_a_premium=medicare.part_a_premium),
        )

    @staticmethod
    def milestones(month: Month, medicaid: MedicaidResult, medicare: MedicareResult,
                   results: list[MonthResult]) -> list[Milestone]:
        found = []
        before = results[-1] if results else None
        group = {"ssi": "ssi", "ssi_criteria": "ssi", "ssi_209b": "ssi", "1619b": "ssi"}
        changed = before is None or before.medicaid.covered != medicaid.covered or group.get(
            before.medicaid.basis, before.medicaid.basis) != group.get(medicaid.basis,
                                                                       medicaid.basis)
        first_1619b = medicaid.basis == "1619b" and not any(
            r.medicaid.basis == "1619b" for r in results)
        if changed or first_1619b:
            words = {"ssi": "Medicaid through SSI", "ssi_criteria": "Medicaid through SSI",
                     "ssi_209b": "Medicaid through SSI (209(b) state)",
                     "1619b": "Medicaid continues under 1619(b)",
                     "1619b_threshold_unknown": "1619(b) Medicaid: enter the state's threshold",
                     "buy_in": "Medicaid through the buy-in", "expansion":
                     "Medicaid as an expansion adult", "none": "No Medicaid"}
            if before is not None or medicaid.basis != "none":
                found.append(milestone(month=month, kind="medicaid",
                                   text=words.get(medicaid.basis, medicaid.basis)))
        threshold, earnings = medicaid.threshold_1619b, medicaid.annual_earnings_1619b
        if threshold and earnings and medicaid.basis == "1619b" and \
                earnings * 10 >= threshold * 9 and (
                before is None or before.medicaid.basis != "1619b"
                or not before.medicaid.annual_earnings_1619b
                or before.medicaid.annual_earnings_1619b * 10 < threshold * 9):
            found.append(milestone(month=month, kind="medicaid_warning",
                               text=f"Earnings {dollars(earnings)} are within 10% of the 1619(b) "
                                    f"threshold {dollars(threshold)}"))
        if before is not None and before.medicare.status != medicare.status:
            text = {"covered": "Medicare starts", "extended":
                    "SSDI cash ended; premium-free Medicare continues (extended coverage)",
                    "ended": "Premium-free Medicare ends; Part A can be bought (QDWI may pay)"}
            if medicare.status in text:
                found.append(milestone(month=month, kind="medicare",
                                   text=text[medicare.status]))
        return found
