"""benefits: a month-by-month benefits and work-incentives engine (SSI, SSDI, ...).

from benefits import load_scenario, project
projection = project(load_scenario("benefits/examples/ssi_part_time.yaml"))
"""

# First, before any engine module: the compiled engine, or the sources (benefits/compiled.py).
from . import compiled  # noqa: F401
from .errors import ScenarioError
from .io import load_scenario, read_scenario, save_scenario
from .projection import project
from .results import Projection
from .rules import RuleBook, default_rules, load_rules
from .scenario import Scenario

__all__ = [
    "Projection",
    "RuleBook",
    "Scenario",
    "ScenarioError",
    "default_rules",
    "load_rules",
    "load_scenario",
    "project",
    "read_scenario",
    "save_scenario",
]
