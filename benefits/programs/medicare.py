"""Medicare each month for an SSDI beneficiary: entitlement after 24 months of SSDI, coverage
through the trial work period and the extended period of eligibility, the extended period of
Medicare coverage (at least 93 months after the trial work period), and who pays Part B
(Social Security Act 226(b), 1818A, 1839; 42 CFR 406.12; POMS HI 00820.025).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..explain import Explainer
from ..money import ZERO, cents, dollars
from ..months import Month
from ..rules import RuleBook, RuleValue
from .poverty import poverty_guideline

REDUCED_PART_A_QUARTERS = 30  # Social Security Act 1818(d)(4)(A)
# Every state's buy-in group holds SSI recipients (category A) and the people the law treats as
# receiving SSI for Medicaid (category B: 1619(b), the Pickle amendment), 42 CFR 407.42(a)-(b).
STATE_PAYS_PART_B = ("ssi", "ssi_criteria", "ssi_209b", "1619b", "pickle")


class MedicareMonth(NamedTuple):  # immutable, and cheap to make every month
    covered: bool | None
    status: str  # none | waiting | covered | extended | ended | unknown
    part_b_premium: Decimal  # what the person pays this month
    part_b_paid_by: str  # person_from_ssdi | person | state_medicaid | qmb | slmb | qi | none
    part_a_premium: Decimal


def medicare_start(
    entitlement: Month | None, start_month: Month | None, rules: RuleBook, at: Month
) -> Month | None:
    if start_month is not None:
        return start_month
    if entitlement is None:
        return None
    wait = rules.at("ssa.medicare.disability_waiting_months", at)
    return entitlement.plus(int(wait.value))


def extended_coverage_last_month(
    *,
    twp_ended: Month,
    epmc_from: Month | None,
    terminated_from: Month | None,
    rules: RuleBook,
    at: Month,
) -> tuple[Month, tuple[RuleValue, ...]]:
    """The last month of the extended period of Medicare coverage (42 CFR 406.12(e)).

    The later of the 78th month counted from the first month after the EPE's 15th month that
    SSDI was not paid because of SGA (POMS HI 00820.025 A.4), and the month after the last
    month of entitlement (`terminated_from`). Without a recorded month, the count starts with
    the 16th month of the EPE: at least 93 months after the trial work period.
    """
    after_sga = rules.at("ssa.medicare.extended_coverage_after_sga_months", at)
    minimum = rules.at("ssa.medicare.extended_coverage_months", at)
    months = int(after_sga.value)
    first = epmc_from or twp_ended.plus(int(minimum.value) - months + 1)
    last = first.plus(months - 1)
    if terminated_from is not None and terminated_from > last:
        last = terminated_from
    return last, (after_sga, minimum)


class MedicareFacts(NamedTuple):  # immutable, and cheap to make every month
    """What Medicare needs to know about the month, from SSDI's work history and Medicaid."""

    month: Month
    starts: Month | None  # the first month of Medicare (medicare_start)
    has_ssdi: bool
    ssdi_status: str
    ssdi_paid: bool
    twp_ended: Month | None
    medicaid_basis: str
    countable_income: Decimal  # for the Medicare Savings Programs
    state: str
    household_size: int  # the MSPs' family size: the person and a spouse
    # From SSDI's work history: the first month after the EPE's 15th not paid because of SGA
    # (whether assumed before start), and the first month without entitlement.
    epmc_from: Month | None = None
    terminated_from: Month | None = None
    epmc_assumed: bool = False
    msp_note: str = ""  # how the MSPs' income was counted (msp_cola_note)
    quarters_of_coverage: int | None = None


def medicare_month(facts: MedicareFacts, rules: RuleBook, ex: Explainer | None) -> MedicareMonth:
    """Decide one month's Medicare and its premiums."""
    f, month = facts, facts.month
    not_yet = before_coverage(month=month, starts=f.starts, has_ssdi=f.has_ssdi, ex=ex)
    if not_yet is not None:
        return not_yet
    status = "covered"
    if f.ssdi_status == "terminated" and f.twp_ended is not None:
        last, uses = extended_coverage_last_month(
            twp_ended=f.twp_ended,
            epmc_from=f.epmc_from,
            terminated_from=f.terminated_from,
            rules=rules,
            at=month,
        )
        if month > last:
            return _after_extended(
                month=month,
                last=last,
                countable_income=f.countable_income,
                state=f.state,
                household_size=f.household_size,
                rules=rules,
                ex=ex,
                quarters=f.quarters_of_coverage,
            )
        status = "extended"
        if ex:
            _explain_extended(
                last=last, uses=uses, twp_ended=f.twp_ended, epmc_from=f.epmc_from,
                epmc_assumed=f.epmc_assumed, ex=ex,
            )  # fmt: skip
    elif ex:
        _explain_covered(f.ssdi_status, ex)
    payer = _part_b_payer(
        month=month,
        medicaid_basis=f.medicaid_basis,
        countable_income=f.countable_income,
        state=f.state,
        household_size=f.household_size,
        rules=rules,
        ex=ex,
        note=f.msp_note,
    )
    if payer is not None:
        return MedicareMonth(True, status, ZERO, payer, ZERO)
    note = f.msp_note + (BUY_IN_GROUP_NOTE if f.medicaid_basis == "buy_in" else "")
    return _person_pays_part_b(
        month=month, status=status, ssdi_paid=f.ssdi_paid, rules=rules, ex=ex, note=note
    )


