"""The program table: each program reads only programs decided before it, and only their
internal records (never the public output models)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import Any

import pytest

from benefits import load_scenario, project
from benefits.table import NAMES, POSITION, PROGRAMS, YEAR_PHASES
from benefits.table.base import Decided, MonthContext, OrderError, Program, no_milestones

TABLE = Path(__file__).resolve().parent.parent / "benefits" / "table"
MODULES = {
    path.stem: importlib.import_module(f"benefits.table.{path.stem}")
    for path in sorted(TABLE.glob("*.py"))
    if path.stem not in ("__init__", "base", "context")
}
ROWS = {s: m for s, m in MODULES.items() if hasattr(m, "PROGRAM") or hasattr(m, "PHASE")}
# A row too long for one file keeps a part of it in `<row>_<part>.py` (table/ssi_status.py).
PARTS = {stem: stem.rsplit("_", 1)[0] for stem in MODULES if stem not in ROWS}


def _row_name(module: Any) -> str:
    row = getattr(module, "PROGRAM", None) or module.PHASE
    return str(row.name)


def _row_of(stem: str) -> Any:
    """The row module a table module belongs to (itself, or the row a part is named after)."""
    return ROWS[PARTS.get(stem, stem)]


def test_every_row_module_is_in_the_table() -> None:
    assert sorted(_row_name(m) for m in ROWS.values()) == sorted(NAMES)
    assert len(NAMES) == len(set(NAMES)) == len(PROGRAMS) + len(YEAR_PHASES)
    assert set(PARTS.values()) <= set(ROWS), f"a part named after no row: {PARTS}"


@pytest.mark.parametrize("stem", sorted(MODULES))
def test_a_row_imports_only_earlier_rows(stem: str) -> None:
    """`from . import ssdi` in a row means it reads SSDI's record: SSDI must come first."""
    own = POSITION[_row_name(_row_of(stem))]
    tree = ast.parse((TABLE / f"{stem}.py").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module is None:
            for alias in node.names:
                if PARTS.get(alias.name) == PARTS.get(stem, stem):
                    continue  # the row's own part
                other = POSITION[_row_name(_row_of(alias.name))]
                assert other < own, f"{stem} reads {alias.name}, which the table decides later"


@pytest.mark.parametrize("stem", sorted(MODULES))
def test_a_row_never_reads_public_output_models(stem: str) -> None:
    """From results a row imports only Milestone, build and the model its `output` makes."""
    row = getattr(_row_of(stem), "PROGRAM", None) or _row_of(stem).PHASE
    allowed = {"Milestone", "build"}
    if row.output is not None:
        allowed.add(_return_annotation(row.output))
    tree = ast.parse((TABLE / f"{stem}.py").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "results" and node.level == 2:
            names = {a.name for a in node.names}
            assert names <= allowed, f"{stem} imports output models {names - allowed}"


def _return_annotation(function: Any) -> str:
    """The return annotation as written in the source (a compiled function keeps no
    `__annotations__`, scripts/compile.py)."""
    path = TABLE / f"{function.__module__.rsplit('.', 1)[1]}.py"
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.FunctionDef) and node.name == function.__name__:
            assert node.returns is not None, f"{function.__name__} has no return annotation"
            return ast.unparse(node.returns)
    raise AssertionError(f"{function.__name__} is not defined in {path}")


def _fake(name: str, reads: Program[Any, Any] | None) -> Program[Any, Any]:
    def decide(ctx: MonthContext, so_far: Decided, carry: None) -> tuple[int, None]:
        if reads is not None:
            so_far.get(reads)
        return 1, None

    return Program(name, lambda s, r: None, decide, no_milestones)


def test_reading_a_later_program_raises() -> None:
    later = _fake("later", None)
    early = _fake("early", later)
    so_far = Decided({"early": 0, "later": 1})
    so_far.reader = 0
    with pytest.raises(OrderError, match="later"):
        early.decide(None, so_far, None)  # type: ignore[arg-type]
    so_far.reader = 1  # a program may not read its own record either
    with pytest.raises(OrderError):
        so_far.get(later)
    so_far.put(0, 1)
    assert so_far.get(early) == 1


def test_the_table_runs_every_example_in_order() -> None:
    """Every example projects without an OrderError (the check runs in every projection)."""
    for path in sorted((TABLE.parent / "examples").glob("*.yaml")):
        assert project(load_scenario(path), explain=False).months
