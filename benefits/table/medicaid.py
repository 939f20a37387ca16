"""Medicaid's row in the program table (benefits/programs/medicaid.py).

Medicaid reads SSI's status, countable income and the gross earnings of the 1619(b) 12-month
period SSI keeps (POMS SI 02302.045), and SSDI's payment. It carries whether 1619(b) was ever
reached.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, NamedTuple

from ..money import ZERO, dollars, exact, positive, truncate_cents
from ..months import Month
from ..programs import medicaid as law
from ..programs import medicare as medicare_law
from ..programs import poverty
from ..programs import ssi as ssi_law
from ..programs import va as va_law
from ..programs.ssi_income import Exclusions
from ..results import MedicaidResult, Milestone, build
from ..rules import RuleBook
from ..scenario import HouseholdMember, Scenario
from ..state_rules import StateMedicaid, state_medicaid
from . import resources, ssdi, ssi, ssi_count, va
from .base import Decided, MonthContext, Program, milestone
from .ssi_status import SSIRecord


class MedicaidRecord:
    """The month's Medicaid, as later programs read it."""

    def __init__(
        self,
        covered: bool | None,
        basis: str,
        premium: Decimal | None,
        threshold_1619b: Decimal | None,
        annual_earnings_1619b: Decimal | None,
        countable_income: Decimal,  # SSI-method countable income of the month
        had_1619b: bool,  # an earlier projected month had 1619(b) Medicaid
        msp_countable_income: Decimal = ZERO,  # with a spouse's income, for Medicare's MSPs
        msp_family_size: int = 1,  # the person, and a spouse living with them
        # SSDI's cost-of-living increase left out of msp_countable_income in a transition month
        # (Social Security Act 1905(p)(2)(D)); None when it could not be figured (no December)
        msp_cola_excluded: Decimal | None = ZERO,
    ) -> None:
        self.covered: Final = covered
        self.basis: Final = basis
        self.premium: Final = premium
        self.threshold_1619b: Final = threshold_1619b
        self.annual_earnings_1619b: Final = annual_earnings_1619b
        self.countable_income: Final = countable_income
        self.had_1619b: Final = had_1619b
        self.msp_countable_income: Final = msp_countable_income
        self.msp_family_size: Final = msp_family_size
        self.msp_cola_excluded: Final = msp_cola_excluded


class Household:
    """The scenario's facts Medicaid reads every month, figured once."""

    def __init__(
        self,
        other_unearned: Decimal,  # the person's other unearned income (ssi section)
        irwe: Decimal,  # as SSI excludes them: zero for a blind person (ssi_income.Exclusions.of)
        bwe: Decimal,  # blind work expenses; zero for a person who is not blind
        size: int,
        magi_size: int,  # the MAGI household (42 CFR 435.603(f))
        spouse: bool,  # a spouse lives with the person
        spouse_earned: Decimal,
        spouse_unearned: Decimal,
        # The scenario's answers Medicaid reads every month, read once
        state: str,
        enrolled_in_buy_in: bool,
        threshold_entered: Decimal | None,  # medicaid.threshold_1619b
        own_medicaid_expenses: Decimal | None,  # medicaid.annual_medicaid_expenses
        members: list[HouseholdMember],
        disabled: bool,
        blind: bool,
        pass_plan: bool,  # an approved PASS (ssi.pass_start)
    ) -> None:
        self.other_unearned: Final = other_unearned
        self.irwe: Final = irwe
        self.bwe: Final = bwe
        self.size: Final = size
        self.magi_size: Final = magi_size
        self.spouse: Final = spouse
        self.spouse_earned: Final = spouse_earned
        self.spouse_unearned: Final = spouse_unearned
        self.state: Final = state
        self.enrolled_in_buy_in: Final = enrolled_in_buy_in
        self.threshold_entered: Final = threshold_entered
        self.own_medicaid_expenses: Final = own_medicaid_expenses
        self.members: Final = members
        self.disabled: Final = disabled
        self.blind: Final = blind
        self.pass_plan: Final = pass_plan


