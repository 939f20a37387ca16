"""The benefits record: what a Benefits Planning Query (BPQY, form SSA-2459) says, checked.

A planner copies the BPQY into the scenario: trial work months, the cessation month and
Medicare's start go into the SSDI and Medicare fields; the EPE, extended Medicare, IRWE and
subsidy on record and the SSI status into `bpqy`. Where the pieces do not fit together as the
law orders them, the output warns instead of choosing silently:

- the trial work period is nine months within a rolling 60-month window (20 CFR 404.1592(e));
  the cessation month can only come after it (20 CFR 404.1592a(a)(1));
- the extended period of eligibility is the 36 months that follow the trial work period
  (20 CFR 404.1592a(b));
- SSA counts only the IRWE and subsidy it has approved (20 CFR 404.1574(a)(2), 404.1576).
"""

from __future__ import annotations

from decimal import Decimal

from ..money import dollars
from ..months import Month
from ..rules import RuleBook
from ..scenario import Scenario
from . import earnings

EPE_MONTHS = 36
CITE_TWP = "20 CFR 404.1592(e)"
CITE_CESSATION = "20 CFR 404.1592a(a)(1)"
CITE_EPE = "20 CFR 404.1592a(b)"
BPQY_SSI = {  # the BPQY's SSI status and the engine's statuses that agree with it
    "eligible": {"eligible", "ssp_only"},
    "1619a": {"1619a"},
    "1619b": {"1619b_candidate"},
    "suspended": {"ineligible_earnings", "excess_resources", "zero_unearned_income"},
    "terminated": {"none", "terminated"},
    "none": {"none"},
}

Found = list[tuple[str, str, str]]


def ninth_trial_work_month(scenario: Scenario, rules: RuleBook) -> Month | None:
    """The month the trial work period ended, from the months listed, if nine are listed."""
    if scenario.ssdi is None:
        return None
    if scenario.ssdi.twp_end_month is not None:
        return scenario.ssdi.twp_end_month
    needed = int(rules.at("ssa.ssdi.trial_work_months", scenario.start).value)
    window = int(rules.at("ssa.ssdi.trial_work_window", scenario.start).value)
    used: list[Month] = []
    for month in sorted(scenario.ssdi.twp_months_used):
        used = [m for m in used if month.minus(m) < window] + [month]
        if len(used) >= needed:
            return month
    return None


def record_warnings(scenario: Scenario, rules: RuleBook) -> Found:
    """(kind, text, cite) for every place the SSDI record and the BPQY do not fit together."""
    found: Found = []
    ssdi, bpqy = scenario.ssdi, scenario.bpqy
    if ssdi is None:
        if bpqy and (bpqy.epe_start or bpqy.epe_end):
            found.append(
                (
                    "bpqy_record",
                    "The BPQY shows an EPE, but the scenario has no ssdi "
                    "section: add the SSDI benefit.",
                    CITE_EPE,
                )
            )
        return found + _ssi_record(scenario)
    ninth = ninth_trial_work_month(scenario, rules)
    listed = len(ssdi.twp_months_used)
    cessation = ssdi.cessation_month
    if cessation is not None and ninth is None:
        found.append(
            (
                "bpqy_record",
                f"The record has a cessation month ({cessation}) but {listed} trial work "
                "month(s) listed: a cessation month for work comes only after the nine trial "
                "work months, so the trial work period was completed. List the nine months "
                "from the BPQY in ssdi.twp_months_used, or its last month in ssdi.twp_end_month.",
                f"{CITE_TWP}; {CITE_CESSATION}",
            )
        )
    if cessation is not None and ninth is not None and cessation <= ninth:
        found.append(
            (
                "bpqy_record",
                f"The cessation month {cessation} is not after the ninth trial work month "
                f"({ninth}): a cessation month for work falls after the trial work period.",
                CITE_CESSATION,
            )
        )
    if bpqy and bpqy.twp_completed and ninth is None:
        found.append(
            (
                "bpqy_record",
                f"The BPQY says the trial work period is completed, but {listed} trial work "
                "month(s) are listed: list all nine in ssdi.twp_months_used.",
                CITE_TWP,
            )
        )
    if ninth is None and cessation is None:
        found += _work_before_start(scenario, rules)
    if bpqy:
        found += _epe(bpqy.epe_start, bpqy.epe_end, ninth)
        found += _expenses(scenario)
    return found + _ssi_record(scenario)


