"""Benefits and work: the router of the Streamlit screen (issue 14).

Run with `streamlit run ui_streamlit.py` (or `bash scripts/app.sh`). Everything runs on this
machine: nothing typed here is sent anywhere, and usage statistics are off in
.streamlit/config.toml. The pages live in app/pages/; they read and write the session only
through app/state.py, and the numbers come from the engine through app/engine.py.
"""

from __future__ import annotations

import logging

import streamlit as st

from app import state
from benefits.io import ScenarioError
from benefits.present.tables import SCREEN_CSS
from benefits.rules import RuleError

PRIVACY = (
    "**Privacy:** everything is worked out on this computer. Nothing you type leaves the "
    "machine; the planner's cases are kept in a file on this computer only. An estimate, not a "
    "decision by Social Security."
)


def _page(name: str, title: str, icon: str) -> st.Page:
    """A page in app/pages/, at /<name> in the address bar."""
    return st.Page(
        f"app/pages/{name}.py", title=title, icon=f":material/{icon}:", url_path=name,
        default=name == "ask",
    )  # fmt: skip


# The report and about pages are the `report` helper's (issue 14, items 5 and 7).
PAGES = [
    _page("ask", "Ask", "chat"),
    _page("plan", "Plan", "folder_open"),
    _page("compare", "Compare", "view_column"),
    _page("cliff", "Cliff", "show_chart"),
    _page("why", "Why this number", "help"),
    _page("report", "Report", "print"),
    _page("about", "About the numbers", "info"),
]


def main() -> None:
    st.set_page_config(page_title="Benefits and work", page_icon=":material/work:", layout="wide")
    page = st.navigation(PAGES, position="top")
    state.new_run()
    st.html(SCREEN_CSS)  # the pages' tables, Ask's answer (benefits/present/tables.py)
    try:
        page.run()
    except ScenarioError as exc:
        st.error("Something in the scenario needs fixing: " + "; ".join(exc.problems))
    except RuleError as exc:
        st.error(f"The calculator's rule book has a problem, so nothing can be worked out: {exc}")
    except Exception:  # never a traceback on the screen; the work is already saved
        logging.getLogger("benefits.app").exception("page failed")
        st.error(
            "Something went wrong on this page. Your work is saved; change the last entry "
            "or open another page."
        )
    st.divider()
    st.markdown(PRIVACY)


main()
