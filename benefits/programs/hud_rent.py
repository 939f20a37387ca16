"""HUD rent: annual and adjusted income, the total tenant payment and the subsidy (24 CFR
5.609, 5.611, 5.628, 5.630; 982.505 vouchers; 960 public housing); when the rent changes is in
benefits/programs/hud_reexam.py.

The rent changes only at a reexamination: the annual one, or an interim one when the income
change qualifies under the rules in force (the agency's policy before HOTMA; the 10% tests of
HOTMA section 102 from 2027, when HUD enforces HOTMA for housing agencies).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from ..explain import Explainer
from ..money import ZERO, cents, dollars, exact, positive
from ..months import Month
from ..rule_periods import periods
from ..rules import RuleBook, RuleValue
from ..scenario import VOUCHERS, HouseholdMember, Housing

# HUD enforces HOTMA sections 102 and 104 for housing agencies from January 2027
# (Notice PIH 2026-15; Multifamily: Notice H 2025-07). Before then the old deductions apply.
HOTMA_ENFORCED = Month(2027, 1)
CITE_TTP = "24 CFR 5.628; 24 CFR 5.630"
CITE_INCOME = "24 CFR 5.609"
CITE_DEDUCTIONS = "24 CFR 5.611"
CITE_REEXAM = "24 CFR 982.516; 24 CFR 960.257"
NO_DEDUCTION_RELATIONS = ("spouse", "co_head", "foster_child", "foster_adult", "live_in_aide")
NOT_COUNTED_RELATIONS = ("foster_child", "foster_adult", "live_in_aide")  # 5.609(b)(8)
ELDERLY_AGE = 62


def regime(month: Month, housing: Housing) -> str:
    """Which rent rules a reexamination in `month` uses."""
    if housing.rules is not None:
        return housing.rules
    return "hotma" if month >= HOTMA_ENFORCED else "pre_hotma"


class MonthlyRates:
    """The household's income at current rates in one month, as HUD would count it."""

    def __init__(
        self,
        person_earned: Decimal,
        person_unearned: Decimal,  # SSI, SSDI and other unearned income
        members: tuple[HouseholdMember, ...],
        medical: Decimal,
        child_care: Decimal,
        person_disabled_or_elderly: bool,
        eid_exclusion: Decimal = ZERO,  # annual income excluded by the EID (history only)
    ) -> None:
        self.person_earned: Final = person_earned
        self.person_unearned: Final = person_unearned
        self.members: Final = members
        self.medical: Final = medical
        self.child_care: Final = child_care
        self.person_disabled_or_elderly: Final = person_disabled_or_elderly
        self.eid_exclusion: Final = eid_exclusion


@dataclass(frozen=True, slots=True)
class RentBasis:
    """Income, deductions and the total tenant payment computed at one reexamination (the
    same for every month whose rates and rule values are the same)."""

    regime: str
    earned: Decimal  # annual earned income counted
    annual_income: Decimal
    deductions: Decimal
    adjusted_income: Decimal
    ttp: Decimal


DEDUCTION_RULES = {
    "pre_hotma": (
        "hud.pre_hotma.dependent_deduction",
        "hud.pre_hotma.elderly_disabled_deduction",
        "hud.pre_hotma.medical_threshold",
    ),
    "hotma": (
        "hud.hotma.dependent_deduction",
        "hud.hotma.elderly_disabled_deduction",
        "hud.hotma.medical_threshold",
    ),
}


def _deduction_rules(month: Month, rules_in_force: str, rules: RuleBook) -> tuple[RuleValue, ...]:
    return tuple(rules.at(rule_id, month) for rule_id in DEDUCTION_RULES[rules_in_force])


RENT_RULES = (
    "hud.ttp.adjusted_income_share",
    "hud.ttp.gross_income_share",
    "hud.minimum_rent.maximum",
    "hud.minimum_rent.other_section8",
)


