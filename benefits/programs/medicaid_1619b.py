"""Section 1619(b): Medicaid continues while SSI cash is $0 because of earnings, as long as
the year's gross earnings stay at or below the state's threshold (20 CFR 416.264; POMS SI
02302.010-.200). The threshold is SSA's charted amount for the state, or the one entered,
individualized with the person's own Medicaid costs and a year of IRWE and blind work expenses
(POMS SI 02302.050); where none is known, the break-even base and the lowest state threshold
still decide many months (POMS SI 02302.300).
"""

from __future__ import annotations

from decimal import Decimal

from ..explain import Explainer
from ..money import dollars
from ..months import Month
from ..rules import RuleBook, RuleValue

CITE_1619B = "20 CFR 416.264; POMS SI 02302.010; SI 02302.200"


def break_even_base(month: Month, rules: RuleBook) -> tuple[Decimal, RuleValue]:
    """(2 x FBR + $85) x 12: the earnings that alone end SSI cash for a year, the first column of
    SSA's threshold formula and a floor under every state's threshold (POMS SI 02302.300)."""
    fbr = rules.at("ssa.ssi.federal_benefit_rate.individual", month)
    flat = rules.at("ssa.ssi.earned_income_exclusion", month)
    general = rules.at("ssa.ssi.general_income_exclusion", month)
    return (fbr.value * 2 + flat.value + general.value) * 12, fbr


def threshold(
    *,
    month: Month,
    state: str,
    irwe: Decimal,
    bwe: Decimal,
    entered: Decimal | None,
    own_medicaid_expenses: Decimal | None,
    rules: RuleBook,
    ex: Explainer | None,
    blind: bool = False,
) -> tuple[Decimal | None, str]:
    """The person's 1619(b) threshold: entered, or the state's charted amount (for a blind
    person the state's separate blind amount where SSA charts one); individualized with the
    person's own Medicaid costs when higher than the state's average (counted from the
    break-even base, a conservative floor) plus a year of IRWE and BWE (POMS SI 02302.050)."""
    extra = (irwe + bwe) * 12
    if entered is not None:
        base, where = entered, "the threshold entered for the state"
        uses: tuple[RuleValue, ...] = ()
    else:
        charted = _charted(rules, state=state, month=month, blind=blind)
        if charted is None:
            return None, ""
        base, uses = charted.value, (charted,)
        where = f"SSA's chart for {state}" + (
            " (its separate amount for blind people)"
            if blind and charted.id == BLIND_RULE
            else BLIND_UNKNOWN
            if blind
            else ""
        )
    own = ""
    if own_medicaid_expenses is not None:
        floor, fbr = break_even_base(month, rules)
        if floor + own_medicaid_expenses > base:
            base = floor + own_medicaid_expenses
            own = (
                f"; with the person's own Medicaid costs {dollars(own_medicaid_expenses)}"
                f" on the break-even base {dollars(floor)} it is {dollars(base)}"
            )
            uses = (*uses, fbr)
    total = base + extra
    if ex:
        ex.step(
            "medicaid.threshold_1619b",
            f"1619(b) threshold from {where}{own}"
            + (
                f", plus a year of IRWE and blind work expenses {dollars(extra)} "
                "(individualized threshold)"
                if extra
                else ""
            )
            + f": {dollars(total)}.",
            total,
            CITE_1619B + ("; POMS SI 02302.050" if extra or own else ""),
            uses=uses,
        )
    return total, where


BLIND_RULE = "ssa.ssi.threshold_1619b_blind"
# SSA's 1619(b) page: "Four states have separate threshold amounts for blind beneficiaries";
# only California's 2026 amount is in the engine's data (rules/states/threshold_1619b_blind.yaml).
BLIND_UNKNOWN = (
    "; SSA charts a separate, higher amount for blind people in four states, and none for this "
    "state and year is in the engine's data: if the state has one, enter it "
    "(medicaid.threshold_1619b)"
)


def _charted(rules: RuleBook, *, state: str, month: Month, blind: bool) -> RuleValue | None:
    """SSA's charted threshold for the state, the blind one for a blind person where known."""
    if blind:
        found = rules.at_state(BLIND_RULE, state, month)
        if found is not None:
            return found
    return rules.at_state("ssa.ssi.threshold_1619b", state, month)


def intro(earnings: Decimal, *, pass_plan: bool = False) -> str:
    less = ""
    if pass_plan:  # POMS SI 00870.010 A.3
        less = ", less the earnings set aside under the PASS,"
    return (
        f"SSI cash is $0 because of earnings. Gross earnings for the 12 months of this "
        f"1619(b) period{less} are {dollars(earnings)}"
    )


def bound_text(
    *, state: str, earnings: Decimal, floor: Decimal, fbr: RuleValue, lowest: RuleValue
) -> str:
    """Why a state without a sourced threshold is still decided (or not)."""
    if earnings <= floor:
        return (
            f"{intro(earnings)}. No sourced 1619(b) threshold for {state}, but every "
            f"state's threshold is at least the break-even base (2 x {dollars(fbr.value)} + "
            f"$85) x 12 plus any IRWE, BWE and own Medicaid costs = {dollars(floor)}, so "
            "Medicaid continues under 1619(b)."
        )
    if earnings <= lowest.value:
        return (
            f"{intro(earnings)}. No sourced threshold for {state}; the lowest state "
            f"threshold in the country is {dollars(lowest.value)} (a third-party copy of "
            "SSA's chart), so Medicaid continues under 1619(b). Check the state's amount on "
            "SSA's chart."
        )
    return (
        f"{intro(earnings)}, above the lowest state threshold {dollars(lowest.value)}. The "
        f"engine has no sourced 1619(b) threshold for {state}: enter it from SSA's "
        "chart (medicaid.threshold_1619b) to decide whether Medicaid continues."
    )
