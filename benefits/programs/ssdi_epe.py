"""SSDI after the trial work period: the extended period of eligibility (the law's
"reentitlement period", 20 CFR 404.1592a) and after it. The cessation month (the first SGA month
after the trial work period, judged with every SGA rule), the two grace months, suspension for
SGA within the 36 months, and termination for SGA after them (20 CFR 404.401a; POMS DI 13010.210,
DI 28055.001).
"""

from __future__ import annotations

from decimal import Decimal

from ..explain import Explainer
from ..money import ZERO, cents, dollars, positive
from ..months import Month
from ..rules import RuleValue
from .ssdi_record import EPMC_AFTER_EPE_MONTH, Event, MonthFacts, SSDIMonth, WorkHistory

CITE_EPE = "20 CFR 404.1592a; POMS DI 13010.210; DI 28055.001"
CITE_SGA = "20 CFR 404.1574(a)(2), (b)(2); 20 CFR 404.1576; POMS DI 10505.005"
CITE_UWA = "20 CFR 404.1574(c); POMS DI 11010.145; DI 10505.035"
CITE_AVERAGING = "20 CFR 404.1574a; POMS DI 10505.015"


def after_twp(facts: MonthFacts, history: WorkHistory) -> tuple[SSDIMonth, WorkHistory]:
    """The extended period of eligibility and after: cessation, grace, suspension, termination."""
    assert history.twp_ended is not None
    month = facts.month
    epe_months = facts.limits.epe_months
    sga = facts.limits.sga
    epe_n = month.minus(history.twp_ended)
    in_epe = epe_n <= epe_months
    where = (
        f"month {epe_n} of the {epe_months}-month extended period of eligibility"
        if in_epe
        else f"after the extended period of eligibility ended in "
        f"{history.twp_ended.plus(epe_months)}"
    )
    if facts.ex and history.twp_end_assumed:
        _assumed_twp_end(facts.ex, history, epe_months)
    if history.cessation is None:
        above = facts.countable > sga.value
        return _cessation_test(
            facts, history, sga, above=above, epe_n=epe_n, in_epe=in_epe, where=where
        )
    since = month.minus(history.cessation)
    grace = facts.limits.grace_months
    if since <= grace:
        return _grace_month(facts, history, since, grace, shown_epe=epe_n if in_epe else None)
    if in_epe:
        return _epe_month(facts, history, sga, epe_n=epe_n, where=where)
    return _after_epe(facts, history, sga, epe_n=epe_n, where=where)


def _assumed_twp_end(ex: Explainer, history: WorkHistory, epe_months: int) -> None:
    """A cessation month on record without the trial work months: the period ended before it
    (20 CFR 404.1592a(a)(1)), and the engine takes the latest end it can have."""
    assert history.twp_ended is not None
    ex.step(
        "ssdi.record",
        f"The record gives a cessation month ({history.cessation}) but not the trial work "
        f"months: the trial work period was completed before it. The engine takes it as "
        f"ending in {history.twp_ended}, the latest it can, so the extended period of "
        f"eligibility runs through {history.twp_ended.plus(epe_months)} at the latest. If it "
        "ended before the cessation month, entitlement ended after the grace months and "
        "SSDI restarts only through expedited reinstatement. Enter ssdi.twp_end_month "
        "from the BPQY.",
        None,
        "20 CFR 404.1592a(a)(1); POMS DI 13010.210",
        not_modeled=True,
    )


def _grace_month(
    facts: MonthFacts, history: WorkHistory, since: int, grace: int, *, shown_epe: int | None
) -> tuple[SSDIMonth, WorkHistory]:
    """The grace months after the cessation month are paid whatever the earnings
    (20 CFR 404.1592a(a)(2)(i); 404.401a)."""
    if facts.ex:
        facts.ex.step(
            "ssdi.grace",
            f"Grace month {since} of {grace} after the cessation month "
            f"{history.cessation}: SSDI is paid whatever the earnings.",
            facts.rate,
            "20 CFR 404.1592a(a)(2)(i); 20 CFR 404.401a",
        )
    if since == grace:
        facts.events.append(("grace_end", "Last grace month", since))
    return facts.result("grace", True, history, epe_n=shown_epe)


