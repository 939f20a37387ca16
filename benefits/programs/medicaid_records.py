"""Medicaid's records of a month (benefits/programs/medicaid.py decides it): what it needs to
know about the month and what it found."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from ..months import Month
from ..scenario import HouseholdMember


class MedicaidMonth:
    def __init__(
        self,
        covered: bool | None,  # None: cannot be decided without a value the user must enter
        basis: str,  # ssi | ssi_criteria | ssi_209b | 1619b | pickle | buy_in | expansion | none
        premium: Decimal | None,
        threshold_1619b: Decimal | None,
        annual_earnings_1619b: Decimal | None,
        note: str,
    ) -> None:
        self.covered: Final = covered
        self.basis: Final = basis
        self.premium: Final = premium
        self.threshold_1619b: Final = threshold_1619b
        self.annual_earnings_1619b: Final = annual_earnings_1619b
        self.note: Final = note


class MedicaidFacts:
    """What Medicaid needs to know about the month."""

    def __init__(
        self,
        month: Month,
        state: str,
        age: int,
        ssi_status: str,  # from the SSI module; "none" without SSI
        wages: Decimal,  # gross wages paid this month
        unearned: Decimal,  # SSDI and other unearned income, this month
        countable_income: Decimal,  # SSI-method countable income of this month (for buy-in, MSP)
        annual_earnings_1619b: Decimal,  # gross earnings of the 1619(b) 12-month period
        irwe: Decimal,
        bwe: Decimal,
        resources: Decimal,
        household_size: int,
        on_medicare: bool,
        enrolled_in_buy_in: bool,
        threshold_entered: Decimal | None,
        own_medicaid_expenses: Decimal | None = None,
        magi_household_size: int = 1,  # the person, a spouse and tax dependents (435.603(f))
        household_magi: Decimal | None = None,  # with a spouse's income (435.603(d)); None: own
        household: Sequence[HouseholdMember] = (),  # whose income MAGI may count (435.603(d)(2))
        disabled: bool = True,  # person.disabled: the buy-in is only for people with disabilities
        # Pickle (42 CFR 435.135), after a month of SSI with SSDI: the SSDI cost-of-living increases
        # since then, SSI-method countable income without them, and SSI's payment standard
        pickle: tuple[Decimal, Decimal, Decimal] | None = None,
        blind: bool = False,  # person.blind: SSA charts a separate 1619(b) threshold in four states
        # an approved PASS: its earnings set aside leave the 1619(b) earnings
        pass_plan: bool = False,
    ) -> None:
        self.month: Final = month
        self.state: Final = state
        self.age: Final = age
        self.ssi_status: Final = ssi_status
        self.wages: Final = wages
        self.unearned: Final = unearned
        self.countable_income: Final = countable_income
        self.annual_earnings_1619b: Final = annual_earnings_1619b
        self.irwe: Final = irwe
        self.bwe: Final = bwe
        self.resources: Final = resources
        self.household_size: Final = household_size
        self.on_medicare: Final = on_medicare
        self.enrolled_in_buy_in: Final = enrolled_in_buy_in
        self.threshold_entered: Final = threshold_entered
        self.own_medicaid_expenses: Final = own_medicaid_expenses
        self.magi_household_size: Final = magi_household_size
        self.household_magi: Final = household_magi
        self.household: Final = household
        self.disabled: Final = disabled
        self.pickle: Final = pickle
        self.blind: Final = blind
        self.pass_plan: Final = pass_plan