def rent_basis(
    *,
    month: Month,
    rates: MonthlyRates,
    housing: Housing,
    rules: RuleBook,
    ex: Explainer | None,
    earned_cap: Decimal | None = None,
) -> RentBasis:
    """Annual income, adjusted income and total tenant payment from the month's rates.

    `earned_cap` holds annual earned income at an earlier level (HOTMA interims may not count
    increases in earned income). Unexplained, the month enters only through the rules in force
    and their values, so a basis already figured from the same rates and values is reused
    (the engine looks for an interim reexamination every month).
    """
    if ex is not None:
        return _rent_basis(
            month=month, rates=rates, housing=housing, rules=rules, ex=ex, earned_cap=earned_cap
        )
    rules_in_force = regime(month, housing)
    book = periods(rules)
    # Bases already figured with this rule book, by the rule period (the same values of every
    # rule) and the exact text of the amounts; the housing section and the household are kept
    # with each entry and compared by identity (they are the same objects all projection).
    amounts = exact(
        rates.person_earned, rates.person_unearned, rates.medical, rates.child_care,
        rates.eid_exclusion, earned_cap,
    )  # fmt: skip
    key = (
        "hud rent basis", rules_in_force, book.of(month), amounts,
        rates.person_disabled_or_elderly, id(housing),
        id(rates.members[0]) if rates.members else 0,
    )  # fmt: skip
    cached = book.memo.get(key)
    if cached is not None and cached[0] is housing and cached[1] == rates.members:
        found: RentBasis = cached[2]
    else:
        if len(book.memo) > 4096:
            book.memo.clear()
        found = _rent_basis(
            month=month, rates=rates, housing=housing, rules=rules, ex=None, earned_cap=earned_cap
        )
        book.memo[key] = (housing, rates.members, found)
    return found


def _members(
    rates: MonthlyRates, dependent_deduction: Decimal
) -> tuple[Decimal, Decimal, int, bool]:
    """The household's other members: their annual earned income as HUD counts it, everyone's
    annual unearned income, the number of dependents, and whether the family is elderly or
    disabled (24 CFR 5.609(b), 5.611)."""
    unearned = rates.person_unearned * 12
    member_earned = ZERO
    dependents = 0
    elderly_or_disabled = rates.person_disabled_or_elderly
    for member in rates.members:
        if member.relationship in NOT_COUNTED_RELATIONS:
            continue
        unearned += member.unearned_income * 12
        earned = member.earned_income * 12
        if member.age < 18:
            earned = ZERO  # earned income of children under 18 is excluded (5.609(b)(3))
        elif member.student and member.relationship not in NO_DEDUCTION_RELATIONS:
            earned = min(earned, dependent_deduction)  # full-time student's excess (5.609(b)(14))
        member_earned += earned
        if member.relationship not in NO_DEDUCTION_RELATIONS and (
            member.age < 18 or member.disabled or member.student
        ):
            dependents += 1
        if member.relationship in ("spouse", "co_head") and (
            member.disabled or member.age >= ELDERLY_AGE
        ):
            elderly_or_disabled = True
    return member_earned, unearned, dependents, elderly_or_disabled


def _rent_basis(
    *,
    month: Month,
    rates: MonthlyRates,
    housing: Housing,
    rules: RuleBook,
    ex: Explainer | None,
    earned_cap: Decimal | None,
) -> RentBasis:
    rules_in_force = regime(month, housing)
    dependent, elderly_disabled, medical_share = _deduction_rules(month, rules_in_force, rules)
    member_earned, unearned, dependents, elderly_or_disabled = _members(rates, dependent.value)
    earned_total = rates.person_earned * 12 + member_earned
    if earned_cap is not None and earned_total > earned_cap:
        earned_total = earned_cap
    annual = positive(earned_total + unearned - rates.eid_exclusion)
    deduction_family = elderly_disabled.value if elderly_or_disabled else ZERO
    medical = ZERO
    if elderly_or_disabled:
        medical = positive(rates.medical * 12 - annual * medical_share.value)
    child_care = rates.child_care * 12
    deductions = dependent.value * dependents + deduction_family + medical + child_care
    adjusted = positive(annual - deductions)
    ttp, shares, ttp_rules = _total_tenant_payment(
        month=month, housing=housing, rules=rules, annual=annual, adjusted=adjusted
    )
    if ex:
        _explain_income(
            ex,
            rules_in_force=rules_in_force,
            earned=earned_total,
            capped=earned_cap is not None,
            unearned=unearned,
            annual=annual,
        )
        _explain_deductions(
            ex,
            rules_used=(dependent, elderly_disabled, medical_share),
            dependents=dependents,
            family=deduction_family,
            medical=medical if elderly_or_disabled else None,
            child_care=child_care,
            total=(deductions, adjusted),
        )
        _explain_ttp(ex, shares=shares, ttp=ttp, rules_used=ttp_rules)
    return RentBasis(
        rules_in_force, earned_total, cents(annual), cents(deductions), cents(adjusted), ttp
    )


