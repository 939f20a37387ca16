"""The local rules overlay (benefits/rules_overlay.py) and `benefits rules status`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from benefits import Scenario, project
from benefits.cli import main
from benefits.months import Month
from benefits.rules import RuleError, default_rules, load_rules
from benefits.rules_overlay import ENV, overlay_file_for, write_value
from benefits.rules_status import format_status, rules_status

D = Decimal
PA_1619B = """\
id: ssa.ssi.threshold_1619b
by_state:
  OH:
    2027-01-01: {value: "45000.00", source: "https://example.org/oh-chart-2027"}
"""
FBR_OVERRIDE = """\
id: ssa.ssi.federal_benefit_rate.individual
values:
  2027-01-01: {value: "1030.00", source: "https://example.org/agency-notice"}
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_overlay_adds_a_state_value_and_says_so(tmp_path: Path) -> None:
    book = load_rules(overlays=[_write(tmp_path, "oh.yaml", PA_1619B)])
    found = book.at_state("ssa.ssi.threshold_1619b", "OH", Month(2027, 3))
    assert found is not None and found.value == D("45000.00")
    assert (found.origin, found.overlay) == ("overlay", "oh.yaml")
    assert found.basis == (
        "from the local rules overlay oh.yaml (source: https://example.org/oh-chart-2027)"
    )
    assert not found.carried_forward  # in force for a year from its date
    # the packaged book is unchanged
    assert default_rules().at_state("ssa.ssi.threshold_1619b", "OH", Month(2027, 3)) is None


def test_overlay_override_is_marked_and_reaches_every_step(tmp_path: Path) -> None:
    folder = tmp_path / "overlay"
    folder.mkdir()
    _write(folder, "fbr.yaml", FBR_OVERRIDE)
    book = load_rules(overlays=[folder])
    found = book.at("ssa.ssi.federal_benefit_rate.individual", Month(2027, 1))
    assert (found.value, found.origin) == (D("1030.00"), "override")
    assert found.basis.endswith("overriding the packaged value")
    scenario = Scenario.model_validate(
        {
            "name": "o",
            "start": "2027-01",
            "months": 2,
            "state": "TX",
            "person": {"birth_date": "1990-01-01"},
            "ssi": {},
        }
    )
    month = project(scenario, rules=book).months[0]
    assert month.ssi.payment == D("1030.00")
    step = next(s for s in month.steps if s.rule == "ssi.payment_standard")
    assert "local rules overlay fbr.yaml" in step.because and "overriding" in step.because
    assert step.uses[0].origin == "override" and step.uses[0].overlay == "fbr.yaml"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("values: {}\n", "bad.yaml: missing 'id'"),
        ("id: ssa.sga.nonblind\nvalues: {}\n", "did you mean 'ssa.sga.non_blind'"),
        (
            "id: ssa.sga.non_blind\nvalues:\n  2027-01-01: {value: 1.5}\n",
            "bad.yaml: 2027-01-01 needs 'value' and 'source'",
        ),
        (
            "id: ssa.sga.non_blind\nvalues:\n  2027-01-01: {value: 1.5, source: s, typo: 1}\n",
            "unknown key(s) ['typo']",
        ),
        (
            "id: ssa.sga.non_blind\nunit: USD/year\nvalues:\n  2027-01-01: {value: 1, source: s}\n",
            "unit 'USD/year' differs",
        ),
        (
            "id: ssa.ssi.threshold_1619b\nvalues:\n  2027-01-01: {value: 1, source: s}\n",
            "is a state table: give 'by_state'",
        ),
        (
            "id: ssa.ssi.threshold_1619b\nby_state:\n  XX:\n"
            "    2027-01-01: {value: 1, source: s}\n",
            "'XX' is not a state code",
        ),
        ("id: ssa.sga.non_blind\nid: x\n", "bad.yaml: cannot be read"),
    ],
)
def test_bad_overlays_name_the_file_and_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(RuleError) as caught:
        load_rules(overlays=[_write(tmp_path, "bad.yaml", text)])
    assert message in str(caught.value)
    assert "bad.yaml" in str(caught.value)


def test_missing_overlay_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="no such file or folder"):
        load_rules(overlays=[tmp_path / "nope"])


