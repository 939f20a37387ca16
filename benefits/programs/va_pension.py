"""Veterans Pension: the maximum annual pension rate (MAPR) for the veteran's family and rate
(38 U.S.C. 1521; 38 CFR 3.23), less the family's income for VA purposes (38 CFR 3.271-3.273)
after unreimbursed medical expenses above 5% of the basic rate (38 CFR 3.272(g), 3.278), paid
monthly in whole dollars (38 U.S.C. 5123; 38 CFR 3.29); the duty to report a change in income
(38 CFR 3.660(a)) and the net worth limit (38 CFR 3.274). How SSI counts the pension, and
compensation, are in benefits/programs/va.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..explain import Explainer
from ..money import ZERO, cents, dollars, floor_dollar, positive
from ..months import Month
from ..results import MonthResult, MonthWarning, Report, build
from ..rules import RuleBook, RuleValue
from ..scenario import HouseholdMember, Scenario

if TYPE_CHECKING:
    from .reporting import JobEvent

CITE_PENSION = "38 U.S.C. 1521; 38 CFR 3.23; 38 CFR 3.271-3.273"
CITE_MONTHLY = "38 U.S.C. 5123; 38 CFR 3.29"
CITE_CHANGE = "38 U.S.C. 5112(b)(4); 38 CFR 3.31; 38 CFR 3.660(a)"
CITE_MEDICAL = "38 CFR 3.272(g); 38 CFR 3.278"
# The maximum annual pension rates by rate and by alone / with one dependent (38 CFR 3.23(a)).
MAPR = {
    ("basic", False): "va.pension.maximum_annual_rate.veteran_alone",
    ("basic", True): "va.pension.maximum_annual_rate.veteran_one_dependent",
    ("housebound", False): "va.pension.maximum_annual_rate.housebound_alone",
    ("housebound", True): "va.pension.maximum_annual_rate.housebound_one_dependent",
    ("aid_and_attendance", False): "va.pension.maximum_annual_rate.aid_attendance_alone",
    ("aid_and_attendance", True): "va.pension.maximum_annual_rate.aid_attendance_one_dependent",
}
ADDITIONAL_CHILD = "va.pension.maximum_annual_rate.additional_child"


@dataclass(frozen=True, slots=True)
class Dependents:
    """The spouse and children VA pays pension for (38 U.S.C. 101(3)-(4); 38 CFR 3.57)."""

    spouse: bool
    children: int

    @property
    def count(self) -> int:
        return int(self.spouse) + self.children

    @property
    def words(self) -> str:
        found = ["a spouse"] if self.spouse else []
        if self.children:
            found.append(f"{self.children} child" + ("ren" if self.children > 1 else ""))
        return " and ".join(found) or "no dependents"


def is_dependent_child(member: HouseholdMember) -> bool:
    """A child under 18, 18 to 22 in school, or disabled (taken as incapable of self-support
    since before 18) (38 U.S.C. 101(4)(A); 38 CFR 3.57(a))."""
    if member.relationship != "child":
        return False
    return member.age < 18 or (member.age < 23 and member.student) or member.disabled


def dependents(scenario: Scenario) -> Dependents:
    spouse = any(m.relationship == "spouse" for m in scenario.household)
    return Dependents(spouse, sum(1 for m in scenario.household if is_dependent_child(m)))


@dataclass(frozen=True, slots=True)
class Rate:
    """The month's MAPR for the family and rate, and the basic rate medical expenses use."""

    maximum: Decimal
    medical_base: Decimal
    uses: tuple[RuleValue, ...]
    words: str = ""  # the rate and the family, in words
    basic_maximum: Decimal = ZERO  # the basic rate for the same family


