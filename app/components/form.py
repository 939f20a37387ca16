"""The planner's form, driven by the field table: every field of the scenario format.

Each widget is a view onto the draft: its callback writes the new value into the draft and
the draft into the case store at once (autosave), before the page reruns, so names and
results update on the same click. Problems are shown beside the field they belong to.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import streamlit as st

from app import state
from app.components.text import plain
from benefits.present.drafts import (
    from_widget,
    get_in,
    parse_path,
    set_in,
    start_of,
    starter,
    to_widget,
)
from benefits.present.fields import (
    FieldSpec,
    fields_of,
    friendly_problem,
    option_words,
    switch_label,
)
from benefits.present.fields import (
    label as field_label,
)
from benefits.present.labels import BPQY_FIELDS, BPQY_HEADING, FORM_PARTS, form_part
from benefits.scenario import STATES, Scenario

STATE_CODES = sorted(STATES)
MAX_ITEMS = 20  # jobs or household members (the format's bound)
DAY_MIN, DAY_MAX = date(1900, 1, 1), date(2100, 12, 31)


def _key(draft_id: int, path: str) -> str:
    return f"f{draft_id}v{state.version(draft_id)}:{path}"


def _changed(draft_id: int, path: str, spec: FieldSpec, key: str) -> None:
    """A widget changed: write its value into the draft and save it."""
    found = state.draft(draft_id)
    if found is None:
        return
    data = copy.deepcopy(found.data)
    try:
        set_in(data, parse_path(path), from_widget(spec, state.get(key)))
    except (ValueError, ArithmeticError, IndexError, TypeError):
        # A callback's error would be a traceback: say it, and keep the draft as it was.
        state.flash("error", f"{field_label(path)}: this value could not be read; try again.")
        return
    state.save_draft(draft_id, data)


def _number(value: Decimal | None) -> float | None:
    """The widget edge: a number input holds a binary number; the draft keeps exact text."""
    return None if value is None else float(value)


def field(draft_id: int, spec: FieldSpec, path: str, data: dict[str, Any]) -> None:
    """One widget for one field, with its problem (if any) shown beneath it."""
    key = _key(draft_id, path)
    if not state.has(key):
        value = to_widget(spec, get_in(data, parse_path(path)))
        state.put(key, _number(value) if spec.kind in ("money", "hours") else value)
    args: dict[str, Any] = {"key": key, "on_change": _changed, "args": (draft_id, path, spec, key)}
    label, help_text = field_label(path), spec.help or None
    kind = spec.kind
    if path == "state":
        st.selectbox(label, STATE_CODES, help=help_text, **args)
    elif kind in ("money", "hours"):
        top = float(spec.high) if spec.high is not None else None
        step, fmt = (1.0, "%.2f") if kind == "hours" else (10.0, "%.2f")
        placeholder = "empty" if spec.optional else None
        st.number_input(
            label, min_value=0.0, max_value=top, step=step, format=fmt, help=help_text,
            placeholder=placeholder, **args,
        )  # fmt: skip
    elif kind == "int":
        low = int(spec.low) if spec.low is not None else None
        high = int(spec.high) if spec.high is not None else None
        st.number_input(label, min_value=low, max_value=high, step=1, help=help_text, **args)
    elif kind == "bool":
        st.checkbox(label, help=help_text, **args)
    elif kind in ("choice", "maybe_bool"):
        options = ["", "true", "false"] if kind == "maybe_bool" else list(spec.options)
        if spec.optional and kind == "choice":
            options = ["", *options]
        st.selectbox(
            label, options, format_func=lambda o: option_words(path, o) if o else "Default",
            help=help_text, **args,
        )  # fmt: skip
    elif kind == "date":
        st.date_input(
            label, min_value=DAY_MIN, max_value=DAY_MAX, help=help_text, format="YYYY-MM-DD",
            **args,
        )  # fmt: skip
    else:
        hint = {"month": "YYYY-MM", "months": "YYYY-MM, YYYY-MM", "by_year": "2027: 870.00"}
        hint["money_or_computed"] = "an amount, or computed"
        st.text_input(label, help=help_text, placeholder=hint.get(kind), max_chars=200, **args)


def _problem(problems: dict[str, list[str]], path: str) -> None:
    for message in problems.get(path, []):
        st.error(plain(friendly_problem(f"{path}: {message}")), icon=":material/error:")


def fields_block(
    draft_id: int, specs: list[FieldSpec], prefix: str, data: dict[str, Any],
    *, problems: dict[str, list[str]],
) -> None:  # fmt: skip
    """Simple fields three to a row, then sections and lists beneath (the BPQY's fields first,
    together, where the section has them)."""
    simple = [s for s in specs if s.kind not in ("section", "list")]
    bpqy = [s for s in simple if f"{prefix}{s.name}" in BPQY_FIELDS]
    if bpqy:
        with st.container(border=True):
            st.markdown(plain(BPQY_HEADING))
            _rows(draft_id, bpqy, prefix, data, problems=problems)
        simple = [s for s in simple if s not in bpqy]
    _rows(draft_id, simple, prefix, data, problems=problems)
    for spec in specs:
        if spec.kind == "section":
            section(draft_id, spec, f"{prefix}{spec.name}", data, problems=problems)
        elif spec.kind == "list":
            items(draft_id, spec, f"{prefix}{spec.name}", data, problems=problems)


def _rows(
    draft_id: int, simple: list[FieldSpec], prefix: str, data: dict[str, Any],
    *, problems: dict[str, list[str]],
) -> None:  # fmt: skip
    for row in range(0, len(simple), 3):
        columns = st.columns(3)
        for column, spec in zip(columns, simple[row : row + 3], strict=False):
            with column:
                path = f"{prefix}{spec.name}"
                field(draft_id, spec, path, data)
                _problem(problems, path)


def _toggle(draft_id: int, path: str, spec: FieldSpec, key: str) -> None:
    """Switch an optional section on (its starting values or what it held) or off (kept)."""
    found = state.draft(draft_id)
    if found is None:
        return
    data = copy.deepcopy(found.data)
    where = parse_path(path)
    if state.get(key):
        kept = state.stash(draft_id, path)
        set_in(data, where, kept or starter(path, spec, start=start_of(data)))
    else:
        state.stash(draft_id, path, get_in(data, where))
        set_in(data, where, None)
    state.save_draft(draft_id, data)
    state.reload_form(draft_id)


def section(
    draft_id: int, spec: FieldSpec, path: str, data: dict[str, Any],
    *, problems: dict[str, list[str]],
) -> None:  # fmt: skip
    """A section of the format; an optional one has a switch and shows its fields when on."""
    assert spec.model is not None
    present = get_in(data, parse_path(path)) is not None
    st.markdown(f"**{plain(field_label(path))}**")
    if spec.optional:
        key = _key(draft_id, f"{path}?")
        if not state.has(key):
            state.put(key, present)
        st.toggle(
            switch_label(path), key=key, on_change=_toggle,
            args=(draft_id, path, spec, key), help=spec.help or None,
        )  # fmt: skip
        if not present:
            return
    _problem(problems, path)
    fields_block(draft_id, fields_of(spec.model), f"{path}.", data, problems=problems)


def _edit_list(
    draft_id: int, path: str, change: Callable[[list[Any], dict[str, Any]], None]
) -> None:
    """Change the list at `path` (add or remove an item), save the draft, reload its form."""
    found = state.draft(draft_id)
    if found is None:
        return
    data = copy.deepcopy(found.data)
    where = parse_path(path)
    listed = list(get_in(data, where) or [])
    change(listed, data)
    set_in(data, where, listed)
    state.save_draft(draft_id, data)
    state.reload_form(draft_id)


def _add_item(draft_id: int, path: str, spec: FieldSpec) -> None:
    _edit_list(
        draft_id,
        path,
        lambda listed, data: listed.append(starter(path, spec, start=start_of(data))),
    )


def _remove_item(draft_id: int, path: str, index: int) -> None:
    _edit_list(draft_id, path, lambda listed, _: listed.pop(index))


def items(
    draft_id: int, spec: FieldSpec, path: str, data: dict[str, Any],
    *, problems: dict[str, list[str]],
) -> None:  # fmt: skip
    """A list of jobs or people: each in a box with its fields and a remove button."""
    assert spec.model is not None
    listed = get_in(data, parse_path(path)) or []
    noun = "Job" if path == "jobs" else "Person" if path == "household" else "Item"
    st.markdown(f"**{plain(field_label(path))}**")
    for i in range(len(listed)):
        with st.container(border=True):
            st.markdown(f"{noun} {i + 1}")
            _problem(problems, f"{path}[{i}]")
            fields_block(draft_id, fields_of(spec.model), f"{path}[{i}].", data, problems=problems)
            st.button(
                f"Remove {noun.lower()} {i + 1}", key=_key(draft_id, f"{path}[{i}]-"),
                on_click=_remove_item, args=(draft_id, path, i),
            )  # fmt: skip
    st.button(
        f"Add a {noun.lower()}", key=_key(draft_id, f"{path}+"), on_click=_add_item,
        args=(draft_id, path, spec), disabled=len(listed) >= MAX_ITEMS,
    )  # fmt: skip


def scenario_form(draft_id: int, data: dict[str, Any], problems: dict[str, list[str]]) -> None:
    """Every field of the scenario format for one draft, one part at a time (its problems
    beside each field; a part with a problem says so in its name)."""
    specs = fields_of(Scenario)
    parts = list(dict.fromkeys([*FORM_PARTS, *(form_part(s.name) for s in specs)]))
    parts = [p for p in parts if any(form_part(s.name) == p for s in specs)]

    def named(part: str) -> str:
        wrong = sum(
            len(ms) for path, ms in problems.items() if path and form_part(_top(path)) == part
        )
        return f"{part} (fix {wrong})" if wrong else part

    chosen = st.segmented_control(
        "Part of the scenario", parts, format_func=named, key="plan_part", required=True,
        default=state.remembered_part(parts), on_change=state.remember_part,
    )  # fmt: skip
    shown = [s for s in specs if form_part(s.name) == (chosen or parts[0])]
    fields_block(draft_id, shown, "", data, problems=problems)


def _top(path: str) -> str:
    return path.split(".")[0].split("[")[0]
