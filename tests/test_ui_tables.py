"""The screen's HTML tables (benefits/present/tables.py), without a browser: escaped, the first
column a row header that stays in view, a named scroll region the keyboard reaches."""

from __future__ import annotations

from benefits.present.tables import TABLE_CSS, TALL, table_html
from tests import html_tables


def test_a_table_reads_back_with_its_label_columns_and_rows() -> None:
    rows = [{"Source": "SSI (federal)", "1. Mine": "$943.00"}, {"Source": "SNAP", "1. Mine": "$0"}]
    html = table_html(rows, label="By source")
    found = html_tables.read(html)
    assert [t.label for t in found.tables] == ["By source"]
    assert found.tables[0].columns == ["Source", "1. Mine"]
    assert found.tables[0].records() == rows
    # column headers, then each row's first cell is its row header, pinned by its class
    assert found.headers == [("col", "bw-first"), ("col", None)] + [("row", "bw-first")] * 2
    assert "tabindex='0'" in html and "role='region'" in html


def test_user_text_is_escaped_and_field_paths_named() -> None:
    rows = [{"Scenario": "<b>Me</b> & 'you'", "What": "enter it as ssi.state_supplement"}]
    html = table_html(rows, label="Mine <i>")
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;b&gt;Me&lt;/b&gt; &amp; &#x27;you&#x27;" in html
    record = html_tables.read(html).tables[0].records()[0]
    assert "ssi.state_supplement" not in record["What"] and "State supplement" in record["What"]


def test_a_long_table_scrolls_in_a_box_and_a_wide_column_gets_room() -> None:
    short = [{"Month": f"2027-{i:02}", "What": "x"} for i in range(1, TALL + 1)]
    assert "bw-tall" not in table_html(short, label="Short")
    long = [*short, {"Month": "2028-01", "What": "y"}]
    html = table_html(long, label="Long", wide="What")
    assert "bw-scroll bw-tall" in html and html.count("<td class='bw-wide'>") == len(long)
    assert ".bw-tall" in TABLE_CSS and "position: sticky" in TABLE_CSS
    assert "bw-labels" not in html  # short first column
    wordy = [{"Source": "Payroll tax withheld (Social Security + Medicare)", "1": "$1"}]
    assert "class='bw-table bw-labels'" in table_html(wordy, label="Wordy")


def test_no_rows_is_said() -> None:
    assert table_html([], label="Milestones") == "<p>Milestones: none.</p>"


def test_a_links_column_links_only_web_addresses() -> None:
    rows = [
        {"Amount": "SSI", "Source": "https://www.ssa.gov/oact/cola/SSI.html"},
        {"Amount": "Local", "Source": "javascript:alert(1)"},
    ]
    html = table_html(rows, label="Sources", links="Source")
    assert "<a href='https://www.ssa.gov/oact/cola/SSI.html'>" in html
    assert html.count("<a ") == 1 and "javascript:alert(1)</td>" in html
