"""SSI periods of eligibility: the first months after a month of ineligibility, suspension,
termination after 12 months of suspension, and expedited reinstatement.

- The first month of eligibility after a month of ineligibility is paid on its own income, the
  second on the first month's income, the third (and later) two months back as usual; income
  of the first month that is not in the second (non-recurring) is left out of the second and
  third computations (20 CFR 416.420(b); POMS SI 02005.005, the transitional computational
  cycle). Eligible but not payable is eligibility (POMS SI 02005.008 A.2).
- A month that fails the eligibility test is a month of suspension, except a month of 1619(b)
  status, which is eligibility for SSI purposes (20 CFR 416.264; not a suspension). After 12
  consecutive months of suspension eligibility terminates (20 CFR 416.1335); SSI then does not
  restart by itself: expedited reinstatement within 60 months when the termination came from
  earned income (20 CFR 416.999-416.999d: provisional payments for up to 6 months from the month
  after the request), or a new application.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..explain import Explainer
from ..money import ZERO, dollars
from ..months import Month
from ..state_rules import supplement_table

CITE_TCC = "20 CFR 416.420(b); POMS SI 02005.005"
CITE_SUSPENSION = "20 CFR 416.1320; 20 CFR 416.1323; POMS SI 02301.201"
CITE_TERMINATION = "20 CFR 416.1335; POMS SI 02301.205"
CITE_EXR = "20 CFR 416.999-416.999d; POMS DI 13050.067"
CITE_PROVISIONAL_SSP = "20 CFR 416.999c(a)(5)"
TERMINATION_AFTER = 12  # consecutive months of suspension (20 CFR 416.1335)
EXR_WINDOW = 60  # months after termination to request reinstatement (20 CFR 416.999a(a)(3))
PROVISIONAL_MONTHS = 6  # 20 CFR 416.999c(d)


class Period:
    """Where the person stands in SSI's periods of eligibility, as of the start of a month
    (read-only; made every month of every projection)."""

    def __init__(
        self,
        eligible_last: bool = True,  # the month before passed the eligibility test
        cycle_start: Month | None = None,  # first month of eligibility after ineligibility
        had_payment: bool = True,  # a month with a payment in this period (416.262(a), 416.264)
        suspended: int = 0,  # consecutive months of suspension so far
        suspended_for_earnings: bool = False,  # the suspension came with earned income
        terminated_from: Month | None = None,  # first month after 12 months of suspension
        terminated_for_earnings: bool = False,
        reinstated_from: Month | None = None,  # first month of provisional payments
        # the request cannot start provisional payments (POMS DI 13050.030)
        request_refused: bool = False,
    ) -> None:
        self.eligible_last: Final = eligible_last
        self.cycle_start: Final = cycle_start
        self.had_payment: Final = had_payment
        self.suspended: Final = suspended
        self.suspended_for_earnings: Final = suspended_for_earnings
        self.terminated_from: Final = terminated_from
        self.terminated_for_earnings: Final = terminated_for_earnings
        self.reinstated_from: Final = reinstated_from
        self.request_refused: Final = request_refused

    def new_cycle(self, month: Month) -> Period:
        """Eligible again from `month`: a new transitional cycle (20 CFR 416.420(b))."""
        return Period(
            self.eligible_last, month, self.had_payment, self.suspended,
            self.suspended_for_earnings, self.terminated_from, self.terminated_for_earnings,
            self.reinstated_from, self.request_refused,
        )  # fmt: skip

    def refused(self) -> Period:
        """The reinstatement request cannot start provisional payments."""
        return Period(
            self.eligible_last, self.cycle_start, self.had_payment, self.suspended,
            self.suspended_for_earnings, self.terminated_from, self.terminated_for_earnings,
            self.reinstated_from, True,
        )  # fmt: skip

    def reinstated(self, begins: Month) -> Period:
        """Provisional payments from `begins` (20 CFR 416.999c): not yet eligible, no months
        of suspension."""
        return Period(
            False, self.cycle_start, self.had_payment, 0, self.suspended_for_earnings,
            self.terminated_from, self.terminated_for_earnings, begins, self.request_refused,
        )  # fmt: skip


def budget_month(month: Month, period: Period) -> tuple[Month, int]:
    """The budget month for `month` and its place in the transitional cycle (1, 2, 3 or 0)."""
    start = period.cycle_start
    if start is not None:
        position = month.minus(start) + 1
        if position == 1:
            return month, 1
        if position == 2:
            return start, 2
        if position == 3:
            return start, 3
    return month.plus(-2), 0


def next_period(
    period: Period,
    *,
    month: Month,
    eligible: bool,
    in_1619b: bool,
    paid: bool,
    earned: bool,
) -> Period:
    """The period after `month`: eligibility, the suspension count and termination."""
    cycle = period.cycle_start
    if eligible and not period.eligible_last:
        cycle = month
    # Built field by field (not dataclasses.replace): this runs every month of every projection.
    if eligible or in_1619b:
        return Period(
            eligible, cycle, period.had_payment or paid, 0, False, period.terminated_from,
            period.terminated_for_earnings, period.reinstated_from,
        )  # fmt: skip
    count = period.suspended + 1
    for_earnings = period.suspended_for_earnings or earned
    if count >= TERMINATION_AFTER:
        return Period(
            False, cycle, period.had_payment, count, for_earnings, month.plus(1), for_earnings,
            None,
        )  # fmt: skip
    return Period(
        False, cycle, period.had_payment, count, for_earnings, period.terminated_from,
        period.terminated_for_earnings, period.reinstated_from,
    )  # fmt: skip


def reinstatement_start(period: Period, request: Month | None) -> Month | None:
    """The first month of provisional payments for a timely request after a termination that
    came from earned income (20 CFR 416.999a(a), 416.999c): the month after the request."""
    ended = period.terminated_from
    if request is None or ended is None or not period.terminated_for_earnings:
        return None
    if period.request_refused:
        return None
    if not ended <= request <= ended.plus(EXR_WINDOW - 1):
        return None
    return request.plus(1)


def provisional_number(period: Period, month: Month) -> int | None:
    """The month's place (1 to 6) among the provisional payments of an expedited
    reinstatement (20 CFR 416.999c(a), (d)), or None outside them."""
    begun = period.reinstated_from
    if begun is None or not 0 <= month.minus(begun) < PROVISIONAL_MONTHS:
        return None
    return month.minus(begun) + 1


def provisional_without_supplement(period: Period, month: Month, state: str) -> bool:
    """A provisional month in a state whose supplement SSA pays: federal SSI only, and the
    month's eligibility is federal eligibility (20 CFR 416.999c(a)(5), (c))."""
    if provisional_number(period, month) is None:
        return False
    return supplement_table().states[state].administered_by in ("ssa", "mixed")


