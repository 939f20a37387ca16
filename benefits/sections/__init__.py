"""The sections of the scenario format, by who decides them: SSA, work, housing, SNAP and VA.

`benefits.scenario` puts them together into the `Scenario` and is where every name is
imported from (`from benefits.scenario import Job`); these modules only keep it short.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """Frozen, and an unknown key is an error that names it (the format is a public contract)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
