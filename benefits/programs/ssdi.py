"""SSDI and work: trial work period, extended period of eligibility, cessation, grace months,
suspension and termination (20 CFR 404.1574, 404.1592, 404.1592a, 404.401a; POMS DI 10505,
DI 13010), one month at a time.

The month's state (trial work months used, when the trial work period ended, the cessation
month, termination) is carried from month to month in an immutable `WorkHistory`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ..explain import Explainer
from ..money import ZERO, dollars, floor_dollar, positive
from ..months import Month
from ..rules import RuleBook

CITE_TWP = "20 CFR 404.1592; POMS DI 13010.035; DI 13010.060"
CITE_EPE = "20 CFR 404.1592a; POMS DI 13010.210; DI 28055.001"
CITE_SGA = "20 CFR 404.1574(b)(2); 20 CFR 404.1576; POMS DI 10505.005"


@dataclass(frozen=True, slots=True)
class WorkHistory:
    """What SSA's record says about past work, as of the start of a month."""

    twp_months: tuple[Month, ...] = ()
    twp_ended: Month | None = None  # the ninth trial work month
    cessation: Month | None = None
    terminated_from: Month | None = None  # first month of no entitlement


@dataclass(frozen=True, slots=True)
class SSDIMonth:
    status: str
    payment: Decimal
    benefit_rate: Decimal
    countable_earnings: Decimal
    twp_months_used: int
    twp_month_number: int | None
    epe_month_number: int | None
    milestones: tuple[tuple[str, str, int | None], ...] = ()


def months_in_window(months: tuple[Month, ...], month: Month, window: int) -> tuple[Month, ...]:
    """The trial work months within the `window` months ending with `month`."""
    return tuple(m for m in months if 0 <= month.minus(m) < window)


def history_before_start(
    twp_months_used: list[Month], cessation: Month | None, start: Month, rules: RuleBook
) -> WorkHistory:
    """Rebuild the trial work record from the months already used before `start`.

    If nine of them fall within one 60-month window, the trial work period ended with the ninth.
    """
    needed = int(rules.at("ssa.ssdi.trial_work_months", start).value)
    window = int(rules.at("ssa.ssdi.trial_work_window", start).value)
    used: tuple[Month, ...] = ()
    for month in sorted(twp_months_used):
        used = months_in_window(used, month, window) + (month,)
        if len(used) >= needed:
            return WorkHistory(tuple(sorted(twp_months_used)), month, cessation)
    return WorkHistory(tuple(sorted(twp_months_used)), None, None)


