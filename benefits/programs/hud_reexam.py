"""HUD rent: when the rent changes. The rent changes only at a reexamination: the annual one,
or an interim one when the income change qualifies under the rules in force (the agency's
policy before HOTMA; the 10% tests of HOTMA section 102 from 2027, when HUD enforces HOTMA for
housing agencies). The rent itself is figured in benefits/programs/hud_rent.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

from ..explain import Explainer
from ..money import dollars
from ..months import Month
from ..rules import RuleBook
from ..scenario import Housing
from .hud_rent import CITE_REEXAM, CITE_TTP, MonthlyRates, RentBasis, regime, rent_basis


@dataclass(frozen=True, slots=True)
class HousingState:
    """The rent in force and why, carried from month to month."""

    basis: RentBasis
    set_in: Month
    set_by: str  # annual | interim | start
    certification_start: Month
    interim_decrease_this_year: bool = False
    pending: RentBasis | None = None
    pending_from: Month | None = None
    pending_reason: str = ""


def is_annual(month: Month, housing: Housing) -> bool:
    return month >= housing.next_annual_reexam and month.minus(housing.next_annual_reexam) % 12 == 0


def starting_state(
    *, start: Month, rates: MonthlyRates, housing: Housing, rules: RuleBook, ex: Explainer | None
) -> HousingState:
    """The rent in force at start: as given, or computed from the income at start."""
    basis = rent_basis(month=start, rates=rates, housing=housing, rules=rules, ex=None)
    if housing.current_total_tenant_payment is not None:
        basis = replace(basis, ttp=housing.current_total_tenant_payment)
        if ex:
            ex.step(
                "housing.total_tenant_payment",
                f"The family pays a total tenant payment of "
                f"{dollars(housing.current_total_tenant_payment)} now (as entered); it "
                f"changes only at a reexamination.",
                basis.ttp,
                CITE_REEXAM,
            )
    return HousingState(basis, start, "start", start)


class RentMonth:
    """The month's figures every reexamination rule reads."""

    def __init__(
        self,
        month: Month,
        rates: MonthlyRates,
        housing: Housing,
        rules: RuleBook,
        ex: Explainer | None,
    ) -> None:
        self.month: Final = month
        self.rates: Final = rates
        self.housing: Final = housing
        self.rules: Final = rules
        self.ex: Final = ex

    def basis(self, *, explain: bool, earned_cap: Decimal | None = None) -> RentBasis:
        """The rent from the household's income at this month's rates (hud_rent)."""
        return rent_basis(
            month=self.month,
            rates=self.rates,
            housing=self.housing,
            rules=self.rules,
            ex=self.ex if explain else None,
            earned_cap=earned_cap,
        )


def housing_month(
    *,
    month: Month,
    state: HousingState,
    rates: MonthlyRates,
    housing: Housing,
    rules: RuleBook,
    ex: Explainer | None,
    eid_change: str = "",
) -> tuple[str, HousingState]:
    """Apply any reexamination taking effect this month, then look for a change to process.

    Returns which reexamination set this month's rent (annual / interim / none) and the state.
    """
    m = RentMonth(month, rates, housing, rules, ex)
    if is_annual(month, housing):
        reexam, state = "annual", _annual(m)
    elif eid_change:
        reexam, state = "interim", _eid_interim(m, state, eid_change)
    elif state.pending is not None and state.pending_from == month:
        reexam, state = "interim", _pending_interim(m, state, state.pending)
    else:
        reexam = "none"
        if ex:
            _explain_rent_in_force(ex, state)
    if state.pending is None:
        state = _look_for_interim(m, state)
    return reexam, state


def _annual(m: RentMonth) -> HousingState:
    """The annual reexamination: the rent is recomputed from the family's income and starts a
    new certification period (24 CFR 982.516(a), 960.257(a))."""
    if m.ex:
        m.ex.step(
            "housing.reexam",
            f"Annual reexamination effective {m.month}: the rent is "
            "recomputed from the household's income at current rates x 12.",
            None,
            CITE_REEXAM,
        )
    return HousingState(m.basis(explain=True), m.month, "annual", m.month)