def explain_provisional_supplement(*, ex: Explainer, by_ssa: bool) -> None:
    """Provisional payments are federal SSI only: they do not include state supplementary
    payments (20 CFR 416.999c(a)(5)); SSA pays the supplement again once it reinstates."""
    ex.step(
        "ssi.state_supplement",
        (
            "Provisional payments are federal SSI only and do not include the state "
            "supplement: $0.00 this month (it is paid again once SSA reinstates SSI)."
            if by_ssa
            else "SSA's provisional payments do not include state supplements. This state "
            "pays its supplement itself: whether it pays it with provisional SSI is the "
            "state's rule (not known to the engine), so it is figured as usual."
        ),
        ZERO if by_ssa else None,
        CITE_PROVISIONAL_SSP,
        not_modeled=not by_ssa,
    )


CITE_REFUSED = "20 CFR 416.999a(a)(4); 20 CFR 416.202(c); 20 CFR 416.999c(c); POMS DI 13050.030 A.2"


def refusal(*, request: Month, eligible_then: bool, sga_then: bool, sga_now: bool) -> str | None:
    """Why a timely request starts no provisional payments, or None: in the month of the
    request the person must meet SSI's non-medical requirements, income included, and be unable
    to do SGA (20 CFR 416.999a(a)(4)); SGA in that month and the next ends it (DI 13050.030)."""
    if not eligible_then:
        return (
            f"countable income in {request}, the month of the request, is over the federal "
            "benefit rate, so the request month does not meet SSI's income requirement"
        )
    if sga_then and sga_now:
        return (
            f"earnings are above SGA in {request}, the month of the request, and again in "
            f"{request.plus(1)}"
        )
    return None


