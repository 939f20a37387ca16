"""The packaged rule files read with PyYAML's C parser give exactly what the Python reader gives
(the engine reads them that way at every start, for speed)."""

from __future__ import annotations

from typing import Any

import pytest

from benefits.rules import rules_dir
from benefits.yamlio import DuplicateKeyError, load_packaged_yaml, load_yaml

FILES = sorted(rules_dir().rglob("*.yaml"))


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same types, keys in the same order, decimals written alike."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b) and str(a) == str(b)


def test_every_packaged_file_reads_the_same() -> None:
    assert len(FILES) > 100
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assert _same(load_packaged_yaml(text), load_yaml(text)), path.name


def test_the_packaged_reader_keeps_exact_decimals_and_refuses_a_key_twice() -> None:
    assert str(load_packaged_yaml("x: 0.10\n")["x"]) == "0.10"
    assert str(load_packaged_yaml("x: -0.00\n")["x"]) == "0.00"
    with pytest.raises(DuplicateKeyError):
        load_packaged_yaml("a: 1\na: 2\n")