class Carry(NamedTuple):
    table: StateMedicaid
    medicare_starts: Month | None
    had_1619b: bool
    household: Household
    december_rate: tuple[int, Decimal] | None = None  # SSDI's rate in the last December seen
    pickle_rate: Decimal | None = None  # SSDI's rate in the last month of SSI with SSDI


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    ssdi_in = scenario.ssdi
    starts = medicare_law.medicare_start(
        ssdi_in.entitlement_month if ssdi_in else None,
        scenario.medicare.start_month,
        rules,
        scenario.start,
    )
    members = scenario.household
    expenses = scenario.work_expenses
    excluded = Exclusions.of(irwe=expenses.irwe, bwe=expenses.bwe, blind=scenario.person.blind)
    household = Household(
        scenario.ssi.other_unearned_income if scenario.ssi else ZERO,
        excluded.irwe,
        excluded.bwe,
        1 + len(members),
        1 + sum(m.relationship in MAGI_MEMBERS for m in members),
        any(m.relationship == "spouse" for m in members),
        *_spouse_income(scenario),
        scenario.state,
        scenario.medicaid.enrolled_in_buy_in,
        scenario.medicaid.threshold_1619b,
        scenario.medicaid.annual_medicaid_expenses,
        members,
        scenario.person.disabled,
        scenario.person.blind,
        scenario.ssi is not None and scenario.ssi.pass_start is not None,
    )
    return Carry(state_medicaid(scenario.state), starts, False, household)


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[MedicaidRecord, Carry]:
    s, month, home = ctx.scenario, ctx.month, carry.household
    on_ssi, paid_ssdi = so_far.get(ssi.PROGRAM), so_far.get(ssdi.PROGRAM)
    unearned = paid_ssdi.payment + home.other_unearned
    veterans = so_far.get(va.PROGRAM).ssi
    excluded = _cola_excluded(ctx, paid_ssdi, carry)
    if on_ssi.status != "none" and on_ssi.student_exclusion_applied == 0:
        countable = on_ssi.countable_income_this_month  # already counted, to the cent
    else:  # SSI's method (buy-in, MSPs), with VA counted as SSI counts it
        countable = _by_ssi_method(
            ctx, home, wages=ctx.wages_paid, unearned=unearned, veterans=veterans
        )
    pickle = _pickle(ctx, home, carry, on_ssi=on_ssi, paid=paid_ssdi, veterans=veterans)
    facts = _facts(
        ctx, so_far, carry, on_ssi=on_ssi, paid_ssdi=paid_ssdi, unearned=unearned,
        countable=countable, pickle=pickle,
    )  # fmt: skip
    found = law.medicaid_month(facts, carry.table, ctx.rules, ctx.ex)
    record = MedicaidRecord(
        found.covered,
        found.basis,
        found.premium,
        found.threshold_1619b,
        found.annual_earnings_1619b,
        countable,
        carry.had_1619b,
        *_msp_income(ctx, home, countable, unearned=unearned, veterans=veterans, cola=excluded),
        excluded,
    )
    if found.basis == "1619b" and not carry.had_1619b:
        carry = carry._replace(had_1619b=True)
    if month.month == 12 and s.ssdi is not None:
        carry = carry._replace(december_rate=(month.year, paid_ssdi.benefit_rate))
    rate = paid_ssdi.benefit_rate
    if on_ssi.status in law.SSI_CASH and paid_ssdi.payment > 0 and carry.pickle_rate != rate:
        carry = carry._replace(pickle_rate=rate)
    return record, carry


