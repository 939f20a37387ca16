"""The one module that knows the session-state keys; pages read and write only through it.

The planner's case lives in the local case store (`app.store`); session state holds a copy of
its drafts for the current run, and every change is written to the store at once. The case's
id is kept in the page address (`?case=`), so a refresh reopens the same case.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import streamlit as st

from app.store import Case, CaseStore, Draft, data_dir
from benefits.present.drafts import check
from benefits.scenario import Scenario

MAX_SCENARIOS = 4

CASE = "case_id"  # the open case's id
DRAFTS = "drafts"  # its drafts: list[Draft]
ACTIVE = "plan_active"  # the draft being edited (the scenario picker's key)
VERSIONS = "form_versions"  # draft id -> version of its widgets (bumped to reload them)
FLASH = "flash"  # messages to show once at the top: list[(kind, text)]
ASK = "ask_scenarios"  # the Ask page's last scenarios (JSON), for the other pages
STASH = "stash"  # sections switched off on the form, kept to switch back on
RUN_CASE = "run_case"  # the open case as read from the store in this run


@st.cache_resource(show_spinner=False)
def _store(folder: str) -> CaseStore:
    return CaseStore(Path(folder) / "cases.sqlite3")


def store() -> CaseStore:
    """The case store of this machine's data directory (BENEFITS_DATA_DIR for tests)."""
    return _store(str(data_dir()))


def case() -> Case | None:
    """The open case: from the page address, else the last one used; None before the first."""
    if CASE not in st.session_state:
        wanted = st.query_params.get("case") or store().recall("last_case")
        found = store().case(int(wanted)) if wanted and str(wanted).isdigit() else None
        st.session_state[CASE] = found.id if found else None
        if found is not None:  # opened from the address: a refresh after a page switch (which
            store().remember("last_case", str(found.id))  # drops ?case=) comes back to it
    case_id = st.session_state[CASE]
    if case_id is None:
        return None
    kept: Case | None = st.session_state.get(RUN_CASE)
    if kept is None or kept.id != case_id:
        kept = store().case(case_id)
        st.session_state[RUN_CASE] = kept
    return kept


def new_run() -> None:
    """At the top of every run: the open case is read from the store once a run (its label may
    have changed in another tab), not once for each of the dozen times a page asks for it (each
    a new SQLite connection)."""
    st.session_state.pop(RUN_CASE, None)


def rename_case(case_id: int, label: str, notes: str | None = None) -> None:
    store().rename(case_id, label, notes=notes)
    st.session_state.pop(RUN_CASE, None)


def open_case(case_id: int) -> None:
    """Switch to a case and remember it for the next visit."""
    st.session_state[CASE] = case_id
    st.session_state.pop(RUN_CASE, None)
    st.session_state.pop(DRAFTS, None)
    st.session_state.pop(ACTIVE, None)
    st.query_params["case"] = str(case_id)
    store().remember("last_case", str(case_id))


def new_case(label: str, drafts: list[dict[str, Any]] | None = None) -> int:
    case_id = store().create_case(label.strip() or "New case")
    for data in drafts or []:
        store().add_draft(case_id, data)
    open_case(case_id)
    return case_id


def drafts() -> list[Draft]:
    """The open case's scenarios as the planner left them."""
    current = case()
    if current is None:
        return []
    if DRAFTS not in st.session_state:
        st.session_state[DRAFTS] = store().drafts(current.id)
    found: list[Draft] = st.session_state[DRAFTS]
    return found


def draft(draft_id: int) -> Draft | None:
    return next((d for d in drafts() if d.id == draft_id), None)


def save_draft(draft_id: int, data: dict[str, Any]) -> None:
    """Autosave: the draft is written to the store on every change, valid or not."""
    store().save_draft(draft_id, data)
    st.session_state[DRAFTS] = [Draft(d.id, data) if d.id == draft_id else d for d in drafts()]


