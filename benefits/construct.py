"""Making output models (benefits/results.py) from values the engine already computed.

In a module of its own so that scripts/compile.py compiles it with the engine (the models,
pydantic classes, stay Python); benefits/results.py gives these names too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from .compiled import ENGINE

_M = TypeVar("_M", bound=BaseModel)
_FIELDS: dict[type, frozenset[str]] = {}


def build(cls: type[_M], **values: object) -> _M:
    """Make an output model from values the engine already computed, without re-validating.

    This is pydantic's `model_construct` for the case where every field is given; the engine
    builds thousands of steps per projection and validation would double the time. The tests
    validate whole projections against the models (tests/test_properties_ssi.py) and check that
    every call gives every field (tests/test_results.py), which keeps this honest.
    """
    return made(cls, values)


_new = object.__new__
_set = object.__setattr__


def _made_in_c() -> Callable[[type[Any], dict[str, object], frozenset[str]], Any] | None:
    """benefits/_models.c's `made`, with the compiled engine (scripts/compile.py builds it):
    the same four stores without a Python call for each."""
    if ENGINE != "compiled":
        return None
    try:
        from ._models import made as in_c
    except ImportError:
        return None
    return in_c


_IN_C = _made_in_c()


def made(cls: type[_M], values: dict[str, object]) -> _M:
    """`build` from a dict of every field (for the explainer's steps: no keywords to pack)."""
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = frozenset(cls.model_fields)
    if _IN_C is not None:
        found: _M = _IN_C(cls, values, fields)
        return found
    return made_in_python(cls, values, fields)


def made_in_python(cls: type[_M], values: dict[str, object], fields: frozenset[str]) -> _M:
    """`made` without benefits/_models.c: object.__new__, then object.__setattr__ of the
    model's dict and of pydantic's three slots."""
    obj = _new(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", fields)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def replaced(obj: _M, **values: object) -> _M:
    """A copy of an output model with some fields replaced, without re-validating (as `build`).

    For a phase that adds to models already built (benefits/duties.py adds each month's reports
    and warnings after every program has decided).
    """
    merged = {**obj.__dict__, **values}
    # Read untyped: pydantic declares a set, `made` keeps a frozenset (compiled code checks).
    fields = object.__getattribute__(obj, "__pydantic_fields_set__")
    if _IN_C is not None:
        copy: _M = _IN_C(type(obj), merged, fields)
        return copy
    return made_in_python(type(obj), merged, fields)