def _facts(
    ctx: MonthContext,
    so_far: Decided,
    carry: Carry,
    *,
    on_ssi: SSIRecord,
    paid_ssdi: ssdi.SSDIRecord,
    unearned: Decimal,
    countable: Decimal,
    pickle: tuple[Decimal, Decimal, Decimal] | None,
) -> law.MedicaidFacts:
    """What Medicaid needs to know about the month (programs/medicaid_records.py)."""
    month, home, starts = ctx.month, carry.household, carry.medicare_starts
    return law.MedicaidFacts(
        month=month,
        state=home.state,
        age=ctx.age,
        ssi_status=on_ssi.status,
        wages=ctx.wages_paid,
        unearned=unearned,
        countable_income=countable,
        # of the 1619(b) period SSI keeps (POMS SI 02302.045)
        annual_earnings_1619b=on_ssi.earnings_1619b,
        irwe=home.irwe,
        bwe=home.bwe,
        resources=so_far.get(resources.PROGRAM).countable,
        household_size=home.size,
        on_medicare=starts is not None and month >= starts and paid_ssdi.status != "terminated",
        enrolled_in_buy_in=home.enrolled_in_buy_in,
        threshold_entered=home.threshold_entered,
        own_medicaid_expenses=home.own_medicaid_expenses,
        magi_household_size=home.magi_size,
        household_magi=ctx.wages_paid + unearned + home.spouse_earned + home.spouse_unearned,
        household=home.members,
        disabled=home.disabled,
        pickle=pickle,
        blind=home.blind,
        pass_plan=home.pass_plan,
    )


def _pickle(
    ctx: MonthContext,
    home: Household,
    carry: Carry,
    *,
    on_ssi: SSIRecord,
    paid: ssdi.SSDIRecord,
    veterans: va_law.SSICount,
) -> tuple[Decimal, Decimal, Decimal] | None:
    """The Pickle amendment's figures (42 CFR 435.135): SSDI's cost-of-living increases since
    the last month of SSI and SSDI together, the SSI-method countable income without them, and
    SSI's payment standard; None without such a month in the projection or without SSDI now."""
    if carry.pickle_rate is None or paid.payment <= 0 or on_ssi.status in law.SSI_CASH:
        return None
    increase = min(positive(paid.benefit_rate - carry.pickle_rate), paid.payment)
    unearned = paid.payment - increase + home.other_unearned
    countable = _by_ssi_method(
        ctx, home, wages=ctx.wages_paid, unearned=unearned, veterans=veterans
    )
    return increase, countable, on_ssi.payment_standard


def _cola_excluded(ctx: MonthContext, paid: ssdi.SSDIRecord, carry: Carry) -> Decimal | None:
    """SSDI's January cost-of-living increase, which the Medicare Savings Programs do not count
    in a transition month (Social Security Act 1905(p)(2)(D)); None when the benefit before it
    is not known (the projection starts after the December it was paid for)."""
    if paid.payment <= 0 or not _transition_month(ctx):
        return ZERO
    last = carry.december_rate
    if last is None or last[0] != ctx.month.year - 1:
        return None
    return min(positive(paid.benefit_rate - last[1]), paid.payment)


def _transition_month(ctx: MonthContext) -> bool:
    """`poverty.msp_transition_month`, once per rule book and month (it reads only them)."""
    key = ("msp transition month", ctx.month.index)
    memo = ctx.periods.memo
    found: bool | None = memo.get(key)
    if found is None:
        found = memo[key] = poverty.msp_transition_month(ctx.month, ctx.rules)
    return found


# The MAGI household (42 CFR 435.603(f)): the person, a spouse living with them and their tax
# dependents. Children and relatives are taken as dependents; a live-in aide, a foster adult,
# a co-head or another unrelated person is not in it.
MAGI_MEMBERS = frozenset({"spouse", "child", "foster_child", "other_relative"})


def _spouse_income(s: Scenario) -> tuple[Decimal, Decimal]:
    """A spouse's monthly earned and unearned income: MAGI counts a spouse's income (42 CFR
    435.603(d)(1)); a child's or relative's only when they must file (d)(2), medicaid_magi."""
    spouses = [m for m in s.household if m.relationship == "spouse"]
    return (
        sum((m.earned_income for m in spouses), ZERO),
        sum((m.unearned_income for m in spouses), ZERO),
    )


