"""One vocabulary: a short and a long plain wording for every status, basis and milestone kind.

The JSON output keeps the codes (`1619b_candidate`, `suspended_sga`: a public contract); people
see these words instead, in the CLI, the screen and the report. tests/test_vocabulary.py fails
when the engine can produce a code that has no wording here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Wording:
    short: str  # a table cell or chart label
    long: str  # a sentence for a person


W = Wording

SSI_STATUS = {
    "none": W("no SSI", "No SSI in this scenario."),
    "eligible": W("paid", "SSI is paid."),
    "1619a": W("paid, 1619(a)", "SSI is paid under section 1619(a): earnings are above SGA."),
    "1619b_candidate": W(
        "$0, 1619(b)?",
        "Earnings bring SSI cash to $0; Medicaid can continue under section 1619(b).",
    ),
    "ssp_only": W("supplement only", "Federal SSI is $0; only the state supplement is paid."),
    "zero_unearned_income": W(
        "$0, unearned", "Unearned income alone uses up SSI's payment standard."
    ),
    "ineligible_earnings": W("$0, earnings", "This month's earnings are too high for SSI."),
    "excess_resources": W("$0, resources", "Countable resources are over SSI's limit."),
    "ineligible_sga": W(
        "$0, SGA",
        "No SSI: earnings are above SGA and SSI was never paid before (1619(a) needs a prior "
        "month of eligibility).",
    ),
    "terminated": W(
        "terminated",
        "SSI ended after 12 months in a row of suspension: ask for reinstatement or reapply.",
    ),
}

SSDI_STATUS = {
    "none": W("no SSDI", "No SSDI in this scenario."),
    "paid": W("paid", "SSDI is paid."),
    "trial_work": W("TWP", "A trial work month: SSDI is paid in full."),
    "epe_paid": W("EPE, paid", "In the extended period of eligibility, at or below SGA: paid."),
    "cessation": W("cessation", "The cessation month: the first month above SGA; still paid."),
    "grace": W("grace", "A grace month after the cessation month: paid whatever the earnings."),
    "suspended_sga": W(
        "suspended", "Not paid this month: earnings are above SGA in the extended period."
    ),
    "paid_after_epe": W("paid", "Paid: after the extended period, earnings at or below SGA."),
    "terminated": W("terminated", "SSDI entitlement has ended."),
    "provisional": W(
        "provisional", "Provisional SSDI while SSA decides an expedited reinstatement request."
    ),
    "reinstated": W("reinstated", "Reinstated SSDI in the initial reinstatement period: paid."),
    "reinstated_sga": W(
        "$0, reinstated", "Not paid this month: earnings are above SGA after reinstatement."
    ),
    "converted_retirement": W(
        "retirement",
        "At full retirement age SSDI became retirement benefits; work no longer stops it.",
    ),
}

MEDICAID_BASIS = {
    "ssi": W("SSI", "Medicaid through SSI."),
    "ssi_criteria": W("SSI", "Medicaid through SSI (the state decides on SSI's rules)."),
    "ssi_209b": W("SSI 209(b)", "Medicaid through SSI (a 209(b) state with its own rules)."),
    "1619b": W("1619(b)", "Medicaid continues under section 1619(b)."),
    "1619b_threshold_unknown": W(
        "1619(b)?", "Cannot tell: enter the state's 1619(b) threshold from SSA's chart."
    ),
    "pickle": W(
        "Pickle",
        "Medicaid continues after SSI stopped: SSI would be paid without the Social Security "
        "cost-of-living increases since (the Pickle amendment, 42 CFR 435.135).",
    ),
    "buy_in": W("buy-in", "Medicaid through the state's buy-in for working people."),
    "expansion": W("expansion", "Medicaid as an ACA expansion adult."),
    "none": W("none", "No Medicaid."),
}

MEDICARE_STATUS = {
    "none": W("none", "No Medicare."),
    "waiting": W("waiting", "In the 24-month waiting period for Medicare."),
    "covered": W("covered", "Covered by Medicare."),
    "extended": W("extended", "Premium-free Medicare continues after SSDI cash stopped."),
    "ended": W("ended", "Premium-free Medicare has ended; Part A can be bought."),
    "unknown": W("start unknown", "Medicare's start is not known: enter the SSDI entitlement."),
}

HOUSING_REEXAM = {
    "none": W("", "No reexamination this month."),
    "annual": W("annual", "The annual reexamination sets the rent this month."),
    "interim": W("interim", "An interim reexamination sets the rent this month."),
}

HOUSING_RULES = {
    "none": W("", "No housing help."),
    "pre_hotma": W("old rules", "The rent rules before HOTMA."),
    "hotma": W("HOTMA", "The rent rules of HOTMA (Housing Opportunity Through Modernization)."),
}

SNAP_STATUS = {
    "none": W("no SNAP", "No SNAP in this scenario."),
    "eligible": W("eligible", "The household gets SNAP."),
    "ineligible": W("ineligible", "The household's income is too high for SNAP."),
    "not_modelled": W("not computed", "SNAP is not computed for this state."),
}

MILESTONE_KIND = {
    "twp": W("trial work month", "A trial work month is used."),
    "twp_end": W(
        "trial work period ends", "The ninth trial work month ends the trial work period."
    ),
    "cessation": W("SSDI cessation", "The first month above SGA after the trial work period."),
    "grace_end": W("last grace month", "The last grace month after the cessation month."),
    "termination": W("SSDI ends", "SSDI entitlement terminates."),
    "retirement": W("retirement benefits", "At full retirement age SSDI converts to retirement."),
    "reinstatement_request": W(
        "reinstatement requested", "Expedited reinstatement of SSDI is requested."
    ),
    "reinstatement_denied": W(
        "reinstatement denied",
        "The expedited reinstatement request is denied: above SGA in its month and the next.",
    ),
    "reinstatement": W("provisional SSDI", "Provisional SSDI benefits start."),
    "irp_end": W(
        "reinstatement period ends",
        "The 24-month initial reinstatement period is complete: a new trial work period.",
    ),
    "cliff": W("SSDI cliff", "A few dollars over SGA cost the whole SSDI payment."),
    "1619a": W("SSI under 1619(a)", "SSI continues above SGA under section 1619(a)."),
    "ssi_zero": W("SSI $0", "The SSI payment falls to $0."),
    "ssi_resumes": W("SSI resumes", "The SSI payment resumes."),
    "ssi_terminated": W(
        "SSI terminated", "SSI ends after 12 months in a row of suspension (20 CFR 416.1335)."
    ),
    "ssi_reinstated": W(
        "SSI reinstated", "Provisional SSI payments start after a reinstatement request."
    ),
    "medicaid": W("Medicaid changes", "How Medicaid is received changes."),
    "medicaid_warning": W(
        "near the 1619(b) threshold", "Earnings are within 10% of the 1619(b) threshold."
    ),
    "medicare": W("Medicare changes", "Medicare coverage changes."),
    "rent_change": W("rent changes", "The rent changes at a reexamination."),
    "assistance_near_zero": W(
        "housing assistance near $0", "Housing assistance is nearly used up."
    ),
    "assistance_zero": W("housing assistance $0", "Housing assistance reaches $0."),
    "eitc": W("EITC arrives", "The earned income tax credit arrives with the tax refund."),
    "tdiu_review": W(
        "TDIU may be reviewed",
        "Earnings are over the one-person poverty threshold: VA may review the TDIU rating.",
    ),
    "va_pension_change": W("VA pension changes", "The VA pension changes with income."),
    "resources_over_limit": W(
        "resources over the limit",
        "Countable resources start the month over SSI's limit: no SSI for the month.",
    ),
}

VA_PENSION_SOURCE = {
    "none": W("no pension", "No VA pension."),
    "entered": W("as entered", "The VA pension as entered from the award letter."),
    "computed": W("computed", "The VA pension figured from the maximum rate and income."),
}

VA_PENSION_RATE = {
    "basic": W("basic rate", "The basic pension rate."),
    "housebound": W("housebound rate", "The housebound rate (38 CFR 3.351(d))."),
    "aid_and_attendance": W(
        "aid and attendance rate", "The rate for a veteran in need of aid and attendance."
    ),
}

# Each coded field of the output, by its path in a month (milestones: `milestones[].kind`).
VOCABULARY: dict[str, dict[str, Wording]] = {
    "ssi.status": SSI_STATUS,
    "ssdi.status": SSDI_STATUS,
    "medicaid.basis": MEDICAID_BASIS,
    "medicare.status": MEDICARE_STATUS,
    "housing.reexam": HOUSING_REEXAM,
    "housing.rules": HOUSING_RULES,
    "snap.status": SNAP_STATUS,
    "va.pension_source": VA_PENSION_SOURCE,
    "va.pension_rate": VA_PENSION_RATE,
    "milestone.kind": MILESTONE_KIND,
}


def _wording(field: str, code: str) -> Wording:
    found = VOCABULARY[field].get(code)
    if found is None:  # never expected: tests/test_vocabulary.py checks every code
        return Wording("other", "A status the engine has no words for yet.")
    return found


def short(field: str, code: str) -> str:
    """The short wording of a code, e.g. short("ssi.status", "1619b_candidate")."""
    return _wording(field, code).short


def long(field: str, code: str) -> str:
    """The long wording of a code, a sentence."""
    return _wording(field, code).long
