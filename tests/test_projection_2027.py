"""A projection into 2027 labels where each rule value comes from (issue 12)."""

from __future__ import annotations

from decimal import Decimal

from benefits import Scenario, project


def test_projection_into_2027_labels_published_computed_secondary_and_carried() -> None:
    # SSDI $1,000 and SSI, own household, a $1,500-a-month job: 2026 months use SSA's published
    # values; 2027 months use the computed SGA, the secondary-source taxable maximum,
    # FBR and COLA, and the IRS amounts carried forward from 2026 (tax year 2027 not found).
    scenario = Scenario.model_validate(
        {
            "name": "into 2027",
            "start": "2026-12",
            "months": 3,
            "state": "OH",
            "person": {"birth_date": "1980-01-01"},
            "ssi": {},
            "ssdi": {
                "monthly_benefit": "1000.00",
                "entitlement_month": "2015-01",
                "twp_months_used": [f"2024-{m:02}" for m in range(1, 10)],
            },
            "jobs": [
                {
                    "start": "2026-10-01",
                    "monthly_gross": "1500.00",
                    "pay_frequency": "monthly",
                    "first_payday": "2026-10-31",
                }
            ],
        }
    )
    december, january, _ = project(scenario).months
    uses = {u.id: u for s in december.steps for u in s.uses}
    assert uses["ssa.sga.non_blind"].basis == "published by SSA"
    assert uses["ssa.ssi.federal_benefit_rate.individual"].value == Decimal("994.00")
    uses = {u.id: u for s in january.steps for u in s.uses}
    sga = uses["ssa.sga.non_blind"]
    assert (sga.value, sga.origin) == (Decimal("1770.00"), "computed")
    assert sga.basis.startswith("computed by 20 CFR 404.1574(b)(2) from the 2025 national")
    base = uses["ssa.contribution_and_benefit_base"]
    assert (base.value, base.origin) == (Decimal("192300.00"), "secondary")
    fbr = uses["ssa.ssi.federal_benefit_rate.individual"]
    assert (fbr.value, fbr.origin) == (Decimal("1029.00"), "secondary")
    assert fbr.basis.startswith("published by SSA (secondary source:")
    deduction = uses["irs.income_tax.standard_deduction.single"]
    assert deduction.carried_forward and deduction.origin == "carried_forward"
    assert deduction.basis == "carried forward from 2026 (published by the IRS): not yet published"
    text = " ".join(s.because for s in january.steps)
    assert "computed by 20 CFR 404.1574(b)(2)" in text
    assert "the 2027 value is not yet published" in text
    assert january.ssdi.payment == Decimal("1036.00")  # 1,000 x 1.036 (the 2027 COLA)