def _epe_month(
    facts: MonthFacts, history: WorkHistory, sga: RuleValue, *, epe_n: int, where: str
) -> tuple[SSDIMonth, WorkHistory]:
    """In the EPE after the grace months: not paid for a month of SGA, paid for any other
    (20 CFR 404.1592a(a)(2); 404.401a)."""
    month, ex = facts.month, facts.ex
    measure = _measure(facts, sga) if ex else ""
    if facts.countable > sga.value:
        if ex:
            ex.step(
                "ssdi.payment",
                f"{measure} in {where}: SSDI is suspended for this month (after the "
                "cessation month each month is judged on its own: no averaging, no "
                "unsuccessful work attempt). It is paid again in any month at or below "
                "SGA: report the change in earnings to SSA.",
                ZERO,
                CITE_EPE + "; 20 CFR 404.1574a(c); POMS DI 11010.145; " + CITE_SGA,
                uses=(sga,),
            )
        if facts.countable - sga.value < facts.rate:
            facts.events.append(_sga_cliff(facts.countable, sga.value, facts.rate))
        return facts.result(
            "suspended_sga", False, _unpaid_for_work(history, month, epe_n), epe_n=epe_n
        )
    if ex:
        ex.step(
            "ssdi.payment",
            f"{measure} in {where}: SSDI is paid for this month.",
            facts.rate,
            CITE_EPE,
            uses=(sga,),
        )
    return facts.result("epe_paid", True, history, epe_n=epe_n)


def _after_epe(
    facts: MonthFacts, history: WorkHistory, sga: RuleValue, *, epe_n: int, where: str
) -> tuple[SSDIMonth, WorkHistory]:
    """After the EPE, a month of SGA terminates entitlement (20 CFR 404.1592a(a)(3)(i))."""
    month, ex = facts.month, facts.ex
    measure = _measure(facts, sga) if ex else ""
    if facts.countable > sga.value:
        new = _unpaid_for_work(history, month, epe_n)._replace(terminated_from=month)
        if ex:
            ex.step(
                "ssdi.termination",
                f"{measure} {where}, after a cessation in the extended period: entitlement "
                "terminates this month and SSDI stops. Keep SSA's termination notice: for 60 "
                "months expedited reinstatement can be requested if work stops or drops below "
                "SGA because of the impairment.",
                ZERO,
                "20 CFR 404.1592a(a)(3)(i); 20 CFR 404.316(b); 20 CFR 404.1592b-404.1592c; "
                + CITE_SGA,
                uses=(sga,),
            )
        facts.events.append(("termination", "SSDI entitlement terminates", None))
        if facts.countable - sga.value < facts.rate:
            facts.events.append(_sga_cliff(facts.countable, sga.value, facts.rate))
        return facts.result("terminated", False, new)
    if ex:
        ex.step(
            "ssdi.payment",
            f"{measure} {where}: entitlement continues and SSDI is paid.",
            facts.rate,
            CITE_EPE,
            uses=(sga,),
        )
    return facts.result("paid_after_epe", True, history)


def _measure(facts: MonthFacts, sga: RuleValue, countable: Decimal | None = None) -> str:
    if not facts.ex:
        return ""  # words are only built when the month is explained
    counted = facts.countable if countable is None else countable
    deductions = (
        f" (gross {dollars(facts.gross)} less subsidy and IRWE)"
        if facts.countable != facts.gross
        else ""
    )
    return (
        f"Countable earnings {dollars(counted)}{deductions} are "
        f"{'more than' if counted > sga.value else 'not more than'} SGA {dollars(sga.value)}"
    )


def _unpaid_for_work(history: WorkHistory, month: Month, epe_n: int) -> WorkHistory:
    """Record the first month after the EPE's 15th not paid because of work (42 CFR 406.12(e);
    POMS HI 00820.025 A.4: the grace months, paid, do not start the count)."""
    if history.epmc_from is None and epe_n > EPMC_AFTER_EPE_MONTH:
        return history._replace(epmc_from=month)
    return history