def _eid_interim(m: RentMonth, state: HousingState, change: str) -> HousingState:
    """The earned income disallowance moves to its next phase: the agency recomputes the rent
    with it (24 CFR 5.617; 24 CFR 960.255)."""
    if m.ex:
        m.ex.step(
            "housing.reexam",
            f"Interim reexamination effective {m.month}: {change}.",
            None,
            "24 CFR 5.617; 24 CFR 960.255",
        )
    return _interim(state, m.basis(explain=True), m.month)


def _pending_interim(m: RentMonth, state: HousingState, pending: RentBasis) -> HousingState:
    """An interim reexamination found in an earlier month takes effect (24 CFR 982.516(c),
    960.257(b)): the rent figured then is in force from this month."""
    if m.ex:
        m.ex.step(
            "housing.reexam",
            f"Interim reexamination effective {m.month}: "
            f"{state.pending_reason}. Annual income {dollars(pending.annual_income)}, "
            f"deductions {dollars(pending.deductions)}, adjusted income "
            f"{dollars(pending.adjusted_income)}: total tenant payment "
            f"{dollars(pending.ttp)}.",
            pending.ttp,
            CITE_REEXAM + "; " + CITE_TTP,
        )
    return _interim(state, pending, m.month)


def _explain_rent_in_force(ex: Explainer, state: HousingState) -> None:
    """No reexamination this month: the rent set by the last one stays (24 CFR 982.516)."""
    how = (
        "in force at the start of the projection"
        if state.set_by == "start"
        else f"set by the {state.set_by} reexamination of {state.set_in}"  # annual or interim
    )
    ex.step(
        "housing.total_tenant_payment",
        f"Total tenant payment {dollars(state.basis.ttp)}, {how}: the rent changes only "
        "at a reexamination.",
        state.basis.ttp,
        CITE_REEXAM,
    )


def _interim(state: HousingState, basis: RentBasis, month: Month) -> HousingState:
    """The rent an interim reexamination sets, in force from `month`."""
    return replace(
        state,
        basis=basis,
        set_in=month,
        set_by="interim",
        pending=None,
        pending_from=None,
        pending_reason="",
    )


def _look_for_interim(m: RentMonth, state: HousingState) -> HousingState:
    """Decide whether this month's income change leads to an interim reexamination."""
    now = m.basis(explain=False)
    if regime(m.month, m.housing) == "hotma":
        return _hotma_interim(m, state, now)
    return _agency_policy_interim(m, state, now)


def _agency_policy_interim(m: RentMonth, state: HousingState, now: RentBasis) -> HousingState:
    """Before HOTMA: a decrease is processed from the next month; an increase only where the
    agency's policy processes increases between annual reexaminations, after 30 days' notice
    (24 CFR 982.516(c), 960.257(b) before HOTMA; the agency's plan)."""
    month, housing, ex = m.month, m.housing, m.ex
    if now.ttp < state.basis.ttp:
        reason = (
            f"income fell; the total tenant payment would be {dollars(now.ttp)} instead "
            f"of {dollars(state.basis.ttp)} (decreases are processed)"
        )
        if ex:
            ex.step(
                "housing.interim",
                f"Change in {month}: {reason}. The new rent takes effect in {month.plus(1)}.",
                None,
                CITE_REEXAM,
            )
        return replace(state, pending=now, pending_from=month.plus(1), pending_reason=reason)
    if now.ttp > state.basis.ttp:
        if housing.interim_policy == "all_changes":
            reason = (
                f"income rose; the total tenant payment becomes {dollars(now.ttp)} "
                "(the agency processes increases between annual reexaminations)"
            )
            if ex:
                ex.step(
                    "housing.interim",
                    f"Change in {month}: {reason}. After 30 days' notice "
                    f"the new rent takes effect in {month.plus(2)}.",
                    None,
                    CITE_REEXAM,
                )
            return replace(state, pending=now, pending_from=month.plus(2), pending_reason=reason)
        if ex:
            next_annual = housing.next_annual_reexam
            while next_annual <= month:
                next_annual = next_annual.plus(12)
            ex.step(
                "housing.interim",
                f"Income rose (the total tenant payment at current rates would be "
                f"{dollars(now.ttp)}), but the agency does not raise rent between annual "
                f"reexaminations: the rent stays until {next_annual}.",
                None,
                CITE_REEXAM,
            )
    return state