def _total_tenant_payment(
    *, month: Month, housing: Housing, rules: RuleBook, annual: Decimal, adjusted: Decimal
) -> tuple[Decimal, tuple[Decimal, Decimal, Decimal], tuple[RuleValue, RuleValue, RuleValue]]:
    """The highest of 30% of monthly adjusted income, 10% of monthly annual income and the
    minimum rent, to the whole dollar (24 CFR 5.628, 5.630); with the three amounts and the
    rule values used."""
    share_adjusted = rules.at("hud.ttp.adjusted_income_share", month)
    share_gross = rules.at("hud.ttp.gross_income_share", month)
    thirty = adjusted / 12 * share_adjusted.value
    ten = annual / 12 * share_gross.value
    most = rules.at("hud.minimum_rent.maximum", month)
    minimum_rent = min(housing.minimum_rent, most.value)
    if housing.program == "project_based_section8":  # not the agency's choice: 5.630(a)(3)
        most = rules.at("hud.minimum_rent.other_section8", month)
        minimum_rent = most.value
    ttp = max(thirty, ten, minimum_rent).quantize(Decimal("1"), ROUND_HALF_UP)
    ttp = ttp.quantize(Decimal("0.01"))
    return ttp, (thirty, ten, minimum_rent), (share_adjusted, share_gross, most)


def _explain_income(
    ex: Explainer,
    *,
    rules_in_force: str,
    earned: Decimal,
    capped: bool,
    unearned: Decimal,
    annual: Decimal,
) -> None:
    names = {"pre_hotma": "the rules before HOTMA", "hotma": "HOTMA's rules"}
    ex.step(
        "housing.annual_income",
        f"Annual income at current rates under {names[rules_in_force]}: earned "
        f"{dollars(earned)}"
        + (" (earned-income increase not counted in an interim)" if capped else "")
        + f" + unearned (SSI, SSDI, other) {dollars(unearned)} = {dollars(annual)}. "
        "Earnings of children under 18 and of live-in aides and foster members are "
        "excluded.",
        cents(annual),
        CITE_INCOME,
    )


def _explain_ttp(
    ex: Explainer,
    *,
    shares: tuple[Decimal, Decimal, Decimal],  # 30% of adjusted, 10% of income, minimum rent
    ttp: Decimal,
    rules_used: tuple[RuleValue, RuleValue, RuleValue],
) -> None:
    thirty, ten, minimum_rent = shares
    ex.step(
        "housing.total_tenant_payment",
        f"Total tenant payment is the highest of 30% of monthly adjusted income "
        f"({dollars(thirty)}), 10% of monthly income ({dollars(ten)}) and the minimum "
        f"rent ({dollars(minimum_rent)}), rounded to the dollar (half up): "
        f"{dollars(ttp)}.",
        ttp,
        CITE_TTP,
        uses=rules_used,
    )


