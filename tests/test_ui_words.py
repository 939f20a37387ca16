"""No raw internal keys on the screen (issue 14, item 7): every page, for every built-in
example, is rendered with AppTest and its visible text (messages, tables, headings) is searched
for a scenario field path (`ssi.state_supplement`) or a snake_case code (`own_household`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402

from app.store import CaseStore  # noqa: E402
from benefits import load_scenario  # noqa: E402
from benefits.fields import fields  # noqa: E402
from benefits.present.drafts import draft_of  # noqa: E402
from benefits.present.labels import FORM_PARTS  # noqa: E402
from tests import html_tables  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "ui_streamlit.py")
EXAMPLES = sorted((ROOT / "benefits" / "examples").glob("*.yaml"))
PAGES = ["compare", "cliff", "why", "report", "about", "plan"]
# The folded sections drawn only when opened: opened here, so their words are searched too.
FOLDED = ["compare_months_open", "compare_income_open", "compare_timeline_open",
          "compare_milestones_open", "about_sources_open"]  # fmt: skip

# Addresses and file names may hold underscores and dots; they are not keys.
_NOT_KEYS = re.compile(r"https?://\S+|\S*/\S*|\b[\w.-]+\.(?:json|csv|pdf|html|ics|sqlite3)\b")
_SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")


def _path_pattern() -> re.Pattern[str]:
    paths = [p for p in fields() if "." in p or "[" in p]
    alternatives = sorted((re.escape(p).replace(r"\[\]", r"\[\d*\]") for p in paths), key=len)
    return re.compile(r"\b(?:" + "|".join(reversed(alternatives)) + r")\b")


_PATH = _path_pattern()


def raw_keys(text: str) -> list[str]:
    """The field paths and snake_case codes in a text (addresses and file names left out)."""
    text = _NOT_KEYS.sub(" ", text.replace("\\", ""))
    return sorted(set(_PATH.findall(text)) | set(_SNAKE.findall(text)))


def test_raw_keys_finds_paths_and_codes() -> None:
    assert raw_keys("enter it as ssi.state_supplement to include it") == [
        "ssi.state_supplement",
        "state_supplement",
    ]
    assert raw_keys("Jobs › job 1 › Hours a week: see jobs[0].hours_per_week") == [
        "hours_per_week",
        "jobs[0].hours_per_week",
    ]
    assert raw_keys("See https://secure.ssa.gov/poms.nsf/lnx/0501415010 and cases.sqlite3") == []
    assert raw_keys("the example ssi_part_time.yaml") == ["ssi_part_time"]
    assert raw_keys("SSI stays $943.00 (20 CFR 416.1112(c)); e.g. a 1619(b) month.") == []


def _visible(at: AppTest) -> list[str]:
    found: list[str] = []
    for kind in ("markdown", "caption", "warning", "info", "error", "success", "header",
                 "subheader", "title"):  # fmt: skip
        found += [str(e.value) for e in getattr(at, kind)]
    for shown in html_tables.tables(at):
        found += [shown.label, *shown.columns, *(c for row in shown.rows for c in row)]
    for frame in at.dataframe:
        table: Any = frame.value
        found += [str(c) for c in table.columns]
        found += [str(v) for v in table.astype(str).to_numpy().ravel()]
    for kind in ("selectbox", "button_group"):
        for widget in getattr(at, kind):
            found += [str(widget.label), *(str(o) for o in widget.options)]
    for kind in ("number_input", "text_input", "checkbox", "toggle", "date_input", "radio"):
        found += [str(w.label) for w in getattr(at, kind)]
    found += [str(b.label) for b in at.button]
    return found


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BENEFITS_DATA_DIR", str(tmp_path))
    yield tmp_path


@pytest.mark.parametrize("group", [EXAMPLES[:4], EXAMPLES[4:]], ids=["first", "rest"])
def test_no_page_shows_a_raw_key(group: list[Path], data_dir: Path) -> None:
    store = CaseStore(data_dir / "cases.sqlite3")
    case = store.create_case("Words")
    for path in group:
        store.add_draft(case, draft_of(load_scenario(path)))
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["case"] = str(case)
    at.run()
    for key in FOLDED:
        at.session_state[key] = True
    seen: dict[str, list[str]] = {}
    for page in PAGES:
        at.switch_page(f"app/pages/{page}.py").run()
        assert not at.exception, at.exception
        screens = [_visible(at)]
        if page == "plan":
            for active in [b for b in at.button_group if b.key == "plan_active"][0].options:
                del active  # each scenario of the case, each part of its form
            for part in [*FORM_PARTS, "More"]:
                picker = [b for b in at.button_group if b.key == "plan_part"]
                if part in picker[0].options:
                    picker[0].set_value(part).run()
                    screens.append(_visible(at))
        if page == "why":
            months = at.selectbox(key="why_month")
            for i in range(0, len(months.options), 6):
                months.set_value(i).run()
                screens.append(_visible(at))
        for text in (t for screen in screens for t in screen):
            for key in raw_keys(text):
                seen.setdefault(f"{page}: {key}", []).append(text[:160])
    assert not seen, "\n".join(f"{k}  <- {v[0]!r}" for k, v in sorted(seen.items()))


def test_the_report_names_no_raw_key() -> None:
    from benefits import default_rules, project
    from benefits.present.report import report_html

    rules = default_rules()
    for group in (EXAMPLES[:4], EXAMPLES[4:]):
        html = report_html([project(load_scenario(p), rules) for p in group])
        text = re.sub(r"<style>.*?</style>|<[^>]+>", " ", html, flags=re.S)
        assert raw_keys(text) == [], (raw_keys(text), [p.name for p in group])


def test_ask_names_no_raw_key(data_dir: Path) -> None:
    """Ohio, SSI and SSDI, in the person's own household, with Medicaid, SNAP and rent help."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.selectbox(key="ask_state").set_value("OH")
    at.number_input(key="ask_age").set_value(40)
    at.radio(key="ask_ssi").set_value("Yes")
    at.radio(key="ask_ssdi").set_value("Yes").run()
    at.number_input(key="ask_ssdi_check").set_value(600.0)
    at.checkbox(key="ask_medicaid").check()
    at.checkbox(key="ask_snap").check()
    at.checkbox(key="ask_housing").check().run()
    at.number_input(key="ask_gross_rent").set_value(900.0)
    at.number_input(key="ask_wage").set_value(15.0)
    at.number_input(key="ask_hours").set_value(25.0)
    at.selectbox(key="ask_freq").set_value("biweekly").run()
    assert not at.exception, at.exception
    assert "A typical month" in "\n".join(_visible(at)).replace("\\", "")
    found = {k: t for t in _visible(at) for k in raw_keys(t)}
    assert not found, found


def test_rule_ids_read_as_words() -> None:
    from benefits.present.words import rule_words

    assert rule_words("ssi.countable_earned_income") == "SSI: countable earned income"
    assert rule_words("taxes.income_tax.not_modeled") == "Taxes: income tax, not modelled"
    assert rule_words("va.dependents_portion") == "VA: dependents portion"
    assert rule_words("wages_paid") == "Wages paid"
