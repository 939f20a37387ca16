"""Each program's story for one scenario: its months as stretches in plain words.

The words say what the projection found, with the amounts it computed; where it could not
decide (a 1619(b) threshold or a premium it does not know) the words say so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass
from decimal import Decimal

from ...money import dollars
from ...months import Month
from ...results import MonthResult, Projection
from ..words import month_words
from .story import Stretch, _stretches, amount_words, month_list, runs

SSI_WORDS = {
    "eligible": "SSI is paid",
    "1619a": "SSI is paid under section 1619(a) while you work above the SGA level",
    "1619b_candidate": "no SSI check, but you stay an SSI recipient for Medicaid under "
    "section 1619(b)",
    "ssp_only": "no federal SSI; the state supplement alone is paid",
    "zero_unearned_income": "no SSI check: other income is over the SSI limit",
    "ineligible_earnings": "no SSI: countable income is over the SSI limit",
    "excess_resources": "no SSI: savings and other resources are over the limit",
    "none": "no SSI",
}
SSI_PAID = ("eligible", "1619a", "ssp_only")

MEDICARE_WORDS = {
    "none": "no Medicare",
    "waiting": "waiting period before Medicare (24 months of SSDI entitlement)",
    "covered": "Medicare",
    "extended": "Medicare continues (extended coverage after SSDI checks stop)",
    "ended": "premium-free Medicare has ended",
    "unknown": "Medicare: the start month is not known (enter the SSDI entitlement month)",
}
MEDICAID_WORDS = {
    "ssi": "Medicaid through SSI",
    "ssi_criteria": "Medicaid through SSI (the state's SSI criteria)",
    "ssi_209b": "Medicaid through SSI (a 209(b) state's own rules)",
    "1619b": "Medicaid continues under section 1619(b)",
    "1619b_threshold_unknown": "Medicaid under 1619(b) cannot be decided: the state's 1619(b) "
    "threshold is needed (SSA's chart, POMS SI 02302.200)",
    "pickle": "Medicaid continues under the Pickle amendment (42 CFR 435.135): SSI would be "
    "paid without the Social Security cost-of-living increases since it stopped",
    "buy_in": "Medicaid through the state's buy-in for working people with disabilities",
    "expansion": "Medicaid as an expansion adult",
    "none": "no Medicaid",
}


@dataclass(frozen=True)
class ProgramStory:
    program: str
    stretches: list[Stretch]


SSI_RECIPIENT = ("eligible", "1619a", "1619b_candidate", "ssp_only")


def _ssi_keys(months: list[MonthResult]) -> dict[Month, str]:
    """Months as an SSI recipient are one stretch (the check varies with the paychecks),
    except three or more months in a row without a check under 1619(b), told on their own."""
    keys = {m.month: "recipient" if m.ssi.status in SSI_RECIPIENT else m.ssi.status for m in months}
    for _, run in runs(months, lambda m: m.ssi.status):
        if run[0].ssi.status == "1619b_candidate" and len(run) >= 3:
            keys.update({m.month: "1619b_candidate" for m in run})
    return keys


def _ssi_words(key: Hashable, run: list[MonthResult]) -> str:
    if key not in ("recipient", "1619b_candidate"):
        return SSI_WORDS.get(str(key), str(key))
    paid = [m.ssi.payment for m in run if m.ssi.status != "1619b_candidate"]
    if not paid:
        text = SSI_WORDS["1619b_candidate"]
    else:
        text = f"SSI is paid, {amount_words(paid)} a month"
        zero = [m.month for m in run if m.ssi.status == "1619b_candidate"]
        if zero:
            text += f"; no check in {month_list(zero)}, when 1619(b) keeps SSI status"
        over = [m.month for m in run if m.ssi.status == "1619a"]
        if over:
            text += f"; paid under section 1619(a), work above the SGA level, in {month_list(over)}"
    supplements = [m.ssi.state_supplement for m in run]
    if any(s is None for s in supplements):
        text += "; the state supplement's amount is not known (enter it)"
    elif any(supplements):
        text += f"; state supplement {amount_words([s for s in supplements if s is not None])}"
    return text


def _sga(m: MonthResult) -> Decimal | None:
    for step in m.steps:
        for use in step.uses:
            if use.id in ("ssa.sga.non_blind", "ssa.sga.blind"):
                return use.value
    return None


def _epe_end(run: list[MonthResult]) -> Month | None:
    for m in run:
        if m.ssdi.epe_month_number:
            return m.month.plus(36 - m.ssdi.epe_month_number)
    return None


def _ssdi_key(m: MonthResult) -> str:
    """Trial work months are paid months: one stretch, with the trial work months named."""
    return "paid" if m.ssdi.status in ("paid", "trial_work") else m.ssdi.status


def _twp_words(run: list[MonthResult], check: str) -> str:
    twp = [m for m in run if m.ssdi.status == "trial_work"]
    a, b = twp[0].ssdi.twp_month_number, twp[-1].ssdi.twp_month_number
    count = f"month {a}" if a == b else f"months {a}-{b}"
    if len(twp) == len(run):
        return f"trial work {count} of 9: the SSDI check stays {check}"
    return (
        f"SSDI is paid, {check} a month; trial work {count} of 9 in "
        f"{month_list([m.month for m in twp])}"
    )


def _ssdi_words(key: Hashable, run: list[MonthResult]) -> str:
    status = str(key)
    check = amount_words([m.ssdi.payment for m in run])
    if status == "paid" and any(m.ssdi.status == "trial_work" for m in run):
        return _twp_words(run, check)
    if status == "suspended_sga":
        by_year = {m.month.year: v for m in run if (v := _sga(m)) is not None}
        if len(set(by_year.values())) > 1:
            over = " (SGA: " + ", ".join(f"{dollars(v)} in {y}" for y, v in by_year.items()) + ")"
        elif by_year:
            over = f" (SGA, {dollars(next(iter(by_year.values())))} a month)"
        else:
            over = " (SGA)"
        end = _epe_end(run)
        until = f" until {month_words(end)}" if end else " during the extended period"
        return (
            f"no SSDI check while countable earnings are over the limit{over}; in a month "
            f"they fall below it the check is paid again without a new application{until}"
        )
    words = {
        "paid": f"SSDI is paid, {check} a month",
        "epe_paid": f"extended period of eligibility: SSDI is paid, {check}, in months "
        "your earnings are not over SGA",
        "cessation": f"cessation month: work over SGA after the trial work period; the check "
        f"({check}) is still paid",
        "grace": f"grace months: the check ({check}) is still paid",
        "paid_after_epe": f"SSDI is paid, {check} a month",
        "terminated": "SSDI has ended; expedited reinstatement can be asked for within five "
        "years (20 CFR 404.1592b)",
        "none": "no SSDI",
    }
    return words.get(status, status)


def _medicaid_words(key: Hashable, run: list[MonthResult]) -> str:
    bases = Counter(m.medicaid.basis for m in run)
    if len(bases) == 1:
        text = MEDICAID_WORDS.get(run[0].medicaid.basis, run[0].medicaid.basis)
    else:
        text = "Medicaid: " + "; ".join(
            f"{MEDICAID_WORDS.get(b, b).removeprefix('Medicaid ')} in "
            f"{month_list([m.month for m in run if m.medicaid.basis == b])}"
            for b in bases
        )
    if key:
        premiums = [m.medicaid.premium for m in run]
        known = [p for p in premiums if p is not None]
        if len(known) < len(premiums):
            text += "; the premium varies by state and is not computed"
        elif any(known):
            text += f"; premium {amount_words(known)} a month"
    return text


def _medicare_words(key: Hashable, run: list[MonthResult]) -> str:
    status = str(key)
    text = MEDICARE_WORDS.get(status, status)
    if status in ("covered", "extended"):
        paid_by = run[0].medicare.part_b_paid_by
        premium = amount_words([m.medicare.part_b_premium for m in run])
        text += f"; Part B paid by {paid_by}" if paid_by != "person" else ""
        text += f"; you pay {premium} a month for Part B" if paid_by == "person" else ""
    return text


def _housing_words(key: Hashable, run: list[MonthResult]) -> str:
    share = run[0].housing.family_share
    return f"you pay {dollars(share)} a month toward rent and utilities (family share)"


def _snap_words(key: Hashable, run: list[MonthResult]) -> str:
    status = str(key)
    if status == "eligible":
        return f"SNAP {amount_words([m.snap.benefit for m in run])} a month"
    if status == "not_modelled":
        return "SNAP not computed for this household"
    return "no SNAP: income over the limits"


def _va_key(m: MonthResult) -> Hashable:
    return (m.va.compensation, m.va.pension, m.va.pension_source, bool(m.va.tdiu_warning))


def _va_words(key: Hashable, run: list[MonthResult]) -> str:
    va = run[0].va
    parts = [f"VA compensation {dollars(va.compensation)} a month"] if va.compensation else []
    if va.pension:
        parts.append(f"VA pension {dollars(va.pension)} a month")
    elif va.pension_source == "computed":
        parts.append("no VA pension: the family's income is over the maximum pension rate")
    if va.tdiu_warning:
        parts.append("earnings over the one-person poverty threshold: VA may review TDIU")
    return "; ".join(parts) or "no VA benefit"


def program_stories(p: Projection) -> list[ProgramStory]:
    """One story per program the person has in some month of the projection."""
    months = p.months
    stories = []
    if any(m.ssi.status != "none" for m in months):
        keys = _ssi_keys(months)
        stories.append(ProgramStory("SSI", _stretches(months, lambda m: keys[m.month], _ssi_words)))
    if any(m.ssdi.status != "none" for m in months):
        stories.append(ProgramStory("SSDI", _stretches(months, _ssdi_key, _ssdi_words)))
    if any(m.va.compensation or m.va.pension_source != "none" for m in months):
        stories.append(ProgramStory("VA", _stretches(months, _va_key, _va_words)))
    stories.append(
        ProgramStory("Medicaid", _stretches(months, lambda m: m.medicaid.covered, _medicaid_words))
    )
    if any(m.medicare.status != "none" for m in months):
        stories.append(
            ProgramStory(
                "Medicare", _stretches(months, lambda m: m.medicare.status, _medicare_words)
            )
        )
    if any(m.housing.status != "none" for m in months):
        stories.append(
            ProgramStory(
                "Rent (HUD)",
                _stretches(months, lambda m: m.housing.family_share, _housing_words),
            )
        )
    if any(m.snap.status not in ("none",) for m in months):
        stories.append(
            ProgramStory("SNAP", _stretches(months, lambda m: m.snap.status, _snap_words))
        )
    return stories
