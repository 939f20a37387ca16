"""SSDI and work: trial work period, extended period of eligibility, cessation, grace months,
suspension and termination (20 CFR 404.1574, 404.1592, 404.1592a, 404.401a; POMS DI 10505,
DI 13010), conversion at full retirement age (20 CFR 404.316(b)), one month at a time.

The month's state (trial work months used, when the trial work period ended, the cessation
month, termination, expedited reinstatement) is carried from month to month in an immutable
`WorkHistory`. The extended period of eligibility is in `ssdi_epe`, expedited reinstatement
in `ssdi_reinstatement`, the record and the month's figures in `ssdi_record`.
"""

from __future__ import annotations

from decimal import Decimal

from ..explain import Explainer
from ..money import ZERO, dollars, positive
from ..months import Month
from ..rules import RuleBook
from . import ssdi_reinstatement as exr
from .ssdi_epe import after_twp
from .ssdi_record import (
    Limits,
    MonthFacts,
    SSDIMonth,
    SSDIRecord,
    WorkHistory,
    benefit_rate,
    count_in_window,
    full_retirement_month,
    history_before_start,
    limits,
    months_in_window,
)

__all__ = [
    "Limits",
    "MonthFacts",
    "SSDIMonth",
    "SSDIRecord",
    "WorkHistory",
    "benefit_rate",
    "full_retirement_month",
    "history_before_start",
    "limits",
    "months_in_window",
    "ssdi_month",
]

CITE_TWP = "20 CFR 404.1592; POMS DI 13010.035; DI 13010.060"
CITE_FRA = "20 CFR 404.316(b)(2); 20 CFR 404.409; 20 CFR 404.430"


def countable_earnings(gross: Decimal, irwe: Decimal, subsidy: Decimal) -> Decimal:
    """Earnings for the SGA test: gross less subsidy and IRWE (20 CFR 404.1574, 404.1576)."""
    return positive(gross - subsidy - irwe)


def ssdi_month(
    *,
    month: Month,
    history: WorkHistory,
    gross: Decimal,
    irwe: Decimal,
    subsidy: Decimal,
    blind: bool,
    rate: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
    uwa_earnings: Decimal = ZERO,
    record: SSDIRecord | None = None,
    rule_values: Limits | None = None,
) -> tuple[SSDIMonth, WorkHistory]:
    """Decide one month's SSDI: status, payment, and the work history carried forward.

    `uwa_earnings` is the part of `gross` from work that was an unsuccessful work attempt;
    `rule_values` are `limits(rules, month, blind)`, if already looked up.
    """
    record = record or SSDIRecord()
    facts = MonthFacts(
        month,
        gross,
        countable_earnings(gross, irwe, subsidy),
        uwa_earnings,
        rate,
        blind,
        rules,
        ex,
        rule_values or limits(rules, month, blind),
    )
    entitled = (
        history.terminated_from is None
        or month < history.terminated_from
        or history.reinstated_from is not None
    )
    if record.full_retirement is not None and month >= record.full_retirement and entitled:
        return _converted(facts, history, record.full_retirement)
    if history.reinstated_from is not None:
        return exr.reinstatement_month(facts, history, request=record.reinstatement_request)
    if not entitled:
        return exr.terminated_month(facts, history, record)
    if history.twp_ended is None:
        return _trial_work(facts, history)
    return after_twp(facts, history)


def _converted(
    facts: MonthFacts, history: WorkHistory, fra: Month
) -> tuple[SSDIMonth, WorkHistory]:
    """At full retirement age disability benefits become retirement benefits of the same amount
    (the PIA); work no longer suspends them and the retirement earnings test does not apply
    from that month (20 CFR 404.316(b)(2), 404.430)."""
    if facts.month == fra:
        facts.events.append(("retirement", "SSDI converts to retirement benefits", None))
    if facts.ex:
        facts.ex.step(
            "ssdi.payment",
            f"Full retirement age is attained in {fra}: disability benefits ended the month "
            "before and retirement benefits of the same amount are paid from it automatically. "
            "Work no longer stops the benefit (no SGA test, no trial work or extended period, "
            f"no earnings test from full retirement age): {dollars(facts.rate)} is paid.",
            facts.rate,
            CITE_FRA,
        )
    return facts.result("converted_retirement", True, history)


def _trial_work(facts: MonthFacts, history: WorkHistory) -> tuple[SSDIMonth, WorkHistory]:
    """Trial work period: gross earnings above the threshold use a month; SSDI is paid."""
    month, gross, ex = facts.month, facts.gross, facts.ex
    needed, window = facts.limits.twp_months, facts.limits.twp_window
    threshold = facts.limits.twp_threshold
    if gross > threshold.value:
        number = count_in_window(history.twp_months, month, window) + 1
        ended = month if number >= needed else None
        new = history._replace(twp_months=history.twp_months + (month,), twp_ended=ended)
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
                facts.rate,
                CITE_TWP,
                uses=(threshold,),
            )
        facts.events.append(("twp", f"Trial work month {number} of {needed}", number))
        if ended:
            facts.events.append(("twp_end", "Trial work period ends (9th month)", number))
        return facts.result("trial_work", True, new, twp_n=number)
    if ex:
        ex.step(
            "ssdi.payment",
            f"Gross earnings {dollars(gross)} are not more than the trial work threshold "
            f"{dollars(threshold.value)}: not a trial work month; SSDI is paid.",
            facts.rate,
            CITE_TWP,
            uses=(threshold,),
        )
    return facts.result("paid", True, history)
