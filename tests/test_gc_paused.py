"""Projections pause Python's cyclic garbage collector (benefits/gc_paused.py) and leave
nothing for it to collect, so pausing it cannot let memory grow."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from benefits import load_scenario, project
from benefits.projection import numbers

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "benefits" / "examples").glob("*.yaml"))


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations the collector runs, while the test runs."""
    found: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            found.append(info["generation"])

    gc.callbacks.append(seen)
    yield found
    gc.callbacks.remove(seen)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_projection_leaves_no_cycles(path: Path) -> None:
    scenario = load_scenario(path)
    project(scenario)
    gc.collect()
    gc.disable()
    try:
        project(scenario)
        numbers(scenario)
        assert gc.collect() == 0, "a projection left reference cycles for the collector"
    finally:
        gc.enable()


def test_the_collector_does_not_run_during_a_projection(collections: list[int]) -> None:
    scenario = load_scenario(EXAMPLES[0])
    gc.collect()
    collections.clear()
    project(scenario)  # tens of thousands of new objects: the collector would run many times
    numbers(scenario)
    assert collections == []
    assert gc.isenabled()


def test_a_paused_collector_stays_paused_after() -> None:
    scenario = load_scenario(EXAMPLES[0])
    gc.disable()
    try:
        project(scenario)
        assert not gc.isenabled()
    finally:
        gc.enable()
    project(scenario)
    assert gc.isenabled()
