"""The programs of one month, as the month loop calls them: each function turns the scenario
and the month's figures into the facts a program module needs (benefits/programs/*), and the
program's answer into the output model. No law is decided here; it is in benefits/programs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Protocol

from dateutil.relativedelta import relativedelta

from .explain import Explainer
from .money import ZERO, dollars, truncate_cents
from .months import Month
from .programs import earnings as earn
from .programs import hud_rent
from .programs import medicaid as medicaid_rules
from .programs import medicare as medicare_rules
from .programs import snap as snap_rules
from .programs import ssi as ssi_rules
from .programs import ssp as ssp_rules
from .results import (
    HousingResult,
    MedicaidResult,
    MedicareResult,
    Milestone,
    SnapResult,
    SSDIResult,
    SSIResult,
    build,
)
from .rules import RuleBook
from .scenario import VOUCHERS, Scenario
from .state_rules import state_medicaid, supplement_table

BUDGET_LAG = 2  # payment for month M uses income of month M-2 (20 CFR 416.420)


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


def milestone(month: Month, kind: str, text: str, number: int | None = None) -> Milestone:
    return build(Milestone, month=month, kind=kind, text=text, number=number)


def seen(milestones: list[Milestone], kind: str) -> bool:
    """Whether a milestone of this kind was already recorded (payday timing repeats them)."""
    return any(m.kind == kind for m in milestones)


def ssi_for_month(
    month: Month,
    income: dict[Month, IncomeMonth],
    scenario: Scenario,
    rules: RuleBook,
    eligible_before: bool,
    ex: Explainer | None,
) -> tuple[SSIResult, bool]:
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
            ex.step(
                "ssi.cola_adjustment",
                f"In January and February the budget month's Social Security "
                f"({dollars(budget.ssdi)} in {budget_month}) is counted with the January "
                f"cost-of-living increase of {dollars(raise_amount)}.",
                raise_amount,
                "20 CFR 416.420(a)",
            )
    if ex:
        ex.step(
            "ssi.budget_month",
            f"The payment for {month} is based on the income of "
            f"{budget_month}, two months earlier (retrospective monthly accounting).",
            None,
            ssi_rules.CITE_RMA,
        )
    budget_ci = ssi_rules.countable_income(
        budget_month,
        budget_unearned,
        budget.wages,
        budget.student_exclusion,
        expenses.irwe,
        bwe,
        rules,
        ex,
    )
    current_ci = ssi_rules.countable_income(
        month,
        now.ssdi + now.other_unearned,
        now.wages,
        now.student_exclusion,
        expenses.irwe,
        bwe,
        rules,
        None,
    )
    pay = ssi_rules.payment(standard, budget_ci, current_ci)
    resource_limit = rules.at("ssa.ssi.resource_limit.individual", month)
    if scenario.resources > resource_limit.value:
        if ex:
            ex.step(
                "ssi.payment",
                f"Countable resources {dollars(scenario.resources)} are over the "
                f"{dollars(resource_limit.value)} limit: no SSI is due while they are.",
                ZERO,
                "20 CFR 416.1201; 20 CFR 416.1205",
                (resource_limit,),
            )
        out = _ssi_result(
            "excess_resources",
            ZERO,
            ZERO,
            standard,
            budget_month,
            budget_ci,
            current_ci,
            now.student_exclusion,
        )
        return out, False
    sga = None if person.blind else rules.at("ssa.sga.non_blind", month).value
    sga_earnings = now.wages - expenses.irwe - expenses.subsidy
    status = ssi_rules.status(
        pay, standard, budget_ci, current_ci, sga_earnings, sga, eligible_before
    )
    program = supplement_table().states[scenario.state]
    level, level_rule = ssp_rules.supplement_level(
        month, scenario.state, scenario.ssi.living_arrangement, scenario.ssi.state_supplement, rules
    )
    supplement = ssp_rules.state_supplement(
        month, program, level, level_rule, standard, pay, budget_ci.total, current_ci.total, ex
    )
    if pay == 0 and supplement.federally_administered and (supplement.amount or ZERO) > 0:
        status = "ssp_only"  # an SSA-paid supplement keeps the person an SSI recipient
    if ex:
        if current_ci.total >= standard:
            ex.step(
                "ssi.payment",
                f"This month's own countable income {dollars(current_ci.total)} is at or above "
                f"the payment standard {dollars(standard)}, so no SSI is due for {month} "
                "(eligibility is decided on the month's own income).",
                ZERO,
                "20 CFR 416.420; POMS SI 02005.001",
            )
        else:
            ex.step(
                "ssi.payment",
                f"Payment standard {dollars(standard)} less countable income "
                f"{budget_ci.total:.3f} of {budget_month} = {dollars(pay)}"
                " (a fraction of a cent is raised to the next cent).",
                pay,
                "20 CFR 416.420; POMS SI 02001.010",
            )
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
            ex.step(
                "ssi.status",
                notes[status],
                None,
                {
                    "1619a": "20 CFR 416.262; POMS SI 02302.010",
                    "1619b_candidate": "20 CFR 416.264; POMS SI 02302.010",
                    "zero_unearned_income": "20 CFR 416.1100",
                }[status],
            )
    out = _ssi_result(
        status,
        pay,
        supplement.amount,
        standard,
        budget_month,
        budget_ci,
        current_ci,
        now.student_exclusion,
    )
    return out, status in ("eligible", "1619a", "1619b_candidate", "ssp_only")


def _ssi_result(
    status: str,
    pay: Decimal,
    supplement: Decimal | None,
    standard: Decimal,
    budget_month: Month,
    budget_ci: ssi_rules.CountableIncome,
    current_ci: ssi_rules.CountableIncome,
    student_exclusion: Decimal,
) -> SSIResult:
    # SSA records income with the fraction of a cent dropped (POMS SI 02001.010); the payment
    # was computed from the exact amount and is consistent with the truncated one.
    return build(
        SSIResult,
        status=status,
        payment=pay,
        countable_income=truncate_cents(budget_ci.total),
        budget_month=budget_month,
        payment_standard=standard,
        countable_income_this_month=truncate_cents(current_ci.total),
        countable_unearned_income=truncate_cents(budget_ci.unearned),
        countable_earned_income=truncate_cents(budget_ci.earned),
        student_exclusion_applied=student_exclusion,
        state_supplement=supplement,
    )


NO_HOUSING = build(
    HousingResult,
    status="none",
    total_tenant_payment=ZERO,
    family_share=ZERO,
    tenant_rent=ZERO,
    assistance=ZERO,
    utility_reimbursement=ZERO,
    reexam="none",
    rules="none",
    rent_set_in=None,
    annual_income=ZERO,
    adjusted_income=ZERO,
)


def hud_rates(
    month: Month, scenario: Scenario, ssdi_payment: Decimal, rules: RuleBook
) -> hud_rent.MonthlyRates:
    """The household's monthly income at current rates, for HUD's annual income."""
    day = month.first_day
    wage_rate = sum(
        (
            earn.annual_pay(job) / 12
            for job in scenario.jobs
            if job.start <= day and (job.end is None or job.end >= day)
        ),
        ZERO,
    )
    unearned = ssdi_payment
    person = scenario.person
    if scenario.ssi:
        age_limit = rules.at("ssa.ssi.student_exclusion.age_limit", month).value
        young = person.student and age_attained(person.birth_date, day) < age_limit
        other = scenario.ssi.other_unearned_income
        ssi, countable, standard = ssi_rules.payment_at_rates(
            month,
            scenario.ssi.living_arrangement,
            ssdi_payment + other,
            wage_rate,
            young,
            scenario.work_expenses.irwe,
            scenario.work_expenses.bwe if person.blind else ZERO,
            rules,
        )
        level, _ = ssp_rules.supplement_level(
            month,
            scenario.state,
            scenario.ssi.living_arrangement,
            scenario.ssi.state_supplement,
            rules,
        )
        supplement = ssp_rules.state_supplement(
            month,
            supplement_table().states[scenario.state],
            level,
            None,
            standard,
            ssi,
            countable,
            countable,
            None,
        )
        unearned += other + ssi + (supplement.amount or ZERO)
    elderly = age_attained(person.birth_date, day) >= hud_rent.ELDERLY_AGE
    assert scenario.housing is not None
    excluded = hud_rent.eid_exclusion(month, scenario.housing, (wage_rate + unearned) * 12, rules)
    return hud_rent.MonthlyRates(
        person_earned=wage_rate,
        person_unearned=unearned,
        members=tuple(scenario.household),
        medical=scenario.medical_expenses,
        child_care=scenario.child_care_expenses,
        person_disabled_or_elderly=person.disabled or elderly,
        eid_exclusion=excluded,
    )


def housing_result(
    month: Month,
    reexam: str,
    state: hud_rent.HousingState,
    scenario: Scenario,
    ex: Explainer | None,
) -> HousingResult:
    assert scenario.housing is not None
    split = hud_rent.subsidy(state.basis.ttp, scenario.housing)
    if ex:
        housing = scenario.housing
        if housing.program in VOUCHERS:
            ex.step(
                "housing.assistance",
                f"Voucher: the lower of the payment standard "
                f"{dollars(housing.payment_standard or ZERO)} and the gross rent "
                f"{dollars(housing.gross_rent)}, less the total tenant payment "
                f"{dollars(state.basis.ttp)}, is the assistance {dollars(split.assistance)}; "
                f"the family's share is {dollars(split.family_share)}, of which "
                f"{dollars(split.tenant_rent)} goes to the owner"
                + (
                    f" and {dollars(split.utility_reimbursement)} comes back as a utility "
                    "reimbursement"
                    if split.utility_reimbursement
                    else ""
                )
                + f" (utility allowance {dollars(housing.utility_allowance)}).",
                split.assistance,
                "24 CFR 982.505(b); 24 CFR 982.514",
            )
        else:
            ex.step(
                "housing.tenant_rent",
                f"Tenant rent is the total tenant payment {dollars(state.basis.ttp)} less the "
                f"utility allowance {dollars(housing.utility_allowance)}: "
                f"{dollars(split.tenant_rent)}"
                + (
                    f", with a utility reimbursement of {dollars(split.utility_reimbursement)}"
                    if split.utility_reimbursement
                    else ""
                )
                + ".",
                split.tenant_rent,
                "24 CFR 5.634; 24 CFR 960.253",
            )
    return build(
        HousingResult,
        status="assisted",
        total_tenant_payment=state.basis.ttp,
        family_share=split.family_share,
        tenant_rent=split.tenant_rent,
        assistance=split.assistance,
        utility_reimbursement=split.utility_reimbursement,
        reexam=reexam,
        rules=state.basis.regime,
        rent_set_in=state.set_in,
        annual_income=state.basis.annual_income,
        adjusted_income=state.basis.adjusted_income,
    )


def housing_milestones(
    month: Month, now: HousingResult, before: HousingResult | None
) -> list[Milestone]:
    """Rent changes and assistance nearing or reaching zero."""
    found = []
    if before is not None and now.total_tenant_payment != before.total_tenant_payment:
        change = now.total_tenant_payment - before.total_tenant_payment
        found.append(
            milestone(
                month=month,
                kind="rent_change",
                text=f"Rent {'rises' if change > 0 else 'falls'} by "
                f"{dollars(abs(change))} ({now.reexam} reexamination)",
            )
        )
    if 0 < now.assistance * 10 < now.assistance + now.family_share and (
        before is None or before.assistance * 10 >= before.assistance + before.family_share
    ):
        found.append(
            milestone(
                month=month,
                kind="assistance_near_zero",
                text=f"Housing assistance is down to {dollars(now.assistance)}: "
                "a little more income ends it (the family then keeps the "
                "voucher 180 days at zero assistance, 24 CFR 982.455)",
            )
        )
    if now.assistance == 0 and (before is None or before.assistance > 0):
        found.append(
            milestone(
                month=month,
                kind="assistance_zero",
                text="Housing assistance reaches $0: a voucher family keeps its "
                "voucher for 180 days at zero assistance (24 CFR 982.455)",
            )
        )
    return found


class MedicaidMonthView(Protocol):
    """What the milestones need of the month before: its Medicaid and Medicare."""

    medicaid: MedicaidResult
    medicare: MedicareResult


class HealthTracker:
    """Medicaid and Medicare month by month, with the 1619(b) period they carry forward."""

    def __init__(self, scenario: Scenario, rules: RuleBook) -> None:
        self.scenario = scenario
        self.rules = rules
        self.table = state_medicaid(scenario.state)
        self.size = 1 + len(scenario.household)
        ssdi = scenario.ssdi
        self.medicare_starts = medicare_rules.medicare_start(
            ssdi.entitlement_month if ssdi else None,
            scenario.medicare.start_month,
            rules,
            scenario.start,
        )
        self.period_start: Month | None = None
        self.period_total: tuple[Month | None, Decimal] = (None, ZERO)
        self.paid_cache: dict[Month, Decimal] = {}

    def wages_paid(self, month: Month) -> Decimal:
        found = self.paid_cache.get(month)
        if found is None:
            found = sum(
                (
                    earn.job_month(i, job, month).wages_paid
                    for i, job in enumerate(self.scenario.jobs)
                ),
                ZERO,
            )
            self.paid_cache[month] = found
        return found

    def month(
        self,
        month: Month,
        paid: Decimal,
        ssi: SSIResult,
        ssdi: SSDIResult,
        twp_ended: Month | None,
        ex: Explainer | None,
    ) -> tuple[MedicaidResult, MedicareResult]:
        s, rules = self.scenario, self.rules
        if ssi.status == "1619b_candidate":
            if self.period_start is None or month.minus(self.period_start) >= 12:
                self.period_start = month  # 1619(b) is tested over 12 months (SI 02302.045)
        else:
            self.period_start = None
        annual = ZERO
        if self.period_start is not None:
            if self.period_total[0] != self.period_start:
                self.period_total = (
                    self.period_start,
                    sum((self.wages_paid(self.period_start.plus(i)) for i in range(12)), ZERO),
                )
            annual = self.period_total[1]
        unearned = ssdi.payment + (s.ssi.other_unearned_income if s.ssi else ZERO)
        irwe = s.work_expenses.irwe
        bwe = s.work_expenses.bwe if s.person.blind else ZERO
        if ssi.status != "none" and ssi.student_exclusion_applied == 0:
            countable = ssi.countable_income_this_month  # the same income, already counted
        else:
            countable = ssi_rules.countable_income(
                month, unearned, paid, ZERO, irwe, bwe, rules, None
            ).total
        starts = self.medicare_starts
        on_medicare = starts is not None and month >= starts and ssdi.status != "terminated"
        facts = medicaid_rules.MedicaidFacts(
            month=month,
            state=s.state,
            age=age_attained(s.person.birth_date, month.first_day),
            ssi_status=ssi.status,
            wages=paid,
            unearned=unearned,
            countable_income=truncate_cents(countable),
            annual_earnings_1619b=annual,
            irwe=irwe,
            bwe=bwe,
            resources=s.resources,
            household_size=self.size,
            on_medicare=on_medicare,
            enrolled_in_buy_in=s.medicaid.enrolled_in_buy_in,
            threshold_entered=s.medicaid.threshold_1619b,
            own_medicaid_expenses=s.medicaid.annual_medicaid_expenses,
        )
        medicaid = medicaid_rules.medicaid_month(facts, self.table, rules, ex)
        medicare = medicare_rules.medicare_month(
            month,
            starts,
            s.ssdi is not None,
            ssdi.status,
            ssdi.payment > 0,
            twp_ended,
            medicaid.basis,
            truncate_cents(countable),
            s.state,
            self.size,
            rules,
            ex,
        )
        return (
            build(
                MedicaidResult,
                covered=medicaid.covered,
                basis=medicaid.basis,
                premium=medicaid.premium,
                threshold_1619b=medicaid.threshold_1619b,
                annual_earnings_1619b=medicaid.annual_earnings_1619b,
            ),
            build(
                MedicareResult,
                covered=medicare.covered,
                status=medicare.status,
                part_b_premium=medicare.part_b_premium,
                part_b_paid_by=medicare.part_b_paid_by,
                part_a_premium=medicare.part_a_premium,
            ),
        )

    @staticmethod
    def milestones(
        month: Month,
        medicaid: MedicaidResult,
        medicare: MedicareResult,
        before: MedicaidMonthView | None,
        had_1619b: bool,
    ) -> list[Milestone]:
        """Changes of Medicaid basis, the 1619(b) threshold warning, Medicare changes."""
        found = []
        group = {"ssi": "ssi", "ssi_criteria": "ssi", "ssi_209b": "ssi", "1619b": "ssi"}
        changed = (
            before is None
            or before.medicaid.covered != medicaid.covered
            or group.get(before.medicaid.basis, before.medicaid.basis)
            != group.get(medicaid.basis, medicaid.basis)
        )
        first_1619b = medicaid.basis == "1619b" and not had_1619b
        if changed or first_1619b:
            words = {
                "ssi": "Medicaid through SSI",
                "ssi_criteria": "Medicaid through SSI",
                "ssi_209b": "Medicaid through SSI (209(b) state)",
                "1619b": "Medicaid continues under 1619(b)",
                "1619b_threshold_unknown": "1619(b) Medicaid: enter the state's threshold",
                "buy_in": "Medicaid through the buy-in",
                "expansion": "Medicaid as an expansion adult",
                "none": "No Medicaid",
            }
            if before is not None or medicaid.basis != "none":
                found.append(
                    milestone(
                        month=month, kind="medicaid", text=words.get(medicaid.basis, medicaid.basis)
                    )
                )
        threshold, earnings = medicaid.threshold_1619b, medicaid.annual_earnings_1619b
        if (
            threshold
            and earnings
            and medicaid.basis == "1619b"
            and earnings * 10 >= threshold * 9
            and (
                before is None
                or before.medicaid.basis != "1619b"
                or not before.medicaid.annual_earnings_1619b
                or before.medicaid.annual_earnings_1619b * 10 < threshold * 9
            )
        ):
            found.append(
                milestone(
                    month=month,
                    kind="medicaid_warning",
                    text=f"Earnings {dollars(earnings)} are within 10% of the 1619(b) "
                    f"threshold {dollars(threshold)}",
                )
            )
        if before is not None and before.medicare.status != medicare.status:
            text = {
                "covered": "Medicare starts",
                "extended": "SSDI cash ended; premium-free Medicare continues (extended coverage)",
                "ended": "Premium-free Medicare ends; Part A can be bought (QDWI may pay)",
            }
            if medicare.status in text:
                found.append(milestone(month=month, kind="medicare", text=text[medicare.status]))
        return found


NO_SNAP = build(SnapResult, status="none", benefit=ZERO, gross_income=ZERO, net_income=ZERO)
ELDERLY_SNAP_AGE = 60  # 7 CFR 271.2 (elderly or disabled member)


def snap_for_month(
    month: Month,
    scenario: Scenario,
    paid: Decimal,
    ssi: SSIResult,
    ssdi: SSDIResult,
    housing: HousingResult,
    medicare: MedicareResult,
    medicaid: MedicaidResult,
    rules: RuleBook,
    ex: Explainer | None,
) -> SnapResult:
    """SNAP for the household this month (7 CFR 273.9, 273.10), from the month's income."""
    if scenario.snap is None:
        return NO_SNAP
    person = scenario.person
    members = [m for m in scenario.household if m.relationship != "live_in_aide"]
    age = age_attained(person.birth_date, month.first_day)
    disabled_benefits = ssi.status != "none" or ssdi.status not in ("none", "terminated")
    elderly_or_disabled = (
        person.disabled
        or disabled_benefits
        or age >= ELDERLY_SNAP_AGE
        or any(m.disabled or m.age >= ELDERLY_SNAP_AGE for m in members)
    )
    unearned = (
        ssi.payment
        + (ssi.state_supplement or ZERO)
        + ssdi.payment
        + (scenario.ssi.other_unearned_income if scenario.ssi else ZERO)
        + sum((m.unearned_income for m in members), ZERO)
    )
    earned = paid + sum((m.earned_income for m in members if m.age >= 18), ZERO)
    medical = ZERO
    if elderly_or_disabled:
        medical = scenario.medical_expenses + medicare.part_b_premium + (medicaid.premium or ZERO)
    everyone_on_ssi = not members and (ssi.payment > 0 or (ssi.state_supplement or ZERO) > 0)
    categorical = scenario.snap.categorically_eligible
    if categorical is None:
        categorical = everyone_on_ssi
    shelter = housing.tenant_rent if housing.status != "none" else scenario.shelter.rent
    facts = snap_rules.SnapFacts(
        month=month,
        state=scenario.state,
        household_size=1 + len(members),
        elderly_or_disabled=elderly_or_disabled,
        earned_income=earned,
        unearned_income=unearned,
        medical_expenses=medical,
        dependent_care=scenario.child_care_expenses,
        shelter_cost=shelter,
        utility_allowance=scenario.shelter.utility_allowance,
        categorically_eligible=categorical,
    )
    found = snap_rules.snap_benefit(facts, rules, ex)
    status = (
        "not_modelled" if not found.modelled else ("eligible" if found.eligible else "ineligible")
    )
    return build(
        SnapResult,
        status=status,
        benefit=found.benefit,
        gross_income=found.gross_income,
        net_income=found.net_income,
    )