# Medicaid through a buy-in for working people with disabilities is category G of 42 CFR
# 407.42(a)(7) ("all other individuals who are eligible for Medicaid"), inside the state's Part
# B buy-in only when its agreement chose Group 1 (407.42(b)(1)); which group each state chose is
# not in the engine's data, so the person is taken to pay, and the step says so.
BUY_IN_GROUP_NOTE = (
    " Medicaid through the buy-in does not by itself bring the state's payment of Part B: a "
    "state whose buy-in agreement covers all Medicaid eligibles (42 CFR 407.42(b)(1), Group 1) "
    "pays it, others only for SSI recipients, those treated as receiving SSI and the Medicare "
    "Savings Programs; which group this state chose is not in the engine's data: ask the state "
    "Medicaid agency."
)


def msp_cola_note(excluded: Decimal | None) -> str:
    """How SSDI's cost-of-living increase was counted for the Medicare Savings Programs in a
    transition month (Social Security Act 1905(p)(2)(D)); "" outside one."""
    if excluded is None:
        return (
            " This is a transition month, in which the Medicare Savings Programs do not count "
            "SSDI's cost-of-living increase (Social Security Act 1905(p)(2)(D)), but the benefit "
            "before it is not known (the projection starts after it), so it is counted."
        )
    if not excluded:
        return ""
    return (
        f" This is a transition month (through the month after the one in which the year's "
        f"poverty guidelines are published; a year not yet published is taken as published in "
        f"January): SSDI's cost-of-living increase of {dollars(excluded)} is not counted "
        "(Social Security Act 1905(p)(2)(D))."
    )


# The months before Medicare (the same record every month).
NO_MEDICARE = MedicareMonth(False, "none", ZERO, "none", ZERO)
UNKNOWN_START = MedicareMonth(None, "unknown", ZERO, "none", ZERO)
WAITING = MedicareMonth(False, "waiting", ZERO, "none", ZERO)


def before_coverage(
    *, month: Month, starts: Month | None, has_ssdi: bool, ex: Explainer | None
) -> MedicareMonth | None:
    """No Medicare yet: no SSDI, an unknown start, or the 24-month waiting period."""
    if not has_ssdi and starts is None:
        return NO_MEDICARE
    if starts is None:
        if ex:
            ex.step(
                "medicare.covered",
                "Medicare starts after 24 months of SSDI entitlement; enter the month SSDI "
                "entitlement began (or the Medicare start month) to see when.",
                None,
                "Social Security Act 226(b)",
                not_modeled=True,
            )
        return UNKNOWN_START
    if month < starts:
        if ex:
            ex.step(
                "medicare.covered",
                f"Medicare waiting period: Medicare starts in {starts}.",
                None,
                "Social Security Act 226(b); 42 CFR 406.12(d)",
            )
        return WAITING
    return None


def _explain_extended(
    *,
    last: Month,
    uses: tuple[RuleValue, ...],
    twp_ended: Month,
    epmc_from: Month | None,
    epmc_assumed: bool,
    ex: Explainer,
) -> None:
    counted = (
        f"{uses[0].value} months counted from {epmc_from}, the first month after the "
        "15th month of the extended period of eligibility that SSDI was not paid "
        "because of work"
        + (
            " (before the projection starts the record does not say, so the engine "
            "takes the earliest it can have been; if SSDI was paid then, Medicare lasts "
            "longer: check the BPQY)"
            if epmc_assumed
            else ""
        )
        if epmc_from
        else f"at least {last.minus(twp_ended)} months after the trial work period "
        f"ended in {twp_ended}"
    )
    ex.step(
        "medicare.covered",
        f"SSDI cash has ended, but premium-free Medicare continues through {last} "
        f"(extended period of Medicare coverage: {counted}, and never before the "
        "month after entitlement ended). Medicare can also continue longer if SSDI is "
        "reinstated.",
        None,
        "Social Security Act 226(b); 42 CFR 406.12(e); POMS HI 00820.025",
        uses=uses,
    )


def _explain_covered(ssdi_status: str, ex: Explainer) -> None:
    if ssdi_status == "converted_retirement":
        ex.step(
            "medicare.covered",
            "Medicare continues without a break when disability benefits convert to "
            "retirement benefits at full retirement age (by then the person is over 65).",
            None,
            "Social Security Act 226(a); 42 CFR 406.10; POMS HI 00820.025",
        )
        return
    ex.step(
        "medicare.covered",
        "Entitled to Medicare (premium-free Part A) while entitled to "
        "SSDI, including the trial work period and the extended period of eligibility.",
        None,
        "Social Security Act 226(b); 42 CFR 406.12",
    )


