"""Headings for the sections and lists of the scenario format on the planner's form.

Every field's own label, and the words for its choices, come from the engine's field table
(`benefits.fields`); a section that is always present (the person, taxes...) has no entry
there, so its heading is here. A test fails when a section has no heading.
"""

from __future__ import annotations

SECTION_HEADINGS: dict[str, str] = {
    "person": "The person",
    "ssi": "SSI",
    "ssdi": "SSDI",
    "jobs": "Jobs",
    "work_expenses": "Work expenses and supports",
    "household": "Other people in the household",
    "housing": "Housing help (HUD)",
    "housing.eid": "Earned income disallowance (families already on it)",
    "va": "VA benefits",
    "snap": "SNAP (food help)",
    "shelter": "Housing costs for SNAP",
    "taxes": "Taxes",
    "medicaid": "Medicaid",
    "medicare": "Medicare",
}
