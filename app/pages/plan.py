"""Plan: the planner's case file (local, autosaved), its scenarios and the form for each."""

from __future__ import annotations

import copy
from functools import partial
from pathlib import Path

import streamlit as st

from app import state
from app.components.form import scenario_form
from app.components.text import flashes, plain, problems
from benefits.io import ScenarioError, load_scenario, scenario_yaml
from benefits.present.drafts import check, draft_of
from benefits.present.files import read_upload, scenarios_json

EXAMPLES = Path(__file__).resolve().parents[2] / "benefits" / "examples"


def example_names() -> list[str]:
    return sorted(p.name for p in EXAMPLES.glob("*.y*ml"))


@st.cache_data(show_spinner=False)
def example_title(file_name: str) -> str:
    """A built-in example by its scenario name, not its file name."""
    return load_scenario(EXAMPLES / file_name).name


def _new_case() -> None:
    label = str(state.get("plan_new_label") or "").strip()
    state.new_case(label or "New case")
    state.put("plan_new_label", "")


def _open_case() -> None:
    chosen = state.get("plan_case")
    if chosen is not None:
        state.open_case(int(chosen))


def _rename() -> None:
    current = state.case()
    if current is not None:
        label = str(state.get("plan_label") or "").strip() or current.label
        state.rename_case(current.id, label, notes=str(state.get("plan_notes") or ""))


def case_bar() -> None:
    """Pick, create or rename a case. The label is the planner's own; no identity numbers."""
    cases = state.store().cases()
    current = state.case()
    c1, c2 = st.columns([3, 2])
    if cases:
        ids = [c.id for c in cases]
        labels = {c.id: c.label for c in cases}
        if current is not None:
            state.put("plan_case", current.id)
        c1.selectbox(
            "Case", ids, format_func=lambda i: labels.get(i, "?"), key="plan_case",
            on_change=_open_case, index=None, placeholder="Open a case",
        )  # fmt: skip
    # A new case in a pop-over: one Tab stop on the way to the scenarios (in the open, on the
    # left where the eye starts, when there is none yet).
    with c2.popover("New case", icon=":material/add:") if cases else c1.container():
        st.text_input(
            "New case: a label you choose (no SSN or case number)", key="plan_new_label",
            max_chars=100,
        )  # fmt: skip
        st.button("Create the case", key="plan_new", on_click=_new_case)
    if current is not None:
        if state.get("plan_label_for") != current.id:
            state.put("plan_label", current.label)
            state.put("plan_notes", current.notes)
            state.put("plan_label_for", current.id)
        c1.text_input("Case label", key="plan_label", on_change=_rename, max_chars=100)


def _add_copy() -> None:
    found = state.draft(int(state.get(state.ACTIVE) or 0)) or (state.drafts() or [None])[-1]
    if found is None:
        return
    data = copy.deepcopy(found.data)
    data["name"] = f"{data.get('name', 'Scenario')} (copy)"[:200]
    state.add_drafts([data])


def _add_example() -> None:
    name = state.get("plan_example")
    if name:
        state.add_drafts([draft_of(load_scenario(EXAMPLES / str(name)))])
        state.flash("success", f"Added the example “{example_title(str(name))}”.")


def _upload() -> None:
    upload = state.get("plan_upload")
    if upload is None:
        return
    try:
        found = read_upload(upload.getvalue(), upload.name)
    except ScenarioError as exc:
        state.put("plan_load_problems", exc.problems)
        return
    state.put("plan_load_problems", [])
    room = state.MAX_SCENARIOS - len(state.drafts())
    if len(found) > room:
        state.put("plan_pending", [draft_of(s) for s in found])
        return
    state.add_drafts([draft_of(s) for s in found])
    state.flash("success", f"Added {len(found)} scenario(s) from {upload.name}.")


def _replace_with_pending() -> None:
    pending = state.get("plan_pending") or []
    state.replace_drafts(pending)
    state.put("plan_pending", None)
    state.flash("success", "Replaced the case's scenarios with the loaded file.")


def _remove() -> None:
    active = state.get(state.ACTIVE)
    if active is not None and len(state.drafts()) > 1:
        state.remove_draft(int(active))


