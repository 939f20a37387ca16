"""SSDI after termination for work: the expedited reinstatement window, provisional benefits
and the 24-month initial reinstatement period (20 CFR 404.1592b-404.1592f; POMS DI 13050.010,
DI 13050.066).

A request (`ssdi.reinstatement_request`) within 60 months of the termination month, in a month
the person cannot do SGA because of the impairment, starts up to 6 consecutive months of
provisional benefits while SSA decides. The engine assumes SSA approves the reinstatement and
says so. In the initial reinstatement period benefits are not paid for months of SGA (judged
month by month: no grace months, averaging or unsuccessful work attempts); after 24 payable
months a new trial work period, extended period, reinstatement window and extended Medicare
begin.
"""

from __future__ import annotations

from ..money import ZERO, dollars
from ..months import Month
from ..rules import RuleValue
from .ssdi_record import MonthFacts, SSDIMonth, SSDIRecord, WorkHistory

CITE_EXR = "20 CFR 404.1592b-404.1592d; POMS DI 13050.010"
CITE_PROVISIONAL = "20 CFR 404.1592e; POMS DI 13050.010"
CITE_IRP = "20 CFR 404.1592f; POMS DI 13050.066"
PROVISIONAL_MONTHS = 6  # up to 6 consecutive months (20 CFR 404.1592e(a))
IRP_PAYABLE_MONTHS = 24  # the initial reinstatement period (20 CFR 404.1592f; DI 13050.066)


def terminated_month(
    facts: MonthFacts, history: WorkHistory, record: SSDIRecord
) -> tuple[SSDIMonth, WorkHistory]:
    """A month after entitlement ended: nothing is paid unless reinstatement is requested."""
    assert history.terminated_from is not None
    month, ex = facts.month, facts.ex
    fra = record.full_retirement
    if fra is not None and month >= fra:
        return _after_full_retirement_age(facts, history, fra)
    window = facts.rules.at("ssa.ssdi.expedited_reinstatement_months", month)
    last = history.terminated_from.plus(int(window.value) - 1)
    request = record.reinstatement_request
    timely = request is not None and history.terminated_from <= request <= last
    if timely and request is not None and month >= request and not history.request_denied:
        return _requested(facts, history, request, window)
    if ex:
        if history.request_denied:
            why = (
                f"The reinstatement request in {request} was denied: earnings were above SGA in "
                "that month and the next (POMS DI 13050.060 A.1). A new request can be filed in "
                "a month work is below SGA. "
            )
        elif request is not None and not timely:
            why = (
                f"The reinstatement request in {request} is "
                + (
                    "before entitlement ended, so it is not an expedited reinstatement request."
                    if request < history.terminated_from
                    else f"more than {window.value} months after termination: a new "
                    "application is needed instead."
                )
                + " "
            )
        else:
            why = ""
        ex.step(
            "ssdi.payment",
            f"Entitlement ended in {history.terminated_from}: no SSDI is paid. {why}"
            + (
                f"If work stops or drops below SGA because of the impairment, ask SSA for "
                f"expedited reinstatement (no new application) by {last}: up to "
                f"{PROVISIONAL_MONTHS} months of provisional benefits are paid while SSA "
                "decides. Keep the termination notice."
                if month <= last
                else f"The expedited reinstatement window ended in {last}: a new "
                "application is needed if work stops."
            ),
            ZERO,
            CITE_EXR,
            uses=(window,),
        )
    return facts.result("terminated", False, history)


def _requested(
    facts: MonthFacts, history: WorkHistory, request: Month, window: RuleValue
) -> tuple[SSDIMonth, WorkHistory]:
    """From a timely request: provisional benefits from the request month, or from the next
    month when the request month itself is above SGA (20 CFR 404.1592e; POMS DI 13050.010)."""
    month, ex = facts.month, facts.ex
    sga = facts.limits.sga
    if month == request and facts.countable > sga.value:
        if ex:
            ex.step(
                "ssdi.reinstatement",
                f"Expedited reinstatement is requested in {month}, a month with countable "
                f"earnings {dollars(facts.countable)} above SGA {dollars(sga.value)}: "
                "provisional benefits begin next month.",
                ZERO,
                CITE_PROVISIONAL,
                uses=(sga, window),
            )
        facts.events.append(("reinstatement_request", "Expedited reinstatement requested", None))
        return facts.result("terminated", False, history._replace(reinstated_from=month.plus(1)))
    if month == request:
        facts.events.append(("reinstatement_request", "Expedited reinstatement requested", None))
    return reinstatement_month(facts, history._replace(reinstated_from=month))


def reinstatement_month(
    facts: MonthFacts, history: WorkHistory, *, request: Month | None = None
) -> tuple[SSDIMonth, WorkHistory]:
    """A month of provisional or reinstated benefits in the initial reinstatement period."""
    assert history.reinstated_from is not None
    month, ex = facts.month, facts.ex
    if month < history.reinstated_from:
        return facts.result("terminated", False, history)
    sga = facts.limits.sga
    after_request = request is not None and month == request.plus(1) == history.reinstated_from
    if request is not None and after_request and facts.countable > sga.value:
        return _denied(facts, history, request, sga)  # SGA in the request month and in this one
    provisional = (
        not history.provisional_over and month.minus(history.reinstated_from) < PROVISIONAL_MONTHS
    )
    if month == history.reinstated_from:
        facts.events.append(
            ("reinstatement", "Provisional SSDI benefits start (expedited reinstatement)", None)
        )
    if facts.countable > sga.value:
        return _over_sga(facts, history, sga, provisional=provisional)
    payable = history.irp_payable_months + 1
    done = payable >= IRP_PAYABLE_MONTHS
    if ex:
        _explain_payable(facts, history, sga, provisional=provisional, payable=payable)
    if done:
        facts.events.append(("irp_end", "Initial reinstatement period complete", payable))
        return facts.result("provisional" if provisional else "reinstated", True, WorkHistory())
    new = history._replace(irp_payable_months=payable)
    return facts.result("provisional" if provisional else "reinstated", True, new)


