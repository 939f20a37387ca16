"""The engine behind the screen, cached: one rule book per process, projections by scenario JSON.

A scenario's exact JSON is the cache key (hashable and exact). Projections are frozen pydantic
models, so one object is shared by every rerun and session instead of being copied each time.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import streamlit as st

from app.store import data_dir
from benefits import project
from benefits.present.cliff import Cliff, cliff
from benefits.results import Projection
from benefits.rules import RuleBook, load_rules
from benefits.rules_overlay import env_overlay, overlay_file_for, overlay_paths, write_value
from benefits.scenario import Scenario


def overlay_dir() -> Path:
    """The local rules overlay the screen writes (a value entered once, used from then on)."""
    return data_dir() / "rules-overlay"


def overlay_files() -> list[Path]:
    """BENEFITS_RULES_OVERLAY's files, then the screen's own overlay folder."""
    mine = overlay_dir()
    return [*overlay_paths(env_overlay()), *(overlay_paths(mine) if mine.is_dir() else [])]


def key(scenario: Scenario) -> str:
    """The scenario's cache key: its JSON as the scenario format writes it."""
    return scenario.model_dump_json(exclude_none=True)


@st.cache_resource(show_spinner=False)
def rulebook() -> RuleBook:
    """The rule book with the local overlays, loaded once and shared by every session."""
    return load_rules(overlays=overlay_files())


def save_local_value(*, rule_id: str, state: str, year: int, value: Decimal, source: str) -> Path:
    """Keep a state's value (a 1619(b) threshold, a supplement) in the local overlay, then
    reload the rule book so every later projection uses it and says so in its steps."""
    path = write_value(
        overlay_file_for(overlay_dir(), rule_id), rule_id=rule_id, effective=date(year, 1, 1),
        value=value, source=source, state=state,
    )  # fmt: skip
    forget()
    return path


@st.cache_resource(max_entries=256, show_spinner=False)
def projection(scenario_json: str) -> Projection:
    """The explained projection with the no-work comparison (shared, never mutated)."""
    return project(Scenario.model_validate_json(scenario_json), rulebook())


@st.cache_resource(max_entries=256, show_spinner=False)
def numbers(scenario_json: str) -> Projection:
    """Numbers only, without steps or the no-work comparison (for baselines)."""
    scenario = Scenario.model_validate_json(scenario_json)
    return project(scenario, rulebook(), explain=False, compare_no_work=False)


@st.cache_data(max_entries=64, show_spinner=False)
def projection_json(scenario_json: str) -> str:
    """The projection as `benefits project --json` prints it."""
    return projection(scenario_json).model_dump_json()


@st.cache_resource(max_entries=32, show_spinner=False)
def cliff_of(scenario_json: str) -> Cliff:
    """Net income at 0..40 hours a week: 41 projections, numbers only, no comparison."""
    return cliff(Scenario.model_validate_json(scenario_json), rulebook())


_GENERATION = [0]


def generation() -> int:
    """The rule book's generation: part of the key of every page cache built on projections
    (charts, tables, the rules status), so a saved local value reaches them too."""
    return _GENERATION[0]


def forget() -> None:
    """Drop every cached rule book and projection (after a local rule value is saved)."""
    for cached in (rulebook, projection, numbers, cliff_of):
        cached.clear()
    projection_json.clear()
    _GENERATION[0] += 1