def maximum_rate(*, rate: str, family: Dependents, month: Month, rules: RuleBook) -> Rate:
    """MAPR: the rate for the veteran alone or with one dependent, plus each further child.

    Medical expenses count above 5% of the basic rate for the family: with the increase for
    each further child, without the housebound or aid-and-attendance increase (38 CFR
    3.272(g)(1)(iii); 38 CFR 3.278: the MAPR including increased pension for family members,
    excluding increased pension for aid and attendance or being housebound).
    """
    with_one = family.count > 0
    base = rules.at(MAPR[rate, with_one], month)
    basic = base if rate == "basic" else rules.at(MAPR["basic", with_one], month)
    uses: tuple[RuleValue, ...] = (base,) if rate == "basic" else (base, basic)
    maximum, basic_maximum = base.value, basic.value
    if family.count > 1:
        child = rules.at(ADDITIONAL_CHILD, month)
        maximum += child.value * (family.count - 1)
        basic_maximum += child.value * (family.count - 1)
        uses += (child,)
    kind = rate.replace("_and_", " and ").replace("_", " ")
    return Rate(maximum, basic_maximum, uses, f"{kind} rate, {family.words}", basic_maximum)


@dataclass(frozen=True, slots=True)
class FamilyIncome:
    """Income for VA purposes a year, at the rates in force at the end of the month before."""

    veteran: Decimal  # wages, SSDI and other unearned income (SSI is not counted)
    spouse: Decimal
    children: Decimal  # unearned, and earnings above the basic standard deduction
    uses: tuple[RuleValue, ...] = ()

    @property
    def total(self) -> Decimal:
        return self.veteran + self.spouse + self.children


def family_income(
    *, scenario: Scenario, veteran_annual: Decimal, month: Month, rules: RuleBook
) -> FamilyIncome:
    """The veteran's, the spouse's and the dependent children's income (38 U.S.C. 1521(c), (h);
    38 CFR 3.23(d)(4)); a child's earnings count only above the basic standard deduction."""
    spouses = [m for m in scenario.household if m.relationship == "spouse"]
    spouse = sum((m.earned_income + m.unearned_income for m in spouses), ZERO)
    kids = [m for m in scenario.household if is_dependent_child(m)]
    children = sum((m.unearned_income for m in kids), ZERO) * 12
    uses: tuple[RuleValue, ...] = ()
    if any(m.earned_income for m in kids):
        deduction = rules.at("irs.income_tax.standard_deduction.single", month)
        children += sum((positive(m.earned_income * 12 - deduction.value) for m in kids), ZERO)
        uses = (deduction,)
    return FamilyIncome(cents(veteran_annual), spouse * 12, cents(children), uses)


@dataclass(frozen=True, slots=True)
class PensionYear:
    """The pension figured from a year of income at current rates."""

    maximum_rate: Decimal  # MAPR, a year
    countable_income: Decimal  # income for VA purposes, a year, after medical expenses
    monthly: Decimal  # the month's payment, in whole dollars
    not_income_for_ssi: Decimal = ZERO  # the housebound or A&A allowance and the medical part


