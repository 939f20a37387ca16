"""SSA's record of an SSDI beneficiary before and between months: the work history carried
from month to month, the record before `start` (trial work months, cessation, the trial work
period's end), the month full retirement age is attained, and the benefit rate by year
(20 CFR 404.1592, 404.1592a, 404.409, 404.270-404.275); and the month's figures the deciding
functions share (`MonthFacts`) with their result (`SSDIMonth`, also the program table's record
of the month).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Final, NamedTuple

from ..explain import Explainer
from ..money import ZERO, dollars, floor_dollar
from ..months import Month
from ..rules import RuleBook, RuleValue

EPMC_AFTER_EPE_MONTH = 15  # extended Medicare counts from SGA after the EPE's 15th month

# Full retirement age by year of birth, in years and months (Social Security Act 216(l);
# 20 CFR 404.409(a)). Born 1937 or earlier: 65; 1943-1954: 66; 1960 or later: 67.
_FRA_STEPS = {1938: 2, 1939: 4, 1940: 6, 1941: 8, 1942: 10}
_FRA_STEPS_66 = {1955: 2, 1956: 4, 1957: 6, 1958: 8, 1959: 10}


class WorkHistory(NamedTuple):  # immutable; `_replace` is cheap enough to use every month
    """What SSA's record says about past work, as of the start of a month."""

    twp_months: tuple[Month, ...] = ()
    twp_ended: Month | None = None  # the ninth trial work month
    cessation: Month | None = None
    terminated_from: Month | None = None  # first month of no entitlement
    # The record gave a cessation month but not the trial work period's end: the engine takes
    # the latest end the cessation allows (the month before it) and says so.
    twp_end_assumed: bool = False
    # The first month after the 15th month of the EPE for which SSDI was not paid because of
    # work: the 78 months of extended Medicare count from it (42 CFR 406.12(e); HI 00820.025).
    epmc_from: Month | None = None
    epmc_from_assumed: bool = False  # before start: the earliest month it can have been
    # Countable earnings of the current run of working months after the TWP, before any
    # cessation: SSA may average them (20 CFR 404.1574a); the engine flags where it matters.
    work_run: tuple[Decimal, ...] = ()
    # Expedited reinstatement: the first month of provisional benefits, and the payable
    # months counted toward the 24-month initial reinstatement period (20 CFR 404.1592e-f).
    reinstated_from: Month | None = None
    irp_payable_months: int = 0
    provisional_over: bool = False
    # SGA in the request month and the month after: SSA denies the request (POMS DI 13050.060).
    request_denied: bool = False


@dataclass(frozen=True, slots=True)
class SSDIRecord:
    """Facts about the beneficiary that do not change from month to month."""

    full_retirement: Month | None = None  # the month full retirement age is attained
    reinstatement_request: Month | None = None  # ssdi.reinstatement_request
    uwa_months: frozenset[Month] = field(default_factory=frozenset)


def months_in_window(months: tuple[Month, ...], month: Month, window: int) -> tuple[Month, ...]:
    """The trial work months within the `window` months ending with `month`."""
    return tuple(m for m in months if 0 <= month.minus(m) < window)


def count_in_window(months: tuple[Month, ...], month: Month, window: int) -> int:
    """How many of `months_in_window` there are (figured every month, so without a tuple)."""
    last, found = month.index, 0
    for m in months:
        if 0 <= last - m.index < window:
            found += 1
    return found


class Limits(NamedTuple):
    """The SSDI rule values a month is decided with. They are the same in every month of a
    rule period (benefits/rule_periods.py), so the program table looks them up once a period."""

    twp_months: int  # trial work months that complete the trial work period
    twp_window: int  # ... within this many months
    twp_threshold: RuleValue  # earnings above it make a trial work month
    sga: RuleValue  # substantial gainful activity, blind or not
    epe_months: int  # the extended period of eligibility
    grace_months: int  # paid after the cessation month