def _over_sga(
    facts: MonthFacts, history: WorkHistory, sga: RuleValue, *, provisional: bool
) -> tuple[SSDIMonth, WorkHistory]:
    """A month over SGA in the initial reinstatement period: no benefit, each month judged on
    its own, and a provisional period ends (20 CFR 404.1592f; 404.1592e)."""
    if facts.ex:
        facts.ex.step(
            "ssdi.payment",
            f"Countable earnings {dollars(facts.countable)} are more than SGA "
            f"{dollars(sga.value)} in the initial reinstatement period: no benefit for this "
            "month (each month is judged on its own; no grace months, averaging or "
            "unsuccessful work attempts). Medicare continues. Report the earnings to SSA."
            + (" Provisional benefits end." if provisional else ""),
            ZERO,
            CITE_IRP + "; " + CITE_PROVISIONAL,
            uses=(sga,),
        )
    over = history.provisional_over or provisional
    return facts.result("reinstated_sga", False, history._replace(provisional_over=over))


def _explain_payable(
    facts: MonthFacts, history: WorkHistory, sga: RuleValue, *, provisional: bool, payable: int
) -> None:
    """The step of a payable month: provisional or reinstated, and its place in the 24."""
    assert facts.ex is not None and history.reinstated_from is not None
    done = payable >= IRP_PAYABLE_MONTHS
    facts.ex.step(
        "ssdi.payment",
        (
            f"Provisional benefit month {facts.month.minus(history.reinstated_from) + 1} of up "
            f"to {PROVISIONAL_MONTHS} while SSA decides the expedited reinstatement: "
            f"{dollars(facts.rate)} (the engine assumes SSA approves; provisional benefits "
            "paid before a denial are generally not an overpayment). "
            if provisional
            else f"Reinstated SSDI {dollars(facts.rate)}. "
        )
        + f"Payable month {payable} of the {IRP_PAYABLE_MONTHS}-month initial reinstatement "
        "period"
        + (
            ": it is complete, and a new trial work period, extended period of eligibility "
            "and reinstatement window begin next month."
            if done
            else "."
        ),
        facts.rate,
        (CITE_PROVISIONAL + "; " if provisional else "") + CITE_IRP,
        uses=(sga,),
    )


def _denied(
    facts: MonthFacts, history: WorkHistory, request: Month, sga: RuleValue
) -> tuple[SSDIMonth, WorkHistory]:
    """SGA in the month of the request and in the month after it: the month of entitlement must
    be a month without SGA, so SSA issues a technical denial and pays nothing (20 CFR
    404.1592c(a)(4)(i), 404.1592e(a)(1); POMS DI 13050.060 A.1, DI 28057.001 B)."""
    if facts.ex:
        facts.ex.step(
            "ssdi.reinstatement",
            f"Countable earnings {dollars(facts.countable)} are above SGA {dollars(sga.value)} "
            f"again in {facts.month}, the month after the request ({request}, also above SGA): "
            "SSA denies the expedited reinstatement request (a technical denial), so no "
            "provisional benefits are paid. File a new request in a month work is below SGA "
            "because of the impairment, within the 60 months.",
            ZERO,
            "20 CFR 404.1592c(a)(4)(i); 20 CFR 404.1592e(a)(1); POMS DI 13050.060; "
            "POMS DI 28057.001",
            uses=(sga,),
        )
    facts.events.append(("reinstatement_denied", "Expedited reinstatement request denied", None))
    return facts.result(
        "terminated", False, history._replace(reinstated_from=None, request_denied=True)
    )


def _after_full_retirement_age(
    facts: MonthFacts, history: WorkHistory, fra: Month
) -> tuple[SSDIMonth, WorkHistory]:
    """After termination, from the month full retirement age is attained: disability benefits
    end the month before it (20 CFR 404.316(b)(2)), so there is nothing to reinstate; retirement
    benefits are claimed by application (20 CFR 404.310, 404.603), whatever the work, since
    the earnings test does not apply from full retirement age (404.430)."""
    if facts.ex:
        facts.ex.step(
            "ssdi.payment",
            f"SSDI entitlement ended in {history.terminated_from}, and full retirement age is "
            f"attained in {fra}: disability benefits cannot be reinstated from then (they end "
            "the month before full retirement age), so expedited reinstatement no longer "
            "applies. Retirement benefits on the same record are paid on an application, "
            "whatever the earnings, from the same primary insurance amount (the benefit on "
            f"record is {dollars(facts.rate)}); the engine does not pay them without the "
            "application and does not know SSA's recomputation: ask SSA for the amount.",
            ZERO,
            "20 CFR 404.316(b)(2); 20 CFR 404.310; 20 CFR 404.603; 20 CFR 404.430",
            not_modeled=True,
        )
    return facts.result("terminated", False, history)
