"""How SSI counts income and pays, month by month (20 CFR 416 subpart K; POMS SI 00810-00830).

The payment for month M is the payment standard of M minus the countable income of the budget
month M-2 (retrospective monthly accounting, 20 CFR 416.420), but eligibility for M is decided
on M's own countable income: a month whose own income is too high pays nothing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..explain import Explainer
from ..money import ZERO, cents_up, dollars, dollars_exact, positive, truncate_cents
from ..months import Month
from ..rules import RuleBook, RuleValue
from .ssi_living_arrangement import SHELTER_ONLY_FROM, in_kind_shelter, payment_standard

__all__ = [  # the living arrangement's rules are in ssi_living_arrangement; importable here too
    "SHELTER_ONLY_FROM",
    "CountableIncome",
    "countable_income",
    "explain_month",
    "explain_payment",
    "in_kind_shelter",
    "payment",
    "payment_at_rates",
    "payment_standard",
    "status",
    "student_earned_income_exclusion",
]

ONE_DOLLAR = Decimal("1.00")

CITE_ORDER = "20 CFR 416.1112(c); POMS SI 00820.500"
CITE_RMA = "20 CFR 416.420"


class CountableIncome:
    """Countable income of one month, split as the law splits it (make it with `of`)."""

    def __init__(
        self,
        unearned: Decimal,
        earned: Decimal,
        total: Decimal,  # unearned + earned, added once (every month reads it several times)
    ) -> None:
        self.unearned: Final = unearned
        self.earned: Final = earned
        self.total: Final = total

    @classmethod
    def of(cls, unearned: Decimal, earned: Decimal) -> CountableIncome:
        return cls(unearned, earned, unearned + earned)


def student_earned_income_exclusion(
    *,
    month: Month,
    wages: Decimal,
    is_young_student: bool,
    used_this_year: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> Decimal:
    """SEIE: up to the monthly limit, while the yearly limit lasts (20 CFR 416.1112(c)(3)).

    Unused monthly amounts are not carried to later months (POMS SI 00820.510).
    """
    if not is_young_student or wages <= 0:
        return ZERO
    monthly = rules.at("ssa.ssi.student_exclusion.monthly", month)
    yearly = rules.at("ssa.ssi.student_exclusion.annual", month)
    room = positive(yearly.value - used_this_year)
    excluded = min(wages, monthly.value, room)
    if ex:
        ex.step(
            "ssi.student_exclusion",
            f"Student under 22: exclude {dollars(excluded)} of {dollars(wages)} wages "
            f"(monthly limit {dollars(monthly.value)}; {dollars(room)} of the "
            f"{dollars(yearly.value)} yearly limit was left for {month.year}).",
            excluded,
            "20 CFR 416.1112(c)(3); POMS SI 00820.510",
            uses=(monthly, yearly),
        )
    return excluded


# The rules countable income reads, and only these: the $20 general exclusion, the $65 earned
# income exclusion and the part of the rest counted (benefits/table/ssi_count.py keys its
# figures by their values).
EXCLUSION_RULES = (
    "ssa.ssi.general_income_exclusion",
    "ssa.ssi.earned_income_exclusion",
    "ssa.ssi.earned_income_counted_fraction",
)


def countable_income(
    *,
    month: Month,
    unearned: Decimal,
    wages: Decimal,
    student_exclusion: Decimal,
    irwe: Decimal,
    bwe: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> CountableIncome:
    """Apply the exclusions in the law's order (20 CFR 416.1112(c), 416.1124; SI 00820.500).

    Unearned: the $20 general exclusion first. Earned: student exclusion, the unused part of the
    $20, $65, IRWE, one half of the rest, then blind work expenses. Earned income is never
    reduced below zero, and unused earned exclusions never reduce unearned income.
    """
    general, flat, counted = [rules.at(rule, month) for rule in EXCLUSION_RULES]
    label = f"{month}" if ex else ""  # the steps' words only

    unearned_countable = _countable_unearned(label, unearned, general, ex)
    general_left = positive(general.value - unearned)

    rest = wages - student_exclusion
    if wages <= 0:
        if ex:
            ex.step(
                "ssi.countable_earned_income",
                f"{label}: no wages paid, so no countable earned income.",
                ZERO,
                "20 CFR 416.1111(a)",
            )
        return CountableIncome.of(unearned_countable, ZERO)
    rest = positive(rest - general_left)
    rest = positive(rest - flat.value)
    rest = positive(rest - irwe)
    halved = rest * counted.value
    earned = positive(halved - bwe)
    if ex:
        _earned_step(
            ex,
            label,
            (general, flat, counted),
            wages=wages,
            student_exclusion=student_exclusion,
            general_left=general_left,
            irwe=irwe,
            bwe=bwe,
            rest=rest,
            halved=halved,
            earned=earned,
        )
    return CountableIncome.of(unearned_countable, earned)


def _countable_unearned(
    label: str, unearned: Decimal, general: RuleValue, ex: Explainer | None
) -> Decimal:
    """Unearned income less the $20 general exclusion (20 CFR 416.1124(c)(12))."""
    countable = positive(unearned - general.value)
    if ex and unearned > 0:
        ex.step(
            "ssi.countable_unearned_income",
            f"{label}: unearned income {dollars(unearned)} less the $20 general exclusion "
            f"= {dollars(countable)} countable.",
            countable,
            "20 CFR 416.1124(c)(12); POMS SI 00810.420",
            uses=(general,),
        )
    return countable


def _earned_step(
    ex: Explainer,
    label: str,
    uses: tuple[RuleValue, ...],
    *,
    wages: Decimal,
    student_exclusion: Decimal,
    general_left: Decimal,
    irwe: Decimal,
    bwe: Decimal,
    rest: Decimal,
    halved: Decimal,
    earned: Decimal,
) -> None:
    """The earned exclusions in the law's order, in words (20 CFR 416.1112(c))."""
    parts = [f"wages paid {dollars(wages)}"]
    if student_exclusion:
        parts.append(f"less student exclusion {dollars(student_exclusion)}")
    parts.append(
        f"less the unused {dollars(general_left)} of the $20 general exclusion"
        if general_left
        else "the $20 general exclusion was used on unearned income"
    )
    parts.append("less $65")
    if irwe:
        parts.append(f"less impairment-related work expenses {dollars(irwe)}")
    parts.append(f"= {dollars(rest)}; one half of that is {dollars_exact(halved)}")
    if bwe:
        parts.append(f"less blind work expenses {dollars(bwe)}")
    recorded = truncate_cents(earned)  # the result drops the fraction (POMS SI 02001.010)
    kept = (
        f" (SSA keeps the fraction of a cent within the computation and records "
        f"{dollars(recorded)}; POMS SI 02001.010)"
        if recorded != earned
        else ""
    )
    ex.step(
        "ssi.countable_earned_income",
        f"{label}: " + ", ".join(parts) + f"; countable earned income "
        f"{dollars_exact(earned)}{kept}.",
        recorded,
        CITE_ORDER
        + ("; 20 CFR 416.976; POMS SI 00820.540" if irwe else "")
        + ("; POMS SI 00820.535" if bwe else ""),
        uses=uses,
    )