def limits(rules: RuleBook, month: Month, blind: bool) -> Limits:
    return Limits(
        int(rules.at("ssa.ssdi.trial_work_months", month).value),
        int(rules.at("ssa.ssdi.trial_work_window", month).value),
        rules.at("ssa.ssdi.trial_work_threshold", month),
        rules.at("ssa.sga.blind" if blind else "ssa.sga.non_blind", month),
        int(rules.at("ssa.ssdi.extended_period_months", month).value),
        int(rules.at("ssa.ssdi.grace_months", month).value),
    )


def full_retirement_month(birth: date) -> Month:
    """The month full retirement age is attained (20 CFR 404.409).

    Someone born on January 1 counts as born the year before (404.409(b)); an age is attained
    the day before the birthday (SSR 63-15), so born 1960-03-01 attains 67 on 2027-02-28.
    """
    year = birth.year - 1 if (birth.month, birth.day) == (1, 1) else birth.year
    if year <= 1937:
        years, months = 65, 0
    elif year <= 1942:
        years, months = 65, _FRA_STEPS[year]
    elif year <= 1954:
        years, months = 66, 0
    elif year <= 1959:
        years, months = 66, _FRA_STEPS_66[year]
    else:
        years, months = 67, 0
    total = birth.month - 1 + months
    year_at, month_at = birth.year + years + total // 12, total % 12 + 1
    day = min(birth.day, Month(year_at, month_at).days)
    return Month.of(date(year_at, month_at, day) - timedelta(days=1))


def history_before_start(
    twp_months_used: list[Month],
    cessation: Month | None,
    start: Month,
    rules: RuleBook,
    *,
    twp_end_month: Month | None = None,
) -> WorkHistory:
    """Rebuild the trial work record from the months already used before `start`.

    If nine of them fall within one 60-month window, the trial work period ended with the ninth.
    A cessation month means the trial work period was completed, listed or not (20 CFR
    404.1592a(a)(1): cessation is the first SGA month after the trial work period); without
    the end of the period the engine takes the latest it can be, the month before cessation.
    """
    needed = int(rules.at("ssa.ssdi.trial_work_months", start).value)
    window = int(rules.at("ssa.ssdi.trial_work_window", start).value)
    months = tuple(sorted(twp_months_used))
    used: tuple[Month, ...] = ()
    ended = twp_end_month
    for month in months:
        used = months_in_window(used, month, window) + (month,)
        if len(used) >= needed and ended is None:
            ended = month
    if ended is None and cessation is not None:
        history = WorkHistory(months, cessation.plus(-1), cessation, twp_end_assumed=True)
    elif ended is None:
        return WorkHistory(months, None, None)
    else:
        history = WorkHistory(months, ended, cessation)
    return _epmc_before_start(history, start, rules)


def _epmc_before_start(history: WorkHistory, start: Month, rules: RuleBook) -> WorkHistory:
    """After a cessation before `start`, SSDI may already have gone unpaid for work after the
    EPE's 15th month; the record does not say. Extended Medicare is then counted from the
    earliest month it can have been (after the grace months), which never overstates it."""
    if history.cessation is None or history.twp_ended is None:
        return history
    grace = int(rules.at("ssa.ssdi.grace_months", start).value)
    after_grace = history.cessation.plus(grace + 1)
    earliest = (
        after_grace  # the trial work period may have ended long before the cessation month
        if history.twp_end_assumed
        else max(history.twp_ended.plus(EPMC_AFTER_EPE_MONTH + 1), after_grace)
    )
    if earliest >= start:
        return history
    return history._replace(epmc_from=earliest, epmc_from_assumed=True)