def _work_before_start(scenario: Scenario, rules: RuleBook) -> Found:
    """Months of the listed jobs before `start`, within the trial work window, whose gross pay
    is over the trial work amount but which ssdi.twp_months_used does not list: SSA counts
    them (20 CFR 404.1592(b), (e)), so the trial work period may be further along than the
    record says. The engine does not count them itself: the record may be SSA's (a BPQY)."""
    assert scenario.ssdi is not None
    earliest = min((Month.of(job.start) for job in scenario.jobs), default=scenario.start)
    if earliest >= scenario.start:
        return []  # no work before start (most scenarios): nothing to look at
    window = int(rules.at("ssa.ssdi.trial_work_window", scenario.start).value)
    listed, when = set(scenario.ssdi.twp_months_used), scenario.ssdi.count_wages_when
    # From the first job, within the window, in months the rules hold a trial work amount for
    # (the engine's data starts in 2023).
    sourced = Month.of(rules.rule("ssa.ssdi.trial_work_threshold").values[0].effective)
    first = max(earliest, sourced, scenario.start.plus(1 - window))
    found: list[Month] = []
    for back in range(scenario.start.minus(first), 0, -1):
        month = scenario.start.plus(-back)
        if month in listed:
            continue
        gross = sum(
            (
                earnings.wages_earned(job, month)
                if when == "earned"
                else earnings.paycheck(job) * len(earnings.paydays(job, month))
                for job in scenario.jobs
            ),
            start=Decimal(0),
        )
        if gross > rules.at("ssa.ssdi.trial_work_threshold", month).value:
            found.append(month)
    if not found:
        return []
    shown = ", ".join(str(m) for m in found[:12]) + (" ..." if len(found) > 12 else "")
    return [
        (
            "bpqy_record",
            f"The jobs listed paid over the trial work amount in {len(found)} month(s) before "
            f"{scenario.start} that ssdi.twp_months_used does not list ({shown}). SSA counts "
            "those as trial work months, so the trial work period may be further along (or "
            "over) than the projection shows: check the BPQY and list them in "
            "ssdi.twp_months_used.",
            "20 CFR 404.1592(b), (e)",
        )
    ]


def _epe(start: Month | None, end: Month | None, ninth: Month | None) -> Found:
    found: Found = []
    expected = ninth.plus(1) if ninth else None
    if start is not None and expected is not None and start != expected:
        found.append(
            (
                "bpqy_record",
                f"The EPE on record starts {start}, but the ninth trial work month listed is "
                f"{ninth}, so it starts {expected}. Check the trial work months and the EPE.",
                CITE_EPE,
            )
        )
    begin = start or expected
    if end is not None and begin is not None and end != begin.plus(EPE_MONTHS - 1):
        found.append(
            (
                "bpqy_record",
                f"The EPE on record ends {end}, which does not follow: 36 months from "
                f"{begin} end with {begin.plus(EPE_MONTHS - 1)}.",
                CITE_EPE,
            )
        )
    if end is not None and begin is None:
        found.append(
            (
                "bpqy_record",
                f"The EPE on record ends {end}, but no trial work period is listed: list the "
                "nine trial work months from the BPQY.",
                f"{CITE_TWP}; {CITE_EPE}",
            )
        )
    return found


def _expenses(scenario: Scenario) -> Found:
    bpqy, used, found = scenario.bpqy, scenario.work_expenses, []
    assert bpqy is not None
    pairs = (
        ("IRWE", "irwe", bpqy.irwe, used.irwe, "20 CFR 404.1576; 20 CFR 416.976"),
        ("subsidy", "subsidy", bpqy.subsidy, used.subsidy, "20 CFR 404.1574(a)(2)"),
    )
    for name, field, on_record, entered, cite in pairs:
        if on_record is not None and on_record != entered:
            found.append(
                (
                    "bpqy_record",
                    f"The projection uses {name} of {dollars(entered)} a month "
                    f"(work_expenses.{field}); SSA's record shows {dollars(on_record)}. SSA "
                    "counts only what it has approved: send SSA the proof, or use the amount "
                    "on record.",
                    cite,
                )
            )
    return found


def _ssi_record(scenario: Scenario) -> Found:
    status = scenario.bpqy.ssi_status if scenario.bpqy else None
    if status is None:
        return []
    if status in ("none", "terminated") and scenario.ssi is not None:
        return [
            (
                "bpqy_record",
                f"The BPQY shows SSI {status}, but the scenario has an ssi "
                "section: check whether SSI is still in pay.",
                "20 CFR 416.1335",
            )
        ]
    if status not in ("none", "terminated") and scenario.ssi is None:
        return [
            (
                "bpqy_record",
                f"The BPQY shows SSI status {status}, but the scenario has no ssi section: add it.",
                "20 CFR 416.202",
            )
        ]
    return []


def ssi_status_warning(scenario: Scenario, first_status: str) -> Found:
    """The BPQY's SSI status against the engine's status for the first projected month."""
    status = scenario.bpqy.ssi_status if scenario.bpqy else None
    if status is None or first_status in BPQY_SSI[status]:
        return []
    return [
        (
            "bpqy_record",
            f"The BPQY shows SSI status {status}, but the projection finds "
            f"{first_status.replace('_', ' ')} for {scenario.start}. Check the income and "
            "resources entered against SSA's record.",
            "20 CFR 416.262; 20 CFR 416.264",
        )
    ]
