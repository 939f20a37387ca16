"""The planner's report without a browser: the story words, the case fields, the HTML's
self-containment and the PDF's length (four scenarios fit in six pages before the appendix)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from benefits import load_scenario, project
from benefits.months import Month
from benefits.present.report import Case, CaseError, report_html, report_pdf
from benefits.present.report.duties import due_words, duties, warnings
from benefits.present.report.programs import program_stories
from benefits.present.report.story import bottom_line, key_dates, month_list, span_words

EXAMPLES = Path(__file__).resolve().parent.parent / "benefits" / "examples"
FOUR = ["concurrent_part_time", "ssdi_full_time", "ssi_part_time", "voucher_new_job"]


def _projection(name: str):  # type: ignore[no-untyped-def]
    return project(load_scenario(EXAMPLES / f"{name}.yaml"))


def test_month_words() -> None:
    m = Month.parse
    assert span_words(m("2027-01"), m("2027-09")) == "Jan-Sep 2027"
    assert span_words(m("2026-11"), m("2027-02")) == "Nov 2026-Feb 2027"
    assert month_list([m("2027-04"), m("2027-10"), m("2028-03")]) == "Apr, Oct 2027; Mar 2028"
    assert month_list([m("2027-04"), m("2027-05")]) == "Apr-May 2027"


def test_ssdi_story_names_trial_work_sga_and_the_end_of_the_extended_period() -> None:
    p = _projection("ssdi_full_time")
    ssdi = next(s for s in program_stories(p) if s.program == "SSDI")
    words = [f"{s.when}: {s.text}" for s in ssdi.stretches]
    # TWP months 2-9 are Jan-Aug 2027 (month 1 is in the history), so the EPE is the 36
    # months Sep 2027-Aug 2030 (20 CFR 404.1592a(a)); cessation Sep, grace Oct-Nov 2027.
    # $1,380.00 in 2026, $1,429.00 from Jan 2027 ($1,380 x 1.036 rounded down to the dollar).
    assert words[0].startswith("Dec 2026-Aug 2027: SSDI is paid, $1,380.00 to $1,429.00 a month")
    assert "months 2-9 of 9 in Jan-Aug 2027" in words[0]
    assert words[1].startswith("Sep 2027: cessation month")
    assert words[2].startswith("Oct-Nov 2027: grace months")
    assert "(SGA, $1,770.00 a month)" in words[3]  # 2027 SGA from the 2025 wage index
    assert words[3].endswith("until Aug 2030")


def test_key_dates_join_consecutive_trial_work_months_only() -> None:
    dates = [(d.when, d.text) for d in key_dates(_projection("ssdi_full_time"))]
    assert ("Feb-Aug 2027", "Trial work months 3-9 of 9") in dates
    scattered = [d.when for d in key_dates(_projection("concurrent_part_time")) if d.kind == "twp"]
    assert scattered == ["Apr 2027", "Oct 2027", "Mar 2028", "Sep 2028"]


def test_bottom_line_is_first_median_and_lowest_month() -> None:
    p = _projection("ssi_part_time")
    b = bottom_line(p)
    nets = sorted(m.net_income for m in p.months)
    assert b.first == p.months[0].net_income
    assert b.typical == nets[11]  # the lower of the two middle months of 24
    assert b.lowest == nets[0]


def test_duties_and_warnings_are_grouped_by_what_they_say() -> None:
    report = {"to": "Social Security Administration", "what": "wages", "cite": "20 CFR 416.704"}
    months = [
        SimpleNamespace(
            month=Month.parse(f"2027-0{i}"),
            reports=[{**report, "due": f"2027-0{i + 1}-10"}],
            warnings=[{"kind": "overpayment", "text": "Set aside $50.", "cite": "SSA-632"}],
        )
        for i in (1, 2, 3)
    ]
    p = SimpleNamespace(months=months)
    (duty,) = duties(p)  # type: ignore[arg-type]
    assert due_words(duty.due) == "by 2027-02-10, then 2 more times to 2027-04-10"
    (warning,) = warnings(p)  # type: ignore[arg-type]
    assert warning.months == "Jan-Mar 2027"


def test_case_refuses_a_social_security_number() -> None:
    with pytest.raises(CaseError, match="client: looks like a Social Security number"):
        Case(client="J. Doe 123-45-6789")
    with pytest.raises(CaseError, match="agency: at most 200"):
        Case(agency="x" * 201)


def test_html_is_self_contained_and_escaped() -> None:
    s = load_scenario(EXAMPLES / "ssi_part_time.yaml").model_copy(update={"name": "<b>x</b>"})
    case = Case(client="R.M. #88", planner="A. Lee", agency="WIPA", prepared=date(2026, 12, 1))
    html = report_html([project(s)], case)
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert "<script" not in html and "http-equiv" not in html
    assert "src='http" not in html and 'src="http' not in html
    for text in ("R.M. #88", "A. Lee", "WIPA", "2026-12-01", "In plain words", "Key dates"):
        assert text in html


def test_four_scenarios_fit_six_pages_before_the_appendix() -> None:
    pypdf = pytest.importorskip("pypdf")
    scenarios = [load_scenario(EXAMPLES / f"{n}.yaml") for n in FOUR]
    projections = [project(s) for s in scenarios]
    pdf = report_pdf(report_html(projections, Case(client="Four scenarios")))
    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    appendix = next(i for i, text in enumerate(pages) if "Appendix: the months" in text)
    assert appendix <= 6, f"the summary runs {appendix} pages before the appendix"
    assert "Page 1 of" in pages[0] and "Four scenarios" in pages[1]
    assert Decimal(len(pages)) > appendix  # the appendix follows


def test_appendix_lists_the_work_incentives_to_ask_about() -> None:
    p = _projection("ssdi_full_time")
    assert p.incentives_to_check, "the example has incentives to check"
    html = report_html([p])
    assert "Work incentives to ask about (not computed)" in html
    assert all(i.name in html for i in p.incentives_to_check)
