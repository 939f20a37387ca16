"""YAML and JSON reading that keeps money exact and refuses ambiguous or oversized documents.

Numbers with a decimal point are built from their text as Decimal (never through float), and a
mapping with the same key twice is an error (PolicyEngine's parameter loader does the same).

Scenario files come from other people, so `load_scenario_yaml` and `load_scenario_json` also
refuse what a scenario never needs and what costs memory or surprises a reader: anchors and
aliases (an "alias bomb" expands a few hundred bytes into gigabytes), nesting deeper than
MAX_DEPTH, more than MAX_NODES values, a list or a section used as a key, and numbers that
YAML 1.1 reads differently from what a person sees (`012` is 10, `0x18` is 24, `1:30` is 90,
`.inf`, `.nan`). Those numbers are kept as `Ambiguous` text so that the caller can refuse them
naming the field (`ambiguous_values`). Dates are left as text for the scenario format to read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

MAX_BYTES = 1_000_000  # 1 MB: a scenario file is a few kilobytes
MAX_DEPTH = 32  # a scenario nests 4 levels (jobs[0].start); rule files about 6
MAX_NODES = 20_000  # a scenario with 20 jobs and 20 household members has about 500 values
MAX_NUMBER_CHARS = 30  # $1,000,000.00 is 10 characters


class DuplicateKeyError(ValueError):
    pass


class DocumentError(ValueError):
    """A document refused before it is read as a scenario (the message names the line)."""


class Ambiguous(str):
    """A value kept as the text written, because YAML 1.1 or JSON would read it as a surprise."""

    why: str = ""


def _ambiguous(text: str, why: str) -> Ambiguous:
    value = Ambiguous(text)
    value.why = why
    return value


def _exact_decimal(text: str) -> Decimal:
    value = Decimal(text.replace("_", ""))
    return value.copy_abs() if value.is_zero() else value  # -0.00 is 0.00


def _decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    return _exact_decimal(str(loader.construct_scalar(node)))


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue  # "<<: *anchor" merges; its keys may be overridden on purpose
        if not isinstance(key_node, yaml.ScalarNode):
            kind = "a list" if isinstance(key_node, yaml.SequenceNode) else "a section"
            raise DocumentError(
                f"line {key_node.start_mark.line + 1}: a key is {kind}; a key must be a plain "
                "name such as 'start'"
            )
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            shown = str(key)[:40]
            raise DuplicateKeyError(
                f"line {key_node.start_mark.line + 1}: the key '{shown}' appears twice; keep one"
            )
        seen.add(key)
    loader.flatten_mapping(node)
    return loader.construct_mapping(node, deep=deep)


class _ExactLoader(yaml.SafeLoader):
    """Trusted files (rules/, tests/cases/): YAML 1.1 as PyYAML reads it, with exact decimals."""

    allow_aliases = True
    max_nodes = 10 * MAX_NODES

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._nodes = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1
        if not self.allow_aliases and (
            isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None)
        ):
            raise DocumentError(
                f"line {line}: anchors and aliases (& and *) are not allowed in a scenario "
                "file; write each value out"
            )
        self._depth += 1
        self._nodes += 1
        if self._depth > MAX_DEPTH:
            raise DocumentError(f"line {line}: nested more than {MAX_DEPTH} levels deep")
        if self._nodes > self.max_nodes:
            raise DocumentError(
                f"line {line}: more than {self.max_nodes:,} values; a scenario has at most "
                "20 jobs and 20 household members"
            )
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_ExactLoader.add_constructor("tag:yaml.org,2002:float", _decimal)
_ExactLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)

# YAML 1.1 forms whose value differs from what a person reads (or from YAML 1.2).
_SURPRISES = [
    (r"[-+]?0[xX][0-9a-fA-F_]*", "a hexadecimal number in YAML 1.1"),
    (r"[-+]?0[oObB][0-9_]*", "an octal or binary number in YAML"),
    (r"[-+]?0[0-9_]+(\.[0-9_]*)?([eE][-+]?[0-9]+)?", "an octal number in YAML 1.1"),
    (r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?", "a base-60 number in YAML 1.1 (1:30 is 90)"),
    (r"[-+]?\.(inf|Inf|INF)", "infinity"),
    (r"\.(nan|NaN|NAN)", "not a number"),
]
_INT = r"[-+]?(0|[1-9][0-9_]*)"
_FLOAT = r"[-+]?(0|[1-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?(0|[1-9][0-9_]*)[eE][-+]?[0-9]+"
_FIRST = list("-+0123456789.")
_AMBIGUOUS_TAG = "tag:benefits,2026:ambiguous"


class _ScenarioLoader(_ExactLoader):
    """Scenario files: no aliases, YAML 1.2 core scalars, YAML 1.1 surprises kept as text."""

    allow_aliases = False
    max_nodes = MAX_NODES
    yaml_implicit_resolvers: dict[Any, Any] = {}


def _construct_ambiguous(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = str(loader.construct_scalar(node))
    if len(text) > MAX_NUMBER_CHARS:
        return _ambiguous(text, f"a number of {len(text):,} characters")
    for pattern, why in _SURPRISES:
        if re.fullmatch(pattern, text):
            return _ambiguous(text, why)
    if re.fullmatch(_INT, text):
        return int(text.replace("_", ""))
    try:
        return _exact_decimal(text)
    except InvalidOperation:  # YAML 1.1's float pattern also matches "." and "._": text
        return text


_ScenarioLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_ScenarioLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
_ScenarioLoader.add_implicit_resolver(
    _AMBIGUOUS_TAG,
    re.compile(
        "^(?:" + "|".join([p for p, _ in _SURPRISES] + [_INT, _FLOAT]) + ")$",
    ),
    _FIRST,
)
_ScenarioLoader.add_constructor(_AMBIGUOUS_TAG, _construct_ambiguous)


def load_yaml(text: str) -> Any:
    """Parse a trusted YAML file (rules, worked examples) with exact decimals, no duplicate keys."""
    return yaml.load(text, Loader=_ExactLoader)  # noqa: S506 - a SafeLoader subclass


# The packaged rule files are read at every start: with libyaml (PyYAML's C parser) they read
# several times faster, to the same values (the same constructors; tests/test_packaged_yaml.py).
_FastLoader: type[Any] = getattr(yaml, "CSafeLoader", _ExactLoader)
if _FastLoader is not _ExactLoader:

    class _PackagedLoader(_FastLoader):  # type: ignore[misc]
        """The packaged rules/ files: exact decimals, no duplicate keys, libyaml's parser."""

    _PackagedLoader.add_constructor("tag:yaml.org,2002:float", _decimal)
    _PackagedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    _FastLoader = _PackagedLoader


