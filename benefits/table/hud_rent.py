"""HUD rent's row in the program table (benefits/programs/hud_rent.py).

HUD counts income at current rates (24 CFR 5.609): wages of the jobs in force on the first day
of the month, SSDI as paid, and SSI at the amount those wages give without payday timing.
Medical expenses are the entered ones plus the Medicare Part B and Medicaid premiums the
person pays, as the engine figures them (medical expenses include medical insurance premiums,
24 CFR 5.603(b); HUD Handbook 4350.3 REV-1 Exhibit 5-3 lists Medicare premiums), so this row
comes after Medicare's. The rent in force and any pending interim reexamination are carried
from month to month.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..explain import Explainer
from ..money import ZERO, dollars, exact
from ..months import Month
from ..programs import hud_reexam as reexams
from ..programs import hud_rent as law
from ..programs import ssi as ssi_law
from ..programs import ssp as ssp_law
from ..programs.ssi_income import Exclusions
from ..results import HousingResult, Milestone, build
from ..rules import RuleBook
from ..scenario import VOUCHERS, Housing, Scenario
from ..state_rules import supplement_table
from . import medicaid, medicare, ssdi, ssi, va
from .base import Decided, MonthContext, Program, milestone


class HousingRecord:
    """The month's rent, as later programs read it (the fields of the output)."""

    def __init__(
        self,
        status: str,
        total_tenant_payment: Decimal,
        family_share: Decimal,
        tenant_rent: Decimal,
        assistance: Decimal,
        utility_reimbursement: Decimal,
        reexam: str,
        rules: str,
        rent_set_in: Month | None,
        annual_income: Decimal,
        adjusted_income: Decimal,
    ) -> None:
        self.status: Final = status
        self.total_tenant_payment: Final = total_tenant_payment
        self.family_share: Final = family_share
        self.tenant_rent: Final = tenant_rent
        self.assistance: Final = assistance
        self.utility_reimbursement: Final = utility_reimbursement
        self.reexam: Final = reexam
        self.rules: Final = rules
        self.rent_set_in: Final = rent_set_in
        self.annual_income: Final = annual_income
        self.adjusted_income: Final = adjusted_income


NONE = HousingRecord("none", ZERO, ZERO, ZERO, ZERO, ZERO, "none", "none", None, ZERO, ZERO)


class Carry:
    def __init__(
        self,
        state: reexams.HousingState | None,  # None before the first projected month
    ) -> None:
        self.state: Final = state


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    return Carry(None)


def ssi_at_rates(
    ctx: MonthContext, unearned: Decimal, needs_based: Decimal, wage_rate: Decimal
) -> Decimal:
    """SSI and the state supplement at current rates, as HUD counts them (no payday timing).

    The student exclusion is taken at its monthly limit, ignoring the yearly one; income based
    on need (VA pension) gets no $20 general exclusion (20 CFR 416.1124(c)(12)). The amount
    depends on the month only through its rule values, so it is figured once for each rule
    period and incomes and reused (HUD asks for it every month).
    """
    s, month, rules = ctx.scenario, ctx.month, ctx.rules
    assert s.ssi is not None
    young = s.person.student and ctx.age < rules.at(STUDENT_AGE, month).value
    key = ("hud SSI at rates", ctx.period, exact(unearned, needs_based, wage_rate), young)
    found: Decimal | None = ctx.memo.get(key)
    if found is not None:
        return found
    level, _ = ssp_law.supplement_level(
        month=month,
        state=s.state,
        living_arrangement=s.ssi.living_arrangement,
        entered=s.ssi.state_supplement,
        rules=rules,
    )
    expenses = s.work_expenses  # as SSI excludes them (ssi_income.Exclusions.of)
    excluded = Exclusions.of(irwe=expenses.irwe, bwe=expenses.bwe, blind=s.person.blind)
    standard = ssi_law.payment_standard(month, s.ssi.living_arrangement, rules, None)
    seie = ZERO
    if young:
        seie = min(wage_rate, rules.at("ssa.ssi.student_exclusion.monthly", month).value)
    income = ssi_law.countable_income(
        month=month,
        unearned=unearned,
        wages=wage_rate,
        student_exclusion=seie,
        irwe=excluded.irwe,
        bwe=excluded.bwe,
        rules=rules,
        ex=None,
    )
    income = ssi_law.CountableIncome.of(income.unearned + needs_based, income.earned)
    ssi = ssi_law.payment(standard, income, income)
    supplement = ssp_law.state_supplement(
        month=month,
        program=supplement_table().states[s.state],
        level=level,
        level_rule=None,
        standard=standard,
        federal=ssi,
        budget_countable=income.total,
        current_countable=income.total,
        ex=None,
    )
    found = ctx.memo[key] = ssi + (supplement.amount or ZERO)
    return found


STUDENT_AGE = "ssa.ssi.student_exclusion.age_limit"


