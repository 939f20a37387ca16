"""SNAP's row in the program table (benefits/programs/snap.py).

SNAP counts SSI, the supplement and SSDI, deducts the Part B and Medicaid premiums of an
elderly or disabled member, and uses the HUD tenant rent as the shelter cost (7 CFR 273.9).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..explain import Explainer
from ..money import ZERO, cents
from ..programs import snap as law
from ..programs import snap_cola
from ..programs import snap_reporting as simplified
from ..results import SnapResult, build
from ..rules import RuleBook
from ..scenario import HouseholdMember, Scenario
from . import hud_rent, medicaid, medicare, ssdi, ssi, va
from .base import Decided, MonthContext, Program, no_milestones

ELDERLY_SNAP_AGE = 60  # 7 CFR 271.2 (elderly or disabled member)
SCHOOL_CHILD_AGE = 18  # a student's earnings are excluded before 18 (7 CFR 273.9(c)(7))


class SnapRecord(NamedTuple):
    status: str
    benefit: Decimal
    gross_income: Decimal
    net_income: Decimal
    gross_income_received: Decimal = ZERO
    budgeted_earnings: Decimal | None = None


NONE = SnapRecord("none", ZERO, ZERO, ZERO)
Carry = simplified.Budget | None  # the earnings budgeted under simplified reporting


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    return None


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[SnapRecord, Carry]:
    """SNAP for the household this month (7 CFR 273.9, 273.10), from the month's income or,
    under simplified reporting, the earnings budgeted (benefits/programs/snap_reporting.py)."""
    s = ctx.scenario
    if s.snap is None:
        return NONE, None
    on_ssi, housing = so_far.get(ssi.PROGRAM), so_far.get(hud_rent.PROGRAM)
    members = [m for m in s.household if m.relationship != "live_in_aide"]
    elderly_or_disabled = _elderly_or_disabled(ctx, so_far, members)
    supplement = on_ssi.state_supplement or ZERO
    if ctx.ex and s.ssi is not None and on_ssi.state_supplement is None:
        _explain_unknown_supplement(ctx.ex)
    budget = _budget(ctx, carry)
    person_earned = ctx.wages_paid if budget is None else budget.earnings
    categorical = s.snap.categorically_eligible
    if categorical is None:  # everyone in the household gets SSI (7 CFR 273.2(j)(2))
        categorical = not members and (on_ssi.payment > 0 or supplement > 0)
    facts = law.SnapFacts(
        month=ctx.month,
        state=s.state,
        household_size=1 + len(members),
        elderly_or_disabled=elderly_or_disabled,
        earned_income=_earned(ctx, members, person=person_earned),
        unearned_income=_unearned(ctx, so_far, members, supplement=supplement),
        medical_expenses=_medical(ctx, so_far) if elderly_or_disabled else ZERO,
        dependent_care=s.child_care_expenses,
        shelter_cost=housing.tenant_rent if housing.status != "none" else s.shelter.rent,
        utility_allowance=s.shelter.utility_allowance,
        categorically_eligible=categorical,
    )
    received = facts.earned_income - person_earned + ctx.wages_paid + facts.unearned_income
    if budget is not None:
        budget = _look_for_change(ctx, budget, received=received, size=facts.household_size)
    found = law.snap_benefit(facts, ctx.rules, ctx.ex)
    status = (
        "not_modelled" if not found.modelled else "eligible" if found.eligible else "ineligible"
    )
    record = SnapRecord(
        status,
        found.benefit,
        found.gross_income,
        found.net_income,
        cents(received),
        None if budget is None else budget.earnings,
    )
    return record, budget


def _explain_unknown_supplement(ex: Explainer) -> None:
    ex.step(
        "snap.depends_on_supplement",
        "The state supplement's amount is unknown and is counted here as $0: SNAP counts "
        "it as unearned income, so SNAP is lower than shown by up to 30% of it (enter "
        "ssi.state_supplement).",
        None,
        "7 CFR 273.9(b)(2)(ii); 7 CFR 273.10(e)(2)",
        not_modeled=True,
    )


def _budget(ctx: MonthContext, carry: Carry) -> simplified.Budget | None:
    """Under simplified reporting, the earnings budgeted this month; None when SNAP follows
    each month's own income (which an explained month with wages says)."""
    s = ctx.scenario
    assert s.snap is not None
    if s.snap.reporting == "simplified":
        return simplified.budget_for(
            month=ctx.month,
            budget=carry,
            snap=s.snap,
            start=s.start,
            anticipated=simplified.anticipated_earnings(s.jobs, ctx.month.first_day),
        )
    if ctx.ex and ctx.wage_rate:
        ctx.ex.step(
            "snap.reporting",
            "SNAP is figured on this month's own income. Most states certify a working "
            "household under simplified reporting: the allotment keeps the earnings budgeted "
            "until gross income passes the gross income limit, a job ends or pay is cut, or the "
            "periodic report or recertification (set snap.reporting to simplified, with the "
            "notice's certification period).",
            None,
            "7 CFR 273.12(a)(5)",
        )
    return None


