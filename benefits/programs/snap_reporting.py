"""SNAP simplified reporting (7 CFR 273.12(a)(5)): the earnings a month's allotment budgets.

Under simplified reporting the allotment is figured at certification on the income the
household expects (7 CFR 273.10(c)(1)) and does not follow each month's pay. During the
certification period the earnings budgeted change only:

- at the periodic report of a period longer than six months (7 CFR 273.12(a)(5)(iii)), taken
  here in the sixth month, the new budget from the seventh (the state sets the month, from the
  fourth to the sixth); in a period longer than twelve months (up to 24 for a household whose
  adults are all elderly or disabled, 7 CFR 273.10(f)(1)) at the contact every twelve months
  the same rule requires instead;
- when gross income passes the gross income limit (130% of poverty): the household reports it
  by the 10th of the next month (7 CFR 273.12(a)(5)(v)) and the lower allotment starts no later
  than the month after the 10-day notice period (7 CFR 273.12(c)(2)(i)), the second month after;
- when a job ends or pay is cut: the household may report it and the state must act on a
  change that raises the allotment (7 CFR 273.12(a)(5)(vi)), no later than the first allotment
  issued 10 days after the report (7 CFR 273.12(c)(1)(i)): taken as reported in the first month
  the job is no longer in force on the first day, the new budget from the month after;
- at recertification: a new certification period (7 CFR 273.10(f), 273.14).

A new job is not acted on until one of these: the state may not act on a change that lowers
the allotment unless the household must report it or the information is verified upon receipt
(7 CFR 273.12(a)(5)(vi)). Unearned income (SSI, SSDI, VA) follows each month as before: SSA's
and VA's data exchanges reach the state as information verified upon receipt. The premiums and
the rent (the HUD tenant rent) also follow each month: a simplification, since a household
under simplified reporting need not report a lower rent, which a state acts on only when it
knows of it. A new budget takes the earnings anticipated from the jobs in force on the first day
of the month it starts, each paycheck converted to a month as 7 CFR 273.10(c)(2)(i) says
(weekly x 4.3, biweekly x 2.15, semimonthly x 2), so a month with a third biweekly paycheck
does not become the budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ..explain import Explainer
from ..money import ZERO, cents, dollars
from ..months import Month
from ..scenario import Job, Snap
from .earnings import paycheck

CITE_SIMPLIFIED = "7 CFR 273.12(a)(5)"
PERIODIC_REPORT_EVERY = 6  # months (7 CFR 273.12(a)(5)(iii): periods longer than six months)
CONTACT_EVERY = 12  # months, in periods longer than 12 (7 CFR 273.10(f)(1))


# Paychecks to a month (7 CFR 273.10(c)(2)(i)): weekly x 4.3, biweekly x 2.15; two and one.
TO_A_MONTH = {
    "weekly": Decimal("4.3"),
    "biweekly": Decimal("2.15"),
    "semimonthly": Decimal(2),
    "monthly": Decimal(1),
}


def anticipated_earnings(jobs: Sequence[Job], day: date) -> Decimal:
    """The person's monthly earnings as SNAP anticipates them: the jobs in force on `day`
    (the first of the month), each paycheck converted to a month (7 CFR 273.10(c)(2)(i))."""
    total = ZERO
    for job in jobs:
        if job.start <= day and (job.end is None or job.end >= day):
            total += paycheck(job) * TO_A_MONTH[job.pay_frequency]
    return cents(total)


@dataclass(frozen=True, slots=True)
class Budget:
    """The person's earnings the allotment budgets, carried from month to month."""

    earnings: Decimal
    wage_rate: Decimal  # the earnings anticipated when budgeted: less later is a change
    set_in: Month
    why: str
    pending: Month | None = None  # a reported change takes effect then
    pending_why: str = ""


def budget_for(
    *, month: Month, budget: Budget | None, snap: Snap, start: Month, anticipated: Decimal
) -> Budget:
    """The budget in force this month: the notice's at the first projected month, a new one at
    recertification, the periodic report or a reported change, else the one in force;
    `anticipated` is the month's anticipated earnings (anticipated_earnings)."""
    first, length = snap.certification_start or start, snap.certification_months
    into = month.minus(first) % length
    if budget is None:
        notice = snap.budgeted_earnings
        if notice is not None:
            # A job that ended before start is still budgeted: its loss is a change to report.
            rate = notice if notice > 0 and anticipated == 0 else anticipated
            return Budget(notice, rate, month, "the earnings on the notice")
        return Budget(anticipated, anticipated, month, f"the earnings anticipated in {month}")
    if into == 0:
        why = f"recertification: a new certification period from {month}"
        return Budget(anticipated, anticipated, month, why)
    every = PERIODIC_REPORT_EVERY if length <= CONTACT_EVERY else CONTACT_EVERY
    if length > PERIODIC_REPORT_EVERY and into % every == 0:
        why = f"the periodic report of {month.plus(-1)}, in force from {month}"
        return Budget(anticipated, anticipated, month, why)
    if budget.pending == month:
        return Budget(anticipated, anticipated, month, budget.pending_why)
    return budget


def look_for_change(
    *,
    month: Month,
    budget: Budget,
    wages_paid: Decimal,
    anticipated: Decimal,
    gross_other: Decimal,
    gross_limit: Decimal,
) -> Budget:
    """A change this month that the state acts on in a later month; `gross_other` is the rest
    of the household's gross income this month, `wages_paid` the person's wages received."""
    found: tuple[Month, str] | None = None
    gross_now, gross_budgeted = wages_paid + gross_other, budget.earnings + gross_other
    if anticipated < budget.wage_rate:
        found = (
            month.plus(1),
            f"a job ended or pay was cut (the jobs in force pay {dollars(anticipated)} a "
            f"month, {dollars(budget.wage_rate)} when budgeted), taken as reported in {month}: "
            f"the earnings anticipated in {month.plus(1)} are budgeted from then",
        )
    elif gross_now > gross_limit >= gross_budgeted:
        found = (
            month.plus(2),
            f"gross income {dollars(gross_now)} in {month} passed the limit of "
            f"{dollars(gross_limit)}: reported by the 10th of {month.plus(1)}, the earnings "
            f"anticipated in {month.plus(2)} are budgeted from then, after the 10-day notice",
        )
    if found is None or (budget.pending is not None and budget.pending <= found[0]):
        return budget
    return replace(budget, pending=found[0], pending_why=found[1])


def explain_budget(
    ex: Explainer, *, start: Month, budget: Budget, wages_paid: Decimal, snap: Snap
) -> None:
    """Which earnings this month's allotment counts, and why."""
    first = snap.certification_start or start
    text = (
        f"Simplified reporting (certification periods of {snap.certification_months} months "
        f"from {first}): the allotment counts the person's earnings of "
        f"{dollars(budget.earnings)} budgeted in {budget.set_in} ({budget.why}); wages paid "
        f"this month are {dollars(wages_paid)}. The budget changes only at the periodic report, "
        "recertification, or a reported change: gross income over the gross income limit, or a "
        "job that ends or pay that is cut (a new job alone is not acted on)."
    )
    if budget.pending is not None:
        text += f" Pending from {budget.pending}: {budget.pending_why}."
    ex.step(
        "snap.budgeted_earnings",
        text,
        budget.earnings,
        f"{CITE_SIMPLIFIED}; 7 CFR 273.12(c)",
    )
