"""Calendar months (YYYY-MM), the unit in which SSI and SSDI are counted."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import Any, Final

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from .errors import excerpt

_MONTH_TEXT = re.compile(r"^(\d{4})-(\d{2})$")
INPUT_YEARS = (1900, 2100)  # months read from a file; the engine may count a few years beyond


class Month:
    """One calendar month. Ordered, hashable, and written as "YYYY-MM".

    Read-only (a compiled plain class: scripts/compile.py); the engine shares one object for
    each month (`plus`, `from_index`)."""

    def __init__(self, year: int, month: int) -> None:
        if not 1 <= month <= 12:
            raise ValueError(
                f"month must be 01 to 12, got {month:02d}: write YYYY-MM, e.g. 2026-03"
            )
        if not 1900 <= year <= 2200:
            raise ValueError(f"year must be between 1900 and 2200, got {year}")
        self.year: Final = year
        self.month: Final = month
        # Months since year 0, so that month arithmetic is integer arithmetic.
        self.index: Final = year * 12 + month - 1
        self.text: Final = f"{year:04d}-{month:02d}"  # written in many steps' words

    def __reduce__(self) -> tuple[type[Month], tuple[int, int]]:
        # copy, deepcopy and pickle (Streamlit copies a widget's values) make a new Month from
        # its fields: a compiled frozen class cannot have them set after it is made.
        return (Month, (self.year, self.month))

    @classmethod
    def parse(cls, text: str) -> Month:
        """Read "YYYY-MM"; anything else is a ValueError that says what to write."""
        found = _MONTH_TEXT.match(text.strip())
        if not found:
            raise ValueError(f"{excerpt(text)} is not a month: write it as YYYY-MM, e.g. 2026-03")
        return cls(int(found.group(1)), int(found.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def from_index(cls, index: int) -> Month:
        return _month_at(index)

    @classmethod
    def january(cls, year: int) -> Month:
        """January of `year`: the engine's shared object (a yearly rule or rate starts then)."""
        return _month_at(year * 12)

    def plus(self, months: int) -> Month:
        return _month_at(self.index + months)

    def minus(self, other: Month) -> int:
        """How many months self is after other."""
        return self.index - other.index

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def days(self) -> int:
        return _days_in(self.year, self.month)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, self.days)

    def __hash__(self) -> int:
        return self.index

    # Compared by index (the same order as (year, month)): the engine compares months often.
    def __eq__(self, other: object) -> bool:
        if other.__class__ is Month:
            return self.index == other.index
        return NotImplemented

    def __lt__(self, other: Month) -> bool:
        if other.__class__ is Month:
            return self.index < other.index
        return NotImplemented

    def __le__(self, other: Month) -> bool:
        if other.__class__ is Month:
            return self.index <= other.index
        return NotImplemented

    def __gt__(self, other: Month) -> bool:
        if other.__class__ is Month:
            return self.index > other.index
        return NotImplemented

    def __ge__(self, other: Month) -> bool:
        if other.__class__ is Month:
            return self.index >= other.index
        return NotImplemented

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Month('{self}')"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def validate(value: Any) -> Month:
            if isinstance(value, Month):
                return value
            if isinstance(value, date):
                raise ValueError(
                    f"'{value.isoformat()}' is a day: write the month as YYYY-MM, "
                    f"e.g. {value.year:04d}-{value.month:02d}"
                )
            if not isinstance(value, str):
                # excerpt() never turns a list or a section into text (an alias bomb is huge)
                raise ValueError(
                    f"{excerpt(value)} is not a month: write it as YYYY-MM, e.g. 2026-03"
                )
            month = Month.parse(value)
            if not INPUT_YEARS[0] <= month.year <= INPUT_YEARS[1]:
                raise ValueError(
                    f"{month} is not between {INPUT_YEARS[0]}-01 and {INPUT_YEARS[1]}-12"
                )
            return month

        return core_schema.no_info_plain_validator_function(
            validate, serialization=core_schema.to_string_ser_schema()
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "pattern": r"^\d{4}-(0[1-9]|1[0-2])$", "examples": ["2026-03"]}


@lru_cache(maxsize=4096)
def _month_at(index: int) -> Month:
    """Months are immutable, so the engine's month arithmetic can share them."""
    return Month(index // 12, index % 12 + 1)


@lru_cache(maxsize=4096)
def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]