def _cessation_test(
    facts: MonthFacts,
    history: WorkHistory,
    sga: RuleValue,
    *,
    above: bool,
    epe_n: int,
    in_epe: bool,
    where: str,
) -> tuple[SSDIMonth, WorkHistory]:
    """Before any cessation: the first SGA month after the TWP is the cessation month, judged
    with all the SGA rules, unsuccessful work attempts and averaging included (404.1592a(a)(1))."""
    month, ex = facts.month, facts.ex
    shown_epe = epe_n if in_epe else None
    counted = positive(facts.countable - facts.uwa_earnings)
    run = history.work_run + (counted,) if facts.gross > 0 else ()
    uwa_spared = above and counted <= sga.value
    above = counted > sga.value
    if ex and uwa_spared:
        _uwa_not_sga(ex, facts.uwa_earnings, counted)
    _flag_averaging(facts, run, sga, above)
    grace = facts.limits.grace_months
    if above:
        new = history._replace(cessation=month, work_run=())
        if not in_epe:
            ends = month.plus(grace + 1)
            new = new._replace(terminated_from=ends, epmc_from=history.epmc_from or ends)
        if ex:
            ex.step(
                "ssdi.cessation",
                f"{_measure(facts, sga, counted)} in {where}: this is the cessation month. SSDI "
                f"is paid for it and the next {grace} grace months"
                + (
                    ", then entitlement ends."
                    if not in_epe
                    else "; after them, months above SGA are not paid."
                )
                + " Report the work to SSA now, so that the months after the grace period are "
                "not paid by mistake (an overpayment).",
                facts.rate,
                CITE_EPE + "; 20 CFR 404.401a; " + CITE_SGA,
                uses=(sga,),
            )
        facts.events.append(
            ("cessation", "Cessation month (first month above SGA after the TWP)", epe_n)
        )
        return facts.result("cessation", True, new, epe_n=shown_epe)
    if ex:
        ex.step(
            "ssdi.payment",
            f"{_measure(facts, sga, counted)} in {where}: SSDI is paid.",
            facts.rate,
            CITE_EPE + "; " + CITE_SGA,
            uses=(sga,),
        )
    status = "epe_paid" if in_epe else "paid_after_epe"
    if run != history.work_run:  # a month without earnings keeps the history as it was
        history = history._replace(work_run=run)
    return facts.result(status, True, history, epe_n=shown_epe)


def _uwa_not_sga(ex: Explainer, uwa_earnings: Decimal, counted: Decimal) -> None:
    """Earnings of an unsuccessful work attempt are not SGA at the cessation decision
    (20 CFR 404.1574(c); 404.1592a(a)(1))."""
    ex.step(
        "ssdi.unsuccessful_work_attempt",
        f"{dollars(uwa_earnings)} of this month's earnings are from work marked as an "
        "unsuccessful work attempt (6 months or less, ended or reduced below SGA because "
        "of the impairment): they are not counted as SGA, so this is not a cessation month.",
        counted,
        CITE_UWA,
    )


def _flag_averaging(
    facts: MonthFacts, run: tuple[Decimal, ...], sga: RuleValue, above: bool
) -> None:
    """Where earnings vary across SGA, averaging over the period of work (20 CFR 404.1574a)
    could decide the cessation month differently; the engine judges each month and says so."""
    if len(run) < 2 or not facts.ex:
        return
    average = sum(run, ZERO) / len(run)
    if above == (average > sga.value):
        return
    facts.ex.step(
        "ssdi.averaging",
        f"Earnings vary across SGA in this period of work ({len(run)} months, average "
        f"{dollars(average)}). SSA can average earnings over a period of work before deciding "
        f"the cessation month, which could "
        + ("find no SGA this month" if above else "find SGA this month")
        + ". The engine judges each month on its own: ask SSA for the work review.",
        cents(average),  # the amount as the text shows it (money in steps has two places)
        CITE_AVERAGING,
        uses=(sga,),
        not_modeled=True,
    )


def _sga_cliff(countable: Decimal, sga: Decimal, rate: Decimal) -> Event:
    """A benefit cliff: a few dollars over SGA cost the whole benefit. Name the way out."""
    excess = countable - sga
    return (
        "cliff",
        f"Earnings {dollars(excess)} over SGA cost {dollars(rate)} of SSDI this month; "
        f"impairment-related work expenses or an employer subsidy of {dollars(excess + 1)} a "
        "month would keep countable earnings under SGA (20 CFR 404.1574, 404.1576)",
        None,
    )
