"""The shapes every program in the table shares: the month's context, what has been decided so
far this month, and a program (its start, its month decision, its milestones, its output).

See `benefits/table/__init__.py` for the table itself and where a new program goes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final, Generic, TypeVar

from dateutil.relativedelta import relativedelta
from mypy_extensions import mypyc_attr
from pydantic import BaseModel

from ..explain import Explainer
from ..months import Month
from ..programs.earnings import JobMonth
from ..results import Milestone, build
from ..rule_periods import Periods
from ..rules import RuleBook
from ..scenario import Scenario

R = TypeVar("R")  # a program's internal record of one month (a small frozen dataclass)
C = TypeVar("C")  # the state a program carries from one month to the next


@lru_cache(maxsize=4096)
def age_attained(birth: date, on: date) -> int:
    """Age on a date; an age is attained the day before the birthday (SSR 63-15)."""
    return relativedelta(on, birth - timedelta(days=1)).years


class MonthContext:
    """The facts of one month every program reads; computed once, before any program runs.

    A plain class with read-only attributes: compiled (scripts/compile.py), it is made in a
    tenth of the time of a NamedTuple, once a month of every projection.
    """

    def __init__(
        self,
        month: Month,
        projected: bool,  # False in SSI's budget months before `start` (20 CFR 416.420)
        scenario: Scenario,
        rules: RuleBook,
        ex: Explainer | None,  # None when the month is not explained
        jobs: tuple[JobMonth, ...],
        wages_paid: Decimal,
        wages_earned: Decimal,
        age: int,  # the person's age attained on the first day of the month
        wage_rate: Decimal,  # monthly pay of the jobs in force on the first day (at rates)
        # Wages paid in every month from the first budget month to a year after the last month
        # (1619(b) looks at 12-month periods; tax years need whole years).
        wages_by_month: Mapping[Month, Decimal],
        periods: Periods,  # the rule book's rule periods (benefits/rule_periods.py)
        period: int,  # this month's: equal periods, equal rule values
        # Figures that depend on the month only through its rules, by period and their other
        # inputs, for months that are not explained (one dict per projection).
        memo: dict[tuple[object, ...], Any],
    ) -> None:
        self.month: Final = month
        self.projected: Final = projected
        self.scenario: Final = scenario
        self.rules: Final = rules
        self.ex: Final = ex
        self.jobs: Final = jobs
        self.wages_paid: Final = wages_paid
        self.wages_earned: Final = wages_earned
        self.age: Final = age
        self.wage_rate: Final = wage_rate
        self.wages_by_month: Final = wages_by_month
        self.periods: Final = periods
        self.period: Final = period
        self.memo: Final = memo

    def with_memo(self, memo: dict[tuple[object, ...], Any]) -> MonthContext:
        """The same month with another memo (tests/test_memo_keys.py)."""
        return MonthContext(
            self.month, self.projected, self.scenario, self.rules, self.ex, self.jobs,
            self.wages_paid, self.wages_earned, self.age, self.wage_rate, self.wages_by_month,
            self.periods, self.period, memo,
        )  # fmt: skip

    @property
    def paychecks(self) -> list[Decimal]:
        """Every paycheck of the month, one entry per payday."""
        return [j.paycheck for j in self.jobs for _ in j.paydays]


@mypyc_attr(native_class=False)  # compiled: see scripts/compile.py
class OrderError(RuntimeError):
    """A program read the result of a program the table decides after it."""


@mypyc_attr(native_class=False)  # compiled: see scripts/compile.py
@dataclass(frozen=True, slots=True)
class Program(Generic[R, C]):
    """One row of the program table.

    `decide` is pure: from the month's context, the records of the programs before it and its
    own carried state it returns its record and its new state. `milestones` compares its record
    with the previous projected month's. `output` is the public model in each month's JSON
    (None for a program whose numbers another program's output carries).
    """

    name: str
    start: Callable[[Scenario, RuleBook], C]
    decide: Callable[[MonthContext, Decided, C], tuple[R, C]]
    milestones: Callable[[Month, R | None, R], list[Milestone]]
    output: Callable[[R], BaseModel] | None = None
    before_start: bool = False  # also decided in SSI's budget months before `start`
    once: frozenset[str] = frozenset()  # milestone kinds recorded once per projection


@mypyc_attr(native_class=False)  # compiled: see scripts/compile.py
@dataclass(frozen=True, slots=True)
class YearPhase(Generic[R, C]):
    """A row decided after the month loop, because it needs whole years (income tax, EITC).

    `start` sees every projected month's context and records; `decide` then runs month by
    month in the same shape as a program's, with every month program's record in `so_far`.
    """

    name: str
    start: Callable[[Sequence[tuple[MonthContext, Decided]]], C]
    decide: Callable[[MonthContext, Decided, C], tuple[R, C]]
    milestones: Callable[[Month, R | None, R], list[Milestone]]
    output: Callable[[R], BaseModel] | None = None


def no_milestones(month: Month, before: Any, now: Any) -> list[Milestone]:
    return []


def milestone(month: Month, kind: str, text: str, number: int | None = None) -> Milestone:
    return build(Milestone, month=month, kind=kind, text=text, number=number)


class Decided:
    """The records of the month's programs decided so far, in the table's order.

    A program reads an earlier program's record with `so_far.get(ssdi.PROGRAM)`; asking for a
    program that comes later in the table (or for itself) raises `OrderError`, so a program can
    only depend on what the law decides before it.
    """

    __slots__ = ("_index", "reader", "records")

    def __init__(self, index: Mapping[str, int]) -> None:
        self._index = index
        size = len(index)
        # Each row's record at its position; the month loop (benefits/projection.py) fills it.
        self.records: list[object] = [None] * size
        self.reader = size  # the position of the program now deciding

    def get(self, program: Program[R, Any] | YearPhase[R, Any]) -> R:
        """The record of an earlier program this month."""
        at = self._index[program.name]
        if at >= self.reader:
            raise OrderError(
                f"a program at position {self.reader} of the table read '{program.name}' "
                f"(position {at}), which is decided after it"
            )
        return self.records[at]  # type: ignore[return-value]

    def put(self, at: int, record: object) -> None:
        self.records[at] = record

    def record(self, at: int) -> object:
        return self.records[at]