def passes_income_test(current: Decimal, standard: Decimal, supplement: Decimal) -> bool:
    """Eligible on the month's own countable income: SSI's only when it exceeds the federal
    rate (POMS SI 02005.001 C.3), or, with an SSA-paid supplement's level, while the excess
    is less than that level (D; SI 02301.215)."""
    return current <= standard or current < standard + supplement


def payment(
    standard: Decimal, budget_income: CountableIncome, current_income: CountableIncome
) -> Decimal:
    """Payment = standard - budget-month countable income, if this month's own income allows.

    Countable income keeps fractions of a cent; only the payment is rounded, up to the next cent,
    and a payment between $0 and $1 is raised to $1 (POMS SI 02001.010, SI 02001.005 A.2).
    """
    if current_income.total > standard:  # ineligible only above it (POMS SI 02005.001 C.3)
        return ZERO
    due = positive(standard - budget_income.total)
    if ZERO < due < ONE_DOLLAR:
        return ONE_DOLLAR
    return cents_up(due)


def status(
    *,
    pay: Decimal,
    standard: Decimal,
    budget: CountableIncome,
    current: CountableIncome,
    sga_earnings: Decimal,
    sga: Decimal | None,
    eligible_before: bool,
) -> str:
    """SSI status for Medicaid and planners (20 CFR 416.262, 416.264; POMS SI 02302.010).
    `sga_earnings` are gross earnings: 1619(a) is gross earned income over SGA (416.262(b))."""
    if budget.unearned >= standard or current.unearned >= standard:
        return "zero_unearned_income"
    if pay > 0:
        if sga is not None and sga_earnings > sga:
            return "1619a"
        return "eligible"
    return "1619b_candidate" if eligible_before else "ineligible_earnings"