def _person_pays_part_b(
    *,
    month: Month,
    status: str,
    ssdi_paid: bool,
    rules: RuleBook,
    ex: Explainer | None,
    note: str = "",
) -> MedicareMonth:
    """No state or Medicare Savings Program pays Part B: the person does (42 CFR 408.20)."""
    premium = rules.at("cms.medicare.part_b_standard_premium", month)
    payer = "person_from_ssdi" if ssdi_paid else "person"
    if ex:
        ex.step(
            "medicare.part_b_premium",
            f"The person pays the Part B standard premium {dollars(premium.value)}"
            + (
                ", deducted from the SSDI payment."
                if ssdi_paid
                else " (billed: no SSDI payment this month to deduct it from)."
            )
            + note,
            premium.value,
            "Social Security Act 1839, 1840; 42 CFR 408.20"
            + ("; 42 CFR 407.42" if BUY_IN_GROUP_NOTE in note else ""),
            uses=(premium,),
        )
    return MedicareMonth(True, status, premium.value, payer, ZERO)


def _part_b_payer(
    *,
    month: Month,
    medicaid_basis: str,
    countable_income: Decimal,
    state: str,
    household_size: int,
    rules: RuleBook,
    ex: Explainer | None,
    note: str = "",
) -> str | None:
    """The state pays Part B for SSI and 1619(b) Medicaid recipients (state buy-in) and under a
    Medicare Savings Program when countable income qualifies (SSA 1905(p); 1902(a)(10)(E))."""
    if medicaid_basis in STATE_PAYS_PART_B:
        if ex:
            ex.step(
                "medicare.part_b_premium",
                "The state pays the Part B premium under its buy-in agreement, which covers "
                "people who get SSI and those the law treats as getting it for Medicaid "
                "(1619(b) and the Pickle amendment) in every state; no Medicare Savings "
                "Program income test is needed.",
                ZERO,
                "Social Security Act 1843; 42 CFR 407.40; 42 CFR 407.42(a)(1)-(2), (b); "
                "POMS SI 01715.015 A; POMS HI 00815.001",
            )
        return "state_medicaid"
    guideline, uses = poverty_guideline(month, state, household_size, rules)
    for program, rule_id in (
        ("qmb", "cms.msp.qmb_percent_fpl"),
        ("slmb", "cms.msp.slmb_percent_fpl"),
        ("qi", "cms.msp.qi_percent_fpl"),
    ):
        percent = rules.at(rule_id, month)
        limit = cents(guideline * percent.value / 100 / 12)
        if countable_income <= limit:
            if ex:
                ex.step(
                    "medicare.part_b_premium",
                    f"Countable income {dollars(countable_income)} is within {percent.value}% "
                    f"of the poverty guideline ({dollars(limit)} a month): the "
                    f"{program.upper()} Medicare Savings Program pays Part B. (Resource "
                    "limits vary by state and are not checked.)" + note,
                    ZERO,
                    "Social Security Act 1905(p); 1902(a)(10)(E)",
                    uses=(*uses, percent),
                )
            return program
    return None


def _after_extended(
    *,
    month: Month,
    last: Month,
    countable_income: Decimal,
    state: str,
    household_size: int,
    rules: RuleBook,
    ex: Explainer | None,
    quarters: int | None = None,
) -> MedicareMonth:
    """After the extended period: Part A can be bought (1818A), at the reduced premium with 30
    or more quarters of coverage (1818(d)(4); POMS RS 00301.161); QDWI pays it for low income."""
    part_a = rules.at("cms.medicare.part_a_full_premium", month)
    reduced = rules.at("cms.medicare.part_a_reduced_premium", month)
    if quarters is not None and quarters >= REDUCED_PART_A_QUARTERS:
        part_a, price = reduced, f"the reduced premium with {quarters} quarters of coverage"
    elif quarters is not None:
        price = f"the full premium with {quarters} quarters of coverage, fewer than 30"
    else:
        price = (
            f"the full premium; {dollars(reduced.value)} with 30 or more quarters of "
            "coverage: enter medicare.quarters_of_coverage"
        )
    guideline, uses = poverty_guideline(month, state, household_size, rules)
    qdwi = rules.at("cms.msp.qdwi_percent_fpl", month)
    limit = cents(guideline * qdwi.value / 100 / 12)
    pays = ZERO if countable_income <= limit else part_a.value
    if ex:
        ex.step(
            "medicare.part_a_premium",
            f"Premium-free Medicare ended after {last}. A working person with a disability can "
            f"keep Medicare by buying Part A ({dollars(part_a.value)} a month, {price}) and "
            "Part B. "
            + (
                f"Countable income {dollars(countable_income)} is within 200% of poverty "
                f"({dollars(limit)}): QDWI pays the Part A premium (resources up to $4,000 "
                "also required, not checked)."
                if pays == 0
                else f"Income is above QDWI's 200% of poverty ({dollars(limit)})."
            ),
            pays,
            "Social Security Act 1818A, 1905(s); https://www.ssa.gov/disabilityresearch/"
            "wi/qdwi.htm",
            uses=(part_a, qdwi, *uses) if quarters is not None else (part_a, reduced, qdwi, *uses),
        )
    return MedicareMonth(False, "ended", ZERO, "none", pays)
