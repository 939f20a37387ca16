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

# What a planner copies from SSA's Benefits Planning Query (BPQY, form SSA-2459): shown together
# at the top of the SSDI section as "From the BPQY" (issue 13).
BPQY_FIELDS: tuple[str, ...] = (
    "ssdi.monthly_benefit",
    "ssdi.entitlement_month",
    "ssdi.twp_months_used",
    "ssdi.twp_end_month",
    "ssdi.cessation_month",
    "ssdi.benefit_by_year",
)
BPQY_HEADING = "From the BPQY (SSA's Benefits Planning Query)"

# The planner's form is shown one part at a time (a shorter page, and each edit reruns only
# what is shown). Each top-level field of the scenario format belongs to one part; a section
# the format gains later goes to "More" until it is placed here.
FORM_PARTS: dict[str, tuple[str, ...]] = {
    "Person": ("name", "start", "months", "state", "person"),
    "Benefits": ("ssi", "ssdi", "va"),
    "Work": ("jobs", "work_expenses"),
    "Home and food": ("household", "housing", "snap", "shelter"),
    "Health, money, taxes": (
        "medicaid", "medicare", "resources", "medical_expenses", "child_care_expenses", "taxes",
    ),
}  # fmt: skip
MORE = "More"


def form_part(name: str) -> str:
    """The part of the form a top-level field is shown in."""
    return next((part for part, names in FORM_PARTS.items() if name in names), MORE)
