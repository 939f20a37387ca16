"""Warnings: the months where something can go wrong, in plain words, with what to do.

Overpayments (an SSDI check for a month SSA will find is not due; the extra payday that lowers
SSI two months later; a trial work month that must be reported), the 1619(b) Medicaid-use test,
losing the state's payment of Part B or Extra Help, and values the projection had to assume.
Every warning names the law it rests on.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..money import dollars
from ..months import Month
from ..results import MonthResult, MonthWarning, build
from ..scenario import Scenario
from .earnings import paydays
from .reporting import JobEvent, on_ssdi, on_ssi

USUAL_PAYDAYS = {"weekly": 4, "biweekly": 2, "semimonthly": 2, "monthly": 1}
STATE_PAYS_PART_B = frozenset({"state_medicaid", "qmb", "slmb", "qi"})
PERSON_PAYS_PART_B = frozenset({"person", "person_from_ssdi"})
SSI_RECIPIENT = frozenset({"eligible", "1619a", "ssp_only"})

CITE_HELP_SSI = "20 CFR 416.550, 416.1409(a), 416.1336(b)"  # waiver, appeal, continued payment
CITE_HELP_SSDI = "20 CFR 404.506, 404.909(a)"  # waiver, appeal
CITE_1619B_USE = "20 CFR 416.268; POMS SI 02302.040"
CITE_EXTRA_HELP = "42 CFR 423.773(c); POMS HI 03010.005"
CITE_MSP = "42 U.S.C. 1396a(a)(10)(E); 42 CFR 406.26"


def warning(kind: str, text: str, cite: str, details: str = "") -> MonthWarning:
    return build(MonthWarning, kind=kind, text=text, cite=cite, details=details)


OVERPAYMENT_RISKS = frozenset({"overpayment_risk", "extra_payday"})


def if_overpaid(found: list[MonthWarning], ssi: bool, ssdi: bool) -> list[MonthWarning]:
    """What to do about an overpayment notice, in every month that carries the risk.

    The same words each month, so a summary lists it once with its months.
    """
    if not any(w.kind in OVERPAYMENT_RISKS for w in found):
        return []
    text = (
        "If SSA says you were overpaid: ask for a waiver (form SSA-632) if it was not your "
        "fault and repaying would be a hardship, or appeal (form SSA-561) within 60 days."
    )
    if ssi:
        text += " Appeal within 10 days to keep SSI unchanged meanwhile."
    cite = "; ".join(c for c, on in ((CITE_HELP_SSI, ssi), (CITE_HELP_SSDI, ssdi)) if on)
    return [warning("if_overpaid", text, cite)]


def ssdi_warnings(result: MonthResult, scenario: Scenario) -> list[MonthWarning]:
    """A trial work month to report; the cessation month; SSDI that is not due for the month."""
    if not on_ssdi(result, scenario):
        return []
    ssdi, found = result.ssdi, []
    if ssdi.twp_month_number is not None:
        found.append(
            warning(
                "trial_work_month",
                "A trial work month: SSDI is still paid, but SSA counts it. Report the work now, "
                "so SSA does not find it later as an overpayment.",
                "20 CFR 404.1592; 20 CFR 404.1588(a)",
                f"Trial work month {ssdi.twp_month_number} of 9; gross earnings "
                f"{dollars(_gross(result, scenario))}.",
            )
        )
    if ssdi.status == "cessation":
        found.append(
            warning(
                "ssdi_cessation",
                "The cessation month: SSDI is paid for it and the next two (grace) months, then "
                "not for a month of work above SGA. Set aside any check for those months.",
                "20 CFR 404.1592a(a)(1)",
            )
        )
    if ssdi.status == "suspended_sga" and ssdi.benefit_rate > 0:
        found.append(
            warning(
                "overpayment_risk",
                "SSDI is not due (work above SGA after the grace months). A check that arrives "
                "anyway is an overpayment: set it aside.",
                "20 CFR 404.1592a(a)(2)(i); 20 CFR 404.401a",
                f"Countable earnings {dollars(ssdi.countable_earnings)}; the check would be "
                f"{dollars(ssdi.benefit_rate)}.",
            )
        )
    return found


def _gross(result: MonthResult, scenario: Scenario) -> Decimal:
    """The earnings SSDI counts for the month: paid, or earned when the scenario says so."""
    earned = scenario.ssdi is not None and scenario.ssdi.count_wages_when == "earned"
    return result.wages_earned if earned else result.wages_paid


def extra_payday_warning(
    result: MonthResult,
    scenario: Scenario,
    by_month: Mapping[Month, MonthResult],
    by_budget_month: Mapping[Month, MonthResult],  # the first month paid on each budget month
) -> list[MonthWarning]:
    """A month with more paydays than usual lowers the SSI payment it is the budget month of."""
    if not on_ssi(result, scenario) or result.wages_paid == 0:
        return []
    jobs = scenario.jobs
    extra = [
        e for e in result.earnings if len(e.paydays) > USUAL_PAYDAYS[jobs[e.job].pay_frequency]
    ]
    if not extra:
        return []
    label = ", ".join(
        f"{len(e.paydays)} paydays from {e.name or f'job {e.job + 1}'}" for e in extra
    )
    paid = by_budget_month.get(result.month)
    before = by_month.get(paid.month.plus(-1)) if paid else None
    effect = ""
    if paid and before:
        effect = (
            f" The SSI payment for {paid.month} is {dollars(paid.ssi.payment)}, against "
            f"{dollars(before.ssi.payment)} in {before.month}."
        )
    return [
        warning(
            "extra_payday",
            "An extra payday lowers the SSI check two months later (SSI counts wages when "
            "paid): budget for it.",
            "20 CFR 416.1111(a), 416.420",
            f"{label} ({dollars(result.wages_paid)} paid in all).{effect}",
        )
    ]


def health_warnings(
    result: MonthResult, previous: MonthResult | None, first_1619b: bool
) -> list[MonthWarning]:
    """The 1619(b) Medicaid-use test (in the first 1619(b) month); the state stops paying
    Part B; Extra Help's deemed status ends."""
    found = []
    before = previous.medicaid.basis if previous else None
    if result.medicaid.basis == "1619b" and first_1619b:
        found.append(
            warning(
                "1619b_medicaid_use",
                "1619(b) keeps Medicaid only if you need it to work: you used it in the past 12 "
                "months, expect to, or could not pay sudden medical bills.",
                CITE_1619B_USE,
            )
        )
    if result.medicaid.basis == "1619b_threshold_unknown" and (
        before != "1619b_threshold_unknown" or result.month.month == 1
    ):
        found.append(
            warning(
                "assumed_threshold",
                "The state's 1619(b) threshold for this year is not known, so Medicaid cannot "
                "be decided. Enter it from SSA's chart as medicaid.threshold_1619b.",
                "20 CFR 416.269; POMS SI 02302.200",
                f"{result.month.year}",
            )
        )
    if previous is None:
        return found
    now_b, then_b = result.medicare.part_b_paid_by, previous.medicare.part_b_paid_by
    if then_b in STATE_PAYS_PART_B and now_b in PERSON_PAYS_PART_B:
        found.append(
            warning(
                "msp_lost",
                "From this month the state no longer pays the Medicare Part B premium. Ask the "
                "state Medicaid agency whether a Medicare Savings Program (QMB, SLMB or QI) "
                "still covers you: each has its own income limit.",
                CITE_MSP,
                f"Part B premium now yours: {dollars(result.medicare.part_b_premium)} a month.",
            )
        )
    found += _extra_help(result, previous)
    return found


