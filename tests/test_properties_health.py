"""Properties of health coverage: Medicaid never ends while SSI pays cash; Medicare never ends
inside the extended period of Medicare coverage (POMS HI 00820.025)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from benefits import project
from benefits.programs.ssdi import history_before_start
from benefits.rules import default_rules
from benefits.scenario import Scenario

from .strategies import scenarios

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(s=scenarios())
def test_medicaid_never_ends_while_ssi_pays_cash(s: Scenario) -> None:
    for m in project(s, explain=False).months:
        if m.ssi.payment > 0 or m.ssi.status == "ssp_only":
            assert m.medicaid.covered is True, (m.month, m.medicaid.basis)
            assert m.medicaid.basis in ("ssi", "ssi_criteria", "ssi_209b")


@SETTINGS
@given(s=scenarios(ssdi=True))
def test_medicare_never_ends_inside_93_months_after_the_trial_work_period(s: Scenario) -> None:
    projection = project(s, explain=False)
    ended = [m for m in projection.months if m.medicare.status == "ended"]
    if not ended:
        return
    twp_end = next((ms.month for ms in projection.milestones if ms.kind == "twp_end"), None)
    if twp_end is None:
        assert s.ssdi is not None
        twp_end = history_before_start(
            s.ssdi.twp_months_used, s.ssdi.cessation_month, s.start, default_rules()
        ).twp_ended
    assert twp_end is not None
    for m in ended:
        assert m.month.minus(twp_end) > 93, (m.month, twp_end)
        assert m.ssdi.status == "terminated"
