"""The answer as a short story by phases, from the projection's months and milestones.

A phase is a stretch of months in which SSDI, SSI and Medicaid work the same way (trial work
months, the grace months, the extended period, SSI counting the pay...). Each phase says what
happens and how much more the person takes home than without the job; the bottom line gives
the first, a typical and the lowest month, never one average over months that differ.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from ..money import ZERO, dollars
from ..months import Month
from ..results import MonthResult, Projection
from ..rules import RuleBook
from .sources import unknown_amounts
from .words import month_words, span_words

SSDI_GROUPS = {
    "paid": "twp",  # before the trial work period ends; a month under the threshold uses none
    "trial_work": "twp",
    "cessation": "grace",
    "grace": "grace",
    "epe_paid": "epe",
    "suspended_sga": "epe",
    "paid_after_epe": "after",
    "terminated": "ended",
}
MEDICAID_GROUPS = {"ssi": "kept", "ssi_criteria": "kept", "ssi_209b": "kept", "1619b": "kept"}
EPE_MONTHS = 36  # 20 CFR 404.1592a(b)(1)
# Said when Medicare changes from one phase to the next (42 CFR 406.12; SSA's extended
# Medicare coverage after the trial work period, POMS DI 13010.210).
MEDICARE_CHANGES = {
    "waiting": "Medicare has not started yet (the waiting period)",
    "covered": "Medicare starts",
    "extended": "Medicare continues although SSDI checks stop (extended coverage)",
    "ended": "premium-free Medicare ends; you can buy Part A",
}
MAX_PHASES = 6


@dataclass(frozen=True)
class Phase:
    first: Month
    last: Month
    text: str  # what happens, e.g. "trial work months 1-9 of 9: your SSDI check stays $1,400"
    gain: str  # "you take home $1,890.00 more than not working"

    @property
    def span(self) -> str:
        return span_words(self.first, self.last)


@dataclass(frozen=True)
class Story:
    phases: list[Phase]
    bottom_line: str
    unknown: list[str] = field(default_factory=list)  # what could not be computed
    needs_threshold: bool = False  # Medicaid needs the state's 1619(b) threshold
    needs_supplement: bool = False  # the state supplement's amount is unknown

    def lines(self) -> list[str]:
        """One line a phase; the last phase reads 'From ...' when it runs to the end."""
        out = []
        for i, p in enumerate(self.phases):
            last = i == len(self.phases) - 1
            when = f"From {month_words(p.first)}" if last and p.first != p.last else p.span
            out.append(f"{when}: {p.text}; {p.gain}.")
        return out


def _typical(values: list[Decimal]) -> Decimal:
    """The most common amount (ties: the lower one)."""
    counts = Counter(values)
    best = max(counts.values())
    return min(v for v, c in counts.items() if c == best)


Key = tuple[str, str, str, Decimal, str, bool]


def _key(m: MonthResult, before: MonthResult) -> Key:
    ssdi = SSDI_GROUPS.get(m.ssdi.status, "none")
    if before.ssi.status == "none":
        ssi = "none"
    else:
        ssi = "full" if m.ssi.payment >= before.ssi.payment else "counted"
    if m.medicaid.covered is None:
        medicaid = "unknown"
    elif not m.medicaid.covered:
        medicaid = "none"
    else:
        medicaid = MEDICAID_GROUPS.get(m.medicaid.basis, m.medicaid.basis)
    rent = m.housing.family_share if m.housing.status != "none" else ZERO
    return (ssdi, ssi, medicaid, rent, m.medicare.status, m.wages_earned > 0)


def _runs(working: Projection, idle: Projection) -> list[list[int]]:
    """Indexes of the working months, grouped into runs with the same phase key."""
    runs: list[list[int]] = []
    last: Key | None = None
    for i, (m, b) in enumerate(zip(working.months, idle.months, strict=True)):
        k = _key(m, b)
        if runs and k == last:
            runs[-1].append(i)
        else:
            runs.append([i])
        last = k
    return runs


def _sga(rules: RuleBook, month: Month, blind: bool) -> str:
    rule = "ssa.sga.blind" if blind else "ssa.sga.non_blind"
    return dollars(rules.at(rule, month).value)


def _ssdi_text(ms: list[MonthResult], *, rules: RuleBook, blind: bool, after_job: bool) -> str:
    group = SSDI_GROUPS.get(ms[0].ssdi.status, "none")
    amount = dollars(_typical([m.ssdi.payment for m in ms]))
    sga = _sga(rules, ms[0].month, blind)
    if group == "twp":
        return _twp_text(ms, amount=amount, rules=rules)
    if group == "grace":
        return f"SSDI is still paid, {amount}, in the cessation month and the grace months"
    if group == "epe":
        if after_job and all(m.ssdi.payment > 0 for m in ms):
            return f"SSDI is paid again, {amount}, without a new application"
        return _epe_text(ms, amount=amount, sga=sga)
    if group == "after":
        return f"SSDI is paid, {amount}; after the extended period, work over {sga} ends it"
    if group == "ended":
        return (
            "SSDI has ended (work over the limit after the extended period); for 5 years you "
            "can ask for expedited reinstatement if your disability stops you working"
        )
    return ""


def _twp_text(ms: list[MonthResult], *, amount: str, rules: RuleBook) -> str:
    """Before the trial work period ends: months with pay over the threshold use it up."""
    twp = dollars(rules.at("ssa.ssdi.trial_work_threshold", ms[0].month).value)
    used = [m for m in ms if m.ssdi.twp_month_number]
    if not used:
        return f"your SSDI check stays {amount} (pay of {twp} or less uses no trial work months)"
    a, b = used[0].ssdi.twp_month_number, used[-1].ssdi.twp_month_number
    which = f"trial work month {a}" if a == b else f"trial work months {a}–{b}"
    which += " of 9"
    if len(used) < len(ms):
        which += f" (used in the {len(used)} months you earn over {twp})"
    return f"{which}, your SSDI check stays {amount}"


def _epe_text(ms: list[MonthResult], *, amount: str, sga: str) -> str:
    """The extended period: SSDI is paid only in months with earnings at or under SGA."""
    number = next((m.ssdi.epe_month_number for m in ms if m.ssdi.epe_month_number), None)
    until = ""
    if number is not None:
        end = next(m.month for m in ms if m.ssdi.epe_month_number == number)
        until = month_words(end.plus(EPE_MONTHS - number))
    restart = f"; if your pay drops, checks restart without a new application until {until}"
    paid = [m for m in ms if m.ssdi.payment > 0]
    if not paid:
        return f"SSDI stops while you earn over {sga}" + (restart if until else "")
    if len(paid) == len(ms):
        return f"SSDI stays {amount} while you earn {sga} or less a month" + (
            f", until {until}" if until else ""
        )
    return (
        f"SSDI is paid only in months you earn {sga} or less ({len(paid)} of {len(ms)} months)"
        + (restart if until else "")
    )


def _ssi_text(ms: list[MonthResult], idle: list[MonthResult], *, lag: bool, after_job: bool) -> str:
    payments = [m.ssi.payment for m in ms]
    if all(m.ssi.payment >= b.ssi.payment for m, b in zip(ms, idle, strict=True)):
        text = f"your SSI {'is back to' if after_job else 'stays'} {dollars(_typical(payments))}"
        return text + (" (SSI counts your pay two months after it is paid)" if lag else "")
    if not any(payments):
        return "SSI cash is $0"
    zero = sum(1 for p in payments if p == 0)
    typical = _typical(payments)
    if typical == 0:
        return f"SSI cash is $0 in {zero} of {len(ms)} months (up to {dollars(max(payments))})"
    text = f"SSI is about {dollars(typical)} a month"
    if after_job:
        text += " (it still counts your last pay, two months after it was paid)"
    if zero:
        return text + f" ($0 in {zero} month{'s' if zero > 1 else ''})"
    low, high = min(payments), max(payments)
    return text + (f" ({dollars(low)} to {dollars(high)})" if low != high else "")


def _medicaid_text(ms: list[MonthResult], idle: list[MonthResult], *, changed: bool) -> str:
    bases = {m.medicaid.basis for m in ms if m.medicaid.covered}
    if any(m.medicaid.covered is None for m in ms):
        return "we cannot tell whether Medicaid continues without your state's 1619(b) threshold"
    if "1619b" in bases:
        limit = next((m.medicaid.threshold_1619b for m in ms if m.medicaid.threshold_1619b), None)
        return "Medicaid continues under 1619(b) while your yearly pay stays under " + (
            f"{dollars(limit)}" if limit else "the state's threshold"
        )
    if not changed:
        return ""
    if "buy_in" in bases:
        premiums = {m.medicaid.premium for m in ms}
        cost = (
            "premium not worked out"
            if None in premiums
            else "premium "
            + " to ".join(dollars(p) for p in sorted(p for p in premiums if p is not None))
        )
        if not any(m.medicaid.covered for m in idle):  # a program to apply for, not one held
            return (
                "you could get Medicaid through the state's buy-in for working people if you "
                f"apply ({cost})"
            )
        return f"Medicaid through the state's buy-in for working people ({cost})"
    if "expansion" in bases:
        if not any(m.medicaid.covered for m in idle):
            return "you could get Medicaid as an expansion adult if you apply"
        return "Medicaid as an expansion adult"
    if not bases:
        return "Medicaid ends"
    return "you keep Medicaid"


def _snap_text(ms: list[MonthResult], idle: list[MonthResult]) -> str:
    """SNAP while working against not working (a household that gets it, or would)."""
    if all(m.snap.status == "none" for m in [*ms, *idle]):
        return ""
    if any(m.snap.status == "not_modelled" for m in ms):
        return "SNAP not worked out"
    paid = [m.snap.benefit for m in ms]
    typical, before = _typical(paid), _typical([b.snap.benefit for b in idle])
    text = f"SNAP is {'about ' if len(set(paid)) > 1 else ''}{dollars(typical)} a month"
    return text + (f" ({dollars(before)} if you did not work)" if before != typical else "")


def _rent_text(ms: list[MonthResult], idle: list[MonthResult]) -> str:
    share, before = ms[0].housing.family_share, idle[0].housing.family_share
    text = f"your rent share is {dollars(share)}"
    return text + (f" ({dollars(before)} if you did not work)" if before != share else "")


def _gain(ms: list[MonthResult], idle: list[MonthResult]) -> str:
    gains = [m.net_income - b.net_income for m, b in zip(ms, idle, strict=True)]
    typical = _typical(gains)
    more = "more" if typical >= 0 else "less"
    if not any(gains):
        return "you take home the same as not working"
    text = f"you take home {dollars(abs(typical))} {more} than not working"
    low = min(gains)
    if len(set(gains)) > 1:
        text = f"you take home about {dollars(abs(typical))} {more} a month than not working"
        if typical == 0:  # most months the same (after a job), a refund or a lag in a few
            text = "you take home about the same as not working in most months"
        if low < typical:
            month = ms[gains.index(low)].month
            text += f" ({_signed_words(low)} in {month_words(month)})"
    return text


def _signed_words(amount: Decimal) -> str:
    return f"{dollars(amount)} more" if amount >= 0 else f"{dollars(-amount)} less"


def _phase(
    ms: list[MonthResult],
    idle: list[MonthResult],
    *,
    rules: RuleBook,
    blind: bool,
    first: bool,
    changed_medicaid: bool,
    medicare_before: str | None,
    lag: bool,
    worked_before: tuple[bool, bool],
) -> Phase:
    # After the job has ended: no earnings after months with them (any; the month before).
    after_job = worked_before[0] and not any(m.wages_earned > 0 for m in ms)
    parts = ["the job has ended"] if after_job and worked_before[1] else []
    if ms[0].ssdi.status != "none" or idle[0].ssdi.status != "none":
        parts.append(_ssdi_text(ms, rules=rules, blind=blind, after_job=after_job))
    if idle[0].ssi.status != "none":
        parts.append(_ssi_text(ms, idle, lag=lag and first, after_job=after_job))
    parts.append(_medicaid_text(ms, idle, changed=changed_medicaid))
    if medicare_before is not None and ms[0].medicare.status != medicare_before:
        parts.append(MEDICARE_CHANGES.get(ms[0].medicare.status, ""))
    parts.append(_snap_text(ms, idle))
    if ms[0].housing.status != "none":
        parts.append(_rent_text(ms, idle))
    text = "; ".join(p for p in parts if p) or "no benefit changes"
    return Phase(ms[0].month, ms[-1].month, text, _gain(ms, idle))


def story(working: Projection, idle: Projection, *, rules: RuleBook, blind: bool = False) -> Story:
    """The phases of the working projection against not working, and the bottom line."""
    runs = _runs(working, idle)
    if len(runs) > MAX_PHASES:  # keep it short: the last phases run together
        runs = [*runs[: MAX_PHASES - 1], [i for r in runs[MAX_PHASES - 1 :] for i in r]]
    lag = len(runs) > 1 and any(
        m.ssi.payment < b.ssi.payment for m, b in zip(working.months, idle.months, strict=True)
    )
    phases, before, medicare = [], None, None
    for n, run in enumerate(runs):
        ms = [working.months[i] for i in run]
        idle_ms = [idle.months[i] for i in run]
        key = _key(ms[0], idle_ms[0])[2]
        phases.append(
            _phase(
                ms,
                idle_ms,
                rules=rules,
                blind=blind,
                first=n == 0,
                changed_medicaid=key != before,
                medicare_before=medicare,
                lag=lag,
                worked_before=(
                    any(working.months[i].wages_earned > 0 for i in range(run[0])),
                    run[0] > 0 and working.months[run[0] - 1].wages_earned > 0,
                ),
            )
        )
        before, medicare = key, ms[-1].medicare.status
    return Story(
        phases=phases,
        bottom_line=bottom_line(working, idle),
        unknown=unknown_amounts(working),
        needs_threshold=any(m.medicaid.covered is None for m in working.months),
        needs_supplement=any(m.ssi.state_supplement is None for m in working.months),
    )


def bottom_line(working: Projection, idle: Projection) -> str:
    """First month, a typical month and the lowest month against not working."""
    gains = [m.net_income - b.net_income for m, b in zip(working.months, idle.months, strict=True)]
    low = min(gains)
    low_month = working.months[gains.index(low)].month
    return (
        f"First month ({month_words(working.start)}): {_signed_words(gains[0])}; "
        f"a typical month: {_signed_words(_typical(gains))}; "
        f"lowest month ({month_words(low_month)}): {_signed_words(low)} — than not working, "
        "after taxes, premiums and rent"
    )
