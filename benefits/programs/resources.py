"""SSI resources over time: savings and an ABLE account, counted at the first moment of a month.

SSI counts resources as of the first moment of each month (20 CFR 416.1207(a); POMS SI
01110.600): money received in a month is income in that month and, if kept, a resource from the
first moment of the next. A month that starts over the limit (20 CFR 416.1205: $2,000 for an
individual) pays no SSI. The first $100,000 of an ABLE account is excluded; the balance above it
counts, and when only that excess puts a recipient over the limit SSI is suspended and SSI-based
Medicaid continues (POMS SI 01130.740). Federal tax refunds and the EITC are excluded for 12
months after the month received (26 U.S.C. 6409; POMS SI 01130.676).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..explain import Explainer
from ..money import ZERO, dollars
from ..months import Month
from ..rules import RuleBook, RuleValue
from ..scenario import Scenario

CITE_FIRST_MOMENT = "20 CFR 416.1207(a); POMS SI 01110.600"
CITE_LIMIT = "20 CFR 416.1201; 20 CFR 416.1205"
CITE_ABLE = "POMS SI 01130.740"
CITE_TAX_REFUND = "26 U.S.C. 6409; POMS SI 01130.676"
ABLE_ONSET_AGE_CITE = "26 U.S.C. 529A(e)(1) (as amended by the SECURE 2.0 Act of 2022, sec. 124)"


class ResourceMonth:
    """Resources at the first moment of one month."""

    def __init__(
        self,
        month: Month,
        savings: Decimal,  # countable savings other than the ABLE account
        able_balance: Decimal,
        able_excess: Decimal,  # the part of the ABLE balance over the exclusion, which counts
        limit: Decimal,
        uses: tuple[RuleValue, ...],
    ) -> None:
        self.month: Final = month
        self.savings: Final = savings
        self.able_balance: Final = able_balance
        self.able_excess: Final = able_excess
        self.limit: Final = limit
        self.uses: Final = uses

    @property
    def countable(self) -> Decimal:
        return self.savings + self.able_excess

    @property
    def over_limit(self) -> bool:
        return self.countable > self.limit

    @property
    def only_able_excess(self) -> bool:
        """Over the limit only because of the ABLE balance above $100,000 (SSI suspended,
        SSI-based Medicaid continues: POMS SI 01130.740)."""
        return self.over_limit and self.savings <= self.limit


def resources_at(month: Month, scenario: Scenario, rules: RuleBook) -> ResourceMonth:
    """Countable resources at the first moment of `month` under the scenario's saving plan.

    `resources` is the countable amount at the first moment of `start`; each month's saving is
    kept into the next month, so it counts from the first moment of the month after it is put
    aside (20 CFR 416.1207(d)).
    """
    limit = rules.at("ssa.ssi.resource_limit.individual", month)
    elapsed = max(month.minus(scenario.start), 0)
    plan = scenario.savings
    savings = scenario.resources + (plan.per_month * elapsed if plan else ZERO)
    able = (plan.able_balance + plan.able_per_month * elapsed) if plan else ZERO
    uses: tuple[RuleValue, ...] = (limit,)
    excess = ZERO
    if able > 0:
        exclusion = rules.at("ssa.ssi.able_exclusion", month)
        uses = (limit, exclusion)
        excess = max(able - exclusion.value, ZERO)
    return ResourceMonth(month, savings, able, excess, limit.value, uses)


def explain_resources(found: ResourceMonth, ex: Explainer) -> None:
    """The step that shows the month's countable resources against the limit."""
    parts = f"savings {dollars(found.savings)}"
    if found.able_balance:
        parts += (
            f"; the ABLE account ({dollars(found.able_balance)}) counts only above its "
            f"exclusion: {dollars(found.able_excess)}"
        )
    verdict = (
        "over the limit: no SSI is due for a month that starts over it"
        if found.over_limit
        else "within the limit"
    )
    ex.step(
        "resources.countable",
        f"Countable resources at the first moment of {found.month}: {parts}; total "
        f"{dollars(found.countable)} against SSI's {dollars(found.limit)} limit, {verdict}.",
        found.countable,
        CITE_FIRST_MOMENT + "; " + CITE_LIMIT + ("; " + CITE_ABLE if found.able_balance else ""),
        uses=found.uses,
    )


def first_month_over(months: list[ResourceMonth]) -> ResourceMonth | None:
    """The first month that starts over the resource limit, if any."""
    return next((r for r in months if r.over_limit), None)


def resource_warnings(
    found: ResourceMonth, first_over: ResourceMonth | None, able_used: bool, first: bool
) -> list[tuple[str, str, str, str]]:
    """(kind, text, cite, details) warnings about resources for one month.

    A warning three months before the first month over the limit (or at the start when it is
    sooner), one in each month that starts over it, and, once, ABLE's eligibility rule.
    """
    out = []
    if first_over is not None and not found.over_limit:
        ahead = first_over.month.minus(found.month)
        if ahead == 3 or (first and 0 < ahead < 3):
            out.append(
                (
                    "resources_limit_ahead",
                    "At this saving rate countable resources will pass SSI's limit: no SSI (and "
                    "no 1619(b) Medicaid) for a month that starts over it. Before then, spend on "
                    "things SSI does not count, or save in an ABLE account (its first $100,000 "
                    "is not counted) or under a PASS.",
                    CITE_FIRST_MOMENT + "; " + CITE_LIMIT + "; " + CITE_ABLE,
                    f"{dollars(first_over.countable)} at the first moment of {first_over.month}; "
                    f"the limit is {dollars(first_over.limit)}.",
                )
            )
    if found.over_limit:
        text = (
            "Countable resources start this month over the limit: no SSI is due for it. Report "
            "the balance to SSA; 12 months in a row without SSI end it."
        )
        if found.only_able_excess:
            text = (
                "The ABLE account is over $100,000, and the excess puts countable resources "
                "over the limit: SSI is suspended while it does, SSI-based Medicaid continues, "
                "and the 12-month termination rule does not apply."
            )
        out.append(
            (
                "excess_resources",
                text,
                CITE_LIMIT + "; 20 CFR 416.1335; " + CITE_ABLE,
                f"{dollars(found.countable)} at the first moment of {found.month}"
                + (f" (ABLE balance {dollars(found.able_balance)})" if found.able_balance else "")
                + f"; the limit is {dollars(found.limit)}.",
            )
        )
    if able_used and first:
        out.append(
            (
                "able_eligibility",
                "An ABLE account needs a disability (or blindness) that began before age 26, "
                "or before age 46 for accounts from 2026-01-01; people getting SSI or SSDI on "
                "such a disability qualify automatically.",
                ABLE_ONSET_AGE_CITE,
                "",
            )
        )
    return out