def benefit_rate(
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
        cola = rules.at("ssa.cola", Month(year, 1))
        if cola.carried_forward:
            if ex and year == month.year:
                ex.step(
                    "ssdi.benefit_rate",
                    f"The {year} cost-of-living increase is not yet published, so the benefit "
                    f"stays {dollars(rate)}; enter the amount on SSA's notice in "
                    "ssdi.benefit_by_year when it arrives.",
                    rate,
                    "20 CFR 404.270-404.275",
                    (cola,),
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
                (cola,),
            )
    return rate


def countable_earnings(gross: Decimal, irwe: Decimal, subsidy: Decimal) -> Decimal:
    """Earnings for the SGA test: gross less subsidy and IRWE (20 CFR 404.1574, 404.1576)."""
    return positive(gross - subsidy - irwe)


def ssdi_month(
    month: Month,
    history: WorkHistory,
    gross: Decimal,
    irwe: Decimal,
    subsidy: Decimal,
    blind: bool,
    rate: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> tuple[SSDIMonth, WorkHistory]:
    """Decide one month's SSDI: status, payment, and the work history carried forward."""
    needed = int(rules.at("ssa.ssdi.trial_work_months", month).value)
    window = int(rules.at("ssa.ssdi.trial_work_window", month).value)
    countable = countable_earnings(gross, irwe, subsidy)
    events: list[tuple[str, str, int | None]] = []

    def result(
        status: str,
        paid: bool,
        twp_n: int | None = None,
        epe_n: int | None = None,
        hist: WorkHistory = history,
    ) -> tuple[SSDIMonth, WorkHistory]:
        used = len(months_in_window(hist.twp_months, month, window))
        return (
            SSDIMonth(
                status, rate if paid else ZERO, rate, countable, used, twp_n, epe_n, tuple(events)
            ),
            hist,
        )

    if history.terminated_from is not None and month >= history.terminated_from:
        exr = rules.at("ssa.ssdi.expedited_reinstatement_months", month)
        last = history.terminated_from.plus(int(exr.value) - 1)
        if ex:
            ex.step(
                "ssdi.payment",
                f"Entitlement ended in {history.terminated_from}: no SSDI is paid. If work "
                f"drops below SGA because of the impairment, expedited reinstatement can be "
                f"requested through {last}, with up to 6 months of provisional benefits.",
                ZERO,
                "20 CFR 404.1592b-404.1592c; POMS DI 13050.010",
                (exr,),
            )
        return result("terminated", False)

    if history.twp_ended is None:
        threshold = rules.at("ssa.ssdi.trial_work_threshold", month)
        if gross > threshold.value:
            used = months_in_window(history.twp_months, month, window) + (month,)
            number = len(used)
            ended = month if number >= needed else None
            new = replace(history, twp_months=history.twp_months + (month,), twp_ended=ended)
            if ex:
                ex.step(
                    "ssdi.trial_work_month",
                    f"Gross earnings {dollars(gross)} are more than {dollars(threshold.value)}"
                    f", so this is trial work month {number} of {needed} in the last "
                    f"{window} months. SSDI is paid in full during the trial work period."
                    + (
                        " This ninth month ends the trial work period; the extended period of"
                        " eligibility starts next month."
                        if ended
                        else ""
                    ),
                    rate,
                    CITE_TWP,
                    (threshold,),
                )
            events.append(("twp", f"Trial work month {number} of {needed}", number))
            if ended:
                events.append(("twp_end", "Trial work period ends (9th month)", number))
            return result("trial_work", True, twp_n=number, hist=new)
        if ex:
            ex.step(
                "ssdi.payment",
                f"Gross earnings {dollars(gross)} are not more than the trial work threshold "
                f"{dollars(threshold.value)}: not a trial work month; SSDI is paid.",
                rate,
                CITE_TWP,
                (threshold,),
            )
        return result("paid", True)

    epe_months = int(rules.at("ssa.ssdi.extended_period_months", month).value)
    grace = int(rules.at("ssa.ssdi.grace_months", month).value)
    sga = rules.at("ssa.sga.blind" if blind else "ssa.sga.non_blind", month)
    above = countable > sga.value
    epe_n = month.minus(history.twp_ended)
    in_epe = epe_n <= epe_months
    shown_epe = epe_n if in_epe else None
    if ex:
        deductions = f" (gross {dollars(gross)} less subsidy and IRWE)" if irwe or subsidy else ""
        measure = (
            f"Countable earnings {dollars(countable)}{deductions} are "
            f"{'more than' if above else 'not more than'} SGA {dollars(sga.value)}"
        )
        where = (
            f"month {epe_n} of the {epe_months}-month extended period of eligibility"
            if in_epe
            else f"after the extended period of eligibility ended in "
            f"{history.twp_ended.plus(epe_months)}"
        )
    else:
        measure = where = ""  # words are only built when the month is explained

    if history.cessation is None:
        if above:
            new = replace(history, cessation=month)
            if not in_epe:
                new = replace(new, terminated_from=month.plus(grace + 1))
            if ex:
                ex.step(
                    "ssdi.cessation",
                    f"{measure} in {where}: this is the cessation month. SSDI is paid for it "
                    f"and the next {grace} grace months"
                    + (
                        ", then entitlement ends."
                        if not in_epe
                        else "; after them, months above SGA are not paid."
                    ),
                    rate,
                    CITE_EPE + "; 20 CFR 404.401a",
                    (sga,),
                )
            events.append(
                ("cessation", "Cessation month (first month above SGA after the TWP)", epe_n)
            )
            return result("cessation", True, epe_n=shown_epe, hist=new)
        if ex:
            ex.step(
                "ssdi.payment",
                f"{measure} in {where}: SSDI is paid.",
                rate,
                CITE_EPE + "; " + CITE_SGA,
                (sga,),
            )
        return result("epe_paid" if in_epe else "paid_after_epe", True, epe_n=shown_epe)

    since = month.minus(history.cessation)
    if since <= grace:
        if ex:
            ex.step(
                "ssdi.grace",
                f"Grace month {since} of {grace} after the cessation month "
                f"{history.cessation}: SSDI is paid whatever the earnings.",
                rate,
                "20 CFR 404.1592a(a)(2)(i); 20 CFR 404.401a",
            )
        if since == grace:
            events.append(("grace_end", "Last grace month", since))
        return result("grace", True, epe_n=shown_epe)

    if in_epe:
        if above:
            if ex:
                ex.step(
                    "ssdi.payment",
                    f"{measure} in {where}: SSDI is suspended for this month (each month is "
                    "judged on its own, no averaging). It is paid again in any month at or "
                    "below SGA.",
                    ZERO,
                    CITE_EPE + "; 20 CFR 404.1574a",
                    (sga,),
                )
            if countable - sga.value < rate:
                events.append(_sga_cliff(countable, sga.value, rate))
            return result("suspended_sga", False, epe_n=shown_epe)
        if ex:
            ex.step(
                "ssdi.payment",
                f"{measure} in {where}: SSDI is paid for this month.",
                rate,
                CITE_EPE,
                (sga,),
            )
        return result("epe_paid", True, epe_n=shown_epe)

    if above:
        new = replace(history, terminated_from=month)
        if ex:
            ex.step(
                "ssdi.termination",
                f"{measure} {where}, after a cessation in the extended period: entitlement "
                "terminates this month and SSDI stops.",
                ZERO,
                "20 CFR 404.1592a(a)(3)(i); 20 CFR 404.316(b)",
                (sga,),
            )
        events.append(("termination", "SSDI entitlement terminates", None))
        if countable - sga.value < rate:
            events.append(_sga_cliff(countable, sga.value, rate))
        return result("terminated", False, hist=new)
    if ex:
        ex.step(
            "ssdi.payment",
            f"{measure} {where}: entitlement continues and SSDI is paid.",
            rate,
            CITE_EPE,
            (sga,),
        )
    return result("paid_after_epe", True)


def _sga_cliff(countable: Decimal, sga: Decimal, rate: Decimal) -> tuple[str, str, int | None]:
    """A benefit cliff: a few dollars over SGA cost the whole benefit. Name the way out."""
    excess = countable - sga
    return (
        "cliff",
        f"Earnings {dollars(excess)} over SGA cost {dollars(rate)} of SSDI this month; "
        f"impairment-related work expenses or an employer subsidy of {dollars(excess + 1)} a "
        "month would keep countable earnings under SGA (20 CFR 404.1574, 404.1576)",
        None,
    )