def _extra_help(result: MonthResult, previous: MonthResult) -> list[MonthWarning]:
    """Losing SSI, Medicaid or the state's Part B payment ends Extra Help's deemed status."""
    if not result.medicare.covered:
        return []
    had = (
        previous.ssi.status in SSI_RECIPIENT
        or bool(previous.medicaid.covered)
        or previous.medicare.part_b_paid_by in STATE_PAYS_PART_B
    )
    has = (
        result.ssi.status in SSI_RECIPIENT
        or bool(result.medicaid.covered)
        or result.medicare.part_b_paid_by in STATE_PAYS_PART_B
    )
    if not had or has:
        return []
    # Status in any month from July on deems a person for the rest of that year and the next.
    year = result.month.year + (1 if result.month.month >= 8 else 0)
    return [
        warning(
            "extra_help",
            "Extra Help with Medicare drug costs: you were deemed eligible because you had "
            "SSI, Medicaid or a Medicare Savings Program. That deemed status lasts to the end "
            "of the year (of the next year when it was held in July or later); Medicare sends a "
            "letter in the fall before it ends. To keep Extra Help after that, apply to SSA "
            "(form SSA-1020).",
            CITE_EXTRA_HELP,
            f"Deemed eligible through December {year}.",
        )
    ]


def supplement_warning(
    result: MonthResult, previous: MonthResult | None, scenario: Scenario
) -> list[MonthWarning]:
    """A state supplement the engine could not source, once a year."""
    if not on_ssi(result, scenario) or result.ssi.state_supplement is not None:
        return []
    if previous is not None and previous.ssi.state_supplement is None and result.month.month != 1:
        return []
    return [
        warning(
            "assumed_supplement",
            "The state supplement's amount is unknown and left out of the numbers: enter it "
            "as ssi.state_supplement.",
            "20 CFR 416.2001; 20 CFR 416.2025",
            f"{scenario.state}, {result.month.year}.",
        )
    ]


