"""SSI optional state supplements (Social Security Act 1616; 20 CFR 416.2001-.2099; POMS SI
01415). A state supplement is added to the federal payment. Where SSA pays it (and in states that
budget the same way), countable income is deducted from the federal payment first and only the
rest reduces the supplement, so the supplement continues after federal SSI stops, until
countable income reaches the federal rate plus the supplement.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..explain import Explainer
from ..money import ZERO, cents_up, dollars, positive
from ..months import Month
from ..rules import RuleBook, RuleValue
from ..state_rules import SupplementProgram, supplement_table

AMOUNT_RULES = {
    "own_household": "states.ssp.own_household",
    "another_persons_household": "states.ssp.another_household",
}
CITE = "Social Security Act 1616; 20 CFR 416.2001; POMS SI 01415.010"
PAID_BY = {
    "ssa": "paid by SSA with SSI",
    "mixed": "paid by SSA with SSI for some living arrangements, by the state for others",
    "state": "paid by the state",
}


class SupplementMonth:
    def __init__(
        self,
        amount: Decimal | None,  # None: the state pays one but no amount is known (enter it)
        status: str,  # none | paid | zero | unknown_amount
        federally_administered: bool,
        # The supplement's payment level where SSA pays it past the federal rate: the month is one
        # of eligibility while countable income is below the federal rate plus it (the OSS
        # eligibility test, POMS SI 02005.001 D; not a suspension, SI 02301.215). Zero otherwise.
        eligibility_level: Decimal = ZERO,
    ) -> None:
        self.amount: Final = amount
        self.status: Final = status
        self.federally_administered: Final = federally_administered
        self.eligibility_level: Final = eligibility_level


def _paid_past_federal(program: SupplementProgram) -> bool:
    """SSA pays the supplement and it continues after federal SSI stops. Not "mixed" states:
    there a supplement may be the state's own payment (Pennsylvania's optional supplement since
    2005, PA DHS OIM Handbook 720.1), whose months SSA does not count as SSI eligibility."""
    return program.administered_by == "ssa" and program.income_rule == "continues_past_federal"


def oss_eligibility_level(level: Decimal | None, program: SupplementProgram) -> Decimal:
    """The supplement level that extends SSI's eligibility test: a federally administered
    supplement that continues after federal SSI stops (20 CFR 416.2025(b); POMS SI 02005.001
    D, SI 02301.215: suspension only when income reaches the combined payment level)."""
    if level is None or not _paid_past_federal(program):
        return ZERO
    return level


def eligibility_level(
    *, month: Month, state: str, living_arrangement: str, entered: Decimal | None, rules: RuleBook
) -> Decimal:
    """`oss_eligibility_level` before the payment is figured (the month's eligibility test,
    which also decides whether a new transitional cycle starts)."""
    program = supplement_table().states[state]
    if not _paid_past_federal(program):
        return ZERO  # no rule to look up
    level, _ = supplement_level(
        month=month,
        state=state,
        living_arrangement=living_arrangement,
        entered=entered,
        rules=rules,
    )
    return oss_eligibility_level(level, program)


def supplement_level(
    *, month: Month, state: str, living_arrangement: str, entered: Decimal | None, rules: RuleBook
) -> tuple[Decimal | None, RuleValue | None]:
    """The state's monthly supplement for this living arrangement: entered, or from rules/."""
    if entered is not None:
        return entered, None
    found = rules.at_state(AMOUNT_RULES[living_arrangement], state, month)
    return (found.value if found else None), found


def state_supplement(
    *,
    month: Month,
    program: SupplementProgram,
    level: Decimal | None,
    level_rule: RuleValue | None,
    standard: Decimal,
    federal: Decimal,
    budget_countable: Decimal,
    current_countable: Decimal,
    ex: Explainer | None,
    note: str = "",
) -> SupplementMonth:
    """This month's supplement, from the same budget month as the federal payment; `note` is
    the state's word on the living arrangement's amount (ssp_programs.yaml)."""
    by_ssa = program.administered_by in ("ssa", "mixed")
    uses = (level_rule,) if level_rule else ()
    if program.administered_by == "none" or level == 0:
        if ex:
            ex.step(
                "ssi.state_supplement",
                f"{program.name} pays no optional state supplement for this living arrangement.",
                ZERO,
                CITE,
                uses=uses,
            )
        return SupplementMonth(ZERO, "none", by_ssa)
    if level is None:
        if ex:
            ex.step(
                "ssi.state_supplement",
                f"{program.name} pays an optional state supplement, but its amount for this "
                "living arrangement is not in the engine's sourced tables: enter it as "
                "ssi.state_supplement to include it.",
                None,
                CITE,
                not_modeled=True,
            )
        return SupplementMonth(None, "unknown_amount", by_ssa)
    amount, why = _supplement_amount(
        program,
        level,
        standard=standard,
        federal=federal,
        budget_countable=budget_countable,
        current_countable=current_countable,
        words=ex is not None,
    )
    if ex:
        _explain_paid(ex, program, level=level, amount=amount, why=why, note=note, uses=uses)
    status = "paid" if amount > 0 else "zero"
    return SupplementMonth(amount, status, by_ssa, oss_eligibility_level(level, program))


