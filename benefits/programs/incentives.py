"""Work incentives that may apply but are not computed: a checklist with why and where to ask.

PASS (20 CFR 416.1180-416.1182), Section 301 payments (20 CFR 404.316(c), 404.1586(g),
416.1338), the Ticket to Work's protection from medical reviews (20 CFR 411.160-411.175),
expedited reinstatement (20 CFR 404.1592b-404.1592f; 416.999-416.999d) and unsuccessful work
attempts (20 CFR 404.1574(c); 416.974(c)). Each item says what in the scenario suggests it.
"""

from __future__ import annotations

from datetime import timedelta

from ..results import IncentiveCheck, MonthResult, build
from ..scenario import Job, Scenario

WIPA = (
    "A Work Incentives Planning and Assistance (WIPA) benefits counselor, through the Ticket to "
    "Work Help Line (1-866-968-7842), or your local Social Security office"
)
UWA_MONTHS = 6  # work of 6 months or less that ends because of the impairment (404.1574(c))


def incentives_to_check(scenario: Scenario, months: list[MonthResult]) -> list[IncentiveCheck]:
    """The checklist for this scenario, in the order a planner would raise them."""
    ssi = scenario.ssi is not None
    ssdi = scenario.ssdi is not None
    found = _plans_for_work(ssi=ssi, ssdi=ssdi, working=bool(scenario.jobs))
    on_record = scenario.ssdi.cessation_month if scenario.ssdi else None
    if any(_stops(m, scenario) for m in months) or on_record:
        found.append(
            _check(
                "Expedited reinstatement",
                "Benefits stop or end for work in this projection (or a cessation is on "
                "record): within 60 months of the termination you can ask SSA to restart them "
                "without a new application, with up to 6 months of provisional payments while "
                "SSA decides.",
                "Your local Social Security office",
                "20 CFR 404.1592b-404.1592f; 20 CFR 416.999-416.999d",
            )
        )
    short = [
        j
        for j in scenario.jobs
        if j.end is not None and j.end - j.start <= timedelta(days=UWA_MONTHS * 31)
    ]
    if short and (ssi or ssdi):
        found.append(
            _check(
                "Unsuccessful work attempt",
                f"{short[0].name or 'A job'} lasts {_days(short[0])} days: work of 6 months "
                "or less that ends (or drops below SGA) because of the "
                "impairment or the loss of special conditions is not counted as SGA (mark it "
                "as jobs[].unsuccessful_work_attempt when SSA agrees).",
                "Your local Social Security office, with the employer's statement",
                "20 CFR 404.1574(c); 20 CFR 416.974(c); POMS DI 10505.035",
            )
        )
    return found


def _plans_for_work(*, ssi: bool, ssdi: bool, working: bool) -> list[IncentiveCheck]:
    """A PASS for anyone on SSI or SSDI; with work planned, the Ticket to Work's protection from
    medical reviews and Section 301 payments."""
    found = []
    if ssi or ssdi:
        found.append(
            _check(
                "Plan to Achieve Self-Support (PASS)",
                "Income or resources set aside under an approved plan for a work goal are not "
                "counted for SSI"
                + (
                    "; SSDI or wages set aside could raise the SSI payment"
                    if ssi
                    else "; with SSDI above the SSI limit, a PASS can make a person eligible "
                    "for SSI"
                )
                + ". With an approved plan, enter the income it sets aside in ssi.pass_earned "
                "and ssi.pass_unearned, with ssi.pass_start and ssi.pass_end.",
                "A WIPA benefits counselor or the PASS Cadre at SSA (form SSA-545)",
                "20 CFR 416.1180-416.1182",
            )
        )
    if working and (ssi or ssdi):
        found.append(
            _check(
                "Ticket to Work: protection from medical reviews",
                "While the ticket is in use and timely progress is made, SSA does not start a "
                "medical continuing disability review; the scenario has work planned.",
                WIPA + "; an Employment Network or the state vocational rehabilitation agency",
                "20 CFR 411.160-411.175",
            )
        )
        found.append(
            _check(
                "Section 301 payments",
                "If a medical review finds the disability has ended while you take part in "
                "vocational rehabilitation, a Ticket to Work plan or a PASS, benefits can "
                "continue until the program ends.",
                "The state vocational rehabilitation agency or your Employment Network",
                "20 CFR 404.316(c); 20 CFR 404.1586(g); 20 CFR 416.1338",
            )
        )
    return found


def _days(job: Job) -> int:
    return ((job.end or job.start) - job.start).days + 1


def _stops(month: MonthResult, scenario: Scenario) -> bool:
    return (scenario.ssdi is not None and month.ssdi.status in ("suspended_sga", "terminated")) or (
        scenario.ssi is not None and month.ssi.status in ("ineligible_earnings", "terminated")
    )


def _check(name: str, why: str, where: str, cite: str) -> IncentiveCheck:
    return build(IncentiveCheck, name=name, why=why, where=where, cite=cite)
