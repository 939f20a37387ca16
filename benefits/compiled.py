"""Which engine runs: the modules compiled by scripts/compile.py, or their Python sources.

The compiled engine is the same source, type-checked by mypy --strict and compiled to C by
mypyc (about twice as fast; README, "Speed"). Python loads a module's extension
(`ssi.cpython-311-x86_64-linux-gnu.so`) before its `ssi.py`, so an extension built from an
older source would hide an edit. So at import, before any engine module, this compares each
source with the hash it had when compiled (`benefits/_compiled.json`, written by
scripts/compile.py). When any source has changed or lost its extension, or when the
environment sets BENEFITS_PURE=1, every compiled module is loaded from its source instead:
never a mix, since compiled modules call each other directly.

`ENGINE` says which runs: "compiled" or "python" (and `WHY` why Python).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
MANIFEST = PACKAGE / "_compiled.json"  # {"benefits.table.ssi": "<sha256 of ssi.py>", ...}


def source_of(module: str) -> Path:
    """The source file of an engine module (a package's `__init__.py`; the C source of
    benefits/_models.c, the one module written in C)."""
    path = PACKAGE.parent.joinpath(*module.split("."))
    if path.is_dir():
        return path / "__init__.py"
    written_in_c = path.with_suffix(".c")
    return written_in_c if written_in_c.exists() else path.with_suffix(".py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _has_extension(module: str) -> bool:
    source = source_of(module)
    stem = "__init__" if source.name == "__init__.py" else source.stem
    return any(
        (source.parent / f"{stem}{suffix}").exists()
        for suffix in importlib.machinery.EXTENSION_SUFFIXES
    )


def stale(built: dict[str, str]) -> str:
    """Why the extensions cannot be used ("" when they can)."""
    for module, sha in built.items():
        source = source_of(module)
        if not source.exists():
            return f"{module} has no source"
        if digest(source) != sha:
            return f"{source.relative_to(PACKAGE.parent)} changed since it was compiled"
        if not _has_extension(module):
            return f"{module} has no compiled extension"
    return ""


class _FromSource(importlib.abc.MetaPathFinder):
    """Finds the listed modules' `.py` files, ahead of their extensions."""

    def __init__(self, modules: set[str]) -> None:
        self.modules = modules

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.modules:
            return None
        source = source_of(fullname)
        package = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(
            fullname, source, submodule_search_locations=package
        )


def _choose() -> tuple[str, str]:
    if not MANIFEST.exists():
        return "python", "not compiled (python scripts/compile.py compiles it)"
    built: dict[str, str] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    why = "BENEFITS_PURE=1" if os.environ.get("BENEFITS_PURE") == "1" else stale(built)
    if not why:
        return "compiled", ""
    sys.meta_path.insert(0, _FromSource({m for m in built if source_of(m).suffix == ".py"}))
    if why != "BENEFITS_PURE=1":
        warnings.warn(
            f"benefits: running the Python sources, not the compiled engine: {why}. "
            "Run `python scripts/compile.py` to compile it again.",
            RuntimeWarning,
            stacklevel=2,
        )
    return "python", why


ENGINE, WHY = _choose()
