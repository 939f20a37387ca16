"""The projection's output: one MonthResult per month, every amount with its steps.

The JSON dump of `Projection` is a public contract (`benefits project --json`): money is a
decimal string with two places, months are "YYYY-MM".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from .construct import build as build
from .construct import made as made
from .construct import replaced as replaced
from .months import Month


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class RuleUse(_Out):
    """A dated rule value used by a step, with its source."""

    id: str
    label: str
    value: Decimal
    unit: str
    effective: date
    source: str
    carried_forward: bool = False
    published_through: date | None = None
    origin: str = Field(
        default="published",
        description="published | secondary | computed | carried_forward | overlay | override",
    )
    basis: str = Field(default="", description="Where the value comes from, in words.")
    overlay: str | None = Field(default=None, description="The local rules overlay file used.")


class Step(_Out):
    """One explained amount: what was computed, why, under which law, from which values."""

    rule: str = Field(description="What this step computes, e.g. ssi.payment.")
    month: Month
    amount: Decimal | None = None
    because: str = Field(description="Plain-language explanation.")
    cite: str = ""
    uses: list[RuleUse] = Field(default_factory=list)
    carried_forward: bool = False
    not_modeled: bool = False


class Earnings(_Out):
    job: int
    name: str | None
    paydays: list[date]
    paycheck: Decimal
    wages_paid: Decimal
    wages_earned: Decimal


class SSIResult(_Out):
    status: str = Field(
        description="none | eligible | 1619a | 1619b_candidate | ssp_only | "
        "zero_unearned_income | ineligible_earnings | excess_resources | ineligible_sga | "
        "terminated"
    )
    payment: Decimal
    countable_income: Decimal = Field(
        description="Countable income of the budget month behind this month's payment."
    )
    budget_month: Month | None
    payment_standard: Decimal
    countable_income_this_month: Decimal = Field(
        description="Countable income of this month itself, which decides eligibility."
    )
    countable_unearned_income: Decimal
    countable_earned_income: Decimal
    student_exclusion_applied: Decimal = Field(description="SEIE applied to this month's wages.")
    state_supplement: Decimal | None = Field(
        description="Optional state supplement this month; None when the state pays one but its "
        "amount is unknown (enter ssi.state_supplement)."
    )


class SSDIResult(_Out):
    status: str = Field(
        description="none | paid | trial_work | epe_paid | cessation | grace | "
        "suspended_sga | paid_after_epe | terminated | provisional | reinstated | "
        "reinstated_sga | converted_retirement"
    )
    payment: Decimal = Field(description="Gross, before any Medicare premium.")
    benefit_rate: Decimal
    countable_earnings: Decimal = Field(description="Earnings for SGA after IRWE and subsidy.")
    twp_months_used: int = Field(description="Trial work months in the current 60-month window.")
    twp_month_number: int | None = None
    epe_month_number: int | None = None


class HousingResult(_Out):
    status: str = Field(description="none | assisted")
    total_tenant_payment: Decimal
    family_share: Decimal = Field(description="What the family pays toward rent and utilities.")
    tenant_rent: Decimal = Field(description="Rent the family pays to the owner or agency.")
    assistance: Decimal = Field(
        description="Housing assistance payment (vouchers) or the "
        "program's share of the gross rent."
    )
    utility_reimbursement: Decimal
    reexam: str = Field(description="annual | interim | none: the reexamination this month.")
    rules: str = Field(
        description="pre_hotma | hotma: the rules of the reexamination that set the rent."
    )
    rent_set_in: Month | None
    annual_income: Decimal
    adjusted_income: Decimal


class MedicaidResult(_Out):
    covered: bool | None = Field(
        description="None when it cannot be decided without a value "
        "the user must enter (the state's 1619(b) threshold)."
    )
    basis: str = Field(
        description="ssi | ssi_criteria | ssi_209b | 1619b | "
        "1619b_threshold_unknown | buy_in | expansion | none"
    )
    premium: Decimal | None = Field(
        description="Monthly premium; None when the state's rule varies and was not computed."
    )
    threshold_1619b: Decimal | None = None
    annual_earnings_1619b: Decimal | None = None


class MedicareResult(_Out):
    covered: bool | None
    status: str = Field(description="none | waiting | covered | extended | ended | unknown")
    part_b_premium: Decimal = Field(description="What the person pays for Part B this month.")
    part_b_paid_by: str
    part_a_premium: Decimal


class TaxesResult(_Out):
    payroll: Decimal = Field(
        description="Social Security and Medicare tax withheld from this month's paychecks."
    )
    social_security: Decimal
    medicare: Decimal
    income_tax_withheld: Decimal = Field(
        description="Estimated federal income tax withheld: the "
        "year's tax spread over the year's wages."
    )
    eitc: Decimal = Field(
        description="Earned income tax credit received this month (with the "
        "refund for the previous tax year)."
    )
    eitc_monthly_average: Decimal = Field(description="This tax year's EITC divided by 12.")
    income_tax_year: Decimal = Field(description="Federal income tax for this month's tax year.")


class SnapResult(_Out):
    status: str = Field(description="none | eligible | ineligible | not_modelled")
    benefit: Decimal
    gross_income: Decimal = Field(description="The gross income the allotment counts.")
    net_income: Decimal
    gross_income_received: Decimal = Field(
        Decimal("0.00"),
        description="The month's gross income as received, which the reporting threshold "
        "looks at (7 CFR 273.12(a)(5)(v)); under simplified reporting the allotment may count "
        "other earnings (budgeted_earnings).",
    )
    budgeted_earnings: Decimal | None = Field(
        None, description="Simplified reporting: the person's earnings the allotment counts."
    )


class VAResult(_Out):
    compensation: Decimal = Field(description="VA disability compensation paid this month.")
    pension: Decimal = Field(description="Veterans Pension paid this month (needs-based).")
    dependents_portion: Decimal = Field(
        description="The part paid for dependents; not the veteran's income for SSI."
    )
    pension_source: str = Field(description="none | entered | computed: where the pension is from.")
    maximum_annual_pension_rate: Decimal | None = None
    countable_income_for_pension: Decimal | None = Field(
        None, description="Income for VA purposes a year, when the pension is computed."
    )
    tdiu: bool = False
    tdiu_warning: str | None = Field(
        None, description="Set when annualised earnings pass the one-person poverty threshold."
    )
    pension_rate: str = Field(
        "basic", description="basic | housebound | aid_and_attendance: the computed pension's rate."
    )
    pension_dependents: int = Field(
        0, description="Dependents (spouse and children) the computed pension is figured for."
    )
    net_worth_limit: Decimal | None = Field(
        None, description="VA's net worth limit (38 CFR 3.274), when the pension is computed."
    )


class Report(_Out):
    """Something the person must tell an agency, and by when (issue 13)."""

    to: str = Field(description="The agency, in words, e.g. Social Security Administration.")
    what: str = Field(
        description="What to report, in plain language (the same words for the "
        "same duty in every month, so a summary can group them)."
    )
    details: str = Field("", description="This month's specifics: amounts, dates, the job.")
    due: date = Field(description="The date the report is due (ISO).")
    cite: str
    how: str = Field("", description="How to report, where the agency offers ways.")


class MonthWarning(_Out):
    """A risk in this month (an overpayment, a lost benefit, an assumed value) and what to do."""

    kind: str
    text: str = Field(description="The risk and what to do, in the same words in every month.")
    cite: str
    details: str = Field("", description="This month's specifics: amounts, dates.")


class ResourcesResult(_Out):
    """Countable resources at the first moment of the month (20 CFR 416.1207)."""

    countable: Decimal = Field(description="Countable resources, ABLE's first $100,000 excluded.")
    able_balance: Decimal
    over_limit: bool = Field(description="Countable resources are over SSI's resource limit.")
    limit: Decimal


class MonthResult(_Out):
    month: Month
    wages_earned: Decimal
    wages_paid: Decimal
    ssi: SSIResult
    ssdi: SSDIResult
    housing: HousingResult
    medicaid: MedicaidResult
    medicare: MedicareResult
    taxes: TaxesResult
    snap: SnapResult
    va: VAResult
    total_income: Decimal = Field(
        description="wages_paid + SSI + state supplement + SSDI + VA, before taxes and costs."
    )
    net_income: Decimal = Field(
        description="wages_paid - payroll tax - income tax withheld + SSI + state supplement + "
        "SSDI - the Part B premium the person pays - the Medicaid premium (when known) + SNAP + "
        "the EITC received - the family's rent share (with HUD housing)."
    )
    net_income_change_vs_no_work: Decimal | None = Field(
        description="net_income minus the net income of the same person with no jobs (None when "
        "the comparison was not asked for)."
    )
    earnings: list[Earnings] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    carried_forward: list[str] = Field(
        default_factory=list, description="Rule values used this month that were carried forward."
    )
    reports: list[Report] = Field(
        default_factory=list, description="What to report this month, to whom and by when."
    )
    warnings: list[MonthWarning] = Field(
        default_factory=list, description="Risks in this month and what to do about them."
    )
    resources: ResourcesResult | None = Field(
        None, description="Countable resources at the first moment of the month."
    )

    def explain(self, prefix: str = "") -> str:
        return "\n".join(f"{s.rule}: {s.because}" for s in self.steps if s.rule.startswith(prefix))


class Milestone(_Out):
    month: Month
    kind: str
    text: str
    number: int | None = Field(
        None, description="A count where the milestone has one, e.g. the trial work month number."
    )


class IncentiveCheck(_Out):
    """A work incentive that may apply but is not computed: why, and where to ask."""

    name: str
    why: str
    where: str
    cite: str


class Projection(_Out):
    scenario: str
    start: Month
    months: list[MonthResult]
    milestones: list[Milestone] = Field(default_factory=list)
    not_modeled: list[str] = Field(default_factory=list)
    assumptions: list[str] = Field(default_factory=list)
    engine: str = "benefits 0.1.0"
    incentives_to_check: list[IncentiveCheck] = Field(
        default_factory=list,
        description="Work incentives that may apply to this scenario but are not computed.",
    )