def add_drafts(datas: list[dict[str, Any]]) -> list[int]:
    """Add scenarios to the open case (a new case when none is open); at most four in all."""
    current = case()
    if current is None:
        new_case("First case")
        current = case()
    assert current is not None
    room = MAX_SCENARIOS - len(drafts())
    ids = [store().add_draft(current.id, data) for data in datas[: max(room, 0)]]
    st.session_state[DRAFTS] = store().drafts(current.id)
    if ids:
        st.session_state[ACTIVE] = ids[0]
        remember_active()
    return ids


def replace_drafts(datas: list[dict[str, Any]]) -> None:
    for d in drafts():
        store().remove_draft(d.id)
    st.session_state.pop(DRAFTS, None)
    add_drafts(datas)


def remove_draft(draft_id: int) -> None:
    store().remove_draft(draft_id)
    st.session_state[DRAFTS] = [d for d in drafts() if d.id != draft_id]
    if st.session_state.get(ACTIVE) == draft_id:
        st.session_state.pop(ACTIVE, None)


def remember_active() -> None:
    """Keep the scenario being edited, so a refresh comes back to it (tabs keep their place)."""
    current = case()
    if current is not None and st.session_state.get(ACTIVE) is not None:
        store().remember(f"active:{current.id}", str(st.session_state[ACTIVE]))


def remembered_active(ids: Any) -> int | None:
    current = case()
    found = store().recall(f"active:{current.id}") if current else None
    return int(found) if found and found.isdigit() and int(found) in ids else None


def remember_part() -> None:
    """Keep the part of the Plan form being edited (Person, Work, ...), so a refresh or the
    next visit opens the form where the planner left it."""
    part = st.session_state.get("plan_part")
    if part:
        store().remember("plan_part", str(part))


def remembered_part(parts: list[str]) -> str:
    if st.session_state.get("plan_part") in parts:
        return str(st.session_state["plan_part"])
    found = store().recall("plan_part")
    return found if found in parts else parts[0]


def version(draft_id: int) -> int:
    return int(st.session_state.setdefault(VERSIONS, {}).get(draft_id, 0))


def reload_form(draft_id: int) -> None:
    """New widget keys for a draft, so its form shows the draft again (after add/remove)."""
    versions = st.session_state.setdefault(VERSIONS, {})
    versions[draft_id] = versions.get(draft_id, 0) + 1


def stash(draft_id: int, path: str, value: Any | None = None) -> Any:
    """Keep a switched-off section's data (value given), or take it back (value None)."""
    kept = st.session_state.setdefault(STASH, {})
    if value is not None:
        kept[(draft_id, path)] = value
        return value
    return kept.pop((draft_id, path), None)


@st.cache_resource(max_entries=512, show_spinner=False)
def _checked(text: str) -> tuple[Scenario | None, dict[str, list[str]]]:
    return check(json.loads(text))


def checked(d: Draft) -> tuple[Scenario | None, dict[str, list[str]]]:
    """The draft as a scenario, or its problems by field path (cached by its text)."""
    return _checked(json.dumps(d.data, sort_keys=True))


def valid_scenarios() -> list[Scenario]:
    """The open case's scenarios that are valid now (a draft with a problem is left out)."""
    return [s for s, _ in (checked(d) for d in drafts()) if s is not None]


def set_ask(scenarios: list[Scenario]) -> None:
    st.session_state[ASK] = [s.model_dump_json(exclude_none=True) for s in scenarios]


def ask_scenarios() -> list[Scenario]:
    return [Scenario.model_validate_json(t) for t in st.session_state.get(ASK, [])]


def view_scenarios() -> tuple[list[Scenario], str]:
    """What Compare, Cliff, Why and Report show: the case's scenarios, else Ask's answer."""
    found = valid_scenarios()
    if found:
        return found, "case"
    asked = ask_scenarios()
    return asked, "ask" if asked else "none"


def flash(kind: str, text: str) -> None:
    """A message for the top of the next run (after a callback)."""
    st.session_state.setdefault(FLASH, []).append((kind, text))


def take_flash() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = st.session_state.pop(FLASH, [])
    return found


def get(key: str, default: Any = None) -> Any:
    """A widget's value by its key (pages name widget keys; only this module reads state)."""
    return st.session_state.get(key, default)


def put(key: str, value: Any) -> None:
    st.session_state[key] = value


def has(key: str) -> bool:
    return key in st.session_state
