"""HUD rent: when the rent changes. The rent changes only at a reexamination: the annual one,
or an interim one when the income change qualifies under the rules in force (the agency's
policy before HOTMA; the 10% tests of HOTMA section 102 from 2027, when HUD enforces HOTMA for
housing agencies). The rent itself is figured in benefits/programs/hud_rent.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..explain import Explainer
from ..money import dollars
from ..months import Month
from ..rules import RuleBook, RuleValue
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
    reexam = "none"
    if is_annual(month, housing):
        if ex:
            ex.step(
                "housing.reexam",
                f"Annual reexamination effective {month}: the rent is "
                "recomputed from the household's income at current rates x 12.",
                None,
                CITE_REEXAM,
            )
        basis = rent_basis(month=month, rates=rates, housing=housing, rules=rules, ex=ex)
        state = HousingState(basis, month, "annual", month)
        reexam = "annual"
    elif eid_change:
        if ex:
            ex.step(
                "housing.reexam",
                f"Interim reexamination effective {month}: {eid_change}.",
                None,
                "24 CFR 5.617; 24 CFR 960.255",
            )
        basis = rent_basis(month=month, rates=rates, housing=housing, rules=rules, ex=ex)
        state = _interim(state, basis, month)
        reexam = "interim"
    elif state.pending is not None and state.pending_from == month:
        if ex:
            pending = state.pending
            ex.step(
                "housing.reexam",
                f"Interim reexamination effective {month}: "
                f"{state.pending_reason}. Annual income {dollars(pending.annual_income)}, "
                f"deductions {dollars(pending.deductions)}, adjusted income "
                f"{dollars(pending.adjusted_income)}: total tenant payment "
                f"{dollars(pending.ttp)}.",
                pending.ttp,
                CITE_REEXAM + "; " + CITE_TTP,
            )
        state = _interim(state, state.pending, month)
        reexam = "interim"
    elif ex:
        how = {
            "start": "in force at the start of the projection",
            "annual": f"set by the annual reexamination of {state.set_in}",
            "interim": f"set by the interim reexamination of {state.set_in}",
        }[state.set_by]
        ex.step(
            "housing.total_tenant_payment",
            f"Total tenant payment {dollars(state.basis.ttp)}, {how}: the rent changes only "
            "at a reexamination.",
            state.basis.ttp,
            CITE_REEXAM,
        )
    if state.pending is None:
        state = _look_for_interim(
            month=month, state=state, rates=rates, housing=housing, rules=rules, ex=ex
        )
    return reexam, state


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


def _look_for_interim(
    *,
    month: Month,
    state: HousingState,
    rates: MonthlyRates,
    housing: Housing,
    rules: RuleBook,
    ex: Explainer | None,
) -> HousingState:
    """Decide whether this month's income change leads to an interim reexamination."""
    now = rent_basis(month=month, rates=rates, housing=housing, rules=rules, ex=None)
    if regime(month, housing) == "hotma":
        cap = None if state.interim_decrease_this_year else state.basis.earned
        # Earned income above the cap is not counted (a basis within it is the same one).
        capped = now
        if cap is not None and now.earned > cap:
            capped = rent_basis(
                month=month, rates=rates, housing=housing, rules=rules, ex=None, earned_cap=cap
            )
        threshold = rules.at("hud.hotma.interim_threshold", month)
        return _hotma_interim(
            month=month, state=state, whole=now, capped=capped, threshold=threshold, ex=ex
        )
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


def _hotma_interim(
    *,
    month: Month,
    state: HousingState,
    whole: RentBasis,
    capped: RentBasis,
    threshold: RuleValue,
    ex: Explainer | None,
) -> HousingState:
    """HOTMA interims (24 CFR 982.516(c), 960.257(b) as amended; Notice PIH 2023-27).

    A decrease of adjusted income of 10% or more is processed. An increase of 10% or more is
    processed, but increases in earned income are not counted unless the family had an interim
    decrease earlier in the certification period (`capped` is the basis without them). Either
    takes effect the second month after.
    """
    cite = "24 CFR 982.516(c); 24 CFR 960.257(b) (as amended by HOTMA)"
    old = state.basis.adjusted_income
    limit = old * threshold.value
    reason = ""
    chosen = whole
    if old - whole.adjusted_income >= limit and whole.adjusted_income < old:
        reason = (
            f"adjusted income fell by {dollars(old - whole.adjusted_income)}, at least "
            f"10% of {dollars(old)}"
        )
    else:
        chosen = capped
        rise = chosen.adjusted_income - old
        if rise > 0 and rise >= limit:
            reason = f"adjusted income rose by {dollars(rise)}, at least 10% of {dollars(old)}" + (
                " (increases in earned income not counted)"
                if not state.interim_decrease_this_year
                else ""
            )
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
                cite,
                uses=(threshold,),
            )
        return state
    effective = month.plus(2)
    if ex:
        ex.step(
            "housing.interim",
            f"Change in {month}: {reason}. The new rent takes effect in {effective}.",
            None,
            cite,
            uses=(threshold,),
        )
    return replace(
        state,
        pending=chosen,
        pending_from=effective,
        pending_reason=reason,
        interim_decrease_this_year=state.interim_decrease_this_year or chosen.adjusted_income < old,
    )
