"""YAML reading that keeps money exact and refuses ambiguous files.

Numbers with a decimal point are built from their text as Decimal (never through float), and a
mapping with the same key twice is an error (PolicyEngine's parameter loader does the same).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import yaml


class DuplicateKeyError(ValueError):
    pass


class _ExactLoader(yaml.SafeLoader):
    pass


def _decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    return Decimal(text)


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue  # "<<: *anchor" merges; its keys may be overridden on purpose
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise DuplicateKeyError(
                f"line {key_node.start_mark.line + 1}: the key '{key}' appears twice; keep one"
            )
        seen.add(key)
    loader.flatten_mapping(node)
    return loader.construct_mapping(node, deep=deep)


_ExactLoader.add_constructor("tag:yaml.org,2002:float", _decimal)
_ExactLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_yaml(text: str) -> Any:
    """Parse YAML text with exact decimals and no duplicate keys."""
    return yaml.load(text, Loader=_ExactLoader)  # noqa: S506 - a SafeLoader subclass
