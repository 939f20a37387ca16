"""Read back the screen's HTML tables (benefits/present/tables.py) in AppTest: by the name of
their scroll region, as header row and rows of cell text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any


@dataclass
class Table:
    label: str
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[Table] = []
        self.headers: list[tuple[str | None, str | None]] = []  # (scope, class) of each th
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._head = False
        self._label = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "div" and found.get("role") == "region":
            self._label = str(found.get("aria-label"))
        elif tag == "table":  # another page's own HTML table has no region: no name
            self.tables.append(Table(self._label))
            self._label = ""
        elif tag == "thead":
            self._head = True
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
            if tag == "th":
                self.headers.append((found.get("scope"), found.get("class")))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            table = self.tables[-1]
            if self._head:
                table.columns = self._row
            else:
                table.rows.append(self._row)
            self._row = None
        elif tag == "thead":
            self._head = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    return reader


def tables(at: Any) -> list[Table]:
    """Every HTML table on the AppTest's page, in order."""
    return [t for element in at.html for t in read(str(element.value)).tables]


def table(at: Any, label_start: str) -> Table:
    """The table whose name starts with `label_start`."""
    found = [t for t in tables(at) if t.label.startswith(label_start)]
    assert found, f"no table named {label_start!r}: {[t.label for t in tables(at)]}"
    return found[0]
