"""Why this number: the engine's steps as they are, the milestones, the citations."""

from __future__ import annotations

from ..money import dollars
from ..results import MonthResult, Projection
from .compare import scenario_labels
from .fields import field_words
from .words import MILESTONE_WORDS

CARRIED = "carried forward, not yet published for this year"


def why_rows(m: MonthResult) -> list[dict[str, str]]:
    """The engine's steps for one month, as they are: amount, reason, law, values used.

    Each value used says its effective date, its source and whether it is carried forward
    from the last published year (the provenance flag).
    """
    rows = []
    for n, step in enumerate(m.steps, 1):
        uses = []
        for use in step.uses:
            # Provenance: published, secondary, computed, carried forward, or a local overlay.
            flag = (
                f" — {use.basis}" if use.basis else f" — {CARRIED}" if use.carried_forward else ""
            )
            uses.append(
                f"{use.label}: {use.value} {use.unit} from {use.effective}{flag} "
                f"(source: {use.source})"
            )
        rows.append(
            {
                "n": str(n),
                "rule": step.rule,
                "amount": "" if step.amount is None else dollars(step.amount),
                "because": step.because + (" (not modelled yet)" if step.not_modeled else ""),
                "cite": step.cite,
                "uses": "; ".join(uses),
            }
        )
    return rows


def citations(projection: Projection) -> list[str]:
    """Every law citation the projection's steps used, in order of first use."""
    seen: dict[str, None] = {}
    for m in projection.months:
        for step in m.steps:
            if step.cite:
                seen.setdefault(step.cite, None)
    return list(seen)


def milestone_rows(projections: list[Projection]) -> list[dict[str, str]]:
    """Every milestone of every scenario, for the timeline and its table."""
    labels = scenario_labels(projections)
    return [
        {
            "scenario": label,
            "month": str(ms.month),
            "kind": MILESTONE_WORDS.get(ms.kind, "other change"),
            "what": ms.text,
        }
        for label, p in zip(labels, projections, strict=True)
        for ms in p.milestones
    ]


def duty_summary(projections: list[Projection]) -> list[dict[str, str]]:
    """What to report (to whom, and every due date in a few words) and what to watch for (in
    which months), each scenario by its number: the same duty due every month is one line, as
    in the printed report, not one line a month."""
    from .report.duties import due_words, duties, warnings  # the report package imports this

    rows = []
    for number, p in enumerate(projections, 1):
        for d in duties(p):
            rows.append(
                {
                    "scenario": str(number),
                    "when": due_words(d.due),
                    "what": field_words(f"Report to {d.to}: {d.what}"),
                    "law": d.cite,
                }
            )
        for w in warnings(p):
            rows.append(
                {
                    "scenario": str(number),
                    "when": w.months,
                    "what": field_words(f"Watch out: {w.text}"),
                    "law": w.cite,
                }
            )
    return rows