def rates(
    ctx: MonthContext, ssdi_payment: Decimal, veterans: va.VARecord, premiums: Decimal = ZERO
) -> law.MonthlyRates:
    """The household's monthly income at current rates, for HUD's annual income; `premiums`
    are the health insurance premiums the person pays this month (Part B, Medicaid), which
    HUD counts as medical expenses (24 CFR 5.603(b))."""
    s, wage_rate = ctx.scenario, ctx.wage_rate
    unearned = ssdi_payment + veterans.compensation + veterans.pension  # 24 CFR 5.609(b)(4)
    if s.ssi:
        other = s.ssi.other_unearned_income
        counted = veterans.ssi
        unearned += other + ssi_at_rates(
            ctx, ssdi_payment + other + counted.unearned, counted.needs_based, wage_rate
        )
    elderly = ctx.age >= law.ELDERLY_AGE
    assert s.housing is not None
    excluded = law.eid_exclusion(ctx.month, s.housing, (wage_rate + unearned) * 12, ctx.rules)
    return law.MonthlyRates(
        person_earned=wage_rate,
        person_unearned=unearned,
        members=tuple(s.household),
        medical=s.medical_expenses + premiums,
        child_care=s.child_care_expenses,
        person_disabled_or_elderly=s.person.disabled or elderly,
        eid_exclusion=excluded,
    )


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[HousingRecord, Carry]:
    """Apply a reexamination taking effect this month; look for a change to process."""
    s, month, rules, ex = ctx.scenario, ctx.month, ctx.rules, ctx.ex
    if s.housing is None:
        return NONE, carry
    premiums = _premiums(ctx, so_far)
    now = rates(ctx, so_far.get(ssdi.PROGRAM).payment, so_far.get(va.PROGRAM), premiums)
    state = carry.state
    if state is None:
        state = reexams.starting_state(
            start=month, rates=now, housing=s.housing, rules=rules, ex=ex
        )
    eid_change = law.eid_phase_change(month, s.housing, rules) if month > s.start else ""
    reexam, state = reexams.housing_month(
        month=month,
        state=state,
        rates=now,
        housing=s.housing,
        rules=rules,
        ex=ex,
        eid_change=eid_change,
    )
    split = law.subsidy(state.basis.ttp, s.housing)
    if ex:
        _explain_split(ex, s.housing, state.basis.ttp, split)
        if s.ssi is not None and so_far.get(ssi.PROGRAM).state_supplement is None:
            ex.step(
                "housing.depends_on_supplement",
                "The state supplement's amount is unknown and is counted here as $0: HUD counts "
                "it in annual income, so the rent is higher than shown by up to 30% of it "
                "(enter ssi.state_supplement).",
                None,
                "24 CFR 5.609(b); 24 CFR 5.628",
                not_modeled=True,
            )
    record = HousingRecord(
        "assisted",
        state.basis.ttp,
        split.family_share,
        split.tenant_rent,
        split.assistance,
        split.utility_reimbursement,
        reexam,
        state.basis.regime,
        state.set_in,
        state.basis.annual_income,
        state.basis.adjusted_income,
    )
    return record, Carry(state)


def _premiums(ctx: MonthContext, so_far: Decided) -> Decimal:
    """The Medicare Part B and Medicaid premiums the person pays: medical expenses (24 CFR
    5.603(b)), added to those entered."""
    premiums = so_far.get(medicare.PROGRAM).part_b_premium + (
        so_far.get(medicaid.PROGRAM).premium or ZERO
    )
    if ctx.ex and premiums:
        entered = ctx.scenario.medical_expenses
        ctx.ex.step(
            "housing.medical_premiums",
            f"Medical expenses at current rates: {dollars(entered)} entered + the "
            f"Medicare Part B and Medicaid premiums the person pays {dollars(premiums)} = "
            f"{dollars(entered + premiums)} a month (medical insurance premiums are "
            "medical expenses; deducted only for an elderly or disabled family).",
            entered + premiums,
            "24 CFR 5.603(b); 24 CFR 5.611(a)(3); HUD Handbook 4350.3 REV-1 Exhibit 5-3",
        )
    return premiums


def _explain_split(ex: Explainer, housing: Housing, ttp: Decimal, split: law.Subsidy) -> None:
    if housing.program in VOUCHERS:
        ex.step(
            "housing.assistance",
            f"Voucher: the lower of the payment standard "
            f"{dollars(housing.payment_standard or ZERO)} and the gross rent "
            f"{dollars(housing.gross_rent)}, less the total tenant payment "
            f"{dollars(ttp)}, is the assistance {dollars(split.assistance)}; "
            f"the family's share is {dollars(split.family_share)}, of which "
            f"{dollars(split.tenant_rent)} goes to the owner"
            + (
                f" and {dollars(split.utility_reimbursement)} comes back as a utility reimbursement"
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
            f"Tenant rent is the total tenant payment {dollars(ttp)} less the "
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


def milestones(month: Month, before: HousingRecord | None, now: HousingRecord) -> list[Milestone]:
    """Rent changes and assistance nearing or reaching zero."""
    if now.status == "none":
        return []
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


def _output(r: HousingRecord) -> HousingResult:
    return build(
        HousingResult,
        status=r.status,
        total_tenant_payment=r.total_tenant_payment,
        family_share=r.family_share,
        tenant_rent=r.tenant_rent,
        assistance=r.assistance,
        utility_reimbursement=r.utility_reimbursement,
        reexam=r.reexam,
        rules=r.rules,
        rent_set_in=r.rent_set_in,
        annual_income=r.annual_income,
        adjusted_income=r.adjusted_income,
    )


# Months without this program share one output (the models are immutable).
NONE_OUTPUT = _output(NONE)


def output(r: HousingRecord) -> HousingResult:
    return NONE_OUTPUT if r is NONE else _output(r)


PROGRAM: Program[HousingRecord, Carry] = Program("housing", start, decide, milestones, output)
