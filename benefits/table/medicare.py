"""Medicare's row in the program table (benefits/programs/medicare.py).

Medicare reads SSDI (entitlement, trial work period) and Medicaid (who pays Part B).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, NamedTuple

from ..months import Month
from ..programs import medicare as law
from ..results import MedicareResult, Milestone, build
from ..rules import RuleBook
from ..scenario import Scenario
from . import medicaid, ssdi
from .base import Decided, MonthContext, Program, milestone


class MedicareRecord:
    def __init__(
        self,
        covered: bool | None,
        status: str,
        part_b_premium: Decimal,
        part_b_paid_by: str,
        part_a_premium: Decimal,
    ) -> None:
        self.covered: Final = covered
        self.status: Final = status
        self.part_b_premium: Final = part_b_premium
        self.part_b_paid_by: Final = part_b_paid_by
        self.part_a_premium: Final = part_a_premium


class Carry(NamedTuple):
    starts: Month | None  # first month of Medicare


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    ssdi_in = scenario.ssdi
    return Carry(
        law.medicare_start(
            ssdi_in.entitlement_month if ssdi_in else None,
            scenario.medicare.start_month,
            rules,
            scenario.start,
        )
    )


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[MedicareRecord, Carry]:
    # Before Medicare (no SSDI, an unknown start, the waiting period) nothing else counts.
    found = law.before_coverage(
        month=ctx.month, starts=carry.starts, has_ssdi=ctx.scenario.ssdi is not None, ex=ctx.ex
    )
    if found is None:
        found = law.medicare_month(_facts(ctx, so_far, carry), ctx.rules, ctx.ex)
    return MedicareRecord(*found), carry


def _facts(ctx: MonthContext, so_far: Decided, carry: Carry) -> law.MedicareFacts:
    s = ctx.scenario
    paid, health = so_far.get(ssdi.PROGRAM), so_far.get(medicaid.PROGRAM)
    return law.MedicareFacts(
        month=ctx.month,
        starts=carry.starts,
        has_ssdi=s.ssdi is not None,
        ssdi_status=paid.status,
        ssdi_paid=paid.payment > 0,
        twp_ended=paid.twp_ended,
        medicaid_basis=health.basis,
        countable_income=health.msp_countable_income,
        state=s.state,
        household_size=health.msp_family_size,
        epmc_from=paid.epmc_from,
        terminated_from=paid.terminated_from,
        epmc_assumed=paid.epmc_from_assumed,
        msp_note=law.msp_cola_note(health.msp_cola_excluded) if ctx.ex else "",
        quarters_of_coverage=s.medicare.quarters_of_coverage,
    )


STATUS_WORDS = {
    "covered": "Medicare starts",
    "extended": "SSDI cash ended; premium-free Medicare continues (extended coverage)",
    "ended": "Premium-free Medicare ends; Part A can be bought (QDWI may pay)",
}


def milestones(month: Month, before: MedicareRecord | None, now: MedicareRecord) -> list[Milestone]:
    if before is not None and before.status != now.status and now.status in STATUS_WORDS:
        return [milestone(month=month, kind="medicare", text=STATUS_WORDS[now.status])]
    return []


def output(r: MedicareRecord) -> MedicareResult:
    return build(
        MedicareResult,
        covered=r.covered,
        status=r.status,
        part_b_premium=r.part_b_premium,
        part_b_paid_by=r.part_b_paid_by,
        part_a_premium=r.part_a_premium,
    )


PROGRAM: Program[MedicareRecord, Carry] = Program("medicare", start, decide, milestones, output)
