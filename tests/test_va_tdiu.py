"""The TDIU warning is definite only when the Census Bureau's threshold for the year is known."""

from __future__ import annotations

from decimal import Decimal as D

from benefits.months import Month
from benefits.programs.va import tdiu_warning
from benefits.rules import load_rules


def test_carried_forward_threshold_says_may_and_asks_for_the_year():
    text = tdiu_warning(
        month=Month.parse("2026-01"),
        monthly_earnings=D("1200.00"),
        entered_threshold=None,
        rules=load_rules(),
        ex=None,
    )
    assert text is not None
    assert "2021 threshold carried forward" in text
    assert "may be more than marginal employment" in text


def test_entered_threshold_is_definite():
    text = tdiu_warning(
        month=Month.parse("2026-01"),
        monthly_earnings=D("1400.00"),
        entered_threshold=D("16000.00"),
        rules=load_rules(),
        ex=None,
    )
    assert text is not None and "as entered): this is more than marginal employment" in text
    below = tdiu_warning(
        month=Month.parse("2026-01"),
        monthly_earnings=D("1300.00"),
        entered_threshold=D("16000.00"),
        rules=load_rules(),
        ex=None,
    )
    assert below is None
