"""Plain bounds on every number and date a scenario holds, so any accepted file is cheap to project.

The bounds are far beyond any real case (a job paying $1,000,000 a month, 168 hours a week) and
only keep a typo or a hostile file from turning into minutes of work or a misleading answer.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from .errors import excerpt

MAX_MONTHLY = 1_000_000  # dollars a month
MAX_YEARLY = 12 * MAX_MONTHLY  # yearly amounts and resources
MAX_HOURLY = 10_000  # dollars an hour (and hourly_wage x hours x 52 / 12 <= MAX_MONTHLY)
MAX_JOBS = 20
MAX_HOUSEHOLD = 20
FIRST_YEAR, LAST_YEAR = 1900, 2100
FIRST_DAY, LAST_DAY = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)

_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_WRITE_DAY = "write the date as YYYY-MM-DD, e.g. 2026-03-02"


def _not_negative_zero(value: Decimal) -> Decimal:
    """-0.00 is 0.00 (a saved file never shows a minus sign on zero), and 1e3 is 1000 (never
    written back as 1E+3)."""
    if value.is_zero():
        value = value.copy_abs()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0 and value.adjusted() < 20:
        value = value.quantize(Decimal(1))
    return value


def _whole(value: object) -> object:
    """true and false are not numbers (pydantic would read true as 1)."""
    if isinstance(value, bool):
        raise ValueError(f"{str(value).lower()} is not a number: enter a whole number, e.g. 12")
    return value


def _day(value: object) -> object:
    """A calendar day: a date, or text YYYY-MM-DD; never a number (pydantic reads 0 as 1970)."""
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            raise ValueError(f"{value.isoformat()} has a time of day: {_WRITE_DAY}")
        return value.date()
    if isinstance(value, date):
        return value
    text = value.strip() if isinstance(value, str) else ""
    found = _DAY.match(text)
    if not found:
        raise ValueError(f"{excerpt(value)} is not a date: {_WRITE_DAY}")
    year, month, day = (int(part) for part in found.groups())
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the year {year} is not between {FIRST_YEAR} and {LAST_YEAR}")
    if not 1 <= month <= 12:
        raise ValueError(f"{text}: the month must be 01 to 12; {_WRITE_DAY}")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValueError(
            f"{text}: {calendar.month_name[month]} {year} has {days} days; check the day"
        )
    return date(year, month, day)


def _day_in_range(value: date) -> date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(f"{value} is not between {FIRST_DAY} and {LAST_DAY}")
    return value


Money = Annotated[
    Decimal,
    Field(ge=0, le=MAX_MONTHLY, decimal_places=2),
    AfterValidator(_not_negative_zero),
]
YearlyMoney = Annotated[
    Decimal,
    Field(ge=0, le=MAX_YEARLY, decimal_places=2),
    AfterValidator(_not_negative_zero),
]
HourlyWage = Annotated[
    Decimal,
    Field(ge=0, le=MAX_HOURLY, decimal_places=2),
    AfterValidator(_not_negative_zero),
]
Hours = Annotated[
    Decimal, Field(ge=0, le=168, decimal_places=2), AfterValidator(_not_negative_zero)
]
WholeNumber = Annotated[int, BeforeValidator(_whole)]
Year = Annotated[int, BeforeValidator(_whole), Field(ge=FIRST_YEAR, le=LAST_YEAR)]
Day = Annotated[date, BeforeValidator(_day), AfterValidator(_day_in_range)]
