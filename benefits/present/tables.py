"""Tables for the screen as plain HTML: light to draw, and readable on a phone.

A data grid (a canvas) cuts a long label in its pinned first column at a phone's width and
costs the browser far more to lay out than a table of a few dozen rows. These tables wrap
their text, keep the first column (the row's label) in view while the rest scrolls sideways,
and mark it up for a screen reader: column and row headers, and a named scroll region that
the keyboard can reach (WCAG 2.1.1). Every cell is escaped: a scenario's name is user text.
"""

from __future__ import annotations

from html import escape

from .fields import field_words

# One style sheet for every table (the app adds it once a page). Colours from the app's theme:
# text #111111 on white and on the secondary background #f0f2f5 (both above 4.5:1).
TABLE_CSS = """<style>
.bw-scroll {overflow-x: auto; max-width: 100%; margin: 0 0 1rem 0;
  border: 1px solid #d5d9e0; border-radius: 0.5rem;}
.bw-scroll.bw-tall {max-height: 32rem; overflow-y: auto;}
.bw-scroll:focus-visible {outline: 2px solid #1f4e79; outline-offset: 2px;}
.bw-table {border-collapse: separate; border-spacing: 0; width: 100%; font-size: 0.875rem;
  line-height: 1.35; color: #111111;}
.bw-table th, .bw-table td {padding: 0.4rem 0.6rem; text-align: left; vertical-align: top;
  border-bottom: 1px solid #e3e6eb; white-space: normal; overflow-wrap: break-word;}
.bw-table tbody tr:last-child > * {border-bottom: none;}
.bw-table thead th {position: sticky; top: 0; z-index: 2; background: #f0f2f5;
  font-weight: 600;}
.bw-table td {min-width: 6.5rem;}
.bw-table td.bw-wide {min-width: 16rem;}
.bw-table .bw-first {position: sticky; left: 0; z-index: 1; background: #ffffff;
  min-width: 6rem; max-width: 16rem; box-shadow: inset -1px 0 0 #d5d9e0; font-weight: 400;}
.bw-table thead .bw-first {z-index: 3; background: #f0f2f5; font-weight: 600;}
@media (max-width: 640px) {
  .bw-table .bw-first {min-width: 5rem; max-width: 42vw;}
  .bw-table.bw-labels .bw-first {min-width: 9rem;}
  .bw-table td {min-width: 4.5rem;}
  .bw-table td.bw-wide {min-width: 13rem;}
}
</style>"""

# The Ask page (app/pages/ask.py): side by side on a laptop, the answer stays in view while the
# questions scroll past; stacked on a phone (Streamlit stacks columns under 640 px), a line
# under the last question gives the bottom line and a link back up to the story.
ASK_CSS = """<style>
@media (min-width: 641px) {
  [data-testid="stLayoutWrapper"]:has(> .st-key-ask_answer) {position: sticky; top: 4.5rem;}
  .st-key-ask_after {display: none;}
}
</style>"""
SCREEN_CSS = TABLE_CSS + ASK_CSS


def _text(value: object) -> str:
    return escape(field_words(str(value)), quote=True)


TALL = 20  # rows: a longer table scrolls inside a box, its header row in view
LONG_LABEL = 24  # characters: a first column of longer labels gets more room on a phone


def _link(value: object) -> str:
    """A web address as a link (only http and https: a cell never carries a script)."""
    text = str(value)
    if not text.startswith(("https://", "http://")):
        return _text(text)
    return f"<a href='{escape(text, quote=True)}'>{escape(text)}</a>"


def table_html(
    rows: list[dict[str, str]], *, label: str, wide: str | None = None, links: str | None = None
) -> str:
    """The rows (dicts with the same keys, in column order) as a scrollable table named
    `label`; the first column is each row's header and stays in view; `wide` gets room and
    `links` holds web addresses; a table of more than TALL rows scrolls inside a box of about
    that height."""
    if not rows:
        return f"<p>{_text(label)}: none.</p>"
    columns = list(rows[0])
    first, *rest = columns
    head = f"<th scope='col' class='bw-first'>{_text(first)}</th>" + "".join(
        f"<th scope='col'>{_text(c)}</th>" for c in rest
    )
    opens = {c: "<td class='bw-wide'>" if c == wide else "<td>" for c in rest}
    body = [
        f"<tr><th scope='row' class='bw-first'>{_text(row[first])}</th>"
        + "".join(f"{opens[c]}{_link(row[c]) if c == links else _text(row[c])}</td>" for c in rest)
        + "</tr>"
        for row in rows
    ]
    long = max(len(str(row[first])) for row in rows) > LONG_LABEL
    labels = " bw-labels" if long else ""
    return (
        f"<div class='bw-scroll{' bw-tall' if len(rows) > TALL else ''}' role='region' "
        f"aria-label='{_text(label)}' tabindex='0'>"
        f"<table class='bw-table{labels}'><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )
