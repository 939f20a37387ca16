"""The one error type for bad input, and short, safe excerpts of what was read.

Everything the command line, the Python API (`load_scenario`, `read_scenario`, `project`,
`sweep`) and the app's loader refuse is a `ScenarioError`: a list of (field path, message)
pairs, each message saying what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_PROBLEMS = 25  # a file with thousands of problems is reported by its first few
EXCERPT_CHARS = 40

_PATH = re.compile(r"^[A-Za-z_][\w.\[\]-]*$")


class ScenarioError(ValueError):
    """A scenario that cannot be used.

    `fields` has one (field path, message) pair per problem; the path is "" when the problem is
    the whole file (unreadable, too large). `problems` has the same as "path: message" lines.
    """

    def __init__(self, problems: Sequence[str | tuple[str, str]]) -> None:
        pairs = [_pair(p) for p in problems]
        if len(pairs) > MAX_PROBLEMS:
            more = len(pairs) - MAX_PROBLEMS
            pairs = [*pairs[:MAX_PROBLEMS], ("", f"... and {more} more problems")]
        self.fields: list[tuple[str, str]] = pairs
        self.problems: list[str] = [f"{f}: {m}" if f else m for f, m in pairs]
        super().__init__("\n".join(self.problems))


def _pair(problem: str | tuple[str, str]) -> tuple[str, str]:
    """A "path: message" line is split so that the app can show it beside the field."""
    if isinstance(problem, tuple):
        return problem
    head, sep, tail = problem.partition(": ")
    if sep and _PATH.match(head):
        return head, tail
    return "", problem


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A short, quoted, escaped excerpt of an input value, safe to put in an error message.

    Containers are never turned into text (an alias bomb expands to gigabytes); long text is
    cut; control characters and quotes are escaped by repr().
    """
    if isinstance(value, dict):
        return "a section of keys and values"
    if isinstance(value, (list, tuple, set)):
        return "a list"
    if isinstance(value, str):
        text = value
    elif isinstance(value, int) and not isinstance(value, bool):
        text = _number_text(value, limit)
    else:
        text = str(value)[: limit + 1]
    if len(text) > limit:
        text = text[:limit] + "..."
    return repr(text)


def _number_text(value: int, limit: int) -> str:
    if value.bit_length() > 3 * limit:
        return f"a number with about {value.bit_length() * 3 // 10} digits"
    return str(value)