def final_paycheck_warning(result: MonthResult, scenario: Scenario) -> list[MonthWarning]:
    """A job that ends after its last payday, with no final paycheck entered: pay for the last
    days worked usually comes on a later payday, and SSI counts wages in the month they are
    paid (20 CFR 416.1111(a)), so the months after the job would be overstated."""
    found = []
    for number, job in enumerate(scenario.jobs, start=1):
        end = job.end
        if end is None or job.last_payday is not None or Month.of(end) != result.month:
            continue
        days = paydays(job, result.month)
        if days and days[-1] == end:
            continue
        found.append(
            warning(
                "final_paycheck",
                f"{job.name or f'Job {number}'} ends on {end}, after its last payday: pay for "
                "the last days worked usually comes on a later payday, which the projection "
                "does not count. Enter the date of the final paycheck (jobs[].last_payday): SSI "
                "counts it in the month it is paid and in the payment two months later, and "
                "SSA presumes SSDI earnings are earned in the month paid.",
                "20 CFR 416.1111(a); 20 CFR 416.420; Bipartisan Budget Act of 2015 section 825",
                f"Last payday by then: {days[-1] if days else 'none this month'}.",
            )
        )
    return found


def medical_premium_warning(
    result: MonthResult, previous: MonthResult | None, scenario: Scenario
) -> list[MonthWarning]:
    """Medical expenses entered while the person pays a Part B or Medicaid premium: HUD and
    SNAP add those premiums to the expenses entered (24 CFR 5.603(b); 7 CFR 273.9(d)(3)(iii),
    (vi)), so an amount that already includes them counts them twice. Files written before
    the engine added them were told to include premiums. Said in the first month the person
    pays a premium, and again when the premium changes."""
    if not scenario.medical_expenses or (scenario.housing is None and scenario.snap is None):
        return []
    premiums = result.medicare.part_b_premium + (result.medicaid.premium or Decimal("0"))
    if not premiums:
        return []
    if previous is not None:
        before = previous.medicare.part_b_premium + (previous.medicaid.premium or Decimal("0"))
        if before == premiums:
            return []
    counted = " and ".join(
        name for name, on in (("HUD rent", scenario.housing), ("SNAP", scenario.snap)) if on
    )
    return [
        warning(
            "medical_premiums_added",
            f"{counted} {'count' if ' and ' in counted else 'counts'} the Medicare Part B and "
            "Medicaid premiums you pay "
            f"({dollars(premiums)} a month) on top of the {dollars(scenario.medical_expenses)} "
            "of medical expenses entered. If that amount already includes them, take them "
            "out of the medical expenses entered, or they are counted twice.",
            "24 CFR 5.603(b); 7 CFR 273.9(d)(3)",
        )
    ]


def buy_in_warning(result: MonthResult, events: list[JobEvent]) -> list[MonthWarning]:
    """A Medicaid buy-in enrollee's new job, when the state's reporting rule is not entered."""
    if result.medicaid.basis != "buy_in" or not events:
        return []
    return [
        warning(
            "buy_in_reporting",
            "Medicaid buy-in: ask the state how soon to report the change in work (the premium "
            "depends on income); enter it as medicaid.buy_in_report_within_days.",
            "42 U.S.C. 1396a(a)(10)(A)(ii)(XIII), (XV)",
        )
    ]