def loading() -> None:
    """Load a file or an example: it is added to the case, or the planner is asked first."""
    full = len(state.drafts()) >= state.MAX_SCENARIOS
    # The add buttons are in the open, a few Tab presses from the top of the page.
    c1, c2 = st.columns(2)
    c1.button("Add a copy of this scenario", key="plan_add", on_click=_add_copy, disabled=full)
    c2.selectbox("Built-in example", example_names(), format_func=example_title, key="plan_example")
    c2.button("Add this example", key="plan_add_example", on_click=_add_example, disabled=full)
    if full:
        st.caption(f"The case holds {state.MAX_SCENARIOS} scenarios, the most: remove one to add.")
    with st.expander("Open a scenario or case file", expanded=not state.drafts()):
        st.file_uploader(
            "Open a scenario or case file (YAML or JSON, as the command line reads; 1 MB at most)",
            type=["yaml", "yml", "json"], key="plan_upload", on_change=_upload,
            max_upload_size=1,
        )  # fmt: skip
    if state.get("plan_load_problems"):
        problems(state.get("plan_load_problems"), "That file could not be loaded.")
    pending = state.get("plan_pending")
    if pending:
        st.warning(
            f"The file has {len(pending)} scenario(s) and the case has room for "
            f"{state.MAX_SCENARIOS - len(state.drafts())}. Replace the case's scenarios with it?"
        )
        c1, c2 = st.columns(2)
        c1.button("Replace them", key="plan_replace", on_click=_replace_with_pending)
        c2.button("Keep mine", key="plan_keep", on_click=state.put, args=("plan_pending", None))


def downloads() -> None:
    """Save: what is valid is saved, and what is not is said."""
    drafts = state.drafts()
    checked = [(d, *check(d.data)) for d in drafts]
    valid = [s for _, s, _ in checked if s is not None]
    broken = [
        str(d.data.get("name") or f"scenario {i + 1}")
        for i, (d, s, _) in enumerate(checked)
        if s is None
    ]
    active = state.draft(int(state.get(state.ACTIVE) or 0))
    current = next((s for d, s, _ in checked if active and d.id == active.id), None)
    c1, c2 = st.columns(2)
    if current is not None:
        stem = "".join(ch if ch.isalnum() else "_" for ch in current.name)[:40] or "scenario"
        c1.download_button(
            "Save this scenario (YAML, for the command line)", scenario_yaml(current),
            f"{stem}.yaml", "application/yaml", key="plan_save_yaml", on_click="ignore",
        )  # fmt: skip
    if valid:
        label = state.case().label if state.case() else "case"  # type: ignore[union-attr]
        stem = "".join(ch if ch.isalnum() else "_" for ch in label)[:40] or "case"
        c2.download_button(
            f"Save the case file ({len(valid)} scenario(s), JSON)", scenarios_json(valid),
            f"{stem}.json", "application/json", key="plan_save_case", on_click="ignore",
        )  # fmt: skip
    if broken:
        st.warning(
            "Not in the saved file until fixed (the case keeps them): "
            + ", ".join(plain(b) for b in broken)
        )


def scenarios() -> None:
    drafts = state.drafts()
    if not drafts:
        st.info("This case has no scenarios yet: add an example or open a file above.")
        return
    names = {d.id: str(d.data.get("name") or "(no name)") for d in drafts}
    if state.get(state.ACTIVE) not in names:
        state.put(state.ACTIVE, state.remembered_active(names) or drafts[0].id)
    order = list(names)
    st.segmented_control(
        "Scenario", order, format_func=lambda i: plain(f"{order.index(i) + 1}. {names[i]}"[:60]),
        key=state.ACTIVE, required=True, on_change=state.remember_active,
    )  # fmt: skip
    active = state.draft(int(state.get(state.ACTIVE)))
    assert active is not None
    scenario, found = check(active.data)
    if found:
        problems(
            [f"{p}: {m}" if p else m for p, ms in found.items() for m in ms],
            "This scenario has a problem (it is saved as it is, and left out of the results).",
        )
    else:
        st.success(
            "Saved on this computer. Compare, Cliff and Why show it.", icon=":material/check:"
        )
    scenario_form(active.id, active.data, found)
    st.button("Remove this scenario", key="plan_remove", on_click=_remove, disabled=len(drafts) < 2)


def reports() -> None:
    current = state.case()
    if current is None:
        return
    made = state.store().reports(current.id)
    if not made:
        return
    with st.expander(f"Reports made for this case ({len(made)})"):
        for r in made:
            st.download_button(
                f"{r.made[:16].replace('T', ' ')} · {r.name}",
                partial(state.store().report_body, r.id),  # read from the store when clicked
                r.name, key=f"plan_report_{r.id}", on_click="ignore",
            )  # fmt: skip


def main() -> None:
    st.header("Plan: a case and its scenarios", anchor=False)
    flashes()  # messages from the form's callbacks too (a value that could not be read)
    case_bar()
    if state.case() is None:
        st.info("Create a case to start. Cases are kept on this computer only.")
        return
    loading()
    scenarios()
    downloads()
    reports()


main()