def computed_pension(
    *,
    month: Month,
    rate: Rate,
    income: FamilyIncome,
    annual_medical_expenses: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> PensionYear:
    """MAPR less countable annual income; one twelfth, less any fraction of a dollar.

    Unreimbursed medical expenses count only above 5% of the basic MAPR (38 CFR 3.272(g)).
    """
    share = rules.at("va.pension.medical_expense_threshold", month)
    floor = rate.medical_base * share.value / 100
    medical = positive(annual_medical_expenses - floor)
    countable = positive(income.total - medical)
    annual = positive(rate.maximum - countable)
    monthly = floor_dollar(annual / 12)
    # SSI does not count the housebound or aid-and-attendance allowance (POMS SI 00830.308) or
    # what unreimbursed medical expenses add (SI 00830.312): only what the basic rate would pay
    # without the medical deduction is income.
    basic = floor_dollar(positive(rate.basic_maximum - income.total) / 12)
    excluded = monthly - min(monthly, basic)
    if ex:
        ex.step(
            "va.pension",
            _pension_words(
                rate=rate,
                income=income,
                medical=medical,
                floor=floor,
                countable=countable,
                annual=annual,
                monthly=monthly,
            ),
            monthly,
            "; ".join((CITE_PENSION, CITE_MEDICAL, CITE_MONTHLY, CITE_CHANGE)),
            uses=rate.uses + (share,) + income.uses,
        )
    return PensionYear(rate.maximum, countable, monthly, excluded)


def _pension_words(
    *,
    rate: Rate,
    income: FamilyIncome,
    medical: Decimal,
    floor: Decimal,
    countable: Decimal,
    annual: Decimal,
    monthly: Decimal,
) -> str:
    parts = [f"the veteran's {dollars(income.veteran)}"]
    if income.spouse:
        parts.append(f"the spouse's {dollars(income.spouse)}")
    if income.children:
        parts.append(f"the children's {dollars(income.children)}")
    words = (
        f"VA pension: the maximum annual pension rate {dollars(rate.maximum)} ({rate.words}) "
        "less countable "
        f"income {dollars(countable)} a year (income at the rates in force at the end of last "
        f"month: {', '.join(parts)}"
    )
    if medical:
        words += f"; less medical expenses above 5% of {dollars(rate.medical_base)} "
        words += f"({dollars(floor)}), {dollars(medical)}"
    words += (
        f") = {dollars(annual)} a year; one twelfth, less any fraction of a dollar, is "
        f"{dollars(monthly)} a month. SSI is not income for VA pension (38 CFR 3.272(a)); "
        "a change in income changes the pension from the month after it."
    )
    if 0 < annual < 228:
        words += " VA pays an annual rate under $228 quarterly or less often (38 CFR 3.30)."
    return words


VA = "Department of Veterans Affairs (VA)"


def va_reports(result: MonthResult, events: list[JobEvent]) -> list[Report]:
    """VA pension: a beneficiary tells VA of a change in income when it happens (38 CFR
    3.660(a)(1)); a job starting or ending is one. Compensation has no income duty (TDIU's work
    duty is a warning, benefits/programs/month_warnings.py)."""
    if not result.va.pension:
        return []
    return [
        build(
            Report,
            to=VA,
            what="VA pension: tell VA of the change in income (a job starting or ending) "
            "when it happens; VA pays pension on the family's income.",
            details=f"{event.label}: work {'starts' if event.kind == 'start' else 'ends'} "
            f"{event.day} ({event.pay}).",
            due=event.day,
            cite="38 CFR 3.277; 38 CFR 3.660(a)(1)",
            how="Call VA at 800-827-1000 or write to the Pension Management Center that pays "
            "the pension, with the date and the pay; keep a copy.",
        )
        for event in events
    ]


def net_worth_warnings(
    result: MonthResult, previous: MonthResult | None, assets: Decimal
) -> list[MonthWarning]:
    """Assets plus annual income over VA's net worth limit (38 CFR 3.274): a warning in the first
    month of each run. VA decides net worth on its own counting of assets (38 CFR 3.275), so the
    engine keeps paying the computed pension and says so."""
    va = result.va
    if va.net_worth_limit is None or va.countable_income_for_pension is None:
        return []
    worth = assets + va.countable_income_for_pension
    was = previous is not None and _over(previous, assets)
    if worth <= va.net_worth_limit or was:
        return []
    return [
        build(
            MonthWarning,
            kind="va_net_worth",
            text="VA pension has a net worth limit: assets (other than the home and a car) "
            "plus annual income over it bar the pension. Ask a veterans service officer before "
            "VA decides; VA counts assets its own way and looks back 3 years at transfers.",
            cite="38 U.S.C. 1522; 38 CFR 3.274; 38 CFR 3.275; 38 CFR 3.276",
            details=f"Resources {dollars(assets)} + countable income "
            f"{dollars(va.countable_income_for_pension)} = {dollars(worth)}, over the limit "
            f"{dollars(va.net_worth_limit)}; the pension is still shown as figured.",
        )
    ]


def _over(m: MonthResult, assets: Decimal) -> bool:
    limit, income = m.va.net_worth_limit, m.va.countable_income_for_pension
    return limit is not None and income is not None and assets + income > limit
