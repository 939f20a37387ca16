"""Plain words for the engine's codes: statuses, coverage, pay, field names, problems.

No internal code (`1619b_candidate`, `ssp_only`, `hours_per_week`) is shown to a user; every
screen and the report read their wording from here.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from .. import incomes, vocabulary
from ..fields import fields as FIELDS
from ..money import dollars
from ..months import Month
from ..results import MonthResult

NOT_MODELLED = "not modelled yet"

# Net income in words, from the engine's income lines (one list for every screen).
NET_WORDS = "net income = " + incomes.formula()


def _choices(path: str) -> dict[str, str]:
    """The words for a field's choices, from the engine's field table."""
    return dict(FIELDS()[path].choices)


PAY_WORDS = _choices("jobs[].pay_frequency")
# Ask's question is in the first person; the planner's form uses the field table's words.
LIVING_WORDS = {
    "own_household": "My own home (or I pay my share of the costs)",
    "another_persons_household": "In someone else's home, and they pay for my housing",
}


def _short(field: str) -> dict[str, str]:
    return {code: w.short for code, w in vocabulary.VOCABULARY[field].items()}


SSI_STATUS_WORDS = _short("ssi.status")
SSDI_STATUS_WORDS = _short("ssdi.status")
MEDICAID_SHORT = _short("medicaid.basis")
MEDICARE_WORDS = _short("medicare.status")
MILESTONE_WORDS = _short("milestone.kind")
MEDICAID_WORDS = {
    "ssi": "through SSI",
    "ssi_criteria": "through SSI (state criteria)",
    "ssi_209b": "through SSI (209(b) state)",
    "1619b": "under 1619(b)",
    "1619b_threshold_unknown": "cannot tell: the state's 1619(b) threshold is needed",
    "pickle": "under the Pickle amendment (Social Security raises since SSI left out)",
    "buy_in": "through the state's buy-in",
    "expansion": "as an expansion adult",
    "none": "no Medicaid",
}


def ssdi_label(m: MonthResult) -> str:
    """The SSDI status of a month in words, with the trial work or extended period count."""
    label = vocabulary.short("ssdi.status", m.ssdi.status)
    if m.ssdi.twp_month_number:
        label += f" {m.ssdi.twp_month_number} of 9"
    elif m.ssdi.epe_month_number and m.ssdi.status not in ("none", "terminated"):
        label += f", EPE {m.ssdi.epe_month_number} of 36"
    return label


def medicaid_key(m: MonthResult) -> str:
    """The month's Medicaid basis, with 'cannot tell' and 'none' folded in."""
    if m.medicaid.covered is None:
        return "1619b_threshold_unknown"
    if not m.medicaid.covered:
        return "none"
    return m.medicaid.basis


def medicaid_words(m: MonthResult) -> str:
    key = medicaid_key(m)
    if key == "1619b_threshold_unknown":
        return "cannot tell (1619(b) threshold needed)"
    if key == "none":
        return "no Medicaid"
    return "Medicaid " + MEDICAID_WORDS.get(key, "(see the steps)")


def counted(words: list[str], unit: str = "") -> str:
    """'a 3, b 2': each word with how often it occurs, in order of first occurrence."""
    counts = Counter(words)
    return ", ".join(f"{w} {counts[w]}{unit}" for w in dict.fromkeys(words))


def medicaid_summary(months: list[MonthResult]) -> str:
    """Months covered and how, short enough for a table cell: 'covered 24/24: 1619(b) 22, SSI 2'."""
    covered = [m for m in months if m.medicaid.covered]
    unknown = sum(1 for m in months if m.medicaid.covered is None)
    if not covered and not unknown:
        return "not covered"
    text = f"covered {len(covered)}/{len(months)}"
    if covered:
        text += ": " + counted(
            [vocabulary.short("medicaid.basis", m.medicaid.basis) for m in covered]
        )
    if unknown:
        text += f"; can't tell {unknown} (1619(b) threshold needed)"
    return text


def medicare_summary(months: list[MonthResult]) -> str:
    """Months in each status, e.g. 'waiting 10 mo, covered 14 mo'."""
    return counted([vocabulary.short("medicare.status", m.medicare.status) for m in months], " mo")


def num(value: Decimal) -> str:
    """A number without trailing zeros: 20, 17.5."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def signed(amount: Decimal) -> str:
    """+$12.00, -$3.50, $0.00."""
    return ("+" if amount > 0 else "") + dollars(amount)


MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_words(m: Month) -> str:
    """2027-03 -> 'Mar 2027'."""
    return f"{MONTH_NAMES[m.month - 1]} {m.year}"


def span_words(first: Month, last: Month) -> str:
    """'Jan–Sep 2027', 'Nov 2027–Feb 2028' or 'Mar 2027'."""
    if first == last:
        return month_words(first)
    if first.year == last.year:
        return f"{MONTH_NAMES[first.month - 1]}–{month_words(last)}"
    return f"{month_words(first)}–{month_words(last)}"


_PROGRAM_WORDS = {
    "housing": "Rent (HUD)", "medicaid": "Medicaid", "medicare": "Medicare", "ssdi": "SSDI",
    "ssi": "SSI", "taxes": "Taxes", "resources": "Resources", "snap": "SNAP", "va": "VA",
}  # fmt: skip
_SHORT_WORDS = {"eitc": "EITC", "cola": "COLA", "1619b": "1619(b)", "twp": "TWP", "epe": "EPE",
                "sga": "SGA", "modeled": "modelled"}  # fmt: skip


def rule_words(rule: str) -> str:
    """A step's rule id in words: `ssi.countable_earned_income` -> `SSI: countable earned
    income` (the id stays in the JSON output; people read the words)."""
    program, _, rest = rule.partition(".")
    if not rest or program not in _PROGRAM_WORDS:
        program, rest = "", rule
    said = ", ".join(
        " ".join(_SHORT_WORDS.get(word, word) for word in piece.split("_"))
        for piece in rest.split(".")
    )
    return f"{_PROGRAM_WORDS[program]}: {said}" if program else said[:1].upper() + said[1:]