def tax_refund_warning(
    result: MonthResult, scenario: Scenario, countable: Decimal, limit: Decimal
) -> list[MonthWarning]:
    """The EITC and refunds are excluded from SSI resources for 12 months after receipt; kept
    longer, they count: a warning when the EITC kept on top of the savings would pass the limit.
    """
    if not on_ssi(result, scenario) or result.taxes.eitc == 0:
        return []
    if countable + result.taxes.eitc <= limit:
        return []
    counts_from = result.month.plus(13)
    return [
        warning(
            "tax_refund_resources",
            "The EITC or a tax refund is not income for SSI and not a resource for 12 months; "
            "what is left after that counts. Keep it apart from other savings.",
            "26 U.S.C. 6409; POMS SI 01130.676",
            f"EITC {dollars(result.taxes.eitc)}; what is left counts from the first moment of "
            f"{counts_from}.",
        )
    ]


def tdiu_warning(result: MonthResult, previous: MonthResult | None) -> list[MonthWarning]:
    """VA's individual unemployability rating: work above marginal employment may be reviewed.

    The VA row notes it (benefits/programs/va.py); here it becomes a warning in the first month
    of each run of such months, with what to do.
    """
    note = result.va.tdiu_warning
    if not note or (previous is not None and previous.va.tdiu_warning):
        return []
    return [
        warning(
            "tdiu_review",
            "VA rates individual unemployability (TDIU) on the inability to keep more than "
            "marginal employment: earnings over the poverty threshold for one person can bring "
            "a review and a lower rating. Report the work to VA on the employment questionnaire "
            "(VA Form 21-4140) when asked, and ask a veterans service officer first.",
            "38 CFR 4.16(a); 38 CFR 3.343(c)",
            note,
        )
    ]


HAS_NOTES = "notes" in MonthResult.model_fields  # a per-month notes list, if programs add one
TRANSITIONS = {  # (program, status): (kind, what to do, cite), in the first month of the status
    ("ssdi", "terminated"): (
        "ssdi_terminated",
        "SSDI entitlement ends (work above SGA after the extended period). Keep the notice: if "
        "work stops or drops below SGA within 60 months, ask SSA for expedited reinstatement, "
        "with up to 6 months of provisional benefits while it decides.",
        "20 CFR 404.1592a(a)(3); 20 CFR 404.1592b-404.1592e",
    ),
    ("ssdi", "provisional"): (
        "ssdi_provisional",
        "Provisional SSDI while SSA decides the reinstatement request: keep reporting work; "
        "SSA decides within the 6 months of provisional benefits.",
        "20 CFR 404.1592e",
    ),
    ("ssdi", "converted_retirement"): (
        "ssdi_retirement",
        "At full retirement age SSDI becomes a retirement benefit: work no longer ends it for "
        "disability, and trial work and SGA no longer apply.",
        "20 CFR 404.316(b); 20 CFR 404.409",
    ),
    ("ssi", "terminated"): (
        "ssi_terminated",
        "SSI ends after 12 months in a row without a payment. It does not restart by itself: "
        "within 60 months ask SSA for expedited reinstatement, or apply again.",
        "20 CFR 416.1335; 20 CFR 416.999-416.999d",
    ),
}


def transition_warnings(result: MonthResult, previous: MonthResult | None) -> list[MonthWarning]:
    """The months where SSI or SSDI ends, restarts or converts, with what to do; and any
    per-month note the programs record (`notes`: text and cite), as warnings."""
    found = []
    for program in ("ssi", "ssdi"):
        status = getattr(result, program).status
        before = getattr(previous, program).status if previous else None
        if status != before and (program, status) in TRANSITIONS:
            kind, text, cite = TRANSITIONS[(program, status)]
            found.append(warning(kind, text, cite))
    for note in getattr(result, "notes", None) or [] if HAS_NOTES else []:
        text, cite = getattr(note, "text", ""), getattr(note, "cite", "")
        if text and cite:
            found.append(warning(getattr(note, "kind", "transition"), text, cite))
    return found