def explain_refused(*, ex: Explainer, month: Month, why: str) -> None:
    """The request starts nothing; what to do instead."""
    ex.step(
        "ssi.reinstatement",
        f"No provisional SSI payments from {month}: {why}. SSA does not pay provisional "
        "payments on this request (the engine takes it as denied). A new request filed in a "
        "month without SGA and with countable income under the federal benefit rate would "
        "start them the month after.",
        ZERO,
        CITE_REFUSED,
    )


def window_last(period: Period) -> Month | None:
    """The last month an expedited reinstatement request can be filed."""
    if period.terminated_from is None:
        return None
    return period.terminated_from.plus(EXR_WINDOW - 1)


def explain_terminated(*, ex: Explainer, month: Month, period: Period) -> None:
    """A month after termination: no SSI and no 1619(b); what to do."""
    last = window_last(period)
    refused = (
        "The reinstatement request started no provisional payments (see its month). "
        if period.request_refused
        else ""
    )
    todo = refused + (
        f"If work stops or earnings fall, request expedited reinstatement by {last} (no new "
        "application; provisional payments for up to 6 months while SSA decides), or apply "
        "again. Keep SSA's termination notice."
        if period.terminated_for_earnings and last is not None and month <= last
        else "A new SSI application is needed to get SSI again."
    )
    ex.step(
        "ssi.payment",
        f"SSI eligibility terminated in {period.terminated_from} after 12 months in a row of "
        f"suspension: no SSI, and no 1619(b), for {month}. {todo}",
        ZERO,
        CITE_TERMINATION + "; " + CITE_EXR,
    )


def explain_period(
    *,
    ex: Explainer,
    month: Month,
    before: Period,
    after: Period,
    eligible: bool,
    in_1619b: bool,
    counted_from: Month | None = None,
) -> None:
    """Provisional payments, suspension and termination, with what to do. `counted_from` is
    the first month the engine figures (start's first budget month): a run of suspension that
    reaches back to it may have begun earlier, which the engine cannot know."""
    number = provisional_number(before, month)
    if number is not None:
        ex.step(
            "ssi.reinstatement",
            f"Expedited reinstatement: provisional payment month {number} of up "
            f"to {PROVISIONAL_MONTHS} while SSA decides (the engine assumes SSA approves; SSI is "
            "figured as usual from the month after the request).",
            None,
            CITE_EXR,
        )
    if eligible or in_1619b:
        return
    ended = after.terminated_from == month.plus(1)
    earlier = ""
    if counted_from is not None and after.suspended > month.minus(counted_from):
        earlier = (
            f"Counted from {counted_from}, the first month the engine figures; if SSI was "
            "already suspended before it, termination comes sooner: check SSA's notices. "
        )
    ex.step(
        "ssi.suspension",
        f"Not eligible this month and not in 1619(b) status: SSI is suspended (month "
        f"{after.suspended} of {TERMINATION_AFTER} in a row). "
        + earlier
        + (
            f"After 12 months in a row eligibility terminates from {after.terminated_from}: SSI "
            "will not restart by itself. Report the earnings to SSA now and keep the notice."
            if ended
            else "SSI restarts without a new application if a month is eligible again within "
            "12 months; report changes in earnings to SSA by the 10th of the next month."
        ),
        None,
        CITE_SUSPENSION + "; " + CITE_TERMINATION,
    )


def explain_budget(
    *, ex: Explainer, month: Month, chosen: Month, position: int, gone: Decimal
) -> None:
    """Which month's income pays this month in the transitional cycle, and why."""
    ex.step(
        "ssi.budget_month",
        (
            f"{month} is the first month of eligibility after a month of ineligibility: it is "
            "paid on its own income, not two months back."
            if position == 1
            else f"{month} is month {position} after SSI eligibility resumed in {chosen}: it is "
            f"paid on {chosen}'s income"
            + (f" without its non-recurring income {dollars(gone)}" if gone else "")
            + "."
        ),
        None,
        CITE_TCC,
    )
