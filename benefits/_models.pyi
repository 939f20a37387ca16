# benefits/_models.c: built by scripts/compile.py with the compiled engine.
from typing import Any

def made(cls: type[Any], values: dict[str, object], fields: frozenset[str], /) -> Any: ...