def _medical(ctx: MonthContext, so_far: Decided) -> Decimal:
    """An elderly or disabled member's medical costs: those entered, the Part B premium and a
    Medicaid buy-in premium (7 CFR 273.9(d)(3))."""
    premium = so_far.get(medicaid.PROGRAM).premium or ZERO
    part_b = so_far.get(medicare.PROGRAM).part_b_premium
    return ctx.scenario.medical_expenses + part_b + premium


def _look_for_change(
    ctx: MonthContext, budget: simplified.Budget, *, received: Decimal, size: int
) -> simplified.Budget:
    """Simplified reporting: a change this month the state acts on later, and the month's
    budget explained."""
    assert ctx.scenario.snap is not None
    limit, _ = snap_cola.by_household_size(
        table=snap_cola.GROSS_INCOME_LIMIT,
        each_additional=snap_cola.GROSS_INCOME_LIMIT_EACH_ADDITIONAL,
        size=size,
        month=ctx.month,
        rules=ctx.rules,
    )
    budget = simplified.look_for_change(
        month=ctx.month,
        budget=budget,
        wages_paid=ctx.wages_paid,
        anticipated=simplified.anticipated_earnings(ctx.scenario.jobs, ctx.month.first_day),
        gross_other=received - ctx.wages_paid,
        gross_limit=limit,
    )
    if ctx.ex:
        simplified.explain_budget(
            ctx.ex,
            start=ctx.scenario.start,
            budget=budget,
            wages_paid=ctx.wages_paid,
            snap=ctx.scenario.snap,
        )
    return budget


def _elderly_or_disabled(
    ctx: MonthContext, so_far: Decided, members: list[HouseholdMember]
) -> bool:
    """A member 60 or over or receiving disability benefits (7 CFR 271.2): the household may
    deduct their medical costs (7 CFR 273.9(d)(3)) and its shelter deduction has no cap
    (7 CFR 273.9(d)(6)(ii))."""
    s = ctx.scenario
    veterans = so_far.get(va.PROGRAM)
    # A veteran paid as total (TDIU), paid a pension (permanent and total disability, 38 U.S.C.
    # 1521(a)) or rated housebound or in need of aid and attendance is a disabled member (7 CFR
    # 271.2, "elderly or disabled member" (4)-(5)). A 100% schedular rating is not in the facts.
    va_total = veterans.tdiu or veterans.pension > 0 or veterans.pension_rate != "basic"
    disabled_benefits = law.disabled_member(
        ssi_status=so_far.get(ssi.PROGRAM).status,
        ssdi_status=so_far.get(ssdi.PROGRAM).status,
        medicaid_basis=so_far.get(medicaid.PROGRAM).basis,
        enrolled_in_buy_in=s.medicaid.enrolled_in_buy_in,
        va_rated_total=va_total,
    )
    return (
        disabled_benefits
        or ctx.age >= ELDERLY_SNAP_AGE
        or any(m.disabled or m.age >= ELDERLY_SNAP_AGE for m in members)
    )


def _earned(ctx: MonthContext, members: list[HouseholdMember], *, person: Decimal) -> Decimal:
    """The household's earned income. A child's earnings are excluded only while the child is
    17 or younger and in school at least half time (7 U.S.C. 2014(d)(7); 7 CFR 273.9(c)(7)); a
    member marked a student counts as in school. A younger member who is not a student has
    earnings like anyone."""
    earned = person + sum(
        (m.earned_income for m in members if m.age >= SCHOOL_CHILD_AGE or not m.student), ZERO
    )
    if ctx.ex and any(m.earned_income and m.age < SCHOOL_CHILD_AGE for m in members):
        ctx.ex.step(
            "snap.child_earnings",
            "Earnings of a member under 18 are excluded while the member is a student "
            "(elementary or secondary school at least half time) and counted otherwise.",
            None,
            "7 U.S.C. 2014(d)(7); 7 CFR 273.9(c)(7)",
        )
    return earned


def _unearned(
    ctx: MonthContext, so_far: Decided, members: list[HouseholdMember], *, supplement: Decimal
) -> Decimal:
    """The household's unearned income: SSI, the supplement, SSDI, veterans' benefits (7 CFR
    273.9(b)(2)(ii)), the person's other unearned income and the members'."""
    s = ctx.scenario
    veterans = so_far.get(va.PROGRAM)
    return (
        so_far.get(ssi.PROGRAM).payment
        + supplement
        + so_far.get(ssdi.PROGRAM).payment
        + veterans.compensation
        + veterans.pension
        + (s.ssi.other_unearned_income if s.ssi else ZERO)
        + sum((m.unearned_income for m in members), ZERO)
    )


def _output(r: SnapRecord) -> SnapResult:
    return build(
        SnapResult,
        status=r.status,
        benefit=r.benefit,
        gross_income=r.gross_income,
        net_income=r.net_income,
        gross_income_received=r.gross_income_received,
        budgeted_earnings=r.budgeted_earnings,
    )


# Months without this program share one output (the models are immutable).
NONE_OUTPUT = _output(NONE)


def output(r: SnapRecord) -> SnapResult:
    return NONE_OUTPUT if r is NONE else _output(r)


PROGRAM: Program[SnapRecord, Carry] = Program("snap", start, decide, no_milestones, output)
