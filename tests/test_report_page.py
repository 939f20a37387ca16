"""The Report and About pages in Streamlit's AppTest: case fields, downloads, the preview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402

from tests import html_tables  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BENEFITS_DATA_DIR", str(tmp_path))
    yield tmp_path


def _case(label: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "ui_streamlit.py"), default_timeout=60)
    at.run()
    at.switch_page("app/pages/plan.py").run()
    at.text_input(key="plan_new_label").input(label)
    at.button(key="plan_new").click().run()
    at.selectbox(key="plan_example").set_value("ssdi_full_time.yaml")
    at.button(key="plan_add_example").click().run()
    at.switch_page("app/pages/report.py").run()
    assert not at.exception, at.exception
    return at


def _downloads(at: AppTest) -> list[str]:
    return [str(getattr(e, "proto", e).label) for e in at.get("download_button")]


def test_report_page_takes_the_case_label_and_offers_pdf_and_html() -> None:
    at = _case("R.M. 2027 plan")
    assert at.text_input(key="report_client").value == "R.M. 2027 plan"
    at.text_input(key="report_planner").input("A. Lee").run()
    labels = _downloads(at)
    assert "Download the report (PDF)" in labels
    assert "Download the report (HTML, to print)" in labels
    preview = "\n".join(str(h.proto.body) for h in at.get("html"))
    assert "In plain words" in preview and "trial work months" in preview.lower()
    assert not at.error


def test_report_page_refuses_a_social_security_number() -> None:
    at = _case("Case 7")
    at.text_input(key="report_client").input("123-45-6789").run()
    assert any("looks like a Social Security number" in e.value for e in at.error)
    assert "Download the report (PDF)" not in _downloads(at)


def test_about_page_lists_sources_and_privacy() -> None:
    at = _case("Case 8")
    at.switch_page("app/pages/about.py").run()
    assert not at.exception, at.exception
    heads = [h.value for h in at.subheader]
    for head in ("Where the numbers come from", "Not modelled yet", "Privacy"):
        assert head in heads
    # folded and drawn only when opened
    assert not any("Every amount, its law" in h.value for h in at.get("html"))
    at.session_state["about_sources_open"] = True
    at.run()
    sources = html_tables.table(at, "Every amount, its law and its source")
    assert sources.columns[:2] == ["Amount", "Agency"] and "Law" in sources.columns
    assert len(sources.rows) > 100
    text = "\n".join(m.value for m in at.markdown)
    assert "cases.sqlite3" in text.replace("\\", "")


def test_plan_lists_the_reports_made_and_reads_each_when_clicked() -> None:
    from app.store import CaseStore

    at = _case("Case 9")
    store = CaseStore()
    case = store.cases()[0].id
    store.add_report(case, name="case9.html", kind="html", body=b"<html></html>")
    at.switch_page("app/pages/plan.py").run()
    assert not at.exception, at.exception
    made = [b for b in at.get("download_button") if "case9.html" in str(b.proto.label)]
    # the body stays in the store until the button is clicked (not read on every run)
    assert len(made) == 1 and made[0].proto.deferred_file_id and not made[0].proto.url
