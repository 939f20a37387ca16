"""Indexed amounts from their statutory formulas, so a year SSA has not yet published (or whose
published figure the package does not have) is computed from the published index, exactly as
SSA computes it.

Two index series are rules: the cost-of-living increase by the January it is paid (`ssa.cola`,
Social Security Act 215(i)) and the national average wage index by year (`ssa.awi`, SSA 209(k)).

- COLA-indexed amounts (the SSI federal benefit rates, 42 U.S.C. 1382f; the student earned
  income exclusion, 20 CFR 416.1112(c)(3)): the prior year's *unrounded* amount times
  (1 + COLA), kept to the cent; the FBR is then divided by 12 and rounded down to the dollar,
  the student exclusion rounded to the nearest $10.
- Wage-indexed amounts (SGA, 20 CFR 404.1574(b)(2) and 404.1584(d); the trial work threshold,
  404.1592(b)(2); the contribution and benefit base, 42 U.S.C. 430(b)): base amount times
  AWI(year - 2) / AWI(base year), rounded to the nearest $10 ($300 for the base), and never
  less than the prior year's amount. Blind SGA (an earnings-test exempt amount, SSA 203(f)(8))
  and the benefit base (42 U.S.C. 430(a)) are redetermined only in a year with a COLA.

- VA's maximum annual pension rates (38 U.S.C. 5312(a); 38 CFR 3.27(a), 3.29): each December 1,
  the last rate times (1 + the COLA paid the next January), rounded up to the dollar.

`extend()` adds, after each rule's last dated value, every year the formula can compute from
published index values; each carries its basis in words for the steps that use it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from .rules import DatedValue, Rule

CENT = Decimal("0.01")
COLA_RULE = "ssa.cola"
AWI_RULE = "ssa.awi"


@dataclass(frozen=True)
class ColaIndexed:
    """An amount raised each January by the COLA from a statutory base year."""

    cite: str
    base: Decimal  # the unrounded amount for base_year
    base_year: int
    monthly_from_annual: bool  # True: base is annual; the value is annual / 12 rounded down
    step: Decimal  # rounding of the value: 1 (down, for the FBR) or 10 (nearest)


@dataclass(frozen=True)
class WageIndexed:
    """An amount that follows the national average wage index two years back."""

    cite: str
    base: Decimal
    base_index_year: int  # the AWI year in the denominator
    first_year: int  # the first year the formula sets (earlier: the base amount)
    step: Decimal  # rounded to the nearest multiple (halves up)
    only_with_cola: bool  # redetermined only in a year with a COLA


FORMULAS: dict[str, ColaIndexed | WageIndexed] = {
    # July 1983 amounts after the Social Security Amendments of 1983 ($304.30 and $456.40 a
    # month); every later January applies the COLA to the unrounded annual amount.
    "ssa.ssi.federal_benefit_rate.individual": ColaIndexed(
        "42 U.S.C. 1382f; 20 CFR 416.405", Decimal("3651.60"), 1983, True, Decimal(1)
    ),
    "ssa.ssi.federal_benefit_rate.couple": ColaIndexed(
        "42 U.S.C. 1382f; 20 CFR 416.405", Decimal("5476.80"), 1983, True, Decimal(1)
    ),
    # 2001 amounts set by 20 CFR 416.1112(c)(3), raised by the COLA from 2002.
    "ssa.ssi.student_exclusion.monthly": ColaIndexed(
        "20 CFR 416.1112(c)(3)", Decimal("1290.00"), 2001, False, Decimal(10)
    ),
    "ssa.ssi.student_exclusion.annual": ColaIndexed(
        "20 CFR 416.1112(c)(3)", Decimal("5200.00"), 2001, False, Decimal(10)
    ),
    "ssa.sga.non_blind": WageIndexed(
        "20 CFR 404.1574(b)(2)", Decimal(700), 1998, 2001, Decimal(10), False
    ),
    "ssa.sga.blind": WageIndexed("20 CFR 404.1584(d)", Decimal(930), 1992, 1995, Decimal(10), True),
    "ssa.ssdi.trial_work_threshold": WageIndexed(
        "20 CFR 404.1592(b)(2)", Decimal(530), 1999, 2002, Decimal(10), False
    ),
    "ssa.contribution_and_benefit_base": WageIndexed(
        "42 U.S.C. 430(b)", Decimal(60600), 1992, 1995, Decimal(300), True
    ),
}


@dataclass(frozen=True, slots=True)
class Computed:
    year: int
    value: Decimal
    unrounded: Decimal
    index: DatedValue  # the COLA or wage index value the year was computed from
    index_year: int
    base_index: Decimal = Decimal(0)  # wage-indexed: the AWI of the base year


def series(rule: Rule) -> dict[int, DatedValue]:
    """An index rule's values by year (the COLA by the January it is paid; AWI by its year)."""
    return {v.effective.year: v for v in rule.values if v.value is not None}


