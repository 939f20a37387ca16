"""The scenario format as a table of fields: path, plain label, kind of input, bounds.

It drives the planner's form and the labels in error messages. The structure (sections,
lists, kinds of input, bounds) is read from the pydantic models, so a new field or section
(VA benefits, savings, the BPQY) appears on the form by itself; each field's label and the
words for its choices come from the engine's field table (`benefits.fields`).
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..fields import fields as engine_fields
from ..fields import label_for
from ..months import Month
from ..scenario import Scenario
from .labels import SECTION_HEADINGS

Kind = Literal[
    "text", "int", "money", "hours", "bool", "maybe_bool", "choice", "month", "months",
    "date", "by_year", "section", "list", "money_or_computed",
]  # fmt: skip


_GENERIC = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class FieldSpec:
    """One field of the scenario format."""

    path: str  # "ssi.other_unearned_income"; list items: "jobs[].hourly_wage"
    name: str  # the key inside its section
    kind: Kind
    optional: bool  # may be left empty (None) or, for a section, left out
    required: bool
    default: Any
    help: str
    options: tuple[str, ...] = ()
    low: Decimal | None = None
    high: Decimal | None = None
    model: type[BaseModel] | None = None  # a section's or list item's model

    @property
    def label(self) -> str:
        return label(self.path)


def _unwrap(annotation: Any) -> tuple[Any, bool, list[Any]]:
    """(inner type, whether None is allowed, metadata found in Annotated)."""
    metadata: list[Any] = []
    optional = False
    while True:
        origin = get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *extra = get_args(annotation)
            for item in extra:
                metadata += item.metadata if isinstance(item, FieldInfo) else [item]
        elif origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(get_args(annotation))
            annotation = args[0]
        else:
            return annotation, optional, metadata


def _bounds(metadata: list[Any]) -> tuple[Decimal | None, Decimal | None]:
    low = next((Decimal(str(m.ge)) for m in metadata if isinstance(m, annotated_types.Ge)), None)
    high = next((Decimal(str(m.le)) for m in metadata if isinstance(m, annotated_types.Le)), None)
    return low, high


def _kind(inner: Any, high: Decimal | None) -> tuple[Kind, tuple[str, ...]]:
    origin = get_origin(inner)
    if origin is Literal:
        return "choice", tuple(str(a) for a in get_args(inner))
    if origin is list:
        item = get_args(inner)[0]
        return ("months", ()) if item is Month else ("list", ())
    if origin is dict:
        return "by_year", ()
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return "section", ()
    simple: dict[Any, Kind] = {
        bool: "bool", int: "int", str: "text", Month: "month", date: "date"
    }  # fmt: skip
    if inner is Decimal:
        return ("hours" if high == 168 else "money"), ()
    return simple.get(inner, "text"), ()


def fields_of(model: type[BaseModel], prefix: str = "") -> list[FieldSpec]:
    """The fields of a model in order; sections and list items as their own entries."""
    out: list[FieldSpec] = []
    for name, info in model.model_fields.items():
        inner, optional, metadata = _unwrap(info.annotation)
        low, high = _bounds([*info.metadata, *metadata])
        kind, options = _kind(inner, high)
        if kind == "bool" and optional:
            kind = "maybe_bool"
        table = engine_fields().get(_GENERIC.sub("[]", f"{prefix}{name}"))
        if table is not None and table.widget == "money_or_computed":  # va.pension
            kind = "money_or_computed"
        sub: type[BaseModel] | None = None
        if kind == "section":
            sub = inner
        elif kind == "list":
            sub = get_args(inner)[0]
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        out.append(
            FieldSpec(
                path=f"{prefix}{name}",
                name=name,
                kind=kind,
                optional=optional,
                required=info.is_required(),
                default=default,
                help=info.description or "",
                options=options,
                low=low,
                high=high,
                model=sub,
            )
        )
    return out


def all_fields(model: type[BaseModel] = Scenario, prefix: str = "") -> list[FieldSpec]:
    """Every field of the scenario format, depth first (list items as `jobs[].x`)."""
    out = []
    for spec in fields_of(model, prefix):
        out.append(spec)
        if spec.model is not None:
            inner = f"{spec.path}[]." if spec.kind == "list" else f"{spec.path}."
            out += all_fields(spec.model, inner)
    return out


def label(path: str) -> str:
    """The plain label of a field path; list indexes are dropped (`jobs[2].x` -> `jobs[].x`)."""
    generic = _GENERIC.sub("[]", path)
    found = engine_fields().get(generic)
    if generic in SECTION_HEADINGS:
        return SECTION_HEADINGS[generic]
    return found.label if found else generic.rsplit(".", 1)[-1].replace("_", " ").capitalize()


def switch_label(path: str) -> str:
    """The words of an optional section's switch, e.g. 'Gets SSI'."""
    found = engine_fields().get(_GENERIC.sub("[]", path))
    return found.label if found else f"Include: {label(path)}"


def labelled(path: str) -> bool:
    """Whether the engine's field table (or a section heading) has words for the path."""
    generic = _GENERIC.sub("[]", path)
    return generic in engine_fields() or generic in SECTION_HEADINGS


def option_words(path: str, option: str) -> str:
    """The words for one choice of a field, from the field table."""
    found = engine_fields().get(_GENERIC.sub("[]", path))
    words = dict(found.choices) if found else {}
    if option in ("true", "false"):
        return {"true": "Yes", "false": "No"}[option]
    return words.get(option, option.replace("_", " "))


def _path_words() -> re.Pattern[str]:
    dotted = [p for p in engine_fields() if "." in p or "[" in p]
    escaped = sorted((re.escape(p).replace(r"\[\]", r"\[\d*\]") for p in dotted), key=len)
    return re.compile(r"\b(?:" + "|".join(reversed(escaped)) + r")\b")


_PATHS = _path_words()


def field_words(text: str) -> str:
    """The engine's texts name scenario fields by path (`enter it as ssi.state_supplement`),
    which suits the command line; on the screen and in the report each becomes the field's
    label from the field table: `enter it as “SSI › State supplement a month”`."""
    return _PATHS.sub(lambda m: f"“{label_for(m.group(0)) or m.group(0)}”", text)


def friendly_problem(problem: str) -> str:
    """`jobs[0].hours_per_week: must be between 0 and 168` -> `Jobs › job 1 › Hours a week: ...`."""
    where, sep, message = problem.partition(": ")
    if not sep or " " in where:
        return problem
    named = label_for(where)
    return f"{named}: {message}" if named else problem
