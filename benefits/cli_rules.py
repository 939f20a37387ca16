"""The command line's rules parts: `--rules-overlay PATH` and `benefits rules status`.

`benefits/cli.py` calls `add_arguments` when it builds its parser and `prepare` before it runs a
command. An overlay named on the command line is added after the one in BENEFITS_RULES_OVERLAY
(a later file wins on the same date), and both are checked before anything is projected.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date

from .months import Month
from .rules import default_rules
from .rules_overlay import ENV
from .rules_status import format_status, rules_status

OVERLAY_HELP = (
    "a rules overlay: a YAML file of the rules/ format, or a folder of them, that adds or "
    f"overrides rule values (also read from ${ENV})"
)


def add_arguments(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    commands: Iterable[argparse.ArgumentParser],
) -> None:
    """Add --rules-overlay to the commands that project, and the `rules status` command."""
    for command in commands:
        command.add_argument("--rules-overlay", metavar="PATH", action="append", help=OVERLAY_HELP)
    r = sub.add_parser("rules", help="the rule values in use: `benefits rules status`")
    what = r.add_subparsers(dest="rules_command", required=True)
    status = what.add_parser(
        "status",
        help="values carried forward, computed, from a secondary source or from an overlay",
    )
    status.add_argument("--from", dest="start", help="first month, YYYY-MM (default: this month)")
    status.add_argument("--months", type=int, default=12, help="how many months (default 12)")
    status.add_argument("--json", action="store_true", help="print the list as JSON")
    status.add_argument("--rules-overlay", metavar="PATH", action="append", help=OVERLAY_HELP)


def prepare(args: argparse.Namespace) -> None:
    """Put the command line's overlay after the environment's, then load and check them."""
    given = getattr(args, "rules_overlay", None)
    if given:
        os.environ[ENV] = os.pathsep.join([p for p in (os.environ.get(ENV), *given) if p])
    if given or os.environ.get(ENV):
        default_rules()  # a bad overlay stops here with its file and key named


def run(args: argparse.Namespace) -> int:
    """`benefits rules status`."""
    start = Month.parse(args.start) if args.start else Month.of(date.today())
    if not 1 <= args.months <= 120:
        raise ValueError("--months: give 1 to 120")
    rows = rules_status(default_rules(), start, args.months)
    if args.json:
        print(json.dumps([_json(asdict(r)) for r in rows], indent=2))
    else:
        print(format_status(rows, start, args.months))
    return 0


def _json(row: dict[str, object]) -> dict[str, object]:
    return {k: str(v) if v is not None and not isinstance(v, str) else v for k, v in row.items()}