def test_write_value_then_every_projection_uses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_value(
        overlay_file_for(tmp_path / "overlay", "ssa.ssi.threshold_1619b"),
        rule_id="ssa.ssi.threshold_1619b",
        state="OH",
        effective=date(2027, 1, 1),
        value=D("45000.00"),
        source="https://secure.ssa.gov/poms.nsf/lnx/0502302200",
    )
    write_value(  # a second value in the same file keeps the first
        path,
        rule_id="ssa.ssi.threshold_1619b",
        state="PA",
        effective=date(2027, 1, 1),
        value=D("48000.00"),
        source="https://secure.ssa.gov/poms.nsf/lnx/0502302200",
    )
    assert path.name == "ssa.ssi.threshold_1619b.yaml"
    monkeypatch.setenv(ENV, str(path.parent))
    book = default_rules()
    assert book.at_state("ssa.ssi.threshold_1619b", "OH", Month(2027, 2)).value == 45000  # type: ignore[union-attr]
    assert book.at_state("ssa.ssi.threshold_1619b", "PA", Month(2027, 2)).value == 48000  # type: ignore[union-attr]
    with pytest.raises(RuleError, match="holds another rule"):
        write_value(
            path,
            rule_id="ssa.sga.non_blind",
            effective=date(2027, 1, 1),
            value=D("1"),
            source="s",
        )


def test_status_lists_what_to_check(tmp_path: Path) -> None:
    book = load_rules(overlays=[_write(tmp_path, "fbr.yaml", FBR_OVERRIDE)])
    rows = rules_status(book, Month(2027, 1), 12)
    by_id = {(r.id, r.state): r for r in rows}
    assert by_id[("ssa.sga.non_blind", None)].origin == "computed"
    assert by_id[("ssa.cola", None)].origin == "secondary"
    assert by_id[("ssa.ssi.federal_benefit_rate.individual", None)].origin == "override"
    part_b = by_id[("cms.medicare.part_b_standard_premium", None)]
    assert part_b.origin == "carried_forward" and "in the fall" in part_b.next_publication
    assert "SSA normally publishes the next one in October" in (
        by_id[("ssa.sga.non_blind", None)].next_publication
    )
    assert any(r.id == "hhs.poverty_guideline.contiguous" for r in rows) or any(
        r.agency == "HHS" for r in rows
    )
    threshold = by_id[("ssa.ssi.threshold_1619b", "MD")]
    assert (
        threshold.origin == "carried_forward" and "POMS SI 02302.200" in threshold.next_publication
    )
    text = format_status(rows, Month(2027, 1), 12)
    assert text.startswith("Rule values to check, used from 2027-01 to 2027-12")
    assert "Carried forward (" in text and "Computed by formula (" in text
    assert "Local override (1):" in text


def test_cli_rules_status_and_overlay_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, "")  # restored after the test, whatever main() sets
    assert main(["rules", "status", "--from", "2027-01", "--months", "12"]) == 0
    out = capsys.readouterr().out
    assert "ssa.sga.non_blind = $1,770.00 a month, from 2027-01-01" in out
    overlay = _write(tmp_path, "fbr.yaml", FBR_OVERRIDE)
    assert (
        main(["explain", "ssi_part_time", "--month", "2027-03", "--rules-overlay", str(overlay)])
        == 0
    )
    assert "local rules overlay fbr.yaml" in capsys.readouterr().out
    bad = _write(tmp_path, "bad.yaml", "id: nope\nvalues: {}\n")
    assert main(["validate", "ssi_part_time", "--rules-overlay", str(bad)]) == 2
    assert "rules overlay bad.yaml: id 'nope' is not a rule" in capsys.readouterr().err


def test_one_states_overlay_value_leaves_the_others_carried_forward(tmp_path: Path) -> None:
    book = load_rules(overlays=[_write(tmp_path, "oh.yaml", PA_1619B)])
    md = book.at_state("ssa.ssi.threshold_1619b", "MD", Month(2027, 3))
    assert md is not None and md.carried_forward and md.value == D("62929.00")
    oh = book.at_state("ssa.ssi.threshold_1619b", "OH", Month(2027, 3))
    assert oh is not None and not oh.carried_forward
    later = book.at_state("ssa.ssi.threshold_1619b", "OH", Month(2028, 1))
    assert later is not None and later.carried_forward  # taken as in force for one year


def test_an_overlay_wage_index_feeds_the_formulas(tmp_path: Path) -> None:
    awi = (
        "id: ssa.awi\nvalues:\n"
        '  2026-01-01: {value: "75000.00", source: "https://example.org/awi"}\n'
    )
    book = load_rules(overlays=[_write(tmp_path, "awi.yaml", awi)])
    sga = book.at("ssa.sga.non_blind", Month(2028, 1))
    # $700 x 75,000 / 28,861.44 = $1,819.03 -> $1,820
    assert (sga.value, sga.origin) == (D("1820.00"), "computed")
    assert "from the local rules overlay awi.yaml" in sga.basis
