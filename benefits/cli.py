"""The `benefits` command: project, sweep, explain, schema, validate, examples.

Bad input exits with code 2 and one line per problem, never a traceback. `validate` projects
the scenario, so a file that validates also projects.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import cli_rules
from .calendar import all_reports, calendar_text, to_ics
from .errors import ScenarioError, excerpt
from .io import load_scenario, read_limited, read_scenarios
from .months import Month
from .projection import project
from .report import explain_month, month_table, sweep_table
from .results import Projection
from .rules import RuleError
from .scenario import Scenario
from .sweep import parse_hours, sweep

EXAMPLES = Path(__file__).resolve().parent / "examples"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="benefits",
        description="Month-by-month SSI and SSDI with work, every number explained and cited.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("project", help="project a scenario month by month")
    p.add_argument("scenario", help="scenario file (.yaml or .json), or a built-in example name")
    p.add_argument("--json", action="store_true", help="print the projection as JSON")
    s = sub.add_parser("sweep", help="monthly averages at each hours level of the first job")
    s.add_argument("scenario")
    s.add_argument("--hours", default="0:40", help="FIRST:LAST[:STEP], default 0:40")
    s.add_argument("--json", action="store_true")
    e = sub.add_parser("explain", help="every step behind one month's amounts")
    e.add_argument("scenario")
    e.add_argument("--month", required=True, help="YYYY-MM")
    v = sub.add_parser("validate", help="check a scenario file and report every problem")
    v.add_argument("scenario")
    c = sub.add_parser("calendar", help="what to report, to whom and by when; writes a .ics file")
    c.add_argument("scenario")
    c.add_argument("--ics", help="where to write the iCalendar file (default: NAME-reports.ics)")
    sub.add_parser("schema", help="print the JSON Schema of the scenario format")
    sub.add_parser("examples", help="list the built-in example scenarios")
    cli_rules.add_arguments(sub, [p, s, e, v, c])
    return parser


def resolve(name: str) -> Path:
    """A file path, or the name of a built-in example (with or without .yaml)."""
    path = Path(name)
    try:
        if path.exists():
            return path
        for candidate in (EXAMPLES / name, EXAMPLES / f"{name}.yaml"):
            if candidate.exists():
                return candidate
    except (OSError, ValueError) as exc:  # a name too long, or with a NUL character
        why = getattr(exc, "strerror", None) or "not a file name"
        raise ScenarioError([f"{excerpt(name)}: cannot open this file ({why})"]) from None
    return path


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except ScenarioError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except (RuleError, ValueError) as exc:  # a bad rules overlay or argument, named by the message
        print(f"error: {str(exc)[:2000]}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `benefits project x | head`: the reader left early
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug: say so plainly, never a traceback
        print(
            f"error: the engine failed on this input ({type(exc).__name__}); this is a bug — "
            "please report it with the file (set BENEFITS_DEBUG=1 to see the details)",
            file=sys.stderr,
        )
        if os.environ.get("BENEFITS_DEBUG"):
            raise
        return 1


def _run(args: argparse.Namespace) -> int:
    cli_rules.prepare(args)
    if args.command == "rules":
        return cli_rules.run(args)
    if args.command == "schema":
        print(json.dumps(Scenario.model_json_schema(), indent=2))
        return 0
    if args.command == "examples":
        for path in sorted(EXAMPLES.glob("*.yaml")):
            first = load_scenario(path)
            print(f"{path.stem:28} {first.name}")
        return 0
    if args.command in ("project", "validate"):
        path = resolve(args.scenario)
        scenarios = read_scenarios(read_limited(path), str(path))
        if len(scenarios) > 1:  # the app's case file: every scenario, each labelled
            return _case_file(args, scenarios)
    scenario = load_scenario(resolve(args.scenario))
    if args.command == "validate":
        project(scenario)  # every check a projection makes, so a file that validates projects
        print(
            f"{args.scenario}: OK — {scenario.name}, {scenario.months} months from {scenario.start}"
        )
        return 0
    if args.command == "project":
        projection = project(scenario)
        print(projection.model_dump_json(indent=2) if args.json else month_table(projection))
        return 0
    if args.command == "calendar":
        return _calendar(args, project(scenario))
    if args.command == "explain":
        projection = project(scenario)
        try:
            print(explain_month(projection, Month.parse(args.month)))
        except ValueError as exc:  # not a month, or outside the projection
            message = str(exc).removeprefix(f"--month {args.month}: ")
            raise ScenarioError([("--month", message)]) from None
        return 0
    rows = sweep(scenario, parse_hours(args.hours))
    if args.json:
        print(json.dumps([json.loads(r.model_dump_json()) for r in rows], indent=2))
    else:
        print(sweep_table(rows))
    return 0


def _case_file(args: argparse.Namespace, scenarios: list[Scenario]) -> int:
    """`project` or `validate` of the app's case file (a JSON list of up to four scenarios):
    each scenario in turn, labelled "scenario N of M"; `--json` prints a list of projections."""
    projections = [project(s) for s in scenarios]  # every check, for validate too
    count = len(scenarios)
    if args.command == "validate":
        for i, s in enumerate(scenarios, 1):
            print(f"{args.scenario}: scenario {i} of {count}: OK — {s.name}, {s.months} months "
                  f"from {s.start}")  # fmt: skip
    elif args.json:
        print(json.dumps([json.loads(p.model_dump_json()) for p in projections], indent=2))
    else:
        print("\n\n".join(
            f"Scenario {i} of {count}: {p.scenario}\n{month_table(p)}"
            for i, p in enumerate(projections, 1)
        ))  # fmt: skip
    return 0


def _calendar(args: argparse.Namespace, projection: Projection) -> int:
    """Print the reporting calendar and write it as an iCalendar file (benefits/calendar.py)."""
    target = Path(args.ics or f"{Path(args.scenario).stem}-reports.ics")
    print(calendar_text(projection), end="")
    try:
        target.write_text(to_ics(projection), encoding="utf-8", newline="")
    except OSError as exc:
        print(f"error: --ics {target}: cannot write the file ({exc.strerror})", file=sys.stderr)
        return 2
    print(f"Wrote {target} ({len(all_reports(projection))} reports).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
