"""Per-state program facts that are categories, not amounts: the SSI Medicaid class, ACA
expansion, and the Medicaid buy-in for working people with disabilities.

Read from rules/states/medicaid_programs.yaml; every state and DC must have a row, and every row
names its source and whether it was confirmed in an official text or only a third-party one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from .rules import rules_dir
from .scenario import STATES
from .yamlio import load_packaged_yaml

Confidence = Literal["official", "third_party"]


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SSIClass(_Row):
    value: Literal["1634", "ssi_criteria", "209b"]
    confidence: Confidence
    source: str


class Expansion(_Row):
    expanded: bool
    effective: date | None
    confidence: Confidence
    source: str


class PremiumBracket(_Row):
    """One row of a premium table by gross income as a percent of the poverty guideline: it
    applies from `at_least_percent` (that percent included) or above `over_percent`."""

    at_least_percent: Decimal | None = None
    over_percent: Decimal | None = None
    individual: Decimal | None  # None: a premium is due, its amount not in the engine's data
    couple: Decimal | None = None  # a married person living with the spouse


class Premium(_Row):
    kind: Literal[
        "flat", "percent_of_gross", "percent_of_countable", "fpl_brackets", "varies",
        "none_reported",
    ]  # fmt: skip
    amount: Decimal | None = None
    percent: Decimal | None = None
    # fpl_brackets: rows in rising order; below the first row no premium is due
    brackets: tuple[PremiumBracket, ...] = ()
    own_income_only: bool = False  # the person's income against the guideline for one
    countable_income: bool = False  # the table reads countable income (SSI's method), not gross
    source: str = ""  # the state's own text for the amounts, when it is not the row's source
    text: str = ""


class BuyIn(_Row):
    program: str
    income_limit_percent_fpl: Decimal | None
    income_counted: str | None
    asset_limit: Decimal | None
    no_asset_limit: bool
    min_age: int | None
    max_age: int | None
    premium: Premium
    confidence: Confidence
    source: str


class StateMedicaid(_Row):
    name: str
    ssi_class: SSIClass
    expansion: Expansion
    buy_in: BuyIn | None


class MedicaidTable(_Row):
    as_of: str
    states: dict[str, StateMedicaid]


_T = TypeVar("_T", "MedicaidTable", "SupplementTable")


def _load_state_table(file_name: str, model: type[_T]) -> _T:
    """Load and check a per-state table: all 50 states and DC, nothing else."""
    path = rules_dir() / "states" / file_name
    table = model.model_validate(load_packaged_yaml(path.read_text(encoding="utf-8")))
    missing, extra = STATES - set(table.states), set(table.states) - STATES
    if missing or extra:
        raise ValueError(f"{path}: states missing {sorted(missing)}, unknown {sorted(extra)}")
    return table


@cache
def medicaid_table() -> MedicaidTable:
    return _load_state_table("medicaid_programs.yaml", MedicaidTable)


def state_medicaid(state: str) -> StateMedicaid:
    return medicaid_table().states[state]


class SupplementProgram(_Row):
    name: str
    administered_by: Literal["ssa", "state", "mixed", "none"]
    income_rule: Literal["continues_past_federal", "with_federal_payment", "none"]
    confirmed: bool
    source: str
    # What a planner must know about the amount for a living arrangement (when the state pays
    # it, or a level the engine's living arrangements do not tell apart): said in its step.
    notes: dict[str, str] = {}  # by living arrangement


class SupplementTable(_Row):
    as_of: str
    states: dict[str, SupplementProgram]


@cache
def supplement_table() -> SupplementTable:
    return _load_state_table("ssp_programs.yaml", SupplementTable)