def nearest(amount: Decimal, step: Decimal) -> Decimal:
    """Round to the nearest multiple of `step`, halves up (42 U.S.C. 430(b); SSA's $10 rule)."""
    return (amount / step).quantize(Decimal(1), ROUND_HALF_UP) * step


def cola_indexed(
    formula: ColaIndexed, cola: dict[int, DatedValue], through: int
) -> dict[int, Computed]:
    """Each year's amount through `through`, for every year whose COLA is known."""
    out: dict[int, Computed] = {}
    unrounded = formula.base
    for year in range(formula.base_year + 1, through + 1):
        rate = cola.get(year)
        if rate is None or rate.value is None:
            break  # no published COLA: the chain stops; later years carry forward
        unrounded = (unrounded * (1 + rate.value / 100)).quantize(CENT, ROUND_HALF_UP)
        if formula.monthly_from_annual:
            value = (unrounded / 12).quantize(Decimal(1), ROUND_FLOOR)
        else:
            value = nearest(unrounded, formula.step)
        out[year] = Computed(year, value.quantize(CENT), unrounded, rate, year)
    return out


def wage_indexed(
    formula: WageIndexed,
    awi: dict[int, DatedValue],
    cola: dict[int, DatedValue],
    through: int,
) -> dict[int, Computed]:
    """Each year's amount through `through`, for every year whose wage index (and COLA) is known."""
    out: dict[int, Computed] = {}
    base_index = awi[formula.base_index_year].value
    assert base_index is not None
    prior = formula.base
    for year in range(formula.first_year, through + 1):
        index = awi.get(year - 2)
        rate = cola.get(year)
        if index is None or index.value is None or (formula.only_with_cola and rate is None):
            break
        unrounded = formula.base * index.value / base_index
        value = prior
        if not (formula.only_with_cola and rate is not None and rate.value == 0):
            value = max(prior, nearest(unrounded, formula.step))
        out[year] = Computed(year, value.quantize(CENT), unrounded, index, year - 2, base_index)
        prior = value
    return out


def compute(rule_id: str, rules: dict[str, Rule], through: int) -> dict[int, Computed]:
    """The formula's value for every computable year through `through`."""
    formula = FORMULAS[rule_id]
    cola = series(rules[COLA_RULE])
    if isinstance(formula, ColaIndexed):
        return cola_indexed(formula, cola, through)
    return wage_indexed(formula, series(rules[AWI_RULE]), cola, through)


def basis(rule_id: str, computed: Computed) -> str:
    """The step's words for a computed value."""
    formula = FORMULAS[rule_id]
    index = computed.index
    assert index.value is not None
    if index.origin in ("overlay", "override"):
        where = f"from the local rules overlay {index.overlay}, source: {index.source}"
    elif index.quality == "secondary":
        where = f"secondary source: {index.source}"
    else:
        where = "published by SSA"
    if isinstance(formula, ColaIndexed):
        what = f"the {computed.index_year} COLA of {index.value}% ({where})"
        how = (
            f"the prior year's unrounded amount × {1 + index.value / 100} = ${computed.unrounded:,}"
        )
        if formula.monthly_from_annual:
            how += " a year, / 12 rounded down to the dollar"
        else:
            how += ", rounded to the nearest $10"
    else:
        what = f"the {computed.index_year} national average wage index (${index.value:,}; {where})"
        how = (
            f"${formula.base:,} × {index.value:,} / {computed.base_index:,}"
            f" = ${computed.unrounded.quantize(CENT):,}, rounded to the nearest ${formula.step}"
            " and never less than the year before"
        )
    return f"computed by {formula.cite} from {what}: {how}"


