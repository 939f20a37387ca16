"""SNAP: worked examples compared exactly, and properties (7 CFR 273.9, 273.10).

Examples E3, E4 and E7 are from ../shared/reference/other_rules.md section 5 (E3 and E4 from
a South Dakota benefits-planning example, consistent with PA DHS Appendix D; E7 derived there
from the FY2026 FNS values). Amounts are monthly.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_CEILING, Decimal

import pytest
from hypothesis import HealthCheck, example, given, note, settings
from hypothesis import strategies as st

from benefits.explain import Explainer
from benefits.months import Month
from benefits.programs import snap
from benefits.programs.poverty import poverty_guideline
from benefits.programs.snap import SnapFacts, SnapResult, snap_benefit
from benefits.rules import RuleBook, RuleError

D = Decimal
FY2026 = Month(2026, 3)  # FY2026 runs 2025-10 through 2026-09
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def facts(**changes: object) -> SnapFacts:
    """A one-person, non-disabled household in Ohio with no income or costs, then `changes`."""
    base = SnapFacts(
        month=FY2026,
        state="OH",
        household_size=1,
        elderly_or_disabled=False,
        earned_income=D("0.00"),
        unearned_income=D("0.00"),
        medical_expenses=D("0.00"),
        dependent_care=D("0.00"),
        shelter_cost=D("0.00"),
        utility_allowance=D("0.00"),
        categorically_eligible=False,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def run(f: SnapFacts, rules: RuleBook) -> tuple[SnapResult, Explainer]:
    ex = Explainer(f.month)
    return snap_benefit(f, rules, ex), ex


# --- the 30% rounding and the minimum benefit (7 CFR 273.10(e)(2)(ii)(A) and (C)) ---


def test_e3_thirty_percent_rounds_up_to_the_dollar() -> None:
    # E3 (other_rules.md 5): 3 people, net income $1,465, maximum allotment $526 (FY2013 value,
    # given as input): 30% = $439.50 -> $440 (7 CFR 273.10(e)(2)(ii)(A)(1)); 526 - 440 = $86
    contribution = snap.thirty_percent_of_net_income(D("1465.00"), D("0.30"))
    assert contribution == D("440.00")
    assert snap.allotment(D("526.00"), contribution, 3, D("16.00")) == D("86.00")


def test_e4_minimum_benefit_for_two_people() -> None:
    # E4 (other_rules.md 5): 2 people, categorically eligible via SSI, net $1,180, maximum $367,
    # minimum then $16: 367 - 354 = $13 < $16 -> $16 (7 CFR 273.10(e)(2)(ii)(C))
    contribution = snap.thirty_percent_of_net_income(D("1180.00"), D("0.30"))
    assert contribution == D("354.00")
    assert snap.allotment(D("367.00"), contribution, 2, D("16.00")) == D("16.00")
    # a household of three gets no minimum
    assert snap.allotment(D("367.00"), D("400.00"), 3, D("16.00")) == D("0.00")


def test_e4_today_two_person_ssi_household_gets_the_fy2026_minimum(rules: RuleBook) -> None:
    # Same rule with FY2026 values: 2 people, all on SSI (categorically eligible), disabled;
    # SSI 2 x $994 = $1,988; std $209; rent $900: adjusted 1,779.00; half 889.50; excess 10.50;
    # net 1,768.50 (over the $1,763 net limit, but no net test: 7 CFR 273.2(j)(2));
    # 30% = 530.55 -> 531; 546 - 531 = 15 < $24 -> $24
    result, _ = run(
        facts(
            household_size=2,
            elderly_or_disabled=True,
            categorically_eligible=True,
            unearned_income=D("1988.00"),
            shelter_cost=D("900.00"),
        ),
        rules,
    )
    assert result.net_income == D("1768.50")
    assert (result.benefit, result.eligible) == (D("24.00"), True)


# --- E7: FY2026, one disabled person, utilities in the rent (no SUA) ---


def test_e7_case_a(rules: RuleBook) -> None:
    # other_rules.md E7 A: SSDI $1,000, wages $400, Part B $202.90, rent $800.
    # gross 1,400 (no gross test: disabled); - 80 (20%) - 209 (std) - 167.90 (202.90 - 35) = 943.10;
    # excess shelter 800 - 471.55 = 328.45 (no cap); net 614.65 <= 1,305;
    # 30% = 184.395 -> 185; 298 - 185 = $113
    result, ex = run(
        facts(
            elderly_or_disabled=True,
            earned_income=D("400.00"),
            unearned_income=D("1000.00"),
            medical_expenses=D("202.90"),
            shelter_cost=D("800.00"),
        ),
        rules,
    )
    assert result == SnapResult(D("113.00"), True, result.reason, D("1400.00"), D("614.65"))
    cites = " ".join(s.cite for s in ex.steps)
    assert "7 CFR 273.9(d)(6)(ii)" in cites and "7 CFR 273.10(e)(2)(ii)(A)" in cites
    assert "7 CFR 273.9(d)(3)" in cites and "7 CFR 273.9(d)(2)" in cites
    assert ex.steps[-1].rule == "snap.benefit" and ex.steps[-1].amount == D("113.00")
    assert not any(s.carried_forward for s in ex.steps)


def test_e7_case_b_minimum_benefit(rules: RuleBook) -> None:
    # other_rules.md E7 B: SSDI $1,100, wages $600, Part B $202.90, rent $700.
    # gross 1,700; - 120 - 209 - 167.90 = 1,203.10; excess 700 - 601.55 = 98.45; net 1,104.65;
    # 30% = 331.395 -> 332; 298 - 332 < 0 -> eligible 1-person household gets the $24 minimum
    result, ex = run(
        facts(
            elderly_or_disabled=True,
            earned_income=D("600.00"),
            unearned_income=D("1100.00"),
            medical_expenses=D("202.90"),
            shelter_cost=D("700.00"),
        ),
        rules,
    )
    assert (result.benefit, result.eligible) == (D("24.00"), True)
    assert (result.gross_income, result.net_income) == (D("1700.00"), D("1104.65"))
    assert "7 CFR 273.10(e)(2)(ii)(C)" in ex.steps[-1].cite


# --- the income tests (7 CFR 273.9(a)) ---


def test_gross_income_test_fails_for_a_household_without_elderly_or_disabled(
    rules: RuleBook,
) -> None:
    # FY2026 gross limit for 1 person $1,696 (FNS COLA page); wages $1,800 > $1,696
    result, ex = run(facts(earned_income=D("1800.00")), rules)
    assert (result.benefit, result.eligible) == (D("0.00"), False)
    assert "1,696.00" in result.reason and "7 CFR 273.9(a)(1)" in ex.steps[-1].cite
    # the same wages for a disabled person: no gross test; 1,800 - 360 - 209 = 1,231 <= 1,305;
    # 30% = 369.30 -> 370 > 298 -> the $24 minimum
    disabled, _ = run(facts(earned_income=D("1800.00"), elderly_or_disabled=True), rules)
    assert (disabled.benefit, disabled.net_income) == (D("24.00"), D("1231.00"))


def test_net_income_test(rules: RuleBook) -> None:
    # Disabled, unearned $1,600: 1,600 - 209 = 1,391 > $1,305 net limit -> not eligible
    result, _ = run(facts(elderly_or_disabled=True, unearned_income=D("1600.00")), rules)
    assert (result.benefit, result.eligible, result.net_income) == (D("0.00"), False, D("1391.00"))
    # categorically eligible (e.g. SSI): no net test; 30% = 417.30 -> 418 > 298 -> $24 minimum
    cat, _ = run(
        facts(elderly_or_disabled=True, categorically_eligible=True, unearned_income=D("1600.00")),
        rules,
    )
    assert (cat.benefit, cat.eligible) == (D("24.00"), True)


def test_limit_is_inclusive(rules: RuleBook) -> None:
    # gross exactly at the FY2026 1-person limit $1,696 passes ("exceeds" fails, 7 CFR 273.9(a))
    result, _ = run(facts(unearned_income=D("1696.00")), rules)
    assert result.gross_income == D("1696.00") and result.net_income == D("1487.00")
    assert not result.eligible  # but net 1,696 - 209 = 1,487 > 1,305


# --- the excess shelter deduction (7 CFR 273.9(d)(6)(ii)) ---


def test_shelter_cap_applies_only_without_elderly_or_disabled_member(rules: RuleBook) -> None:
    # FY2026, 3 people, wages $2,000, rent $1,600 + SUA $400:
    # 2,000 - 400 (20%) - 209 (std) = 1,391; shelter 2,000 - 695.50 = 1,304.50
    # non-disabled: capped at $744 (CT DSS FY2026) -> net 647; 30% = 194.10 -> 195; 785 - 195 = 590
    household = facts(
        household_size=3,
        earned_income=D("2000.00"),
        shelter_cost=D("1600.00"),
        utility_allowance=D("400.00"),
    )
    capped, ex = run(household, rules)
    assert (capped.net_income, capped.benefit) == (D("647.00"), D("590.00"))
    shelter = next(s for s in ex.steps if s.rule == "snap.excess_shelter_deduction")
    assert shelter.amount == D("744.00") and "usda.snap.excess_shelter_cap" in {
        u.id for u in shelter.uses
    }
    # disabled member: no cap -> net 1,391 - 1,304.50 = 86.50; 30% = 25.95 -> 26; 785 - 26 = 759
    uncapped, _ = run(replace(household, elderly_or_disabled=True), rules)
    assert (uncapped.net_income, uncapped.benefit) == (D("86.50"), D("759.00"))


def test_dependent_care_is_deducted(rules: RuleBook) -> None:
    # FY2026, 3 people, wages $1,500, child care $300, no shelter cost:
    # 1,500 - 300 - 209 - 300 = 691; 30% = 207.30 -> 208; 785 - 208 = 577
    result, _ = run(
        facts(household_size=3, earned_income=D("1500.00"), dependent_care=D("300.00")), rules
    )
    assert (result.net_income, result.benefit) == (D("691.00"), D("577.00"))


def test_medical_deduction_only_for_elderly_or_disabled(rules: RuleBook) -> None:
    # unearned $900, medical $135: disabled -> 900 - 209 - 100 = 591; otherwise 691
    disabled, _ = run(
        facts(elderly_or_disabled=True, unearned_income=D("900.00"), medical_expenses=D("135.00")),
        rules,
    )
    other, _ = run(facts(unearned_income=D("900.00"), medical_expenses=D("135.00")), rules)
    assert (disabled.net_income, other.net_income) == (D("591.00"), D("691.00"))


# --- household sizes beyond the table (each additional person) ---


def test_household_of_nine(rules: RuleBook) -> None:
    # FY2026: max allotment 1,789 + 218 = 2,007; gross limit 5,867 + 596 = 6,463;
    # net limit 4,513 + 459 = 4,972; standard deduction for 6+ = 299.
    # wages $6,000: 6,000 - 1,200 - 299 = 4,501 <= 4,972; 30% = 1,350.30 -> 1,351;
    # 2,007 - 1,351 = 656
    nine = facts(household_size=9, earned_income=D("6000.00"))
    result, ex = run(nine, rules)
    assert (result.net_income, result.benefit) == (D("4501.00"), D("656.00"))
    assert "usda.snap.max_allotment.each_additional" in {u.id for u in ex.steps[-1].uses}
    assert run(replace(nine, earned_income=D("0.00")), rules)[0].benefit == D("2007.00")
    over, _ = run(replace(nine, earned_income=D("6464.00")), rules)  # over 6,463
    assert not over.eligible and "6,463.00" in over.reason


def test_three_or_more_get_no_minimum(rules: RuleBook) -> None:
    # 3 people, disabled, categorically eligible, unearned $3,200, no shelter:
    # net 3,200 - 209 = 2,991; 30% = 897.30 -> 898 > 785 -> $0, not the minimum
    result, _ = run(
        facts(
            household_size=3,
            elderly_or_disabled=True,
            categorically_eligible=True,
            unearned_income=D("3200.00"),
        ),
        rules,
    )
    assert (result.benefit, result.eligible) == (D("0.00"), False)


# --- fiscal years (October 1) ---


@pytest.mark.parametrize(
    ("month", "maximum"),
    [
        (Month(2024, 1), D("291.00")),  # FY2024 [3P]
        (Month(2024, 9), D("291.00")),
        (Month(2024, 10), D("292.00")),  # FY2025 [3P]
        (Month(2025, 9), D("292.00")),
        (Month(2025, 10), D("298.00")),  # FY2026 [O]
        (Month(2026, 9), D("298.00")),
        (Month(2026, 10), D("306.00")),  # FY2027 [3P, memo quoted by public projects]
    ],
)
def test_fiscal_year_starts_in_october(rules: RuleBook, month: Month, maximum: Decimal) -> None:
    assert run(facts(month=month), rules)[0].benefit == maximum  # no income: the maximum


def test_months_after_fy2027_are_carried_forward_and_flagged(rules: RuleBook) -> None:
    result, ex = run(facts(month=Month(2027, 10)), rules)
    assert result.benefit == D("306.00")
    assert ex.steps[-1].carried_forward and "not yet published" in ex.steps[-1].because


def test_before_the_first_snap_year_is_an_error(rules: RuleBook) -> None:
    with pytest.raises(RuleError, match="no value before"):
        snap_benefit(facts(month=Month(2023, 9)), rules, None)


def test_alaska_and_hawaii_are_not_modelled(rules: RuleBook) -> None:
    for state in ("AK", "HI"):
        result, ex = run(facts(state=state, unearned_income=D("500.00")), rules)
        assert (result.benefit, result.eligible, result.modelled) == (D("0.00"), False, False)
        assert ex.steps[-1].not_modeled and "not modelled" in result.reason


def test_fiscal_year() -> None:
    assert snap.fiscal_year(Month(2025, 9)) == 2025
    assert snap.fiscal_year(Month(2025, 10)) == 2026


# --- the income limit tables against the HHS guidelines (7 CFR 273.9(a)) ---

FNS_FY2026_GROSS = [1696, 2292, 2888, 3483, 4079, 4675, 5271, 5867]  # FNS COLA page [O]
FNS_FY2026_NET = [1305, 1763, 2221, 2680, 3138, 3596, 4055, 4513]


@pytest.mark.parametrize("fy_start", [Month(2024, 10), Month(2025, 10), Month(2026, 10)])
def test_income_limits_follow_the_poverty_guideline_in_force_on_october_1(
    rules: RuleBook, fy_start: Month
) -> None:
    # USDA: monthly limit = annual guideline (x 1.30 for gross) / 12, rounded up to the dollar;
    # each person beyond 8 adds the increment treated the same way
    guideline_month = Month(fy_start.year, 10)
    for size in range(1, 13):
        for share, table, more in (
            (D("1.30"), snap.GROSS_INCOME_LIMIT, snap.GROSS_INCOME_LIMIT_EACH_ADDITIONAL),
            (D("1"), snap.NET_INCOME_LIMIT, snap.NET_INCOME_LIMIT_EACH_ADDITIONAL),
        ):
            limit, _ = snap.by_household_size(
                table=table, each_additional=more, size=size, month=fy_start, rules=rules
            )
            annual, _ = poverty_guideline(guideline_month, "OH", min(size, 8), rules)
            expected = (annual * share / 12).to_integral_value(ROUND_CEILING)
            if size > 8:
                step, _ = poverty_guideline(guideline_month, "OH", 2, rules)
                increment = step - poverty_guideline(guideline_month, "OH", 1, rules)[0]
                expected += (increment * share / 12).to_integral_value(ROUND_CEILING) * (size - 8)
            assert limit == expected, (fy_start, size, share)


def test_fy2026_limits_equal_the_fns_table(rules: RuleBook) -> None:
    for size in range(1, 9):
        gross, _ = snap.by_household_size(
            table=snap.GROSS_INCOME_LIMIT,
            each_additional=None,
            size=size,
            month=FY2026,
            rules=rules,
        )
        net, _ = snap.by_household_size(
            table=snap.NET_INCOME_LIMIT, each_additional=None, size=size, month=FY2026, rules=rules
        )
        assert (gross, net) == (FNS_FY2026_GROSS[size - 1], FNS_FY2026_NET[size - 1])


# --- properties ---

cash = st.decimals(min_value=0, max_value=4000, places=2, allow_nan=False, allow_infinity=False)
snap_months = st.builds(Month, st.integers(2024, 2028), st.integers(1, 12)).filter(
    lambda m: m >= Month(2023, 10)
)


@st.composite
def households(draw: st.DrawFn, sizes: st.SearchStrategy[int]) -> SnapFacts:
    return SnapFacts(
        month=draw(snap_months),
        state=draw(st.sampled_from(["OH", "CA", "TX"])),
        household_size=draw(sizes),
        elderly_or_disabled=draw(st.booleans()),
        earned_income=draw(cash),
        unearned_income=draw(cash),
        medical_expenses=draw(cash),
        dependent_care=draw(cash),
        shelter_cost=draw(cash),
        utility_allowance=draw(cash),
        categorically_eligible=draw(st.booleans()),
    )


@SETTINGS
@given(f=households(st.integers(1, 2)))
def test_small_households_get_zero_or_at_least_the_minimum(rules: RuleBook, f: SnapFacts) -> None:
    result, ex = run(f, rules)
    note("\n".join(s.because for s in ex.steps))
    minimum = rules.at("usda.snap.minimum_benefit", f.month).value
    assert result.benefit == 0 or result.benefit >= minimum
    assert result.eligible == (result.benefit > 0)
    assert result.benefit == result.benefit.to_integral_value()  # whole dollars


@SETTINGS
@given(
    f=households(st.integers(1, 10)),
    extra=st.decimals(min_value=D("0.01"), max_value=1500, places=2),
)
@example(
    f=facts(
        elderly_or_disabled=True,
        earned_income=D("400.00"),
        unearned_income=D("1000.00"),
        medical_expenses=D("202.90"),
        shelter_cost=D("800.00"),
    ),
    extra=D("200.00"),
)
def test_more_earnings_never_raise_snap(rules: RuleBook, f: SnapFacts, extra: Decimal) -> None:
    base = snap_benefit(f, rules, None)
    more = snap_benefit(replace(f, earned_income=f.earned_income + extra), rules, None)
    note(f"{base} -> {more}")
    assert more.benefit <= base.benefit
    assert more.net_income >= base.net_income or not more.eligible