def _msp_income(
    ctx: MonthContext,
    home: Household,
    countable: Decimal,
    *,
    unearned: Decimal,
    veterans: va_law.SSICount,
    cola: Decimal | None = ZERO,
) -> tuple[Decimal, int]:
    """Countable income and family size for the Medicare Savings Programs: SSI's method for an
    individual or a couple (Social Security Act 1905(p)(2)(A); 42 CFR 435.121's limits are for one
    or two people), so children and other members do not raise the limit. With a spouse, the
    couple's income is counted together with one set of exclusions, as for an eligible couple
    (20 CFR 416.1160(a)(3)); SSI's deeming from an ineligible spouse can count less. `cola` is
    SSDI's cost-of-living increase, not counted in a transition month (1905(p)(2)(D))."""
    if not home.spouse:
        if not cola:
            return countable, 1
        less = unearned - cola
        return _by_ssi_method(ctx, home, wages=ctx.wages_paid, unearned=less, veterans=veterans), 1
    wages = ctx.wages_paid + home.spouse_earned
    total = unearned - (cola or ZERO) + home.spouse_unearned
    return _by_ssi_method(ctx, home, wages=wages, unearned=total, veterans=veterans), 2


def _by_ssi_method(
    ctx: MonthContext,
    home: Household,
    *,
    wages: Decimal,
    unearned: Decimal,
    veterans: va_law.SSICount,
) -> Decimal:
    """Countable income by SSI's exclusions, with VA counted as SSI counts it (the $20 general
    exclusion not applied to VA pension, 20 CFR 416.1124(c)(12)), to the cent. Figured once
    per amounts and values of the rules it reads (it has no words; the work expenses are the
    scenario's)."""
    unearned += veterans.unearned
    values = ssi_count.exclusion_values(ctx, ctx.period, ctx.month)  # the rules it reads
    key = ("medicaid countable", values, exact(wages, unearned, veterans.needs_based))
    found: Decimal | None = ctx.memo.get(key)
    if found is None:
        income = ssi_law.countable_income(
            month=ctx.month,
            unearned=unearned,
            wages=wages,
            student_exclusion=ZERO,
            irwe=home.irwe,
            bwe=home.bwe,
            rules=ctx.rules,
            ex=None,
        )
        found = ctx.memo[key] = truncate_cents(income.total + veterans.needs_based)
    return found


SSI_GROUP = {"ssi": "ssi", "ssi_criteria": "ssi", "ssi_209b": "ssi", "1619b": "ssi"}
BASIS_WORDS = {
    "ssi": "Medicaid through SSI",
    "ssi_criteria": "Medicaid through SSI",
    "ssi_209b": "Medicaid through SSI (209(b) state)",
    "1619b": "Medicaid continues under 1619(b)",
    "1619b_threshold_unknown": "1619(b) Medicaid: enter the state's threshold",
    "pickle": "Medicaid continues under the Pickle amendment",
    "buy_in": "Medicaid through the buy-in",
    "expansion": "Medicaid as an expansion adult",
    "none": "No Medicaid",
}


def milestones(month: Month, before: MedicaidRecord | None, now: MedicaidRecord) -> list[Milestone]:
    """Changes of Medicaid basis and the 1619(b) threshold warning."""
    found = []
    changed = (
        before is None
        or before.covered != now.covered
        or SSI_GROUP.get(before.basis, before.basis) != SSI_GROUP.get(now.basis, now.basis)
    )
    first_1619b = now.basis == "1619b" and not now.had_1619b
    if (changed or first_1619b) and (before is not None or now.basis != "none"):
        found.append(
            milestone(month=month, kind="medicaid", text=BASIS_WORDS.get(now.basis, now.basis))
        )
    threshold, earnings = now.threshold_1619b, now.annual_earnings_1619b
    if (
        threshold
        and earnings
        and now.basis == "1619b"
        and earnings * 10 >= threshold * 9
        and (
            before is None
            or before.basis != "1619b"
            or not before.annual_earnings_1619b
            or before.annual_earnings_1619b * 10 < threshold * 9
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
    return found


def output(r: MedicaidRecord) -> MedicaidResult:
    return build(
        MedicaidResult,
        covered=r.covered,
        basis=r.basis,
        premium=r.premium,
        threshold_1619b=r.threshold_1619b,
        annual_earnings_1619b=r.annual_earnings_1619b,
    )


PROGRAM: Program[MedicaidRecord, Carry] = Program("medicaid", start, decide, milestones, output)
