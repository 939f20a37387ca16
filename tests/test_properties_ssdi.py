"""SSDI work rules as a state machine: any sequence of work and idle months keeps the law's
invariants (20 CFR 404.1592, 404.1592a)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from benefits import project
from benefits.months import Month
from benefits.programs.ssdi import WorkHistory, ssdi_month
from benefits.rules import default_rules
from benefits.scenario import Scenario

from .strategies import scenarios

RULES = default_rules()
RATE = Decimal("1000.00")
# amounts around the 2026 thresholds: TWP $1,210, SGA $1,690 (carried forward into 2027+)
EARNINGS = st.sampled_from(
    [
        Decimal(x)
        for x in ("0", "500", "1210.00", "1210.01", "1500", "1690.00", "1690.01", "2500", "4000")
    ]
)


class SSDIWork(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.month = Month(2026, 1)
        self.history = WorkHistory()
        self.decided: list[tuple[Month, Decimal, str, Decimal]] = []

    def _advance(self, gross: Decimal, irwe: Decimal = Decimal("0.00")) -> None:
        result, self.history = ssdi_month(
            month=self.month,
            history=self.history,
            gross=gross,
            irwe=irwe,
            subsidy=Decimal("0.00"),
            blind=False,
            rate=RATE,
            rules=RULES,
            ex=None,
        )
        self.decided.append((self.month, gross - irwe, result.status, result.payment))
        self.last = result
        self.month = self.month.plus(1)

    @rule(gross=EARNINGS)
    def work_month(self, gross: Decimal) -> None:
        self._advance(gross)

    @rule(gross=EARNINGS, irwe=st.sampled_from([Decimal("100.00"), Decimal("400.00")]))
    def work_month_with_irwe(self, gross: Decimal, irwe: Decimal) -> None:
        self._advance(gross, min(irwe, gross))

    @rule()
    def idle_month(self) -> None:
        self._advance(Decimal("0"))

    @invariant()
    def trial_work_months_never_exceed_nine(self) -> None:
        if self.decided:
            assert self.last.twp_months_used <= 9
            assert self.last.twp_month_number is None or self.last.twp_month_number <= 9

    @invariant()
    def no_payment_lost_without_cessation_or_sga(self) -> None:
        seen_cessation = False
        for month, countable, status, payment in self.decided:
            if status == "cessation":
                seen_cessation = True
            if payment == 0:
                assert status in ("suspended_sga", "terminated"), (month, status)
                assert seen_cessation, f"{month}: no payment without an earlier cessation month"
                if status == "suspended_sga":
                    assert countable > Decimal("1690.00"), (month, countable)

    @invariant()
    def paid_in_full_or_nothing(self) -> None:
        for _, _, _, payment in self.decided:
            assert payment in (Decimal("0.00"), RATE)

    @invariant()
    def grace_follows_cessation(self) -> None:
        statuses = [s for _, _, s, _ in self.decided]
        for i, status in enumerate(statuses):
            if status == "cessation":
                after = statuses[i + 1 : i + 3]
                assert all(s == "grace" for s in after), statuses


TestSSDIWork = SSDIWork.TestCase
TestSSDIWork.settings = settings(max_examples=150, stateful_step_count=70, deadline=None)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(s=scenarios(ssdi=True))
def test_projection_trial_work_months_never_exceed_nine(s: Scenario) -> None:
    for m in project(s, explain=False).months:
        assert m.ssdi.twp_months_used <= 9
