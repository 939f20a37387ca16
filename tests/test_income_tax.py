"""Federal income tax, taxable Social Security and the EITC (26 U.S.C. 1, 32, 63, 86).

Every expected amount is exact; the arithmetic is in the comments. Sources:
- [Pub17-2015] IRS Pub. 17 (2015) Social Security worksheet example, mirror
  http://taxmap.ntis.gov/taxmap/pub17/p17-060.htm (the Pub. 915 Worksheet 1; the base amounts
  in 26 U.S.C. 86(c) have not changed since, so it holds for 2024-2026).
- [RP] Rev. Procs 2023-34, 2024-40, 2025-32 (the values in rules/irs/, with their tags).
- [EIC-2017] Form 1040 instructions, 2017 EIC Table, married filing jointly columns, as copied at
  https://www.formsbank.com/template/297035/instructions-for-form-1040-u-s-individual-income-tax-return-2016.html?page=70
  (the page is titled 2016, but its rows match the 2017 parameters of Rev. Proc. 2016-55 and
  IRS Pub. 596 (2017): phase-out from $23,930, completed at $50,597 / $53,930).
- [E8] ../shared/reference/other_rules.md E8 and docs/research/bottom_line/eitc.yaml
  examples: formula values, which the table method is compared with.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefits.explain import Explainer
from benefits.months import Month
from benefits.programs.income_tax import (
    EITC_MAX_CREDIT,
    EitcParameters,
    TaxYearFacts,
    eic_table_amount,
    eitc_by_formula,
    eitc_parameters,
    monthly_withholding_estimate,
    tax_on_taxable_income,
    tax_year,
)
from benefits.rules import RuleBook, default_rules

D = Decimal
RULES = default_rules()
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def facts(
    year: int = 2026,
    status: str = "single",
    age: int = 40,
    wages: str = "0",
    ssdi: str = "0",
    other: str = "0",
    children: int = 0,
    investment: str = "0",
) -> TaxYearFacts:
    return TaxYearFacts(
        year=year,
        filing_status=status,
        age=age,  # type: ignore[arg-type]
        wages=D(wages),
        social_security_benefits=D(ssdi),
        other_income=D(other),
        qualifying_children=children,
        investment_income=D(investment),
    )


# --- Taxable Social Security (Pub. 915 Worksheet 1; 26 U.S.C. 86) -------------------------------


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_pub_915_worksheet_example_e5(year: int) -> None:
    # [Pub17-2015]: benefits 5,980; pension 18,600 + wages 9,400 + interest 990 = 28,990.
    # Line 2 = 2,990; line 8 = 31,980; line 10 = 6,980; line 11 = 9,000; line 12 = 0;
    # line 14 = 3,490; line 15 = min(2,990, 3,490) = 2,990; line 18 = 5,083; taxable = 2,990.
    ex = Explainer(Month(year, 1))
    result = tax_year(facts(year, wages="9400", ssdi="5980", other="19590"), RULES, ex)
    assert result.taxable_social_security == D("2990.00")
    assert result.adjusted_gross_income == D("31980.00")  # 9,400 + 19,590 + 2,990
    assert any(s.cite.startswith("26 U.S.C. 86") for s in ex.steps)


def test_only_ssdi_none_taxable() -> None:
    # SSDI 18,000, nothing else: 9,000 + 0 <= 25,000 (86(c)(1)(A)) -> none taxable, AGI 0,
    # no tax, and no EITC: SSDI is not earned income (32(c)(2)).
    result = tax_year(facts(ssdi="18000"), RULES, None)
    assert result.taxable_social_security == 0
    assert result.adjusted_gross_income == 0
    assert result.income_tax == 0
    assert result.eitc == 0 and "no earned income" in result.eitc_reason


def test_typical_worker_below_base_amount() -> None:
    # federal_tax.yaml example: SSDI 18,000 + wages 15,000 -> 9,000 + 15,000 = 24,000 <= 25,000.
    assert tax_year(facts(wages="15000", ssdi="18000"), RULES, None).taxable_social_security == 0


def test_wages_and_ssdi_part_taxable() -> None:
    # 2026 single, wages 24,000, SSDI 14,400: provisional 7,200 + 24,000 = 31,200, 6,200 over
    # 25,000 and under 34,000: taxable = min(7,200, 50% x 6,200) = 3,100.
    # AGI 27,100 - 16,100 = 11,000 taxable income; tax 10% = 1,100.00.
    result = tax_year(facts(wages="24000", ssdi="14400"), RULES, None)
    assert result.taxable_social_security == D("3100.00")
    assert result.adjusted_gross_income == D("27100.00")
    assert result.standard_deduction == D("16100")
    assert result.taxable_income == D("11000.00")
    assert result.income_tax == D("1100.00")
    assert result.eitc == 0  # 27,100 is past the no-child completed phase-out 19,540


def test_ssdi_taxable_capped_at_85_percent() -> None:
    # Wages 40,000, SSDI 20,000: provisional 50,000; 25,000 over base, 16,000 over 34,000;
    # 4,500 + 85% x 16,000 = 18,100 > 85% x 20,000 = 17,000 -> 17,000 (86(a)(2)).
    assert tax_year(facts(wages="40000", ssdi="20000"), RULES, None).taxable_social_security == D(
        "17000.00"
    )


# --- Standard deduction and the rate schedule (26 U.S.C. 1(j), 63) --------------------------------


def test_bracket_boundary_single_2026() -> None:
    # [RP] 2025-32 sec. 4.01 Table 3: 12% starts above 12,400. Wages 28,500 - 16,100 = 12,400
    # -> 10% x 12,400 = 1,240.00; one dollar more is taxed at 12%: 1,240.12.
    assert tax_year(facts(wages="28500"), RULES, None).income_tax == D("1240.00")
    assert tax_year(facts(wages="28501"), RULES, None).income_tax == D("1240.12")


def test_bracket_boundary_head_of_household_2026() -> None:
    # Table 2: 12% above 17,700; HoH deduction 24,150. Wages 41,850 -> 17,700 -> 1,770.00.
    result = tax_year(facts(status="head_of_household", wages="41850"), RULES, None)
    assert result.standard_deduction == D("24150")
    assert result.income_tax == D("1770.00")


@pytest.mark.parametrize(
    ("year", "start", "tax"),
    [
        (2024, "100525", "17168.50"),  # 1,160 + 12% x 35,550 + 22% x 53,375
        (2025, "103350", "17651.00"),  # 1,192.50 + 12% x 36,550 + 22% x 54,875
        (2026, "105700", "17966.00"),  # 1,240 + 12% x 38,000 + 22% x 55,300
    ],
)
def test_tax_at_start_of_24_percent_bracket(year: int, start: str, tax: str) -> None:
    # The "plus 24% of the excess over" amounts of each Rev. Proc.'s Table 3 (single).
    amount, uses = tax_on_taxable_income(D(start), "single", RULES, Month(year, 1))
    assert amount == D(tax)
    assert {u.id for u in uses} >= {"irs.income_tax.rate.bracket_4"}


def test_standard_deduction_obbba_2025() -> None:
    # 63(c)(7) as amended by OBBBA: 2025 single 15,750 (was 15,000), HoH 23,625 (was 22,500).
    assert tax_year(facts(2025, wages="20000"), RULES, None).standard_deduction == D("15750")
    assert tax_year(
        facts(2025, "head_of_household", wages="30000"), RULES, None
    ).standard_deduction == D("23625")


def test_65_or_over_additional_and_senior_deduction() -> None:
    # 2026, age 66, wages 30,000: 16,100 + 2,050 (63(f)) = 18,150; senior deduction 6,000
    # (151(d)(5)(C)); taxable 30,000 - 18,150 - 6,000 = 5,850; tax 585.00.
    result = tax_year(facts(age=66, wages="30000"), RULES, None)
    assert result.standard_deduction == D("18150")
    assert result.taxable_income == D("5850.00")
    assert result.income_tax == D("585.00")
    # 2024: no senior deduction yet; 14,600 + 1,950 = 16,550; taxable 13,450;
    # 1,160 + 12% x 1,850 = 1,382.00.
    assert tax_year(facts(2024, age=66, wages="30000"), RULES, None).income_tax == D("1382.00")
    # Phase-out: AGI 100,000 -> 6,000 - 6% x 25,000 = 4,500; 100,000 - 18,150 - 4,500 = 77,350.
    assert tax_year(facts(age=70, wages="100000"), RULES, None).taxable_income == D("77350.00")


# --- EITC (26 U.S.C. 32) -------------------------------------------------------------------------


def test_eitc_no_child_plateau() -> None:
    # 2026: earned income amount 8,680 <= 10,000 < phase-out start 10,860 -> maximum 664.
    result = tax_year(facts(wages="10000"), RULES, None)
    assert result.eitc == D("664.00")


def test_eitc_no_child_phase_in_and_phase_out_table_vs_formula() -> None:
    p = eitc_parameters(2026, 0, RULES)
    # [E8] 5,000: formula 7.65% x 5,000 = 382.50; table band 5,000-5,050, midpoint 5,025:
    # 384.41 -> 384.
    assert eitc_by_formula(D("5000"), p) == D("382.50")
    assert tax_year(facts(wages="5000"), RULES, None).eitc == D("384.00")
    # [E8] 12,000: formula 664 - 7.65% x 1,140 = 576.79; table midpoint 12,025:
    # 664 - 7.65% x 1,165 = 574.88 -> 575.
    assert eitc_by_formula(D("12000"), p) == D("576.79")
    assert tax_year(facts(wages="12000"), RULES, None).eitc == D("575.00")


@pytest.mark.parametrize("age", [24, 65])
def test_eitc_no_child_age_limits(age: int) -> None:
    # 32(c)(1)(A)(ii)(II): at least 25 and under 65 at the end of the year.
    result = tax_year(facts(age=age, wages="8000"), RULES, None)
    assert result.eitc == 0
    assert "at least 25 and under 65" in result.eitc_reason
    # With a qualifying child there is no age test: 34% x 8,025 = 2,728.50 -> 2,729.
    assert tax_year(facts(age=age, wages="8000", children=1), RULES, None).eitc == D("2729.00")


def test_eitc_one_child() -> None:
    # [E8] 2025, 1 child, 20,000: plateau (12,730 <= 20,000 < 23,350) -> 4,328.
    assert tax_year(
        facts(2025, "head_of_household", wages="20000", children=1), RULES, None
    ).eitc == D("4328.00")
    # [E8] 2026 HoH, 30,000: formula 4,427 - 15.98% x 6,110 = 3,450.62; table midpoint 30,025:
    # 4,427 - 15.98% x 6,135 = 3,446.63 -> 3,447.
    assert eitc_by_formula(D("30000"), eitc_parameters(2026, 1, RULES)) == D("3450.62")
    assert tax_year(
        facts(status="head_of_household", wages="30000", children=1), RULES, None
    ).eitc == D("3447.00")


def test_eitc_two_children() -> None:
    # 2026 phase-in: 40% x 15,025 = 6,010 (formula 40% x 15,000 = 6,000).
    assert tax_year(
        facts(status="head_of_household", wages="15000", children=2), RULES, None
    ).eitc == D("6010.00")
    # 2025 phase-out: 7,152 - 21.06% x (35,025 - 23,350) = 4,693.245 -> 4,693.
    assert tax_year(
        facts(2025, "head_of_household", wages="35000", children=2), RULES, None
    ).eitc == D("4693.00")


def test_eitc_smaller_of_earned_income_and_agi() -> None:
    # EIC Worksheet A: 2026 HoH, 1 child, wages 20,000, SSDI 30,000. Provisional 15,000 +
    # 20,000 = 35,000: 4,500 + 85% x 1,000 = 5,350 taxable; AGI 25,350 >= 23,890, so the
    # table amount for AGI (midpoint 25,375: 4,427 - 15.98% x 1,485 = 4,189.70 -> 4,190) is
    # smaller than the 4,427 for earned income.
    result = tax_year(
        facts(status="head_of_household", wages="20000", ssdi="30000", children=1), RULES, None
    )
    assert result.taxable_social_security == D("5350.00")
    assert result.eitc == D("4190.00")
    assert result.income_tax == D("120.00")  # 25,350 - 24,150 = 1,200 at 10%


def test_eitc_investment_income_limit() -> None:
    # 32(i): 2026 limit 12,200 is a cliff, not a phase-out.
    assert tax_year(facts(wages="10000", investment="12200"), RULES, None).eitc == D("664.00")
    result = tax_year(facts(wages="10000", investment="12200.01"), RULES, None)
    assert result.eitc == 0 and "investment income" in result.eitc_reason


@pytest.mark.parametrize(
    ("income", "children", "expected"),
    [
        ("49600", 2, "205"),
        ("50000", 2, "120"),
        ("50450", 2, "26"),
        ("49600", 3, "907"),
        ("52000", 3, "401"),
        ("52850", 3, "222"),
    ],
)
def test_table_method_reproduces_the_2017_eic_table(
    income: str, children: int, expected: str
) -> None:
    # [EIC-2017] married filing jointly: 2 children max 5,616, 3+ max 6,318, 40%/45% of the
    # 14,040 earned income amount, 21.06% phase-out from 23,930. E.g. 49,600-49,650:
    # 5,616 - 21.06% x (49,625 - 23,930) = 204.6 -> 205 (the formula at 49,600 gives 209.90).
    p = EitcParameters(
        credit_rate=D(40 if children == 2 else 45),
        phaseout_rate=D("21.06"),
        earned_income_amount=D(14040),
        max_credit=D(5616 if children == 2 else 6318),
        phaseout_start=D(23930),
        phaseout_end=D(50597 if children == 2 else 53930),
    )
    assert eic_table_amount(D(income), p) == D(expected)
    assert eic_table_amount(D(income) + D("49.99"), p) == D(expected)  # same $50 band


@pytest.mark.parametrize("year", [2024, 2025, 2026])
@pytest.mark.parametrize("children", [0, 1, 2, 3])
def test_eitc_rule_values_agree(year: int, children: int) -> None:
    # [RP] The maximum is the credit rate x the earned income amount, and the completed
    # phase-out is start + maximum / phase-out rate, each rounded to the dollar (32(j)(2)).
    p = eitc_parameters(year, children, RULES)
    whole = D(1)
    rate, po = p.credit_rate / 100, p.phaseout_rate / 100
    assert (rate * p.earned_income_amount).quantize(whole, ROUND_HALF_UP) == p.max_credit
    assert (p.phaseout_start + p.max_credit / po).quantize(whole, ROUND_HALF_UP) == p.phaseout_end
    assert RULES.at(EITC_MAX_CREDIT[children], Month(year, 1)).value == p.max_credit


def test_explanation_steps_cite_the_law() -> None:
    ex = Explainer(Month(2026, 1))
    tax_year(facts(age=66, wages="30000", ssdi="12000"), RULES, ex)
    rules_seen = [s.rule for s in ex.steps]
    assert rules_seen == [
        "taxes.taxable_social_security",
        "taxes.adjusted_gross_income",
        "taxes.senior_deduction",
        "taxes.standard_deduction",
        "taxes.income_tax.not_modeled",
        "taxes.income_tax",
        "taxes.eitc",
    ]
    assert all(s.cite for s in ex.steps)
    assert [s.not_modeled for s in ex.steps].count(True) == 1


# --- Withholding estimate -------------------------------------------------------------------------


def test_monthly_withholding_estimate() -> None:
    # 1,100 a year, 2,000 of 24,000 wages this month -> 1,100 x 2,000 / 24,000 = 91.67.
    assert monthly_withholding_estimate(D("1100.00"), D("2000"), D("24000")) == D("91.67")
    assert monthly_withholding_estimate(D("1100.00"), D("0"), D("24000")) == 0
    assert monthly_withholding_estimate(D("1100.00"), D("2000"), D("0")) == 0
    assert monthly_withholding_estimate(D("0"), D("2000"), D("24000")) == 0


# --- Properties -----------------------------------------------------------------------------------

money = st.decimals(min_value=0, max_value=250_000, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def tax_facts(draw: st.DrawFn) -> TaxYearFacts:
    return TaxYearFacts(
        year=draw(st.sampled_from([2024, 2025, 2026])),
        filing_status=draw(st.sampled_from(["single", "head_of_household"])),
        age=draw(st.integers(min_value=18, max_value=90)),
        wages=draw(money),
        social_security_benefits=draw(st.decimals(min_value=0, max_value=60_000, places=2)),
        other_income=draw(st.decimals(min_value=0, max_value=20_000, places=2)),
        qualifying_children=draw(st.integers(min_value=0, max_value=4)),
        investment_income=draw(st.decimals(min_value=0, max_value=15_000, places=2)),
    )


@SETTINGS
@given(f=tax_facts())
def test_eitc_and_tax_never_negative(f: TaxYearFacts) -> None:
    result = tax_year(f, RULES, None)
    assert result.eitc >= 0
    assert result.income_tax >= 0
    assert 0 <= result.taxable_social_security <= f.social_security_benefits


@SETTINGS
@given(f=tax_facts(), extra=st.decimals(min_value=0, max_value=50_000, places=2))
def test_more_wages_never_lower_income_tax(f: TaxYearFacts, extra: Decimal) -> None:
    base = tax_year(f, RULES, None)
    more = tax_year(replace(f, wages=f.wages + extra), RULES, None)
    assert more.income_tax >= base.income_tax


def test_rules_fixture_is_the_same_book(rules: RuleBook) -> None:
    assert rules.at("irs.income_tax.standard_deduction.single", Month(2026, 1)).value == 16100
