"""State values and source quality: every value read from a copy says so, the Pennsylvania and
Massachusetts amounts, and a state with no sourced amount says so in the month it matters."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import urlparse

import pytest

from benefits import Scenario, project
from benefits.months import Month
from benefits.rules import RuleBook
from benefits.state_rules import supplement_table

# Pages that are the law's own text or an agency's own document without a .gov address.
AGENCY_HOSTS = {"www.law.cornell.edu", "cc-publicdocs.santa-ana.org"}


def test_every_value_not_from_an_agency_page_is_tagged_secondary(rules: RuleBook) -> None:
    for rule in rules.rules.values():
        for table in list(rule.by_state.values()) if rule.by_state else [rule.values]:
            for value in table:
                host = urlparse(value.source).hostname or ""
                official = host.endswith((".gov", ".us")) or host in AGENCY_HOSTS
                assert official or value.quality == "secondary", (rule.id, value.effective, host)


def test_pennsylvania_and_massachusetts_amounts(rules: RuleBook) -> None:
    another = "states.ssp.another_household"
    pa = rules.at_state(another, "PA", Month(2026, 6))
    assert pa is not None and pa.value == Decimal("25.53")
    ma = rules.at_state(another, "MA", Month(2025, 6))
    assert ma is not None and ma.value == Decimal("87.58") and ma.origin == "secondary"
    for state in ("PA", "MA"):
        assert supplement_table().states[state].income_rule == "continues_past_federal"


def test_sourced_1619b_thresholds(rules: RuleBook) -> None:
    found = {
        state: rules.at_state("ssa.ssi.threshold_1619b", state, Month(2026, 6))
        for state in ("CA", "NY", "TX", "AL", "MD", "MN", "MO")
    }
    assert {s: v.value for s, v in found.items() if v} == {
        "CA": Decimal("66078.00"),
        "NY": Decimal("68654.00"),
        "TX": Decimal("53165.00"),
        "AL": Decimal("40026.00"),
        "MD": Decimal("62929.00"),
        "MN": Decimal("84206.00"),
        "MO": Decimal("55181.00"),
    }
    assert all(v and v.origin == "secondary" for v in found.values())


def test_a_state_without_a_sourced_amount_says_so() -> None:
    # Colorado pays an optional supplement whose amount is not in the sourced tables (Ohio was
    # the example here until its $0 for a person in their own household was sourced).
    scenario = Scenario.model_validate(
        {
            "name": "co",
            "start": "2027-01",
            "months": 1,
            "state": "CO",
            "person": {"birth_date": "1990-01-01"},
            "ssi": {},
        }
    )
    month = project(scenario).months[0]
    step = next(s for s in month.steps if s.rule == "ssi.state_supplement")
    assert step.not_modeled and "enter it as ssi.state_supplement" in step.because


@pytest.mark.parametrize("where", ["OH", "FL", "IN", "NM"])
@pytest.mark.parametrize("living", ["own_household", "another_persons_household"])
def test_ohio_pays_no_supplement_outside_residential_care(living: str, where: str) -> None:
    """Ohio's only optional supplement, the Residential State Supplement (Ohio Revised Code
    5119.41; SSA, State Assistance Programs for SSI Recipients, Ohio), is for residents of
    residential care settings: a sourced $0 in a household, never 'amount unknown'. So is
    Florida's (adult family care homes and assisted living facilities, Florida Statutes
    409.212; SSA, State Assistance Programs for SSI Recipients, Florida) and Indiana's (adults
    unable to reside in their own home who need care in a residential facility) and New
    Mexico's (a licensed adult residential care home; read from an archived copy)."""
    scenario = Scenario.model_validate(
        {
            "name": "oh",
            "start": "2026-03",
            "months": 1,
            "state": where,
            "person": {"birth_date": "1990-01-01"},
            "ssi": {"living_arrangement": living},
        }
    )
    month = project(scenario).months[0]
    assert month.ssi.state_supplement == Decimal("0.00")
    step = next(s for s in month.steps if s.rule == "ssi.state_supplement")
    assert not step.not_modeled and "pays no optional state supplement" in step.because
    year = {"OH": "2010", "FL": "2008", "IN": "2009", "NM": "2011"}[where]
    assert step.uses and f"ssi_st_asst/{year}/{where.lower()}.html" in step.uses[0].source
