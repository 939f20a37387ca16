"""Every memo of the engine keys on every input its figure reads.

The engine keeps figures it has already made: per projection (`MonthContext.memo`), per rule
book (`Periods.memo`), steps replayed in a later month (`explain.once`) and the no-work
baseline (`projection._BASELINES`). A key that missed an input would give a wrong number or
wrong words without any error. These tests compare the engine with its memos against the same
engine whose memos never find anything (every figure made afresh, `_forgetful`), on scenarios
that differ in one input each, projected one after the other with one rule book (so the rule
book's memos are warm with the other scenario's figures), and on months of one projection that
differ in one input (paydays, the wage base, a carried-forward year, a job's hours).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from benefits import Scenario, load_scenario, project
from benefits import projection as projection_module
from benefits.money import ZERO
from benefits.rule_periods import periods
from benefits.rules import RuleBook, default_rules
from benefits.table.base import MonthContext

# The memos are replaced by forgetful ones: on the Python sources only (tests/conftest.py).
pytestmark = pytest.mark.python_sources

EXAMPLES = Path(__file__).resolve().parent.parent / "benefits" / "examples"


class _Forgetful(dict[Any, Any]):
    """A memo that never finds what it was given: every figure is made again."""

    def get(self, key: Any, default: Any = None) -> Any:
        return default

    def __contains__(self, key: object) -> bool:
        return False


def _book() -> RuleBook:
    """A rule book of its own (empty value caches and rule-period memos)."""
    return RuleBook(dict(default_rules().rules))


@pytest.fixture
def forgetful(monkeypatch: pytest.MonkeyPatch) -> RuleBook:
    """A rule book whose memos, and the memo of every projection, never find anything."""
    real = projection_module.month_contexts

    def contexts(scenario: Scenario, rules: RuleBook, explain: bool) -> Iterator[MonthContext]:
        memo = _Forgetful()
        for ctx in real(scenario, rules, explain):
            # Only the forgetful book's projections forget; the others keep their memos.
            yield ctx.with_memo(memo) if rules is book else ctx

    monkeypatch.setattr(projection_module, "month_contexts", contexts)
    book = _book()
    periods(book).memo = _Forgetful()
    return book


def _json(scenario: Scenario, rules: RuleBook, explain: bool) -> str:
    return project(scenario, rules, explain=explain).model_dump_json()


def _example(name: str) -> dict[str, Any]:
    if name == "ssi_30_hours":  # over SGA, still paid: 1619(a)
        return _with(_example("ssi_part_time"), "jobs.0.hours_per_week", "30").model_dump()
    if name == "ssi_full_time":  # 40 hours: over the break-even point, in 1619(b)
        return _with(_example("ssi_part_time"), "jobs.0.hours_per_week", "40").model_dump()
    if name == "with_medicare":  # the Medicare Savings Programs count income too
        without_ssi = _with(_example("concurrent_part_time"), "ssi", None).model_dump()
        return _with(without_ssi, "medicare.start_month", "2020-01").model_dump()
    if name == "with_pass":  # a PASS from March through August 2027 (20 CFR 416.1180)
        plan = {"pass_start": "2027-03", "pass_end": "2027-08", "pass_earned": "200.00"}
        data = _example("ssi_part_time")
        data["ssi"].update(plan)
        return data
    if name == "ssi_low_threshold":  # 1619(b) lost on a low threshold
        return _with(_example("ssi_full_time"), "medicaid.threshold_1619b", "20000").model_dump()
    return load_scenario(EXAMPLES / f"{name}.yaml").model_dump(mode="json")


def _with(data: dict[str, Any], path: str, value: Any) -> Scenario:
    """The scenario with one field (a dotted path; a number for a list's item) changed."""
    changed: Any = Scenario.model_validate(data).model_dump(mode="json")
    *parents, last = path.split(".")
    node = changed
    for part in parents:
        node = node[int(part)] if part.isdigit() else node.setdefault(part, {})
    node[int(last) if last.isdigit() else last] = value
    return Scenario.model_validate(changed)


SPOUSE = {"age": 40, "relationship": "spouse", "earned_income": "3000.00"}
# (example, field, value): one input of a memo's figure changed, the rest of the scenario kept.
VARIED = [
    ("concurrent_part_time", "work_expenses.irwe", "0.00"),  # SSI/Medicaid countable, 1619(b)
    ("concurrent_part_time", "work_expenses.subsidy", "300.00"),  # SSDI's SGA, a first claim
    ("blind_worker", "work_expenses.bwe", "0.00"),  # countable income after the half
    ("ssdi_full_time", "person.blind", True),  # the SSDI limits' SGA
    ("ssi_30_hours", "person.blind", True),  # SSI's SGA in its rates (1619(a))
    ("student_summer_job", "person.student", False),  # the student exclusion
    ("student_summer_job", "ssi.living_arrangement", "own_household"),  # the rates' standard
    ("ssi_part_time", "ssi.in_kind_shelter", "250.00"),  # the rates' shelter
    ("ssi_part_time", "ssi.state_supplement", "40.00"),  # the entered supplement
    ("ssi_part_time", "state", "CA"),  # a state supplement SSA pays, its level and test
    ("ssi_part_time", "ssi.other_unearned_income", "400.00"),  # countable and paid amounts
    ("ssi_part_time", "jobs.0.hours_per_week", "30"),  # a paycheck's amount (payroll tax)
    ("ssi_full_time", "medicaid.threshold_1619b", "20000.00"),  # the 1619(b) threshold
    ("ssi_low_threshold", "medicaid.annual_medicaid_expenses", "90000.00"),  # individualized
    ("with_medicare", "household", [SPOUSE]),  # Medicaid's couple income (MSP)
    ("voucher_new_job", "household", [SPOUSE]),  # HUD's rent basis
    ("voucher_new_job", "medical_expenses", "150.00"),  # HUD's medical deduction
    ("ssdi_full_time", "ssdi.benefit_by_year", {"2027": "1700.00"}),  # SSDI's rate
    ("with_pass", "ssi.pass_earned", "350.00"),  # the income a PASS sets aside
    ("with_pass", "ssi.pass_end", "2027-10"),  # the months of the plan
    ("veteran_pension_job", "jobs.0.hours_per_week", "25"),  # VA pension in SSI's counts
]


@pytest.mark.parametrize(("example", "path", "value"), VARIED)
def test_a_changed_input_is_not_taken_from_another_scenarios_memo(
    example: str, path: str, value: Any, forgetful: RuleBook
) -> None:
    base = Scenario.model_validate(_example(example))
    other = _with(_example(example), path, value)
    for first, second in ((base, other), (other, base)):
        shared = _book()
        for explain in (False, True):
            project(first, shared, explain=explain)  # warms the rule book's memos
            warm = _json(second, shared, explain)
            assert warm == _json(second, forgetful, explain), (path, second.name)
    # The input matters: a key that left it out would have given the other's figures.
    assert _json(base, forgetful, False) != _json(other, forgetful, False), path


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_the_examples_are_the_same_without_memos(path: Path, forgetful: RuleBook) -> None:
    scenario = load_scenario(path)
    for explain in (False, True):
        assert _json(scenario, _book(), explain) == _json(scenario, forgetful, explain)


def test_payroll_tax_of_each_month_is_its_own_paychecks(forgetful: RuleBook) -> None:
    """The payroll tax memo keys on the rule period and each job's number of paydays (a job's
    paycheck is the same all projection): 20 hours at $15 biweekly is $600.00 a paycheck, so
    a month of two paychecks owes 2 x ($37.20 + $8.70) and one of three 3 x (26 U.S.C. 3101:
    6.2% and 1.45%, each paycheck to the cent), in the same rule period."""
    scenario = load_scenario(EXAMPLES / "ssi_part_time.yaml")
    seen = set()
    for month in project(scenario, _book(), explain=False).months:
        checks = round(month.wages_paid / D("600.00"))
        assert month.wages_paid == checks * D("600.00")
        assert month.taxes.payroll == checks * (D("37.20") + D("8.70")), month.month
        seen.add(checks)
    assert {2, 3} <= seen


def test_payroll_tax_with_an_hours_change(forgetful: RuleBook) -> None:
    """Jobs that differ only in hours (a change of hours as a job that ends and one that
    starts): each month as figured afresh, with and without words."""
    data = _example("ssdi_full_time")
    data = _with(data, "jobs.0.hourly_wage", "95.00").model_dump(mode="json")
    later = dict(data["jobs"][0], start="2027-07-01", first_payday="2027-07-09")
    later["hours_per_week"] = "20"
    data["jobs"][0]["end"] = "2027-06-30"
    data["jobs"].append(later)
    data["months"] = 36
    scenario = Scenario.model_validate(data)
    for explain in (False, True):
        assert _json(scenario, _book(), explain) == _json(scenario, forgetful, explain)
    months = project(scenario, _book(), explain=False).months
    taxes = {m.month: m.taxes.payroll for m in months if m.wages_paid}
    assert len(set(taxes.values())) > 3  # the wage base and the hours make them differ


def test_steps_replayed_in_later_years_are_theirs(forgetful: RuleBook) -> None:
    """`explain.once` gives a figure's steps again in a later month of the same year: over
    four years (values carried forward into years not yet published name their year) every
    month's words are the words figured afresh."""
    for name in ("ssi_part_time", "concurrent_part_time", "blind_worker"):
        scenario = _with(_example(name), "months", 48)
        assert _json(scenario, _book(), True) == _json(scenario, forgetful, True), name


def test_a_sweep_is_the_same_without_memos(forgetful: RuleBook) -> None:
    """An hours sweep projects the same person at each level with one rule book."""
    from benefits.sweep import sweep

    scenario = load_scenario(EXAMPLES / "concurrent_part_time.yaml")
    levels = [D(h) for h in range(0, 41, 8)]
    assert repr(sweep(scenario, levels, _book())) == repr(sweep(scenario, levels, forgetful))


def test_payroll_tax_past_the_wage_base(forgetful: RuleBook) -> None:
    """Months that differ only in the wages paid before them this year: $200 an hour
    passes the wage base (26 U.S.C. 3121(a)(1)) in the autumn of each year."""
    data = _with(_example("ssdi_full_time"), "jobs.0.hourly_wage", "200.00")
    scenario = _with(data.model_dump(mode="json"), "months", 36)
    for explain in (False, True):
        assert _json(scenario, _book(), explain) == _json(scenario, forgetful, explain)
    months = project(scenario, _book(), explain=False).months
    social = [m.taxes.social_security for m in months if m.wages_paid]
    assert ZERO in social and max(social) > ZERO  # the base is passed


def test_a_student_over_sga_with_no_countable_earnings(forgetful: RuleBook) -> None:
    """SSI's paid memo keys on gross wages too: a student's wages under the student exclusion
    count nothing, but over SGA they make the month one of 1619(a) (20 CFR 416.262(b)), so a
    month with no wages and one with $2,145 have the same countable amounts."""
    data = _example("ssi_part_time")
    data["person"] = {"birth_date": "2007-01-10", "student": True}
    data["jobs"][0].update(
        start="2027-03-01", hourly_wage="16.50", hours_per_week="30",
        pay_frequency="semimonthly", first_payday="2027-03-15",
    )  # fmt: skip
    scenario = Scenario.model_validate(data)
    for explain in (False, True):
        assert _json(scenario, _book(), explain) == _json(scenario, forgetful, explain)
    statuses = {m.ssi.status for m in project(scenario, _book(), explain=False).months}
    assert {"eligible", "1619a"} <= statuses


def test_a_student_who_turns_22_with_a_voucher(forgetful: RuleBook) -> None:
    """HUD's SSI at current rates keys on whether the student is under 22 (the student
    exclusion, 20 CFR 416.1112(c)(3)), which changes within a rule period."""
    data = _example("voucher_new_job")
    data["person"] = {"birth_date": "2005-04-20", "student": True}
    scenario = Scenario.model_validate(data)
    for explain in (False, True):
        assert _json(scenario, _book(), explain) == _json(scenario, forgetful, explain)


def test_a_1619b_threshold_of_each_year(forgetful: RuleBook) -> None:
    """SSI's 1619(b) threshold memo keys on the rule period: with the person's own Medicaid
    costs it stands on the break-even base of the year (POMS SI 02302.050), which rises each
    January, so 12 months of $6,275 can be over the threshold of one year and within the
    next one's."""
    data = _example("ssi_part_time")
    data["state"] = "NY"
    data["jobs"][0] = {
        "name": "Analyst", "start": "2026-06-01", "monthly_gross": "6275.00",
        "pay_frequency": "monthly", "first_payday": "2026-06-30",
    }  # fmt: skip
    data["medicaid"] = {"annual_medicaid_expenses": "50000.00"}
    scenario = Scenario.model_validate(data)
    for explain in (False, True):
        assert _json(scenario, _book(), explain) == _json(scenario, forgetful, explain)


def test_the_months_of_a_pass(forgetful: RuleBook) -> None:
    """SSI's countable income memo keys on the income a PASS sets aside in the month: months
    with the same wages in and out of the plan differ (20 CFR 416.1112(c)(9))."""
    scenario = Scenario.model_validate(_example("with_pass"))
    for explain in (False, True):
        assert _json(scenario, _book(), explain) == _json(scenario, forgetful, explain)
