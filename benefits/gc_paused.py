"""Projections run with Python's cyclic garbage collector paused.

A projection makes tens of thousands of short-lived objects (Decimals, records, steps, output
models) and leaves no reference cycles: reference counting frees every one of them
(tests/test_gc_paused.py checks that a projection leaves nothing for the collector). The
collector would still run after every 700 new objects and, every hundred runs, walk every
object alive (the rule book, the models' schemas, a screen's cached projections): about a
quarter of an explained projection's time. So `project` and `numbers` pause it while they run
and resume it after, if it was running; anything cyclic left (an error's traceback) is
collected by its next run.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def gc_paused(fn: Callable[P, T]) -> Callable[P, T]:
    """`fn` with the cyclic collector paused while it runs (see the module's docstring)."""

    @wraps(fn)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        # Only the call that paused it resumes it: a call inside another, or on another thread
        # while one runs, leaves it to the first (at worst the collector runs during it).
        was_running = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_running:
                gc.enable()

    return paused