def benefit_rate(
    *,
    month: Month,
    start: Month,
    start_benefit: Decimal,
    by_year: dict[int, Decimal],
    rules: RuleBook,
    ex: Explainer | None,
) -> Decimal:
    """The monthly benefit: the amount at `start`, raised each January by the published COLA.

    SSA raises the PIA by the COLA and rounds it down to the dime (20 CFR 404.275(c)), then
    rounds the payable benefit down to the dollar; from the benefit alone the engine raises it
    by the COLA and rounds down to the dollar, which can differ from SSA's notice by up to $1.
    `ssdi.benefit_by_year` overrides it with the amount on the notice.
    """
    rate = start_benefit
    for year in range(start.year + 1, month.year + 1):
        if year in by_year:
            rate = by_year[year]
            continue
        cola = rules.at("ssa.cola", Month.january(year))
        if cola.carried_forward:
            if ex and year == month.year:
                ex.step(
                    "ssdi.benefit_rate",
                    f"The {year} cost-of-living increase is not yet published, so the benefit "
                    f"stays {dollars(rate)}; enter the amount on SSA's notice in "
                    "ssdi.benefit_by_year when it arrives.",
                    rate,
                    "20 CFR 404.270-404.275",
                    uses=(cola,),
                )
            continue
        rate = floor_dollar(rate * (1 + cola.value / 100))
        if ex and year == month.year:
            ex.step(
                "ssdi.benefit_rate",
                f"January {year}: the benefit rises by the {cola.value}% cost-of-living "
                f"increase to {dollars(rate)} (rounded down to the dollar; SSA's notice may "
                "differ by up to $1).",
                rate,
                "20 CFR 404.270-404.275",
                uses=(cola,),
            )
    return rate


Event = tuple[str, str, int | None]  # a milestone: kind, words, its number (e.g. 3rd TWP month)


class SSDIMonth:
    """One month's SSDI decision, as the program table carries it and later programs read it."""

    def __init__(
        self,
        status: str,
        payment: Decimal,
        benefit_rate: Decimal,
        countable_earnings: Decimal,
        twp_months_used: int,
        twp_month_number: int | None,
        epe_month_number: int | None,
        twp_ended: Month | None,  # the ninth trial work month, as of the end of this month
        events: tuple[Event, ...] = (),
        # For extended Medicare (42 CFR 406.12(e)): the first month after the EPE's 15th not paid
        # because of work, whether it was assumed before start, and the first month not entitled.
        epmc_from: Month | None = None,
        epmc_from_assumed: bool = False,
        terminated_from: Month | None = None,
    ) -> None:
        self.status: Final = status
        self.payment: Final = payment
        self.benefit_rate: Final = benefit_rate
        self.countable_earnings: Final = countable_earnings
        self.twp_months_used: Final = twp_months_used
        self.twp_month_number: Final = twp_month_number
        self.epe_month_number: Final = epe_month_number
        self.twp_ended: Final = twp_ended
        self.events: Final = events
        self.epmc_from: Final = epmc_from
        self.epmc_from_assumed: Final = epmc_from_assumed
        self.terminated_from: Final = terminated_from


class MonthFacts:
    """One month's figures, as the functions deciding the month share them."""

    def __init__(
        self,
        month: Month,
        gross: Decimal,
        countable: Decimal,
        uwa_earnings: Decimal,  # earnings of an unsuccessful work attempt in this month
        rate: Decimal,
        blind: bool,
        rules: RuleBook,
        ex: Explainer | None,
        limits: Limits,
        events: list[Event] | None = None,  # what happened this month, in order
    ) -> None:
        self.month: Final = month
        self.gross: Final = gross
        self.countable: Final = countable
        self.uwa_earnings: Final = uwa_earnings
        self.rate: Final = rate
        self.blind: Final = blind
        self.rules: Final = rules
        self.ex: Final = ex
        self.limits: Final = limits
        self.events: Final[list[Event]] = [] if events is None else events

    def result(
        self,
        status: str,
        paid: bool,
        hist: WorkHistory,
        *,
        twp_n: int | None = None,
        epe_n: int | None = None,
    ) -> tuple[SSDIMonth, WorkHistory]:
        used = count_in_window(hist.twp_months, self.month, self.limits.twp_window)
        payment = self.rate if paid else ZERO
        out = SSDIMonth(
            status,
            payment,
            self.rate,
            self.countable,
            used,
            twp_n,
            epe_n,
            hist.twp_ended,
            tuple(self.events) if self.events else (),
            hist.epmc_from,
            hist.epmc_from_assumed,
            hist.terminated_from,
        )
        return out, hist