def payment_at_rates(
    *,
    month: Month,
    living_arrangement: str,
    unearned: Decimal,
    monthly_wages: Decimal,
    young_student: bool,
    irwe: Decimal,
    bwe: Decimal,
    rules: RuleBook,
) -> tuple[Decimal, Decimal, Decimal]:
    """SSI for a month whose income is the current monthly rates, without payday timing.

    Other programs (HUD) count SSI as an amount that continues; this is that amount. The
    student exclusion is taken at its monthly limit, ignoring the yearly one. Returns the
    payment, the countable income and the payment standard.
    """
    standard = payment_standard(month, living_arrangement, rules, None)
    seie = (
        min(monthly_wages, rules.at("ssa.ssi.student_exclusion.monthly", month).value)
        if young_student
        else ZERO
    )
    income = countable_income(
        month=month,
        unearned=unearned,
        wages=monthly_wages,
        student_exclusion=seie,
        irwe=irwe,
        bwe=bwe,
        rules=rules,
        ex=None,
    )
    return payment(standard, income, income), income.total, standard


STATUS_NOTES = {
    "1619a": (
        "Earnings are above SGA, but SSI continues under section 1619(a): the payment follows "
        "the same income formula.",
        "20 CFR 416.262; POMS SI 02302.010",
    ),
    "1619b_candidate": (
        "SSI cash is $0 because of earnings while unearned income alone would still leave a "
        "payment: a 1619(b) candidate (Medicaid can continue if annual gross earnings stay "
        "under the state threshold).",
        "20 CFR 416.264; POMS SI 02302.010",
    ),
    "zero_unearned_income": (
        "Unearned income alone uses up the payment standard, so no SSI is due whatever the "
        "earnings.",
        "20 CFR 416.1100",
    ),
}


def explain_payment(
    *,
    ex: Explainer,
    month: Month,
    standard: Decimal,
    pay: Decimal,
    budget_month: Month,
    budget_ci: CountableIncome,
    current_ci: CountableIncome,
    status: str,
) -> None:
    if current_ci.total > standard:
        ex.step(
            "ssi.payment",
            f"This month's own countable income {dollars_exact(current_ci.total)} is above "
            f"the payment standard {dollars(standard)}, so no SSI is due for {month} "
            "(eligibility is decided on the month's own income).",
            ZERO,
            "20 CFR 416.420; POMS SI 02005.001",
        )
    else:
        due = positive(standard - budget_ci.total)
        raised = ZERO < due < ONE_DOLLAR  # the $1 minimum (POMS SI 02001.005 A.2)
        ex.step(
            "ssi.payment",
            f"Payment standard {dollars(standard)} less countable income "
            f"{dollars_exact(budget_ci.total)} of {budget_month} = "
            + (
                f"{dollars_exact(due)}, raised to SSI's minimum payment {dollars(pay)}."
                if raised
                else f"{dollars(pay)} (a fraction of a cent is raised to the next cent)."
            ),
            pay,
            "20 CFR 416.420; POMS SI 02001.010" + ("; POMS SI 02001.005 A.2" if raised else ""),
        )
    if status in STATUS_NOTES:
        because, cite = STATUS_NOTES[status]
        ex.step("ssi.status", because, None, cite)


def explain_month(
    *,
    ex: Explainer,
    month: Month,
    status: str,
    pay: Decimal,
    standard: Decimal,
    budget_month: Month,
    budget_ci: CountableIncome,
    current_ci: CountableIncome,
    resources: Decimal | None,
    limit: Decimal,
) -> None:
    """The month's payment in words: resources over the limit, no 1619(a) without a prior
    payment, or the payment standard less the budget month's income."""
    if resources is not None:
        ex.step(
            "ssi.payment",
            f"Countable resources {dollars(resources)} at the first moment of {month} are over "
            f"the {dollars(limit)} limit: no SSI is due for the month.",
            ZERO,
            "20 CFR 416.1201; 20 CFR 416.1205; 20 CFR 416.1207(a)",
        )
        return
    if status == "ineligible_sga":
        ex.step(
            "ssi.payment",
            "Earnings are above SGA and SSI was never paid before: section 1619(a) needs a "
            "prior month of SSI eligibility, and a first SSI claim is denied for work above "
            "SGA (not blind). No SSI.",
            ZERO,
            "20 CFR 416.262(a); 20 CFR 416.971; POMS SI 02302.010",
        )
        return
    explain_payment(
        ex=ex,
        month=month,
        standard=standard,
        pay=pay,
        budget_month=budget_month,
        budget_ci=budget_ci,
        current_ci=current_ci,
        status=status,
    )