def _explain_paid(
    ex: Explainer,
    program: SupplementProgram,
    *,
    level: Decimal,
    amount: Decimal,
    why: str,
    note: str,
    uses: tuple[RuleValue, ...],
) -> None:
    """The supplement's step: its level, who pays it, this month's amount and why."""
    caveat = "" if program.confirmed else " The state's income rule is not confirmed."
    if note:
        caveat += f" {note}"
    ex.step(
        "ssi.state_supplement",
        f"{program.name} state supplement {dollars(level)} a month "
        f"({PAID_BY[program.administered_by]}): "
        f"{dollars(amount)} this month; {why}.{caveat}",
        amount,
        CITE,
        uses=uses,
    )


def _supplement_amount(
    program: SupplementProgram,
    level: Decimal,
    *,
    standard: Decimal,
    federal: Decimal,
    budget_countable: Decimal,
    current_countable: Decimal,
    words: bool,
) -> tuple[Decimal, str]:
    """The supplement by the state's income rule, and why (when `words`): either it continues
    past the federal payment, income reducing it only after the federal rate, or it is paid
    only with a federal payment."""
    if program.income_rule != "continues_past_federal":
        return level if federal > 0 else ZERO, (
            "paid in months with a federal SSI payment (the state's own income rules are "
            "not modelled)"
        )
    if current_countable >= standard + level:
        return ZERO, (
            f"this month's countable income {dollars(current_countable)} reaches the "
            f"federal rate plus the supplement ({dollars(standard + level)})"
            if words
            else ""
        )
    amount = cents_up(min(level, positive(standard + level - budget_countable)))
    return amount, (
        "countable income is deducted from the federal payment first; only what is "
        "left reduces the supplement"
        + ("" if federal > 0 else ", so it continues after federal SSI stops")
    )


def supplement_month(
    *,
    month: Month,
    state: str,
    living_arrangement: str,
    entered: Decimal | None,
    standard: Decimal,
    federal: Decimal,
    budget_countable: Decimal,
    current_countable: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> SupplementMonth:
    """The state's supplement for the month, from its level and the federal computation."""
    level, level_rule = supplement_level(
        month=month,
        state=state,
        living_arrangement=living_arrangement,
        entered=entered,
        rules=rules,
    )
    program = supplement_table().states[state]
    return state_supplement(
        month=month,
        program=program,
        level=level,
        level_rule=level_rule,
        standard=standard,
        federal=federal,
        budget_countable=budget_countable,
        current_countable=current_countable,
        ex=ex,
        note=program.notes.get(living_arrangement, ""),
    )


ONE_DOLLAR = Decimal("1.00")
CITE_MINIMUM = "20 CFR 416.503; POMS SI 02001.005 A.2"


def minimum_with_supplement(
    federal: Decimal,
    supplement: SupplementMonth,
    *,
    federal_due: Decimal,
    ex: Explainer | None,
) -> tuple[Decimal, SupplementMonth]:
    """SSI's $1 minimum applies to the federal payment and an SSA-paid supplement together: a
    federal amount under $1 paid with the supplement is not raised to $1, and a total under $1
    is paid as $1 (20 CFR 416.503; POMS SI 02001.005 A.2). `federal_due` is the federal amount
    before the minimum (the payment standard less the budget month's countable income)."""
    amount = supplement.amount or ZERO
    if supplement.eligibility_level <= 0 or amount <= 0:  # SSA does not pay it with SSI
        return federal, supplement
    unraised = min(federal, cents_up(positive(federal_due)))
    if unraised + amount < ONE_DOLLAR:
        amount = ONE_DOLLAR - unraised
    if unraised == federal and amount == supplement.amount:
        return federal, supplement
    if ex:
        ex.step(
            "ssi.payment",
            f"SSI's $1 minimum applies to the total paid with the state supplement: federal "
            f"SSI {dollars(unraised)} (not raised to $1) + supplement {dollars(amount)} = "
            f"{dollars(unraised + amount)}.",
            unraised,
            CITE_MINIMUM,
        )
    return unraised, SupplementMonth(amount, supplement.status, True, supplement.eligibility_level)
