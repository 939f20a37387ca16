"""Text on the screen: user text is always shown as plain text, never as Markdown or HTML."""

from __future__ import annotations

import re

import streamlit as st

from app import state
from benefits.present.fields import field_words, friendly_problem

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:=^])")


def plain(text: str) -> str:
    """Text safe inside Markdown: every character Markdown could act on is escaped (and a
    scenario field named by its path is named by its label)."""
    return _MARKDOWN.sub(r"\\\1", field_words(text))


def money_md(text: str) -> str:
    """Our own sentences with dollar amounts: only `$` is escaped (it starts math)."""
    return field_words(text).replace("$", r"\$")


def problems(items: list[str], what: str) -> None:
    """A list of problems, each with its field in plain words, as one message."""
    lines = "\n".join(f"- {plain(friendly_problem(p))}" for p in items)
    st.error(f"**{plain(what)}** Please fix:\n\n{lines}", icon=":material/error:")


def flashes() -> None:
    """Messages left by a callback for this run (loaded, refused, saved...)."""
    for kind, text in state.take_flash():
        show = {"error": st.error, "warning": st.warning, "success": st.success}.get(kind, st.info)
        show(plain(text))