def _explain_deductions(
    ex: Explainer,
    *,
    rules_used: tuple[RuleValue, RuleValue, RuleValue],
    dependents: int,
    family: Decimal,
    medical: Decimal | None,  # None when the family is not elderly or disabled
    child_care: Decimal,
    total: tuple[Decimal, Decimal],  # the deductions and the adjusted income
) -> None:
    dependent, _, medical_share = rules_used
    deductions, adjusted = total
    ex.step(
        "housing.adjusted_income",
        "Deductions: "
        + ", ".join(
            part
            for part in (
                f"{dependents} dependent(s) x {dollars(dependent.value)}" if dependents else "",
                f"elderly/disabled family {dollars(family)}" if family else "",
            )
            if part
        )
        + (
            f"; medical expenses above {medical_share.value * 100:.0f}% of income "
            f"{dollars(medical)}"
            if medical is not None
            else ""
        )
        + (f"; child care {dollars(child_care)}" if child_care else "")
        + f" = {dollars(deductions)}; adjusted income {dollars(adjusted)}.",
        cents(adjusted),
        CITE_DEDUCTIONS,
        uses=rules_used,
    )


class Subsidy:
    def __init__(
        self,
        family_share: Decimal,
        tenant_rent: Decimal,
        assistance: Decimal,
        utility_reimbursement: Decimal,
    ) -> None:
        self.family_share: Final = family_share
        self.tenant_rent: Final = tenant_rent
        self.assistance: Final = assistance
        self.utility_reimbursement: Final = utility_reimbursement


def subsidy(ttp: Decimal, housing: Housing) -> Subsidy:
    """Split the gross rent between the family and the program.

    Vouchers: assistance is the lower of the payment standard and the gross rent, less the
    TTP (24 CFR 982.505(b)); the family pays the rest. Public housing and project-based
    Section 8: the tenant rent is the TTP less the utility allowance. A negative tenant rent is
    paid to the family as a utility reimbursement.
    """
    gross, allowance = housing.gross_rent, housing.utility_allowance
    if housing.program in VOUCHERS:
        assert housing.payment_standard is not None
        assistance = positive(min(housing.payment_standard, gross) - ttp)
        family_share = gross - assistance
    else:
        family_share = ttp
        assistance = positive(gross - ttp)
    to_owner = family_share - allowance
    return Subsidy(family_share, positive(to_owner), assistance, positive(-to_owner))


# HOTMA repealed the EID: no family receives it after 2025-12-31 (Notice PIH 2023-27).
EID_LAST_MONTH = Month(2025, 12)
EID_PROGRAMS = ("housing_choice_voucher", "project_based_voucher", "public_housing")


def eid_share(month: Month, housing: Housing, rules: RuleBook) -> Decimal:
    """Share of the income increase the EID excludes in `month`: 1, one half, or 0."""
    eid = housing.eid
    if eid is None or housing.program not in EID_PROGRAMS or month > EID_LAST_MONTH:
        return ZERO
    full = int(rules.at("hud.eid.full_exclusion_months", month).value)
    elapsed = month.minus(eid.start_month)
    if elapsed < 0 or elapsed >= 2 * full:
        return ZERO
    return Decimal(1) if elapsed < full else Decimal("0.5")


def eid_exclusion(
    month: Month, housing: Housing, person_annual_income: Decimal, rules: RuleBook
) -> Decimal:
    """Annual income the EID excludes: the share of the increase over the baseline."""
    share = eid_share(month, housing, rules)
    if not share or housing.eid is None:
        return ZERO
    return cents(positive(person_annual_income - housing.eid.baseline_annual_income) * share)


def eid_phase_change(month: Month, housing: Housing, rules: RuleBook) -> str:
    """Why the rent is recomputed this month because the EID moved to its next phase, or ''."""
    if housing.eid is None:
        return ""
    now, before = eid_share(month, housing, rules), eid_share(month.plus(-1), housing, rules)
    if now == before:
        return ""
    if month == EID_LAST_MONTH.plus(1) and before:
        return "the earned income disallowance ended (HOTMA: none after 2025-12-31)"
    return (
        "the earned income disallowance moves to its half-exclusion phase"
        if now
        else "the earned income disallowance's 24 months are over"
    )