# VA's maximum annual pension rates and its net worth limit rise each December 1 by the COLA
# Social Security pays the next January (38 U.S.C. 5312(a); 38 CFR 3.27(a), 3.274(a)); each
# amount VA publishes is the year before's times the COLA, rounded up to the dollar (38 CFR 3.29;
# rules/va/pension/ shows the check).
VA_DECEMBER_RATES = (
    "va.pension.maximum_annual_rate.veteran_alone",
    "va.pension.maximum_annual_rate.veteran_one_dependent",
    "va.pension.maximum_annual_rate.housebound_alone",
    "va.pension.maximum_annual_rate.housebound_one_dependent",
    "va.pension.maximum_annual_rate.aid_attendance_alone",
    "va.pension.maximum_annual_rate.aid_attendance_one_dependent",
    "va.pension.maximum_annual_rate.additional_child",
    "va.pension.net_worth_limit",
)


def va_december_rates(rule: Rule, cola: dict[int, DatedValue], through: int) -> list[DatedValue]:
    """The Decembers after the rule's last value, each from the COLA paid the next January."""
    last = rule.values[-1]
    assert last.value is not None
    value, out = last.value, []
    for year in range(last.effective.year + 1, through + 1):
        rate = cola.get(year + 1)
        if rate is None or rate.value is None:
            break  # no published COLA: later Decembers carry forward
        unrounded = value * (1 + rate.value / 100)
        rounded = unrounded.quantize(Decimal(1), ROUND_CEILING).quantize(CENT)
        where = "published by SSA"
        if rate.quality == "secondary":
            where = f"secondary source: {rate.source}"
        basis = (
            f"computed by 38 U.S.C. 5312(a) and 38 CFR 3.29 from the COLA of {rate.value}% paid "
            f"in January {year + 1} ({where}): ${value:,} x {1 + rate.value / 100} = "
            f"${unrounded.quantize(CENT):,}, rounded up to the dollar as VA's tables are"
        )
        out.append(
            DatedValue(
                effective=date(year, 12, 1),
                value=rounded,
                source=rate.source,
                quality=rate.quality,
                origin="computed",
                basis=basis,
            )
        )
        value = rounded
    return out


def extend(rules: dict[str, Rule]) -> dict[str, Rule]:
    """Add the computed years after each formula rule's last dated value."""
    if COLA_RULE not in rules or AWI_RULE not in rules:
        return rules
    out = dict(rules)
    cola = series(rules[COLA_RULE])
    for va_id in VA_DECEMBER_RATES:
        va_rule = rules.get(va_id)
        if va_rule is not None and va_rule.values:
            more = va_december_rates(va_rule, cola, va_rule.values[-1].effective.year + 3)
            if more:
                out[va_id] = replace(
                    va_rule,
                    values=va_rule.values + tuple(more),
                    values_through=date(more[-1].effective.year + 1, 11, 30),
                )
    for rule_id in FORMULAS:
        rule = rules.get(rule_id)
        if rule is None or not rule.values:
            continue
        last = rule.values[-1].effective.year
        added = [
            DatedValue(
                effective=date(year, 1, 1),
                value=c.value,
                source=c.index.source,
                quality=c.index.quality,
                origin="computed",
                basis=basis(rule_id, c),
            )
            for year, c in compute(rule_id, rules, last + 3).items()
            if year > last
        ]
        if added:
            out[rule_id] = replace(
                rule,
                values=rule.values + tuple(added),
                values_through=date(added[-1].effective.year, 12, 31),
            )
    return out
