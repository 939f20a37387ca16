"""Every output model built without validation gets every one of its fields."""

from __future__ import annotations

import ast
from pathlib import Path

from benefits import results

PACKAGE = Path(__file__).resolve().parent.parent / "benefits"


def test_every_build_call_gives_every_field() -> None:
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "build":
                model = getattr(results, node.args[0].id)  # type: ignore[attr-defined]
                given = {k.arg for k in node.keywords}
                assert given == set(model.model_fields), (
                    f"{path.name}:{node.lineno} build({model.__name__}): "
                    f"missing {set(model.model_fields) - given}, "
                    f"unknown {given - set(model.model_fields)}"
                )
