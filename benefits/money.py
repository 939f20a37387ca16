"""Exact money: every amount is a Decimal, never a binary float."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_HALF_UP, Decimal

Money = Decimal
ZERO = Decimal("0.00")
CENT = Decimal("0.01")
DOLLAR = Decimal("1")


# The rounding is passed by position: Decimal.quantize takes a keyword at about twice the cost,
# and the engine rounds a few times in every month of every program.
def cents(amount: Decimal) -> Decimal:
    """Round to the cent, half up (a half cent rounds away from zero)."""
    return amount.quantize(CENT, ROUND_HALF_UP)


def cents_up(amount: Decimal) -> Decimal:
    """Raise a fraction of a cent to the next higher cent (SSI payments, POMS SI 02001.010)."""
    return amount.quantize(CENT, ROUND_CEILING)


def truncate_cents(amount: Decimal) -> Decimal:
    """Drop fractions of a cent (SSA truncates one-third of the FBR: $1,415 / 3 = $471.66)."""
    return amount.quantize(CENT, ROUND_DOWN)


def floor_dollar(amount: Decimal) -> Decimal:
    """Round down to the whole dollar, kept with two places (e.g. 871.85 -> 871.00)."""
    return amount.quantize(DOLLAR, ROUND_DOWN).quantize(CENT)


def positive(amount: Decimal) -> Decimal:
    """The amount, or zero when it is negative (income is never reduced below zero)."""
    return amount if amount > 0 else ZERO


def dollars_exact(amount: Decimal) -> str:
    """Like dollars(), but a fraction of a cent is shown to the tenth of a cent, as SSA keeps
    countable income within a computation ($7.505; POMS SI 02001.010), never rounded up."""
    if amount == amount.quantize(CENT, rounding=ROUND_DOWN):
        return dollars(amount)
    mill = abs(amount).quantize(Decimal("0.001"), rounding=ROUND_DOWN)
    return f"{'-' if amount < 0 else ''}${mill:,.3f}"


# Amounts already written, by their exact text: an explained projection writes the same few
# amounts thousands of times, and writing a Decimal costs a fraction of hashing a new one (the
# text also keeps a zero's sign, $-0.00, apart).
_WRITTEN: dict[str, str] = {}


def dollars(amount: Decimal) -> str:
    """Format for people: $1,234.50 (half-cents round up, as cents() does)."""
    key = str(amount)
    found = _WRITTEN.get(key)
    if found is not None:
        return found
    rounded = cents(amount)
    text = f"-${-rounded:,.2f}" if rounded < 0 else f"${rounded:,.2f}"
    if len(_WRITTEN) < 100_000:
        _WRITTEN[key] = text
    return text


def exact(*amounts: Decimal | None) -> str:
    """Amounts as part of a memo key: their exact text. It keeps 1.0 and 1.00 apart (equal
    Decimals that print differently), and writing a new Decimal costs a fraction of hashing
    it (the month memos of benefits/table, the rent bases of programs/hud_rent.py)."""
    return " ".join([str(a) for a in amounts])
