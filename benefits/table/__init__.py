"""The program table: every program of a month, in the order the law decides them.

How a month is decided (benefits/projection.py runs this loop):

1. `context.month_contexts` computes the month's facts once: wages paid and earned by job and
   paycheck, the person's age, the rule book and the explainer (`base.MonthContext`).
2. Each row of `PROGRAMS` decides its month in turn with a pure
   `decide(context, decided_so_far, carried_state) -> (record, new_state)`. The record is a
   small immutable record (a plain class whose attributes are `Final`: compiled, it is
   read-only and cheap to make every month, see `base.MonthContext`); later programs read it
   with `decided_so_far.get(ssdi.PROGRAM)`.
   Reading a program that comes later in the table raises `base.OrderError`, and
   tests/test_table.py checks each row imports only earlier rows. Programs never read the
   public pydantic output models.
3. Each row's `milestones(month, record_before, record_now)` and `output(record)` give the
   milestones and the public output model of `months[]`.
4. After the last month, `YEAR_PHASES` (income tax and the EITC) run over the months the same
   way, since a tax return needs the whole year.

Where a new program goes: its law in `benefits/programs/<name>.py` (pure functions that return
amounts and record steps), its row in `benefits/table/<name>.py` (record, carried state,
`start`, `decide`, `milestones`, `output`, and `PROGRAM = Program(...)`; a row too long for
one file keeps a part in `<name>_<part>.py`, as SSI's status in `ssi_status.py`), one entry
below at its place in the law's order, its output model in `benefits/results.py` and its field in
`MonthResult`, and each income it pays or costs as a line in `benefits/incomes.py` (net income,
the CLI table and the charts follow that list). Its rules go in `rules/<agency>/` and its worked
examples in `tests/cases/<name>/`.
"""

from __future__ import annotations

from typing import Any

from . import hud_rent, income_tax, medicaid, medicare, payroll_tax, resources, snap, ssdi, ssi, va
from .base import Program, YearPhase

# The law's order: SSDI counts as income for VA pension and SSI; VA counts as SSI income; SSI
# decides Medicaid and counts for HUD; Medicaid decides who pays Medicare Part B; HUD and SNAP
# deduct the premiums the person pays as medical expenses; HUD's tenant rent is SNAP's shelter
# cost; payroll tax is withheld from each paycheck.
PROGRAMS: tuple[Program[Any, Any], ...] = (
    resources.PROGRAM,  # resources at the first moment of the month decide SSI and 1619(b)
    ssdi.PROGRAM,
    va.PROGRAM,
    ssi.PROGRAM,
    medicaid.PROGRAM,
    medicare.PROGRAM,
    hud_rent.PROGRAM,
    snap.PROGRAM,
    payroll_tax.PROGRAM,
)

YEAR_PHASES: tuple[YearPhase[Any, Any], ...] = (income_tax.PHASE,)

# Where each row's record is kept in a month's `Decided`: the programs, then the year phases.
NAMES = [p.name for p in PROGRAMS] + [y.name for y in YEAR_PHASES]
POSITION = {name: i for i, name in enumerate(NAMES)}