def load_packaged_yaml(text: str) -> Any:
    """Parse one of the packaged rule files (trusted, shipped with the engine) as `load_yaml`
    does, with PyYAML's C parser when it is installed."""
    return yaml.load(text, Loader=_FastLoader)  # noqa: S506 - a SafeLoader subclass


def load_scenario_yaml(text: str) -> Any:
    """Parse a scenario's YAML: exact decimals, no duplicate keys, aliases or deep nesting."""
    return yaml.load(text, Loader=_ScenarioLoader)  # noqa: S506 - a SafeLoader subclass


def load_scenario_json(text: str) -> Any:
    """Parse a scenario's JSON the same way: a duplicate key is an error, numbers exact."""
    data = json.loads(
        text,
        parse_float=_json_number,
        parse_int=_json_number,
        parse_constant=lambda name: _ambiguous(name, "not a number in JSON"),
        object_pairs_hook=_json_object,
    )
    for _ in _walk(data, ""):
        pass  # only to bound the depth
    return data


def _json_number(text: str) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        return _ambiguous(text, f"a number of {len(text):,} characters")
    if re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    return _exact_decimal(text)


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise DuplicateKeyError(f"the key '{key[:40]}' appears twice; keep one")
        data[key] = value
    return data


def ambiguous_values(data: Any) -> list[tuple[str, str]]:
    """(field path, message) for every Ambiguous value, except in names (which are text)."""
    found = []
    for path, value in _walk(data, ""):
        if isinstance(value, Ambiguous) and not path.endswith("name"):
            shown = value if len(value) <= 40 else value[:40] + "..."
            found.append(
                (
                    path or "(top level)",
                    f"'{shown}' is {value.why}, not what it looks like; write a plain "
                    "decimal number such as 12 or 1.50 (no leading zeros, 0x or colons)",
                )
            )
    return found


def _walk(data: Any, path: str, depth: int = 0) -> Iterator[tuple[str, Any]]:
    """Every value with its field path (jobs[0].start), refusing nesting over MAX_DEPTH."""
    if depth > MAX_DEPTH:
        raise DocumentError(f"{path or 'the file'}: nested more than {MAX_DEPTH} levels deep")
    if isinstance(data, dict):
        for key, value in data.items():
            name = str(key)[:40]
            yield from _walk(value, f"{path}.{name}" if path else name, depth + 1)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _walk(value, f"{path}[{i}]", depth + 1)
    else:
        yield path, data
