"""Resources' row in the program table (benefits/programs/resources.py): countable resources at
the first moment of the month, under the scenario's saving plan, before SSI and Medicaid decide.

SSI pays nothing for a month that starts over the resource limit (20 CFR 416.1205, 416.1207),
and 1619(b) Medicaid has the same resource test (20 CFR 416.264), so this row comes first.
"""

from __future__ import annotations

from ..money import dollars
from ..months import Month
from ..programs import resources as law
from ..results import Milestone
from ..rules import RuleBook
from ..scenario import Scenario
from .base import Decided, MonthContext, Program, milestone


def start(scenario: Scenario, rules: RuleBook) -> None:
    return None


def decide(ctx: MonthContext, so_far: Decided, carry: None) -> tuple[law.ResourceMonth, None]:
    s = ctx.scenario
    found = law.resources_at(ctx.month, s, ctx.rules)
    if ctx.ex and (s.ssi is not None or s.savings is not None):
        law.explain_resources(found, ctx.ex)
    return found, None


def milestones(
    month: Month, before: law.ResourceMonth | None, now: law.ResourceMonth
) -> list[Milestone]:
    if now.over_limit and (before is None or not before.over_limit):
        return [
            milestone(
                month,
                "resources_over_limit",
                f"Countable resources {dollars(now.countable)} start the month over SSI's "
                f"{dollars(now.limit)} limit",
            )
        ]
    return []


PROGRAM: Program[law.ResourceMonth, None] = Program(
    "resources", start, decide, milestones, once=frozenset({"resources_over_limit"})
)