CITE_HOTMA_INTERIM = "24 CFR 982.516(c); 24 CFR 960.257(b) (as amended by HOTMA)"


def _hotma_interim(m: RentMonth, state: HousingState, whole: RentBasis) -> HousingState:
    """HOTMA interims (24 CFR 982.516(c), 960.257(b) as amended; Notice PIH 2023-27).

    A decrease of adjusted income of 10% or more is processed. An increase of 10% or more is
    processed, but increases in earned income are not counted unless the family had an interim
    decrease earlier in the certification period. A decrease takes effect the month after the
    change (the first of the month after the family's timely report); an increase the second
    month after, after the 30 days' notice of an increase (Notice PIH 2023-27; Notice H 2023-10).
    """
    month, ex = m.month, m.ex
    cap = None if state.interim_decrease_this_year else state.basis.earned
    # Earned income above the cap is not counted (a basis within it is the same one).
    capped = whole
    if cap is not None and whole.earned > cap:
        capped = m.basis(explain=False, earned_cap=cap)
    threshold = m.rules.at("hud.hotma.interim_threshold", month)
    old = state.basis.adjusted_income
    reason, chosen = _hotma_change(state, whole, capped, old * threshold.value)
    if not reason:
        if ex and whole.ttp != state.basis.ttp:
            ex.step(
                "housing.interim",
                f"Income at current rates would give a total tenant payment of "
                f"{dollars(whole.ttp)}, but the change in adjusted income does not qualify "
                "for an interim reexamination under HOTMA (a decrease under 10%, or an "
                "increase under 10% once earned-income increases are left out): the rent "
                "waits for the annual reexamination.",
                None,
                CITE_HOTMA_INTERIM,
                uses=(threshold,),
            )
        return state
    fell = chosen.adjusted_income < old
    effective = month.plus(1 if fell else 2)
    if ex:
        ex.step(
            "housing.interim",
            f"Change in {month}: {reason}. The new rent takes effect in {effective}.",
            None,
            CITE_HOTMA_INTERIM,
            uses=(threshold,),
        )
    return replace(
        state,
        pending=chosen,
        pending_from=effective,
        pending_reason=reason,
        interim_decrease_this_year=state.interim_decrease_this_year or fell,
    )


def _hotma_change(
    state: HousingState, whole: RentBasis, capped: RentBasis, limit: Decimal
) -> tuple[str, RentBasis]:
    """HOTMA's 10% test: why an interim is done ("" when none) and the rent it sets; `capped`
    is the rent without increases in earned income, `limit` 10% of the adjusted income."""
    old = state.basis.adjusted_income
    if old - whole.adjusted_income >= limit and whole.adjusted_income < old:
        fell = (
            f"adjusted income fell by {dollars(old - whole.adjusted_income)}, at least "
            f"10% of {dollars(old)}"
        )
        return fell, whole
    rise = capped.adjusted_income - old
    if rise > 0 and rise >= limit:
        rose = f"adjusted income rose by {dollars(rise)}, at least 10% of {dollars(old)}" + (
            " (increases in earned income not counted)"
            if not state.interim_decrease_this_year
            else ""
        )
        return rose, capped
    return "", capped
