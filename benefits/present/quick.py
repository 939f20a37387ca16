"""Ask: a job seeker's plain answers turned into two scenarios, not working and working.

Nothing is taken from an example: the person's state, age, benefits, check amounts, living
arrangement and the job are what they said; anything assumed is listed and said in the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from ..io import ScenarioError, explain_errors
from ..money import dollars
from ..months import Month
from ..projection import project
from ..results import Projection
from ..rules import RuleBook
from ..scenario import Scenario
from .words import PAY_WORDS, num

MONTHS = 36  # long enough for nine trial work months, the grace months and most of the EPE
JOB_NAME = "Job"
GENERAL_EXCLUSION = Decimal("20.00")  # 20 CFR 416.1124(c)(12)


@dataclass(frozen=True)
class AskHousing:
    """What Ask asks about rent help; the rest has the usual defaults."""

    rent_share_now: Decimal | None  # what the person pays now (total tenant payment)
    gross_rent: Decimal  # rent plus the utility allowance
    next_annual_reexam: Month

    def section(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "program": "housing_choice_voucher",
            "gross_rent": str(self.gross_rent),
            "payment_standard": str(self.gross_rent),
            "next_annual_reexam": str(self.next_annual_reexam),
        }
        if self.rent_share_now is not None:
            data["current_total_tenant_payment"] = str(self.rent_share_now)
        return data


@dataclass(frozen=True)
class AskInputs:
    """Everything the Ask page asks, as the person answered it."""

    state: str
    age: int
    start: Month  # the job's first month; the projection starts there
    wage: Decimal
    hours: Decimal
    pay_frequency: str
    gets_ssi: bool = False
    ssi_check: Decimal | None = None  # the SSI check now, if known
    living_arrangement: str = "own_household"
    gets_ssdi: bool = False
    ssdi_check: Decimal = Decimal("0.00")
    twp_used: int | None = 0  # trial work months already used; None = "I don't know"
    has_medicaid: bool = False
    has_medicare: bool = False
    gets_snap: bool = False
    rent: Decimal = Decimal("0.00")  # rent paid without housing help (SNAP's shelter cost)
    housing: AskHousing | None = None
    threshold_1619b: Decimal | None = None
    state_supplement: Decimal | None = None  # the state's SSI supplement, when the person knows it
    other_unearned: Decimal = Decimal("0.00")  # worked out from the SSI check
    end: Month | None = None  # the job's last month (it ends on its last day); None: no end


@dataclass(frozen=True)
class AskScenarios:
    not_working: Scenario
    working: Scenario
    assumptions: list[str] = field(default_factory=list)


def first_payday(start: Month, frequency: str) -> date:
    """The first paycheck we assume: a week or two after starting, the 15th, or month end."""
    day = start.first_day
    return {
        "weekly": day + timedelta(days=6),
        "biweekly": day + timedelta(days=13),
        "semimonthly": day.replace(day=15),
    }.get(frequency, start.last_day)


def birth_date(age: int, start: Month) -> date:
    """A birth date that makes the person `age` in the first month (birthday on the 1st,
    the month after `start`: the age holds for the first year of the projection)."""
    after = start.plus(1)
    return date(after.year - age - 1, after.month, 1)


def _data(a: AskInputs, *, jobs: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Working" if jobs else "Not working",
        "start": str(a.start),
        "months": MONTHS,
        "state": a.state,
        "person": {"birth_date": birth_date(a.age, a.start).isoformat()},
        "jobs": [],
    }
    if a.gets_ssi:
        data["ssi"] = {
            "living_arrangement": a.living_arrangement,
            "other_unearned_income": str(a.other_unearned),
        }
        if a.state_supplement is not None:
            data["ssi"]["state_supplement"] = str(a.state_supplement)
    if a.gets_ssdi:
        data["ssdi"] = {"monthly_benefit": str(a.ssdi_check), "twp_months_used": _twp(a)}
    if a.has_medicare:  # on SSI too: at 65, or entitled on a parent's or spouse's record
        data["medicare"] = {"start_month": str(a.start)}
    if a.housing is not None:
        data["housing"] = a.housing.section()
    if a.gets_snap:
        data["snap"] = {}
        if a.housing is None:
            data["shelter"] = {"rent": str(a.rent)}
    if a.threshold_1619b is not None:
        data["medicaid"] = {"threshold_1619b": str(a.threshold_1619b)}
    if jobs:
        data["name"] = f"{num(a.hours)} h/week at {dollars(a.wage)}"
        data["jobs"] = [
            {
                "name": JOB_NAME,
                "start": a.start.first_day.isoformat(),
                "hourly_wage": str(a.wage),
                "hours_per_week": str(a.hours),
                "pay_frequency": a.pay_frequency,
                "first_payday": first_payday(a.start, a.pay_frequency).isoformat(),
            }
        ]
        if a.end is not None:
            data["jobs"][0]["end"] = a.end.last_day.isoformat()
    return data


def _twp(a: AskInputs) -> list[str]:
    """Trial work months used, counted as the months just before the job starts."""
    return [str(a.start.plus(-i)) for i in range(1, (a.twp_used or 0) + 1)]


def _validate(items: list[dict[str, Any]]) -> list[Scenario]:
    scenarios, problems = [], []
    for item in items:
        try:
            scenarios.append(Scenario.model_validate(item))
        except ValidationError as exc:
            problems += [p for p in explain_errors(exc) if p not in problems]
    if problems:
        raise ScenarioError(problems)
    return scenarios


Numbers = Callable[[Scenario], Projection]


def ask_scenarios(
    a: AskInputs, *, rules: RuleBook | None = None, numbers: Numbers | None = None
) -> AskScenarios:
    """Not working and working, from the answers; raises ScenarioError with plain messages.

    `numbers` projects a scenario without steps or comparison (the app passes its cached one).
    """
    notes = _assumptions(a)
    base, work = _validate([_data(a, jobs=False), _data(a, jobs=True)])
    numbers = numbers or (lambda s: project(s, rules, explain=False, compare_no_work=False))
    first = numbers(base).months[0]
    if a.housing is not None and a.housing.rent_share_now is None:
        # The rent share now is the one worked out from income before the job (keyword call:
        # a positional re-call once dropped `start`, issue 9).
        share = first.housing.total_tenant_payment
        return ask_scenarios(
            replace(a, housing=replace(a.housing, rent_share_now=share)),
            rules=rules,
            numbers=numbers,
        )
    if a.gets_ssi and a.ssi_check is not None and a.other_unearned == 0:
        other = other_income_for_check(a, computed=first.ssi.payment)
        if other is not None:
            found = ask_scenarios(replace(a, other_unearned=other), rules=rules, numbers=numbers)
            return replace(found, assumptions=[*found.assumptions, _check_note(a, other)])
        if a.ssi_check != first.ssi.payment:
            notes.append(
                f"You said your SSI check is {dollars(a.ssi_check)}; from your answers SSI "
                f"would be {dollars(first.ssi.payment)}. The answer uses "
                f"{dollars(first.ssi.payment)}; a planner can find the difference."
            )
    return AskScenarios(base, work, notes)


def other_income_for_check(a: AskInputs, *, computed: Decimal) -> Decimal | None:
    """Other monthly unearned income that explains an SSI check lower than the full amount.

    SSI falls dollar for dollar with countable unearned income, after the $20 general exclusion
    (20 CFR 416.1124(c)(12)); SSDI already uses the exclusion up to its amount.
    """
    assert a.ssi_check is not None
    gap = computed - a.ssi_check
    if gap <= 0:
        return None
    unused = max(GENERAL_EXCLUSION - (a.ssdi_check if a.gets_ssdi else Decimal(0)), Decimal(0))
    return gap + unused


def _check_note(a: AskInputs, other: Decimal) -> str:
    return (
        f"Your SSI check ({dollars(a.ssi_check or Decimal(0))}) is lower than the full amount "
        f"for what you told us, so we counted {dollars(other)} a month of other income (SSI "
        "falls a dollar for each dollar of other income after the first $20)."
    )


def _assumptions(a: AskInputs) -> list[str]:
    notes = [
        f"The job starts on {a.start.first_day:%B %-d, %Y} and pays "
        f"{PAY_WORDS.get(a.pay_frequency, '').lower()}, first on "
        f"{first_payday(a.start, a.pay_frequency):%B %-d}; the hours stay the same every week.",
        f"Your age is {a.age} when the job starts.",
    ]
    if a.end is not None:
        notes.append(f"The job ends on {a.end.last_day:%B %-d, %Y}; no paycheck comes after it.")
    if a.gets_ssdi and a.twp_used is None:
        notes.append(
            "You did not know whether you have used trial work months, so we assumed none. "
            "If you worked since SSDI began, SSDI may stop sooner than this answer says."
        )
    elif a.gets_ssdi and a.twp_used:
        notes.append(
            f"Your {a.twp_used} trial work month{'s' if a.twp_used > 1 else ''} already used are "
            "counted as the months just before the job."
        )
    return notes
